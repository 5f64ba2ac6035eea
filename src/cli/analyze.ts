/**
 * One document through the right front end. Shared by the main process and
 * the batch workers so both treat text, HTML and Markdown the same way.
 */
import type { Annotate } from '../annotator.js'
import { extractHtml } from '../extract/html-text.js'
import { extractMarkdown } from '../extract/markdown-text.js'
import { remapResult } from '../extract/remap.js'
import type { ExtractedText } from '../extract/text-builder.js'
import type { AnnotationResult } from '../schema.js'

export const INPUT_TYPES = ['text', 'html', 'markdown'] as const
export type InputType = (typeof INPUT_TYPES)[number]

export interface Analysis {
  /** Spans are offsets into the original input. */
  result: AnnotationResult
  /** The readable text (markup removed) and a result over it, for tables and the report. */
  plain: { text: string; result: AnnotationResult }
}

const EXTRACTORS: Record<Exclude<InputType, 'text'>, (source: string) => ExtractedText> = {
  html: extractHtml,
  markdown: extractMarkdown,
}

export function analyze(source: string, type: InputType, annotate: Annotate): Analysis {
  if (type === 'text') {
    const result = annotate(source)
    return { result, plain: { text: source, result } }
  }
  const extracted = EXTRACTORS[type](source)
  const plain = annotate(extracted.text)
  return { result: remapResult(plain, extracted, source), plain: { text: extracted.text, result: plain } }
}

/** Only the source-offset result: what batch workers send back. */
export function analyzeResult(source: string, type: InputType, annotate: Annotate): AnnotationResult {
  return type === 'text' ? annotate(source) : analyze(source, type, annotate).result
}
