/**
 * `A memo seen by the Courier shows …`, `A draft, seen by the Courier,
 * shows …`: the outlet that saw or obtained a document the story quotes is
 * the attribution's via, not its source.
 */
import { classifyPhrase } from '../../pipeline/kinds.js'
import type { AnnotationContext } from '../../pipeline/context.js'
import { isOutlet } from '../../pipeline/outlet-tests.js'
import type { Candidate } from '../../pipeline/types.js'

const SEEN = new Set(['seen', 'obtained', 'reviewed', 'viewed', 'acquired', 'polled', 'surveyed', 'interviewed'])

/** `a report … seen by Kestrel News`, `economists polled by Reuters`: the outlet that saw a document or asked the sources is via, not part of the source. */
export function seenBy(ctx: AnnotationContext, c: Candidate): void {
  if (!c.source || c.via) return
  // (`A draft, seen by the Ledger, shows …`: the participle may stand in the set-off description.)
  for (const range of [c.source, c.sourceDescription]) {
    if (!range) continue
    for (let i = range.tokenStart; i + 2 < range.tokenEnd; i++) {
      if (!SEEN.has(ctx.tokens[i].lower) || ctx.tokens[i + 1].lower !== 'by') continue
      // `polled by Reuters last week`: the outlet's name ends where lower-case words (an adjunct) begin.
      let end = i + 3
      while (end < range.tokenEnd && /^\p{Lu}/u.test(ctx.tokens[end].text)) end++
      const outlet = { tokenStart: i + 2, tokenEnd: ctx.tokens[i + 2].lower === 'the' ? range.tokenEnd : end }
      // (`Ferry records obtained by Kestrel Today`: whoever obtained a document the story quotes is a news outlet, known or not.)
      const obtainer = range === c.source && i > range.tokenStart && ctx.tokens[i].lower !== 'polled' && ctx.tokens[i].lower !== 'interviewed' && /^\p{Lu}/u.test(ctx.tokens[outlet.tokenStart].text) && classifyPhrase(ctx, [{ tokenStart: range.tokenStart, tokenEnd: i }]).document
      if (!(isOutlet(ctx, outlet) || obtainer) || (i === range.tokenStart && range === c.source)) return
      c.via = outlet
      if (range === c.source) c.source = { tokenStart: c.source.tokenStart, tokenEnd: i }
      else c.sourceDescription = null
      c.evidence.push({ ruleId: 'outlet-via', reason: `the document was seen by ${ctx.slice(outlet)}, so it is via` })
      return
    }
  }
}
