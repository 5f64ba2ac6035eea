/**
 * `That’s what Ida Roe wrote last week.`: a cleft sentence whose free relative
 * holds the cue reports what the demonstrative points back to.
 */
import type { ContentResult } from '../../pipeline/content.js'
import type { AnnotationContext } from '../../pipeline/context.js'
import { contentEnd, isWord } from '../../pipeline/syntax.js'
import type { CueMatch, TokenRange } from '../../pipeline/types.js'
import { TIME_WORDS } from '../../lexicon/words.js'

/**
 * `That’s what Ida Roe wrote last week.`: a cleft whose free relative holds
 * the cue says the thing `That` points back to; the demonstrative is the
 * content. Null unless the sentence is just that.
 */
export function cleftContent(ctx: AnnotationContext, source: TokenRange | null, cue: CueMatch): ContentResult | null {
  const tokens = ctx.tokens
  if (!source || tokens[source.tokenStart - 1]?.lower !== 'what') return null
  const sentence = ctx.sentences[cue.sentence]
  const first = tokens[sentence.tokenStart]
  const opening = ctx.lowerWords({ tokenStart: sentence.tokenStart, tokenEnd: source.tokenStart - 1 }).join(' ').replace(/’/g, "'")
  if (!/^(?:that|this)(?: is| was|'s)$/.test(opening)) return null
  // Only time words may follow the cue.
  for (let k = cue.tokenEnd; k < contentEnd(ctx, sentence); k++) if (isWord(tokens[k]) && !TIME_WORDS.has(tokens[k].lower) && !/^(?:recently|last|this|week|month|year|ago|earlier|once)$/.test(tokens[k].lower)) return null
  return { content: [{ start: first.start, end: first.end }], quote: 'indirect', via: null }
}
