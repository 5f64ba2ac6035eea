/**
 * Is a cue word a verb here, or a noun (`a recent claim`, `the reality show
 * “…”`)? Word-class tests for verb-cues that need no tagger, and the
 * passive-with-agent cue (`was first reported by the Courier`).
 */
import type { CueEntry } from '../lexicon/compile.js'
import { AUXILIARIES, DETERMINERS, IRREGULAR_PAST, isCapitalized } from '../lexicon/words.js'
import type { AnnotationContext } from './context.js'
import { isComma, isQuoteMark, isWord } from './syntax.js'
import type { Token } from './types.js'

export const QUANTITY_NOUNS = /^(?:few|lot|third|quarter|half|fifth|majority|minority|plurality|number|handful|couple|dozen|host|slew|bunch)$/
export const QUANTIFIERS = new Set(['some', 'many', 'most', 'few', 'several', 'both', 'all', 'any', 'each'])
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'who', 'which', 'that'])
export const ADVERBS = new Set(['later', 'also', 'then', 'now', 'since', 'long', 'once', 'often', 'never', 'first', 'widely', 'still', 'already', 'previously'])

/** `the reality show “Cake Boss”`: a quotation after a base form and a lower-case word names a title; the base form is a noun (`the sign read “…”` is a past tense). */
export function titleAfterNoun(tokens: readonly Token[], next: number, previous: Token | undefined): boolean {
  return isQuoteMark(tokens[next]) && previous !== undefined && isWord(previous) && !isCapitalized(previous.text)
}

/** `a recent claim`, `another horrific attack`, `a deadly machete attack`: an indefinite article and one or two modifiers before the word. */
export function indefiniteBefore(tokens: readonly Token[], i: number): boolean {
  const article = /^(?:a|an|another)$/
  // Not `a step they believe …`, `a strategy some say …`: a pronoun or quantifier subject of a relative clause.
  const previous = tokens[i - 1]?.lower ?? ''
  if (SUBJECT_PRONOUNS.has(previous) || QUANTIFIERS.has(previous)) return false
  if (article.test(tokens[i - 2]?.lower ?? '')) return true
  const middle = tokens[i - 2]
  return isWord(middle) && !isCapitalized(middle.text) && !QUANTITY_NOUNS.test(middle.lower) && article.test(tokens[i - 3]?.lower ?? '')
}

/** `her opening remarks`, `his latest claims`: a possessive and an adjective-like modifier before the word (not `his aide says`). */
export function possessiveModified(tokens: readonly Token[], i: number): boolean {
  const modifier = tokens[i - 1]
  // (`people familiar with its thinking said`: a past tense is a verb whose subject ends in that modifier.)
  if (/ed$/.test(tokens[i].lower) || IRREGULAR_PAST.has(tokens[i].lower)) return false
  if (!isWord(modifier) || isCapitalized(modifier.text) || !/^(?:his|her|their|its|our|my|your)$/.test(tokens[i - 2]?.lower ?? '')) return false
  return /(?:ing|est|ous|ive|ic|ful)$/.test(modifier.lower) || /^(?:recent|new|own|first|final|initial|prepared|written|public|private|earlier|early|previous|repeated)$/.test(modifier.lower)
}

