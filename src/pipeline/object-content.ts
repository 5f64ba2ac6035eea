/**
 * Content made of a cue's object: a rebutted claim with its clause
 * (`dismissed a report that …`) and a request's object with its infinitive
 * (`asked the candidates to discuss their ideas`).
 */
import { isCapitalized } from '../lexicon/words.js'
import type { AnnotationContext } from './context.js'
import { isWord } from './token-tests.js'
import type { TokenRange } from './types.js'

/** Cues that ask someone to do something: the object and its infinitive are the content. */
export const REQUESTING = new Set(['ask', 'tell', 'order', 'instruct', 'encourage', 'implore', 'beg', 'advise', 'remind', 'warn', 'direct', 'urge', 'call on', 'challenge'])

/** `told residents to leave`: a `to` and a verb follow the object, within it or right after it. */
export function infinitiveAfterObject(ctx: AnnotationContext, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (ctx.tokens[k].lower === 'to' && isWord(ctx.tokens[k + 1]) && !/^(?:the|a|an|his|her|their|its|my|our|your|this|that)$/.test(ctx.tokens[k + 1].lower)) return true
  return false
}

/** `demand from data centres in the region to triple`: up to ten words, none a comma or a relative pronoun, then an infinitive. */
export function infinitiveAfterSubject(ctx: AnnotationContext, from: number, end: number): boolean {
  for (let k = from + 1; k < end && k <= from + 10; k++) {
    const t = ctx.tokens[k]
    if (!isWord(t) || /^(?:that|which|who|whom|and|or|but)$/.test(t.lower)) return false
    if (t.lower === 'to') return infinitiveAfterObject(ctx, k - 1, k + 1)
  }
  return false
}

/** Cues that say a claim is false when their object is that claim: `dismissed a report that …`. */
const REBUTTING = new Set(['deny', 'dismiss', 'reject', 'rebut', 'refute', 'dispute', 'downplay', 'debunk', 'contradict', 'ridicule', 'mock'])
const CLAIM_HEAD = /^(?:claims?|reports?|stor(?:y|ies)|allegations?|charges?|suggestions?|ideas?|notion|rumou?rs?|theory|theories|assertions?|accusations?|speculation|talk|contention|criticism)$/

/**
 * `dismissed a report in the Courier that Roe would quit`, `denied rumors
 * that …`: a rebutting cue whose object is a claim with its that-clause says
 * the claim is false; the object and its clause are the content. The index
 * of the object's start, or -1.
 */
export function rebuttedClaim(ctx: AnnotationContext, lemma: string, from: number, end: number): number {
  if (!REBUTTING.has(lemma)) return -1
  const tokens = ctx.tokens
  let head = -1
  for (let k = from; k < end && k < from + 5 && isWord(tokens[k]); k++) {
    if (CLAIM_HEAD.test(tokens[k].lower) && !isCapitalized(tokens[k].text)) {
      head = k
      break
    }
  }
  if (head === -1) return -1
  // `a report in the Courier that …`: a short prepositional phrase may name where the claim was made.
  for (let k = head + 1; k < end && k <= head + 7; k++) {
    const t = tokens[k]
    if (!isWord(t)) return -1
    if (t.lower === 'that') return k + 2 < end ? from : -1
    if (k === head + 1 && !/^(?:in|by|from|on|of)$/.test(t.lower)) return -1
  }
  return -1
}

/** `asked the mayor about remarks she made`: the addressee ends before `about`, which opens a topic. */
export function beforeTopic(ctx: AnnotationContext, object: TokenRange | null): TokenRange | null {
  if (!object) return null
  for (let k = object.tokenStart + 1; k < object.tokenEnd; k++) if (ctx.tokens[k].lower === 'about') return { tokenStart: object.tokenStart, tokenEnd: k }
  return object
}

/** How many words a topic before a colon may run: `about the mayor's plan:`. */
const MAX_TOPIC = 6

/** `added about Carson: “…”`, `said of the mayor: “…”`: the token after the colon that closes a short topic at `from` when a quotation opens there, else -1. */
export function quoteAfterTopic(ctx: AnnotationContext, from: number, end: number): number {
  for (let k = from; k < end && k <= from + MAX_TOPIC; k++) {
    const t = ctx.tokens[k]
    if (t.text === ':') return k > from && ctx.tokens[k + 1]?.quote !== -1 && ctx.tokens[k + 1]?.kind !== 'word' ? k + 1 : -1
    if (!isWord(t) && !/^['’]$/.test(ctx.tokens[k].text)) return -1
  }
  return -1
}
