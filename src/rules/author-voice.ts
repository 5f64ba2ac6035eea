import type { AnnotationContext } from '../pipeline/context.js'
import { AUXILIARIES } from '../lexicon/words.js'
import type { Candidate, TokenRange } from '../pipeline/types.js'
import { defineRule } from './rule.js'

/** First-person pronouns that, outside any quotation, are the writer speaking. */
const FIRST_PERSON = new Set(['i', 'we'])

/**
 * `We believe six debates are enough.`, `I asked the mayor whether …`: a
 * source that ends in `I` or `we` outside any quotation is the writer of
 * the piece — a columnist, an editorial board, a reporter — and the
 * guideline leaves the outlet's own voice unattributed. A first person inside someone's speech (a
 * transcript turn, a quotation) is that speaker's and stays.
 */
export const authorVoice = defineRule({
  meta: { id: 'author-voice', stage: 'refine', description: 'Drop attributions whose source is the writer’s own first person' },
  run(ctx) {
    const live = ctx.live()
    for (const c of live) {
      if (!c.source) continue
      // (`Each week since early September we have asked …`, `My wife and I told …`: the pronoun ends the subject found before the cue.)
      // (Not `the scholars I interviewed thought …`: there the pronoun opens a relative clause and a verb of its own follows it.)
      const t = ctx.tokens[c.source.tokenEnd - 1]
      if (!FIRST_PERSON.has(t.lower) || t.quote !== -1 || !beforeCue(ctx, c) || insideSpeech(ctx, c, live)) continue
      c.removed = true
      c.evidence.push({ ruleId: 'author-voice', reason: `"${t.text}" outside any quotation is the writer: the outlet’s own voice` })
    }
  },
})

/** A one-word source, or one whose pronoun stands right before the cue, auxiliaries and adverbs aside (`we have long asked`). */
function beforeCue(ctx: AnnotationContext, c: Candidate): boolean {
  const source = c.source as TokenRange
  if (source.tokenEnd - source.tokenStart === 1) return true
  for (let k = source.tokenEnd; k < c.cue.tokenStart; k++) {
    const t = ctx.tokens[k]
    if (t.kind === 'word' && !AUXILIARIES.has(t.lower) && !/ly$/.test(t.lower) && t.lower !== 'also' && t.lower !== 'always') return false
  }
  return c.cue.tokenStart >= source.tokenEnd
}

/** The cue lies in the content of another attribution (`PENCE: … I think …`). */
function insideSpeech(ctx: AnnotationContext, c: Candidate, live: readonly Candidate[]): boolean {
  const at = ctx.tokens[c.cue.tokenStart].start
  // (`I guess we can all agree …`: the writer's own outer cue, dropped already, is no one else's speech.)
  return live.some((o) => o !== c && !o.removed && o.content.some((span) => span.start <= at && at < span.end))
}
