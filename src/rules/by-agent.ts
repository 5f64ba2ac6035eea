import { fromHere } from '../pipeline/content.js'
import type { AnnotationContext } from '../pipeline/context.js'
import { contentEnd, isComma, isQuoteMark, isWord, nounPhraseAfter, nounPhraseBefore } from '../pipeline/syntax.js'
import type { CueMatch, OffsetRange, TokenRange } from '../pipeline/types.js'
import type { QuoteKind } from '../schema.js'
import { AUXILIARIES } from '../lexicon/words.js'
import { isOutlet } from '../pipeline/outlet-tests.js'
import { cutAtComma } from '../pipeline/subject-parts.js'
import { defineRule } from './rule.js'

/** Adverbs between an auxiliary or `as` and the participle: `was first reported by`. */
const ADVERB = /^(?:[a-z]+ly|first|also|later|earlier|previously|since|then|now|already|originally|initially)$/
const OPENERS = new Set(['that', 'whether', 'if'])
/** `was asked by a caller why …`: a question word opens what was asked (only after `asked`: `praised by X when …` is a time clause). */
const QUESTION_WORDS = new Set(['why', 'how', 'what', 'when', 'where', 'who'])
/** `was told by police that …`, `was asked by the host whether …`: the subject is the addressee, so only a clause after the agent is content. */
const ADDRESSEE = new Set(['tell', 'warn', 'urge', 'assure', 'advise', 'remind', 'inform', 'ask'])
/** Subordinators that open a clause without a subject: `when asked`, `after being told`, `if pressed`. */
const REDUCED_OPENERS = new Set(['when', 'whenever', 'after', 'before', 'while', 'if', 'once', 'unless', 'until', 'though', 'although'])
const TIME = /^(?:on|in|at|last|this|earlier|later|yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/

/**
 * A passive reporting verb with a by-agent: the agent is the source.
 * `As first reported by the Courier, …` credits the main clause; `The ban
 * was first reported by the Courier` and `The plan, revealed by the
 * Courier on Monday, …` credit the subject; `was warned by police that …`
 * credits the clause after the agent.
 */
export const byAgent = defineRule({
  meta: { id: 'by-agent', stage: 'attribute', description: 'Attribute a passive reporting verb to its by-agent' },
  run(ctx) {
    for (const cue of ctx.cues) {
      if (cue.claimed || cue.type !== 'passive-agent') continue
      const sentence = ctx.sentences[cue.sentence]
      const end = contentEnd(ctx, sentence)
      let by = cue.tokenEnd
      while (by < end && ctx.tokens[by].lower !== 'by') by++
      const phrase = nounPhraseAfter(ctx, by + 1, end)
      // `confirmed by now`: a time, not an agent.
      if (!phrase || TIME.test(ctx.tokens[phrase.tokenStart].lower) || /^(?:now|then|far)$/.test(ctx.tokens[phrase.tokenStart].lower)) continue
      // `by the Courier on Tuesday`: the time is no part of the agent.
      let agentEnd = phrase.tokenStart + 1
      while (agentEnd < phrase.tokenEnd && !TIME.test(ctx.tokens[agentEnd].lower)) agentEnd++
      const agent = { tokenStart: phrase.tokenStart, tokenEnd: agentEnd }
      if (quotedAsSaying(ctx, cue, agent, end)) continue
      const content = contentOf(ctx, cue, agent, end)
      if (!content) continue
      // `When asked by a host whether …, Ruiz said …`: a reduced adverbial clause, whose content ends at its comma.
      const subordinate = reducedAdverbial(ctx, cue)
      if (subordinate) content.content = content.content.map((span) => cutAtComma(ctx, span))
      ctx.propose(
        { cue, source: agent, content: content.content, quote: content.quote, confidence: 0.75, subordinate, ruleId: 'by-agent' },
        'the by-agent of a passive reporting verb is its source',
      )
    }
  },
})

/** `Asked by …`, `When asked by …`, `after being told by …`: the passive opens a clause of time or condition with no subject of its own. */
function reducedAdverbial(ctx: AnnotationContext, cue: CueMatch): boolean {
  const tokens = ctx.tokens
  const sentenceStart = ctx.sentences[cue.sentence].tokenStart
  let k = cue.tokenStart
  while (k > sentenceStart && isWord(tokens[k - 1]) && (ADVERB.test(tokens[k - 1].lower) || /^(?:being|been)$/.test(tokens[k - 1].lower))) k--
  return k === sentenceStart || REDUCED_OPENERS.has(tokens[k - 1].lower)
}

function contentOf(ctx: AnnotationContext, cue: CueMatch, agent: TokenRange, end: number): { content: OffsetRange[]; quote: QuoteKind } | null {
  const tokens = ctx.tokens
  const sentenceStart = ctx.sentences[cue.sentence].tokenStart
  // Past the agent's adjuncts: `by police on Monday that …`.
  let next = agent.tokenEnd
  const opens = (word: string): boolean => OPENERS.has(word) || (cue.lemma === 'ask' && QUESTION_WORDS.has(word))
  while (next < end && isWord(tokens[next]) && !opens(tokens[next].lower) && next - agent.tokenEnd < 4) next++
  const after = tokens[next]
  if (after && next < end && (opens(after.lower) || (isQuoteMark(after) && after.quote !== -1))) return fromHere(ctx, next, end)
  if (ADDRESSEE.has(cue.lemma)) return null
  let k = cue.tokenStart
  while (k > sentenceStart && isWord(tokens[k - 1]) && ADVERB.test(tokens[k - 1].lower)) k--
  const before = tokens[k - 1]
  if (!before || k <= sentenceStart) return null
  // `As reported by the Courier, the levy will rise.`
  if (before.lower === 'as') {
    const comma = clauseEnd(ctx, agent.tokenEnd, end)
    const opens = k - 1 === sentenceStart || (k - 2 === sentenceStart && /^(?:and|but|so)$/.test(tokens[sentenceStart].lower))
    return opens && comma !== -1 && comma + 1 < end ? fromHere(ctx, comma + 1, end) : null
  }
  // `The ban was first reported by …`: the subject before the auxiliaries.
  let a = k
  while (a > sentenceStart && isWord(tokens[a - 1]) && AUXILIARIES.has(tokens[a - 1].lower)) a--
  // `The remarks, first reported by …, suggested …`: the phrase before the comma.
  if (a === k && isComma(before)) a = k - 1
  if (a === k && !isWord(before)) return null
  const subject = nounPhraseBefore(ctx, a, sentenceStart)
  return subject ? { content: [ctx.offsets(subject)], quote: 'indirect' } : null
}

/**
 * `Pell was quoted by KNA as saying …`: the subject said it, and the agent
 * that quoted them is via when it is an outlet. Returns whether it proposed.
 */
function quotedAsSaying(ctx: AnnotationContext, cue: CueMatch, agent: TokenRange, end: number): boolean {
  const tokens = ctx.tokens
  if (cue.lemma !== 'quote' && cue.lemma !== 'cite') return false
  let as = agent.tokenEnd
  while (as < end && as - agent.tokenEnd < 4 && tokens[as].lower !== 'as') as++
  if (tokens[as]?.lower !== 'as' || !/^(?:saying|telling|writing)$/.test(tokens[as + 1]?.lower ?? '') || as + 2 >= end) return false
  let a = cue.tokenStart
  while (a > ctx.sentences[cue.sentence].tokenStart && isWord(tokens[a - 1]) && (AUXILIARIES.has(tokens[a - 1].lower) || ADVERB.test(tokens[a - 1].lower))) a--
  const subject = nounPhraseBefore(ctx, isComma(tokens[a - 1]) ? a - 1 : a, ctx.sentences[cue.sentence].tokenStart)
  if (!subject) return false
  const saying = ctx.verbCueBetween(as + 1, as + 1)
  if (saying) saying.claimed = true
  const content = fromHere(ctx, as + 2, end)
  ctx.propose(
    { cue, source: subject, content: content.content, quote: content.quote, via: isOutlet(ctx, agent) ? agent : null, confidence: 0.8, ruleId: 'by-agent' },
    'quoted by an outlet as saying: the subject is the source, the outlet via',
  )
  return true
}

/** The comma that ends the as-clause, within the agent's adjuncts. */
function clauseEnd(ctx: AnnotationContext, from: number, end: number): number {
  for (let i = from; i < end && i < from + 6; i++) if (isComma(ctx.tokens[i])) return i
  return -1
}
