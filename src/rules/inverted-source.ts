import { quoteKind } from '../pipeline/content.js'
import type { AnnotationContext } from '../pipeline/context.js'
import { isOutlet, isVia } from '../pipeline/kinds.js'
import { appositiveAfter, contentEnd, isComma, isFinalPunct, isQuoteMark, isWord, nounPhraseAfter, nounPhraseBefore, skipBack } from '../pipeline/syntax.js'
import type { CueMatch, OffsetRange, TokenRange } from '../pipeline/types.js'
import { SUBORDINATORS, TIME_WORDS, isCapitalized } from '../lexicon/words.js'
import { defineRule } from './rule.js'

/**
 * Attribute content that comes before its cue: `“…,” the official said.`,
 * `…, said Jane Roe, a spokeswoman for …`, `…, a Ukrainian official
 * confirmed to Axios.` and the split quotation `“…,” she said, “…”`.
 */
export const invertedSource = defineRule({
  meta: { id: 'inverted-source', stage: 'attribute', description: 'Attribute content that precedes its cue and source' },
  run(ctx) {
    for (const cue of ctx.cues) {
      if (cue.claimed || cue.type !== 'verb') continue
      // `…, adding that …`: a participle after a comma is an adjunct of the clause before, never inverted.
      if (/ing$/.test(ctx.tokens[cue.tokenStart].lower)) continue
      const sentence = ctx.sentences[cue.sentence]
      const j = skipBack(ctx, cue.tokenStart, sentence.tokenStart)
      const tokens = ctx.tokens
      // `…,” said X` / `…, says X`: the cue follows the content directly.
      if (j > sentence.tokenStart && (isComma(tokens[j - 1]) || isQuoteMark(tokens[j - 1]))) {
        const np = startsPhrase(ctx, cue.tokenEnd) ? nounPhraseAfter(ctx, cue.tokenEnd, sentence.tokenEnd) : null
        let description = np ? appositiveAfter(ctx, np.tokenEnd, sentence.tokenEnd, true) : null
        // `said Renee Gold, 83, of Sarasota, Florida.`: appositives may follow one another.
        for (let more = 0; description && more < 3 && !endsClause(ctx, description.tokenEnd, cue); more++) {
          const next = appositiveAfter(ctx, description.tokenEnd, sentence.tokenEnd, true)
          if (!next) break
          description = { tokenStart: description.tokenStart, tokenEnd: next.tokenEnd }
        }
        if (np && (endsClause(ctx, np.tokenEnd, cue) || (description && endsClause(ctx, description.tokenEnd, cue)))) {
          const content = contentBefore(ctx, j - 1, sentence.tokenStart)
          // `Lenz, 61, denies the charges`: a name and an age are no content.
          if (content && substantial(ctx, content)) {
            propose(ctx, cue, np, description, content, null, 'the cue follows the content and precedes its source')
            continue
          }
        }
      }
      // `“…,” Vann Roe, a writer for the Courier, said on Twitter.`: a source with an appositive before the cue.
      if (j > sentence.tokenStart && (isComma(tokens[j - 1]) || tokens[j - 1].text === '--')) {
        const framed = appositiveSource(ctx, j - 1, sentence.tokenStart)
        const after = framed ? adjunctEnd(ctx, cue) : null
        if (framed && after && endsClause(ctx, after.index, cue)) {
          const content = contentBefore(ctx, framed.source.tokenStart - 1, sentence.tokenStart)
          if (content && substantial(ctx, content)) {
            propose(ctx, cue, framed.source, framed.description, content, after.via, 'the content precedes its source, an appositive and the cue')
            continue
          }
        }
      }
      // `“…,” the official said.`: content, then source, then cue.
      const np = nounPhraseBefore(ctx, j, sentence.tokenStart)
      if (!np || np.tokenStart <= sentence.tokenStart) continue
      const boundary = tokens[np.tokenStart - 1]
      if (!(isComma(boundary) || isQuoteMark(boundary))) continue
      const after = adjunctEnd(ctx, cue)
      if (!after) continue
      const content = contentBefore(ctx, np.tokenStart - 1, sentence.tokenStart)
      if (!content) continue
      if (endsClause(ctx, after.index, cue)) {
        propose(ctx, cue, np, null, content, after.via, 'the content precedes its source and cue')
        continue
      }
      // `Acts of protest, Mr. Obama said, are acts of patriotism`: a parenthetical cue inside its content.
      const comma = ctx.tokens[after.index]
      const end = contentEnd(ctx, sentence)
      if (isComma(comma) && boundary.text === ',' && after.index + 1 < end && ctx.tokens[after.index + 1].quote === -1) {
        const rest = { start: ctx.tokens[after.index + 1].start, end: ctx.tokens[end - 1].end }
        ctx.propose(
          { cue, source: np, content: [...content, rest], via: after.via, quote: 'indirect', confidence: 0.85, ruleId: 'inverted-source' },
          'a parenthetical cue and source inside the content',
        )
      }
    }
  },
})

