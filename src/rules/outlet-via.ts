import { REQUESTING } from '../pipeline/object-content.js'
import type { AnnotationContext } from '../pipeline/context.js'
import { isOutlet, isVia } from '../pipeline/outlet-tests.js'
import { CITING_PARTICIPLES, viaCore } from '../pipeline/via.js'
import { SUBORDINATORS, TIME_WORDS } from '../lexicon/words.js'
import { isComma, isWord } from '../pipeline/syntax.js'
import type { Candidate, TokenRange } from '../pipeline/types.js'
import { seenBy } from './outlet/seen-by.js'
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
    // `The Times reported that Calder’s team had asked embassies to send observers`: a request reported is the outlet's news, not a statement it relays.
    if (REQUESTING.has(inner.cue.lemma) && requestContent(ctx, inner)) continue
    // `The Courier reported that the attackers had demanded 3 million crowns`: a demand for a thing is the outlet's news too.
    if (DEMANDING.has(inner.cue.lemma) && !clausalContent(ctx, inner)) continue
    const at = ctx.tokens[inner.source.tokenStart].start
    // `"…," Roe said in a bill, according to the Star.`, `Trump said: "…," the Times reported.`: a closing `according to`
    // or outlet tag frames the whole attribution before it.
    const closing = (outer.cue.type === 'according-to' || outer.ruleId === 'inverted-source') && inner.cue.tokenStart < outer.cue.tokenStart && !inner.subordinate
    const span = outer.content.find((s) => at >= s.start && at < s.end && (closing || at - s.start <= FRAME_WINDOW))
    // (`Local reports said residents had received letters warning them …`: a participle or relative clause inside the content is not its main clause.)
    if (span && !isOutlet(ctx, inner.source) && (closing || (!inner.subordinate && !subordinateBetween(ctx, span.start, inner.source.tokenStart)))) return inner
  }
  return undefined
}

/** `reported the email came hours after Trump proposed …`: a speaker inside an adverbial clause is not what the outlet reports. */
function subordinateBetween(ctx: AnnotationContext, from: number, sourceStart: number): boolean {
  for (let i = ctx.tokenAt(from); i < sourceStart; i++) {
    const t = ctx.tokens[i]
    if (isWord(t) && SUBORDINATORS.has(t.lower) && i > ctx.tokenAt(from)) return true
  }
  return false
}

/** How many tokens a trailing `, citing …` phrase may run. */
const MAX_CITED = 20

/**
 * `…, the Courier reported on Sunday, citing two senior officials.` (or
 * `quoting a party official`): the cited phrase closing the sentence is the
 * source and the outlet is via.
 */
function citingTail(ctx: AnnotationContext, outer: Candidate): boolean {
  const tokens = ctx.tokens
  const sentence = ctx.sentences[outer.cue.sentence]
  let end = sentence.tokenEnd
  while (end > outer.cue.tokenEnd && !isWord(tokens[end - 1])) end--
  const from = Math.max(outer.cue.tokenEnd, end - MAX_CITED - 1)
  let at = -1
  for (let i = from; i < end; i++) if (CITING_PARTICIPLES.has(tokens[i].lower) && isComma(tokens[i - 1])) at = i
  if (at === -1 || at + 1 >= end || outer.source!.tokenStart > at) return false
  // Everything between the outlet's cue and `citing` is adjuncts (`on Sunday`), never another clause.
  for (let i = at + 1; i < end; i++) if (isComma(tokens[i]) || tokens[i].quote !== -1) return false
  for (const c of ctx.bySentence.get(outer.cue.sentence) ?? []) if (c !== outer && c.cue.tokenStart === at) c.removed = true
  outer.via = outer.source
  outer.source = { tokenStart: at + 1, tokenEnd: end }
  outer.evidence.push({ ruleId: 'outlet-via', reason: `${ctx.slice(outer.via!)} cites ${ctx.slice(outer.source)}, so the outlet is via` })
  return true
}

/**
 * An adjunct naming the medium of the speech, opening the sentence or set
 * off after the source: `In an interview with CNN,`, `During an appearance on
 * Fox's Sunday show,`, `On Sunday's broadcast of Face the Nation,`, `Asked by
 * the Courier whether …,`, `The mayor, speaking to Reuters, said …`. A
 * participle of talking links straight to its outlet; otherwise a noun of a
 * media event must come before the linking preposition.
 */
const OPENER_START = new Set(['in', 'during', 'on', 'at', 'speaking', 'appearing', 'talking', 'interviewed', 'asked'])
const TALKING = new Set(['speaking', 'appearing', 'talking', 'interviewed', 'asked'])
const MEDIA_EVENT = new Set(['interview', 'interviews', 'appearance', 'appearances', 'broadcast', 'edition', 'episode', 'segment', 'remarks', 'comments', 'conversation', 'sit-down', 'podcast', 'telecast', 'show'])
const LINK = new Set(['with', 'to', 'on', 'of', 'by'])
const MAX_OPENER = 16
/** Where the outlet's name stops: a time or place adjunct or a question after it. Matched as written, so a capitalised word stays in the name (`CBS This Morning`). */
const ADJUNCT_START = new Set(['on', 'in', 'at', 'last', 'this', 'earlier', 'late', 'during', 'after', 'before', 'about', 'that', 'whether', 'if', 'why', 'how', 'what', 'when', 'who', 'where', 'which'])

