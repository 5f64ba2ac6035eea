/** `…,” said Jane Roe, a spokeswoman for …` / `…, says X`: the cue follows the content and precedes its source. */
import type { AnnotationContext } from '../../pipeline/context.js'
import { appositiveAfter, contentEnd, isComma, isQuoteMark, isWord, looksLikeClause, nounPhraseAfter } from '../../pipeline/syntax.js'
import type { CueMatch, TokenRange } from '../../pipeline/types.js'
import { SOCIAL_SITES } from '../../pipeline/asides.js'
import { isOutlet, isVia } from '../../pipeline/outlet-tests.js'
import { viaCore } from '../../pipeline/via.js'
import { LEADING_CONNECTIVES, TIME_WORDS, isCapitalized } from '../../lexicon/words.js'
import { QUANTITY_NOUNS } from '../../pipeline/noun-or-verb.js'
import { endsClause, quotedLead } from './clause.js'
import { contentBefore, propose, substantial } from './content.js'

const EVIDENTIAL = new Set(['show', 'find', 'indicate', 'suggest', 'reveal'])
/** Cues that often take a plain object (`deny the charges`, `confirmed the report`). */
const OBJECT_TAKERS = new Set(['deny', 'dismiss', 'confirm', 'acknowledge', 'admit', 'dispute', 'reject', 'concede', 'question'])
/** Cues that take a clause as well as a noun object: `predicted that …`. */
const CLAUSAL = new Set(['predict', 'forecast', 'lament', 'warn'])
const ADDRESSING = new Set(['tell', 'inform', 'notify', 'brief', 'assure', 'reassure', 'remind'])

