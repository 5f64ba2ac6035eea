/**
 * Wire datelines: `LISBON (Reuters) - `, `KORSA, May 14 (Meridian Wire) – `,
 * `WASHINGTON — `. The dateline opens the sentence but belongs to no noun
 * phrase after it: a source or title found by walking back from a verb
 * stops at its dash.
 */
import type { AnnotationContext } from './context.js'
import type { TokenRange } from './types.js'

const DASHES = new Set(['-', '–', '—', '--'])
/** How many tokens a dateline may run before its dash. */
const MAX_DATELINE = 12

/** The part of `range` after a dateline that opens its sentence, or `range` itself. */
export function afterDateline(ctx: AnnotationContext, range: TokenRange): TokenRange {
  const tokens = ctx.tokens
  const start = ctx.sentences[tokens[range.tokenStart].sentence].tokenStart
  if (range.tokenStart - start > MAX_DATELINE) return range
  const last = Math.min(range.tokenEnd - 1, start + MAX_DATELINE)
  for (let k = Math.max(range.tokenStart, start + 1); k < last; k++) {
    if (!DASHES.has(tokens[k].text)) continue
    return isDateline(ctx, start, k) ? { tokenStart: k + 1, tokenEnd: range.tokenEnd } : range
  }
  return range
}

/** Capitals (`LISBON`), a date (`May 14`) and a parenthesised outlet (`(Reuters)`), nothing else, before the dash. */
function isDateline(ctx: AnnotationContext, start: number, dash: number): boolean {
  const tokens = ctx.tokens
  const closesParen = tokens[dash - 1].text === ')'
  if (!closesParen && !(tokens[start].text.length > 1 && tokens[start].text === tokens[start].text.toUpperCase() && /\p{Lu}/u.test(tokens[start].text))) return false
  let depth = 0
  for (let k = start; k < dash; k++) {
    const t = tokens[k].text
    if (t === '(') depth++
    else if (t === ')') depth--
    else if (depth === 0 && t !== ',' && !/^\d+$/.test(t) && !/^\p{Lu}/u.test(t)) return false
  }
  return depth === 0
}
