/**
 * One `--ndjson` line from JSON text to the JSON text of its output record.
 * Runs whole inside a batch worker, so the main thread only moves strings.
 */
import type { Annotate } from '../annotator.js'
import { describeValue } from '../errors.js'
import { analyzeResult, type InputType } from './analyze.js'
import { messageOf } from './errors.js'

export interface LineResult {
  /** The output record, newline included. */
  text: string
  /** A readable message when the line failed, else null. */
  error: string | null
}

export function processLine(line: string, type: InputType, annotate: Annotate): LineResult {
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
    const result = analyzeResult(text, type, annotate)
    return { text: `${JSON.stringify({ id, ...result })}\n`, error: null }
  } catch (error) {
    const code = typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string' ? (error as { code: string }).code : 'processing_failed'
    return failure(id, code, messageOf(error))
  }
}

function failure(id: unknown, code: string, message: string): LineResult {
  return { text: `${JSON.stringify({ id, error: { code, message } })}\n`, error: message }
}
