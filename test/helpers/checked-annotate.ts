/** Annotate, and check on the way that every span's text equals the input slice. */
import { expect } from 'vitest'
import { annotate, type AnnotationResult, type Span } from '../../src/index.js'

export const at = (text: string, span: Span | null): string | null => (span ? text.slice(span.start, span.end) : null)

export function checkedAnnotate(text: string): AnnotationResult {
  const result = annotate(text)
  for (const s of result.statements) expect(s.text).toBe(text.slice(s.span.start, s.span.end))
  for (const a of result.attributions) {
    expect(a.source.text).toBe(at(text, a.source.span))
    expect(a.cue.text).toBe(at(text, a.cue.span))
    if (a.via) expect(a.via.text).toBe(at(text, a.via.span))
  }
  return result
}
