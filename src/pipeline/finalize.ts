/**
 * Last step: turn candidates into contract attributions and give every
 * statement its category by the coverage rule (main clause first, then the
 * most coverage, then the earliest cue).
 */
import type { AnnotationResult, Attribution, Statement } from '../schema.js'
import { categoryOf } from './category.js'
import type { AnnotationContext } from './context.js'
import { fullViaName, viaName } from './via.js'
import type { Candidate, Sentence } from './types.js'

export function finalize(ctx: AnnotationContext): AnnotationResult {
  const live = ctx.live().sort((a, b) => cueStart(ctx, a) - cueStart(ctx, b))
  const attributions: Attribution[] = live.map((c, i) => toAttribution(ctx, c, `a${i + 1}`))
  // Each candidate touches a few sentences: index them so coverage stays linear in the document.
  const touching: number[][] = ctx.sentences.map(() => [])
  live.forEach((c, i) => {
    const seen = new Set<number>()
    if (c.cue.tokenEnd > c.cue.tokenStart) seen.add(c.cue.sentence)
    for (const span of c.content) {
      if (span.end <= span.start) continue
      const first = ctx.tokens[ctx.tokenAt(span.start)].sentence
      const last = ctx.tokens[ctx.tokenAt(span.end - 1)].sentence
      for (let k = first; k <= last; k++) seen.add(k)
    }
    for (const k of seen) touching[k]?.push(i)
  })
  const statements: Statement[] = ctx.sentences.map((s) => toStatement(ctx, s, live, touching[s.index], attributions))
  return { statements, attributions }
}

function cueStart(ctx: AnnotationContext, c: Candidate): number {
  return c.cue.tokenStart < ctx.tokens.length ? ctx.tokens[c.cue.tokenStart].start : Number.MAX_SAFE_INTEGER
}

function toAttribution(ctx: AnnotationContext, c: Candidate, id: string): Attribution {
  const kind = c.kind ?? 'party'
  const sourceSpan = c.source ? ctx.offsets(c.source) : null
  const sourceText = c.source ? ctx.slice(c.source) : null
  const cueSpan = c.cue.tokenEnd > c.cue.tokenStart ? ctx.offsets(c.cue) : null
  const viaRange = c.via ? viaName(ctx, c.via) : null
  const viaSpan = viaRange ? ctx.offsets(viaRange) : null
  return {
    id,
    category: c.category ?? categoryOf(kind, c.cue.stance),
    source: {
      span: sourceSpan,
      text: sourceText,
      kind,
      anonymous: c.anonymous ?? false,
      name: c.sourceName,
    },
    cue: {
      span: cueSpan,
      text: cueSpan ? ctx.text.slice(cueSpan.start, cueSpan.end) : null,
      lemma: c.cue.lemma,
      stance: c.cue.stance,
    },
    content: { spans: c.content.map((s) => ({ start: s.start, end: s.end })) },
    via: viaSpan ? { span: viaSpan, text: ctx.text.slice(viaSpan.start, viaSpan.end), name: c.viaName ?? (viaRange && fullViaName(ctx, viaRange)) ?? ctx.text.slice(viaSpan.start, viaSpan.end) } : null,
    quote: c.quote,
    confidence: Math.round(c.confidence * 100) / 100,
    ruleId: c.ruleId,
    evidence: c.evidence.map((e) => ({ ...e })),
  }
}

interface Cover {
  index: number
  main: boolean
  overlap: number
  cue: number
}

function toStatement(ctx: AnnotationContext, s: Sentence, live: Candidate[], near: number[], attributions: Attribution[]): Statement {
  const covers: Cover[] = []
  const length = s.end - s.start
  // `….`, `* * *`: a statement without a letter or a digit says nothing to credit.
  const says = /[\p{L}\p{N}]/u.test(ctx.text.slice(s.start, s.end))
  for (const i of says ? near : []) {
    const c = live[i]
    let overlap = 0
    for (const span of c.content) overlap += Math.max(0, Math.min(span.end, s.end) - Math.max(span.start, s.start))
    const cueHere = c.cue.tokenEnd > c.cue.tokenStart && c.cue.sentence === s.index
    if (overlap === 0 && !cueHere) continue
    // With its cue elsewhere, an attribution covers a statement that lies (mostly) inside its content, not one a scare quote touches.
    if (!cueHere && overlap * 2 <= length) continue
    if (c.subordinate) {
      // A cue in a subordinate clause covers only when its relation is most of the sentence.
      const extent = extentIn(ctx, c, s)
      if (extent * 2 <= length) continue
    }
    covers.push({ index: i, main: cueHere && !c.subordinate, overlap: overlap + (cueHere ? 1 : 0), cue: cueStart(ctx, c) })
  }
  covers.sort((a, b) => Number(b.main) - Number(a.main) || b.overlap - a.overlap || a.cue - b.cue)
  const best = covers[0]
  return {
    id: `s${s.index + 1}`,
    span: { start: s.start, end: s.end },
    text: ctx.text.slice(s.start, s.end),
    category: best ? attributions[best.index].category : 'unattributed',
    attributionIds: covers.map((c) => attributions[c.index].id),
    heading: s.heading,
  }
}

/** Characters of the sentence taken by the source, cue and content together (their union, not their hull). */
function extentIn(ctx: AnnotationContext, c: Candidate, s: Sentence): number {
  const parts: [number, number][] = []
  const add = (a: number, b: number): void => {
    const x = Math.max(a, s.start)
    const y = Math.min(b, s.end)
    if (x < y) parts.push([x, y])
  }
  for (const span of c.content) add(span.start, span.end)
  if (c.source) add(ctx.tokens[c.source.tokenStart].start, ctx.tokens[c.source.tokenEnd - 1].end)
  if (c.cue.tokenEnd > c.cue.tokenStart) add(ctx.tokens[c.cue.tokenStart].start, ctx.tokens[c.cue.tokenEnd - 1].end)
  parts.sort((a, b) => a[0] - b[0])
  let total = 0
  let reach = -1
  for (const [x, y] of parts) {
    if (y <= reach) continue
    total += y - Math.max(x, reach)
    reach = y
  }
  return total
}
