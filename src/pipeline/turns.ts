/**
 * Transcript turns beyond the plain `NAME:` label: a role or party tag in
 * the label (`GARTH LOWE, HOST:`, `MARA PELL (R-WY):`), a title the sentence
 * splitter cut off (`SEN.` | `MARA PELL:`), and the kind a later surname
 * label (`LOWE:`) takes from the full label given before.
 */
import { classifyPhrase } from './kinds.js'
import type { AnnotationContext } from './context.js'
import { isWord } from './syntax.js'
import { isCapitalized } from '../lexicon/words.js'
import { mentionKind } from './mention-kind.js'
import { mentionsOf } from './mentions.js'
import type { Candidate, Sentence, TokenRange } from './types.js'

/** How many tokens a parenthesised tag (`(R-WY)`, `(D-N.Y.)`) may hold. */
const MAX_TAG = 8

/**
 * In a label written in capitals, the index after a `, ROLE` comma or a
 * `(TAG)` starting at `i`, so the label reads on; else -1.
 */
export function labelTagEnd(ctx: AnnotationContext, start: number, i: number): number {
  const t = ctx.tokens[i]
  if (i === start || !shouted(ctx, start, i)) return -1
  if (t.text === ',') return isWord(ctx.tokens[i + 1]) && shouted(ctx, i + 1, i + 2) ? i + 1 : -1
  if (t.text !== '(') return -1
  for (let k = i + 1; k < i + MAX_TAG && k < ctx.tokens.length; k++) if (ctx.tokens[k].text === ')') return k + 1
  return -1
}

/** Every letter between `from` and `to` is a capital. */
function shouted(ctx: AnnotationContext, from: number, to: number): boolean {
  const text = ctx.text.slice(ctx.tokens[from].start, ctx.tokens[to - 1].end)
  return /\p{Lu}/u.test(text) && text === text.toUpperCase()
}

/** The sentence a paragraph's speaker label would sit in: its first, or the next after a cut-off `SEN.`. */
export function labelSentence(ctx: AnnotationContext, paragraph: number): Sentence {
  const sentence = ctx.sentences[ctx.paragraphs[paragraph].sentenceStart]
  const next = ctx.sentences[sentence.index + 1]
  return next && isCutTitle(ctx, sentence, next) ? next : sentence
}

/** `SEN.` alone: a title in capitals that the sentence splitter cut from the name after it. */
function isCutTitle(ctx: AnnotationContext, sentence: Sentence, next: Sentence): boolean {
  if (sentence.tokenEnd - sentence.tokenStart > 2 || next.paragraph !== sentence.paragraph) return false
  const text = ctx.text.slice(sentence.start, sentence.end).trim()
  return /^\p{Lu}{2,5}\.$/u.test(text)
}

/** `LOWE:` after `GARTH LOWE, HOST:`: a surname label takes the kind its full label gave. */
export function kindsFromFullLabels(ctx: AnnotationContext, turns: readonly Candidate[]): void {
  const byName = new Map<string, ReturnType<typeof classifyPhrase>>()
  for (const turn of turns) {
    if (!turn.source) continue
    const name = nameWords(ctx, turn.source)
    if (name.length < 2) continue
    const decision = classifyPhrase(ctx, [turn.source])
    if (decision.kind) byName.set(name[name.length - 1], decision)
  }
  for (const turn of turns) {
    if (!turn.source || turn.kind) continue
    const words = ctx.lowerWords(turn.source).filter((w) => /\p{L}/u.test(w))
    if (words.length !== 1 || classifyPhrase(ctx, [turn.source]).kind) continue
    const decision = byName.get(words[0])
    if (!decision?.kind) continue
    turn.kind = decision.kind
    turn.anonymous = false
    turn.evidence.push({ ruleId: 'colon-source', reason: `the transcript gave ${words[0].toUpperCase()} the full label "${decision.phrase}" before: ${decision.kind}` })
  }
}

/** The name part of a label: its words before a `, ROLE` or `(TAG)`. */
function nameWords(ctx: AnnotationContext, label: TokenRange): string[] {
  const words: string[] = []
  for (let i = label.tokenStart; i < label.tokenEnd; i++) {
    const t = ctx.tokens[i]
    if (t.text === ',' || t.text === '(') break
    if (isWord(t) && /\p{L}/u.test(t.text)) words.push(t.lower)
  }
  return words
}

/** In a transcript, an unknown speaker who asks most of the questions, or the only one who asks any, is the interviewer, a journalist: an outlet. */
export function markInterviewers(ctx: AnnotationContext, turns: Candidate[]): void {
  const asks = new Map<string, { turns: number; questions: number }>()
  for (const turn of turns) {
    if (!turn.source) continue
    const name = labelKey(ctx, turn.source)
    const text = ctx.text.slice(turn.content[0].start, turn.content[0].end)
    const entry = asks.get(name) ?? { turns: 0, questions: 0 }
    entry.turns++
    if (text.includes('?')) entry.questions++
    asks.set(name, entry)
  }
  if (asks.size < 2) return
  for (const turn of turns) {
    if (!turn.source) continue
    const key = labelKey(ctx, turn.source)
    const entry = asks.get(key)
    // (`Prosecutor Anna Lund …` earlier, then `LUND: Who decided …?`: a speaker the story gave a role is no unknown.)
    if (!entry || entry.questions === 0 || classifyPhrase(ctx, [turn.source]).kind || mentionKind(ctx, key)?.kind) continue
    const others = [...asks.entries()].filter(([n]) => n !== key)
    // Most of its turns are questions and few of the others' are, or it alone ever asks (`Thank you for joining us.`, `Why?`).
    const mostly = entry.questions * 2 >= entry.turns + 1 && others.every(([, o]) => o.questions * 2 < o.turns)
    const alone = entry.turns >= 2 && others.every(([, o]) => o.questions === 0)
    if (mostly || alone) {
      turn.kind = 'outlet'
      turn.evidence.push({ ruleId: 'colon-source', reason: 'asks the questions in a transcript: the interviewer, a journalist' })
    }
  }
}

/** `JAKE TAPPER` and `TAPPER` are one speaker: a label counts by its last word. */
function labelKey(ctx: AnnotationContext, label: TokenRange): string {
  const words = ctx.lowerWords(label)
  return words[words.length - 1] ?? ''
}

/** The label has a role or kind (`Sen. Ruiz`, `NY Post`), or one of its words names someone mentioned elsewhere in the story (`Clinton camp`). */
export function knownSpeaker(ctx: AnnotationContext, speaker: TokenRange): boolean {
  if (classifyPhrase(ctx, [speaker]).kind) return true
  const mentions = mentionsOf(ctx)
  for (let i = speaker.tokenStart; i < speaker.tokenEnd; i++) {
    const t = ctx.tokens[i]
    if (!isWord(t) || !isCapitalized(t.text)) continue
    const elsewhere = mentions.get(t.lower.replace(/['’]s$/, ''))?.some((m) => m.tokenStart >= speaker.tokenEnd || m.tokenEnd <= speaker.tokenStart)
    if (elsewhere) return true
  }
  return false
}

/** Three or more commas between names and nothing but capitalised words (and `and`). */
export function roster(ctx: AnnotationContext, from: number, to: number): boolean {
  let commas = 0
  for (let i = from; i < to; i++) {
    const t = ctx.tokens[i]
    if (t.text === ',') commas++
    else if (isWord(t) && !isCapitalized(t.text) && t.lower !== 'and') return false
  }
  return commas >= 3
}
