/**
 * Small pieces of subject finding for subject-source: a name opening the
 * sentence, catenative verbs (`was able to tout`), questions to the
 * addressee, relative-clause content cut at its comma. Every walk is bounded.
 */
import { AUXILIARIES, CATENATIVES, PRONOUNS, SUBORDINATORS, TIME_WORDS } from '../lexicon/words.js'
import { clauseSubject } from './clause-subject.js'
import type { AnnotationContext } from './context.js'
import { clauseStart } from './clause-edges.js'
import { isComma, isQuoteMark, isWord, nounPhraseAfter, nounPhraseBefore, skipBack } from './syntax.js'
import type { CueMatch, Sentence, Token, TokenRange } from './types.js'

/** `House Speaker Paul Ryan, R-Wis., despite …`: a name of two words or more opening the sentence before a comma. */
export function namedSubject(ctx: AnnotationContext, start: number, limit: number): TokenRange | null {
  const np = nounPhraseAfter(ctx, start, limit)
  if (!np || np.tokenEnd - np.tokenStart < 2 || !isComma(ctx.tokens[np.tokenEnd]) || !/^\p{Lu}/u.test(ctx.tokens[np.tokenEnd - 1].text)) return null
  return OPENING_PREPOSITIONS.has(ctx.tokens[np.tokenStart].lower) ? null : np
}

const OPENING_PREPOSITIONS = new Set(['in', 'on', 'at', 'for', 'after', 'before', 'since', 'during', 'by', 'with', 'from', 'of', 'to', 'as'])

/** `keeps saying`, `started attacking`: a verb of aspect makes the participle its predicate. */
export const ASPECTUAL = /^(?:keep|keeps|kept|continue[sd]?|start(?:s|ed)?|began|begun|begins?|stop(?:s|ped)?|quit|resume[sd]?|finish(?:es|ed)?|spent|spends?)$/

/** `He was able to tout …`, `She went on to say …`, `began calling for …`: step back over the catenative (and the auxiliaries before it) to the subject. */
export function catenativeStart(ctx: AnnotationContext, j: number, floor: number): number {
  const tokens = ctx.tokens
  if (j - 1 > floor && /ing$/.test(tokens[j]?.lower ?? '') && ASPECTUAL.test(tokens[j - 1].lower)) return skipBack(ctx, j - 1, floor)
  if (j - 2 <= floor || tokens[j - 1].lower !== 'to') return j
  if (CATENATIVES.has(tokens[j - 2].lower)) return skipBack(ctx, j - 2, floor)
  // `went on to say`, `took to Twitter to say`, `went on television to warn`: the verb of the medium.
  const medium = mediumVerb(tokens, j - 1)
  return medium > floor ? skipBack(ctx, medium, floor) : j
}

/**
 * `took to Twitter to say`, `went on television to warn`, `used the speech to
 * argue`, `stood outside the court to say`, `held a news conference to deny`:
 * the medium or the occasion was used for the purpose, so the speech happened.
 * The index of the verb of the medium, or -1.
 */
export function mediumVerb(tokens: readonly Token[], to: number): number {
  for (let k = to - 2; k >= 0 && k >= to - 7; k--) {
    const t = tokens[k]
    if (t.kind !== 'word') {
      if (t.text === ',' || t.text === ';' || t.text === ':' || isQuoteMark(t)) return -1
      continue
    }
    const pair = `${t.lower} ${tokens[k + 1]?.lower ?? ''}`
    if (k >= to - 5 && /^(?:took|take|takes|taking) to$|^(?:went|go|goes|going) on$/.test(pair)) return k
    if (MEDIUM_PAIR.test(pair)) return k
  }
  return -1
}

/** Verb and next word of an occasion used for speech; past forms only, so `will use the hearing to ask` stays unsaid. */
const MEDIUM_PAIR = /^(?:appeared|stood|rose|returned|stepped|came) (?:on|at|before|in|outside|onto|into|up|to)$|^used (?:his|her|their|its|the|a|an|this|that)$|^(?:held|called|convened) (?:a|an)$|^took (?:the|a|an|time|pains|care|questions)$/


/** `The senator on Monday` → `The senator`: a time adjunct between a subject and its verb is not part of the subject. */
export function withoutTimeAdjunct(ctx: AnnotationContext, np: TokenRange): TokenRange {
  const tokens = ctx.tokens
  const end = np.tokenEnd
  if (end - np.tokenStart < 3 || !TIME_WORDS.has(tokens[end - 1].lower) || !/^(?:on|in|last|this|early|late)$/.test(tokens[end - 2].text)) return np
  // What the adjunct leaves behind: `released in late August`, `taken last week`, `just this month`.
  let cut = end - 2
  while (cut - np.tokenStart > 1 && (/^(?:in|on|at|just|also|even|late|early|earlier)$/.test(tokens[cut - 1].text) || /^[a-z]+(?:ed|en)$/.test(tokens[cut - 1].text))) cut--
  return { tokenStart: np.tokenStart, tokenEnd: cut }
}

const ANONYMITY = /^(?:not to be|to not be) (?:named|identified|quoted)$|^for anonymity$/

