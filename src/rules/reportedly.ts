import { fromHere } from '../pipeline/content.js'
import type { AnnotationContext } from '../pipeline/context.js'
import { contentEnd, isComma } from '../pipeline/syntax.js'
import type { TokenRange } from '../pipeline/types.js'
import { SUBORDINATORS } from '../lexicon/words.js'
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
      // `…, two of which were reportedly wrecked`: inside a clause set off by a comma, the adverb vouches for that clause only.
      const clause = setOffClause(ctx, cue.tokenStart, sentence.tokenStart, end)
      const found = clause ? fromHere(ctx, clause.tokenStart, clause.tokenEnd) : fromHere(ctx, sentence.tokenStart, end)
      ctx.propose(
        { cue, source: null, kind: 'outlet', anonymous: true, content: found.content, quote: found.quote, confidence: 0.7, subordinate: clause !== null, ruleId: 'reportedly' },
        'the outlet reports the clause without naming a source',
      )
    }
  },
})

/** The relative or adverbial clause after a comma that holds token `at` (`, two of which were reportedly …`), to the next comma or `end`. */
function setOffClause(ctx: AnnotationContext, at: number, floor: number, end: number): TokenRange | null {
  const tokens = ctx.tokens
  for (let k = at - 1; k > floor; k--) {
    if (isComma(tokens[k])) return null
    if (!SUBORDINATORS.has(tokens[k].lower) || tokens[k].lower === 'as') continue
    let start = k
    // `two of which`, `some of whom`: the quantifier opens the clause.
    while (start > floor + 1 && !isComma(tokens[start - 1]) && k - start < 3) start--
    if (!isComma(tokens[start - 1])) return null
    let close = at
    while (close < end && !isComma(tokens[close])) close++
    return { tokenStart: start, tokenEnd: close }
  }
  return null
}
