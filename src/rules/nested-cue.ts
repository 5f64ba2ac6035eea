import type { AnnotationContext } from '../pipeline/context.js'
import type { Candidate } from '../pipeline/types.js'
import { defineRule } from './rule.js'

/**
 * Only outermost attributions count: a cue inside another attribution's
 * content (`The envoy said that US officials are explaining …`, `"I don't
 * think so," she said`) makes no attribution of its own.
 */
export const nestedCue = defineRule({
  meta: { id: 'nested-cue', stage: 'refine', description: 'Drop attributions whose cue lies inside another attribution\'s content' },
  run(ctx) {
    const live = ctx.live()
    // Sweep the content spans in order; a cue inside an open span is nested.
    const spans: { start: number; end: number; owner: Candidate }[] = []
    for (const c of live) for (const s of c.content) spans.push({ start: s.start, end: s.end, owner: c })
    spans.sort((a, b) => a.start - b.start)
    const cues = live
      .filter((c) => c.cue.tokenEnd > c.cue.tokenStart)
      .map((c) => ({ at: ctx.tokens[c.cue.tokenStart].start, c }))
      .sort((a, b) => a.at - b.at)
    let k = 0
    const open: { start: number; end: number; owner: Candidate }[] = []
    for (const { at, c } of cues) {
      while (k < spans.length && spans[k].start <= at) open.push(spans[k++])
      let w = 0
      for (const s of open) if (s.end > at) open[w++] = s
      open.length = w
      const outer = open.find((s) => s.owner !== c && !s.owner.removed && s.end > at)
      if (!outer) continue
      // `X agreed that …, but he said …`: a coordinated main clause with its own source ends the content before it.
      const boundary = coordinationBefore(ctx, c)
      if (boundary !== -1 && boundary > outer.start && ctx.tokens[outer.owner.cue.tokenStart].start < boundary) {
        const span = outer.owner.content.find((s) => s.start <= boundary && s.end > boundary)
        if (span) {
          span.end = ctx.tokens[ctx.tokenAt(boundary) - 1].end
          outer.end = span.end
          continue
        }
      }
      if (trailingAccordingTo(ctx, c, outer.owner) || trailingAccordingTo(ctx, outer.owner, c)) continue
      // Mutual nesting: keep the one with more content. A sourceless `reportedly` inside a clause
      // another cue reports (`The ministry said the man had reportedly fled`) is that clause's adverb.
      const mutual = c.content.some((s) => { const o = ctx.tokens[outer.owner.cue.tokenStart]?.start ?? -1; return o >= s.start && o < s.end })
      if (mutual && (isOutletAdverb(outer.owner) !== isOutletAdverb(c) ? isOutletAdverb(outer.owner) : size(c) > size(outer.owner))) outer.owner.removed = true
      else c.removed = true
    }
  },
})

/**
 * `X said the plant will close, according to the Courier.`: the trailing
 * `according to` is an attribution of its own (the sentence as Z tells it),
 * an adjunct of the main clause; X's content ends at its comma. Returns
 * whether the pair was such a case.
 */
function trailingAccordingTo(ctx: AnnotationContext, verb: Candidate, accord: Candidate): boolean {
  if (accord.cue.type !== 'according-to' || verb.cue.type !== 'verb' || verb.cue.sentence !== accord.cue.sentence || verb.cue.tokenStart >= accord.cue.tokenStart) return false
  // `…,” according to Z`: the comma may sit inside the closing mark.
  let boundary = ctx.tokens[accord.cue.tokenStart - 1]
  const closing = boundary && boundary.quote !== -1 && ctx.quotations[boundary.quote].closeToken === boundary.index
  const comma = closing ? ctx.tokens[boundary.index - 1] : boundary
  if (!comma || comma.text !== ',' || (comma.quote !== -1 && !closing)) return false
  if (closing) boundary = ctx.tokens[boundary.index + 1]
  else boundary = comma
  const end = ctx.tokens[boundary.index - 1].end
  for (const span of verb.content) if (span.start < boundary.start && span.end > boundary.start) span.end = end
  accord.subordinate = true
  return true
}

/** `reportedly`, `is reported to`: the outlet's cue with no source in the text. */
function isOutletAdverb(c: Candidate): boolean {
  return c.cue.type === 'adverb' || c.cue.type === 'passive-report'
}

function size(c: Candidate): number {
  return c.content.reduce((n, s) => n + s.end - s.start, 0)
}

/** `, but`, `; and`, `— and`: marks that end a clause before a coordinated one. */
const CLAUSE_MARKS = new Set([',', ';', '—', '–', '--'])
const COORDINATORS = new Set(['but', 'and', 'while', 'whereas', 'although', 'though', 'yet'])

/** Offset of the `,` or `;` that opens the coordinated clause holding this attribution's source, or -1. */
function coordinationBefore(ctx: AnnotationContext, c: Candidate): number {
  // `X said …, adding that …`: a participle sharing the source ends the content at its comma.
  if (c.antecedent !== null && /ing$/.test(ctx.tokens[c.cue.tokenStart].lower)) {
    let k = c.cue.tokenStart - 1
    if (k > 0 && ctx.tokens[k].kind !== 'word' && ctx.tokens[k].quote !== -1 && ctx.tokens[k - 1].text === ',') k--
    const mark = ctx.tokens[k]
    if (mark && mark.text === ',' && mark.sentence === c.cue.sentence) return mark.start
  }
  // `His aides say it is early but noted that …`: a coordinated verb sharing its source ends the content at `but`.
  if (c.antecedent !== null && c.cue.tokenStart > 0) {
    const before = ctx.tokens[c.cue.tokenStart - 1]
    if (before.kind === 'word' && (before.lower === 'but' || before.lower === 'and') && before.sentence === c.cue.sentence) {
      const mark = ctx.tokens[c.cue.tokenStart - 2]
      return mark && mark.text === ',' ? mark.start : before.start
    }
  }
  if (!c.source) return -1
  let i = c.source.tokenStart - 1
  const t = ctx.tokens[i]
  const coordinated = t !== undefined && t.kind === 'word' && COORDINATORS.has(t.lower)
  if (coordinated) i--
  // `…,” but he said`: the comma sits inside the quotation that ends the first clause.
  const closing = ctx.tokens[i]
  const quoted = coordinated && closing !== undefined && closing.quote !== -1 && ctx.quotations[closing.quote].closeToken === i && ctx.tokens[i - 1]?.text === ','
  if (quoted) i--
  const mark = ctx.tokens[i]
  if (!mark || (mark.quote !== -1 && !quoted) || !CLAUSE_MARKS.has(mark.text) || mark.sentence !== c.cue.sentence) return -1
  if (mark.text !== ';' && !coordinated) return -1
  return mark.start
}
