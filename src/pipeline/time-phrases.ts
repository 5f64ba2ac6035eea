/**
 * Time phrases after a cue (`on Monday`, `in March`, `on Friday night`):
 * they take only their time words, so the addressee before them and the
 * clause after them keep their own words (`told Reuters on Friday the deal
 * was dead`).
 */
import { TIME_WORDS } from '../lexicon/words.js'
import type { AnnotationContext } from './context.js'
import type { TokenRange } from './types.js'
import { isWord } from './token-tests.js'

const TIME_PREPOSITIONS = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'over', 'through', 'following'])
/** Time words that are adverbs or determiners, not nouns: `at this point`, `in then-Governor …`. */
const NOT_NOUNS = new Set(['this', 'last', 'then', 'now', 'once', 'twice', 'as', 'well', 'also', 'too', 'again', 'earlier', 'later', 'recently', 'previously', 'publicly', 'privately', 'repeatedly', 'separately'])

/** `on Monday`, `in March`: a preposition whose object is a time noun. */
export function timePhraseAt(ctx: AnnotationContext, i: number): boolean {
  const next = ctx.tokens[i + 1]?.lower ?? ''
  return TIME_PREPOSITIONS.has(ctx.tokens[i].lower) && TIME_WORDS.has(next) && !NOT_NOUNS.has(next)
}

/** `told Reuters on Friday the deal …`: the addressee ends before a time phrase. */
export function beforeTimePhrase(ctx: AnnotationContext, np: TokenRange | null): TokenRange | null {
  if (!np) return null
  for (let k = np.tokenStart + 1; k < np.tokenEnd; k++) if (timePhraseAt(ctx, k)) return { tokenStart: np.tokenStart, tokenEnd: k }
  return np
}

/** The token after `… ago` when up to four words from `i` end in `ago` (`a short time ago`), else -1. */
export function agoEnd(tokens: AnnotationContext['tokens'], i: number, end: number): number {
  for (let k = i; k < end && k < i + 5; k++) {
    if (!isWord(tokens[k])) return -1
    if (tokens[k].lower === 'ago') return k > i ? k + 1 : -1
  }
  return -1
}
