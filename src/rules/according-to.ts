import { quoteKind } from '../pipeline/content.js'
import { appositiveAfter, contentEnd, isComma, looksLikeClause, nounPhraseAfter } from '../pipeline/syntax.js'
import type { AnnotationContext } from '../pipeline/context.js'
import { classifyPhrase } from '../pipeline/kinds.js'
import type { OffsetRange, TokenRange } from '../pipeline/types.js'
import { AUXILIARIES, PRONOUNS } from '../lexicon/words.js'
import { withoutTimeAdjunct } from '../pipeline/subject-parts.js'
import { isOutlet } from '../pipeline/outlet-tests.js'
import { CITING_PARTICIPLES } from '../pipeline/via.js'
import { defineRule } from './rule.js'

/**
 * `According to X, …` and `…, according to X.`: X is the source and the
 * rest of the sentence its content (on both sides of a medial cue). `per X`
 * and `by X's count` (`By the Courier's tally, …`, `…, by one estimate`)
 * after a comma or opening the sentence are read the same way.
 */
export const accordingTo = defineRule({
  meta: { id: 'according-to', stage: 'attribute', description: 'Attribute a sentence to the complement of "according to"' },
  run(ctx) {
    const tokens = ctx.tokens
    for (let i = 0; i + 1 < tokens.length; i++) {
      const t = tokens[i]
      if (t.quote !== -1) continue
      const sentence = ctx.sentences[t.sentence]
      // `…, per two people briefed on the talks.`, `Per the Courier, …`: `per` as a preposition of sourcing.
      const length = t.lower === 'according' && tokens[i + 1].lower === 'to' ? 2 : (t.lower === 'per' || t.lower === 'by') && perSourcing(ctx, i, sentence.tokenStart) ? 1 : 0
      if (length === 0 || tokens[i + length - 1].sentence !== t.sentence) continue
      // `according to a report on Wednesday`: the time adjunct dates the report, it is not part of the source.
      const phrase = nounPhraseAfter(ctx, i + length, sentence.tokenEnd)
      if (t.lower === 'by' && !countPhrase(ctx, phrase)) continue
      const source = phrase && withoutTimeAdjunct(ctx, phrase)
      // `according to according to …`: a cue is never its own source.
      if (!phrase || !source || tokens[source.tokenStart].lower === 'according') continue
      if (length === 1 && !sourceLike(ctx, source)) continue
      // `according to plan`: a bare common noun is a manner, not a source.
      const only = tokens[source.tokenStart]
      if (source.tokenEnd - source.tokenStart === 1 && !/^\p{Lu}/u.test(only.text) && !/s$/.test(only.lower) && !(only.lower in PRONOUNS) && !ctx.lexicon.kinds.longest([only.lower], 0)) continue
      const end = contentEnd(ctx, sentence)
      const spans: OffsetRange[] = []
      let before = i
      while (before > sentence.tokenStart && isComma(tokens[before - 1])) before--
      if (before > sentence.tokenStart) spans.push({ start: tokens[sentence.tokenStart].start, end: tokens[before - 1].end })
      // `according to Tradeline, a market data company`: an appositive with a kind of its own describes the source.
      const description = describing(ctx, phrase.tokenEnd, end)
      let after = description ? description.tokenEnd : phrase.tokenEnd
      while (after < end && isComma(tokens[after])) after++
      // `According to the Gazette, citing a port official, the ferry …`: the outlet cites the source, so it is via.
      const cited = isOutlet(ctx, source) ? citedAside(ctx, after, end) : null
      if (cited) {
        after = cited.tokenEnd + 1
        for (const other of ctx.cues) if (other.tokenStart === cited.tokenStart - 1) other.claimed = true
      }
      // `X leads by 271 delegates according to the AP, but Y has vowed …`: a coordinated clause after it is no part of what the source vouches for.
      const coordinated = spans.length > 0 && /^(?:but|and|while|although|though|whereas|yet|so)$/.test(tokens[after]?.lower ?? '')
      if (after < end && !coordinated) spans.push({ start: tokens[after].start, end: tokens[end - 1].end })
      if (spans.length === 0) continue
      // `according to one report, …`: a cue word inside the source phrase is its noun, no verb of its own.
      for (const other of ctx.cues) if (other.sentence === t.sentence && other.tokenStart >= source.tokenStart && other.tokenStart < source.tokenEnd) other.claimed = true
      const cue = ctx.addCue({ tokenStart: i, tokenEnd: i + length, lemma: 'according to', stance: 'neutral', type: 'according-to', sentence: t.sentence, entry: 'according to', ruleId: 'according-to' })
      const quote = spans.length === 1 ? quoteKind(ctx, ctx.tokenAt(spans[0].start), ctx.tokenAt(spans[0].end - 1) + 1) : 'indirect'
      if (cited) ctx.propose({ cue, source: cited, content: spans, via: source, quote, confidence: 0.85, ruleId: 'according-to' }, 'the outlet cites the source, so it is via')
      else ctx.propose({ cue, source, sourceDescription: description, content: spans, quote, confidence: 0.9, ruleId: 'according-to' }, '"according to" names the source of the sentence')
    }
  },
})

