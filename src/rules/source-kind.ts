import { classifyPhrase } from '../pipeline/kinds.js'
import { centralBankOrgan, describesIntergovernmental, intergovernmentalAntecedent, namesCentralBank, qualifiedEarlier, speaksOfCentralBank } from '../pipeline/public-context.js'
import type { AnnotationContext } from '../pipeline/context.js'
import { WRITER_AT_OUTLET, writesAtOutlet } from '../pipeline/outlet-tests.js'
import type { Candidate } from '../pipeline/types.js'
import { defineRule } from './rule.js'

/**
 * Give each source its kind from the lexicons (outlets, official roles and
 * bodies, party roles, unidentified phrases), reading the source phrase and
 * any appositive that describes it; then the kinds only context makes
 * clear (an organisation of governments, a title the text qualified before).
 */
export const sourceKind = defineRule({
  meta: { id: 'source-kind', stage: 'classify', description: 'Decide source kinds from the outlet, official, party and unidentified lexicons' },
  run(ctx) {
    const roles = new Map<Candidate, string>()
    for (const c of ctx.candidates) {
      if (c.removed || !c.source || c.kind) continue
      const decision = classifyPhrase(ctx, [c.source, c.sourceDescription])
      c.anonymous = decision.anonymous
      if ((!decision.kind && namesCentralBank(ctx, c.source)) || (decision.kind !== 'outlet' && centralBankOrgan(ctx, c.source))) {
        c.kind = 'official'
        c.evidence.push({ ruleId: 'source-kind', reason: 'a "Bank of" name in a story about a central bank: that central bank' })
        continue
      }
      // `From Josh Feldman writing at Mediaite:`: a name with no role of its own that writes at or for an outlet is its writer.
      if (!decision.kind && decision.named && writesAtOutlet(ctx, c)) {
        c.kind = 'outlet'
        // (The outlet is the writer's own, not one the source spoke to.)
        c.via = null
        c.viaName = null
        c.evidence.push({ ruleId: 'source-kind', reason: WRITER_AT_OUTLET })
        continue
      }
      if (!decision.kind) continue
      c.kind = decision.kind
      c.evidence.push({ ruleId: 'source-kind', reason: `"${decision.phrase}" makes the source ${decision.kind}` })
      // `the Regional Trade Organisation, which settles disputes between its member governments,`
      if (c.kind === 'party' && (describesIntergovernmental(ctx, c.sourceDescription) || intergovernmentalAntecedent(ctx, c.source))) {
        c.kind = 'official'
        c.evidence.push({ ruleId: 'source-kind', reason: 'described as a body of governments: intergovernmental' })
      }
      if (c.kind === 'party' && decision.phrase && !decision.phrase.includes(' ')) roles.set(c, decision.phrase)
    }
    fromQualifiedEarlier(ctx, roles)
  },
})

/** `Governor Elsa Brink` after `central bank governor`; `the bank's committee` after `the central bank`. */
function fromQualifiedEarlier(ctx: AnnotationContext, roles: ReadonlyMap<Candidate, string>): void {
  const live = ctx.live()
  for (const c of live) {
    if (!c.source) continue
    const words = ctx.lowerWords(c.source)
    const possessor = words.length > 2 && words[0] === 'the' && /'s$/.test(words[1]) && !c.kind ? words[1].slice(0, -2) : null
    const word = roles.get(c) ?? possessor
    if (!word) continue
    // `Governor Mira Stahl` in a story about a central bank is its governor, not an elected one.
    const kind = word === 'governor' && speaksOfCentralBank(ctx) ? 'official' : qualifiedEarlier(ctx, c, word)
    if (!kind) continue
    c.kind = kind
    c.evidence.push({ ruleId: 'source-kind', reason: `"${word}" refers back to an earlier ${kind} source the text qualified` })
  }
}
