/**
 * `The club issued a statement on Monday. The statement said …`, `The bank
 * published its inflation report. The report found …`: a definite document
 * with no issuer of its own speaks for whoever issued it in an earlier
 * sentence, though that sentence made no attribution.
 */
import type { AnnotationContext } from '../../pipeline/context.js'
import { classifyPhrase } from '../../pipeline/kinds.js'
import { nounPhraseBefore } from '../../pipeline/syntax.js'
import { AUXILIARIES } from '../../lexicon/words.js'
import type { SourceKind } from '../../schema.js'
import type { TokenRange } from '../../pipeline/types.js'

/** Verbs by which a body issues a document: `issued a statement`, `released its report`. */
const ISSUING = new Set(['issued', 'issues', 'published', 'publishes', 'released', 'releases', 'put', 'sent', 'sends', 'filed', 'files', 'produced', 'unveiled', 'posted', 'commissioned', 'conducted'])
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

/** The issuer of the latest earlier `<issuer> issued a <head>` or `<issuer> … its <head>` before the sentence `here`, or null. */
export function earlierIssuer(ctx: AnnotationContext, here: number, head: string): Issuer | null {
  for (let s = here - 1; s >= 0 && here - s <= LOOKBACK_SENTENCES; s--) {
    const sentence = ctx.sentences[s]
    for (let i = sentence.tokenEnd - 1; i > sentence.tokenStart; i--) {
      const t = ctx.tokens[i]
      if (t.lower !== head || t.quote !== -1) continue
      const verb = issuingBefore(ctx, i, sentence.tokenStart)
      if (verb === -1) continue
      // The subject right before the verb (`At a late meeting, the Security Council issued …`), auxiliaries aside.
      let end = verb
      while (end > sentence.tokenStart && AUXILIARIES.has(ctx.tokens[end - 1].lower)) end--
      const subject = nounPhraseBefore(ctx, end, sentence.tokenStart)
      if (!subject) continue
      const decision = classifyPhrase(ctx, [subject])
      const kind = decision.kind && decision.kind !== 'unidentified' ? decision.kind : decision.named ? 'party' : null
      if (kind) return { phrase: subject, kind, sentence: s }
    }
  }
  return null
}

/** The issuing verb (or the verb before `its`) a few modifiers before the document at `i`, or -1. */
function issuingBefore(ctx: AnnotationContext, i: number, floor: number): number {
  for (let k = i - 1; k > floor && k >= i - MAX_MODIFIERS - 2; k--) {
    const w = ctx.tokens[k]
    if (w.kind !== 'word') return -1
    if (ISSUING.has(w.lower)) return k
    // `its quarterly report`: the clause's subject owns it; the verb is whatever comes before `its`.
    if (w.lower === 'its' || w.lower === 'their') return k
  }
  return -1
}
