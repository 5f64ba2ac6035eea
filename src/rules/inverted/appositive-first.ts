/** `“…,” Vann Roe, a writer for the Courier, said on Twitter.`: a source with an appositive before the cue. */
import type { AnnotationContext } from '../../pipeline/context.js'
import { isComma, isQuoteMark, nounPhraseBefore } from '../../pipeline/syntax.js'
import type { CueMatch, TokenRange } from '../../pipeline/types.js'
import { adjunctEnd, endsClause } from './clause.js'
import { contentBefore, propose, substantial } from './content.js'

/** Propose `content, source, appositive, cue`; `j` is the first token of the cue with its adverbs. */
export function appositiveFirst(ctx: AnnotationContext, cue: CueMatch, j: number): boolean {
  const sentence = ctx.sentences[cue.sentence]
  const tokens = ctx.tokens
  if (!(j > sentence.tokenStart && (isComma(tokens[j - 1]) || tokens[j - 1].text === '--'))) return false
  const framed = appositiveSource(ctx, j - 1, sentence.tokenStart)
  const after = framed ? adjunctEnd(ctx, cue) : null
  if (!framed || !after || !endsClause(ctx, after.index, cue)) return false
  const content = contentBefore(ctx, framed.source.tokenStart - 1, sentence.tokenStart)
  if (!content || !substantial(ctx, content)) return false
  propose(ctx, cue, framed.source, framed.description, content, after.via, 'the content precedes its source, an appositive and the cue')
  return true
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
    // `Sanders’ campaign manager`: a possessive apostrophe outside any quotation is no quotation edge.
    if (isQuoteMark(t) && t.quote !== -1) return null
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
