/**
 * Clause edges: where the clause holding a token starts, and whether a
 * phrase sits in a subordinate clause (`after the data shows`, `who said`).
 * Walks stay inside one sentence.
 */
import { DETERMINERS, PRONOUNS, SUBORDINATORS } from '../lexicon/words.js'
import type { AnnotationContext } from './context.js'
import { isWord } from './syntax.js'
import type { Sentence, Token } from './types.js'

/** Index of the first token of the clause that contains `index`. */
export function clauseStart(ctx: AnnotationContext, index: number, sentence: Sentence): number {
  let i = index
  while (i > sentence.tokenStart) {
    const t = ctx.tokens[i - 1]
    if (t.kind !== 'word' && /^[,;:—–("“”]$/.test(t.text)) break
    i--
  }
  return i
}

/** Is the phrase in a subordinate clause (`after the data shows`, `who said`)? */
export function isSubordinate(ctx: AnnotationContext, from: number, sentence: Sentence): boolean {
  const start = clauseStart(ctx, from, sentence)
  for (let i = start; i < from; i++) {
    const t = ctx.tokens[i]
    if (isWord(t) && SUBORDINATORS.has(t.lower) && !(t.lower === 'as' && (i === start || asPreposition(ctx.tokens[i + 1])))) return true
  }
  return false
}

/** `her tenure as secretary of state`: `as` before a bare lower-case noun is a preposition. */
function asPreposition(next: Token | undefined): boolean {
  return isWord(next) && /^[a-z]/.test(next.text) && !DETERMINERS.has(next.lower) && !(next.lower in PRONOUNS)
}
