/**
 * What may follow an inverted speech tag: `to Axios`, `in a statement`, `on
 * Monday`, then the end of the clause (sentence end, `, “…”`, `, adding …`).
 */
import type { AnnotationContext } from '../../pipeline/context.js'
import { isOutlet, isVia } from '../../pipeline/outlet-tests.js'
import { addressedOutlet, viaCore } from '../../pipeline/via.js'
import { contentEnd, isComma, isFinalPunct, isQuoteMark, isWord, looksLikeClause, nounPhraseAfter } from '../../pipeline/syntax.js'
import type { CueMatch, TokenRange } from '../../pipeline/types.js'
import { SUBORDINATORS, isCapitalized } from '../../lexicon/words.js'

/** Does the clause end at `index` (sentence end, `, “…”` or `, adding …`)? */
export function endsClause(ctx: AnnotationContext, index: number, cue: CueMatch): boolean {
  const sentence = ctx.sentences[cue.sentence]
  const t = ctx.tokens[index]
  if (index >= contentEnd(ctx, sentence) || !t || isFinalPunct(t)) return true
  if (isQuoteMark(t) && index + 1 >= sentence.tokenEnd) return true
  // `…, the agency reported on Tuesday -- a development that …`: a dash before a noun phrase opens the writer's comment on the whole.
  const after = ctx.tokens[index + 1]
  if (/^(?:--|—|–)$/.test(t.text) && isWord(after) && after.sentence === cue.sentence && /^(?:a|an|the|another|one)$/.test(after.lower)) return true
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
export function adjunctEnd(ctx: AnnotationContext, cue: CueMatch): { index: number; via: TokenRange | null } | null {
  let i = cue.tokenEnd
  const sentence = ctx.sentences[cue.sentence]
  const end = contentEnd(ctx, sentence)
  let via: TokenRange | null = null
  // The addressee: `told the Port Aldmoor Gazette`, `told reporters`.
  const entry = ctx.cueEntry(cue)
  const object = isWord(ctx.tokens[i]) ? beforePreposition(ctx, nounPhraseAfter(ctx, i, end)) : null
  if (object && (isOutlet(ctx, object) || (entry?.takesObject && object.tokenEnd - object.tokenStart <= 4))) {
    if (isVia(ctx, object)) via = viaCore(ctx, object)
    i = object.tokenEnd
  }
  for (let guard = 0; guard < 8 && i < end; guard++) {
    const t = ctx.tokens[i]
    if (!isWord(t)) break
    // `…,” she wrote after the report was released.`: an adverbial clause closes the tag.
    if (ADVERBIAL_OPENERS.has(t.lower) && looksLikeClause(ctx, i + 1, end)) return { index: end, via }
    const preposition = /^(?:to|in|on|at|with|during|from|via|for|after|before|of|about|by)$/.test(t.lower)
    // `said on “Meet the Press.”`: a programme's name in quotation marks.
    const np = nounPhraseAfter(ctx, preposition && isQuoteMark(ctx.tokens[i + 1]) ? i + 2 : i + 1, end)
    if (preposition && np) {
      if (!via) via = isVia(ctx, np) ? viaCore(ctx, np) : addressedOutlet(ctx, np)
      i = np.tokenEnd
      continue
    }
    if (isOutlet(ctx, { tokenStart: i, tokenEnd: i + 1 }) || /^[a-z]+ly$/.test(t.lower) || /^(?:just|first|yesterday|today|tonight|earlier|later|again|also|too|recently|monday|tuesday|wednesday|thursday|friday|saturday|sunday|last|this|then|week|night|month|year|morning|afternoon|evening|late|early|overnight|reporters|him|her|them|us|me)$/.test(t.lower)) {
      const outlet = nounPhraseAfter(ctx, i, end)
      if (outlet && isVia(ctx, outlet)) {
        via = viaCore(ctx, outlet)
        i = outlet.tokenEnd
      } else i++
      continue
    }
    break
  }
  return { index: i, via }
}

/** Subordinators that open an adverbial clause after a speech tag. */
const ADVERBIAL_OPENERS = new Set(['after', 'before', 'when', 'while', 'as', 'because', 'since', 'until', 'once', 'although', 'though'])

/** `told analysts on a conference call`: the addressee ends before a preposition; the walk below reads the adjunct. */
function beforePreposition(ctx: AnnotationContext, np: TokenRange | null): TokenRange | null {
  if (!np) return null
  for (let k = np.tokenStart + 1; k < np.tokenEnd; k++) {
    if (/^(?:on|at|in|during|after|before|from)$/.test(ctx.tokens[k].lower)) return { tokenStart: np.tokenStart, tokenEnd: k }
  }
  return np
}

/** `“…,” she said, in a caution to …`: a quotation that opens the sentence and ends at `boundary` is the tag's content, whatever follows. */
export function quotedLead(ctx: AnnotationContext, boundary: number, sentenceStart: number): boolean {
  let k = boundary
  if (isComma(ctx.tokens[k]) && k > sentenceStart) k--
  const t = ctx.tokens[k]
  if (!isQuoteMark(t) || t.quote === -1) return false
  const q = ctx.quotations[t.quote]
  return q.closeToken === k && q.tokenStart <= sentenceStart
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
