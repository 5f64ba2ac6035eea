/**
 * A newsroom plugin: the outlets this newsroom quotes that the built-in
 * lexicon does not know, a preset, and one custom rule made with
 * `defineRule`. Shared by examples/custom-rules.mjs (runs on Node 20) and
 * typed in examples/custom-rules.ts.
 */
import { defineRule } from '../dist/index.js'

/** Anyone described as being in the press pool is a journalist: an outlet source. */
export const pressPool = defineRule({
  meta: {
    id: 'newsroom/press-pool',
    stage: 'classify', // after `source-kind`, so this decision wins
    description: 'Make members of the press pool outlet sources',
    docs: 'https://example.org/newsroom/rules/press-pool',
  },
  run(ctx, options) {
    const phrases = Array.isArray(options.phrases) ? options.phrases : ['press pool', 'pool reporter']
    for (const candidate of ctx.live()) {
      if (!candidate.source) continue
      const words = ctx.lowerWords(candidate.source).join(' ')
      const phrase = phrases.find((p) => words.includes(p))
      if (!phrase) continue
      candidate.kind = 'outlet'
      candidate.anonymous = true
      ctx.note(candidate, { ruleId: 'newsroom/press-pool', reason: `"${phrase}" means a journalist` })
    }
  },
})

export const newsroom = {
  name: 'newsroom',
  rules: [pressPool],
  lexicon: { outlets: ['Kestrel', 'Seawall'], cues: [{ phrase: 'harrumph', stance: 'claim' }] },
  presets: { quotes: { 'noun-cue': 'off', reportedly: 'off' } },
}
