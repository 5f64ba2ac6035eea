/** The content before an inverted speech tag, and the proposal it makes. */
import { quoteKind } from '../../pipeline/content.js'
import type { AnnotationContext } from '../../pipeline/context.js'
import { afterDateline } from '../../pipeline/dateline.js'
import { isComma, isQuoteMark, isWord } from '../../pipeline/syntax.js'
import type { CueMatch, OffsetRange, TokenRange } from '../../pipeline/types.js'

/** Content before token `boundary` (exclusive), back to the sentence or quotation start. */
export function contentBefore(ctx: AnnotationContext, boundary: number, sentenceStart: number): OffsetRange[] | null {
  const tokens = ctx.tokens
  let end = boundary
  // `“…,”` — the closing mark belongs to the content; the comma does not.
  while (end > sentenceStart && isComma(tokens[end - 1])) end--
  if (end <= sentenceStart) return null
  let start = sentenceStart
  const q = tokens[end - 1].quote !== -1 ? tokens[end - 1].quote : tokens[start].quote
  if (q !== -1 && ctx.quotations[q].tokenStart < start) start = ctx.quotations[q].tokenStart
  // `“…,” she said, but …, “…,” said Roe`: an earlier quotation with its own tag is not this tag's.
  const first = tokens[start].quote
  if (q !== -1 && first !== -1 && first !== q && cueBetween(ctx, ctx.quotations[first].tokenEnd, ctx.quotations[q].tokenStart)) start = ctx.quotations[q].tokenStart
  if (!hasWord(tokens, start, end)) return null
  // `TALLAHASSEE — Rep. Ida Roe on Friday pummeled …`: a wire dateline is nobody's words.
  const body = afterDateline(ctx, { tokenStart: start, tokenEnd: boundary + 2 }).tokenStart
  if (body >= end) return null
  return [{ start: tokens[body].start, end: tokens[end - 1].end }]
}

/** Is a verb cue found in tokens `start`..`end` (exclusive)? */
function cueBetween(ctx: AnnotationContext, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (ctx.cueByToken.get(i)?.type === 'verb') return true
  return false
}

/** Is there a word in tokens `start`..`end` (exclusive)? Stops at the first, without copying the range. */
function hasWord(tokens: AnnotationContext['tokens'], start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isWord(tokens[i])) return true
  return false
}

/** Content worth crediting: a quotation or at least four words. */
export function substantial(ctx: AnnotationContext, spans: OffsetRange[]): boolean {
  let words = 0
  for (const span of spans) {
    for (let i = ctx.tokenAt(span.start); i < ctx.tokens.length && ctx.tokens[i].start < span.end; i++) {
      if (ctx.tokens[i].quote !== -1) return true
      if (isWord(ctx.tokens[i])) words++
    }
  }
  return words >= 4
}

/** Propose the attribution; `“…,” she said, “…”`: a quotation that goes on after the tag joins the content. */
export function propose(
  ctx: AnnotationContext,
  cue: CueMatch,
  source: TokenRange,
  description: TokenRange | null,
  content: OffsetRange[],
  via: TokenRange | null,
  reason: string,
): void {
  const sentence = ctx.sentences[cue.sentence]
  const spans = [...content]
  let after = description ? description.tokenEnd : Math.max(source.tokenEnd, cue.tokenEnd)
  while (after < sentence.tokenEnd && ctx.tokens[after].kind === 'word') after++
  if (isComma(ctx.tokens[after]) && isQuoteMark(ctx.tokens[after + 1]) && ctx.tokens[after + 1].quote !== -1) {
    const q = ctx.quotations[ctx.tokens[after + 1].quote]
    if (!spans.some((span) => span.start === q.start)) spans.push({ start: q.start, end: q.end })
  }
  const kind = spans.length > 1 ? 'direct' : quoteKind(ctx, ctx.tokenAt(spans[0].start), ctx.tokenAt(spans[0].end - 1) + 1)
  ctx.propose({ cue, source, sourceDescription: description, content: spans, via, quote: kind, confidence: 0.9, ruleId: 'inverted-source' }, reason)
}
