import { AUXILIARIES, HEADLINE_LABELS, isCapitalized } from '../lexicon/words.js'
import type { AnnotationContext } from '../pipeline/context.js'
import { isCreditLine, isStageDirection } from '../pipeline/asides.js'
import { kindsFromFullLabels, knownSpeaker, labelSentence, labelTagEnd, markInterviewers, roster } from '../pipeline/turns.js'
import { isQuoteMark, isWord } from '../pipeline/syntax.js'
import type { Candidate, OffsetRange } from '../pipeline/types.js'
import { defineRule } from './rule.js'
import { MAX_SPEAKER_WORDS, clauseBeforeQuote, quotedAfterName } from './colon/quoted-after.js'

const HEADLINE_LINKS = new Set(['to', 'at', 'on', 'in', 'for'])
const SPEECH_VERBS = /^(?:say|says|said|tell|tells|told|ask|asks|asked|add|adds|added|write|writes|wrote|continue|continues|continued)$/

/**
 * A colon after a speaker: transcript turns (`PENCE: …`, running on over the
 * turn's following paragraphs until the next speaker) and headlines
 * (`Pence: Trump will win`). In a transcript, an unknown speaker who asks
 * most of the questions is the interviewer, a journalist: an outlet.
 */
/** Last words of a newsletter's or series' name: `Monday's Morning Email`, `Breitbart News Daily`. */
const SERIES = new Set(['email', 'daily', 'briefing', 'newsletter', 'digest', 'roundup', 'playbook', 'podcast'])

/** Words that make a headline label an event or topic, not a speaker. */
const EVENT_WORDS = new Set(['cyclone', 'hurricane', 'storm', 'typhoon', 'earthquake', 'quake', 'flood', 'floods', 'wildfire', 'fire', 'election', 'elections', 'war', 'crisis', 'trial', 'strike', 'ceasefire', 'truce', 'summit', 'budget', 'outbreak', 'pandemic', 'scandal', 'recall', 'verdict', 'debate', 'primary', 'referendum', 'protests', 'protest', 'attack', 'shooting', 'crash'])

export const colonSource = defineRule({
  meta: { id: 'colon-source', stage: 'attribute', description: 'Attribute transcript turns and headline quotes to the speaker before a colon' },
  run(ctx) {
    const turns: Candidate[] = []
    for (const paragraph of ctx.paragraphs) {
      const sentence = labelSentence(ctx, paragraph.index)
      // Some transcripts open every turn with a stray quotation mark: `"WALLACE: …`.
      const start = isQuoteMark(ctx.tokens[sentence.tokenStart]) ? sentence.tokenStart + 1 : sentence.tokenStart
      const headline = sentence.heading || paragraph.index === 0
      const colon = speakerColon(ctx, start, sentence.tokenEnd, headline)
      if (colon === -1) continue
      const speakerEnd = headline ? headlineSpeakerEnd(ctx, start, colon) : colon
      const speaker = { tokenStart: start, tokenEnd: speakerEnd }
      // A body paragraph opening with `NAME:` or `Chris Matthews:` is a transcript turn.
      const transcript = !headline || ctx.slice(speaker) === ctx.slice(speaker).toUpperCase()
      // `Veto Power Impedes Peace Efforts: …`: a run-in section heading in mixed case names nobody the story knows.
      // (A headline's short name, `Milbank: …`, may be the columnist's byline.)
      if (ctx.slice(speaker) !== ctx.slice(speaker).toUpperCase() && !knownSpeaker(ctx, speaker) && !(headline && speakerEnd - start <= 2)) continue
      // `Cyclone Imara: aid stuck at port`: an event or a topic before a headline colon is no speaker.
      if (headline && !transcript && ctx.lowerWords(speaker).some((w) => EVENT_WORDS.has(w))) continue
      if (!transcript && ctx.tokens[colon].quote !== -1) continue
      if (transcript && speakerEnd !== colon) continue
      const contentStart = ctx.tokens[colon + 1]
      if (!contentStart || contentStart.start >= (transcript ? paragraph.end : sentence.end)) continue
      // `Clinton: 547.` in a tally is a label and a number, not speech.
      // A turn of a speaker in capitals (`HALE: No.`) may be a single word.
      const name = ctx.slice(speaker)
      const least = transcript && !headline && name === name.toUpperCase() && /\p{Lu}/u.test(name) ? 1 : 2
      if (!hasWords(ctx, colon + 1, transcript ? ctx.sentences[paragraph.sentenceEnd - 1].tokenEnd : sentence.tokenEnd, least)) continue
      // `Iowa: Tim Albrecht, Brad Anderson, Rob Barron, …`: a roster of names is a list, not speech.
      if (roster(ctx, colon + 1, sentence.tokenEnd)) continue
      // `Monday's Morning Email: …`, `Breitbart News Daily: …`: a newsletter's or series' name labels an issue; nobody speaks.
      if (headline && !transcript && SERIES.has(ctx.tokens[speakerEnd - 1].lower)) continue
      const content = transcript ? turnContent(ctx, paragraph.index, contentStart.start) : [{ start: contentStart.start, end: sentence.end }]
      const cue = ctx.addCue({ tokenStart: colon, tokenEnd: colon + 1, lemma: ':', stance: 'neutral', type: 'colon', sentence: sentence.index, entry: ':', ruleId: 'colon-source' })
      const candidate = ctx.propose(
        { cue, source: speaker, content, quote: 'direct', confidence: transcript ? 0.85 : 0.7, ruleId: 'colon-source' },
        transcript ? 'a transcript turn: the speaker before the colon' : 'a headline colon after a speaker',
      )
      if (transcript) turns.push(candidate)
    }
    kindsFromFullLabels(ctx, turns)
    markInterviewers(ctx, turns)
    quotedAfterName(ctx)
    clauseBeforeQuote(ctx)
  },
})

