/**
 * Headline verbs joined by a comma share the subject that opens the
 * headline: `Ruiz wins recount, vows to stay on`.
 */
import { isCapitalized } from '../../lexicon/words.js'
import type { AnnotationContext } from '../../pipeline/context.js'
import { isComma, isWord } from '../../pipeline/syntax.js'
import type { CueMatch, TokenRange } from '../../pipeline/types.js'

/** Lines of a title block that may end in a full stop: headline, deck. */
const TITLE_LINES = 3
/** Capitalised words a headline's subject may run. */
const MAX_NAME = 4

/**
 * The subject of a present-tense cue right after a comma in a heading (or a
 * line of the title block that opens the story), when the line opens with
 * capitalised words and a lower-case -s verb; else null.
 */
export function headlineSubject(ctx: AnnotationContext, cue: CueMatch, j: number): TokenRange | null {
  const sentence = ctx.sentences[cue.sentence]
  const tokens = ctx.tokens
  if (!(sentence.heading || cue.sentence < TITLE_LINES) || j !== cue.tokenStart || !isComma(tokens[j - 1]) || !/[^s]s$/.test(tokens[cue.tokenStart].lower)) return null
  let k = sentence.tokenStart
  while (k < j - 1 && k - sentence.tokenStart < MAX_NAME && isWord(tokens[k]) && isCapitalized(tokens[k].text)) k++
  const verb = tokens[k]
  if (k === sentence.tokenStart || !isWord(verb) || !/^[a-z]+[^s]s$/.test(verb.text)) return null
  return { tokenStart: sentence.tokenStart, tokenEnd: k }
}
