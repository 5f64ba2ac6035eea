import { skipBack } from '../pipeline/syntax.js'
import { appositiveFirst } from './inverted/appositive-first.js'
import { cueFirst } from './inverted/cue-first.js'
import { detachedTag } from './inverted/detached-tag.js'
import { frontedTag } from './inverted/fronted-tag.js'
import { sourceFirst } from './inverted/source-first.js'
import { defineRule } from './rule.js'

/**
 * Attribute content that comes before its cue: `“…,” the official said.`,
 * `…, said Jane Roe, a spokeswoman for …`, `…, a Ukrainian official
 * confirmed to Axios.`, the split quotation `“…,” she said, “…”` and the
 * fronted tag `Said Ellis: “…”` (its quotation follows).
 * One module per construction, tried in this order, under `./inverted/`.
 */
export const invertedSource = defineRule({
  meta: { id: 'inverted-source', stage: 'attribute', description: 'Attribute content that precedes its cue and source' },
  run(ctx) {
    for (const cue of ctx.cues) {
      if (cue.claimed || cue.type !== 'verb') continue
      // `…, adding that …`: a participle after a comma is an adjunct of the clause before, never inverted.
      if (/ing$/.test(ctx.tokens[cue.tokenStart].lower)) continue
      // `a group called Citizens First, …`: calling something is never an inverted speech tag.
      if (cue.lemma === 'call') continue
      const j = skipBack(ctx, cue.tokenStart, ctx.sentences[cue.sentence].tokenStart)
      // `…,” said X`, then `“…,” X, a writer, said`, then `“…,” the official said`, then `“….” X said.`;
      // `Said X: “…”` opens a sentence with the tag before its quotation.
      if (frontedTag(ctx, cue, j) || cueFirst(ctx, cue, j) || appositiveFirst(ctx, cue, j) || sourceFirst(ctx, cue, j)) continue
      detachedTag(ctx, cue, j)
    }
  },
})
