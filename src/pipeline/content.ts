/**
 * Content spans: what follows a cue (a that-clause, a quotation, a clause,
 * the next paragraph after `said:`) or what precedes an inverted cue.
 * Also the adjuncts between a cue and its content, where `told Axios` and
 * `confirmed to Axios` name the outlet the source spoke to.
 */
export { fromHere, quoteKind } from './content-span.js'
import { fromHere, quoteKind } from './content-span.js'
import type { CueEntry } from '../lexicon/compile.js'
import { AUXILIARIES, TIME_WORDS } from '../lexicon/words.js'
import type { QuoteKind } from '../schema.js'
import type { AnnotationContext } from './context.js'
import { isOutlet, isVia } from './outlet-tests.js'
import { agoEnd, beforeTimePhrase, timePhraseAt } from './time-phrases.js'
import { addressedOutlet, beforeSecondDeterminer, outletAppositive, viaCore } from './via.js'
import { introducedQuote, nextParagraphQuote } from './quote-ahead.js'
import { afterCueAnd, asPredicateEnd, callsSomething, commitment, demonstrative, gappedClause, gerundClause, hasOf, predicateEnd } from './complements.js'
import { afterInterruption } from './interruption.js'
import { REQUESTING, beforeTopic, infinitiveAfterObject, infinitiveAfterSubject, quoteAfterTopic, rebuttedClaim } from './object-content.js'
import { contentEnd, isComma, isFinalPunct, isQuoteMark, isWord, looksLikeClause, nounPhraseAfter } from './syntax.js'
import type { CueMatch, OffsetRange, TokenRange } from './types.js'
import { ADMITTING, ADVERBIAL, AS_PREDICATE, CLAUSE_TAKERS, CONTENT_PREPOSITIONS, EPISTEMIC, MEDIUM_VERBS, OBJECT_CONTENT, PARENTHETICALS, PLACE_ADVERBS, QUESTION_WORDS, TOPIC_TAKERS } from './content-words.js'

export interface ContentResult {
  content: OffsetRange[]
  quote: QuoteKind
  via: TokenRange | null
}

