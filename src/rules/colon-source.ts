import { HEADLINE_LABELS, isCapitalized } from '../lexicon/words.js'
import type { AnnotationContext } from '../pipeline/context.js'
import { isQuoteMark, isWord } from '../pipeline/syntax.js'
import type { Paragraph } from '../pipeline/types.js'
import { defineRule } from './rule.js'

const MAX_SPEAKER_WORDS = 5

/**
 * A colon after a speaker: transcript turns (`PENCE: …`, the rest of the
 * paragraph) and headlines (`Pence: Trump will win`).
 */
export const colonSource = defineRule({
  meta: { id: 'colon-source', stage: 'attribute', description: 'Attribute transcript turns and headline quotes to the speaker before a colon' },
  run(ctx) {
    for (const paragraph of ctx.paragraphs) {
      const sentence = ctx.sentences[paragraph.sentenceStart]
      // Some transcripts open every turn with a stray quotation mark: `"WALLACE: …`.
      const start = isQuoteMark(ctx.tokens[sentence.tokenStart]) ? sentence.tokenStart + 1 : sentence.tokenStart
      const colon = speakerColon(ctx, start, sentence.tokenEnd)
      if (colon === -1) continue
      const speaker = { tokenStart: start, tokenEnd: colon }
      const transcript = ctx.slice(speaker) === ctx.slice(speaker).toUpperCase()
      if (!transcript && !sentence.heading && paragraph.index !== 0) continue
      const contentStart = ctx.tokens[colon + 1]
      if (!contentStart) continue
      const end = transcript ? paragraphEnd(paragraph) : sentence.end
      if (contentStart.start >= end) continue
      const cue = ctx.addCue({ tokenStart: colon, tokenEnd: colon + 1, lemma: ':', stance: 'neutral', type: 'colon', sentence: sentence.index, entry: ':', ruleId: 'colon-source' })
      ctx.propose(
        { cue, source: speaker, content: [{ start: contentStart.start, end }], quote: 'direct', confidence: transcript ? 0.85 : 0.7, ruleId: 'colon-source' },
        transcript ? 'a transcript turn: the speaker before the colon' : 'a headline colon after a speaker',
      )
    }
  },
})

function paragraphEnd(paragraph: Paragraph): number {
  return paragraph.end
}

/** Index of a colon after 1–5 capitalised words at the start, or -1. */
function speakerColon(ctx: AnnotationContext, start: number, end: number): number {
  let words = 0
  for (let i = start; i < end && i <= start + MAX_SPEAKER_WORDS + 2; i++) {
    const t = ctx.tokens[i]
    if (t.text === ':') {
      if (words === 0 || words > MAX_SPEAKER_WORDS || t.quote !== -1) return -1
      const first = ctx.tokens[start]
      if (HEADLINE_LABELS.has(first.lower) && words === 1) return -1
      return i
    }
    if (isWord(t)) {
      if (!isCapitalized(t.text) && !/^(?:of|the|and|de|van|von|al)$/.test(t.text)) return -1
      if (ctx.lexicon.cueForms.has(t.lower)) return -1
      words++
    } else if (!/^[.'’-]$/.test(ctx.tokens[i].text)) return -1
  }
  return -1
}
