import type { AnnotationContext } from '../pipeline/context.js'
import type { Candidate } from '../pipeline/types.js'
import { defineRule } from './rule.js'

/** First-person pronouns that, outside any quotation, are the writer speaking. */
const FIRST_PERSON = new Set(['i', 'we'])

/**
 * `We believe six debates are enough.`, `I asked the mayor whether …`: a
 * first-person source outside any quotation is the writer of the piece — a
 * columnist, an editorial board, a reporter — and the guideline leaves the
 * outlet's own voice unattributed. A first person inside someone's speech (a
 * transcript turn, a quotation) is that speaker's and stays.
 */
export const authorVoice = defineRule({
  meta: { id: 'author-voice', stage: 'refine', description: 'Drop attributions whose source is the writer’s own first person' },
  run(ctx) {
    const live = ctx.live()
    for (const c of live) {
      if (!c.source || c.source.tokenEnd - c.source.tokenStart !== 1) continue
      const t = ctx.tokens[c.source.tokenStart]
      if (!FIRST_PERSON.has(t.lower) || t.quote !== -1 || insideSpeech(ctx, c, live)) continue
      c.removed = true
      c.evidence.push({ ruleId: 'author-voice', reason: `"${t.text}" outside any quotation is the writer: the outlet’s own voice` })
    }
  },
})

/** The cue lies in the content of another attribution (`PENCE: … I think …`). */
function insideSpeech(ctx: AnnotationContext, c: Candidate, live: readonly Candidate[]): boolean {
  const at = ctx.tokens[c.cue.tokenStart].start
  return live.some((o) => o !== c && o.content.some((span) => span.start <= at && at < span.end))
}
