/** A content span from a token to the end of its sentence (or open quotation), and whether it is direct, mixed or indirect speech. */
import type { QuoteKind } from '../schema.js'
import type { AnnotationContext } from './context.js'
import { nextQuoted } from './quote-ahead.js'
import { isQuoteMark } from './token-tests.js'
import type { OffsetRange } from './types.js'

/** Content from token `from` to the end of the sentence, extended to the end of an open quotation. */
export function fromHere(ctx: AnnotationContext, from: number, end: number): { content: OffsetRange[]; quote: QuoteKind } {
  const tokens = ctx.tokens
  let last = Math.max(from, end - 1)
  const closing = tokens[last + 1]
  if (closing && isQuoteMark(closing) && closing.sentence === tokens[from].sentence) last++
  const q = tokens[last].quote
  if (q !== -1) {
    const quotation = ctx.quotations[q]
    if (quotation.tokenEnd - 1 > last) last = quotation.tokenEnd - 1
  }
  const span = { start: tokens[from].start, end: tokens[last].end }
  return { content: [span], quote: quoteKind(ctx, from, last + 1) }
}

/** Direct when the span is one quotation, mixed when it holds one, else indirect. */
export function quoteKind(ctx: AnnotationContext, from: number, to: number): QuoteKind {
  const tokens = ctx.tokens
  const first = tokens[from]
  if (first && first.quote !== -1) {
    const quotation = ctx.quotations[first.quote]
    if (quotation.tokenStart === from && quotation.tokenEnd >= to) return 'direct'
  }
  return nextQuoted(ctx, from) < to ? 'mixed' : 'indirect'
}