/** Does the clause end at `index` (sentence end, `, “…”` or `, adding …`)? */
function endsClause(ctx: AnnotationContext, index: number, cue: CueMatch): boolean {
  const sentence = ctx.sentences[cue.sentence]
  const t = ctx.tokens[index]
  if (index >= contentEnd(ctx, sentence) || !t || isFinalPunct(t)) return true
  if (isQuoteMark(t) && index + 1 >= sentence.tokenEnd) return true
  if (isComma(t)) {
    const next = ctx.tokens[index + 1]
    if (!next || next.sentence !== cue.sentence) return true
    if (isQuoteMark(next) && next.quote !== -1) return true
    if (isWord(next) && next.lower.endsWith('ing') && ctx.lexicon.cueForms.has(next.lower)) return true
    if (isWord(next) && (next.lower === 'a' || next.lower === 'an' || next.lower === 'the' || next.lower === 'who')) return true
    // `…,” he told supporters in Nashua, N.H., on Monday.`: a short tail without a cue is still the tag's.
    if (shortTail(ctx, index + 1, contentEnd(ctx, ctx.sentences[cue.sentence]))) return true
    // `…, officials said Friday, as they bristled …`: an adverbial clause follows.
    if (isWord(next) && SUBORDINATORS.has(next.lower) && next.lower !== 'which') return true
    // `…,” she said, clapping.`, `…,” he said, but …`: a participle or a new coordinate clause.
    if (isWord(next) && (/^[a-z]+ing$/.test(next.lower) || /^(?:and|but|so|yet|then|before|after)$/.test(next.lower))) return true
  }
  return false
}

/** Skip `to Axios`, `in a statement`, `on Monday` after an inverted cue. */
function adjunctEnd(ctx: AnnotationContext, cue: CueMatch): { index: number; via: TokenRange | null } | null {
  let i = cue.tokenEnd
  const sentence = ctx.sentences[cue.sentence]
  const end = contentEnd(ctx, sentence)
  let via: TokenRange | null = null
  // The addressee: `told the Port Aldmoor Gazette`, `told reporters`.
  const entry = ctx.cueEntry(cue)
  const object = isWord(ctx.tokens[i]) ? nounPhraseAfter(ctx, i, end) : null
  if (object && (isOutlet(ctx, object) || (entry?.takesObject && object.tokenEnd - object.tokenStart <= 4))) {
    if (isVia(ctx, object)) via = object
    i = object.tokenEnd
  }
  for (let guard = 0; guard < 8 && i < end; guard++) {
    const t = ctx.tokens[i]
    if (!isWord(t)) break
    const np = nounPhraseAfter(ctx, i + 1, end)
    if (/^(?:to|in|on|at|with|during|from|via|for|after|before|of|about)$/.test(t.lower) && np) {
      if (!via && isVia(ctx, np)) via = np
      i = np.tokenEnd
      continue
    }
    if (isOutlet(ctx, { tokenStart: i, tokenEnd: i + 1 }) || /^[a-z]+ly$/.test(t.lower) || /^(?:yesterday|today|tonight|earlier|later|again|also|too|recently|monday|tuesday|wednesday|thursday|friday|saturday|sunday|last|this|then|week|night|month|year|morning|afternoon|evening|reporters|him|her|them|us|me)$/.test(t.lower)) {
      const outlet = nounPhraseAfter(ctx, i, end)
      if (outlet && isVia(ctx, outlet)) {
        via = outlet
        i = outlet.tokenEnd
      } else i++
      continue
    }
    break
  }
  return { index: i, via }
}

