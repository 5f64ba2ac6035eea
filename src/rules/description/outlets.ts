/**
 * `Ledgerline reported on Tuesday that … the business news site said.`: an
 * outlet's generic description refers back to the unknown name that spoke
 * just before it, which the description shows to be an outlet.
 */
import type { AnnotationContext } from '../../pipeline/context.js'
import { classifyPhrase } from '../../pipeline/kinds.js'
import { mentionsOf, multiwordMentions } from '../../pipeline/mentions.js'
import type { Candidate } from '../../pipeline/types.js'

/** How many sentences back the named outlet may have spoken. */
const LOOKBACK_SENTENCES = 3

/** Give `the business news site` (and every attribution of the name it points back to) the outlet's name and kind. */
export function outletNamedBefore(ctx: AnnotationContext, live: Candidate[], n: number): void {
  const c = live[n]
  if (!c.source || c.kind !== 'outlet') return
  for (let k = n - 1; k >= 0; k--) {
    const a = live[k]
    if (c.cue.sentence - a.cue.sentence > LOOKBACK_SENTENCES) return
    if (!a.source || a.source.tokenEnd - a.source.tokenStart !== 1) continue
    const t = ctx.tokens[a.source.tokenStart]
    // A one-word name the lexicons know nothing of (`Ledgerline`, `KVN`), not a pronoun or a role,
    // and never written with a given name or a title (`Mike Pence`, `Prime Minister Cameron`): a person's surname.
    if (!/^\p{Lu}/u.test(t.text) || classifyPhrase(ctx, [a.source]).kind !== null || (a.kind !== null && a.kind !== 'party') || personal(ctx, t.lower)) continue
    for (const other of live) {
      if (!other.source || ctx.slice(other.source) !== t.text) continue
      other.kind = 'outlet'
      other.evidence.push({ ruleId: 'description-reference', reason: `"${ctx.slice(c.source)}" later describes ${t.text} as an outlet` })
    }
    c.sourceName = t.text
    c.antecedent = a.id
    return
  }
}

/** Is the name ever written with a given name or a title before it? */
function personal(ctx: AnnotationContext, last: string): boolean {
  return (multiwordMentions(ctx, last)?.length ?? 0) > 0 || (mentionsOf(ctx).get(last) ?? []).some((m) => m.title !== null)
}
