/**
 * Outlet tests on a phrase, from its kind: is it an outlet at all
 * (`according to Reuters`), and one a source spoke to (`told Axios`, not
 * bare `reporters`)?
 */
import type { AnnotationContext } from './context.js'
import { classifyPhrase } from './kinds.js'
import type { Candidate, TokenRange } from './types.js'

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

/** A preposition of a writer's outlet: `at`, `for` or `on` (`writing at Mediaite`), not `to` or `in` (an op-ed `in the Post`). */
const WRITES_AT = /^(?:at|for|on)$/

/**
 * The source writes at an outlet: the cue is `write` with such a via, or the
 * source is set off as `writing at <outlet>` (`Ida Roe, writing for the
 * Post, said`).
 */
export function writesAtOutlet(ctx: AnnotationContext, c: Candidate): boolean {
  if (c.cue.lemma === 'write' && c.via && WRITES_AT.test(ctx.tokens[c.via.tokenStart - 1]?.lower ?? '')) return true
  const d = c.sourceDescription
  if (!d || d.tokenEnd - d.tokenStart < 3 || ctx.tokens[d.tokenStart].lower !== 'writing' || !WRITES_AT.test(ctx.tokens[d.tokenStart + 1].lower)) return false
  return classifyPhrase(ctx, [{ tokenStart: d.tokenStart + 2, tokenEnd: d.tokenEnd }]).kind === 'outlet'
}

/** The evidence reason source-kind gives a writer at an outlet; the pronoun rules read it back. */
export const WRITER_AT_OUTLET = 'a name writing at or for an outlet is its writer'

/** source-kind made this source an outlet's writer (`From Ida Roe writing at Mediaite:`). */
export function isOutletWriter(c: Candidate): boolean {
  return c.kind === 'outlet' && c.evidence.some((e) => e.ruleId === 'source-kind' && e.reason === WRITER_AT_OUTLET)
}
