/**
 * The speaker a relative clause hangs on when the clause runs right up to
 * the cue: `a White House official who spoke anonymously to discuss strategy
 * said …`, `Sandy Phillips, who lost her daughter in Aurora, Colorado, in
 * 2012, said …`. The noun phrase nearest the cue sits inside the relative
 * clause; the speaker is the phrase before `who`.
 */
import type { AnnotationContext } from './context.js'
import { DETERMINERS, PRONOUNS, SUBORDINATORS, TIME_WORDS, isCapitalized } from '../lexicon/words.js'
import { finiteVerb } from './clause-subject.js'
import { firstWord } from './subject-parts.js'
import { isComma, isWord, nounPhraseBefore } from './syntax.js'
import type { TokenRange } from './types.js'

/** How far back from the cue a relative pronoun is looked for, in tokens. */
const WINDOW = 30
/** `Sanders, meanwhile, who …`: adverbs set off by commas between a name and its relative clause. */
const PARENTHETICAL = new Set(['meanwhile', 'however', 'too', 'also', 'though', 'instead', 'likewise', 'nonetheless', 'nevertheless'])

export interface RelativeHead {
  source: TokenRange
  /** The relative clause, read for the source's role words. */
  description: TokenRange
}

/**
 * The head of a `who` clause that ends at token `end` (the cue, or the comma
 * before it). With `acrossCommas` the clause may hold commas, and then its
 * head must open the sentence (`Name, who …, …, said`); without, the clause
 * has no punctuation at all (`an official who spoke anonymously said`).
 */
export function relativeHead(ctx: AnnotationContext, end: number, sentenceStart: number, acrossCommas: boolean): RelativeHead | null {
  const tokens = ctx.tokens
  for (let k = end - 1; k > sentenceStart && k >= end - WINDOW; k--) {
    const t = tokens[k]
    if (!isWord(t)) {
      const mark = tokens[k].text
      if (acrossCommas ? !isComma(tokens[k]) && mark !== '.' && mark !== '-' : true) return null
      continue
    }
    if (t.lower !== 'who' && t.lower !== 'whose') continue
    const comma = isComma(tokens[k - 1])
    // With commas the clause is set off (`Name, who …, said`); without, it restricts its head and has a verb of its own.
    // (`Ida Roe, who chairs the board said`: a set-off clause whose closing comma is missing hangs on a name.)
    if (acrossCommas ? !comma : !restrictiveClause(ctx, k + 1, end) || (comma && !unclosedAfterName(ctx, k, sentenceStart))) return null
    let head = nounPhraseBefore(ctx, comma ? k - 1 : k, sentenceStart)
    if (head && comma && head.tokenEnd - head.tokenStart === 1 && PARENTHETICAL.has(tokens[head.tokenStart].lower) && isComma(tokens[head.tokenStart - 1])) {
      head = nounPhraseBefore(ctx, head.tokenStart - 1, sentenceStart)
    }
    if (!head || (acrossCommas && head.tokenStart !== firstWord(ctx, sentenceStart))) return null
    return { source: head, description: { tokenStart: k, tokenEnd: end } }
  }
  return null
}

/**
 * `“…,” Ida Roe, who chairs the board said`: a name opening its clause (at the
 * sentence start or right after a quotation) before `, who` at `who`.
 */
function unclosedAfterName(ctx: AnnotationContext, who: number, sentenceStart: number): boolean {
  const tokens = ctx.tokens
  const head = nounPhraseBefore(ctx, who - 1, sentenceStart)
  if (!head || !isCapitalized(tokens[who - 2].text) || tokens[who - 2].lower in PRONOUNS) return false
  if (head.tokenStart === firstWord(ctx, sentenceStart)) return true
  const before = tokens[head.tokenStart - 1]
  return before !== undefined && (before.text === '"' || before.text === '”' || (isComma(before) && tokens[head.tokenStart - 2]?.quote !== -1))
}