/** Propose `content, cue, source`; `j` is the first token of the cue with its adverbs. */
export function cueFirst(ctx: AnnotationContext, cue: CueMatch, j: number): boolean {
  const sentence = ctx.sentences[cue.sentence]
  const tokens = ctx.tokens
  if (!(j > sentence.tokenStart && (isComma(tokens[j - 1]) || isQuoteMark(tokens[j - 1])))) return false
  // After a sentence-opening quotation any noun phrase may follow: `“…,” said election lawyer Joe Ruiz`.
  const quoted = quotedLead(ctx, j - 1, sentence.tokenStart)
  // `The survey, conducted for the Courier, found 50 percent …`: evidential verbs keep their subject before them.
  if (!quoted && EVIDENTIAL.has(cue.lemma)) return false
  // `“…,” Piet Hall, a fisherman, told the Gazette`: what follows `told` is the addressee, never a postposed subject.
  if (ADDRESSING.has(cue.lemma)) return false
  // `Ida Roe, who won her seat in May, defended the decision.`: a verb that takes its object as content never puts its subject after it.
  // (`…, predicted Ida Roe, the former mayor.`: a cue that also takes a clause inverts before a name.)
  // (Not `Ida Roe, who won her seat, predicted Tom's defeat`: the subject and its relative clause come first there.)
  const clausalBeforeName = CLAUSAL.has(cue.lemma) && isCapitalized(tokens[cue.tokenEnd]?.text ?? '') && !/^['’]/.test(tokens[cue.tokenEnd + 1]?.text ?? '') && !relativeBefore(tokens, sentence.tokenStart, j)
  if (!quoted && (ctx.cueEntry(cue)?.takesNounContent || cue.lemma === 'defend') && !clausalBeforeName) return false
  // `Ida Roe, 59, of Leith, who watched it, said the event moved her`: a clause after the cue is its content, not a postposed subject.
  if (!quoted && /^(?:the|a|an|this|that|these|those|his|her|their|its|our)$/.test(tokens[cue.tokenEnd]?.lower ?? '') && looksLikeClause(ctx, cue.tokenEnd, sentence.tokenEnd)) return false
  const whole = startsPhrase(ctx, cue.tokenEnd, quoted) ? closedParenthetical(ctx, nounPhraseAfter(ctx, cue.tokenEnd, sentence.tokenEnd)) : null
  const np = withoutMedium(ctx, beforeAside(ctx, whole))
  // `The companies, A, B and C, deny the charges.`: after a verb that takes an object, a phrase naming no one is that object.
  if (!quoted && np && OBJECT_TAKERS.has(cue.lemma) && !isCapitalized(tokens[np.tokenEnd - 1].text) && !namesSomeone(ctx, np)) return false
  let description = np && whole && np.tokenEnd === whole.tokenEnd ? appositiveAfter(ctx, np.tokenEnd, sentence.tokenEnd, true) : null
  // `said Renee Gold, 83, of Sarasota, Florida.`: appositives may follow one another.
  for (let more = 0; description && more < 3 && !endsClause(ctx, description.tokenEnd, cue); more++) {
    const next = appositiveAfter(ctx, description.tokenEnd, sentence.tokenEnd, true)
    if (!next) break
    description = { tokenStart: description.tokenStart, tokenEnd: next.tokenEnd }
  }
  // `The paradox of the plan, says Ida Roe, a historian, is that …`: a tag between a subject and its predicate.
  const resumed = !quoted && np && whole ? resumedPredicate(ctx, description ? description.tokenEnd : whole.tokenEnd, cue) : -1
  if (!np || !whole || !(endsClause(ctx, whole.tokenEnd, cue) || (description && endsClause(ctx, description.tokenEnd, cue)) || quoted || resumed !== -1)) return false
  const before = contentBefore(ctx, j - 1, sentence.tokenStart)
  const content = before && resumed !== -1 ? [...before, { start: tokens[resumed].start, end: tokens[contentEnd(ctx, sentence) - 1].end }] : before
  // `Lenz, 61, denies the charges`: a name and an age are no content.
  if (!content || !substantial(ctx, content) || subjectWithAppositive(ctx, j - 1, sentence.tokenStart) || subjectWithParticiple(ctx, j - 1, sentence.tokenStart) || descriptionWithName(ctx, j - 1, sentence.tokenStart)) return false
  const medium = np.tokenEnd < whole.tokenEnd ? { tokenStart: np.tokenEnd + 1, tokenEnd: whole.tokenEnd } : null
  propose(ctx, cue, np, description, content, medium && isVia(ctx, medium) ? viaCore(ctx, medium) : null, 'the cue follows the content and precedes its source')
  return true
}

/**
 * `The paradox, says Ida Roe, is that …`: after the tag (ending at `end`), a
 * comma and the finite verb of the subject before the tag; the verb's index,
 * else -1. The words before the tag must be a bare noun phrase, no clause.
 */
function resumedPredicate(ctx: AnnotationContext, end: number, cue: CueMatch): number {
  const tokens = ctx.tokens
  const sentence = ctx.sentences[cue.sentence]
  const verb = tokens[end + 1]
  if (!isComma(tokens[end]) || !isWord(verb) || verb.sentence !== cue.sentence || !PREDICATE_VERBS.has(verb.lower)) return -1
  return looksLikeClause(ctx, sentence.tokenStart, cue.tokenStart) ? -1 : end + 1
}

/** Verbs that resume a subject's predicate after a mid-sentence tag: `is that …`, `was never …`, `will be …`. */
const PREDICATE_VERBS = new Set(['is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'remains', 'remained', 'lies', 'lay'])

/**
 * `Megan Roe, a fellow at the Tollen Institute, said parents …`: a name and
 * its appositive before the cue are its subject, not inverted content.
 */
function subjectWithAppositive(ctx: AnnotationContext, boundary: number, sentenceStart: number): boolean {
  const tokens = ctx.tokens
  let i = sentenceStart
  if (tokens[i].quote !== -1) return false
  if (isWord(tokens[i]) && LEADING_CONNECTIVES.has(tokens[i].lower)) i++
  const nameStart = i
  while (i < boundary && isWord(tokens[i]) && isCapitalized(tokens[i].text)) i++
  if (i === nameStart || i - nameStart > 4 || !isComma(tokens[i])) return false
  // No part of what follows reads like a clause of its own.
  for (let k = i; k < boundary; k++) if (isComma(tokens[k]) && looksLikeClause(ctx, k + 1, boundary)) return false
  return true
}

/**
 * `The lawsuit, filed by two families, says …`, `A bank official, speaking on
 * condition of anonymity, said …`: a short phrase and a participle (with its
 * agent, or in -ing) are the subject.
 */
function subjectWithParticiple(ctx: AnnotationContext, boundary: number, sentenceStart: number): boolean {
  const tokens = ctx.tokens
  for (let i = sentenceStart + 1; i < boundary && i <= sentenceStart + MAX_PART; i++) {
    if (!isComma(tokens[i])) continue
    const next = tokens[i + 1]?.text ?? ''
    return (/^[a-z]+(?:ed|en)$/.test(next) && tokens[i + 2]?.lower === 'by') || (/^[a-z]+ing$/.test(next) && isComma(tokens[boundary]) && !looksLikeClause(ctx, sentenceStart, i))
  }
  return false
}

const DESCRIPTION_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our'])
const MAX_PART = 6

/**
 * `Her challenger, state Sen. Paul Dray, said …`, `The utility, Northgrid,
 * said …`, `Varga's aide, Tom Reyes, said …`: a short description and the name it
 * introduces are the subject.
 */
function descriptionWithName(ctx: AnnotationContext, boundary: number, sentenceStart: number): boolean {
  const tokens = ctx.tokens
  let i = sentenceStart
  if (isWord(tokens[i]) && LEADING_CONNECTIVES.has(tokens[i].lower)) i++
  // `Hurley's campaign manager, Ben Tosh, …`: a possessor opens a description too.
  if (!isWord(tokens[i]) || !(DESCRIPTION_OPENERS.has(tokens[i].lower) || /['’]s$/.test(tokens[i].text)) || tokens[i].quote !== -1) return false
  let comma = i + 1
  while (comma < boundary && comma - i <= MAX_PART && isWord(tokens[comma])) comma++
  if (!isComma(tokens[comma]) || comma + 1 >= boundary || boundary - comma > MAX_PART + 1) return false
  // The name part: lower-case title words (`state Sen.`, `former`), then a capitalised name to the comma.
  let named = false
  for (let k = comma + 1; k < boundary; k++) {
    if (isComma(tokens[k]) || tokens[k].quote !== -1) return false
    if (!isWord(tokens[k])) continue
    if (isCapitalized(tokens[k].text)) named = true
    else if (named) return false
  }
  return named && !looksLikeClause(ctx, i, comma)
}

/** Words that open an adjunct, not a source, after an inverted cue. */
const ADJUNCT_STARTS = new Set(['on', 'in', 'at', 'to', 'with', 'from', 'for', 'of', 'by', 'during', 'after', 'before', 'about', 'outside', 'over', 'as', 'when', 'while', 'that', 'this', 'again', 'also', 'then', 'later', 'earlier', 'last', 'recently'])

/** An inverted source opens with a name, a determiner, a number or a role word, not `of` or `later`. */
function startsPhrase(ctx: AnnotationContext, index: number, quoted: boolean): boolean {
  const t = ctx.tokens[index]
  if (!isWord(t) || TIME_WORDS.has(t.lower)) return false
  // `wrote a host of new songs`: a quantity of things is an object; `said a handful of officials` names its people after `of`.
  if (/^(?:a|an)$/.test(t.lower) && QUANTITY_NOUNS.test(ctx.tokens[index + 1]?.lower ?? '') && ctx.tokens[index + 2]?.lower === 'of') return sourceAfterOf(ctx, index + 3)
  if (quoted && !ADJUNCT_STARTS.has(t.lower) && !/ly$/.test(t.lower)) return true
  if (/^\p{Lu}/u.test(t.text) || /^\d/.test(t.text) || /^(?:the|a|an|one|two|three|several|some|many|his|her|their|its|our)$/.test(t.lower) || titledName(ctx, index)) return true
  // `says rescue chief`, `says county fire service`: a role or body word first or after one modifier (not `said of RT`).
  if (/^(?:of|about|to|in|on|at|for|with|from|by|after|before|over)$/.test(t.lower)) return false
  const words = ctx.lowerWords({ tokenStart: index, tokenEnd: Math.min(index + 3, ctx.tokens.length) })
  return ctx.lexicon.kinds.longest(words, 0) !== null || (words.length > 1 && ctx.lexicon.kinds.longest(words, 1) !== null)
}

/** A lexicon word for a source (a role, a body, an outlet, `spokesman for`) anywhere in the phrase. */
function namesSomeone(ctx: AnnotationContext, np: TokenRange): boolean {
  const words = ctx.lowerWords(np)
  for (let k = 0; k < words.length; k++) if (ctx.lexicon.kinds.longest(words, k)) return true
  return false
}

/** A name or a source word among the few words after `a handful of`. */
function sourceAfterOf(ctx: AnnotationContext, from: number): boolean {
  for (let k = from; k < from + 4 && isWord(ctx.tokens[k]); k++) {
    if (isCapitalized(ctx.tokens[k].text) || ctx.lexicon.kinds.longest([ctx.tokens[k].lower], 0)) return true
  }
  return false
}

/** `said Mr. Burman (a view echoed by everyone I interviewed)`: the phrase runs over a parenthetical to its closing bracket. */
function closedParenthetical(ctx: AnnotationContext, np: TokenRange | null): TokenRange | null {
  if (!np) return null
  const open = asideStart(ctx, np)
  if (open === -1) return np
  for (let k = open + 1; k < ctx.sentences[ctx.tokens[open].sentence].tokenEnd && k < open + 30; k++) if (ctx.tokens[k].text === ')') return { tokenStart: np.tokenStart, tokenEnd: Math.max(np.tokenEnd, k + 1) }
  return np
}

/** The source before a parenthetical aside that opens with a lower-case word (not `(R-Ill.)`). */
function beforeAside(ctx: AnnotationContext, np: TokenRange | null): TokenRange | null {
  const open = np ? asideStart(ctx, np) : -1
  return np && open !== -1 ? { tokenStart: np.tokenStart, tokenEnd: open } : np
}

function asideStart(ctx: AnnotationContext, np: TokenRange): number {
  for (let k = np.tokenStart + 1; k < np.tokenEnd; k++) if (ctx.tokens[k].text === '(' && /^\p{Ll}/u.test(ctx.tokens[k + 1]?.text ?? '')) return k
  return -1
}

/** `wrote Ana Ruiz on Facebook`, `said Ana Ruiz on CNN`: the medium after the name is no part of the source. */
function withoutMedium(ctx: AnnotationContext, np: TokenRange | null): TokenRange | null {
  if (!np) return null
  for (let k = np.tokenStart + 1; k + 1 < np.tokenEnd; k++) {
    if (ctx.tokens[k].lower !== 'on') continue
    const rest = { tokenStart: k + 1, tokenEnd: np.tokenEnd }
    if (SOCIAL_SITES.has(ctx.tokens[k + 1].text.toLowerCase()) || isOutlet(ctx, rest)) return { tokenStart: np.tokenStart, tokenEnd: k }
  }
  return np
}

/** `said film director Osman Laban`: up to three lower-case words ending in a role, then a name. */
function titledName(ctx: AnnotationContext, index: number): boolean {
  for (let k = index; k < index + 3; k++) {
    const t = ctx.tokens[k]
    if (!isWord(t) || !/^\p{Ll}/u.test(t.text)) return false
    const next = ctx.tokens[k + 1]
    if (ctx.lexicon.kinds.longest([t.lower], 0) && isWord(next) && isCapitalized(next.text)) return true
  }
  return false
}

/** A `who` or `which` between the sentence start and `j`. */
function relativeBefore(tokens: readonly { lower: string }[], from: number, j: number): boolean {
  for (let k = from; k < j; k++) if (tokens[k].lower === 'who' || tokens[k].lower === 'which') return true
  return false
}
