/**
 * Complements that only some cues take: the predicate of `call someone
 * something`, the `as` of `dismiss … as`, the `of` of `accuse … of`, and the
 * infinitive of a commitment (`vowed to fight`).
 */
import { TIME_WORDS, isCapitalized } from '../lexicon/words.js'
import type { AnnotationContext } from './context.js'
import { isQuoteMark, isWord } from './syntax.js'
import type { CueMatch, Token } from './types.js'

const COMMISSIVE = new Set(['promise', 'vow', 'pledge', 'swear', 'threaten'])
const CLAUSE_OPENERS = new Set(['and', 'but', 'or', 'so', 'then', 'that', 'because', 'when', 'while', 'if', 'as', 'after', 'before', 'since', 'though', 'although', 'now'])
/** `promised to the voters`: `to` before a determiner is a preposition. */
const DETERMINERS_AFTER_TO = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'them', 'him', 'me', 'us', 'voters', 'supporters'])

/** Index of `to` opening the infinitive of a commitment (`vowed to fight`), or -1. */
export function commitment(ctx: AnnotationContext, cue: CueMatch, from: number, end: number): number {
  if (!COMMISSIVE.has(cue.lemma)) return -1
  const tokens = ctx.tokens
  // `the target it pledged to reach`: a reduced relative clause names a thing, it reports no promise.
  const subject = tokens[cue.tokenStart - 1]
  const head = tokens[cue.tokenStart - 2]
  if (isWord(subject) && /^(?:he|she|it|they|we|i|you)$/.test(subject.lower) && isWord(head) && /^[a-z]+$/.test(head.text) && !CLAUSE_OPENERS.has(head.lower) && !ctx.lexicon.cueForms.has(head.lower)) return -1
  let i = from
  // Past `again`, `publicly`, `on Monday`.
  while (i < end && isWord(tokens[i]) && (TIME_WORDS.has(tokens[i].lower) || /^[a-z]+ly$/.test(tokens[i].lower) || (/^(?:on|in|at|last|this)$/.test(tokens[i].lower) && TIME_WORDS.has(tokens[i + 1]?.lower ?? '')))) i++
  // `vowed not to give up`, `promised never to return`: a negated infinitive is still what was promised.
  const negated = /^(?:not|never)$/.test(tokens[i]?.lower ?? '') && tokens[i + 1]?.lower === 'to'
  // (`promising to “sweep the cartels” out of the harbour`: a quotation may open at the verb.)
  const at = i + (negated ? 2 : 1)
  const verb = isQuoteMark(tokens[at]) ? tokens[at + 1] : tokens[at]
  if (negated) return isWord(verb) && !isCapitalized(verb.text) ? i : -1
  return tokens[i]?.lower === 'to' && isWord(verb) && !isCapitalized(verb.text) && !DETERMINERS_AFTER_TO.has(verb.lower) ? i : -1
}

/** `called the citation and the demand a threat`: a predicate noun or quotation follows the object. */
export function callsSomething(ctx: AnnotationContext, objectStart: number, end: number): boolean {
  // `called him competent`, `call it the nerd prom`: a pronoun object, then a predicate (not `called him at home`).
  const object = ctx.tokens[objectStart]
  const next = ctx.tokens[objectStart + 1]
  if (PERSONAL.test(object.lower) && objectStart + 1 < end && isWord(next) && !NOT_PREDICATE.test(next.lower) && !TIME_WORDS.has(next.lower)) return true
  for (let i = objectStart + 1; i < end && i < objectStart + 16; i++) {
    const t = ctx.tokens[i]
    if (isQuoteMark(t) || t.lower === 'a' || t.lower === 'an') return true
    // `called Clinton, his rival, an ISIS “co-founder”`: step over an appositive between commas.
    const appositive = t.text === ',' ? nextComma(ctx, i + 1, end) : -1
    if (appositive !== -1) {
      const after = ctx.tokens[appositive + 1]
      return after !== undefined && (isQuoteMark(after) || /^(?:a|an)$/.test(after.lower))
    }
    // `called him names`, `calls men derogatory names`: name-calling, not a roll call (`called the names of …`).
    if (t.lower === 'names' && i > objectStart + 1 && ctx.tokens[i - 1].lower !== 'the' && ctx.tokens[i + 1]?.lower !== 'of') return true
    if (t.kind !== 'word' && t.text !== "'") return false
    // `called the fine too small`, `called the plan unworkable`: a degree word or a plain adjective as predicate.
    if (DEGREE.has(t.lower) && isWord(ctx.tokens[i + 1]) && !/^(?:the|a|an)$/.test(ctx.tokens[i - 1].lower)) return true
    // (`called the charges unsubstantiated and fabricated`: coordinated adjectives.)
    if (ADJECTIVE.test(t.lower) && (i + 1 >= end || !isWord(ctx.tokens[i + 1]) || /^(?:and|or)$/.test(ctx.tokens[i + 1].lower))) return true
  }
  return false
}

