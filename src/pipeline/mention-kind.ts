/**
 * The kind a name takes from the role words the story gave any of its
 * mentions (`Harbour commissioner Ida Varga` … `Varga`), memoised per
 * document.
 */
import type { AnnotationContext } from './context.js'
import { classifyPhrase, type KindDecision } from './kinds.js'
import { LEADS_NOW } from './kind-words.js'
import { appositiveAfterName, bareRole, isReportingTag, outletNoun } from './mention-titles.js'
import { familyNameFirst, mentionsOf } from './mentions.js'
import { givenName, namesake } from './namesakes.js'
import { previousSentenceBody, speaksOfCentralBank } from './public-context.js'
import { nounPhraseAfter } from './syntax.js'

const kindCache = new WeakMap<AnnotationContext, Map<string, KindDecision | null>>()

/**
 * Kind from the role words the text gave any mention of this name (memoised
 * per document). When the story names two people with one surname
 * (`Ida Roe`, the widow, and `coast guard officer Tom Roe`), only the mentions
 * of the one meant count: `given` names them, else the one named first.
 */
export function mentionKind(ctx: AnnotationContext, last: string, given: string | null = null): KindDecision | null {
  let cached = kindCache.get(ctx)
  if (!cached) kindCache.set(ctx, (cached = new Map()))
  const lead = namesake(ctx, last)
  const person = lead ? (given ?? givenName(ctx, lead)) : null
  const key = person ? `${last} ${person}` : last
  if (cached.has(key)) return cached.get(key) ?? null
  const family = person === null ? familyNameFirst(ctx, last) : null
  const decision = findMentionKind(ctx, last, person) ?? (family ? findMentionKind(ctx, family.last, null) : null)
  cached.set(key, decision)
  return decision
}

function findMentionKind(ctx: AnnotationContext, last: string, given: string | null): KindDecision | null {
  for (const m of mentionsOf(ctx).get(last) ?? []) {
    // Among namesakes, only the mentions that give this person's name.
    if (given !== null && givenName(ctx, m) !== given) continue
    // (`9:33PM The National Review Crowd Does Not Like Donald Trump`: a run of five or more capitalised words is a title-case line, not a name with its role.)
    if (m.words > 4) continue
    // (`“Secretary Roe closed the harbour,” Hall said`: a speaker's courtesy title, one word before a bare surname, is no role the text gives.)
    if (ctx.tokens[m.tokenStart].quote !== -1 && m.words === 1 && m.title && m.title.tokenEnd - m.title.tokenStart === 1) continue
    const appositive = ctx.tokens[m.tokenEnd]?.text === ',' ? appositiveAfterName(ctx, m.tokenEnd + 1) : null
    const decision = classifyPhrase(ctx, [m.title])
    // `Its chairman, Edwin Salo,`: a role of `its` body speaks for the body opening the sentence before.
    const owner = m.title && /^(?:its|their)$/.test(ctx.tokens[m.title.tokenStart].lower) ? previousSentenceBody(ctx, ctx.tokens[m.tokenStart].sentence) : null
    if (owner?.kind) return owner
    // `Governor Mira Stahl` in a story about a central bank is its governor.
    if (decision.kind === 'party' && decision.phrase === 'governor' && speaksOfCentralBank(ctx)) return { ...decision, kind: 'official' }
    // (`use the ad against Piet Hall`: a document word in the words before a name is no role of that person.)
    if (decision.kind && !decision.document) return decision
    // `the VTN network`, `the Ledger newspaper`: a name before an outlet noun names that outlet.
    if (outletNoun(ctx, m)) return { kind: 'outlet', anonymous: false, phrase: ctx.slice(m), cls: 'outlet', named: true, document: false }
    // `Ida Roe of Kestrel News`: a name of an outlet's is its journalist.
    if (ctx.tokens[m.tokenEnd]?.lower === 'of') {
      const employer = nounPhraseAfter(ctx, m.tokenEnd + 1, ctx.sentenceOf(m.tokenStart).tokenEnd)
      const of = employer ? classifyPhrase(ctx, [employer]) : null
      if (of?.kind === 'outlet' && !of.document) return of
    }
    // `Ida Roe, the deputy mayor` or `Ida Roe, Marrowby's harbour commissioner`: an appositive names the role.
    // (`Henrik Strand, director of the state Water Authority`: a bare role noun opens an appositive too.)
    // (`Jason Furman, who leads the Council of Economic Advisers,`: one who heads a body speaks for it.)
    if (appositive && ctx.tokens[appositive.tokenStart]?.lower === 'who' && LEADS_NOW.test(ctx.tokens[appositive.tokenStart + 1]?.lower ?? '')) {
      const led = classifyPhrase(ctx, [null, appositive])
      if (led.kind && !led.document) return led
    }
    if (appositive && ctx.tokens[appositive.tokenStart] && (/^(?:the|a|an)$|['’]s$/.test(ctx.tokens[appositive.tokenStart].lower) || bareRole(ctx, appositive.tokenStart)) && !isReportingTag(ctx, appositive)) {
      const fromAppositive = classifyPhrase(ctx, [appositive])
      // (`research and policy director of the Institute`: a document word there names no source of its own.)
      if (fromAppositive.kind && !fromAppositive.document) return fromAppositive
    }
  }
  return null
}
