/**
 * Quotations ahead of a position: the quotation that opens the next
 * paragraph (content of `who said,` at a paragraph end) and the first quoted
 * token at or after a token (whether a content span holds a quotation).
 */
import type { AnnotationContext } from './context.js'
import type { CueMatch, OffsetRange } from './types.js'
import { AUXILIARIES } from '../lexicon/words.js'

/** After `who said,` / `continued:` at the end of a paragraph: the quotation that opens the next one. */
export function nextParagraphQuote(ctx: AnnotationContext, paragraph: number, colon: boolean): OffsetRange | null {
  const next = ctx.paragraphs[paragraph + 1]
  if (!next) return null
  const first = ctx.tokens[ctx.sentences[next.sentenceStart].tokenStart]
  if (first.quote !== -1 && ctx.quotations[first.quote].openToken === first.index) {
    const q = ctx.quotations[first.quote]
    return { start: q.start, end: q.end }
  }
  return colon ? { start: next.start, end: next.end } : null
}

/** Cues that, closing a paragraph without content, introduce the quotation after it: `Roe agreed.`, `Hall replied.` */
const INTRODUCERS = new Set(['agree', 'disagree', 'concur', 'continue', 'elaborate', 'explain', 'respond', 'reply', 'add', 'counter', 'retort', 'recall'])
/** Nouns of speech that may stand as the object of such a cue: `Hall continued his remarks.` */
const SPEECH_OBJECTS = new Set(['remarks', 'comments', 'criticism', 'attack', 'attacks', 'tirade', 'rant', 'argument', 'point', 'thoughts', 'explanation', 'defense', 'defence', 'praise', 'speech', 'answer'])

/**
 * `Ida Roe agreed.`, `Hall continued his scathing remarks.`: a cue that
 * closes its paragraph with nothing said (at most a noun of speech) takes
 * the quotation opening the next paragraph; `from` is the first token after
 * the cue and its adjuncts, `end` the sentence's content end.
 */
export function introducedQuote(ctx: AnnotationContext, cue: CueMatch, from: number, end: number): OffsetRange | null {
  const sentence = ctx.sentences[cue.sentence]
  const paragraph = sentence.paragraph
  if (!INTRODUCERS.has(cue.lemma) || ctx.paragraphs[paragraph].sentenceEnd !== sentence.index + 1) return null
  // Not a participle (`wasted no time responding.`: its subject is the clause's) nor a verb after an auxiliary (`how they would respond`).
  const before = ctx.tokens[cue.tokenStart - 1]?.lower ?? ''
  if (ctx.tokens[cue.tokenStart].lower.endsWith('ing') || AUXILIARIES.has(before) || before === 'to') return null
  // (Not `The fighting continues.`: going on speaks only with a noun of speech, `continued his remarks`.)
  if (cue.lemma === 'continue' && from >= end) return null
  if (from < end) {
    // Only a possessive or article, at most two modifiers, and a noun of speech.
    if (end - from > 4 || !/^(?:his|her|their|its|the|a|an)$/.test(ctx.tokens[from].lower) || !SPEECH_OBJECTS.has(ctx.tokens[end - 1].lower)) return null
    for (let k = from; k < end; k++) if (ctx.tokens[k].kind !== 'word') return null
  }
  return nextParagraphQuote(ctx, paragraph, false)
}

const nextQuotedCache = new WeakMap<AnnotationContext, Int32Array>()

/** Index of the first token at or after `from` inside a quotation (built once per document). */
export function nextQuoted(ctx: AnnotationContext, from: number): number {
  let next = nextQuotedCache.get(ctx)
  if (!next) {
    const tokens = ctx.tokens
    next = new Int32Array(tokens.length + 1)
    next[tokens.length] = tokens.length
    for (let i = tokens.length - 1; i >= 0; i--) next[i] = tokens[i].quote !== -1 ? i : next[i + 1]
    nextQuotedCache.set(ctx, next)
  }
  return from < next.length ? next[from] : ctx.tokens.length
}
