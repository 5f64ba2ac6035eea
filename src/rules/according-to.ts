import { quoteKind } from '../pipeline/content.js'
import { contentEnd, isComma, nounPhraseAfter } from '../pipeline/syntax.js'
import type { OffsetRange } from '../pipeline/types.js'
import { PRONOUNS } from '../lexicon/words.js'
import { defineRule } from './rule.js'

/**
 * `According to X, …` and `…, according to X.`: X is the source and the
 * rest of the sentence its content (on both sides of a medial cue).
 */
export const accordingTo = defineRule({
  meta: { id: 'according-to', stage: 'attribute', description: 'Attribute a sentence to the complement of "according to"' },
  run(ctx) {
    const tokens = ctx.tokens
    for (let i = 0; i + 1 < tokens.length; i++) {
      const t = tokens[i]
      if (t.lower !== 'according' || tokens[i + 1].lower !== 'to' || t.quote !== -1) continue
      const sentence = ctx.sentences[t.sentence]
      if (tokens[i + 1].sentence !== t.sentence) continue
      const source = nounPhraseAfter(ctx, i + 2, sentence.tokenEnd)
      // `according to according to …`: a cue is never its own source.
      if (!source || tokens[source.tokenStart].lower === 'according') continue
      // `according to plan`: a bare common noun is a manner, not a source.
      const only = tokens[source.tokenStart]
      if (source.tokenEnd - source.tokenStart === 1 && !/^\p{Lu}/u.test(only.text) && !/s$/.test(only.lower) && !(only.lower in PRONOUNS) && !ctx.lexicon.kinds.longest([only.lower], 0)) continue
      const end = contentEnd(ctx, sentence)
      const spans: OffsetRange[] = []
      let before = i
      while (before > sentence.tokenStart && isComma(tokens[before - 1])) before--
      if (before > sentence.tokenStart) spans.push({ start: tokens[sentence.tokenStart].start, end: tokens[before - 1].end })
      let after = source.tokenEnd
      while (after < end && isComma(tokens[after])) after++
      if (after < end) spans.push({ start: tokens[after].start, end: tokens[end - 1].end })
      if (spans.length === 0) continue
      const cue = ctx.addCue({ tokenStart: i, tokenEnd: i + 2, lemma: 'according to', stance: 'neutral', type: 'according-to', sentence: t.sentence, entry: 'according to', ruleId: 'according-to' })
      const quote = spans.length === 1 ? quoteKind(ctx, ctx.tokenAt(spans[0].start), ctx.tokenAt(spans[0].end - 1) + 1) : 'indirect'
      ctx.propose({ cue, source, content: spans, quote, confidence: 0.9, ruleId: 'according-to' }, '"according to" names the source of the sentence')
    }
  },
})
