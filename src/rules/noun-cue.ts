import { fromHere } from '../pipeline/content.js'
import type { AnnotationContext } from '../pipeline/context.js'
import { contentEnd, isWord, nounPhraseAfter, nounPhraseBefore, skipBack } from '../pipeline/syntax.js'
import type { TokenRange } from '../pipeline/types.js'
import { isCapitalized } from '../lexicon/words.js'
import type { Stance } from '../schema.js'
import { timePhraseAt } from '../pipeline/time-phrases.js'
import { defineRule } from './rule.js'

/**
 * A noun of saying with its source and a content clause: `Trump's claim
 * that …`, `the ministry's statement that …`. Without a possessor the noun
 * is a topic (`the claim that …` has no source) and is left alone.
 */
export const nounCue = defineRule({
  meta: { id: 'noun-cue', stage: 'attribute', description: 'Attribute the that-clause of a possessed noun of saying' },
  run(ctx) {
    const tokens = ctx.tokens
    for (let i = 1; i + 1 < tokens.length; i++) {
      const t = tokens[i]
      if (t.kind !== 'word' || t.quote !== -1) continue
      const stance = ctx.lexicon.nounCues.get(t.lower)
      if (!stance || tokens[i + 1].sentence !== t.sentence) continue
      if (tokens[i + 1].lower === 'from' || tokens[i + 1].lower === 'by') {
        proposeIssuer(ctx, i, stance)
        continue
      }
      // `the agency’s statement on Monday that …`: a time phrase may stand between the noun and its clause.
      // `The senator's answer was that …`: as the subject of a copula, the noun heads the main clause.
      const copula = copulaThat(ctx, i + 1)
      const that = tokens[i + 1].lower === 'that' ? i + 1 : timePhraseAt(ctx, i + 1) && tokens[i + 3]?.lower === 'that' ? i + 3 : copula
      if (that === -1) continue
      const sentence = ctx.sentences[t.sentence]
      // The possessor: `Trump's`, `Donald Trump's`, `the ministry's`, `his`.
      let p = i - 1
      if (isWord(tokens[p]) && !/(?:'s|s')$/.test(tokens[p].lower) && !/^(?:his|her|their|its)$/.test(tokens[p].lower) && p > sentence.tokenStart) p--
      const possessor = tokens[p]
      if (!isWord(possessor) || possessor.sentence !== t.sentence) continue
      const end = contentEnd(ctx, sentence)
      if (!/(?:'s|s')$/.test(possessor.lower) && !/^(?:his|her|their|its)$/.test(possessor.lower)) {
        // `The regulator issued a warning that …`: a light verb lends the noun its subject.
        const light = lightVerbSubject(ctx, i, sentence.tokenStart)
        if (light && that + 1 < end) {
          const cue = ctx.addCue({ tokenStart: i, tokenEnd: i + 1, lemma: t.lower.replace(/s$/, ''), stance, type: 'noun', sentence: t.sentence, entry: t.lower, ruleId: 'noun-cue' })
          const found = fromHere(ctx, that, end)
          ctx.propose({ cue, source: light, content: found.content, quote: found.quote, confidence: 0.7, subordinate: true, ruleId: 'noun-cue' }, 'a light verb (issue, repeat, make) with a noun of saying and a that-clause')
        }
        continue
      }
      let start = p
      while (start > sentence.tokenStart && isWord(tokens[start - 1]) && (isCapitalized(tokens[start - 1].text) || /^(?:the|a|an)$/.test(tokens[start - 1].lower))) start--
      // `The harbour chief's answer`: lower-case modifiers after an article belong to the possessor.
      if (start === p) start = articleBefore(ctx, p, sentence.tokenStart)
      if (that + 1 >= end) continue
      const cue = ctx.addCue({ tokenStart: i, tokenEnd: i + 1, lemma: t.lower.replace(/s$/, ''), stance, type: 'noun', sentence: t.sentence, entry: t.lower, ruleId: 'noun-cue' })
      const found = fromHere(ctx, that, end)
      ctx.propose(
        { cue, source: { tokenStart: start, tokenEnd: p + 1 }, content: found.content, quote: found.quote, confidence: 0.7, subordinate: copula === -1, ruleId: 'noun-cue' },
        'a possessed noun of saying with a that-clause',
      )
    }
  },
})

