import { fromHere } from '../pipeline/content.js'
import type { AnnotationContext } from '../pipeline/context.js'
import { contentEnd, isComma, isWord, nounPhraseAfter, skipBack } from '../pipeline/syntax.js'
import type { CueMatch, OffsetRange } from '../pipeline/types.js'
import type { QuoteKind } from '../schema.js'
import { adjunctEnd } from './inverted/clause.js'
import { contentBefore } from './inverted/content.js'
import { defineRule } from './rule.js'

/** `as she spoke, …`, `as the talks continued`: `as` means while; `as they call it` names, it credits nothing. */
const NOT_CREDITING = new Set(['speak', 'continue', 'go on', 'talk', 'propose', 'call'])
/** `as it's written`: a passive, no speaker. */
const CONTRACTED_BE = /['’](?:s|re)$/

/**
 * `As the Courier reported, the levy will rise.` and `The levy will rise, as
 * Ida Varga put it.`: an `as` clause with a speech verb credits the main
 * clause to its subject, like `according to`.
 */
export const asSource = defineRule({
  meta: { id: 'as-source', stage: 'attribute', description: 'Attribute the main clause to the subject of an "as X said" clause' },
  run(ctx) {
    for (const cue of ctx.cues) {
      if (cue.claimed || cue.type !== 'verb' || NOT_CREDITING.has(cue.lemma)) continue
      const found = asClause(ctx, cue)
      if (!found) continue
      // `the court said the ferry was safe, as its lawyers had argued`: the main clause reports speech of its own; the `as` clause sits in its content.
      if (finiteCueBefore(ctx, ctx.sentences[cue.sentence].tokenStart, found.as)) continue
      const content = mainClause(ctx, cue, found.as, found.next)
      if (!content) continue
      ctx.propose(
        { cue, source: found.source, content: content.content, via: found.via, quote: content.quote, confidence: 0.85, ruleId: 'as-source' },
        'an "as X said" clause credits the main clause to X',
      )
    }
  },
})

/** A finite verb cue before `as` at `end` (`said`, `argues`; not `denying`, `can be found`, `to say`). */
function finiteCueBefore(ctx: AnnotationContext, from: number, end: number): boolean {
  for (const c of ctx.cues) {
    if (c.type !== 'verb' || c.sentence !== ctx.tokens[from].sentence || c.tokenStart < from || c.tokenStart >= end) continue
    const before = ctx.tokens[c.tokenStart - 1]?.lower ?? ''
    if (!/ing$/.test(ctx.tokens[c.tokenStart].lower) && !/^(?:be|been|being|is|are|was|were|can|could|will|would|should|may|might|must|to)$/.test(before)) return true
  }
  return false
}

/** Words that only link a sentence to the one before: no part of the main clause's content. */
const DISCOURSE = new Set(['and', 'but', 'so', 'yet', 'or', 'of', 'course', 'however', 'indeed', 'still', 'also', 'moreover', 'now', 'then', 'in', 'fact', 'after', 'all', 'again', 'instead', 'meanwhile', 'plus', 'thus', 'hence', 'besides', 'furthermore'])

/** `as NP cue`, the `as` opening the sentence or following a comma, a dash or a parenthesis. */
function asClause(ctx: AnnotationContext, cue: CueMatch) {
  const tokens = ctx.tokens
  const sentence = ctx.sentences[cue.sentence]
  const j = skipBack(ctx, cue.tokenStart, sentence.tokenStart)
  // The source has one to eight words: `as The Times reported`, `as one Republican strategist put it`.
  for (let k = j - 2; k >= sentence.tokenStart && k >= j - 9; k--) {
    const t = tokens[k]
    if (!isWord(t)) return null
    // `As of the last report`: a date, not a source.
    if (t.lower !== 'as' || tokens[k + 1].lower === 'of') continue
    const opens = k === sentence.tokenStart || isComma(tokens[k - 1]) || OPENING_MARKS.has(tokens[k - 1].text) || (isWord(tokens[k - 1]) && /^(?:and|but)$/.test(tokens[k - 1].lower) && (k - 1 === sentence.tokenStart || isComma(tokens[k - 2])))
    const source = nounPhraseAfter(ctx, k + 1, j)
    if (!opens || !source || source.tokenEnd !== j || CONTRACTED_BE.test(tokens[j - 1].lower)) return null
    const after = adjunctEnd(ctx, cue)
    return after ? { as: k, source, via: after.via, next: after.index } : null
  }
  return null
}

const OPENING_MARKS = new Set(['(', '—', '–', '--'])

/**
 * `As X said, <content>.`, `<content>, as X said, <content>.` or `<content>,
 * as X said.`; `next` is the token after the cue and its adjuncts.
 */
function mainClause(ctx: AnnotationContext, cue: CueMatch, as: number, next: number): { content: OffsetRange[]; quote: QuoteKind } | null {
  const tokens = ctx.tokens
  const sentence = ctx.sentences[cue.sentence]
  const end = contentEnd(ctx, sentence)
  // `As X reported, …`, `But the cost, as X noted, is …`: the rest of the sentence after the comma,
  // and the part of the main clause before the as-clause unless it only links sentences (`Of course,`).
  if (isComma(tokens[next]) && next + 1 < end && tokens.slice(next + 1, end).some(isWord)) {
    const after = fromHere(ctx, next + 1, end)
    const before = leadingPart(ctx, sentence.tokenStart, as)
    return before ? { content: [...before, ...after.content], quote: after.quote === 'indirect' ? 'indirect' : 'mixed' } : after
  }
  // `…, as X put it.`: the clause before the comma.
  if (next >= end && as > sentence.tokenStart && isComma(tokens[as - 1])) {
    const content = contentBefore(ctx, as - 1, sentence.tokenStart)
    return content ? { content, quote: 'indirect' } : null
  }
  return null
}

/** The main clause's words before an as-clause at `as`, without linking words and the comma, or null. */
function leadingPart(ctx: AnnotationContext, start: number, as: number): OffsetRange[] | null {
  const tokens = ctx.tokens
  let from = start
  // `he thought that the rate, as he explained, was …`: the clause opens after its `that`.
  for (let k = as - 1; k > start; k--) if (tokens[k].lower === 'that' && tokens[k].quote === -1) from = Math.max(from, k + 1)
  while (from < as && (!isWord(tokens[from]) || DISCOURSE.has(tokens[from].lower))) from++
  let to = as
  while (to > from && !isWord(tokens[to - 1]) && tokens[to - 1].quote === -1) to--
  if (to <= from) return null
  return [{ start: tokens[from].start, end: tokens[to - 1].end }]
}
