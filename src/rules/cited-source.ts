import { contentAfter, quoteKind } from '../pipeline/content.js'
import type { AnnotationContext } from '../pipeline/context.js'
import { isOutlet } from '../pipeline/outlet-tests.js'
import { contentEnd, isComma, isFinalPunct, isWord, nounPhraseAfter, nounPhraseBefore, skipBack } from '../pipeline/syntax.js'
import type { CueMatch, TokenRange } from '../pipeline/types.js'
import { contentBefore } from './inverted/content.js'
import { CITING_PARTICIPLES } from '../pipeline/via.js'
import { defineRule } from './rule.js'

const MAX_CITED = 20

/**
 * `Axios cited a White House official who said …`, `cited X as saying …`,
 * `quoted X as saying …`, `the newspaper, citing X, said …` and `Citing X,
 * the newspaper reported …`: the cited person is the source and the outlet
 * that cited them is `via`.
 */
export const citedSource = defineRule({
  meta: { id: 'cited-source', stage: 'attribute', description: 'Credit the person an outlet cites, with the outlet as via' },
  run(ctx) {
    const tokens = ctx.tokens
    for (const cite of ctx.cues) {
      if (cite.claimed || cite.type !== 'verb' || (cite.lemma !== 'cite' && cite.lemma !== 'quote')) continue
      const sentence = ctx.sentences[cite.sentence]
      let cited: TokenRange | null
      let outlet: TokenRange | null
      let inner
      const citing = CITING_PARTICIPLES.has(tokens[cite.tokenStart].lower)
      const reporting = citing && isComma(tokens[cite.tokenStart - 1]) ? afterOutletCue(ctx, cite.tokenStart - 1, sentence.tokenStart) : null
      if (citing && cite.tokenStart === sentence.tokenStart) {
        // `Citing a charge sheet, the Gazette reported …`: the cited phrase runs to the comma, the outlet follows it.
        const close = citedEnd(ctx, cite.tokenEnd, sentence.tokenEnd)
        if (close === -1) continue
        cited = { tokenStart: cite.tokenEnd, tokenEnd: close }
        outlet = nounPhraseAfter(ctx, close + 1, sentence.tokenEnd)
        if (!outlet || !isOutlet(ctx, outlet)) continue
        inner = ctx.verbCueBetween(outlet.tokenEnd, outlet.tokenEnd + 3)
      } else if (reporting) {
        // `…, ValleyTV reported, citing an engineer.`, `ValleyTV reported, citing X, that …`: the outlet's own cue before the participle.
        if (creditAfterOutletCue(ctx, cite, reporting)) cite.claimed = true
        continue
      } else if (citing && isComma(tokens[cite.tokenStart - 1])) {
        // `The newspaper, citing two people briefed on the talks, said …`: the cited phrase runs to the next comma.
        const close = citedEnd(ctx, cite.tokenEnd, sentence.tokenEnd)
        if (close === -1) continue
        cited = { tokenStart: cite.tokenEnd, tokenEnd: close }
        outlet = nounPhraseBefore(ctx, cite.tokenStart - 1, sentence.tokenStart)
        // `The lawmaker, citing census data, said …`: a speaker who is no outlet stays the
        // source, and the aside names evidence, no speech of its own.
        if (!outlet || !isOutlet(ctx, outlet)) {
          cite.claimed = true
          continue
        }
        inner = ctx.verbCueBetween(close + 1, close + 3)
      } else {
        // `Axios cited X who said` / `cited X as saying`
        cited = nounPhraseAfter(ctx, cite.tokenEnd, sentence.tokenEnd)
        if (!cited) continue
        const linker = tokens[cited.tokenEnd]
        if (isWord(linker) && (linker.lower === 'who' || linker.lower === 'as')) inner = ctx.verbCueBetween(cited.tokenEnd + 1, cited.tokenEnd + 3)
        outlet = nounPhraseBefore(ctx, skipBack(ctx, cite.tokenStart, sentence.tokenStart), sentence.tokenStart)
      }
      if (!inner || !cited) continue
      const entry = ctx.cueEntry(inner)
      const found = contentAfter(ctx, inner, entry)
      if (!found) continue
      const via = outlet && isOutlet(ctx, outlet) ? outlet : found.via
      cite.claimed = true
      ctx.propose(
        { cue: inner, source: cited, content: found.content, via, quote: found.quote, confidence: 0.85, ruleId: 'cited-source' },
        via ? 'the outlet cites the source, so it is via' : 'the cited phrase is the source',
      )
    }
  },
})

/** The comma that closes a cited phrase starting at `from` (or, with `atEnd`, the sentence's final mark), or -1. */
function citedEnd(ctx: AnnotationContext, from: number, limit: number, atEnd = false): number {
  let close = from
  while (close < limit && !isComma(ctx.tokens[close]) && !(atEnd && isFinalPunct(ctx.tokens[close])) && close - from < MAX_CITED) close++
  if (atEnd && close === limit && close > from) return close
  return (isComma(ctx.tokens[close]) || (atEnd && isFinalPunct(ctx.tokens[close]))) && close > from ? close : -1
}

/** Propose the cited phrase after `, citing` as the source of the outlet's cue, its content after the phrase or before the outlet. */
function creditAfterOutletCue(ctx: AnnotationContext, cite: CueMatch, reporting: { cue: CueMatch; outlet: TokenRange }): boolean {
  const tokens = ctx.tokens
  const sentence = ctx.sentences[cite.sentence]
  const close = citedEnd(ctx, cite.tokenEnd, sentence.tokenEnd, true)
  if (close === -1) return false
  const end = contentEnd(ctx, sentence)
  const content = isComma(tokens[close]) && close + 1 < end
    ? [{ start: tokens[close + 1].start, end: tokens[end - 1].end }]
    : contentBefore(ctx, reporting.outlet.tokenStart, sentence.tokenStart)
  if (!content) return false
  ctx.propose(
    { cue: reporting.cue, source: { tokenStart: cite.tokenEnd, tokenEnd: close }, content, via: reporting.outlet, quote: quoteKind(ctx, ctx.tokenAt(content[0].start), ctx.tokenAt(content[0].end - 1) + 1), confidence: 0.85, ruleId: 'cited-source' },
    'the outlet cites the source, so it is via',
  )
  return true
}

/** `ValleyTV reported,` before a citing participle: the outlet and its verb cue ending at the comma `comma`. */
function afterOutletCue(ctx: AnnotationContext, comma: number, floor: number): { cue: CueMatch; outlet: TokenRange } | null {
  const cue = ctx.verbCueBetween(comma - 1, comma - 1)
  if (!cue || cue.tokenEnd !== comma) return null
  const outlet = nounPhraseBefore(ctx, skipBack(ctx, cue.tokenStart, floor), floor)
  return outlet && isOutlet(ctx, outlet) ? { cue, outlet } : null
}
