/**
 * Maps a result computed on extracted text back onto the original markup:
 * every span moves to source offsets and every `text` becomes the source
 * slice, so callers can highlight the very characters they stored.
 */
import type { AnnotationResult, Span } from '../schema.js'
import type { ExtractedText } from './text-builder.js'

export function remapResult(result: AnnotationResult, extracted: ExtractedText, source: string): AnnotationResult {
  const toSource = (span: Span): Span => mapSpan(span, extracted)
  const slice = (span: Span): string => source.slice(span.start, span.end)
  return {
    statements: result.statements.map((statement) => {
      const span = toSource(statement.span)
      return { ...statement, span, text: slice(span) }
    }),
    attributions: result.attributions.map((attribution) => {
      const sourceSpan = attribution.source.span ? toSource(attribution.source.span) : null
      const cueSpan = attribution.cue.span ? toSource(attribution.cue.span) : null
      const viaSpan = attribution.via ? toSource(attribution.via.span) : null
      return {
        ...attribution,
        source: { ...attribution.source, span: sourceSpan, text: sourceSpan ? slice(sourceSpan) : null },
        cue: { ...attribution.cue, span: cueSpan, text: cueSpan ? slice(cueSpan) : null },
        content: { spans: attribution.content.spans.map(toSource) },
        via: attribution.via && viaSpan ? { ...attribution.via, span: viaSpan, text: slice(viaSpan) } : null,
        evidence: attribution.evidence.map((e) => ({ ...e })),
      }
    }),
    ...(result.warnings ? { warnings: result.warnings.map((w) => ({ ...w })) } : {}),
  }
}

export function mapSpan(span: Span, extracted: ExtractedText): Span {
  const { starts, ends } = extracted
  const length = starts.length
  if (span.end > span.start && span.start < length) {
    const last = Math.min(span.end, length) - 1
    return { start: starts[span.start], end: Math.max(starts[span.start], ends[last]) }
  }
  const at = span.start < length ? starts[span.start] : length > 0 ? ends[length - 1] : 0
  return { start: at, end: at }
}
