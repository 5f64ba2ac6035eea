/**
 * `“…,” the official said.`: content, then source, then cue; and the
 * parenthetical `Acts of protest, Mr. Obama said, are acts of patriotism`.
 */
import { LEADING_CONNECTIVES, TIME_WORDS } from '../../lexicon/words.js'
import type { AnnotationContext } from '../../pipeline/context.js'
import { contentEnd, isComma, isQuoteMark, looksLikeClause, nounPhraseBefore, onlyDate } from '../../pipeline/syntax.js'
import type { CueMatch } from '../../pipeline/types.js'
import { adjunctEnd, endsClause, quotedLead } from './clause.js'
import { contentBefore, propose, substantial } from './content.js'

/** Words that open a time or place phrase before a subject: `At 00:40, Montes conceded.`, `Then, …`. */
const LEAD_ADJUNCTS = new Set(['at', 'in', 'on', 'by', 'after', 'before', 'during', 'since', 'until', 'from', 'with', 'for', 'then'])

/** Propose `content, source, cue`; `j` is the first token of the cue with its adverbs. */
export function sourceFirst(ctx: AnnotationContext, cue: CueMatch, j: number): boolean {
  const sentence = ctx.sentences[cue.sentence]
  const tokens = ctx.tokens
  const np = nounPhraseBefore(ctx, j, sentence.tokenStart)
  if (!np || np.tokenStart <= sentence.tokenStart || onlyDate(ctx, np)) return false
  const boundary = tokens[np.tokenStart - 1]
  if (!(isComma(boundary) || isQuoteMark(boundary))) return false
  // (`…, careening from speeches to interviews on the news shows.`: a participle phrase, not a subject, after the comma.)
  if (/^[a-z]+ing$/.test(tokens[np.tokenStart].text) && /^(?:from|to|into|through|across|toward|towards|between|around|past|along)$/.test(tokens[np.tokenStart + 1]?.lower ?? '')) return false
  const after = adjunctEnd(ctx, cue)
  if (!after) return false
  const content = contentBefore(ctx, np.tokenStart - 1, sentence.tokenStart)
  if (!content) return false
  const quoted = quotedLead(ctx, np.tokenStart - 1, sentence.tokenStart)
  // `At 00:40, Montes conceded.`, `Too often, Clarke said, the debate …`: a short time or manner phrase before the subject is
  // no content of its own; only a parenthetical tag (below) makes the rest of the sentence the content.
  // (`Sorry, Sanders said.`, `No, she said.`: a short answer is content; a time or a phrase opening on a preposition is not.)
  const first = tokens[sentence.tokenStart]
  // (`Now, Carson has responded to the rant.`: a lone connective or time word is no content either.)
  const lone = np.tokenStart - 1 === sentence.tokenStart + 1 && (LEADING_CONNECTIVES.has(first.lower) || TIME_WORDS.has(first.lower))
  // (It leads a parenthetical tag only: `Still, Roe told reporters, the …`, not `Meanwhile, it attacked Trump, saying …`.)
  if (lone && (!isComma(tokens[after.index]) || /ing$/.test(tokens[after.index + 1]?.lower ?? ''))) return false
  const adjunct = /^\d/.test(first.text) || LEAD_ADJUNCTS.has(first.lower) || lone
  // (`In his brief remarks, he praised …`: a phrase of up to five words opening on a preposition is no content either.)
  const shortLead = adjunct && !quoted && (!substantial(ctx, content) || (!/^\d/.test(first.text) && np.tokenStart - 1 - sentence.tokenStart <= 5)) && !looksLikeClause(ctx, sentence.tokenStart, np.tokenStart - 1)
  if ((endsClause(ctx, after.index, cue) || quoted) && !shortLead) {
    propose(ctx, cue, np, null, content, after.via, 'the content precedes its source and cue')
    return true
  }
  // A parenthetical cue inside its content: the rest of the sentence is content too.
  const comma = tokens[after.index]
  const end = contentEnd(ctx, sentence)
  if (!(isComma(comma) && boundary.text === ',' && after.index + 1 < end && tokens[after.index + 1].quote === -1)) return false
  const rest = { start: tokens[after.index + 1].start, end: tokens[end - 1].end }
  ctx.propose(
    { cue, source: np, content: [...content, rest], via: after.via, quote: 'indirect', confidence: 0.85, ruleId: 'inverted-source' },
    'a parenthetical cue and source inside the content',
  )
  return true
}