const PERSONAL = /^(?:him|her|it|them|me|us|himself|herself|itself|themselves|myself|ourselves)$/
const NOT_PREDICATE = /^(?:at|in|on|to|from|for|with|about|after|before|during|back|up|out|off|over|into|and|or|but|because|when|while|if|that|as|by|last|this|again|yesterday|today|tonight)$/

/** The comma closing an appositive that starts at `from` (`, his rival,`, `, J. Smith,`), within a few words, or -1. */
function nextComma(ctx: AnnotationContext, from: number, end: number): number {
  const first = ctx.tokens[from]
  if (!isWord(first) || !(/^(?:a|an|the|his|her|their|its|our|my)$/.test(first.lower) || isCapitalized(first.text))) return -1
  for (let i = from; i < end && i < from + 12; i++) {
    const t = ctx.tokens[i]
    if (t.text === ',') return i
    if (t.kind !== 'word' && t.text !== '.' && t.text !== "'" && t.text !== '’' && t.text !== '-') return -1
  }
  return -1
}

const DEGREE = new Set(['too', 'very', 'deeply', 'utterly', 'completely', 'totally', 'wholly', 'grossly', 'entirely', 'absolutely', 'hugely', 'woefully', 'dangerously'])
const ADJECTIVE = /^[a-z]+(?:able|ible|ous|ful|less|ical|istic)$|^un[a-z]+(?:ed|ing)$|^(?:misguided|false|wrong|untrue|fake|bogus|premature|unfair|absurd|racist|sexist|dishonest|inaccurate|misleading)$/

/** `accused him of lying`: an `of` within reach of the object. */
export function hasOf(ctx: AnnotationContext, from: number, end: number): boolean {
  for (let i = from; i < end && i < from + 12; i++) if (ctx.tokens[i].lower === 'of') return true
  return false
}

/** Nouns of saying and of documents that `that` points at as a determiner: `denied that claim`. */
const POINTED = /^(?:claim|claims|report|reports|story|stories|account|allegation|allegations|charge|charges|characterization|characterisation|assessment|suggestion|idea|notion|view|version|statement|description|figure|number|rumor|rumour|theory|assertion|accusation|accusations|arguments?|requests?|motions?|appeals?|proposals?|plans?|offers?|approach|bid|demands?|position|reasoning|interpretation|conclusion|decision|ruling|premise|logic)$/
const ADJUNCT_OPENERS = new Set(['on', 'in', 'at', 'last', 'this', 'during', 'after', 'before', 'again', 'outright', 'publicly', 'firmly'])

/** `denied that claim`, `disputed that report on Friday`: `that` is a determiner before a noun, not a clause. */
export function demonstrative(ctx: AnnotationContext, that: number, end: number): boolean {
  const tokens = ctx.tokens
  let i = that + 1
  while (i < end && !isWord(tokens[i])) i++
  if (i >= end) return false
  // `feel that way`, `see it that way`: a pro-form for an earlier thought, no clause.
  if (tokens[i].lower === 'way') return !isWord(tokens[i + 1]) || /^(?:himself|herself|themselves|itself|myself|ourselves|too|again|now|as|about|anymore|either|still)$/.test(tokens[i + 1].lower)
  if (!POINTED.test(tokens[i].lower)) return false
  let k = i + 1
  while (k < end && !isWord(tokens[k]) && !isQuoteMark(tokens[k])) k++
  return k >= end || ADJUNCT_OPENERS.has(tokens[k].lower) || TIME_WORDS.has(tokens[k].lower)
}

