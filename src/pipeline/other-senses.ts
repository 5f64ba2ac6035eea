/**
 * Cue lemmas with a sense that is no speech: `called off the deal`, `went
 * on television`, `continues to build`, `for several reasons`, `found it
 * difficult`, `views on ferries`, `charged a fee`, `rejected the request`,
 * `quoted the Talmud`. Each test reads the words around the cue.
 */
import { rebuttedClaim } from './object-content.js'
import { chargeAccuses } from './non-occurrence.js'
import { predicateAs } from './complements.js'
import type { AnnotationContext } from './context.js'
import { isComma, isWord } from './syntax.js'
import type { Token } from './types.js'

const PARTICLES = new Set(['off', 'in', 'up', 'out', 'back', 'into'])
/** Adjectives of ease after `found it`: `found it difficult`. */
const EASE = /^(?:hard|harder|difficult|easy|easier|impossible|tough|tougher|necessary|useful|helpful|convenient)$/

/** Is the cue word at `i` (`length` words, lemma `lemma`, after the word `before`) used in a sense that reports no speech? */
export function otherSense(ctx: AnnotationContext, i: number, length: number, lemma: string, before: string): boolean {
  const tokens = ctx.tokens
  const next = tokens[i + length]?.lower ?? ''
  const end = (): number => ctx.sentenceOf(i).tokenEnd
  // `it's worth pointing out that …`, `worth noting`: the writer's own aside, with no source.
  if (before === 'worth') return true
  switch (lemma) {
    // `so-called`, `called off the deal`, `called in to a show`.
    case 'call':
      return before === 'so' || PARTICLES.has(next)
    // `went on to say`: the infinitive after it is the cue (`went on television to deny …`: a place to go).
    case 'go on':
      return isWord(tokens[i + length]) && !/^(?:that|about)$/.test(next)
    // `$98,000, compared with $93,000`, `low compared to 2012`: right before `to` or `with`, a preposition (`compared him to …` evaluates).
    // (`research focuses on comparing panels to …`, `on board with comparing X to Y`: a gerund after a preposition names an activity.)
    case 'compare':
      return next === 'to' || next === 'with' || (/ing$/.test(tokens[i].lower) && /^(?:on|with|about|for|at|of|in)$/.test(before))
    // `continues to build up his lead`: going on doing something (`continued to insist`: the infinitive is the cue).
    case 'continue':
      return next === 'to'
    // `for several reasons`: reasoning speaks only with its clause (`reasoned that …`);
    // `protested outside the court` is a demonstration, `protested that …` an objection in words.
    case 'reason':
    case 'protest':
      return next !== 'that'
    // `found it difficult to overcome …`: experience, not a finding.
    case 'find':
      return next === 'it' && EASE.test(tokens[i + length + 1]?.lower ?? '')
    // `views Trump as a poisonous candidate` casts; `propounding views`, `viewed him favorably` do not.
    // (`refers to the governor as “Chris”`, `sees his job as …`; `saw their incomes rise`, `referred to ISIS 44 times` do not.)
    case 'view':
    case 'regard':
    case 'refer to':
    case 'see':
      return !asAfterObject(tokens, i + length, end())
    // `charging extra premiums`, `charged a fee`: no accusation (`charged that …`, `charged him with …` are).
    case 'charge':
      return !chargeAccuses(tokens, i + length, end())
    // `rejected the request`, `a label they reject`: taking a position, unless what is rejected is a claim.
    case 'reject':
      return rebuttedClaim(ctx, 'reject', i + length, end()) === -1
    // `quoted the Talmud`, `direct quotes`: quoting reports speech only as `quoted X as saying` or `, quoting X,`.
    case 'quote':
      return !quotesSpeaker(ctx, i)
    // `declined to comment, citing patient privacy`: the reason for saying nothing, not a source cited.
    case 'cite':
      return tokens[i].lower === 'citing' && isComma(tokens[i - 1]) && declinedBefore(tokens, i - 1, ctx.sentenceOf(i).tokenStart)
    default:
      return false
  }
}

/** `as` within a short object after `from`, before any comma: `views the plan as a disaster`. */
function asAfterObject(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < end && k <= from + 6; k++) {
    if (tokens[k].lower === 'as') return k > from && predicateAs(tokens, k)
    if (tokens[k].kind !== 'word' && tokens[k].kind !== 'space' && !/^['’.-]$/.test(tokens[k].text)) return false
  }
  return false
}

/** `quoted the mayor as saying`, `the Courier, quoting an aide, said`. */
function quotesSpeaker(ctx: AnnotationContext, i: number): boolean {
  const tokens = ctx.tokens
  if (tokens[i].lower === 'quoting') return isComma(tokens[i - 1])
  for (let k = i + 1; k < i + 10 && k + 1 < tokens.length && tokens[k].sentence === tokens[i].sentence; k++) {
    if (tokens[k].lower === 'as' && /^(?:saying|telling|writing)$/.test(tokens[k + 1].lower)) return true
  }
  return false
}

/** `declined to comment`, `refused to answer questions` in the five words before the comma at `comma`. */
function declinedBefore(tokens: readonly Token[], comma: number, floor: number): boolean {
  for (let k = comma - 1; k >= floor && k >= comma - 5; k--) if (/^(?:declined|declines|refused|refuses)$/.test(tokens[k].lower) && tokens[k + 1]?.lower === 'to') return true
  return false
}
