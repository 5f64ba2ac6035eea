/**
 * Attitudes told by an adjective after a copula: `Republicans seem
 * confident they …`, `she's so frustrated that …`. The copula and degree
 * words belong to the cue, so the subject before them is its source.
 */
import type { AnnotationContext } from './context.js'
import { isWord } from './syntax.js'

const COPULAS = new Set(['is', 'are', 'was', 'were', 'am', 'be', 'been', 'being', 'seem', 'seems', 'seemed', 'remain', 'remains', 'remained', 'feel', 'feels', 'felt', 'appear', 'appears', 'appeared', 'became', 'become', 'becomes', 'grew', 'grow', 'grows'])
const DEGREE = new Set(['so', 'very', 'quite', 'increasingly', 'more', 'less', 'still', 'also', 'now', 'fairly', 'pretty', 'deeply', 'too', 'all', 'entirely', 'fully', 'absolutely'])
/** `she's`, `they're`, `I'm`: a subject pronoun with its copula in one token. */
const CONTRACTED = /^(?:he|she|they|we|i|you|who)['’](?:s|re|m)$/
const CLAUSE_SUBJECTS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'there'])

/** Add a cue for each attitude adjective after a copula that introduces a clause. */
export function findAttitudes(ctx: AnnotationContext): void {
  const tokens = ctx.tokens
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]
    const stance = t.kind === 'word' ? ctx.lexicon.adjectiveCues.get(t.lower) : undefined
    if (!stance) continue
    const start = attitudeStart(ctx, i)
    if (start !== -1) ctx.addCue({ tokenStart: start, tokenEnd: i + 1, lemma: t.lower, stance, type: 'verb', sentence: t.sentence, entry: t.lower, ruleId: 'verb-cues' })
  }
}

/** Where the cue of the attitude adjective at `i` starts (its copula, or the word after `she's`), or -1. */
export function attitudeStart(ctx: AnnotationContext, i: number): number {
  const tokens = ctx.tokens
  const t = tokens[i]
  const next = tokens[i + 1]
  if (t.quote !== -1 || !next || next.sentence !== t.sentence || !(next.lower === 'that' || CLAUSE_SUBJECTS.has(next.lower))) return -1
  const floor = ctx.sentences[t.sentence].tokenStart
  let k = i - 1
  while (k > floor && i - k <= 3 && isWord(tokens[k]) && (DEGREE.has(tokens[k].lower) || /^[a-z]+ly$/.test(tokens[k].lower))) k--
  const copula = tokens[k]
  if (!isWord(copula) || k < floor) return -1
  const contracted = CONTRACTED.test(copula.lower)
  if (!contracted && !COPULAS.has(copula.lower)) return -1
  // `it is certain that …`: an impersonal subject holds no attitude.
  if (!contracted && /^(?:it|there|this|that)$/.test(tokens[k - 1]?.lower ?? '')) return -1
  // `is not sure that …`, `never seemed convinced`: no attitude is reported.
  for (let w = Math.max(floor, k - 1); w < i; w++) if (tokens[w].lower === 'not' || tokens[w].lower === 'never' || tokens[w].lower.endsWith("n't")) return -1
  return contracted ? k + 1 : k
}