export const DASHES = new Set(['—', '–', '--'])
export const PRONOUN_SUBJECT = /^(?:he|she|it|they|we|i)(?:'(?:s|re|m|ll|d|ve))?$/

/**
 * Does the `as` at `k` open a predicate (`viewed him as a threat`)? Not
 * before a degree or a manner (`as much as`, `as well`, `as if`) nor before a
 * clause's subject (`viewed the fire as he drove by`): a conjunction.
 */
export function predicateAs(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1]?.lower ?? ''
  return !NOT_PREDICATE_AFTER_AS.test(next) && !PRONOUN_SUBJECT.test(next)
}
const NOT_PREDICATE_AFTER_AS = /^(?:much|many|well|long|soon|far|if|though|of|usual|expected|part|you|there)$/

/** Cues whose clause may lose its subject to a relative clause or a question: `what scientists think is needed`. */
const GAPPED_TAKERS = new Set(['think', 'believe', 'expect', 'hope', 'fear', 'feel', 'suspect', 'predict', 'estimate', 'argue', 'claim', 'insist', 'say', 'suggest', 'worry', 'doubt', 'assume'])
const FINITE_AUXILIARIES = /^(?:will|would|could|can|might|may|should|must|is|was|are|were|has|have|had|needs?)$/

/** `which he believes will close`: a finite auxiliary right after the cue opens its subjectless clause. */
export function gappedClause(lemma: string, next: string): boolean {
  return GAPPED_TAKERS.has(lemma) && FINITE_AUXILIARIES.test(next)
}

const ADVERBIAL_EDGE = new Set(['after', 'before', 'because', 'while', 'when', 'since', 'although', 'though', 'until', 'unless', 'whereas'])

/** `called him a hero before explaining …`: the predicate ends where an adverbial clause begins. */
export function predicateEnd(ctx: AnnotationContext, from: number, end: number): number {
  for (let k = from + 1; k < end; k++) {
    const t = ctx.tokens[k]
    if (t.quote === -1 && isWord(t) && ADVERBIAL_EDGE.has(t.lower)) return ctx.tokens[k - 1].text === ',' ? k - 1 : k
  }
  return end
}

/** Cues that take a gerund clause as what they report: `reported raising $9 million`, `admitted taking the money`. */
const GERUND_TAKERS = new Set(['report', 'admit', 'deny', 'recall', 'acknowledge', 'mention', 'suggest', 'recommend', 'propose', 'concede'])
/** -ing words that are prepositions or nouns, not gerunds. */
const NOT_GERUND = /^(?:during|according|including|regarding|concerning|following|pending|nothing|something|anything|everything|building|funding|meeting|hearing|ruling|briefing|warning|morning|evening|wrongdoing|wording)$/

/** `reported spending $1 million`: an -ing word right where the content starts opens a gerund clause. */
export function gerundClause(ctx: AnnotationContext, lemma: string, i: number): boolean {
  const t = ctx.tokens[i]
  return GERUND_TAKERS.has(lemma) && isWord(t) && /^[a-z]{3,}ing$/.test(t.lower) && !NOT_GERUND.test(t.lower)
}

/** `said … and dismissed …`: a cue coordinated after another cue of its sentence. */
export function afterCueAnd(ctx: AnnotationContext, cue: CueMatch): boolean {
  return ctx.tokens[cue.tokenStart - 1]?.lower === 'and' && ctx.cues.some((c) => c.sentence === cue.sentence && c.tokenStart < cue.tokenStart)
}

/**
 * `dismissed Gov. Ann Roe as weak`: an `as` a few words after the object's
 * start, and where the predicate ends (before an adverbial clause or a dash
 * opening the writer's aside: `as a crank — a charge he denies`); -1 without `as`.
 */
export function asPredicateEnd(ctx: AnnotationContext, objectStart: number, end: number): number {
  for (let k = objectStart + 1; k < end - 1 && k <= objectStart + 8; k++) {
    if (ctx.tokens[k].lower !== 'as') continue
    if (!predicateAs(ctx.tokens, k)) return -1
    for (let d = k + 1; d < end; d++) if (ctx.tokens[d].quote === -1 && DASHES.has(ctx.tokens[d].text)) return d
    return predicateEnd(ctx, k, end)
  }
  return -1
}
