/**
 * The via outlet's own words: the outlet a phrase of speech is addressed to
 * (`a statement to Reuters`) and the name inside a via adjunct (`in an
 * interview with CNN's Ana Holt on Monday` → `CNN's Ana Holt`).
 */
import type { AnnotationContext } from './context.js'
import { isVia, PLACE_OR_TIME } from './kinds.js'
import type { TokenRange } from './types.js'

/** `a statement to Reuters`, `an interview with CNN`: the outlet a phrase of speech is addressed to, or null. */
export function addressedOutlet(ctx: AnnotationContext, np: TokenRange): TokenRange | null {
  for (let s = np.tokenStart + 1; s < np.tokenEnd; s++) {
    const link = ctx.tokens[s - 1].lower
    if ((link === 'to' || link === 'with') && isVia(ctx, { tokenStart: s, tokenEnd: np.tokenEnd })) return { tokenStart: s, tokenEnd: np.tokenEnd }
  }
  return null
}

const VIA_LINKS = new Set(['with', 'on', 'to', 'of', 'at', 'for', 'by', 'in', 'during'])

/**
 * The outlet's own words in a via phrase: `in an interview with CNN's Jake
 * Cole` → `CNN's Jake Cole`, `during a call to ABC's` → `ABC's`. The name
 * starts after the last linking preposition from which the rest is still an
 * outlet, else where the phrase starts, and stops before a place or time
 * phrase.
 */
export function viaName(ctx: AnnotationContext, range: TokenRange): TokenRange {
  let start = range.tokenStart
  for (let s = range.tokenEnd - 1; s > range.tokenStart; s--) {
    if (VIA_LINKS.has(ctx.tokens[s - 1].lower) && isVia(ctx, { tokenStart: s, tokenEnd: range.tokenEnd })) {
      start = s
      break
    }
  }
  // `a Politico reporter on Monday`, `CNN's Ana Holt in Iowa`: a place or time phrase after the name is no part of it.
  let end = start + 1
  while (end < range.tokenEnd && !PLACE_OR_TIME.has(ctx.tokens[end].text)) end++
  const name = { tokenStart: start, tokenEnd: end }
  return end < range.tokenEnd && isVia(ctx, name) ? name : { tokenStart: start, tokenEnd: range.tokenEnd }
}
