/**
 * `annotateMany`: annotate a stream of documents with one compiled
 * annotator. Input is pulled lazily, one document at a time, and each result
 * is yielded before the next document is read, so memory stays bounded by the
 * largest single document whatever the length of the stream.
 */
import { createAnnotator, type Annotate } from './annotator.js'
import { AttributionError, describeValue } from './errors.js'
import type { Options } from './options.js'
import type { AnnotationResult } from './schema.js'

/** One document: a bare string (its id is its position) or `{ id, text }`. */
export type BatchInput = string | { readonly id: string | number; readonly text: string }

export interface BatchResult {
  /** The document's `id`, or its zero-based position for a bare string. */
  id: string | number
  result: AnnotationResult
}

/**
 * Annotate many documents in input order.
 *
 * @param texts Iterable or async iterable of strings or `{ id, text }`.
 * @param options Options, validated and compiled once (optional).
 * @returns An async generator of `{ id, result }`, one per document.
 * @throws AttributionError at once: `invalid_options` / `unknown_rule` for
 *   wrong options, `invalid_input` when `texts` is not iterable. While
 *   iterating: `invalid_input` for an item that is neither a string nor
 *   `{ id, text }`, and any error `annotate` throws (`input_too_large`, …).
 */
export function annotateMany(
  texts: Iterable<BatchInput> | AsyncIterable<BatchInput>,
  options?: Readonly<Options> | null,
): AsyncGenerator<BatchResult, void, undefined> {
  if (!isIterable(texts) && !isAsyncIterable(texts)) {
    throw new AttributionError('invalid_input', `annotateMany() expects an iterable or async iterable of documents; got ${describeValue(texts)}.`)
  }
  return annotateEach(texts, createAnnotator(options))
}

async function* annotateEach(texts: Iterable<BatchInput> | AsyncIterable<BatchInput>, annotate: Annotate): AsyncGenerator<BatchResult, void, undefined> {
  let index = 0
  // `for await` pulls one item at a time from sync and async iterables alike
  // and closes the source (calls `return()`) when the consumer stops early.
  for await (const item of texts) {
    const { id, text } = toDocument(item, index)
    yield { id, result: annotate(text) }
    index++
  }
}

function toDocument(item: unknown, index: number): { id: string | number; text: string } {
  if (typeof item === 'string') return { id: index, text: item }
  if (typeof item === 'object' && item !== null && !Array.isArray(item)) {
    const { id, text } = item as { id?: unknown; text?: unknown }
    if ((typeof id === 'string' || typeof id === 'number') && typeof text === 'string') return { id, text }
    if (typeof id !== 'string' && typeof id !== 'number') {
      throw new AttributionError('invalid_input', `Document ${index} has an id that is ${describeValue(id)}; expected a string or a number.`, [
        { path: `${index}.id`, message: 'expected a string or a number' },
      ])
    }
    throw new AttributionError('invalid_input', `Document ${index} (id ${String(id)}) has a text that is ${describeValue(text)}; expected a string.`, [
      { path: `${index}.text`, message: 'expected a string' },
    ])
  }
  throw new AttributionError('invalid_input', `Document ${index} is ${describeValue(item)}; expected a string or { id, text }.`, [
    { path: String(index), message: 'expected a string or { id, text }' },
  ])
}

function isIterable(value: unknown): value is Iterable<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as Iterable<unknown>)[Symbol.iterator] === 'function'
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function'
}
