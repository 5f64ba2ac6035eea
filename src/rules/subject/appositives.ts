/**
 * Appositives between a subject and its cue: ages, home towns and short
 * quoted titles (`Ida Roe, 59, of Leith, Fife, who …`, `host of KTV’s
 * “Morning Harbour,”`). Helpers for subject-source.
 */
import type { AnnotationContext } from '../../pipeline/context.js'
import { appositiveAfter, isComma, isWord, looksLikeClause, nounPhraseBefore, onlyDate } from '../../pipeline/syntax.js'
import type { Sentence, TokenRange } from '../../pipeline/types.js'
import { isSubordinate } from '../../pipeline/clause-edges.js'
import { relativeHead } from '../../pipeline/relative-head.js'
import { restrictiveSubject } from '../../pipeline/subject-parts.js'
import type { Subject } from './participles.js'
import { isCapitalized } from '../../lexicon/words.js'

/** Tokens of a programme or book title in quotation marks inside a description, marks included. */
const SHORT_QUOTED_NAME = 8

/** `host of KTV’s “Morning Harbour,”`: a short capitalised title in quotation marks ends a description that reads as no clause. */
export function quotedName(ctx: AnnotationContext, quotation: { openToken: number; closeToken: number }, description: TokenRange): boolean {
  const first = ctx.tokens[quotation.openToken + 1]
  return quotation.closeToken - quotation.openToken <= SHORT_QUOTED_NAME && isWord(first) && isCapitalized(first.text) && !looksLikeClause(ctx, description.tokenStart, description.tokenEnd)
}

/** Step back over `, 59`, `, of Leith` and `, Fife` (after `of Leith`) to the name they describe. */
export function beforeAgeAndPlace(ctx: AnnotationContext, phrase: TokenRange | null, floor: number): TokenRange | null {
  const tokens = ctx.tokens
  let np = phrase
  for (let guard = 0; np && guard < 4; guard++) {
    let k = np.tokenStart - 1
    if (tokens[k]?.lower === 'of') k--
    else if (!/^\d+$/.test(ctx.slice(np))) {
      // `, Md.` after `of Ashton`: the region of a home town.
      const town = isComma(tokens[k]) ? nounPhraseBefore(ctx, k, floor) : null
      if (!town || tokens[town.tokenStart - 1]?.lower !== 'of' || !isCapitalized(tokens[np.tokenStart].text)) break
      np = town
      continue
    }
    if (!isComma(tokens[k])) break
    np = nounPhraseBefore(ctx, k, floor)
  }
  return np
}

/** `Marta Quill, who chairs the association, argued …`: the subject before a set-off description closing at the comma `close`; `j` is the cue's first token. */
export function setOffSubject(ctx: AnnotationContext, close: number, j: number, sentence: Sentence): Subject | null {
  const tokens = ctx.tokens
  // `Sandy Phillips, who lost her daughter in Aurora, Colorado, said …`: a relative clause with commas of its own.
  const relative = relativeHead(ctx, close, sentence.tokenStart, true)
  if (relative) return { source: relative.source, description: relative.description, subordinate: isSubordinate(ctx, relative.source.tokenStart, sentence), shared: null }
  // `Marta Quill, who chairs the association, argued …`
  for (let k = close - 1; k > sentence.tokenStart && k > j - 30; k--) {
    if (!isComma(tokens[k]) || tokens[k].quote !== -1) continue
    const description = appositiveAfter(ctx, k, close, true)
    // The description stops at the quotation's opening mark; the quotation still belongs to it.
    // (`Joe Ruiz, host of KTV’s “Morning Harbour,” said`: a short quoted name closes the description too.)
    const quotation = close !== j - 1 ? ctx.quotations[tokens[close].quote] : null
    if (description && quotation && description.tokenEnd === quotation.openToken && (DESCRIBING.test(tokens[description.tokenStart].lower) || quotedName(ctx, quotation, description))) description.tokenEnd = close
    if (!description || description.tokenEnd !== close) break
    let np = nounPhraseBefore(ctx, k, sentence.tokenStart)
    // `Schiff, 56, who has served …, told`, `Ida Roe, 59, of Leith, Fife, who …`: an age and a home town are appositives too; the name is before them.
    np = beforeAgeAndPlace(ctx, np, sentence.tokenStart)
    // `Two engineers who have worked on the pipeline, speaking on condition of anonymity, said …`: the head of the `who` clause.
    const restricted = np ? restrictiveSubject(ctx, np.tokenStart, sentence) : null
    if (restricted) return { source: restricted.source, description: restricted.description, subordinate: isSubordinate(ctx, restricted.source.tokenStart, sentence), shared: null }
    if (np && !onlyDate(ctx, np)) return { source: np, description, subordinate: isSubordinate(ctx, np.tokenStart, sentence), shared: null }
    break
  }
  return null
}

/** Words that open a relative clause or an appositive noun phrase (`who called it “…,”`, `a group it calls “…,”`). */
const DESCRIBING = /^(?:who|which|whose|that|a|an|the|his|her|their|its)$/
