/**
 * `“We will win.” Manafort said.`: the quotation closed its own sentence and
 * the speech tag stands alone after it; the tag's content is that quotation.
 */
import type { AnnotationContext } from '../../pipeline/context.js'
import { isQuoteMark, nounPhraseBefore } from '../../pipeline/syntax.js'
import type { CueMatch } from '../../pipeline/types.js'
import { adjunctEnd, endsClause } from './clause.js'
import { propose } from './content.js'

/** Propose `“…” source cue.`; `j` is the first token of the cue with its adverbs. */
export function detachedTag(ctx: AnnotationContext, cue: CueMatch, j: number): boolean {
  const sentence = ctx.sentences[cue.sentence]
  const tokens = ctx.tokens
  const np = nounPhraseBefore(ctx, j, sentence.tokenStart)
  if (!np || np.tokenStart !== sentence.tokenStart || np.tokenStart === 0) return false
  const mark = tokens[np.tokenStart - 1]
  if (!isQuoteMark(mark) || mark.quote === -1 || mark.paragraph !== tokens[np.tokenStart].paragraph) return false
  const q = ctx.quotations[mark.quote]
  if (q.closeToken !== np.tokenStart - 1) return false
  const after = adjunctEnd(ctx, cue)
  if (!after || !endsClause(ctx, after.index, cue)) return false
  // `“We will see.” Hall then asked, “With nukes?”`: a tag that opens a quotation of its own is that quotation's.
  const next = tokens[after.index + 1]
  if (tokens[after.index]?.text === ',' && isQuoteMark(next) && next.quote !== -1 && next.quote !== mark.quote) return false
  propose(ctx, cue, np, null, [{ start: q.start, end: q.end }], after.via, 'a speech tag standing after the quotation it closes')
  return true
}
