/**
 * The subject of a sentence's main clause, found without a tagger: the
 * words that open the sentence up to its first finite verb (`Mr. Obama
 * revised …`, `The departments declined …`, `Trump has hailed …`).
 */
import { AUXILIARIES, DETERMINERS, IRREGULAR_PAST, PRE_CUE_ADVERBS, PRONOUNS, isCapitalized } from '../lexicon/words.js'
import type { AnnotationContext } from './context.js'
import type { TokenRange } from './types.js'

const MAX_SUBJECT_WORDS = 12
/** Conjunctions and discourse adverbs that may open a sentence before its subject. */
export const OPENERS = new Set(['but', 'and', 'yet', 'still', 'now', 'meanwhile', 'however', 'instead', 'also', 'so', 'then', 'later', 'separately', 'similarly', 'indeed'])
const PHRASE_PUNCT = new Set(['.', "'", '’', '-'])
/** Tokens a bracketed tag inside a subject may run: `(R-Texas)`, `(D-N.Y.)`. */
const MAX_TAG = 6

const TIME_PREPOSITIONS = new Set(['on', 'in', 'at', 'during', 'last', 'this', 'early', 'late'])

/** `A federal judge on` (before `Friday blocked …`): drop the prepositions a time adjunct left at the end of a subject. */
export function withoutTimePreposition(ctx: AnnotationContext, range: TokenRange): TokenRange {
  let end = range.tokenEnd
  while (end - range.tokenStart > 1 && TIME_PREPOSITIONS.has(ctx.tokens[end - 1].text)) end--
  return end === range.tokenEnd ? range : { tokenStart: range.tokenStart, tokenEnd: end }
}

/** `Mr. Obama revised his plans in October, saying …`: the subject before the first finite verb, before `limit`. */
export function clauseSubject(ctx: AnnotationContext, sentenceStart: number, limit: number): TokenRange | null {
  const subject = subjectWords(ctx, sentenceStart, limit)
  if (!subject) return null
  const tokens = ctx.tokens
  const first = tokens[subject.tokenStart]
  // `Clinton's lawyers`: a name's possessive determines the phrase.
  // (`Sanders’ campaign`: a name ending in s takes a bare apostrophe.)
  const possessive = /['’]s$/.test(first.text) || (/s$/.test(first.text) && /^['’]$/.test(tokens[subject.tokenStart + 1]?.text ?? ''))
  // (`Roe and other Danish skippers`: a name coordinated with a group.)
  const coordinated = tokens[subject.tokenStart + 1]?.lower === 'and' && subject.tokenEnd - subject.tokenStart > 2
  // (`two Danish fishing groups`: a capitalised modifier of a plural head.)
  // (A bracketed tag closing the subject, `Ida Roe (D-Vell)`: the word before it.)
  let last = subject.tokenEnd - 1
  if (tokens[last].text === ')') while (last > subject.tokenStart && tokens[last].text !== '(') last--
  if (tokens[last].text === '(') last--
  const modified = last > subject.tokenStart && isCapitalized(tokens[last - 1].text) && pluralBeforeVerb(tokens, last)
  const named = first.lower in PRONOUNS || DETERMINERS.has(first.lower) || isCapitalized(tokens[last].text) || modified || (isCapitalized(first.text) && (possessive || coordinated))
  return named ? subject : null
}

/** `Several groups granted …`: the words before the first finite verb, whether or not a determiner or name opens them. */
export function subjectWords(ctx: AnnotationContext, sentenceStart: number, limit: number): TokenRange | null {
  const tokens = ctx.tokens
  let i = afterFrontedAdjunct(ctx, sentenceStart, limit)
  while (i < limit && (OPENERS.has(tokens[i].lower) || tokens[i].text === ',')) i++
  const start = i
  let words = 0
  for (; i < limit; i++) {
    const t = tokens[i]
    if (t.kind !== 'word') {
      if (PHRASE_PUNCT.has(t.text)) continue
      // `Canova “bristled” and said`: a scare-quoted finite verb ends the subject before its mark.
      if (i > start && /^["“]$/.test(t.text) && tokens[i + 1]?.kind === 'word' && finiteVerb(tokens[i + 1].lower, tokens[i - 1].text, isCapitalized(tokens[i + 1].text))) break
      // `Sen. Ida Roe (D-Vell) weighed in`: a short bracketed tag inside the subject.
      let close = t.text === '(' && i > start ? i + 1 : limit
      while (close < limit && close <= i + MAX_TAG && tokens[close].text !== ')') close++
      if (close < limit && tokens[close].text === ')') {
        i = close
        continue
      }
      return null
    }
    if (i > start && finiteVerb(t.lower, tokens[i - 1].text, isCapitalized(t.text)) && !pluralBeforeVerb(tokens, i)) break
    if (++words > MAX_SUBJECT_WORDS) return null
  }
  if (i >= limit || words === 0) return null
  let end = i
  // `A campaign official later walked back …`: adverbs before the verb are not the subject's.
  while (end > start + 1 && (PRE_CUE_ADVERBS.has(tokens[end - 1].lower) || /^[a-z]+ly$/.test(tokens[end - 1].text))) end--
  // `A federal judge on Friday blocked …`: the preposition of a time adjunct goes with it.
  return withoutTimePreposition(ctx, { tokenStart: start, tokenEnd: end })
}

/** `Danish skippers boycotted …`: an -s word after a capital is a plural noun when a past or an auxiliary follows it. */
function pluralBeforeVerb(tokens: AnnotationContext['tokens'], i: number): boolean {
  const next = tokens[i + 1]
  return /[^s]s$/.test(tokens[i].lower) && !AUXILIARIES.has(tokens[i].lower) && next !== undefined && next.kind === 'word' && !isCapitalized(next.text) && (AUXILIARIES.has(next.lower) || IRREGULAR_PAST.has(next.lower) || /^[a-z]{2,}ed$/.test(next.lower))
}

/** Prepositions that open a fronted adjunct (`In May,`, `Inside the hall,`, `Like Corker,`). */
const ADJUNCT_OPENERS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'inside', 'outside', 'since', 'following', 'amid', 'earlier', 'later', 'last', 'like', 'unlike', 'besides'])
const MAX_ADJUNCT_WORDS = 8