/** `Clinton to Planned Parenthood: …`, `Mukasey at RNC: …`: the speaker is the name before the preposition. */
function headlineSpeakerEnd(ctx: AnnotationContext, start: number, colon: number): number {
  for (let i = start + 1; i < colon; i++) if (isWord(ctx.tokens[i]) && HEADLINE_LINKS.has(ctx.tokens[i].text)) return i
  return colon
}

/** The turn's words: stage directions (`(LAUGHTER)`) are left out, and a credit line ends it. */
function turnContent(ctx: AnnotationContext, paragraph: number, from: number): OffsetRange[] {
  const end = turnEnd(ctx, paragraph)
  const spans: OffsetRange[] = []
  let open: OffsetRange | null = null
  let s = ctx.sentenceOf(ctx.tokenAt(from)).index
  for (; s < ctx.sentences.length && ctx.sentences[s].start < end; s++) {
    const sentence = ctx.sentences[s]
    if (open && isCreditLine(ctx, sentence)) return spans
    if (open && isStageDirection(ctx, sentence)) {
      open = null
      continue
    }
    if (!open) spans.push((open = { start: Math.max(from, sentence.start), end: sentence.end }))
    else open.end = sentence.end
  }
  // Running to the end of the turn, the span keeps what follows its last sentence, as a whole turn does.
  if (open) open.end = Math.max(open.end, end)
  return spans
}

/**
 * A turn runs on over the paragraphs after it that open with a quotation
 * mark, and over unlabelled paragraphs that another turn follows, up to the
 * next speaker.
 */
function turnEnd(ctx: AnnotationContext, paragraph: number): number {
  let end = ctx.paragraphs[paragraph].end
  const person = isTurn(ctx, paragraph, true)
  for (let p = paragraph + 1; p < ctx.paragraphs.length; p++) {
    const first = ctx.sentences[ctx.paragraphs[p].sentenceStart].tokenStart
    if (isTurn(ctx, p, false) || (!isQuoteMark(ctx.tokens[first]) && !(person && turnFollows(ctx, p)))) break
    end = ctx.paragraphs[p].end
  }
  return end
}

/** How many unlabelled paragraphs a turn may run over before the next speaker. */
const MAX_UNLABELLED = 3

