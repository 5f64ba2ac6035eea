/**
 * Tinypool worker for `--ndjson` batches: one line's text in, one result
 * out. The annotator is compiled once per worker and per options.
 */
import { createAnnotator, type Annotate } from '../annotator.js'
import type { Options } from '../options.js'
import type { AnnotationResult } from '../schema.js'
import { analyzeResult, type InputType } from './analyze.js'

export interface WorkerTask {
  text: string
  type: InputType
  /** The config as JSON text: a cheap cache key and safe to clone. */
  options: string
}

const annotators = new Map<string, Annotate>()

export default function run(task: WorkerTask): AnnotationResult {
  let annotate = annotators.get(task.options)
  if (annotate === undefined) {
    annotate = createAnnotator(JSON.parse(task.options) as Options)
    annotators.set(task.options, annotate)
  }
  return analyzeResult(task.text, task.type, annotate)
}
