import type { AnnotationContext } from '../pipeline/context.js'
import { isOutlet, isVia, viaCore } from '../pipeline/kinds.js'
import { isComma, isWord } from '../pipeline/syntax.js'
import type { Candidate } from '../pipeline/types.js'
import { TIME_WORDS } from '../lexicon/words.js'
import { defineRule } from './rule.js'

/** How far into an outlet's content an inner attribution may start and still be what it reports. */
const FRAME_WINDOW = 40

/**
 * `According to Axios, X said …` and `Reuters reported that police said …`:
 * when an outlet frames another attribution, the inner source is the source
 * and the outlet becomes its `via`.
 */
export const outletVia = defineRule({
  meta: { id: 'outlet-via', stage: 'refine', description: 'Make an outlet that frames another attribution its via' },
  run(ctx) {
    for (const c of ctx.candidates) if (!c.removed) seenBy(ctx, c)
    for (const c of ctx.candidates) if (!c.removed && !c.via && c.source) frontedVia(ctx, c)
    for (const outer of ctx.candidates) {
      if (outer.removed || !outer.source || !isOutlet(ctx, outer.source)) continue
      if (outer.cue.type !== 'according-to' && !['report', 'say', 'write', 'learn'].includes(outer.cue.lemma)) continue
      if (citingTail(ctx, outer)) continue
      const inner = framed(ctx, outer)
      if (!inner || inner.via) continue
      inner.via = outer.source
      // `X said …, the Courier reported.`: the outlet's speech tag is not part of what X said.
      const tag = ctx.tokens[outer.source.tokenStart].start
      for (const span of inner.content) {
        if (span.start < tag && span.end > tag) {
          let k = outer.source.tokenStart - 1
          while (k > 0 && ctx.tokens[k].kind !== 'word' && ctx.tokens[k].quote === -1) k--
          span.end = ctx.tokens[k].end
        }
      }
      inner.evidence.push({ ruleId: 'outlet-via', reason: `${ctx.slice(outer.source)} reports this attribution, so it is via` })
      outer.removed = true
    }
  },
})

function framed(ctx: AnnotationContext, outer: Candidate): Candidate | undefined {
  const first = outer.content[0]
  if (!first) return undefined
  for (const inner of ctx.bySentence.get(outer.cue.sentence) ?? []) {
    if (inner === outer || inner.removed || !inner.source || inner.cue.type === 'according-to') continue
    const at = ctx.tokens[inner.source.tokenStart].start
    const inside = outer.content.some((s) => at >= s.start && at < s.end && at - s.start <= FRAME_WINDOW)
    if (inside && !isOutlet(ctx, inner.source)) return inner
  }
  return undefined
}

/** How many tokens a trailing `, citing …` phrase may run. */
const MAX_CITED = 20

/**
 * `…, the Courier reported on Sunday, citing two senior officials.`: the cited
 * phrase closing the sentence is the source and the outlet is via.
 */
function citingTail(ctx: AnnotationContext, outer: Candidate): boolean {
  const tokens = ctx.tokens
  const sentence = ctx.sentences[outer.cue.sentence]
  let end = sentence.tokenEnd
  while (end > outer.cue.tokenEnd && !isWord(tokens[end - 1])) end--
  const from = Math.max(outer.cue.tokenEnd, end - MAX_CITED - 1)
  let at = -1
  for (let i = from; i < end; i++) if (tokens[i].lower === 'citing' && isComma(tokens[i - 1])) at = i
  if (at === -1 || at + 1 >= end || outer.source!.tokenStart > at) return false
  // Everything between the outlet's cue and `citing` is adjuncts (`on Sunday`), never another clause.
  for (let i = at + 1; i < end; i++) if (isComma(tokens[i]) || tokens[i].quote !== -1) return false
  for (const c of ctx.bySentence.get(outer.cue.sentence) ?? []) if (c !== outer && c.cue.tokenStart === at) c.removed = true
  outer.via = outer.source
  outer.source = { tokenStart: at + 1, tokenEnd: end }
  outer.evidence.push({ ruleId: 'outlet-via', reason: `${ctx.slice(outer.via!)} cites ${ctx.slice(outer.source)}, so the outlet is via` })
  return true
}

/** Sentence openers naming who a speaker talked to: `In an interview with CNN,`, `Speaking to the Courier,`. */
const FRONTED = [['in', 'an', 'interview', 'with'], ['in', 'an', 'interview', 'on'], ['in', 'interviews', 'with'], ['speaking', 'to'], ['speaking', 'with'], ['in', 'comments', 'to'], ['in', 'remarks', 'to']]
const MAX_FRONTED = 8
const ADJUNCT_START = new Set(['on', 'in', 'at', 'last', 'this', 'earlier', 'late', 'during', 'after', 'before'])

