import { classifyPhrase } from '../pipeline/kinds.js'
import { contentEnd, isComma, isWord, nounPhraseAfter } from '../pipeline/syntax.js'
import { clauseSubject } from '../pipeline/clause-subject.js'
import type { AnnotationContext } from '../pipeline/context.js'
import type { TokenRange } from '../pipeline/types.js'
import { quoteKind } from '../pipeline/content.js'
import { defineRule } from './rule.js'

/**
 * `In the latest Courier poll, Ruiz leads by five points.`: a sentence that
 * opens with `in` and a document (poll, survey, report, ruling) reports what
 * the document says; the document is the source and `in` the cue.
 */
export const inDocument = defineRule({
  meta: { id: 'in-document', stage: 'attribute', description: 'Attribute a sentence that opens with "in" and a document to that document' },
  run(ctx) {
    const tokens = ctx.tokens
    for (const sentence of ctx.sentences) {
      const first = tokens[sentence.tokenStart]
      if (!isWord(first) || first.lower !== 'in' || first.quote !== -1) continue
      // `In addition to …`, `In response to …`, `In light of …`: a bare noun and a preposition make a connective.
      if (/^(?:to|of)$/.test(tokens[sentence.tokenStart + 2]?.lower ?? '')) continue
      // `In order to win, …`: a purpose clause, no order.
      if (tokens[sentence.tokenStart + 1]?.lower === 'order' && /^(?:to|that|for)$/.test(tokens[sentence.tokenStart + 2]?.lower ?? '')) continue
      const document = nounPhraseAfter(ctx, sentence.tokenStart + 1, sentence.tokenEnd)
      if (!document || !classifyPhrase(ctx, [document]).document) continue
      // The document phrase ends at a comma, perhaps after a participle clause (`, conducted in May,`).
      let comma = document.tokenEnd
      if (!isComma(tokens[comma])) continue
      if (isWord(tokens[comma + 1]) && /(?:ed|ing)$/.test(tokens[comma + 1].lower)) {
        let k = comma + 1
        while (k < sentence.tokenEnd && !isComma(tokens[k]) && k - comma < 12) k++
        if (!isComma(tokens[k])) continue
        comma = k
      }
      const end = contentEnd(ctx, sentence)
      if (comma + 1 >= end) continue
      // `In a statement, the agency said …`: the main clause has its own speaker.
      let spoken = false
      for (let k = comma + 1; k < end && !spoken; k++) spoken = ctx.cueByToken.get(k)?.type === 'verb'
      if (spoken) continue
      // `In a statement, the finance office put the gap at $84 million.`: an unowned statement is the main subject's speech.
      const author = speechDocument(ctx, document) ? clauseSubject(ctx, comma + 1, end) : null
      const cue = ctx.addCue({ tokenStart: sentence.tokenStart, tokenEnd: author ? document.tokenEnd : sentence.tokenStart + 1, lemma: author ? 'in a statement' : 'in', stance: 'neutral', type: 'according-to', sentence: sentence.index, entry: 'in', ruleId: 'in-document' })
      const content = { start: tokens[comma + 1].start, end: tokens[end - 1].end }
      ctx.propose(
        { cue, source: author ?? document, content: [content], quote: quoteKind(ctx, comma + 1, end), confidence: 0.75, ruleId: 'in-document' },
        author ? 'a statement opening the sentence is the speech of the main clause’s subject' : 'a sentence opening with "in" and a document reports what the document says',
      )
    }
  },
})

/** `a statement`, `an email`, `a post on X`: speech of whoever the main clause names, when no issuer owns it. */
function speechDocument(ctx: AnnotationContext, document: TokenRange): boolean {
  const words = ctx.lowerWords(document)
  return /^(?:a|an|the)$/.test(words[0] ?? '') && /^(?:statement|email|e-mail|letter|post|tweet|interview|speech|memo|filing|video|message)s?$/.test(words[words.length - 1] ?? '')
}
