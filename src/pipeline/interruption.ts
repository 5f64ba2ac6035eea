/**
 * An interruption between a cue and its content: `said, per a translator,
 * that …`, `said — on the radio, as it happens — “…”`, `told a town hall in
 * Salem, New Hampshire on Monday that …`. Bounded to a few words.
 */
import { AUXILIARIES, IRREGULAR_PAST, PRONOUNS, TIME_WORDS, isCapitalized } from '../lexicon/words.js'
import { DASHES, PRONOUN_SUBJECT, demonstrative } from './complements.js'
import type { AnnotationContext } from './context.js'
import { isQuoteMark, isWord } from './syntax.js'
import type { Token } from './types.js'

/** Words an interruption may hold before the content resumes. */
const MAX_INTERRUPTION = 12

/**
 * `said, through an interpreter, that …`, `said — on the radio, as it happens — “…”`:
 * a comma- or dash-delimited interruption between a cue and its content. The
 * index of the `that` or opening quotation mark after it, or -1.
 */
export function afterInterruption(ctx: AnnotationContext, at: number, end: number): number {
  const tokens = ctx.tokens
  const open = tokens[at]
  if (!open || (open.text !== ',' && !DASHES.has(open.text))) return -1
  const closers = open.text === ',' ? [','] : [...DASHES, ',']
  // (`contended in its letter, written by Ida Roe, its vice president, that …`: a participle phrase describing the document runs on past an appositive.)
  const aboutDocument = open.text === ',' && DOCUMENT_PARTICIPLE.test(tokens[at + 1]?.lower ?? '')
  const longest = aboutDocument ? 2 * MAX_INTERRUPTION : MAX_INTERRUPTION
  for (let i = at + 1; i < end && i <= at + longest; i++) {
    const t = tokens[i]
    // `…, telling them, “…”`, `…, saying, “…”`: another cue's clause, not an interruption (but `written by` opens one).
    if (isQuoteMark(t) || t.text === ';' || t.text === ':' || (isWord(t) && ctx.lexicon.cueForms.has(t.lower) && !(i === at + 1 && aboutDocument) && !nounInside(tokens, i, at))) return -1
    // `told a rally in Kessel, Vell County on Monday that …`: the rest of a place name and a time, no closing comma.
    if (open.text === ',' && t.lower === 'that' && i > at + 1 && placeAndTime(ctx, at + 1, i)) return i
    if (!closers.includes(t.text) || i === at + 1) continue
    const next = tokens[i + 1]
    if (next && next.lower === 'that' && !demonstrative(ctx, i + 1, end)) return i + 1
    if (next && isQuoteMark(next) && next.quote !== -1 && ctx.quotations[next.quote].openToken === i + 1) return i + 1
    // `says, win or lose on Tuesday, he's staying in`: a clause with a pronoun subject after the interruption.
    if (open.text === ',' && t.text === ',' && next && PRONOUN_SUBJECT.test(next.lower)) return i + 1
    // `reported, based on the delegate count, if Rubio wins Florida, …`: a conditional clause opens the content.
    if (open.text === ',' && t.text === ',' && next && /^(?:if|unless)$/.test(next.lower)) return i + 1
    // `— on the radio, as it happens —`: a comma inside a dash pair does not close it.
    if ((open.text === ',' && !aboutDocument) || DASHES.has(t.text)) return -1
  }
  return -1
}

/** `when the email story broke`: a base-form cue word after a determiner or a noun inside the interruption is a noun. */
function nounInside(tokens: readonly Token[], i: number, at: number): boolean {
  const word = tokens[i].lower
  const previous = tokens[i - 1]
  if (i === at + 1 || /(?:s|ed|ing)$/.test(word) || IRREGULAR_PAST.has(word) || !isWord(previous)) return false
  return !(previous.lower in PRONOUNS) && !AUXILIARIES.has(previous.lower) && !/^(?:to|not|never|and|or)$/.test(previous.lower)
}

/** Participles describing a document (`written by`, `signed by`, `dated`) that may open an interruption. */
const DOCUMENT_PARTICIPLE = /^(?:written|signed|sent|released|published|dated|addressed|delivered|posted|filed)$/

/** Capitalised words, then perhaps a time phrase (`Vell County on Monday`). */
function placeAndTime(ctx: AnnotationContext, from: number, to: number): boolean {
  let k = from
  while (k < to && isWord(ctx.tokens[k]) && isCapitalized(ctx.tokens[k].text) && !TIME_WORDS.has(ctx.tokens[k].lower)) k++
  if (k === from) return false
  while (k < to && isWord(ctx.tokens[k]) && (TIME_WORDS.has(ctx.tokens[k].lower) || /^(?:on|in|at)$/.test(ctx.tokens[k].lower))) k++
  return k === to
}
