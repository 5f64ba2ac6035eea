import { isCapitalized } from '../lexicon/words.js'
import { classifyPhrase } from '../pipeline/kinds.js'
import { contentEnd, isComma, isWord, nounPhraseAfter } from '../pipeline/syntax.js'
import { clauseSubject } from '../pipeline/clause-subject.js'
import type { AnnotationContext } from '../pipeline/context.js'
import type { Sentence, TokenRange } from '../pipeline/types.js'
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
      if (isWord(first) && first.lower !== 'in') closingPoll(ctx, sentence)
      if (!isWord(first) || first.lower !== 'in' || first.quote !== -1) continue
      // `In addition to …`, `In response to …`, `In light of …`: a bare noun and a preposition make a connective.
      if (/^(?:to|of)$/.test(tokens[sentence.tokenStart + 2]?.lower ?? '')) continue
      // `In order to win, …`: a purpose clause, no order.
      if (tokens[sentence.tokenStart + 1]?.lower === 'order' && /^(?:to|that|for)$/.test(tokens[sentence.tokenStart + 2]?.lower ?? '')) continue
      const document = nounPhraseAfter(ctx, sentence.tokenStart + 1, sentence.tokenEnd)
      if (!document || !classifyPhrase(ctx, [document]).document) continue
      // `In an executive order, Obama established a council.`: an order or a law performs an act; it reports nothing.
      if (ACTING_DOCUMENTS.test(tokens[document.tokenEnd - 1].lower)) continue
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

/** Documents that act rather than report: an order, a decree, a law, a bill. */
const ACTING_DOCUMENTS = /^(?:orders?|decrees?|laws?|bills?|legislation|proclamations?|directives?|executive)$/

/** `a statement`, `an email`, `a post on X`: speech of whoever the main clause names, when no issuer owns it. */
function speechDocument(ctx: AnnotationContext, document: TokenRange): boolean {
  const words = ctx.lowerWords(document)
  return /^(?:a|an|the)$/.test(words[0] ?? '') && /^(?:statement|email|e-mail|letter|post|tweet|interview|speech|memo|filing|video|message)s?$/.test(words[words.length - 1] ?? '')
}

/** The words that make a closing `in …` phrase a poll: polls measure, so what the sentence says is the poll's finding. */
const POLL_HEAD = /^(?:polls?|polling|surveys?)$/

/**
 * `Kasich led Clinton in recent polls from Quinnipiac and KTV.`: a sentence
 * that ends in `in` and a poll or survey with nothing after it reports the
 * poll's finding; the poll is the source and `in` the cue, as when the
 * phrase opens the sentence.
 */
function closingPoll(ctx: AnnotationContext, sentence: Sentence): void {
  const tokens = ctx.tokens
  const end = contentEnd(ctx, sentence)
  if (end - sentence.tokenStart < 6 || tokens[end - 1].quote !== -1) return
  // The last `in` within the sentence's final two dozen tokens, followed by a poll phrase that runs to the end.
  for (let k = end - 2; k > sentence.tokenStart + 1 && end - k <= 24; k--) {
    const t = tokens[k]
    if (!isWord(t) || t.lower !== 'in') continue
    const poll = nounPhraseAfter(ctx, k + 1, end)
    if (!poll || poll.tokenEnd !== end) return
    // `when voters in Ohio head to the polls`: going to the polls is voting.
    for (let w = k + 1; w < end; w++) if (tokens[w].lower === 'to') return
    // `in a poll in Ohio`: the poll may sit before a later `in`.
    let head = -1
    for (let w = poll.tokenStart; w < end && head === -1; w++) if (POLL_HEAD.test(tokens[w].lower) && !isCapitalized(tokens[w].text)) head = w
    if (head === -1) continue
    // `took part in the poll`, `those surveyed in the poll`: the poll is where someone was, not what it found.
    if (/^(?:part|participated|included|surveyed|polled|questioned|interviewed|asked|voted|respondents?)$/.test(tokens[k - 1].lower)) return
    // The poll must be an issued one (`a KTV poll`, `polls from Quinnipiac`) or a single one (`in the latest poll`),
    // not `the polls` of `leads in the polls`.
    const kind = classifyPhrase(ctx, [poll])
    const single = /^(?:poll|survey)$/.test(tokens[head].lower)
    if (!kind.document || (kind.kind === 'unidentified' && !single) || end - poll.tokenStart > 10) return
    // Only when no other cue speaks in the sentence (scanned last: most sentences end in no poll).
    for (let c = sentence.tokenStart; c < end; c++) if (ctx.cueByToken.has(c)) return
    const cue = ctx.addCue({ tokenStart: k, tokenEnd: k + 1, lemma: 'in', stance: 'neutral', type: 'according-to', sentence: sentence.index, entry: 'in', ruleId: 'in-document' })
    const content = { start: tokens[sentence.tokenStart].start, end: tokens[k - 1].end }
    ctx.propose({ cue, source: poll, content: [content], quote: 'indirect', confidence: 0.7, ruleId: 'in-document' }, 'a sentence closing with "in" and a poll reports what the poll found')
    return
  }
}