/**
 * `In May, a district judge sided …`: the token after a short fronted adjunct
 * and its comma, where the subject starts; `start` itself when the sentence
 * opens otherwise or the phrase holds a finite verb (`At least ten people
 * died, …` is a clause).
 */
export function afterFrontedAdjunct(ctx: AnnotationContext, start: number, limit: number): number {
  const tokens = ctx.tokens
  if (!ADJUNCT_OPENERS.has(tokens[start]?.lower)) return start
  for (let i = start + 1; i < limit && i - start <= MAX_ADJUNCT_WORDS; i++) {
    const t = tokens[i]
    if (t.text === ',') return i + 1 < limit ? i + 1 : start
    if (t.kind !== 'word' && !PHRASE_PUNCT.has(t.text)) return start
    if (t.kind === 'word' && finiteVerb(t.lower, tokens[i - 1].text, isCapitalized(t.text))) return start
  }
  return start
}

/** Plural nouns without an -s. */
const COLLECTIVES = new Set(['police', 'people', 'staff', 'personnel'])

/** `officials`, `police`; not `press` or `its`. */
export function isPluralNoun(word: string): boolean {
  return /[^s'’]s$/.test(word) || COLLECTIVES.has(word)
}

/**
 * `Harbour police detained …`, `Dock workers walked out …`: a plural subject
 * (head in -s or a collective noun) before the first past-tense or auxiliary
 * verb, or null.
 */
export function pluralSubject(ctx: AnnotationContext, sentenceStart: number, limit: number): TokenRange | null {
  const tokens = ctx.tokens
  let i = sentenceStart
  while (i < limit && (OPENERS.has(tokens[i].lower) || tokens[i].text === ',')) i++
  const start = i
  for (; i < limit && i - start <= MAX_SUBJECT_WORDS; i++) {
    const t = tokens[i]
    if (t.kind !== 'word') return null
    if (i > start && !isCapitalized(t.text) && (AUXILIARIES.has(t.lower) || IRREGULAR_PAST.has(t.lower) || /^[a-z]{2,}ed$/.test(t.lower))) break
  }
  if (i === start || i >= limit || i - start > MAX_SUBJECT_WORDS) return null
  return isPluralNoun(tokens[i - 1].lower) ? { tokenStart: start, tokenEnd: i } : null
}

/** `has`, `declined`, `threw`, or an `-s` verb right after a name (`Trump hails`). */
export function finiteVerb(word: string, previous: string, capitalized: boolean): boolean {
  if (capitalized) return false
  if (AUXILIARIES.has(word) || IRREGULAR_PAST.has(word)) return true
  if (/^[a-z]{2,}ed$/.test(word)) return true
  // `Trump's comments`: after a possessive, an -s word is a plural noun.
  // (`The pilots’ union`: after a capitalised determiner, an -s word is a plural noun.)
  return /^[a-z]+[^s]s$/.test(word) && isCapitalized(previous) && !/['’]s$/.test(previous) && !DETERMINERS.has(previous.toLowerCase())
}

/** `Ted Cruz endorses Trump`: the object after a finite verb and before a name, or the whole phrase. */
export function objectAfterVerb(ctx: AnnotationContext, phrase: TokenRange): TokenRange {
  const tokens = ctx.tokens
  for (let k = phrase.tokenEnd - 2; k > phrase.tokenStart; k--) {
    const t = tokens[k]
    if (t.kind === 'word' && isCapitalized(tokens[k + 1].text) && finiteVerb(t.lower, tokens[k - 1].text, isCapitalized(t.text))) return { tokenStart: k + 1, tokenEnd: phrase.tokenEnd }
  }
  return phrase
}
