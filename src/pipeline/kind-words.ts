/** How a name is written: a possessive form, an outlet name in the case it is listed with, an acronym in capitals. */
import { isCapitalized } from '../lexicon/words.js'

/** `commission's`, `states'`: a possessive form, looked up again without its ending. */
export function isPossessive(word: string): boolean {
  return word.endsWith("'s") || word.endsWith("s'")
}

/** An outlet name listed with a capital (`Time`, `the Guardian`) counts only when so written; one listed in lower case (`state media`) always. */
export function writtenAsListed(phrase: string, first: string, second: string): boolean {
  const article = /^the /i.test(phrase)
  const head = article ? phrase.slice(4) : phrase
  if (/^\p{Ll}/u.test(head)) return true
  const word = article && /^the$/i.test(first) ? second : first
  return isCapitalized(word) || /^[a-z]+[A-Z]/.test(word)
}

/** `CNBC`, `CNBC's`: capitals, a possessive ending aside. */
export function writtenInCapitals(text: string): boolean {
  const bare = text.replace(/['’]s$/, '')
  return bare === bare.toUpperCase()
}

export function isAcronym(phrase: string): boolean {
  return phrase.length > 1 && phrase === phrase.toUpperCase() && /^[A-Z.]+$/.test(phrase)
}
