/**
 * Shallow syntax over tokens, without a tagger: noun phrases before and
 * after a cue, clause edges, and whether words look like a finite clause.
 * Every walk is bounded, so the cost per cue is constant.
 */
import { AUXILIARIES, CLAUSE_BREAKERS, DETERMINERS, IRREGULAR_PAST, LEADING_CONNECTIVES, PRE_CUE_ADVERBS, PRONOUNS, SUBORDINATORS, TIME_WORDS, isLyAdverb } from '../lexicon/words.js'
import { isCapitalized, isReducedPassive } from '../lexicon/words.js'
import type { AnnotationContext } from './context.js'
import type { Sentence, Token, TokenRange } from './types.js'
import { isComma, isFinalPunct, isQuoteMark, isWord } from './token-tests.js'
import { isAsideDash, openingDash, spacedDash } from './asides.js'
import { NP_PREPOSITIONS, bareSubject, compoundBeforePreposition, documentNoun, documentParticiple, isAcronymWho, knownPhrase, modifiedHead, nounUse, permittedSpeech, possessiveGerund } from './noun-words.js'

export { isAcronymWho, onlyDate } from './noun-words.js'
export { appositiveAfter } from './appositive.js'

const MAX_NP_WORDS = 16
/** Capitalised at a sentence start, these link to the phrase after them (`In a statement`, `Of the rest`). */
const NAME_LINKS = /^(?:of|for|and|in|on|at|by|with|from|as|after|before|during|under|over|since|until|to|among|despite|like|amid)$/
const NP_PUNCT = new Set(['(', ')', '-', '&', '.', "'", '’', '–', '/'])

export { isComma, isDoubleQuote, isFinalPunct, isQuoteMark, isWord } from './token-tests.js'

/** Step back over adverbs and auxiliaries between a source and its cue. */
/** Connectives set off by commas inside a verb phrase: `has, however, revealed`. */
const SET_OFF_CONNECTIVES = new Set(['however', 'though', 'meanwhile', 'moreover', 'nonetheless', 'nevertheless', 'indeed', 'furthermore', 'therefore', 'also', 'too', 'instead'])

export function skipBack(ctx: AnnotationContext, index: number, floor: number): number {
  let i = index
  while (i > floor) {
    const t = ctx.tokens[i - 1]
    // `A poll has, however, revealed …`: a connective set off by commas after an auxiliary.
    if (isComma(t) && i - 3 > floor && SET_OFF_CONNECTIVES.has(ctx.tokens[i - 2].lower) && isComma(ctx.tokens[i - 3]) && AUXILIARIES.has(ctx.tokens[i - 4]?.lower ?? '')) {
      i -= 3
      continue
    }
    if (!isWord(t)) break
    // A capitalised `-ly` word opening the sentence is a name (`Jolly said`), not an adverb.
    const adverb = PRE_CUE_ADVERBS.has(t.lower) || AUXILIARIES.has(t.lower) || (isLyAdverb(t.lower) && !isCapitalized(t.text))
    if (adverb && (!isCapitalized(t.text) || i - 1 === floor)) i--
    // `The board so far has said`, `thus far`: a two-word adverb.
    else if (t.lower === 'far' && i - 2 > floor && /^(?:so|thus)$/.test(ctx.tokens[i - 2].lower)) i -= 2
    // `we can all agree`, `they have both said`: a quantifier floated after an auxiliary belongs to the subject before it.
    else if (/^(?:all|both|each)$/.test(t.lower) && i - 1 > floor && AUXILIARIES.has(ctx.tokens[i - 2].lower)) i--
    else break
  }
  return i
}

