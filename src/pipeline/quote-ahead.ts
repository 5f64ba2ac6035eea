/**
 * Quotations ahead of a position: the quotation that opens the next
 * paragraph (content of `who said,` at a paragraph end) and the first quoted
 * token at or after a token (whether a content span holds a quotation).
 */
import type { AnnotationContext } from './context.js'
import type { OffsetRange } from './types.js'

/** After `who said,` / `continued:` at the end of a paragraph: the quotation that opens the next one. */
export function nextParagraphQuote(ctx: AnnotationContext, paragraph: number, colon: boolean): OffsetRange | null {
  const next = ctx.paragraphs[paragraph + 1]
  if (!next) return null
  const first = ctx.tokens[ctx.sentences[next.sentenceStart].tokenStart]
  if (first.quote !== -1 && ctx.quotations[first.quote].openToken === first.index) {
    const q = ctx.quotations[first.quote]
    return { start: q.start, end: q.end }
  }
  return colon ? { start: next.start, end: next.end } : null
}

const nextQuotedCache = new WeakMap<AnnotationContext, Int32Array>()

/** Index of the first token at or after `from` inside a quotation (built once per document). */
export function nextQuoted(ctx: AnnotationContext, from: number): number {
  let next = nextQuotedCache.get(ctx)
  if (!next) {
    const tokens = ctx.tokens
    next = new Int32Array(tokens.length + 1)
    next[tokens.length] = tokens.length
    for (let i = tokens.length - 1; i >= 0; i--) next[i] = tokens[i].quote !== -1 ? i : next[i + 1]
    nextQuotedCache.set(ctx, next)
  }
  return from < next.length ? next[from] : ctx.tokens.length
}
