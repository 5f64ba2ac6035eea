/**
 * Small pieces of subject finding for subject-source: a name opening the
 * sentence, catenative verbs (`was able to tout`), questions to the
 * addressee, relative-clause content cut at its comma. Every walk is bounded.
 */
import { AUXILIARIES, CATENATIVES, PRONOUNS, SUBORDINATORS } from '../lexicon/words.js'
import { clauseSubject } from './clause-subject.js'
import type { AnnotationContext } from './context.js'
import { isComma, isQuoteMark, isWord, nounPhraseAfter, skipBack } from './syntax.js'
import type { TokenRange } from './types.js'

/** `House Speaker Paul Ryan, R-Wis., despite …`: a name of two words or more opening the sentence before a comma. */
export function namedSubject(ctx: AnnotationContext, start: number, limit: number): TokenRange | null {
  const np = nounPhraseAfter(ctx, start, limit)
  if (!np || np.tokenEnd - np.tokenStart < 2 || !isComma(ctx.tokens[np.tokenEnd]) || !/^\p{Lu}/u.test(ctx.tokens[np.tokenEnd - 1].text)) return null
  return OPENING_PREPOSITIONS.has(ctx.tokens[np.tokenStart].lower) ? null : np
}

const OPENING_PREPOSITIONS = new Set(['in', 'on', 'at', 'for', 'after', 'before', 'since', 'during', 'by', 'with', 'from', 'of', 'to', 'as'])


/** `He was able to tout …`: step back over `able to` (and the auxiliaries before it) to the subject. */
export function catenativeStart(ctx: AnnotationContext, j: number, floor: number): number {
  const tokens = ctx.tokens
  if (j - 2 <= floor || tokens[j - 1].lower !== 'to' || !CATENATIVES.has(tokens[j - 2].lower)) return j
  return skipBack(ctx, j - 2, floor)
}

/** `Would you think …?`, `Do you believe …?`: a question asks the addressee's view, it reports none. */
export function askedOfAddressee(ctx: AnnotationContext, source: TokenRange | null, sentence: number): boolean {
  if (!source || source.tokenEnd - source.tokenStart !== 1 || ctx.tokens[source.tokenStart].lower !== 'you') return false
  const aux = ctx.tokens[source.tokenStart - 1]
  const s = ctx.sentences[sentence]
  let last = s.tokenEnd - 1
  while (last > s.tokenStart && isQuoteMark(ctx.tokens[last])) last--
  return isWord(aux) && AUXILIARIES.has(aux.lower) && ctx.tokens[last].text === '?'
}

export function cutAtComma(ctx: AnnotationContext, span: { start: number; end: number }): { start: number; end: number } {
  for (let i = ctx.tokenAt(span.start); i < ctx.tokens.length && ctx.tokens[i].start < span.end; i++) {
    const t = ctx.tokens[i]
    // `212,000` is one number, not a clause edge.
    if (t.quote === -1 && isComma(t) && i > 0 && ctx.tokens[i + 1]?.start !== t.end) return { start: span.start, end: ctx.tokens[i - 1].end }
  }
  return span
}

export function firstWord(ctx: AnnotationContext, from: number): number {
  let i = from
  while (i < ctx.tokens.length && !isWord(ctx.tokens[i])) i++
  return i
}

/** `Mr. Schultz generally supported …`: the run of capitalised words that opens a sentence. */
export function leadingName(ctx: AnnotationContext, from: number, limit: number): TokenRange | null {
  let i = from
  while (i < limit && isWord(ctx.tokens[i]) && /^\p{Lu}/u.test(ctx.tokens[i].text) && i - from < 5) i++
  const words = i - from
  if (words < 2 && !(words === 1 && ctx.tokens[from].lower in PRONOUNS)) return null
  return { tokenStart: from, tokenEnd: i }
}

/** How many commas back a coordinated verb looks for the clause that holds its first conjunct. */
const CLAUSE_LOOKBACK = 4

/**
 * `In an interview, Rhee doubled down and said …`: the subject of the clause
 * whose verb the `and` at `and` coordinates with, from the nearest comma (or
 * the sentence start) after which a subject and a finite verb open a clause.
 */
export function coordinatedSubject(ctx: AnnotationContext, sentenceStart: number, and: number): TokenRange | null {
  let commas = 0
  for (let k = and - 1; k >= sentenceStart && commas <= CLAUSE_LOOKBACK; k--) {
    const opens = k === sentenceStart || isComma(ctx.tokens[k - 1])
    if (!opens) continue
    commas++
    const subject = clauseSubject(ctx, k, and)
    // `When asked …, X bristled and said`: an adverbial clause's opener is no subject;
    // `a boy who stared … and asked`: a relative clause's verb has the relative pronoun's antecedent.
    if (subject) return SUBORDINATORS.has(ctx.tokens[subject.tokenStart].lower) || relativeBetween(ctx, subject.tokenEnd, and) ? null : subject
  }
  return null
}

function relativeBetween(ctx: AnnotationContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (/^(?:who|whom|which)$/.test(ctx.tokens[i].lower)) return true
  return false
}

/** Verbs that put a document out: its issuer is the source of what the document says. */
const ISSUING = /^(?:issued|issues|issue|released|releases|release|sent|sends|send|posted|posts|published|publishes|circulated|circulates|put|puts|filed|files|distributed)$/

/**
 * `Black Lives Matter issued a statement saying …`: index of the issuing verb
 * when the participle at `i` follows an issued document (`a statement`,
 * `a letter`, `a memo`), or -1.
 */
export function issuedDocument(ctx: AnnotationContext, i: number): number {
  const tokens = ctx.tokens
  const noun = tokens[i - 1]
  if (!noun || !isWord(noun) || !(ctx.lexicon.nounCues.has(noun.lower) || ctx.lexicon.kinds.longest([noun.lower], 0)?.value.cls === 'document')) return -1
  let k = i - 2
  // `a statement`, `a brief statement`, `a joint statement`.
  if (isWord(tokens[k]) && !/^(?:a|an|the)$/.test(tokens[k].lower)) k--
  if (!isWord(tokens[k]) || !/^(?:a|an|the)$/.test(tokens[k].lower)) return -1
  k--
  if (isWord(tokens[k]) && tokens[k].lower === 'out') k--
  return isWord(tokens[k]) && ISSUING.test(tokens[k].lower) && tokens[k].sentence === tokens[i].sentence ? k : -1
}