/** The noun phrase that ends at token `end` (exclusive), not crossing `floor`. */
export function nounPhraseBefore(ctx: AnnotationContext, to: number, floor: number): TokenRange | null {
  const tokens = ctx.tokens
  // `Kall -- co-editor of a book on debates -- said …`: an aside between dashes right before the verb; the subject is before it.
  const opening = to > floor && isAsideDash(ctx, tokens[to - 1]) ? openingDash(ctx, to - 1, floor) : -1
  const end = opening === -1 ? to : opening
  let i = end
  let words = 0
  let parens = 0
  let aside = false
  while (i > floor && words < MAX_NP_WORDS) {
    const t = tokens[i - 1]
    // `when it comes to X - a frequent complaint - technology companies are …`: a spaced dash with
    // words after it, and no aside closed before the verb, ends an aside that the subject follows.
    if (spacedDash(ctx, t)) {
      if (words > 0 && !aside) break
      aside = true
    }
    if (t.kind === 'word') {
      // `released in May`: the month inside a sentence, not the modal.
      // `Experts not involved in the study`: a negated participle after a noun still describes it.
      const negatedParticiple = t.lower === 'not' && /^[a-z]+ed$/.test(tokens[i]?.text ?? '') && isWord(tokens[i - 2]) && !AUXILIARIES.has(tokens[i - 2].lower)
      if (CLAUSE_BREAKERS.has(t.lower) && !(t.lower === 'in' || t.lower === 'to') && !(t.text === 'May' && t.index > ctx.sentences[t.sentence].tokenStart) && !negatedParticiple && !isAcronymWho(ctx, i - 1) && !sinceDate(tokens, i - 1, floor) && !demonstrativeAfterPreposition(tokens, i - 1, floor)) break
      // `the report said`, `reports say`: a cue form right before the cue is its subject noun.
      if (ctx.lexicon.cueForms.has(t.lower) && !isCapitalized(t.text) && !knownPhrase(ctx, i - 1, end) && !permittedSpeech(tokens, i - 1) && !documentNoun(ctx, i - 1) && !((nounUse(tokens[i - 2], tokens[i - 3]) || (i === end && (/[^s]s$/.test(t.lower) || modifiedHead(tokens, i - 1)))) && (!/(?:ed|ing)$/.test(t.lower) || possessiveGerund(tokens, i - 1))) && !compoundBeforePreposition(tokens, i - 1) && !documentParticiple(ctx, i - 1) && !bareSubject(tokens, i, end, floor) && !isReducedPassive(t.lower, tokens[i]?.lower)) break
      if (t.lower === 'and' || t.lower === 'or') {
        const after = tokens[i]
        // (`journalist and author Hiro Aida`: a role word and another title word joined right before a name.)
        const roles = isWord(after) && isWord(tokens[i - 2]) && !isCapitalized(after.text) && !DETERMINERS.has(after.lower) && isCapitalized(tokens[i + 1]?.text ?? '') && ctx.lexicon.kinds.word(tokens[i - 2].lower) !== undefined
        if (!(after && isWord(after) && isCapitalized(after.text)) && !roles) break
      }
      words++
    } else if (t.text === ')') parens++
    else if (t.text === '(') {
      if (parens === 0) break
      parens--
    } else if (!NP_PUNCT.has(t.text) && t.kind !== 'symbol') break
    i--
  }
  return trimPhrase(ctx, i, end)
}

/** `people familiar with that inspection`: `that` right after a preposition is a determiner, not a clause. */
function demonstrativeAfterPreposition(tokens: readonly Token[], i: number, floor: number): boolean {
  return tokens[i].lower === 'that' && i - 1 >= floor && /^(?:with|of|on|about|in|at|for|to|from|by|over)$/.test(tokens[i - 1].lower)
}

/** `filings since March`, `records since 2019`: `since` before a date, after a noun, is a preposition inside the phrase. */
function sinceDate(tokens: readonly Token[], i: number, floor: number): boolean {
  const next = tokens[i + 1]
  return (tokens[i].lower === 'since' || tokens[i].lower === 'from') && i - 1 >= floor && isWord(tokens[i - 1]) && !CLAUSE_BREAKERS.has(tokens[i - 1].lower) &&
    isWord(next) && ((TIME_WORDS.has(next.lower) && isCapitalized(next.text)) || /^(?:1[89]|20)\d\d$/.test(next.text))
}

/** The article at `i` lies inside a listed name that starts with the capitalised words before it (`Face the Nation`). */
function insideKnownName(ctx: AnnotationContext, i: number, floor: number): boolean {
  const words = ctx.lowerWords({ tokenStart: Math.max(floor, i - 4), tokenEnd: Math.min(ctx.tokens.length, i + 4) })
  for (let k = i - 1; k >= floor && k >= i - 4 && isWord(ctx.tokens[k]) && isCapitalized(ctx.tokens[k].text); k--) {
    const match = ctx.lexicon.kinds.longest(words, k - Math.max(floor, i - 4))
    if (match && k + match.length > i) return true
  }
  return false
}

const CLOCK = /^\d{1,2}[:.]\d\d$/

/** Drop leading connectives and prepositions, a clock time, and dangling punctuation. */
export function trimPhrase(ctx: AnnotationContext, start: number, end: number): TokenRange | null {
  const tokens = ctx.tokens
  let s = start
  let e = end
  for (;;) {
    const t = tokens[s]
    if (s >= e) return null
    // (`15:05 Kanal 4 reported …`: a live blog's clock time opens the entry, not the phrase.)
    if (!isWord(t) || (LEADING_CONNECTIVES.has(t.lower) && e - s > 1) || NP_PREPOSITIONS.has(t.lower) || t.lower === 'and' || (CLOCK.test(t.text) && e - s > 1)) s++
    else break
  }
  while (e > s && !isWord(tokens[e - 1]) && tokens[e - 1].text !== ')') e--
  // A prepositional phrase must not start the phrase: "in Miami the official".
  return s < e ? { tokenStart: s, tokenEnd: e } : null
}

