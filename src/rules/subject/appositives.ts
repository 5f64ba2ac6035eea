/**
 * Appositives between a subject and its cue: ages, home towns and short
 * quoted titles (`Ida Roe, 59, of Leith, Fife, who …`, `host of KTV’s
 * “Morning Harbour,”`). Helpers for subject-source.
 */
import type { AnnotationContext } from '../../pipeline/context.js'
import { isComma, isWord, looksLikeClause, nounPhraseBefore } from '../../pipeline/syntax.js'
import type { TokenRange } from '../../pipeline/types.js'
import { isCapitalized } from '../../lexicon/words.js'

/** Tokens of a programme or book title in quotation marks inside a description, marks included. */
const SHORT_QUOTED_NAME = 8

/** `host of KTV’s “Morning Harbour,”`: a short capitalised title in quotation marks ends a description that reads as no clause. */
export function quotedName(ctx: AnnotationContext, quotation: { openToken: number; closeToken: number }, description: TokenRange): boolean {
  const first = ctx.tokens[quotation.openToken + 1]
  return quotation.closeToken - quotation.openToken <= SHORT_QUOTED_NAME && isWord(first) && isCapitalized(first.text) && !looksLikeClause(ctx, description.tokenStart, description.tokenEnd)
}

/** Step back over `, 59`, `, of Leith` and `, Fife` (after `of Leith`) to the name they describe. */
export function beforeAgeAndPlace(ctx: AnnotationContext, phrase: TokenRange | null, floor: number): TokenRange | null {
  const tokens = ctx.tokens
  let np = phrase
  for (let guard = 0; np && guard < 4; guard++) {
    let k = np.tokenStart - 1
    if (tokens[k]?.lower === 'of') k--
    else if (!/^\d+$/.test(ctx.slice(np))) {
      // `, Md.` after `of Ashton`: the region of a home town.
      const town = isComma(tokens[k]) ? nounPhraseBefore(ctx, k, floor) : null
      if (!town || tokens[town.tokenStart - 1]?.lower !== 'of' || !isCapitalized(tokens[np.tokenStart].text)) break
      np = town
      continue
    }
    if (!isComma(tokens[k])) break
    np = nounPhraseBefore(ctx, k, floor)
  }
  return np
}
