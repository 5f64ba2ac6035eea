/** Closed-class word sets, read once from `data/grammar.json`. */
import grammar from './data/grammar.json'

const toSet = (words: readonly string[]): ReadonlySet<string> => new Set(words)

export const DETERMINERS = toSet(grammar.determiners)
export const AUXILIARIES = toSet(grammar.auxiliaries)
export const IRREGULAR_PAST = toSet(grammar.irregularPast)
export const SUBORDINATORS = toSet(grammar.subordinators)
export const RELATIVE_PRONOUNS = toSet(grammar.relativePronouns)
export const CLAUSE_BREAKERS = toSet(grammar.clauseBreakers)
export const LEADING_CONNECTIVES = toSet(grammar.leadingConnectives)
export const PRE_CUE_ADVERBS = toSet(grammar.preCueAdverbs)
export const NON_OCCURRENCE = toSet(grammar.nonOccurrence)
/** Verbs that pass their subject through `to` and report that the act happened: `was able to tout`. */
export const CATENATIVES = toSet(grammar.catenatives)
export const SENTENCE_STARTERS = toSet(grammar.sentenceStarters)
export const FALSE_SPLIT_ABBREVIATIONS = toSet(grammar.falseSplitAbbreviations)
/** Pronoun → number; a null-prototype object so `constructor` is no pronoun. */
export const PRONOUNS: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, grammar.pronouns)

const APOSTROPHE_LIKE = /[’‘`]/
const APOSTROPHES = /[’‘`]/g

/** Lower-case a word and fold curly apostrophes so lexicon look-ups match. */
export function normalizeWord(text: string): string {
  const lower = text.toLowerCase()
  return APOSTROPHE_LIKE.test(lower) ? lower.replace(APOSTROPHES, "'") : lower
}

/** Words ending in `-ly` that are nouns or adjectives, not adverbs: `a member of the family said`, `an ally said`. */
const LY_NON_ADVERBS = new Set(['family', 'ally', 'rally', 'assembly', 'supply', 'bully', 'belly', 'anomaly', 'monopoly', 'homily', 'reply', 'lily', 'folly', 'tally', 'jelly', 'elderly', 'friendly', 'early', 'daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'nightly', 'holy', 'ugly', 'lonely', 'lovely', 'costly', 'deadly', 'likely', 'unlikely', 'silly', 'orderly'])

/** A lower-case `-ly` adverb (`repeatedly`), not an `-ly` noun or adjective (`family`, `elderly`). */
export function isLyAdverb(word: string): boolean {
  return /^[a-z]+ly$/.test(word) && !LY_NON_ADVERBS.has(word)
}

export function isCapitalized(text: string): boolean {
  const first = text.charCodeAt(0)
  return first >= 65 && first <= 90
}
export const HEADLINE_LABELS = toSet(grammar.headlineLabels)
export const TIME_WORDS = toSet(grammar.timeWords)
export const PERSON_PRONOUNS = toSet(grammar.personPronouns)
export const NOUN_MODIFIERS = toSet(grammar.nounModifiers)

/**
 * `people briefed on the talks`, `officials informed about the plan`, `mayor
 * questioned over flood warnings`, `a bureau cited in the tweet`: a passive participle modifying a noun (or
 * a headline's passive without `is`), not a cue.
 */
export function isReducedPassive(word: string, next: string | undefined): boolean {
  if (word === 'questioned') return next === 'over' || next === 'about' || next === 'by'
  // `with the number of retirees projected to swell`: a forecast participle before `to` has no agent.
  if (word === 'projected' || word === 'estimated' || word === 'forecast') return next === 'to'
  // `the bureau cited in his tweet`: what is cited somewhere is the cited thing, not a speaker.
  if (word === 'cited' || word === 'quoted' || word === 'mentioned') return next === 'in'
  return (word === 'briefed' || word === 'informed') && (next === 'on' || next === 'about')
}