/** The noun phrase that starts at `start`, up to `limit` (exclusive). */
export function nounPhraseAfter(ctx: AnnotationContext, start: number, limit: number): TokenRange | null {
  const tokens = ctx.tokens
  let i = start
  let words = 0
  let parens = 0
  if (isWord(tokens[start]) && (CLAUSE_BREAKERS.has(tokens[start].lower) || SUBORDINATORS.has(tokens[start].lower))) return null
  while (i < limit && words < MAX_NP_WORDS) {
    const t = tokens[i]
    if (t.kind === 'word') {
      if (words > 0 && (CLAUSE_BREAKERS.has(t.lower) || SUBORDINATORS.has(t.lower)) && t.lower !== 'to') break
      // `told The Huffington Post he's not planning …`: a subject pronoun starts the next clause.
      if (words > 0 && (/^(?:he|she|it|they|we|i|you)(?:'(?:s|re|m|ll|d|ve))?$/.test(t.lower))) break
      // `told host Sean Hannity a Clinton loss is …`: an article after a name opens the next phrase.
      // (Not inside a title: `“Meet the Press”`, `Face the Nation`.)
      if (words > 0 && /^(?:a|an|the)$/.test(t.lower) && isWord(tokens[i - 1]) && isCapitalized(tokens[i - 1].text) && !NAME_LINKS.test(tokens[i - 1].lower) && t.quote === -1 && !insideKnownName(ctx, i, start)) break
      if (words > 0 && ctx.lexicon.cueForms.has(t.lower) && !isCapitalized(t.text) && !nounUse(tokens[i - 1], tokens[i - 2]) && !modifiedHead(tokens, i) && !isReducedPassive(t.lower, tokens[i + 1]?.lower)) break
      words++
    } else if (t.text === '(') parens++
    else if (t.text === ')') {
      if (parens === 0) break
      parens--
    } else if (!NP_PUNCT.has(t.text) && t.kind !== 'symbol') break
    i++
  }
  while (i > start && ((!isWord(tokens[i - 1]) && tokens[i - 1].text !== ')') || /^(?:and|or|but)$/.test(tokens[i - 1].lower))) i--
  return i > start ? { tokenStart: start, tokenEnd: i } : null
}

/** Prepositions that are never conjunctions (unlike `after`, `before`, `since`). */
const PLAIN_PREPOSITIONS = new Set(['into', 'onto', 'toward', 'towards', 'through', 'under', 'about', 'against', 'among', 'between', 'during', 'across', 'without', 'within', 'despite', 'amid'])

/**
 * Do the words from `from` read like a finite clause (`the talks reflected…`,
 * `it had shut`) rather than a bare object (`the recall late on Wednesday`)?
 */
export function looksLikeClause(ctx: AnnotationContext, from: number, limit: number): boolean {
  const tokens = ctx.tokens
  let words = 0
  for (let i = from; i < limit && words < 12; i++) {
    const t = tokens[i]
    if (t.kind !== 'word') {
      if (isQuoteMark(t)) continue
      if (t.text === ',' && words === 0) continue
      if (/^[,;:.!?]$/.test(t.text)) return false
      continue
    }
    // `agreed to sell the club`: an infinitive is a plan, not a reported clause.
    if (words === 0 && t.lower === 'to') return false
    // `he's not planning`, `they're leaving`: a contracted pronoun and auxiliary open a clause.
    if (words === 0 && /^(?:he|she|it|they|we|i|you|there|that)'(?:s|re|m|ll|d|ve)$/.test(t.lower)) return true
    if (words === 0 && t.lower in PRONOUNS && t.lower !== 'her' && t.lower !== 'him' && t.lower !== 'them' && t.lower !== 'us' && t.lower !== 'me') return true
    // `claimed victory and has refused to concede`: an auxiliary after `and` opens a second predicate of the outer subject.
    if (words > 0 && /^(?:and|but|or)$/.test(t.lower) && AUXILIARIES.has(tokens[i + 1]?.lower ?? '')) return false
    if (words > 0 && (AUXILIARIES.has(t.lower) || IRREGULAR_PAST.has(t.lower))) return true
    if (words > 0 && /^[a-z]+(?:ed|s)$/.test(t.lower) && !/(?:ss|us|is|ics|ies)$/.test(t.lower)) {
      const previous = tokens[i - 1]
      // (`a pace into advanced age`: after a preposition, an -ed word is an adjective.)
      if (isWord(previous) && !DETERMINERS.has(previous.lower) && !NP_PREPOSITIONS.has(previous.lower) && !PLAIN_PREPOSITIONS.has(previous.lower) && previous.lower !== 'and') {
        // `the talks reflected`, `Ukraine has`: a past tense after a noun, or an -s verb after a name or pronoun.
        if (t.lower.endsWith('ed') || isCapitalized(previous.text) || previous.lower in PRONOUNS) return true
      }
    }
    words++
  }
  return false
}

/** The last token of a sentence that belongs to its content (drops final `.`). */
export function contentEnd(ctx: AnnotationContext, sentence: Sentence): number {
  let e = sentence.tokenEnd
  while (e > sentence.tokenStart && isFinalPunct(ctx.tokens[e - 1])) e--
  return e
}
