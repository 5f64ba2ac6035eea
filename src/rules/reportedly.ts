import { fromHere } from '../pipeline/content.js'
import { contentEnd } from '../pipeline/syntax.js'
import { defineRule } from './rule.js'

/**
 * `reportedly` and `is reported to` are outlet cues: the outlet vouches for
 * the clause, with no source named in the text.
 */
export const reportedly = defineRule({
  meta: { id: 'reportedly', stage: 'attribute', description: 'Treat "reportedly" and "is reported to" as outlet cues' },
  run(ctx) {
    const tokens = ctx.tokens
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]
      if (t.kind !== 'word' || t.quote !== -1 || !ctx.lexicon.adverbCues.has(t.lower)) continue
      ctx.addCue({ tokenStart: i, tokenEnd: i + 1, lemma: t.lower, stance: ctx.lexicon.adverbCues.get(t.lower) ?? 'neutral', type: 'adverb', sentence: t.sentence, entry: t.lower, ruleId: 'reportedly' })
    }
    for (const cue of ctx.cues) {
      if (cue.claimed || (cue.type !== 'adverb' && cue.type !== 'passive-report')) continue
      const sentence = ctx.sentences[cue.sentence]
      const end = contentEnd(ctx, sentence)
      if (end <= sentence.tokenStart) continue
      const found = fromHere(ctx, sentence.tokenStart, end)
      ctx.propose(
        { cue, source: null, kind: 'outlet', anonymous: true, content: found.content, quote: found.quote, confidence: 0.7, ruleId: 'reportedly' },
        'the outlet reports the clause without naming a source',
      )
    }
  },
})