/** Content after a cue (and its object and adjuncts), or null when it has none. */
export function contentAfter(ctx: AnnotationContext, cue: CueMatch, entry: CueEntry | undefined): ContentResult | null {
  const tokens = ctx.tokens
  const sentence = ctx.sentences[cue.sentence]
  const end = contentEnd(ctx, sentence)
  let i = cue.tokenEnd
  let via: TokenRange | null = null
  let objectStart = -1
  // `promised Monday to act`: a commitment's infinitive right after the cue and its time words, before any object.
  const promised = commitment(ctx, cue, i, end)
  if (promised !== -1) return { ...fromHere(ctx, promised, end), via }
  // The addressee: `told Axios`, `told reporters on Thursday`.
  if (entry?.takesObject && isWord(tokens[i]) && tokens[i].lower !== 'that' && !QUESTION_WORDS.has(tokens[i].lower)) {
    const object = beforeTopic(ctx, beforeSecondDeterminer(ctx, beforeTimePhrase(ctx, nounPhraseAfter(ctx, i, Math.min(end, i + 7)))))
    if (object && (cue.lemma !== 'say' || isOutlet(ctx, object))) {
      // `called AP's report a rush`: what is called something is no addressee.
      // (`told Stagefront, an entertainment news site, that …`: an appositive says the addressee is an outlet.)
      if ((isVia(ctx, object) || outletAppositive(ctx, object.tokenEnd, end)) && cue.lemma !== 'call' && !AS_PREDICATE.has(cue.lemma)) via = viaCore(ctx, object)
      else objectStart = i
      const rest = object.tokenEnd
      // `told him the deal was dead`: the object NP may swallow the clause's subject.
      if (!(tokens[rest]?.lower !== 'that' && looksLikeClause(ctx, i, end) && !looksLikeClause(ctx, rest, end) && !isAdjunctStart(tokens[rest]?.lower))) i = rest
    }
  }
  // `asked the candidates to discuss their ideas`: a request's object and infinitive are what was asked.
  // (Not `three ways to seek enforcement: … by asking prosecutors to charge someone`: a means that may be used.)
  if (objectStart !== -1 && REQUESTING.has(cue.lemma) && tokens[cue.tokenStart - 1]?.lower !== 'by' && infinitiveAfterObject(ctx, objectStart, Math.min(end, i + 1))) return { ...fromHere(ctx, objectStart, end), via }
  // `dismissed a report that …`: the rebutted claim and its clause.
  const claim = rebuttedClaim(ctx, cue.lemma, objectStart !== -1 ? objectStart : i, end)
  if (claim !== -1) return { ...fromHere(ctx, claim, end), via }
  // `admitted to victimizing 100 people`: what was admitted to is a gerund clause.
  if (ADMITTING.has(cue.lemma) && tokens[i]?.lower === 'to' && /^[a-z]{3,}ing$/.test(tokens[i + 1]?.lower ?? '')) return { ...fromHere(ctx, i + 1, end), via }
  // `promised to cut taxes`, `vowed on Monday to fight`: a commitment's infinitive is what was promised.
  const infinitive = commitment(ctx, cue, i, end)
  if (infinitive !== -1) return { ...fromHere(ctx, infinitive, end), via }
  // Adjuncts: `to Axios`, `in an interview with CNN`, `on Monday`, `publicly`.
  const adjunctStart = i
  let setOff = false
  for (let guard = 0; guard < 6 && i < end; guard++) {
    const t = tokens[i]
    if (!isWord(t)) {
      // `told Axios, however, that …`: a parenthetical adverb between commas.
      if (tokens[i].text === ',' && PARENTHETICALS.has(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.text === ',') {
        i += 3
        continue
      }
      // `said, through an interpreter, that …`: an interruption before a that-clause or a quotation.
      const resumed = afterInterruption(ctx, i, end)
      if (resumed !== -1) {
        i = resumed
        break
      }
      // `claimed, without evidence, that …`: the comma closing an adjunct before the content clause.
      if (isComma(t) && setOff && tokens[i + 1]?.lower === 'that') {
        i++
        continue
      }
      if (isComma(t) && isWord(tokens[i + 1]) && (TIME_WORDS.has(tokens[i + 1].lower) || CONTENT_PREPOSITIONS.has(tokens[i + 1].lower) || tokens[i + 1].lower === 'without') && !looksLikeClause(ctx, i + 1, end)) {
        setOff = i === adjunctStart
        i++
        continue
      }
      break
    }
    if (TIME_WORDS.has(t.lower) || /^[a-z]+ly$/.test(t.lower) || (PLACE_ADVERBS.has(t.lower) && tokens[i + 1]?.lower === 'that')) {
      i++
      continue
    }
    // `posted a short time ago:`, `said two days ago that …`: a phrase ending in `ago` dates the cue.
    const ago = agoEnd(tokens, i, end)
    if (ago !== -1) {
      i = ago
      continue
    }
    // `said on Monday the government would …`: a time phrase takes only its time words, never the clause's subject.
    if (timePhraseAt(ctx, i)) {
      i++
      continue
    }
    if ((CONTENT_PREPOSITIONS.has(t.lower) || (setOff && t.lower === 'without')) && !(cue.entry.endsWith(' ' + t.lower))) {
      const np = nounPhraseAfter(ctx, i + 1, end)
      if (!np) break
      if (isVia(ctx, np)) via = viaCore(ctx, np)
      else via ??= addressedOutlet(ctx, np)
      // `in an interview with CNN`: keep walking into the next preposition.
      i = np.tokenEnd
      continue
    }
    break
  }
  const t = tokens[i]
  // `praised Rubio's positions and said …`: a coordinated verb follows, so the object alone is the content.
  if (objectStart !== -1 && entry?.takesNounContent && t && /^(?:and|but|or)$/.test(t.lower) && ctx.lexicon.cueForms.has(tokens[i + 1]?.lower ?? '')) {
    return { content: [{ start: tokens[objectStart].start, end: tokens[i - 1].end }], quote: quoteKind(ctx, objectStart, i), via }
  }
  // `called the plan a disgrace`, `called him “dangerous”`: calling someone something.
  // Without a predicate it is naming or phoning (`a group called Citizens United`, `called the senator`).
  if (objectStart !== -1 && cue.lemma === 'call') return callsSomething(ctx, objectStart, end) ? { ...fromHere(ctx, objectStart, predicateEnd(ctx, objectStart, end)), via } : null
  // `dismissed the governor as a poor leader`: casting someone as something is what is said (`dismissed the charges` is an act).
  // (`said … and dismissed …`: coordinated after another cue, it stays inside that cue's content.)
  if (objectStart !== -1 && AS_PREDICATE.has(cue.lemma)) {
    const predicate = afterCueAnd(ctx, cue) ? -1 : asPredicateEnd(ctx, objectStart, end)
    return predicate === -1 ? null : { ...fromHere(ctx, objectStart, predicate), via }
  }
  // `compared the levy to a robbery`: a comparison is an evaluation only with `to` after the object (`compared prices` is an act).
  if (cue.lemma === 'compare') return objectStart !== -1 && toAfterObject(ctx, objectStart, end) ? { ...fromHere(ctx, objectStart, predicateEnd(ctx, objectStart, end)), via } : null
  // `accused him of lying`: without `of` the accusation has no content (`the woman who accused him`).
  if (cue.lemma === 'accuse' && objectStart !== -1 && !hasOf(ctx, objectStart, end)) return null
  // `attacking him, choosing instead …`: a bare pronoun object with nothing after it is a target, not content.
  // (`telling them, “…”`, `asked them “…”`: a quotation after the pronoun is the content.)
  if (objectStart !== -1 && i === objectStart + 1 && /^(?:him|her|them|me|us)$/.test(tokens[objectStart].lower) && (!t || isFinalPunct(t) || (isComma(t) && !isQuoteMark(tokens[i + 1]) && tokens[i + 1]?.lower !== 'that'))) return null
  // `urges Congress to act`, `painted the showdown as ominous`: the object is what is said.
  if (objectStart !== -1 && (entry?.takesNounContent || OBJECT_CONTENT.has(cue.lemma)) && (!t || !isWord(t) || t.lower !== 'that')) {
    // `questioned his eligibility because …`: an adverbial clause after the object is no content clause of its own.
    if (!t || !isWord(t) || !looksLikeClause(ctx, i, end) || ADVERBIAL.has(t.lower)) return { ...fromHere(ctx, objectStart, coordinatedCue(ctx, i, end)), via }
  }
  // `Ida Roe agreed.` closing a paragraph: the quotation opening the next one is what she said.
  const introduced = objectStart === -1 ? introducedQuote(ctx, cue, i, end) : null
  if (introduced) return { content: [introduced], quote: 'direct', via }
  if (!t || i > end) return null
  if (isWord(t) && t.lower === 'that' && i + 1 < end) return demonstrative(ctx, i, end) ? null : { ...fromHere(ctx, i, end), via }
  if (isQuoteMark(t) && t.quote !== -1) return { ...fromHere(ctx, i, end), via }
  if ((t.text === ',' || t.text === ':') && i + 1 >= sentence.tokenEnd) {
    const next = nextParagraphQuote(ctx, sentence.paragraph, t.text === ':')
    return next ? { content: [next], quote: 'direct', via } : null
  }
  if ((t.text === ',' || t.text === ':') && isQuoteMark(tokens[i + 1]) && tokens[i + 1].quote !== -1) return { ...fromHere(ctx, i + 1, end), via }
  if (t.text === ':' && i + 1 < end) return { ...fromHere(ctx, i + 1, end), via }
  if (!isWord(t) || i >= end) return null
  const lemma = cue.lemma
  // `felt the need to act`: a modal idiom of obligation, not a thought with content.
  if (lemma === 'feel' && /^(?:need|urge|pressure|obligation|duty)$/.test(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.lower === 'to') return null
  const quoted = (t.lower === 'about' || t.lower === 'of') && objectStart === -1 ? quoteAfterTopic(ctx, i + 1, end) : -1
  if (quoted !== -1) return { ...fromHere(ctx, quoted, end), via }
  if ((t.lower === 'about' || t.lower === 'of') && TOPIC_TAKERS.has(lemma) && i + 1 < end) return { ...fromHere(ctx, i, end), via }
  // `asked the mayor about remarks she had made`, `tweeted about the debates`: for other cues `about` opens a topic, not what was said.
  // (Not `said about 400 people …`, `worried about`: a number, or a feeling's object.)
  if (t.lower === 'about' && (objectStart !== -1 || MEDIUM_VERBS.has(cue.lemma))) return null
  if (QUESTION_WORDS.has(t.lower) && (lemma === 'ask' || lemma === 'wonder' || lemma === 'question' || CLAUSE_TAKERS.has(lemma))) return { ...fromHere(ctx, i, end), via }
  // (`arguing with a guard … before the gate was shut`: after an adjunct, no content opens on `was`.)
  // `Their smiles said a lot`, `said little about the plan`: a quantity is no content.
  if (lemma === 'say' && quantityObject(ctx, i, end)) return null
  const subjectless = objectStart === -1 && i > adjunctStart && AUXILIARIES.has(t.lower)
  if (lemma === 'say' || (CLAUSE_TAKERS.has(lemma) && !subjectless && looksLikeClause(ctx, i, end))) return { ...fromHere(ctx, i, end), via }
  // `reported spending $9 million`, `denied taking the money`: a gerund clause is what is reported.
  if (gerundClause(ctx, lemma, i)) return { ...fromHere(ctx, i, end), via }
  // `a tactic Democrats hope will work`, `which he believes is true`: the clause's subject was moved out.
  if (i === cue.tokenEnd && gappedClause(lemma, t.lower) && i + 1 < end) return { ...fromHere(ctx, i, end), via }
  if (entry?.takesNounContent) return { ...fromHere(ctx, i, end), via }
  // `expect Clinton to win`: an epistemic cue with a subject and an infinitive.
  // (Not `thinks about going to Paris`: a preposition opens no subject.)
  if (EPISTEMIC.has(lemma) && !/^(?:about|of|on|over|for|with|at|in)$/.test(t.lower)) {
    const np = nounPhraseAfter(ctx, i, end)
    // (`expect electricity demand from data centres to triple`: a subject with its own modifiers.)
    if ((np && ctx.lowerWords(np).slice(1).includes('to')) || infinitiveAfterSubject(ctx, i, end)) return { ...fromHere(ctx, i, end), via }
  }
  return null
}

/** Quantity words that stand for what was said without saying it. */
const QUANTITIES = new Set(['much', 'little', 'nothing', 'something', 'plenty', 'volumes', 'everything', 'anything', 'less', 'more', 'enough'])

/** `a lot` or a quantity word at `i`, then the end of the clause or a preposition: `said little about it`. */
function quantityObject(ctx: AnnotationContext, i: number, end: number): boolean {
  const tokens = ctx.tokens
  const after = tokens[i].lower === 'a' && tokens[i + 1]?.lower === 'lot' ? i + 2 : QUANTITIES.has(tokens[i].lower) ? i + 1 : -1
  if (after === -1) return false
  return after >= end || !isWord(tokens[after]) || /^(?:about|on|to|in|at|for|with|when|since|during|after|before)$/.test(tokens[after].lower)
}

function isAdjunctStart(word: string | undefined): boolean {
  return word !== undefined && (CONTENT_PREPOSITIONS.has(word) || TIME_WORDS.has(word))
}

/** `praised the plan, then said …`: a comma and a coordinated speech verb end the object content. */
function coordinatedCue(ctx: AnnotationContext, from: number, end: number): number {
  const tokens = ctx.tokens
  for (let k = from; k + 2 < end; k++) {
    if (!isComma(tokens[k]) || !/^(?:then|and|but)$/.test(tokens[k + 1].lower)) continue
    const verb = tokens[k + 2].lower === 'then' ? tokens[k + 3] : tokens[k + 2]
    if (verb && isWord(verb) && ctx.lexicon.cueForms.has(verb.lower)) return k
  }
  return end
}

/** `compared the levy to a robbery`: `to` within a few words after the object's start. */
function toAfterObject(ctx: AnnotationContext, objectStart: number, end: number): boolean {
  for (let k = objectStart + 1; k < end && k <= objectStart + 6; k++) if (ctx.tokens[k].lower === 'to') return true
  return false
}