function frontedVia(ctx: AnnotationContext, c: Candidate): void {
  const tokens = ctx.tokens
  const source = c.source!
  let i = ctx.sentences[c.cue.sentence].tokenStart
  while (i < source.tokenStart && !isWord(tokens[i])) i++
  // `The mayor, speaking to Reuters, said …`: a participle set off between the source and its cue
  // (`…, while being interviewed on Kestrel Radio, …`: after a subordinator and `being`).
  if (!OPENER_START.has(tokens[i]?.lower)) {
    i = source.tokenEnd + 1
    if (/^(?:while|when)$/.test(tokens[i]?.lower ?? '')) i++
    if (tokens[i]?.lower === 'being') i++
    if (!isComma(tokens[source.tokenEnd]) || !TALKING.has(tokens[i]?.lower) || i >= c.cue.tokenStart) return
  }
  let comma = i + 1
  while (comma < c.cue.tokenStart && comma - i < MAX_OPENER && !isComma(tokens[comma])) comma++
  if (!isComma(tokens[comma]) || c.cue.tokenStart <= comma || (i < source.tokenStart && source.tokenStart <= comma)) return
  // `Speaking to Reuters`, `Asked by CNN`: the participle's own preposition; `asked about …` names no outlet.
  const talking = TALKING.has(tokens[i].lower)
  // `Speaking Sunday on ABC`: time words may come between the participle and its preposition.
  let link = i + 1
  while (link < comma && TIME_WORDS.has(tokens[link].lower)) link++
  let media = false
  for (let k = i + 1; k < comma; k++) {
    const word = tokens[k].lower
    if (MEDIA_EVENT.has(word)) media = true
    if (!(media || (talking && k === link)) || !LINK.has(word)) continue
    let outlet = outletAfter(ctx, k + 1, comma)
    if (!outlet) continue
    // `on the Morning Line programme on Radio Quay`: the network that carries a programme names the outlet.
    const network = tokens[outlet.tokenEnd]?.lower === 'on' ? outletAfter(ctx, outlet.tokenEnd + 1, comma) : undefined
    if (network) outlet = network
    c.via = outlet
    c.evidence.push({ ruleId: 'outlet-via', reason: `the speaker talked to ${ctx.slice(outlet)}, so it is via` })
    return
  }
}

/** The outlet named from `from` up to a time adjunct or `end`, or its possessive owner (`CBS's Face the Nation` → `CBS`). */
function outletAfter(ctx: AnnotationContext, from: number, end: number): TokenRange | undefined {
  const tokens = ctx.tokens
  while (from < end && !isWord(tokens[from])) from++
  let stop = from + 1
  while (stop < end && !ADJUNCT_START.has(tokens[stop].text) && !dayPart(ctx, stop)) stop++
  while (stop > from && !isWord(tokens[stop - 1])) stop--
  if (stop <= from) return undefined
  const whole = { tokenStart: from, tokenEnd: stop }
  if (isVia(ctx, whole)) return viaCore(ctx, whole)
  for (let k = from; k < stop; k++) {
    if (!tokens[k].lower.endsWith("'s")) continue
    const owner = { tokenStart: from, tokenEnd: k + 1 }
    return isVia(ctx, owner) ? owner : undefined
  }
  return undefined
}

const WEEKDAYS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/
const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night'])

/** `on Kestrel News Monday morning`: a weekday with a part of the day ends the outlet's name (`Kestrel News Sunday` keeps its day). */
function dayPart(ctx: AnnotationContext, i: number): boolean {
  return WEEKDAYS.test(ctx.tokens[i].lower) && DAY_PARTS.has(ctx.tokens[i + 1]?.lower ?? '')
}

/** Cues that demand a thing (`demanded a ransom`) as well as say something (`demanded that …`). */
const DEMANDING = new Set(['demand', 'request'])

/** The inner attribution's content opens with `that`, `whether` or a quotation mark. */
function clausalContent(ctx: AnnotationContext, inner: Candidate): boolean {
  const first = inner.content[0]
  return first !== undefined && /^(?:that\b|whether\b|["“'‘])/.test(ctx.text.slice(first.start, first.start + 8))
}

/** The inner attribution's content is an object and an infinitive (`embassies to send observers`), not a clause or a quotation. */
function requestContent(ctx: AnnotationContext, inner: Candidate): boolean {
  const first = inner.content[0]
  if (!first) return false
  const words = ctx.text.slice(first.start, Math.min(first.end, first.start + 80)).split(/\s+/).slice(0, 6)
  return !/^(?:that|whether|if|["“'‘])/.test(words[0] ?? '') && words.includes('to')
}