/** `In an interview with the Courier, the mayor said …`: the outlet in the opener is via. */
function frontedVia(ctx: AnnotationContext, c: Candidate): void {
  const tokens = ctx.tokens
  const start = ctx.sentences[c.cue.sentence].tokenStart
  let i = start
  while (i < c.source!.tokenStart && !isWord(tokens[i])) i++
  const opener = FRONTED.find((words) => words.every((w, k) => tokens[i + k]?.lower === w))
  if (!opener) return broadcastOpener(ctx, c, i)
  const np = i + opener.length
  let comma = np
  while (comma < c.source!.tokenStart && comma - np < MAX_FRONTED && !isComma(tokens[comma])) comma++
  if (!isComma(tokens[comma]) || comma === np || c.source!.tokenStart <= comma || c.cue.tokenStart <= comma) return
  // `Speaking to Reuters on Monday,`: a time adjunct after the outlet is not part of it.
  // Matched as written, so a capitalised word stays in the name (`CBS This Morning`).
  let end = np + 1
  while (end < comma && !ADJUNCT_START.has(tokens[end].text)) end++
  const outlet = { tokenStart: np, tokenEnd: end }
  if (!isVia(ctx, outlet)) return
  c.via = outlet
  c.evidence.push({ ruleId: 'outlet-via', reason: `the speaker talked to ${ctx.slice(outlet)}, so it is via` })
}

const SEEN = new Set(['seen', 'obtained', 'reviewed', 'viewed', 'acquired', 'polled', 'surveyed', 'interviewed'])

/** `a report … seen by Kestrel News`, `economists polled by Reuters`: the outlet that saw a document or asked the sources is via, not part of the source. */
function seenBy(ctx: AnnotationContext, c: Candidate): void {
  if (!c.source || c.via) return
  for (let i = c.source.tokenStart; i + 2 < c.source.tokenEnd; i++) {
    if (!SEEN.has(ctx.tokens[i].lower) || ctx.tokens[i + 1].lower !== 'by') continue
    // `polled by Reuters last week`: the outlet's name ends where lower-case words (an adjunct) begin.
    let end = i + 3
    while (end < c.source.tokenEnd && /^\p{Lu}/u.test(ctx.tokens[end].text)) end++
    const outlet = { tokenStart: i + 2, tokenEnd: ctx.tokens[i + 2].lower === 'the' ? c.source.tokenEnd : end }
    if (!isOutlet(ctx, outlet) || i === c.source.tokenStart) return
    c.via = outlet
    c.source = { tokenStart: c.source.tokenStart, tokenEnd: i }
    c.evidence.push({ ruleId: 'outlet-via', reason: `the document was seen by ${ctx.slice(outlet)}, so it is via` })
    return
  }
}

/** Openers that place what follows on a broadcast: `During a May interview on CNBC's Squawk Box,`. */
const BROADCAST_START = new Set(['during', 'in', 'on', 'speaking', 'appearing'])
const BROADCAST_NOUN = /^(?:interview|interviews|broadcast|appearance|episode|edition|show|programme|program|podcast|segment)$/
const MAX_OPENER = 12

/**
 * `Speaking Sunday on ABC's “This Week,” Carson said …`, `On this weekend's
 * broadcast of “Fox News Sunday,” Pence said …`: an opener about a
 * broadcast names the outlet the speaker talked on.
 */
function broadcastOpener(ctx: AnnotationContext, c: Candidate, i: number): void {
  const tokens = ctx.tokens
  if (!BROADCAST_START.has(tokens[i]?.lower ?? '')) return
  let comma = i + 1
  while (comma < c.source!.tokenStart && comma - i <= MAX_OPENER && !isComma(tokens[comma])) comma++
  if (!isComma(tokens[comma]) || c.source!.tokenStart <= comma || c.cue.tokenStart <= comma) return
  const verb = tokens[i].lower === 'speaking' || tokens[i].lower === 'appearing'
  let broadcast = verb
  for (let k = i + 1; k < comma && !broadcast; k++) broadcast = BROADCAST_NOUN.test(tokens[k].lower)
  if (!broadcast) return
  for (let k = i + 1; k < comma; k++) {
    if (!isWord(tokens[k]) || !/^\p{Lu}/u.test(tokens[k].text)) continue
    // The name runs over capitalised words (`Fox News Sunday`), not into `interview Monday`.
    let end = k + 1
    while (end < comma && isWord(tokens[end]) && /^\p{Lu}/u.test(tokens[end].text) && !TIME_WORDS.has(tokens[end].lower)) end++
    const outlet = { tokenStart: k, tokenEnd: end }
    if (!isVia(ctx, outlet)) continue
    c.via = viaCore(ctx, outlet)
    c.evidence.push({ ruleId: 'outlet-via', reason: `the speaker talked on ${ctx.slice(c.via)}, so it is via` })
    return
  }
}
