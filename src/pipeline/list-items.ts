/**
 * Lists whose items drop their subject: `Imagine that she:` followed by
 * paragraphs that open with a verb (`Lacks …`, `Calls rivals “clowns” …`).
 * The subject is the one the colon line introduced, so a cue in an item has
 * a speaker even though no word in the item names it.
 */
import { AUXILIARIES, IRREGULAR_PAST, isCapitalized } from '../lexicon/words.js'
import type { AnnotationContext } from './context.js'
import { isWord } from './syntax.js'

/** How many item paragraphs back the colon line may be. */
const MAX_ITEMS = 12

/** Is the paragraph an item of a list introduced by a colon line, each item opening with a verb? */
export function inVerbList(ctx: AnnotationContext, paragraph: number): boolean {
  if (!opensWithVerb(ctx, paragraph)) return false
  for (let k = paragraph - 1; k >= 0 && k >= paragraph - MAX_ITEMS; k--) {
    if (endsWithColon(ctx, k)) return true
    if (!opensWithVerb(ctx, k)) return false
  }
  return false
}

function endsWithColon(ctx: AnnotationContext, paragraph: number): boolean {
  const p = ctx.paragraphs[paragraph]
  const last = p.sentenceEnd > p.sentenceStart ? ctx.sentences[p.sentenceEnd - 1] : undefined
  return last !== undefined && last.tokenEnd > last.tokenStart && ctx.tokens[last.tokenEnd - 1].text === ':'
}

/** `Lacks …`, `Filed for …`, `Is the first …`: a capitalised finite verb opens the paragraph. */
function opensWithVerb(ctx: AnnotationContext, paragraph: number): boolean {
  const p = ctx.paragraphs[paragraph]
  if (p.sentenceEnd <= p.sentenceStart) return false
  const s = ctx.sentences[p.sentenceStart]
  const first = ctx.tokens[s.tokenStart]
  const next = ctx.tokens[s.tokenStart + 1]
  // `Declared 2016 Presidential Candidates`: a title, not a verb with its object.
  if (!isWord(first) || !isCapitalized(first.text) || first.quote !== -1 || !isWord(next) || !/^[a-z]/.test(next.text)) return false
  // `Officials said`, `Democrats argue`: a plural noun followed by its verb is a subject, not an item's verb.
  // (`Keeps saying …` is a verb with its participle: a subject would need an auxiliary before `saying`.)
  if ((ctx.lexicon.cueForms.has(next.lower) && !next.lower.endsWith('ing')) || AUXILIARIES.has(next.lower)) return false
  const w = first.lower
  return AUXILIARIES.has(w) || IRREGULAR_PAST.has(w) || ctx.lexicon.cueForms.has(w) || /^[a-z]{3,}(?:ed|[^su]s)$/.test(w)
}
