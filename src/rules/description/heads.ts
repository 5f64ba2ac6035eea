/**
 * Head nouns for description-reference: the head of a phrase, nouns that
 * name bodies, and documents a source speaks in (`In a statement, …`).
 */
import type { AnnotationContext } from '../../pipeline/context.js'
import type { Candidate } from '../../pipeline/types.js'

/** The head of a phrase: the word before its first preposition or adjective complement, else its last word. */
export function headWord(words: readonly string[]): string {
  const k = words.findIndex((w, i) => i > 0 && /^(?:of|for|at|in|with|close|familiar|from|on|to|who|that|briefed)$/.test(w))
  return k > 0 ? words[k - 1] : (words[words.length - 1] ?? '')
}

/** Documents a source speaks in: `In a statement, X said …` and later `the statement said`. */
export const SPOKEN_IN = new Set(['statement', 'letter', 'memo', 'email', 'post', 'tweet', 'filing', 'release'])

/** Does the earlier attribution's sentence open with `In a <head>` (or hold `in a <head>` before its cue), two modifiers allowed (`In its quarterly Inflation Report`)? */
export function spokeIn(ctx: AnnotationContext, a: Candidate, head: string): boolean {
  const sentence = ctx.sentences[a.cue.sentence]
  for (let i = sentence.tokenStart; i + 2 < a.cue.tokenStart; i++) {
    if (ctx.tokens[i].lower !== 'in' || !/^(?:a|an|the|his|her|their|its)$/.test(ctx.tokens[i + 1].lower)) continue
    for (let k = i + 2; k < a.cue.tokenStart && k <= i + 4 && ctx.tokens[k].kind === 'word'; k++) if (ctx.tokens[k].lower === head) return true
  }
  return false
}

/** Bodies that elect or seat members, beside the lexicon's body heads. */
export const ASSEMBLIES = new Set(['council', 'committee', 'assembly', 'parliament', 'senate', 'congress', 'legislature', 'panel'])

/** A head noun that names a body (`council`, `agency`, `board`), never a person. */
export function bodyNoun(ctx: AnnotationContext, head: string): boolean {
  return ctx.lexicon.bodyHeads.has(head) || ASSEMBLIES.has(head)
}

