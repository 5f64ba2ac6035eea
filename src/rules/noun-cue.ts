import { fromHere } from '../pipeline/content.js'
import { contentEnd, isWord } from '../pipeline/syntax.js'
import { isCapitalized } from '../lexicon/words.js'
import { defineRule } from './rule.js'

/**
 * A noun of saying with its source and a content clause: `Trump's claim
 * that …`, `the ministry's statement that …`. Without a possessor the noun
 * is a topic (`the claim that …` has no source) and is left alone.
 */
export const nounCue = defineRule({
  meta: { id: 'noun-cue', stage: 'attribute', description: 'Attribute the that-clause of a possessed noun of saying' },
  run(ctx) {
    const tokens = ctx.tokens
    for (let i = 1; i + 1 < tokens.length; i++) {
      const t = tokens[i]
      if (t.kind !== 'word' || t.quote !== -1) continue
      const stance = ctx.lexicon.nounCues.get(t.lower)
      if (!stance || tokens[i + 1].lower !== 'that' || tokens[i + 1].sentence !== t.sentence) continue
      const sentence = ctx.sentences[t.sentence]
      // The possessor: `Trump's`, `Donald Trump's`, `the ministry's`, `his`.
      let p = i - 1
      if (isWord(tokens[p]) && !/(?:'s|s')$/.test(tokens[p].lower) && !/^(?:his|her|their|its)$/.test(tokens[p].lower) && p > sentence.tokenStart) p--
      const possessor = tokens[p]
      if (!isWord(possessor) || possessor.sentence !== t.sentence) continue
      if (!/(?:'s|s')$/.test(possessor.lower) && !/^(?:his|her|their|its)$/.test(possessor.lower)) continue
      let start = p
      while (start > sentence.tokenStart && isWord(tokens[start - 1]) && (isCapitalized(tokens[start - 1].text) || /^(?:the|a|an)$/.test(tokens[start - 1].lower))) start--
      const end = contentEnd(ctx, sentence)
      if (i + 2 >= end) continue
      const cue = ctx.addCue({ tokenStart: i, tokenEnd: i + 1, lemma: t.lower.replace(/s$/, ''), stance, type: 'noun', sentence: t.sentence, entry: t.lower, ruleId: 'noun-cue' })
      const found = fromHere(ctx, i + 1, end)
      ctx.propose(
        { cue, source: { tokenStart: start, tokenEnd: p + 1 }, content: found.content, quote: found.quote, confidence: 0.7, ruleId: 'noun-cue' },
        'a possessed noun of saying with a that-clause',
      )
    }
  },
})
