import { classifyPhrase } from '../pipeline/kinds.js'
import { defineRule } from './rule.js'

/**
 * Give each source its kind from the lexicons (outlets, official roles and
 * bodies, party roles, unidentified phrases), reading the source phrase and
 * any appositive that describes it.
 */
export const sourceKind = defineRule({
  meta: { id: 'source-kind', stage: 'classify', description: 'Decide source kinds from the outlet, official, party and unidentified lexicons' },
  run(ctx) {
    for (const c of ctx.candidates) {
      if (c.removed || !c.source || c.kind) continue
      const decision = classifyPhrase(ctx, [c.source, c.sourceDescription])
      c.anonymous = decision.anonymous
      if (!decision.kind) continue
      c.kind = decision.kind
      c.evidence.push({ ruleId: 'source-kind', reason: `"${decision.phrase}" makes the source ${decision.kind}` })
    }
  },
})
