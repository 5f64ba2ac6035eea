/**
 * Subjects of participle cues for subject-source: `…, adding that …` shares
 * the clause's source, and `Noting that …, X said` takes the main clause's
 * subject.
 */
import { OPENERS, afterFrontedAdjunct, clauseSubject, subjectWords, withoutTimePreposition } from '../../pipeline/clause-subject.js'
import type { AnnotationContext } from '../../pipeline/context.js'
import { afterDateline } from '../../pipeline/dateline.js'
import { isComma, isQuoteMark, looksLikeClause, nounPhraseAfter } from '../../pipeline/syntax.js'
import type { CueMatch, TokenRange } from '../../pipeline/types.js'

export interface Subject {
  source: TokenRange | null
  description: TokenRange | null
  subordinate: boolean
  shared: number | null
  /** A participle adjunct (`…, saying …`): subordinate, but its content runs on past commas. */
  adjunct?: boolean
}

/** `Reporting among the poorest …`: a gerund with a place, not a report. */
const PREPOSITION = /^(?:among|in|on|at|for|from|with|by|to|of|about|across|after|before)$/

/** Words a clause subject may have (`The Daily Courier and the Norvale harbour pilots' union`). */
export const MAX_CLAUSE_SUBJECT = 12

/** `…, adding that …`: a participle after a comma shares the source of the clause before it. */
export function participleSubject(ctx: AnnotationContext, cue: CueMatch, j: number): Subject | null {
  const previous = (ctx.bySentence.get(cue.sentence) ?? []).filter((c) => !c.removed && c.cue.tokenStart < cue.tokenStart).pop()
  if (previous) return { source: previous.source, description: previous.sourceDescription, subordinate: false, shared: previous.id }
  // (`HARLOW, Vell. — Sen. Ida Roe weighed in …, calling …`: the clause starts after a wire dateline.)
  const start = afterDateline(ctx, { tokenStart: ctx.sentences[cue.sentence].tokenStart, tokenEnd: j }).tokenStart
  // `In August, several groups granted …, saying …`: after a fronted adjunct, the words before the verb.
  const after = afterFrontedAdjunct(ctx, start, j)
  const found = clauseSubject(ctx, start, j - 1) ?? (after > start ? subjectWords(ctx, after, j - 1) : nounPhraseAfter(ctx, start, j))
  // `A federal judge on Friday blocked …`: a preposition whose object is a time word ends the subject.
  const np = found && withoutTimePreposition(ctx, found)
  // `However, simply complaining … is not enough`: after a lone discourse adverb the -ing word is a gerund subject.
  if (np && np.tokenEnd - np.tokenStart === 1 && OPENERS.has(ctx.tokens[np.tokenStart].lower)) return null
  // `The judge rejected the request, saying …`: an adjunct participle covers the sentence only as most of it.
  if (np && np.tokenEnd - np.tokenStart <= MAX_CLAUSE_SUBJECT) return { source: np, description: null, subordinate: true, shared: null, adjunct: true }
  return null
}

/**
 * `Noting that the vote was close, Varga said …`: a participle opening the
 * sentence has the main clause's subject, found after the comma that ends
 * the participle's clause. Subordinate: its content stops at that comma.
 */
export function frontedParticiple(ctx: AnnotationContext, cue: CueMatch): Subject | null {
  const tokens = ctx.tokens
  const sentence = ctx.sentences[cue.sentence]
  if (!tokens[cue.tokenStart].lower.endsWith('ing')) return null
  for (let i = cue.tokenEnd; i < sentence.tokenEnd; i++) {
    if (!isComma(tokens[i]) || tokens[i].quote !== -1) continue
    // Only a clause or a quotation: `Citing local reports, …` is an act, not a report.
    const next = tokens[cue.tokenEnd]
    if (!(next.lower === 'that' || isQuoteMark(next) || (looksLikeClause(ctx, cue.tokenEnd, i) && !PREPOSITION.test(next.lower)))) return null
    const subject = clauseSubject(ctx, i + 1, sentence.tokenEnd)
    return subject && subject.tokenEnd - subject.tokenStart <= MAX_CLAUSE_SUBJECT ? { source: subject, description: null, subordinate: true, shared: null } : null
  }
  return null
}

/** `The talk ended with Maddow asking …`: an -ing cue after `with` and a noun phrase has that phrase as its subject. */
export function withAbsolute(ctx: AnnotationContext, np: TokenRange, cue: CueMatch): TokenRange {
  if (!ctx.tokens[cue.tokenStart].lower.endsWith('ing')) return np
  // (A short phrase only: `parents with kids in charter schools sent a letter … urging` is no absolute.)
  for (let k = np.tokenEnd - 2; k > np.tokenStart && np.tokenEnd - k <= MAX_ABSOLUTE; k--) {
    if (ctx.tokens[k].lower === 'with') return { tokenStart: k + 1, tokenEnd: np.tokenEnd }
  }
  return np
}

/** Words the subject of a `with` absolute may have, `with` included: `with recent polls`. */
const MAX_ABSOLUTE = 5

const RECORDINGS = new Set(['footage', 'video', 'videos', 'audio', 'recording', 'recordings', 'clip', 'clips', 'tape', 'tapes', 'images', 'film'])

/** `cuts to footage of Trump saying …`, `a video of the mayor telling …`: the one recorded speaks, not the recording. */
export function inRecording(ctx: AnnotationContext, np: TokenRange, cue: CueMatch): TokenRange {
  if (!ctx.tokens[cue.tokenStart].lower.endsWith('ing')) return np
  for (let k = np.tokenEnd - 2; k > np.tokenStart; k--) {
    if (ctx.tokens[k].lower === 'of' && RECORDINGS.has(ctx.tokens[k - 1].lower)) return { tokenStart: k + 1, tokenEnd: np.tokenEnd }
  }
  return np
}


/** Verbs whose object may be a gerund with no subject of its own: `It means admitting …`, `Unity requires conceding …`. */
const GERUND_TAKERS = /^(?:means?|meant|requires?|required|involves?|involved|entails?|entailed)$/

/** A gerund cue right after one of those verbs (at `j`, no adverb between) reports nobody's speech. */
export function gerundObject(ctx: AnnotationContext, cue: CueMatch, j: number): boolean {
  return j === cue.tokenStart && ctx.tokens[cue.tokenStart].lower.endsWith('ing') && GERUND_TAKERS.test(ctx.tokens[j - 1]?.lower ?? '')
}