/** A labelled turn comes within a few paragraphs after paragraph `p`. */
function turnFollows(ctx: AnnotationContext, p: number): boolean {
  for (let q = p + 1; q < ctx.paragraphs.length && q <= p + MAX_UNLABELLED; q++) if (isTurn(ctx, q, true)) return true
  return false
}

/**
 * Paragraph `p` opens with a speaker label (`NAME:`, `"NAME:`); with
 * `person`, one that names a person (`TAPPER:`, `Chris Matthews:`), not a
 * section label (`The Gap Goes On:`, `Success on Climate:`).
 */
function isTurn(ctx: AnnotationContext, p: number, person: boolean): boolean {
  const sentence = labelSentence(ctx, p)
  const start = isQuoteMark(ctx.tokens[sentence.tokenStart]) ? sentence.tokenStart + 1 : sentence.tokenStart
  const colon = speakerColon(ctx, start, sentence.tokenEnd, false)
  if (colon === -1 || !person) return colon !== -1
  for (let i = start; i < colon; i++) if (isWord(ctx.tokens[i]) && (!isCapitalized(ctx.tokens[i].text) || ctx.tokens[i].lower === 'the')) return false
  return true
}

/** Index of a colon after 1–5 capitalised words at the start, or -1. */
function speakerColon(ctx: AnnotationContext, start: number, end: number, headline: boolean): number {
  let words = 0
  // `Finance minister: …`, `Rescue chief: …`: a headline in sentence case may write a role in lower case.
  let lowerRole = false
  // After `to`/`at`/`on` (`Ruiz to farmers:`) the words name an audience or place, in any case.
  let linked = false
  for (let i = start; i < end && i <= start + MAX_SPEAKER_WORDS + 2; i++) {
    const t = ctx.tokens[i]
    if (t.text === ':') {
      if (words === 0 || words > MAX_SPEAKER_WORDS) return -1
      // `Update:`, `The Latest:`, `Editor's Note:` label a section; they are nobody's words.
      // (`Just Leaked:`, `Just In:`: an intensifier before the label.)
      const first = /^(?:the|just)$/.test(ctx.tokens[start].lower) && start + 1 < i ? ctx.tokens[start + 1] : ctx.tokens[start]
      if (HEADLINE_LABELS.has(first.lower) || HEADLINE_LABELS.has(`${ctx.tokens[start].lower} ${ctx.tokens[start + 1]?.lower}`)) return -1
      if (lowerRole && !ctx.lexicon.kinds.word(ctx.tokens[i - 1].lower)) return -1
      return i
    }
    // `GARTH LOWE, HOST:`, `MARA PELL (R-WY):`: a role or party tag inside a label in capitals.
    const tag = labelTagEnd(ctx, start, i)
    if (tag !== -1) {
      i = tag - 1
      continue
    }
    if (isWord(t)) {
      // (`France 24:`, `Channel 4:`: a number after a capitalised word is part of a broadcaster's name.)
      const numbered = i > start && /^\d{1,3}$/.test(t.text) && isCapitalized(ctx.tokens[i - 1].text)
      if (!linked && !numbered && !isCapitalized(t.text) && !/^(?:of|the|and|de|van|von|al|to|at|on|in|for|camp|campaign)$/.test(t.text)) {
        if (!headline || i === start || ctx.tokens[i + 1]?.text !== ':') return -1
        lowerRole = true
      }
      if (i > start && HEADLINE_LINKS.has(t.text)) linked = true
      // `Trump says: …` is a verb cue; `NY Post: …` is a speaker whose name holds a cue-like word.
      if (SPEECH_VERBS.test(t.lower)) return -1
      // `FIX IS IN: …`: a label with a finite verb is a clause, not a speaker.
      if (i > start && AUXILIARIES.has(t.lower)) return -1
      words++
    } else if (!/^[.'’-]$/.test(ctx.tokens[i].text)) return -1
  }
  return -1
}

/** At least `least` words with letters between `from` and `to`. */
function hasWords(ctx: AnnotationContext, from: number, to: number, least: number): boolean {
  let words = 0
  for (let i = from; i < to && words < least; i++) if (isWord(ctx.tokens[i]) && /\p{L}/u.test(ctx.tokens[i].text)) words++
  return words >= least
}
