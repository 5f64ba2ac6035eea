/**
 * Outlet tests on a phrase, from its kind: is it an outlet at all
 * (`according to Reuters`), and one a source spoke to (`told Axios`, not
 * bare `reporters`)?
 */
import type { AnnotationContext } from './context.js'
import { classifyPhrase } from './kinds.js'
import type { TokenRange } from './types.js'

/** An outlet a source spoke to: `Axios`, `CNN's Jake Tapper`; not bare `reporters`, an audience. */
export function isVia(ctx: AnnotationContext, range: TokenRange | null): boolean {
  if (!range) return false
  const decision = classifyPhrase(ctx, [range])
  if (decision.kind !== 'outlet') return false
  if (decision.cls !== 'journalist') return true
  // `reporters on Air Force One`: a name in a place or time phrase does not name the journalists' outlet.
  let end = range.tokenStart
  while (end < range.tokenEnd && !PLACE_OR_TIME.has(ctx.tokens[end].text)) end++
  return end === range.tokenEnd ? decision.named : classifyPhrase(ctx, [{ tokenStart: range.tokenStart, tokenEnd: end }]).named
}

/** Prepositions of place and time, as written (lower case), that end a journalist phrase. */
export const PLACE_OR_TIME = new Set(['on', 'aboard', 'at', 'in', 'during', 'outside', 'after', 'before'])
/** Is the phrase an outlet (for `told Axios`, `to CNN`, `according to Reuters`)? */
export function isOutlet(ctx: AnnotationContext, range: TokenRange | null): boolean {
  if (!range) return false
  const decision = classifyPhrase(ctx, [range])
  return decision.kind === 'outlet'
}
