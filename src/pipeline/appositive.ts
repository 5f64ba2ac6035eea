/**
 * The appositive or relative clause set off by a comma after a phrase
 * (`, a spokeswoman for the port,` / `, who runs the campaign,`), bounded so
 * that the walk costs a constant per phrase.
 */
import { DETERMINERS } from '../lexicon/words.js'
import type { AnnotationContext } from './context.js'
import type { Token, TokenRange } from './types.js'
import { isComma, isDoubleQuote, isFinalPunct, isWord } from './token-tests.js'

/** Tokens a quoted name or title inside an appositive may run, marks included. */
const MAX_QUOTED_NAME = 8

/** An appositive or relative clause after a phrase: `, a spokeswoman for X,`. */
export function appositiveAfter(ctx: AnnotationContext, end: number, limit: number, loose = false): TokenRange | null {
  const tokens = ctx.tokens
  if (!isComma(tokens[end]) || end + 1 >= limit) return null
  const first = tokens[end + 1]
  if (!isWord(first)) return null
  if (!loose && !DETERMINERS.has(first.lower) && !/^(?:who|whose|which|the|a|an)$/.test(first.lower) && !ctx.lexicon.kinds.longest(ctx.lowerWords({ tokenStart: end + 1, tokenEnd: Math.min(limit, end + 4) }), 0)) {
    return null
  }
  let i = end + 1
  while (i < limit && !isComma(tokens[i]) && !(isFinalPunct(tokens[i]) && !abbreviationPoint(tokens, i)) && i - end < 25) {
    if (isDoubleQuote(tokens[i])) {
      // `, who runs the “Harbour First” campaign,`: a short quoted name inside the phrase is part of it.
      const q = ctx.quotations[tokens[i].quote]
      if (!q || q.openToken !== i || q.closeToken >= limit || q.closeToken - i > MAX_QUOTED_NAME) break
      i = q.closeToken
    }
    i++
  }
  return { tokenStart: end + 1, tokenEnd: i }
}

/** `the No. 2 harbour official`: a point glued to a word inside the sentence marks an abbreviation. */
function abbreviationPoint(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]
  const next = tokens[i + 1]
  return t.text === '.' && i > 0 && tokens[i - 1].end === t.start && isWord(tokens[i - 1]) && next !== undefined && next.sentence === t.sentence && isWord(next)
}