/** `warnings from his attorney that …`, `claims by the campaign that …`: the issuer follows the noun. */
function proposeIssuer(ctx: AnnotationContext, i: number, stance: Stance): void {
  const tokens = ctx.tokens
  const t = tokens[i]
  const sentence = ctx.sentences[t.sentence]
  const end = contentEnd(ctx, sentence)
  const issuer = nounPhraseAfter(ctx, i + 2, Math.min(end, i + 2 + MAX_ISSUER_WORDS))
  if (!issuer || tokens[issuer.tokenEnd]?.lower !== 'that' || issuer.tokenEnd + 1 >= end) return
  const cue = ctx.addCue({ tokenStart: i, tokenEnd: i + 1, lemma: t.lower.replace(/s$/, ''), stance, type: 'noun', sentence: t.sentence, entry: t.lower, ruleId: 'noun-cue' })
  const found = fromHere(ctx, issuer.tokenEnd, end)
  ctx.propose({ cue, source: issuer, content: found.content, quote: found.quote, confidence: 0.7, ruleId: 'noun-cue' }, 'a noun of saying with its issuer after `from` or `by` and a that-clause')
}

const MAX_ISSUER_WORDS = 8

const LIGHT_VERBS = /^(?:issue|issued|issues|issuing|give|gave|gives|given|make|made|makes|express|expressed|expresses|voice|voiced|voices|repeat|repeated|repeats|raise|raised|raises|offer|offered|offers|deliver|delivered|echo|echoed|echoes|reiterate|reiterated|renew|renewed)$/

function lightVerbSubject(ctx: AnnotationContext, noun: number, floor: number): TokenRange | null {
  let i = noun - 1
  while (i > floor && i > noun - 4 && ctx.tokens[i].kind === 'word' && !LIGHT_VERBS.test(ctx.tokens[i].lower)) i--
  if (!LIGHT_VERBS.test(ctx.tokens[i]?.lower ?? '')) return null
  const j = skipBack(ctx, i, floor)
  return nounPhraseBefore(ctx, j, floor)
}

/** `was that`, `has been that` after the noun at `i - 1`: the `that` of a copula's clause, else -1. */
function copulaThat(ctx: AnnotationContext, i: number): number {
  const tokens = ctx.tokens
  let k = i
  if (/^(?:has|have|had)$/.test(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'been') k += 2
  else if (/^(?:is|was|remains|remained)$/.test(tokens[k]?.lower ?? '')) k++
  else return -1
  return tokens[k]?.lower === 'that' && tokens[k].sentence === tokens[i].sentence ? k : -1
}

/** `the harbour chief's`: the article up to two lower-case nouns before the possessive at `p`, else `p`. */
function articleBefore(ctx: AnnotationContext, p: number, floor: number): number {
  const tokens = ctx.tokens
  for (let k = p - 1; k >= floor && k >= p - 3; k--) {
    const t = tokens[k]
    if (!isWord(t)) return p
    if (/^(?:the|a|an)$/.test(t.lower)) return k
    if (!/^\p{Ll}+$/u.test(t.text) || ctx.lexicon.cueForms.has(t.lower) || NOT_MODIFIERS.has(t.lower)) return p
  }
  return p
}

/** Words that end a noun phrase rather than modify its head: prepositions, conjunctions, auxiliaries. */
const NOT_MODIFIERS = new Set(['of', 'by', 'for', 'with', 'from', 'to', 'in', 'on', 'at', 'and', 'or', 'but', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'that', 'as'])