/** Quantifiers that take plurals: after them an -s word is a plural noun (`several reports`), never a verb. */
const PLURAL_QUANTIFIERS = new Set(['few', 'many', 'several', 'both', 'most', 'various', 'numerous'])
/** Finite auxiliaries that follow a subject's head noun: `the jobs report was released`. */
const FINITE_AFTER_NOUN = new Set(['was', 'were', 'is', 'are', 'has', 'had', 'will', 'would'])
/** Hyphenated adjectives: `stepped-up`, `long-awaited`, `long-term`, `state-run`. */
/** Adjectives of frequency, which come before nouns only: `the weekly show`, `an annual report`. */
const FREQUENCY = new Set(['daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'annual', 'nightly', 'hourly', 'biweekly', 'semiannual'])
const ADJECTIVAL_COMPOUND = /^[a-z]+-(?:[a-z]+ed|up|out|off|term|level|scale|wide|time|range|profile|style|run|owned|led|based)$/

/** Compound nouns that open with a cue word. */
const COMPOUND_HEADS = new Set(['think tank', 'think tanks', 'report card', 'report cards', 'talk show', 'talk shows', 'claims process'])

/** A cue word at `i` (`length` words, lemma `lemma`, after the word `before` of its sentence) that its neighbours make a noun. */
export function nounByNeighbours(ctx: AnnotationContext, i: number, length: number, lemma: string, before: string): boolean {
  const tokens = ctx.tokens
  const t = tokens[i]
  const previous = tokens[i - 1]
  const base = t.lower === lemma.split(' ')[0]
  const plural = /[^s]s$/.test(t.lower)
  // `after the jobs report was released`: a noun of saying after a determiner and a modifier, right before a finite auxiliary, heads its subject.
  // (Not `which critics claim was rigged`: no determiner opens that phrase.)
  if (FINITE_AFTER_NOUN.has(tokens[i + length]?.lower ?? '') && /^[a-z]+$/.test(before) && DETERMINERS.has(tokens[i - 2]?.lower ?? '') && (ctx.lexicon.nounCues.has(t.lower) || ctx.lexicon.kinds.word(t.lower)?.cls === 'document')) return true
  // `stepped-up attack ads`, `long-term forecasts`: a word after a hyphenated adjective
  // (not `the co-founder says`, `a voice-over says`: a hyphenated noun is the subject).
  if (ADJECTIVAL_COMPOUND.test(previous?.text ?? '') && (base || plural)) return true
  // `hosts the weekly show`, `its annual report`: a word after an adjective of frequency (nobody `weekly shows` a thing).
  if (FREQUENCY.has(before) && (base || plural)) return true
  // `Washington think tanks`, `a report card`: the first word of a compound noun.
  if (COMPOUND_HEADS.has(`${t.lower} ${tokens[i + length]?.lower ?? ''}`)) return true
  // `gave a few hints of`, `many claims`: a plural quantifier takes a plural verb (`few hint`).
  return PLURAL_QUANTIFIERS.has(before) && plural
}

/** `was first reported by the Courier`, `was warned by police that …`: a passive with a by-agent names its source. */
export function addPassive(ctx: AnnotationContext, i: number, length: number, entry: CueEntry): void {
  const tokens = ctx.tokens
  let k = i + length
  while (isWord(tokens[k]) && (/^[a-z]+ly$/.test(tokens[k].lower) || ADVERBS.has(tokens[k].lower))) k++
  // `responded by saying`: `by` before a gerund is a means, not an agent.
  if (tokens[k]?.lower !== 'by' || tokens[k].sentence !== tokens[i].sentence || !PASSIVE_AGENT.has(entry.lemma) || /ing$/.test(tokens[k + 1]?.lower ?? '')) return
  ctx.addCue({ tokenStart: i, tokenEnd: i + length, lemma: entry.lemma, stance: entry.stance, type: 'passive-agent', sentence: tokens[i].sentence, entry: entry.phrase, ruleId: 'verb-cues' })
}

/**
 * Verbs whose passive reports speech: not `attacked by gunmen`, `written by
 * men`, `guaranteed by law`, `challenged by a rival`, `called by a friend`.
 */
const PASSIVE_AGENT = new Set(['report', 'reveal', 'announce', 'disclose', 'note', 'describe', 'tell', 'warn', 'quote', 'claim', 'allege', 'deny', 'criticize', 'criticise', 'praise', 'condemn', 'denounce', 'dismiss', 'accuse', 'blast', 'slam', 'mock', 'recall', 'predict', 'forecast', 'document', 'confirm', 'urge', 'assure', 'advise', 'suggest', 'propose', 'dub', 'label', 'brand', 'mention', 'cite', 'decry', 'lambaste', 'ridicule', 'tout', 'hail', 'ask', 'remind', 'inform'])

const EVIDENTIAL = new Set(['show', 'find', 'indicate', 'suggest', 'reveal'])

/** `Polls in the state show …`, `Records from the 2008 cycle show …`: plural documents head the subject of an evidential verb. */
export function documentsBefore(ctx: AnnotationContext, i: number, floor: number, lemma: string): boolean {
  if (!EVIDENTIAL.has(lemma)) return false
  for (let k = i - 1; k >= floor && k >= i - 8; k--) {
    const t = ctx.tokens[k]
    if (!isWord(t)) return false
    if (/s$/.test(t.lower) && ctx.lexicon.kinds.longest([t.lower], 0)?.value.cls === 'document') return true
    // (`Polls in the state show …`: a cue word after a determiner is a noun, no verb of its own.)
    if (AUXILIARIES.has(t.lower) || (ctx.lexicon.cueForms.has(t.lower) && !DETERMINERS.has(ctx.tokens[k - 1]?.lower ?? ''))) return false
  }
  return false
}

/** `…, the Tribune reports.`, `…, paper reports`: a determiner, a name or a source word after a comma, up to four words, then the cue closing its sentence. */
export function closingTag(ctx: AnnotationContext, i: number, length: number): boolean {
  const tokens = ctx.tokens
  const after = tokens[i + length]
  if (after && after.sentence === tokens[i].sentence && !/^[.!?]$/.test(after.text)) return false
  // After a closing quotation (`“…,” a voice-over in the ad states.`) the tag may hold any words but a cue.
  const quoted = closedQuoteBefore(ctx, i)
  for (let k = i - 1; k >= 1 && k >= i - (quoted === -1 ? 4 : 6); k--) {
    if (k === quoted) return true
    if (!isWord(tokens[k])) return false
    if (/^(?:and|or)$/.test(tokens[k].lower)) return false
    if (quoted !== -1 && !ctx.lexicon.cueForms.has(tokens[k].lower)) continue
    // Every word of the tag is a determiner, a name or a source word (`the Tribune`, `Reuters`, `paper`), not a clause (`WikiLeaks clash over DNC emails`).
    if (!/^(?:the|a|an|one|local|state|paper)$/.test(tokens[k].lower) && !isCapitalized(tokens[k].text) && ctx.lexicon.kinds.word(tokens[k].lower) === undefined) return false
    if (isComma(tokens[k - 1])) return true
  }
  return false
}

/** The closing mark of a quotation ending in a comma, within six words before `i` (`…,” Roe states`), or -1. */
function closedQuoteBefore(ctx: AnnotationContext, i: number): number {
  for (let k = i - 1; k >= 1 && k >= i - 7; k--) {
    const t = ctx.tokens[k]
    if (t.kind === 'word') continue
    return isQuoteMark(t) && t.quote !== -1 && ctx.quotations[t.quote].closeToken === k && isComma(ctx.tokens[k - 1]) ? k : -1
  }
  return -1
}

/** Cues of thought and speech whose -s form before `that` and a clause's subject is a verb after a name. */
const THINKING = new Set(['fear', 'worry', 'believe', 'think', 'argue', 'insist', 'warn', 'say', 'suggest', 'note', 'claim', 'hope', 'expect', 'doubt', 'suspect', 'contend'])

/** `Ida Roe of the University of Leith fears that some wells …`: `that` at `at` opens a clause with a subject (not `the attacks that shook …`). */
export function clauseAfterThat(tokens: readonly Token[], at: number, lemma: string): boolean {
  if (!THINKING.has(lemma) || tokens[at]?.lower !== 'that') return false
  const next = tokens[at + 1]
  return isWord(next) && (isCapitalized(next.text) || /^(?:the|a|an|some|most|many|all|no|this|these|those|his|her|their|its|he|she|they|it|we|i|there)$/.test(next.lower))
}
