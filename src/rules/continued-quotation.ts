import type { Candidate } from '../pipeline/types.js'
import { defineRule } from './rule.js'

/**
 * A paragraph that opens with a quotation and has no cue of its own continues
 * the speaker of the paragraph before (`Axios cited an official who said,` ↵
 * `“…”`, or a quotation that goes on without a tag).
 */
export const continuedQuotation = defineRule({
  meta: { id: 'continued-quotation', stage: 'resolve', description: 'Give cue-less quotation paragraphs the previous speaker' },
  run(ctx) {
    const live = ctx.live()
    const covered = (start: number, end: number): boolean =>
      live.some((c) => c.content.some((s) => s.start < end && s.end > start) || (c.cue.tokenEnd > c.cue.tokenStart && ctx.tokens[c.cue.tokenStart].start >= start && ctx.tokens[c.cue.tokenStart].start < end))
    let last: Candidate | null = null
    let k = 0
    const ordered = [...live].sort((a, b) => ctx.tokens[a.cue.tokenStart].start - ctx.tokens[b.cue.tokenStart].start)
    for (const paragraph of ctx.paragraphs) {
      const first = ctx.tokens[ctx.sentences[paragraph.sentenceStart].tokenStart]
      const opensQuote = first.quote !== -1 && ctx.quotations[first.quote].openToken === first.index
      if (opensQuote && last && last.quote !== 'indirect' && ctx.sentences[last.cue.sentence].paragraph === paragraph.index - 1 && !covered(paragraph.start, paragraph.end)) {
        const quotation = ctx.quotations[first.quote]
        const cue = ctx.addCue({ tokenStart: first.index, tokenEnd: first.index, lemma: last.cue.lemma, stance: last.cue.stance, type: last.cue.type, sentence: first.sentence, entry: last.cue.entry, ruleId: 'continued-quotation' })
        last = ctx.propose(
          {
            cue,
            source: null,
            content: [{ start: quotation.start, end: Math.max(quotation.end, paragraph.end) }],
            quote: 'direct',
            kind: last.kind,
            anonymous: last.anonymous,
            sourceName: last.sourceName,
            via: last.via,
            viaName: last.viaName,
            antecedent: last.id,
            confidence: 0.7,
            ruleId: 'continued-quotation',
          },
          'a quotation paragraph without a cue continues the previous speaker',
        )
        continue
      }
      while (k < ordered.length && ctx.tokens[ordered[k].cue.tokenStart].start < paragraph.end) last = ordered[k++]
    }
  },
})
