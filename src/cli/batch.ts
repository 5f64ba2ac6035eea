/**
 * `--ndjson` batch mode: lines `{"id","text"}` in, lines `{"id", ...result}`
 * out, in input order. Work runs on tinypool threads with at most
 * `jobs * 4` lines in flight, so memory stays flat on huge inputs.
 */
import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'
import { Tinypool } from 'tinypool'
import { describeValue } from '../errors.js'
import type { AnnotationResult } from '../schema.js'
import { analyzeResult, type InputType } from './analyze.js'
import type { LoadedConfig } from './config.js'
import { CliError, EXIT_INPUT, messageOf } from './errors.js'
import { STDIN } from './inputs.js'
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

type Run = (text: string) => Promise<AnnotationResult>

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
  const pool = jobs > 1 ? new Tinypool({ filename: new URL('./worker.js', import.meta.url).href, maxThreads: jobs, minThreads: 1 }) : null
  const run: Run = pool
    ? (text) => pool.run({ text, type, options: config.json } satisfies WorkerTask) as Promise<AnnotationResult>
    : async (text) => analyzeResult(text, type, config.annotate)
  const limit = jobs * 4
  const pending: Promise<string>[] = []
  let failed = 0
  let lineNumber = 0
  const settle = async (): Promise<void> => {
    const line = await pending.shift()
    if (line !== undefined) await output.write(line)
  }
  try {
    for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
      lineNumber++
      if (line.trim() === '') continue
      const at = lineNumber
      pending.push(
        processLine(line, run).then(({ text, error }) => {
          if (error !== null) {
            failed++
            warn(`${input === STDIN ? 'stdin' : input}:${at}: ${error}`)
          }
          return text
        }),
      )
      while (pending.length >= limit) await settle()
    }
    while (pending.length > 0) await settle()
  } finally {
    await pool?.destroy()
  }
  return failed
}

async function processLine(line: string, run: Run): Promise<{ text: string; error: string | null }> {
  let record: unknown
  try {
    record = JSON.parse(line)
  } catch (error) {
    return failure(null, 'invalid_json', `not valid JSON: ${messageOf(error)}`)
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return failure(null, 'invalid_input', 'each line must be a JSON object {"id", "text"}')
  }
  const id = (record as { id?: unknown }).id ?? null
  const text = (record as { text?: unknown }).text
  if (typeof text !== 'string') return failure(id, 'invalid_input', `"text" must be a string; got ${describeValue(text)}`)
  try {
    const result = await run(text)
    return { text: `${JSON.stringify({ id, ...result })}\n`, error: null }
  } catch (error) {
    // Worker errors lose their class across threads; the code may survive as a property.
    const code = typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string' ? (error as { code: string }).code : 'processing_failed'
    return failure(id, code, messageOf(error))
  }
}

function failure(id: unknown, code: string, message: string): { text: string; error: string } {
  return { text: `${JSON.stringify({ id, error: { code, message } })}\n`, error: message }
}
