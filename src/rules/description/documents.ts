/**
 * `The club issued a statement on Monday. The statement said …`, `The bank
 * published its inflation report. The report found …`: a definite document
 * with no issuer of its own speaks for whoever issued it in an earlier
 * sentence, though that sentence made no attribution.
 */
import type { AnnotationContext } from '../../pipeline/context.js'
import { classifyPhrase } from '../../pipeline/kinds.js'
import { nounPhraseAfter, nounPhraseBefore } from '../../pipeline/syntax.js'
import { AUXILIARIES } from '../../lexicon/words.js'
import type { SourceKind } from '../../schema.js'
import type { TokenRange } from '../../pipeline/types.js'

/** Verbs by which a body issues a document: `issued a statement`, `released its report`. */
const ISSUING = new Set(['issued', 'issues', 'published', 'publishes', 'released', 'releases', 'put', 'sent', 'sends', 'filed', 'files', 'produced', 'unveiled', 'posted', 'commissioned', 'conducted'])
/** A court filing is later `the filing`, `the lawsuit`, `the complaint` … whichever word the story first used. */
export const FILINGS = new Set(['filing', 'lawsuit', 'suit', 'complaint', 'petition', 'motion'])
/** How many sentences back the issuing sentence may be. */
const LOOKBACK_SENTENCES = 6
/** Modifiers allowed between the issuing verb (or `its`) and the document: `its quarterly inflation report`. */
const MAX_MODIFIERS = 3

export interface Issuer {
  phrase: TokenRange
  kind: SourceKind
  /** The sentence that issued the document. */
  sentence: number
}

/** The issuer of the latest earlier `<issuer> issued a <head>`, `<issuer> … its <head>` or `… in a <head>` before the sentence `here`, or null. */
export function earlierIssuer(ctx: AnnotationContext, here: number, head: string): Issuer | null {
  for (let s = here - 1; s >= 0 && here - s <= LOOKBACK_SENTENCES; s--) {
    const sentence = ctx.sentences[s]
    for (let i = sentence.tokenEnd - 1; i > sentence.tokenStart; i--) {
      const t = ctx.tokens[i]
      if ((t.lower !== head && !(FILINGS.has(head) && FILINGS.has(t.lower))) || t.quote !== -1) continue
      const subject = issuerOf(ctx, i, sentence.tokenStart, sentence.tokenEnd)
      if (!subject) continue
      const decision = classifyPhrase(ctx, [subject])
      const kind = decision.kind && decision.kind !== 'unidentified' ? decision.kind : decision.named ? 'party' : null
      if (kind) return { phrase: subject, kind, sentence: s }
    }
  }
  return null
}

/**
 * Who issued the document at `i`: the subject before `issued a` or before
 * the verb of `… its report`; the clause's subject for `in a statement`
 * (`The club confirmed it in a statement`, `In its report, the bank said`).
 */
function issuerOf(ctx: AnnotationContext, i: number, floor: number, limit: number): TokenRange | null {
  const tokens = ctx.tokens
  for (let k = i - 1; k > floor - 1 && k >= i - MAX_MODIFIERS - 2; k--) {
    const w = tokens[k]
    if (w.kind !== 'word') return null
    if (ISSUING.has(w.lower)) return nounPhraseBefore(ctx, beforeAuxiliaries(ctx, k, floor), floor)
    if (w.lower === 'in' && k + 1 < i) {
      // `In its quarterly report, the bank said`: the subject after the opening phrase's comma.
      if (k === floor) {
        let comma = i + 1
        while (comma < limit && tokens[comma].text !== ',') comma++
        return comma < limit ? nounPhraseAfter(ctx, comma + 1, limit) : null
      }
      // `“…,” Powell's office said in a statement`: after a quotation, the subject right before the tag's verb.
      const verb = tokens[k - 1]
      const tag = verb && ctx.lexicon.cueForms.has(verb.lower) && tokens[floor].quote !== -1 ? nounPhraseBefore(ctx, k - 1, floor) : null
      if (tag && tokens[tag.tokenStart].quote === -1) return tag
      return nounPhraseAfter(ctx, floor, k)
    }
    // `The bank published its report`: the subject before the verb that precedes `its`.
    if ((w.lower === 'its' || w.lower === 'their') && tokens[k - 1]?.lower !== 'in') return k - 1 > floor ? nounPhraseBefore(ctx, beforeAuxiliaries(ctx, k - 1, floor), floor) : null
  }
  return null
}

/** `has issued`: step back over auxiliaries before the verb at `k`. */
function beforeAuxiliaries(ctx: AnnotationContext, k: number, floor: number): number {
  let end = k
  while (end > floor && AUXILIARIES.has(ctx.tokens[end - 1].lower)) end--
  return end
}
