/**
 * `Said Ellis: “…”`, `Added the mayor, “…”`: a speech tag fronted before its
 * source opens the sentence, and the quotation after the source's colon or
 * comma is its content.
 */
import type { AnnotationContext } from '../../pipeline/context.js'
import { appositiveAfter, isComma, isQuoteMark, isWord, nounPhraseAfter } from '../../pipeline/syntax.js'
import type { CueMatch, TokenRange } from '../../pipeline/types.js'
import { isCapitalized } from '../../lexicon/words.js'
import { propose } from './content.js'

/** Verbs that front a tag in news prose; `Asked`, `Told` and `Called` open participle clauses instead. */
const FRONTING = new Set(['say', 'add', 'write', 'explain', 'note', 'declare', 'recall', 'insist', 'warn', 'tweet', 'observe', 'remark', 'quip', 'continue', 'conclude'])

/** Propose `Cue source[, appositive]: “…”`; `j` is the first token of the cue with its adverbs. */
export function frontedTag(ctx: AnnotationContext, cue: CueMatch, j: number): boolean {
  const sentence = ctx.sentences[cue.sentence]
  const tokens = ctx.tokens
  const first = tokens[cue.tokenStart]
  if (j !== sentence.tokenStart || cue.tokenEnd - cue.tokenStart !== 1 || !isCapitalized(first.text) || !/(?:ed|id|te|s)$/.test(first.lower) || !FRONTING.has(cue.lemma)) return false
  const np = nounPhraseAfter(ctx, cue.tokenEnd, sentence.tokenEnd)
  if (!np || np.tokenStart !== cue.tokenEnd || !isCapitalizedOrDetermined(ctx, np.tokenStart)) return false
  // `Said Ellis, a tax lawyer: “…”`: an appositive may sit between the source and the colon.
  const appositive = appositiveAfter(ctx, np.tokenEnd, sentence.tokenEnd, true)
  const description = appositive && untilColon(ctx, appositive)
  const mark = description ? description.tokenEnd : np.tokenEnd
  const colon = tokens[mark]
  if (!colon || !(colon.text === ':' || isComma(colon))) return false
  const open = tokens[mark + 1]
  if (!isQuoteMark(open) || open.quote === -1 || ctx.quotations[open.quote].openToken !== mark + 1) return false
  const q = ctx.quotations[open.quote]
  propose(ctx, cue, np, description, [{ start: q.start, end: q.end }], null, 'a fronted speech tag before its source and quotation')
  return true
}

/** The appositive up to a colon inside it (`a tax lawyer: “…”`), if it is not empty. */
function untilColon(ctx: AnnotationContext, range: TokenRange): TokenRange | null {
  for (let k = range.tokenStart; k < range.tokenEnd; k++) if (ctx.tokens[k].text === ':') return k > range.tokenStart ? { tokenStart: range.tokenStart, tokenEnd: k } : null
  return range
}

/** `Ellis`, `the mayor`, `a spokeswoman`: the source after a fronted tag opens with a name or a determiner. */
function isCapitalizedOrDetermined(ctx: AnnotationContext, index: number): boolean {
  const t = ctx.tokens[index]
  return isWord(t) && (isCapitalized(t.text) || /^(?:the|a|an|one|his|her|their|its)$/.test(t.lower))
}
