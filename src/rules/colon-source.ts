import { HEADLINE_LABELS, isCapitalized } from '../lexicon/words.js'
import type { AnnotationContext } from '../pipeline/context.js'
import { classifyPhrase } from '../pipeline/kinds.js'
import { isQuoteMark, isWord } from '../pipeline/syntax.js'
import type { Candidate } from '../pipeline/types.js'
import { defineRule } from './rule.js'

const MAX_SPEAKER_WORDS = 5
const SPEECH_VERBS = /^(?:say|says|said|tell|tells|told|ask|asks|asked|add|adds|added|write|writes|wrote|continue|continues|continued)$/

/**
 * A colon after a speaker: transcript turns (`PENCE: …`, running on over the
 * turn's following paragraphs until the next speaker) and headlines
 * (`Pence: Trump will win`). In a transcript, an unknown speaker who asks
 * most of the questions is the interviewer, a journalist: an outlet.
 */
export const colonSource = defineRule({
  meta: { id: 'colon-source', stage: 'attribute', description: 'Attribute transcript turns and headline quotes to the speaker before a colon' },
  run(ctx) {
    const turns: Candidate[] = []
    for (const paragraph of ctx.paragraphs) {
      const sentence = ctx.sentences[paragraph.sentenceStart]
      // Some transcripts open every turn with a stray quotation mark: `"WALLACE: …`.
      const start = isQuoteMark(ctx.tokens[sentence.tokenStart]) ? sentence.tokenStart + 1 : sentence.tokenStart
      const colon = speakerColon(ctx, start, sentence.tokenEnd)
      if (colon === -1) continue
      const speaker = { tokenStart: start, tokenEnd: colon }
      const transcript = ctx.slice(speaker) === ctx.slice(speaker).toUpperCase()
      if (!transcript && ((!sentence.heading && paragraph.index !== 0) || ctx.tokens[colon].quote !== -1)) continue
      const contentStart = ctx.tokens[colon + 1]
      if (!contentStart || contentStart.start >= (transcript ? paragraph.end : sentence.end)) continue
      const end = transcript ? turnEnd(ctx, paragraph.index) : sentence.end
      const cue = ctx.addCue({ tokenStart: colon, tokenEnd: colon + 1, lemma: ':', stance: 'neutral', type: 'colon', sentence: sentence.index, entry: ':', ruleId: 'colon-source' })
      const candidate = ctx.propose(
        { cue, source: speaker, content: [{ start: contentStart.start, end }], quote: 'direct', confidence: transcript ? 0.85 : 0.7, ruleId: 'colon-source' },
        transcript ? 'a transcript turn: the speaker before the colon' : 'a headline colon after a speaker',
      )
      if (transcript) turns.push(candidate)
    }
    markInterviewers(ctx, turns)
  },
})

/** A turn runs on over the paragraphs after it that open with a quotation mark, up to the next speaker. */
function turnEnd(ctx: AnnotationContext, paragraph: number): number {
  let end = ctx.paragraphs[paragraph].end
  for (let p = paragraph + 1; p < ctx.paragraphs.length; p++) {
    const first = ctx.sentences[ctx.paragraphs[p].sentenceStart].tokenStart
    const start = isQuoteMark(ctx.tokens[first]) ? first + 1 : first
    if (!isQuoteMark(ctx.tokens[first]) || speakerColon(ctx, start, ctx.sentences[ctx.paragraphs[p].sentenceStart].tokenEnd) !== -1) break
    end = ctx.paragraphs[p].end
  }
  return end
}

function markInterviewers(ctx: AnnotationContext, turns: Candidate[]): void {
  const asks = new Map<string, { turns: number; questions: number }>()
  for (const turn of turns) {
    if (!turn.source) continue
    const name = ctx.slice(turn.source)
    const text = ctx.text.slice(turn.content[0].start, turn.content[0].end)
    const entry = asks.get(name) ?? { turns: 0, questions: 0 }
    entry.turns++
    if (text.includes('?')) entry.questions++
    asks.set(name, entry)
  }
  if (asks.size < 2) return
  for (const turn of turns) {
    if (!turn.source) continue
    const entry = asks.get(ctx.slice(turn.source))
    if (!entry || entry.questions * 2 < entry.turns + 1 || classifyPhrase(ctx, [turn.source]).kind) continue
    const others = [...asks.entries()].filter(([n]) => n !== ctx.slice(turn.source!))
    if (others.every(([, o]) => o.questions * 2 < o.turns)) {
      turn.kind = 'outlet'
      turn.evidence.push({ ruleId: 'colon-source', reason: 'asks the questions in a transcript: the interviewer, a journalist' })
    }
  }
}

/** Index of a colon after 1–5 capitalised words at the start, or -1. */
function speakerColon(ctx: AnnotationContext, start: number, end: number): number {
  let words = 0
  for (let i = start; i < end && i <= start + MAX_SPEAKER_WORDS + 2; i++) {
    const t = ctx.tokens[i]
    if (t.text === ':') {
      if (words === 0 || words > MAX_SPEAKER_WORDS) return -1
      const first = ctx.tokens[start]
      if (HEADLINE_LABELS.has(first.lower) && words === 1) return -1
      return i
    }
    if (isWord(t)) {
      if (!isCapitalized(t.text) && !/^(?:of|the|and|de|van|von|al)$/.test(t.text)) return -1
      // `Trump says: …` is a verb cue; `NY Post: …` is a speaker whose name holds a cue-like word.
      if (SPEECH_VERBS.test(t.lower)) return -1
      words++
    } else if (!/^[.'’-]$/.test(ctx.tokens[i].text)) return -1
  }
  return -1
}
