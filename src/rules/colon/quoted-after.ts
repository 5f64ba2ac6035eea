/**
 * Quotations opened by a colon (or a dash) after a speaker: a name right
 * before the colon (`… pollster Dana Holm: “…”`), or a clause whose subject
 * speaks (`The mayor was blunt: “…”`).
 */
import { HEADLINE_LABELS, isCapitalized } from '../../lexicon/words.js'
import { clauseSubject } from '../../pipeline/clause-subject.js'
import type { AnnotationContext } from '../../pipeline/context.js'
import { isAsideDash } from '../../pipeline/asides.js'
import { classifyPhrase } from '../../pipeline/kinds.js'
import { isQuoteMark, isWord } from '../../pipeline/syntax.js'
import type { Token } from '../../pipeline/types.js'

/** Words a speaker label or name before a colon may have. */
export const MAX_SPEAKER_WORDS = 5

/**
 * `… doesn't surprise pollster Daron Shaw: “Lesser-known candidates …”`: a
 * name right before a colon that opens a quotation is its speaker, unless a
 * verb in the sentence already frames the quotation (`asked Trump: “…”`).
 */
export function quotedAfterName(ctx: AnnotationContext): void {
  const tokens = ctx.tokens
  for (let i = 1; i + 1 < tokens.length; i++) {
    const colon = tokens[i]
    const opening = tokens[i + 1]
    if (colon.text !== ':' || colon.quote !== -1 || !isQuoteMark(opening) || opening.quote === -1 || ctx.quotations[opening.quote].openToken !== opening.index) continue
    // A headline or transcript colon already made this attribution.
    if (ctx.cueByToken.has(i)) continue
    const last = tokens[i - 1]
    if (!isWord(last) || !isCapitalized(last.text) || last.sentence !== colon.sentence) continue
    const sentence = ctx.sentences[colon.sentence]
    let framed = false
    for (let k = sentence.tokenStart; k < i && !framed; k++) framed = ctx.cueByToken.get(k)?.type === 'verb'
    if (framed) continue
    // The name: the capitalised run before the colon, after any dash (`EARLY - Mark Ruiz:`).
    let s = i - 1
    while (s > sentence.tokenStart && i - s < MAX_SPEAKER_WORDS + 1 && (isCapitalized(tokens[s - 1].text) || /^(?:and|of|de|van|von)$/.test(tokens[s - 1].text) || tokens[s - 1].text === '.')) s--
    while (s < i - 1 && !isCapitalized(tokens[s].text)) s++
    if (HEADLINE_LABELS.has(tokens[s].lower)) continue
    const quotation = ctx.quotations[opening.quote]
    const cue = ctx.addCue({ tokenStart: i, tokenEnd: i + 1, lemma: ':', stance: 'neutral', type: 'colon', sentence: colon.sentence, entry: ':', ruleId: 'colon-source' })
    ctx.propose(
      { cue, source: { tokenStart: s, tokenEnd: i }, content: [{ start: quotation.start, end: quotation.end }], quote: 'direct', confidence: 0.7, ruleId: 'colon-source' },
      'a name before a colon that opens a quotation',
    )
  }
}

/** A colon, or a dash that sets off an aside, that may open a quotation. */
function opensQuotation(ctx: AnnotationContext, t: Token): boolean {
  return t.quote === -1 && (t.text === ':' || isAsideDash(ctx, t))
}

/**
 * `The mayor was blunt: “We will not close the pier.”`, `Trump embraced
 * waterboarding -- “I think it is peanuts.”`: a clause with no cue of its
 * own, then a colon or a dash and a quotation to the end of the sentence;
 * the clause's subject, a person or a body, says the quotation.
 */
export function clauseBeforeQuote(ctx: AnnotationContext): void {
  const tokens = ctx.tokens
  for (let i = 1; i + 1 < tokens.length; i++) {
    const mark = tokens[i]
    const opening = tokens[i + 1]
    if (!opensQuotation(ctx, mark) || !isQuoteMark(opening) || opening.quote === -1 || ctx.quotations[opening.quote].openToken !== opening.index) continue
    if (ctx.cueByToken.has(i)) continue
    const sentence = ctx.sentences[mark.sentence]
    const quotation = ctx.quotations[opening.quote]
    // The quotation closes the sentence.
    if (quotation.closeToken === -1 || quotation.closeToken + 2 < sentence.tokenEnd) continue
    let framed = false
    for (let k = sentence.tokenStart; k < i && !framed; k++) framed = ctx.cueByToken.has(k)
    if (framed || i - sentence.tokenStart < 3) continue
    // (`When Wallace died, President Clinton released a statement: “…”`: the main clause after a fronted adverbial clause.)
    const subject = clauseSubject(ctx, mainClauseStart(ctx, sentence.tokenStart, i), i)
    if (!subject || subject.tokenEnd >= i || !isWord(tokens[subject.tokenStart]) || FRONTED.test(tokens[subject.tokenStart].lower) || /^(?:in|on|at|for|with|from|by|of|to)$/.test(tokens[subject.tokenStart].lower)) continue
    const words = ctx.lowerWords(subject)
    const decision = classifyPhrase(ctx, [subject])
    const pronoun = words.length === 1 && /^(?:he|she|they|we|i)$/.test(words[0] ?? '')
    if (!pronoun && (decision.document || (!decision.kind && !decision.named))) continue
    const cue = ctx.addCue({ tokenStart: i, tokenEnd: i + 1, lemma: ':', stance: 'neutral', type: 'colon', sentence: mark.sentence, entry: ':', ruleId: 'colon-source' })
    ctx.propose(
      { cue, source: subject, content: [{ start: quotation.start, end: quotation.end }], quote: 'direct', confidence: 0.65, ruleId: 'colon-source' },
      'a clause whose subject speaks the quotation its colon or dash opens',
    )
  }
}

const FRONTED = /^(?:when|if|as|after|before|while|once|since|until|although|though|because|whenever|unless)$/

/** After a fronted adverbial clause (`When Wallace died in 1998, …`), the main clause starts after its comma. */
function mainClauseStart(ctx: AnnotationContext, start: number, limit: number): number {
  if (!FRONTED.test(ctx.tokens[start]?.lower ?? '')) return start
  for (let k = start + 1; k < limit; k++) if (ctx.tokens[k].text === ',') return k + 1
  return limit
}