/** `citing a port official,` at `at`: the cited phrase up to its closing comma, or null. */
function citedAside(ctx: AnnotationContext, at: number, end: number): TokenRange | null {
  if (!CITING_PARTICIPLES.has(ctx.tokens[at]?.lower ?? '')) return null
  let close = at + 1
  while (close < end && !isComma(ctx.tokens[close]) && close - at <= 12) close++
  return close < end && isComma(ctx.tokens[close]) && close > at + 1 ? { tokenStart: at + 1, tokenEnd: close } : null
}

/** An appositive after the source that ends the sentence or a comma, has no auxiliary and has a kind (`a market data company`). */
function describing(ctx: AnnotationContext, at: number, end: number): TokenRange | null {
  const description = appositiveAfter(ctx, at, end)
  if (!description || description.tokenEnd > end || (description.tokenEnd < end && !isComma(ctx.tokens[description.tokenEnd]))) return null
  // (`a group based in Venn` is still a description: a participle before its preposition is no finite verb;
  // `the firm billed the city` is a clause.)
  for (let k = description.tokenStart; k < description.tokenEnd; k++) if (AUXILIARIES.has(ctx.tokens[k].lower)) return null
  if (looksLikeClause(ctx, description.tokenStart, description.tokenEnd) && !reducedRelative(ctx, description)) return null
  if (classifyPhrase(ctx, [description]).kind === null) return null
  return description
}

/** `a group based in Venn`, `a firm funded by donors`: an -ed participle right before a preposition. */
function reducedRelative(ctx: AnnotationContext, range: TokenRange): boolean {
  for (let k = range.tokenStart + 1; k + 1 < range.tokenEnd; k++) {
    if (/^[a-z]+ed$/.test(ctx.tokens[k].lower)) return /^(?:in|by|at|on|near|from|with|for)$/.test(ctx.tokens[k + 1].lower)
  }
  return false
}

/** Nouns of counting that make `by` a preposition of sourcing: `By the AP's tally, …`. */
const COUNTS = new Set(['count', 'tally', 'estimate', 'estimates', 'calculation', 'calculations', 'reckoning', 'projection', 'projections', 'measure', 'analysis'])

/** `By the Courier's tally, …`, `…, by one estimate`: the phrase after `by` ends in a noun of counting. */
function countPhrase(ctx: AnnotationContext, phrase: TokenRange | null): boolean {
  return phrase !== null && phrase.tokenEnd - phrase.tokenStart <= 6 && COUNTS.has(ctx.tokens[phrase.tokenEnd - 1].lower)
}

/** `…, per X` or `Per X, …`; not `3 per cent` or `as per`. */
function perSourcing(ctx: AnnotationContext, i: number, sentenceStart: number): boolean {
  return i === sentenceStart || isComma(ctx.tokens[i - 1])
}

/** A source, not a rate: a name, or a phrase with a role, outlet or document word (`two people briefed on the talks`, `the Courier`). */
function sourceLike(ctx: AnnotationContext, source: TokenRange): boolean {
  return /^\p{Lu}/u.test(ctx.tokens[source.tokenEnd - 1].text) || classifyPhrase(ctx, [source]).kind !== null
}