/**
 * `who spoke anonymously to discuss strategy`: a clause with its own verb
 * before the cue. Not `who many believe` (the cue has its own subject),
 * nor `who gained attention when he yelled` (the cue is in a clause of its
 * own), nor a one-word clause (`Who Once Mocked`).
 */
function restrictiveClause(ctx: AnnotationContext, from: number, end: number): boolean {
  if (end - from < 2) return false
  const first = ctx.tokens[from].lower
  if (DETERMINERS.has(first) || first in PRONOUNS || /^(?:many|some|most|few|others|critics)$/.test(first)) return false
  for (let i = from; i < end; i++) if (SUBORDINATORS.has(ctx.tokens[i].lower) || ctx.tokens[i].lower === 'than') return false
  return true
}

/** Words of a short time adjunct: `last year`, `in 2010`, `on Monday`, `once`. */
const ADJUNCT_WORD = /^(?:in|on|at|last|this|earlier|later|once|then|again|previously|recently|repeatedly|often|\d+)$/
const MAX_ADJUNCT = 4

/** `who last year argued`, `who in 2010 said`: the relative pronoun before a time adjunct ending at `j`, or -1. */
export function relativePronounBefore(ctx: AnnotationContext, j: number, floor: number): number {
  const tokens = ctx.tokens
  let k = j - 1
  while (k > floor && j - 1 - k < MAX_ADJUNCT && isWord(tokens[k]) && (ADJUNCT_WORD.test(tokens[k].lower) || TIME_WORDS.has(tokens[k].lower) || /^[a-z]+ly$/.test(tokens[k].lower))) k--
  return k < j - 1 && isWord(tokens[k]) && (tokens[k].lower === 'who' || tokens[k].lower === 'which') ? k : -1
}

/** Words a relative clause's first conjunct may run over before `and said`: `who endorsed Roe in late May and said …`. */
const MAX_CONJUNCT = 12

/**
 * `Ida Roe, who endorsed the plan in May and said …`: the `who` or `which`
 * after a comma that opens the clause whose second verb follows `and` at
 * `and`, or -1. Any comma or other mark in between ends the search: the
 * relative clause has closed (`…, who chairs the board, and said`).
 */
export function relativeConjunctStart(ctx: AnnotationContext, and: number, floor: number): number {
  const tokens = ctx.tokens
  for (let k = and - 1; k > floor && and - k <= MAX_CONJUNCT; k--) {
    const t = tokens[k]
    if (!isWord(t)) return -1
    if ((t.lower === 'who' || t.lower === 'which') && isComma(tokens[k - 1])) return k
  }
  return -1
}

/** `a reaction from Senator Roe who …`, `a settlement to a clerk who …`: prepositions whose object is the person `who` stands for (not `of` or `for`: `residents of Harlow`, `a staff member for the campaign`). */
const PERSON_PREPOSITIONS = new Set(['to', 'from', 'with', 'against'])
/** Past participles that take a `by` agent: `a lawsuit brought by residents`, `a memo written by aides`. */
const PARTICIPLE = /^[a-z]+(?:ed|en|ght|wn)$/

/**
 * `The court revived a lawsuit brought by residents who say …`: the antecedent
 * of `who` is the last noun phrase before it, after a verb's determiner, a
 * passive's `by` or a preposition, not the clause that holds it; `np`
 * itself otherwise.
 */
export function relativeAntecedent(ctx: AnnotationContext, np: TokenRange): TokenRange {
  const tokens = ctx.tokens
  for (let k = np.tokenEnd - 2; k > np.tokenStart; k--) {
    const t = tokens[k]
    if ((t.lower === 'by' && PARTICIPLE.test(tokens[k - 1].lower)) || PERSON_PREPOSITIONS.has(t.lower)) return { tokenStart: k + 1, tokenEnd: np.tokenEnd }
    if (DETERMINERS.has(tokens[k + 1].lower) && finiteVerb(t.lower, tokens[k - 1].text, isCapitalized(t.text))) return { tokenStart: k + 1, tokenEnd: np.tokenEnd }
  }
  return np
}