/** Content before token `boundary` (exclusive), back to the sentence or quotation start. */
function contentBefore(ctx: AnnotationContext, boundary: number, sentenceStart: number): OffsetRange[] | null {
  const tokens = ctx.tokens
  let end = boundary
  // `“…,”` — the closing mark belongs to the content; the comma does not.
  while (end > sentenceStart && isComma(tokens[end - 1])) end--
  if (end <= sentenceStart) return null
  let start = sentenceStart
  const q = tokens[end - 1].quote !== -1 ? tokens[end - 1].quote : tokens[start].quote
  if (q !== -1 && ctx.quotations[q].tokenStart < start) start = ctx.quotations[q].tokenStart
  if (!tokens.slice(start, end).some(isWord)) return null
  return [{ start: tokens[start].start, end: tokens[end - 1].end }]
}

function propose(
  ctx: AnnotationContext,
  cue: CueMatch,
  source: TokenRange,
  description: TokenRange | null,
  content: OffsetRange[],
  via: TokenRange | null,
  reason: string,
): void {
  const sentence = ctx.sentences[cue.sentence]
  const spans = [...content]
  // `“…,” she said, “…”`: the quotation goes on after the cue.
  let after = description ? description.tokenEnd : Math.max(source.tokenEnd, cue.tokenEnd)
  while (after < sentence.tokenEnd && ctx.tokens[after].kind === 'word') after++
  if (isComma(ctx.tokens[after]) && isQuoteMark(ctx.tokens[after + 1]) && ctx.tokens[after + 1].quote !== -1) {
    const q = ctx.quotations[ctx.tokens[after + 1].quote]
    spans.push({ start: q.start, end: q.end })
  }
  const kind = spans.length > 1 ? 'direct' : quoteKind(ctx, ctx.tokenAt(spans[0].start), ctx.tokenAt(spans[0].end - 1) + 1)
  ctx.propose({ cue, source, sourceDescription: description, content: spans, via, quote: kind, confidence: 0.9, ruleId: 'inverted-source' }, reason)
}

/** Content worth crediting: a quotation or at least four words. */
function substantial(ctx: AnnotationContext, spans: OffsetRange[]): boolean {
  let words = 0
  for (const span of spans) {
    for (let i = ctx.tokenAt(span.start); i < ctx.tokens.length && ctx.tokens[i].start < span.end; i++) {
      if (ctx.tokens[i].quote !== -1) return true
      if (isWord(ctx.tokens[i])) words++
    }
  }
  return words >= 4
}

/** An inverted source opens with a name, a determiner, a number or a role word, not `of` or `later`. */
function startsPhrase(ctx: AnnotationContext, index: number): boolean {
  const t = ctx.tokens[index]
  if (!isWord(t) || TIME_WORDS.has(t.lower)) return false
  return /^\p{Lu}/u.test(t.text) || /^\d/.test(t.text) || /^(?:the|a|an|one|two|three|several|some|many|his|her|their|its|our)$/.test(t.lower) || ctx.lexicon.kinds.longest([t.lower], 0) !== null
}

/**
 * `…, NAME, APPOSITIVE, said`: the comma (or `--`) at `close` ends an
 * appositive; the name before it, itself after a comma or quotation mark, is
 * the source.
 */
function appositiveSource(ctx: AnnotationContext, close: number, floor: number): { source: TokenRange; description: TokenRange } | null {
  const tokens = ctx.tokens
  const dash = tokens[close].text === '--'
  for (let k = close - 1; k > floor && k > close - 40; k--) {
    const t = tokens[k]
    if (isQuoteMark(t)) return null
    if (!(dash ? t.text === '--' : isComma(t))) continue
    const source = nounPhraseBefore(ctx, k, floor)
    if (!source || source.tokenStart <= floor) return null
    const boundary = tokens[source.tokenStart - 1]
    if (!(isComma(boundary) || isQuoteMark(boundary))) {
      // `Mr. King, 82, told me`: an age is no boundary; keep looking left for the name's own comma.
      if (!dash && /^\d+$/.test(ctx.slice({ tokenStart: k + 1, tokenEnd: close }))) continue
      return null
    }
    return { source, description: { tokenStart: k + 1, tokenEnd: close } }
  }
  return null
}

/** At most six words to the end, none of them a cue: a place or time after a speech tag. */
function shortTail(ctx: AnnotationContext, from: number, end: number): boolean {
  if (end - from > 8) return false
  let words = 0
  for (let i = from; i < end; i++) {
    const t = ctx.tokens[i]
    if (isQuoteMark(t)) return false
    if (!isWord(t)) continue
    if (ctx.lexicon.cueStarts.has(t.lower) && !isCapitalized(t.text)) return false
    words++
  }
  return words > 0 && words <= 6
}
