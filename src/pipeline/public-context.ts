/**
 * Source kinds that only the surrounding text makes clear: an organisation
 * described as a body of governments is intergovernmental (official), and a
 * bare title (`Governor Elsa Brink`) or a description (`the bank's
 * committee`) takes the kind of the earlier source the text qualified with
 * the same word (`central bank governor`, `the central bank`).
 */
import officialData from '../lexicon/data/officials.json'
import { isCapitalized } from '../lexicon/words.js'
import type { SourceKind } from '../schema.js'
import type { AnnotationContext } from './context.js'
import { classifyPhrase, type KindDecision } from './kinds.js'
import { appositiveAfter, nounPhraseAfter } from './syntax.js'
import type { Candidate, TokenRange } from './types.js'

const MARKERS: readonly string[][] = officialData.intergovernmentalMarkers.map((m) => m.toLowerCase().split(' '))

/** Does the phrase describe a body of governments (`its 14 member governments`, `an intergovernmental forum`)? */
export function describesIntergovernmental(ctx: AnnotationContext, range: TokenRange | null | undefined): boolean {
  if (!range) return false
  const words = ctx.lowerWords(range)
  for (let i = 0; i < words.length; i++) if (MARKERS.some((m) => m.every((w, k) => words[i + k] === w))) return true
  return false
}

/** The appositive or relative clause right after a name: `, which settles disputes between …`. */
export function descriptionAfter(ctx: AnnotationContext, range: TokenRange): TokenRange | null {
  return appositiveAfter(ctx, range.tokenEnd, ctx.sentenceOf(range.tokenStart).tokenEnd)
}

/**
 * `the organisation` after `the Regional Trade Organisation, which settles
 * disputes between its member governments`: the last capitalised use of the
 * head word before the description, if the text described that body as
 * one of governments.
 */
export function intergovernmentalAntecedent(ctx: AnnotationContext, source: TokenRange): boolean {
  const words = ctx.lowerWords(source)
  if (words.length !== 2 || words[0] !== 'the') return false
  const floor = ctx.sentences[Math.max(0, ctx.sentenceOf(source.tokenStart).index - LOOKBACK_SENTENCES)].tokenStart
  for (let k = source.tokenStart - 1; k >= floor; k--) {
    const t = ctx.tokens[k]
    if (t.lower !== words[1] || !isCapitalized(t.text)) continue
    // The name runs on over `of`, `for` and capitalised words: `Organisation for Economic Co-operation`.
    let end = k + 1
    while (end < ctx.tokens.length && ctx.tokens[end].sentence === t.sentence && (isCapitalized(ctx.tokens[end].text) || /^(?:of|for|and|the|-)$/.test(ctx.tokens[end].lower))) end++
    return describesIntergovernmental(ctx, descriptionAfter(ctx, { tokenStart: k, tokenEnd: end }))
  }
  return false
}

/** How many sentences back a qualified role may be found. */
const LOOKBACK_SENTENCES = 8

/**
 * `Governor Elsa Brink` after `central bank governor`, `the bank's committee`
 * after `the central bank`: the kind of an earlier source whose phrase holds
 * `word` qualified by other words, or null.
 */
export function qualifiedEarlier(ctx: AnnotationContext, c: Candidate, word: string): SourceKind | null {
  const here = c.cue.sentence
  // Only the candidates of the last few sentences, through the per-sentence index: linear in the document.
  for (let sentence = Math.max(0, here - LOOKBACK_SENTENCES); sentence <= here; sentence++) {
    if (qualifiedIn(ctx, ctx.bySentence.get(sentence), c, word)) return 'official'
  }
  return null
}

function qualifiedIn(ctx: AnnotationContext, candidates: readonly Candidate[] | undefined, c: Candidate, word: string): boolean {
  const here = c.cue.sentence
  for (const a of candidates ?? []) {
    if (a === c || a.removed || !a.source || !a.kind || a.cue.sentence > here || here - a.cue.sentence > LOOKBACK_SENTENCES) continue
    if (a.cue.sentence === here && a.cue.tokenStart >= c.cue.tokenStart) continue
    const words = ctx.lowerWords(a.source).map((w) => w.replace(/'s$/, ''))
    const at = words.indexOf(word)
    // Qualified: the word follows a modifier that is not a determiner (`central bank governor`, `the central bank`).
    if (at > 0 && !/^(?:the|a|an|this|that)$/.test(words[at - 1]) && a.kind === 'official') return true
  }
  return false
}

const centralBankCache = new WeakMap<AnnotationContext, boolean>()

/**
 * `The Bank of Norland … The central bank's statement …`: a `Bank of X`
 * name in a story that speaks of a central bank is that central bank
 * (official). A story about a commercial bank of the same pattern says
 * `bank`, not `central bank`.
 */
export function namesCentralBank(ctx: AnnotationContext, source: TokenRange): boolean {
  const tokens = ctx.tokens
  let named = false
  for (let k = source.tokenStart; k + 2 < source.tokenEnd && !named; k++) {
    named = tokens[k].text === 'Bank' && tokens[k + 1].text === 'of' && isCapitalized(tokens[k + 2].text)
  }

  return named && speaksOfCentralBank(ctx)
}

/** `the bank's policy committee`, `the bank's chief economist` in a story about a central bank: its organs speak for it. */
export function centralBankOrgan(ctx: AnnotationContext, source: TokenRange): boolean {
  const tokens = ctx.tokens
  return source.tokenEnd - source.tokenStart > 2 && tokens[source.tokenStart].lower === 'the' && tokens[source.tokenStart + 1].lower === "bank's" && speaksOfCentralBank(ctx)
}

/** Does the story say `central bank` anywhere? (Scanned once per document.) */
export function speaksOfCentralBank(ctx: AnnotationContext): boolean {
  let mentioned = centralBankCache.get(ctx)
  if (mentioned === undefined) {
    const tokens = ctx.tokens
    mentioned = false
    // `the central bank`, `the Reserve Bank of Tavaria`, `the Federal Reserve`.
    for (let k = 0; k + 1 < tokens.length && !mentioned; k++) mentioned = (/^(?:central|reserve)$/.test(tokens[k].lower) && /^bank(?:'s)?$/.test(tokens[k + 1].lower)) || (tokens[k].text === 'Federal' && /^Reserve(?:'s)?$/.test(tokens[k + 1].text))
    centralBankCache.set(ctx, mentioned)
  }
  return mentioned
}

/** Head words of bodies that speak through their roles (`its director`, `their spokesman`). */
export const BODY_HEADS = /\b(?:group|company|firm|union|council|agency|ministry|organi[sz]ation|mission|association|federation|board|committee|party|campaign|bank|institute|foundation|coalition|alliance)\b/

/**
 * `The commission announced a recount. Its chairman said …`: the kind of the
 * body opening the sentence before, when no attribution of that sentence
 * names one; else null.
 */
export function previousSentenceBody(ctx: AnnotationContext, sentence: number): KindDecision | null {
  if (sentence === 0) return null
  const before = ctx.sentences[sentence - 1]
  const np = nounPhraseAfter(ctx, before.tokenStart, before.tokenEnd)
  if (!np || np.tokenEnd - np.tokenStart < 2) return null
  const decision = classifyPhrase(ctx, [np])
  return decision.kind && !decision.document && (decision.cls === 'official-body' || decision.cls === 'outlet' || BODY_HEADS.test(ctx.lowerWords(np).join(' '))) ? decision : null
}
