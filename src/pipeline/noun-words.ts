/**
 * Is a word inside a noun phrase, or does it end one? Word-class tests for
 * the phrase walks of `syntax.ts` that need no tagger: `the congressional
 * report`, `state television`, `people not authorized to speak`, `the
 * ruling`, `a 2024 report`, and what is never a speaker (a date).
 */
import { AUXILIARIES, CLAUSE_BREAKERS, DETERMINERS, NOUN_MODIFIERS, PRONOUNS, TIME_WORDS, isCapitalized } from '../lexicon/words.js'
import type { AnnotationContext } from './context.js'
import type { Token, TokenRange } from './types.js'
import { isComma, isWord } from './token-tests.js'

/** Prepositions a noun phrase may hold (`officials in Kyiv`). */
export const NP_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'at', 'with', 'from', 'on', 'in', 'by'])

/** `…, ruling says`, `…, the ruling found`: a cue word right before an inverted cue, after the comma (and an article), is its subject. */
export function bareSubject(tokens: readonly Token[], i: number, end: number, floor: number): boolean {
  if (i !== end || i - 2 < floor || /ed$/.test(tokens[i - 1].lower)) return false
  const previous = tokens[i - 2]
  return isComma(previous) || (/^(?:the|a|an)$/.test(previous.lower) && i - 3 >= floor && isComma(tokens[i - 3]))
}

/** `people not authorized to speak publicly`: the speech a reduced relative clause says the source may not make. */
export function permittedSpeech(tokens: readonly Token[], at: number): boolean {
  return tokens[at - 1]?.lower === 'to' && /^(?:authori[sz]ed|allowed|permitted|cleared|empowered)$/.test(tokens[at - 2]?.lower ?? '')
}

/** `The ruling said`, `the filing shows`: a document word after a determiner is a noun, even in -ing. */
export function documentNoun(ctx: AnnotationContext, at: number): boolean {
  const before = ctx.tokens[at - 1]
  return isWord(before) && DETERMINERS.has(before.lower) && ctx.lexicon.kinds.word(ctx.tokens[at].lower)?.cls === 'document'
}

/** `a statement posted on the website`, `a memo written last week`: a participle right after a document noun describes it. */
export function documentParticiple(ctx: AnnotationContext, at: number): boolean {
  return /^(?:posted|published|written|released|issued|tweeted)$/.test(ctx.tokens[at].lower) && ctx.lexicon.kinds.word(ctx.tokens[at - 1]?.lower ?? '')?.cls === 'document'
}

/** `state television`, `report card`: a cue form opening a lexicon phrase of two words or more is part of a noun phrase. */
export function knownPhrase(ctx: AnnotationContext, at: number, end: number): boolean {
  if (at + 1 >= end) return false
  return (ctx.lexicon.kinds.longest(ctx.lowerWords({ tokenStart: at, tokenEnd: Math.min(end, at + 4) }), 0)?.length ?? 0) >= 2
}

/** `the congressional report said`, `the state audit report said`: a determiner and one or two modifiers before the subject's head noun. */
export function modifiedHead(tokens: readonly Token[], head: number): boolean {
  if (/ing$/.test(tokens[head]?.lower ?? '')) return false
  for (let k = head - 1; k >= head - 3 && k >= 0; k--) {
    const t = tokens[k]
    if (!isWord(t)) return false
    if (k < head - 1 && DETERMINERS.has(t.lower)) return true
    if (AUXILIARIES.has(t.lower) || t.lower in PRONOUNS || DETERMINERS.has(t.lower) || NP_PREPOSITIONS.has(t.lower) || CLAUSE_BREAKERS.has(t.lower) || isCapitalized(t.text)) return false
  }
  return false
}

/** A word after a determiner, possessive or noun modifier is a noun: `a new report`, `Trump's brief`. */
export function nounUse(previous: Token | undefined, before: Token | undefined): boolean {
  if (!isWord(previous)) return false
  // `the IMF report`, `a Senate statement`: a name between a determiner and the word modifies a noun.
  const namedModifier = isCapitalized(previous.text) && isWord(before) && DETERMINERS.has(before.lower)
  // `a 2024 report`, `according to one report`, `One tweet said`: a year after a determiner, a numeral after a preposition or opening a clause.
  // (`included in 14 emails that …`: digits after a preposition count things.)
  const numeral = (/^\d+$/.test(previous.text) && isWord(before) && (DETERMINERS.has(before.lower) || NUMERAL_PREPOSITIONS.has(before.lower))) || (NUMERALS.has(previous.lower) && (!isWord(before) || NUMERAL_PREPOSITIONS.has(before.lower)))
  // `secretary of state`: a word after `of` is a noun.
  return DETERMINERS.has(previous.lower) || NOUN_MODIFIERS.has(previous.lower) || /(?:'s|s')$/.test(previous.lower) || namedModifier || numeral || previous.lower === 'of'
}

const MONTH_ABBREVIATIONS = /^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$/

/** `since Jan. 1, 2015, shows …`: a date (numbers, months, time words) is never a speaker. */
export function onlyDate(ctx: AnnotationContext, np: TokenRange): boolean {
  for (let i = np.tokenStart; i < np.tokenEnd; i++) {
    const t = ctx.tokens[i]
    if (isWord(t) && /\p{L}/u.test(t.text) && !TIME_WORDS.has(t.lower) && !MONTH_ABBREVIATIONS.test(t.lower)) return false
  }
  return true
}

/** `the WHO`: the World Health Organization after an article, not the relative pronoun. */
export function isAcronymWho(ctx: AnnotationContext, at: number): boolean {
  return ctx.tokens[at]?.text === 'WHO' && /^(?:the|The)$/.test(ctx.tokens[at - 1]?.text ?? '')
}

const NUMERALS = new Set(['one', 'two', 'three', 'four', 'several', 'many', 'multiple'])
const NUMERAL_PREPOSITIONS = new Set(['to', 'of', 'by', 'in', 'from', 'per'])

/** The end of a phrase's head: the first token after its first word that matches `stops` (a preposition), else the phrase's end. */
export function headEnd(ctx: AnnotationContext, np: TokenRange, stops: RegExp): number {
  let end = np.tokenStart + 1
  while (end < np.tokenEnd && !stops.test(ctx.tokens[end].text)) end++
  return end
}

/** `people familiar with its thinking`: an -ing word after a possessive is a noun. */
export function possessiveGerund(tokens: readonly Token[], i: number): boolean {
  return /ing$/.test(tokens[i].lower) && /^(?:his|her|its|their|our|my|your)$|['’]s$|s['’]$/.test(tokens[i - 1]?.lower ?? '')
}

/** `an agency inspection report from 2022`: a bare cue form after a singular noun and before a preposition is a compound's head. */
export function compoundBeforePreposition(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1]
  return /^(?:from|of|on|by|in)$/.test(tokens[i + 1]?.lower ?? '') && !/(?:s|ed|ing)$/.test(tokens[i].lower) && isWord(previous) && !isCapitalized(previous.text) &&
    !/(?:[^s]s|ly)$/.test(previous.lower) && !AUXILIARIES.has(previous.lower) && !(previous.lower in PRONOUNS) && !DETERMINERS.has(previous.lower) && !CLAUSE_BREAKERS.has(previous.lower)
}
