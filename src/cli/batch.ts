/**
 * `--ndjson` batch mode: lines `{"id","text"}` in, lines `{"id", ...result}`
 * out, in input order. Work runs on tinypool threads with at most
 * `jobs * 2` chunks of lines in flight, so memory stays flat on huge inputs.
 */
import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'
import { Tinypool } from 'tinypool'
import type { InputType } from './analyze.js'
import type { LoadedConfig } from './config.js'
import { CliError, EXIT_INPUT, messageOf } from './errors.js'
import { STDIN } from './inputs.js'
import { processLine, type LineResult } from './ndjson-line.js'
import type { Output } from './output.js'
import type { WorkerTask } from './worker.js'

export interface BatchOptions {
  input: string
  type: InputType
  jobs: number
  config: LoadedConfig
  output: Output
  warn(message: string): void
}

type Run = (lines: string[]) => Promise<LineResult[]>

/** Lines per worker task: enough to hide the per-task cost, few enough to keep memory flat. */
const CHUNK = 8

/** Returns the number of lines that failed (each also written as an `error` record). */
export async function runBatch(options: BatchOptions): Promise<number> {
  const { input, type, jobs, config, output, warn } = options
  const stream = input === STDIN ? process.stdin : createReadStream(input)
  const opened = input === STDIN ? Promise.resolve() : new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve())
    stream.once('error', reject)
  })
  try {
    await opened
  } catch (error) {
    throw new CliError(EXIT_INPUT, `${input}: ${messageOf(error)}`)
  }
  // One job needs no threads: annotate in this process and skip the start-up cost.
  const pool = jobs > 1 ? new Tinypool({ filename: new URL('./worker.js', import.meta.url).href, maxThreads: jobs, minThreads: jobs }) : null
  const run: Run = pool
    ? (lines) => pool.run({ lines, type, options: config.json } satisfies WorkerTask) as Promise<LineResult[]>
    : async (lines) => lines.map((line) => processLine(line, type, config.annotate))
  const limit = jobs * 2
  const pending: { at: number[]; results: Promise<LineResult[]> }[] = []
  let failed = 0
  const settle = async (): Promise<void> => {
    const chunk = pending.shift()
    if (!chunk) return
    const results = await chunk.results
    for (const [k, { text, error }] of results.entries()) {
      if (error !== null) {
        failed++
        warn(`${input === STDIN ? 'stdin' : input}:${chunk.at[k]}: ${error}`)
      }
      await output.write(text)
    }
  }
  let lines: string[] = []
  let at: number[] = []
  const flush = (): void => {
    if (lines.length === 0) return
    pending.push({ at, results: run(lines) })
    lines = []
    at = []
  }
  let lineNumber = 0
  try {
    for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
      lineNumber++
      if (line.trim() === '') continue
      lines.push(line)
      at.push(lineNumber)
      if (lines.length >= CHUNK) flush()
      while (pending.length >= limit) await settle()
    }
    flush()
    while (pending.length > 0) await settle()
  } finally {
    await pool?.destroy()
  }
  return failed
}
