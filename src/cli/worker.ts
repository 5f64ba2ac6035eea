/**
 * Tinypool worker for `--ndjson` batches: a chunk of raw lines in, their
 * output records out. The annotator is compiled once per worker and per
 * options; parsing, annotating and serialising all happen here.
 */
import { createAnnotator, type Annotate } from '../annotator.js'
import type { Options } from '../options.js'
import type { InputType } from './analyze.js'
import { processLine, type LineResult } from './ndjson-line.js'

export interface WorkerTask {
  lines: string[]
  type: InputType
  /** The config as JSON text: a cheap cache key and safe to clone. */
  options: string
}

const annotators = new Map<string, Annotate>()

export default function run(task: WorkerTask): LineResult[] {
  let annotate = annotators.get(task.options)
  if (annotate === undefined) {
    annotate = createAnnotator(JSON.parse(task.options) as Options)
    annotators.set(task.options, annotate)
  }
  return task.lines.map((line) => processLine(line, task.type, annotate))
}
