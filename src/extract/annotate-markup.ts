/**
 * Shared shape of `annotateHtml` and `annotateMarkdown`: check the input,
 * extract the prose, annotate it, and move every span back to the source.
 */
import { createAnnotator, type Annotate } from '../annotator.js'
import { AttributionError, describeValue } from '../errors.js'
import type { Options } from '../options.js'
import type { AnnotationResult } from '../schema.js'
import { remapResult } from './remap.js'
import type { ExtractedText } from './text-builder.js'

export type Extract = (source: string) => ExtractedText

export function annotateMarkup(
  name: string,
  source: unknown,
  extract: Extract,
  options: Readonly<Options> | Annotate | null | undefined,
): AnnotationResult {
  if (typeof source !== 'string') {
    throw new AttributionError('invalid_input', `${name}() expects a string; got ${describeValue(source)}.`)
  }
  const run = typeof options === 'function' ? options : createAnnotator(options)
  const extracted = extract(source)
  return remapResult(run(extracted.text), extracted, source)
}
