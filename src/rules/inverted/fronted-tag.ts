/**
 * `Said Ellis: “…”`, `Added the mayor, “…”`: a speech tag fronted before its
 * source opens the sentence, and the quotation after the source's colon or
 * comma is its content.
 */
import type { AnnotationContext } from '../../pipeline/context.js'
import { isComma, isQuoteMark, isWord, nounPhraseAfter } from '../../pipeline/syntax.js'
import type { CueMatch } from '../../pipeline/types.js'
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
  // `Said Ellis, a tax lawyer: “…”`, `Said Ida Roe, whose son, 23, is among them: “…”`: a description may sit between the source and the colon.
  const mark = quotationMark(ctx, np.tokenEnd, sentence.tokenEnd)
  if (mark === -1) return false
  const description = mark > np.tokenEnd + 1 ? { tokenStart: np.tokenEnd + 1, tokenEnd: mark } : null
  const open = tokens[mark + 1]
  const q = ctx.quotations[open.quote]
  propose(ctx, cue, np, description, [{ start: q.start, end: q.end }], null, 'a fronted speech tag before its source and quotation')
  return true
}

/** The colon or comma, at or after `from`, right before the opening mark of the sentence's first quotation; -1 if a quotation or the limit comes first. */
function quotationMark(ctx: AnnotationContext, from: number, limit: number): number {
  for (let k = from; k + 1 < limit && k - from < MAX_DESCRIPTION; k++) {
    const t = ctx.tokens[k]
    if (isQuoteMark(t)) return -1
    const open = ctx.tokens[k + 1]
    if ((t.text === ':' || isComma(t)) && isQuoteMark(open) && open.quote !== -1 && ctx.quotations[open.quote].openToken === k + 1) return k === from || isComma(ctx.tokens[from]) ? k : -1
  }
  return -1
}

const MAX_DESCRIPTION = 25

/** `Ellis`, `the mayor`, `a spokeswoman`: the source after a fronted tag opens with a name or a determiner. */
function isCapitalizedOrDetermined(ctx: AnnotationContext, index: number): boolean {
  const t = ctx.tokens[index]
  return isWord(t) && (isCapitalized(t.text) || /^(?:the|a|an|one|his|her|their|its)$/.test(t.lower))
}