/** `who asked not to be named`, `requested anonymity`: the source's terms for speaking, not what it said. */
export function asksAnonymity(ctx: AnnotationContext, cue: CueMatch): boolean {
  if (cue.lemma !== 'ask' && cue.lemma !== 'request') return false
  const next = ctx.tokens.slice(cue.tokenEnd, cue.tokenEnd + 4).map((t) => t.lower)
  return ANONYMITY.test(next.join(' ')) || ANONYMITY.test(next.slice(0, 2).join(' ')) || next[0] === 'anonymity'
}

/** How many words the head of a restrictive relative clause may have (`Two senior officials`). */
const MAX_RESTRICTED_HEAD = 6

/**
 * `Officials who spoke on condition of anonymity said …`: when the clause
 * opens with a noun phrase and a restrictive `who` clause before the phrase
 * found at `from`, that noun phrase is the subject and the `who` clause
 * describes it.
 */
export function restrictiveSubject(ctx: AnnotationContext, from: number, sentence: Sentence): { source: TokenRange; description: TokenRange } | null {
  const tokens = ctx.tokens
  const start = clauseStart(ctx, from, sentence)
  let who = start
  while (who < from && who - start <= MAX_RESTRICTED_HEAD && isWord(tokens[who]) && !relativePronoun(tokens, who)) who++
  if (who >= from || who === start || !relativePronoun(tokens, who)) return null
  const head = nounPhraseBefore(ctx, who, start)
  if (!head || head.tokenStart !== firstWord(ctx, start)) return null
  return { source: head, description: { tokenStart: who, tokenEnd: from } }
}

/**
 * `who`, or `that`/`which` opening a relative clause with a passive or
 * perfect verb (`The polling that was done …`), not a content clause
 * (`the claim that he lied`).
 */
function relativePronoun(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i].lower
  if (t === 'who') return true
  return (t === 'that' || t === 'which') && /^(?:was|were|is|are|has|have|had)$/.test(tokens[i + 1]?.lower ?? '') && /^[a-z]+(?:ed|en|ne|wn)$/.test(tokens[i + 2]?.lower ?? '')
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

/**
 * A relative or adverbial clause's content ends at its first comma
 * (`which the board said would take a week, and …`). A comma before a second
 * that-clause joined by `and`/`but`/`or` (`noted that X, and that Y`) goes on.
 */
export function cutAtComma(ctx: AnnotationContext, span: { start: number; end: number }): { start: number; end: number } {
  const from = ctx.tokenAt(span.start)
  const thatClause = ctx.tokens[from]?.lower === 'that'
  for (let i = from; i < ctx.tokens.length && ctx.tokens[i].start < span.end; i++) {
    const t = ctx.tokens[i]
    // `212,000` is one number, not a clause edge.
    if (!isComma(t) || i === 0) continue
    if (thatClause && /^(?:and|but|or)$/.test(ctx.tokens[i + 1]?.lower ?? '') && ctx.tokens[i + 2]?.lower === 'that') continue
    if (t.quote === -1 ? ctx.tokens[i + 1]?.start !== t.end : closesQuotation(ctx, i)) return { start: span.start, end: ctx.tokens[i - 1].end }
  }
  return span
}

/** `who called it “a farce,” said …`: a comma just inside a closing quote mark ends the clause around the quotation. */
function closesQuotation(ctx: AnnotationContext, i: number): boolean {
  return ctx.quotations[ctx.tokens[i].quote]?.closeToken === i + 1
}

export function firstWord(ctx: AnnotationContext, from: number): number {
  let i = from
  while (i < ctx.tokens.length && !isWord(ctx.tokens[i])) i++
  return i
}

/** `Mr. Schultz generally supported …`: the run of capitalised words that opens a sentence. */
export function leadingName(ctx: AnnotationContext, from: number, limit: number): TokenRange | null {
  const tokens = ctx.tokens
  const capital = (k: number): boolean => k < limit && isWord(tokens[k]) && /^\p{Lu}/u.test(tokens[k].text)
  let i = from
  // `The Bank of Norland`, `Secretary of State Ana Holt`: `of` joins two capitalised runs of one name.
  while (i - from < 6 && (capital(i) || (i > from && tokens[i]?.lower === 'of' && capital(i + 1)))) i++
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
const ISSUING = /^(?:issued|issues|issue|released|releases|release|sent|sends|send|emailed|emails|forwarded|forwards|shared|shares|posted|posts|published|publishes|circulated|circulates|put|puts|filed|files|distributed|revised|revises|updated|updates|amended|amends)$/
/** Determiners of an issued document: `a statement`, `her statement` (`revised her statement saying …`). */
const DOCUMENT_DETERMINER = /^(?:a|an|the|his|her|its|their)$/

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
  if (isWord(tokens[k]) && !DOCUMENT_DETERMINER.test(tokens[k].lower)) k--
  if (!isWord(tokens[k]) || !DOCUMENT_DETERMINER.test(tokens[k].lower)) return -1
  k--
  if (isWord(tokens[k]) && tokens[k].lower === 'out') k--
  return isWord(tokens[k]) && ISSUING.test(tokens[k].lower) && tokens[k].sentence === tokens[i].sentence ? k : -1
}
