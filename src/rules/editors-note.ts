import { defineRule } from './rule.js'

/**
 * `This story has been updated to note that …`, `An earlier version of this
 * article said …`: an editor's note is the outlet speaking about its own
 * story, so the attributions inside it (`… that Carson posted …`) do not
 * source the sentence.
 */
const NOTE = /^[\s("'“‘]*(?:(?:this|the) (?:story|article|post|report|piece|column|item)(?: \w+){0,3} (?:has|have|had|was|were) (?:been )?(?:updated|corrected|revised|amended|changed|clarified)|an? (?:earlier|previous|prior) version of this (?:story|article|post|report|piece|column))\b/i

export const editorsNote = defineRule({
  meta: { id: 'editors-note', stage: 'refine', description: 'Drop attributions inside an editor’s note about the story itself' },
  run(ctx) {
    const notes = new Set<number>()
    for (const sentence of ctx.sentences) if (NOTE.test(ctx.text.slice(sentence.start, Math.min(sentence.end, sentence.start + 160)))) notes.add(sentence.index)
    if (notes.size === 0) return
    for (const c of ctx.candidates) {
      if (c.removed || !notes.has(c.cue.sentence)) continue
      c.removed = true
      c.evidence.push({ ruleId: 'editors-note', reason: 'an editor’s note about the story itself: the outlet’s own voice' })
    }
  },
})
