import { contentAfter } from '../pipeline/content.js'
import { isOutlet } from '../pipeline/kinds.js'
import { isComma, isWord, nounPhraseAfter, nounPhraseBefore, skipBack } from '../pipeline/syntax.js'
import { defineRule } from './rule.js'

/**
 * `Axios cited a White House official who said …`, `cited X as saying …` and
 * `the newspaper, citing X, said …`: the cited person is the source and the
 * outlet that cited them is `via`.
 */
export const citedSource = defineRule({
  meta: { id: 'cited-source', stage: 'attribute', description: 'Credit the person an outlet cites, with the outlet as via' },
  run(ctx) {
    const tokens = ctx.tokens
    for (const cite of ctx.cues) {
      if (cite.claimed || cite.type !== 'verb' || cite.lemma !== 'cite') continue
      const sentence = ctx.sentences[cite.sentence]
      const cited = nounPhraseAfter(ctx, cite.tokenEnd, sentence.tokenEnd)
      if (!cited) continue
      const participle = tokens[cite.tokenStart].lower === 'citing' && isComma(tokens[cite.tokenStart - 1])
      let outlet = null
      let inner = null
      if (participle) {
        // `The newspaper, citing X, said …`
        outlet = nounPhraseBefore(ctx, cite.tokenStart - 1, sentence.tokenStart)
        const k = isComma(tokens[cited.tokenEnd]) ? cited.tokenEnd + 1 : cited.tokenEnd
        inner = ctx.verbCueBetween(k, k + 3)
      } else {
        // `Axios cited X who said` / `cited X as saying`
        const k = cited.tokenEnd
        const linker = tokens[k]
        if (isWord(linker) && (linker.lower === 'who' || linker.lower === 'as')) {
          inner = ctx.verbCueBetween(k + 1, k + 3)
        }
        const j = skipBack(ctx, cite.tokenStart, sentence.tokenStart)
        outlet = nounPhraseBefore(ctx, j, sentence.tokenStart)
      }
      if (!inner) continue
      const entry = ctx.lexicon.cues.longest(ctx.lowerWords(inner), 0)?.value
      const found = contentAfter(ctx, inner, entry)
      if (!found) continue
      const via = outlet && isOutlet(ctx, outlet) ? outlet : found.via
      cite.claimed = true
      ctx.propose(
        { cue: inner, source: cited, content: found.content, via, quote: found.quote, confidence: 0.85, ruleId: 'cited-source' },
        via ? `the outlet cites the source, so it is via` : 'the cited phrase is the source',
      )
    }
  },
})
