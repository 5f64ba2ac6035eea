import { DETERMINERS } from '../lexicon/words.js'
import { classifyPhrase } from '../pipeline/kinds.js'
import { mentionsOf, orderedMentions } from '../pipeline/mentions.js'
import type { Candidate } from '../pipeline/types.js'
import { SPOKEN_IN, bodyNoun, headWord, spokeIn } from './description/heads.js'
import { FILINGS, earlierIssuer } from './description/documents.js'
import { outletNamedBefore } from './description/outlets.js'
import { defineRule } from './rule.js'

const LOOKBACK_SENTENCES = 12

/**
 * `the official`, `the same official`, `the Kremlin envoy`, `the agency`
 * refer back to the latest source or named mention described with the same
 * head noun, and take its name and kind.
 */
export const descriptionReference = defineRule({
  meta: { id: 'description-reference', stage: 'resolve', description: 'Resolve definite descriptions to the earlier source they describe' },
  run(ctx) {
    const live = ctx.live().sort((a, b) => a.cue.tokenStart - b.cue.tokenStart)
    for (const [n, c] of live.entries()) {
      if (!c.source || c.sourceName) continue
      // `one of the people said`: a partitive picks one of an earlier group of sources.
      const all = ctx.lowerWords(c.source)
      const words = PARTITIVE.test(all[0] ?? '') && all[1] === 'of' ? all.slice(2) : all
      if (!/^(?:the|this|that|these|those)$/.test(words[0] ?? '') || words.length < 2) {
        bodyByDescription(ctx, live, n, all)
        continue
      }
      const head = words[words.length - 1]
      // `the Calder envoy` is a description despite its capitalised modifier; `the Daily Courier` is a name.
      if (/^\p{Lu}/u.test(ctx.tokens[c.source.tokenEnd - 1].text)) continue
      // `The club issued a statement. The statement said …`: the issuer of an earlier document, unless a later source already spoke of it.
      const issued = DOCUMENT_HEADS.has(head) && c.kind === 'unidentified' ? earlierIssuer(ctx, c.cue.sentence, head) : null
      const found = earlierSource(ctx, live, n, head)
      const antecedent = found && !(issued && issued.sentence > found.cue.sentence) ? found : null
      if (issued && !antecedent) {
        c.kind = issued.kind
        c.evidence.push({ ruleId: 'description-reference', reason: `"${ctx.slice(c.source)}" is the ${head} ${ctx.slice(issued.phrase)} issued` })
        continue
      }
      if (antecedent && !conflicts(ctx, c, words, antecedent)) {
        c.sourceName = antecedent.sourceName ?? (antecedent.source ? ctx.slice(antecedent.source) : null)
        // (An antecedent whose kind is still open: its own words decide, and a document's author is at least a side.)
        const decision = antecedent.source ? classifyPhrase(ctx, [antecedent.source, antecedent.sourceDescription]) : null
        const kind = antecedent.kind ?? decision?.kind
        if (kind) c.kind = kind
        // (`A Quinnipiac University poll … The poll found`: a document a name issued is that side's.)
        else if (SPOKEN_IN.has(head) || (DOCUMENT_HEADS.has(head) && decision?.named)) c.kind = 'party'
        c.anonymous = antecedent.anonymous ?? c.anonymous
        c.antecedent = antecedent.id
        c.evidence.push({ ruleId: 'description-reference', reason: `"${ctx.slice(c.source)}" refers back to ${c.sourceName}` })
        continue
      }
      // `… the agency said. According to the data, …`: bare data speak for the source just cited.
      const issuer = DATA_HEADS.has(head) && words.length === 2 ? recentIssuer(live, n) : null
      if (issuer) {
        c.kind = issuer.kind
        c.antecedent = issuer.id
        c.evidence.push({ ruleId: 'description-reference', reason: `"${ctx.slice(c.source)}" are the data of the source just cited` })
        continue
      }
      // (A body's head noun matches a name ending in it, not a person whose title holds it.)
      const mention = earlierMention(ctx, c, head, !bodyNoun(ctx, head))
      if (!mention) {
        outletNamedBefore(ctx, live, n)
        continue
      }
      c.sourceName = mention.name
      if (mention.kind) c.kind = mention.kind
      c.anonymous = false
      c.evidence.push({ ruleId: 'description-reference', reason: `"${ctx.slice(c.source)}" refers back to ${mention.name}` })
    }
  },
})

/**
 * `A spokeswoman for the board` after `The Central Electoral Board …`: a
 * body named only by a definite description after a preposition takes the
 * kind of the earlier name with that head, when the phrase has none itself.
 */
function bodyByDescription(ctx: Parameters<typeof classifyPhrase>[0], live: Candidate[], n: number, words: readonly string[]): void {
  const c = live[n]
  const count = words.length
  if (count < 4 || !c.source || words[count - 2] !== 'the' || !/^(?:for|of|at|with)$/.test(words[count - 3]) || classifyPhrase(ctx, [c.source]).kind !== null) return
  const head = words[count - 1]
  // An earlier source that is the body itself (`The Central Electoral Board said …`), else a name ending in the head.
  // (`Board chairman Viktor Enescu` is a person with the body in his title, not the body.)
  let body: { name: string; kind: Candidate['kind'] } | null = null
  for (let k = n - 1; k >= 0 && !body; k--) {
    const a = live[k]
    if (c.cue.sentence - a.cue.sentence > LOOKBACK_SENTENCES) break
    if (a.source && a.kind && a.kind !== 'unidentified' && ctx.tokens[a.source.tokenEnd - 1].lower === head) body = { name: ctx.slice(a.source), kind: a.kind }
  }
  body ??= earlierMention(ctx, c, head, false)
  if (!body?.kind || body.kind === 'unidentified') return
  c.kind = body.kind
  c.evidence.push({ ruleId: 'description-reference', reason: `"the ${head}" refers back to ${body.name}` })
}

/**
 * `the central bank` after `analysts at Brenner Bank`: a description whose
 * modifiers the earlier source lacks, and whose own words give it another
 * kind, is someone else.
 */
function conflicts(ctx: Parameters<typeof classifyPhrase>[0], c: Candidate, words: readonly string[], a: Candidate): boolean {
  // `the same official`, `the second official`: words that only point back are no conflicting modifiers.
  const modifiers = words.slice(1, -1).filter((w) => !POINTERS.has(w))
  if (modifiers.length === 0 || !a.source) return false
  const earlier = [...ctx.lowerWords(a.source), ...(a.sourceDescription ? ctx.lowerWords(a.sourceDescription) : [])]
  if (modifiers.some((w) => earlier.includes(w))) return false
  const own = classifyPhrase(ctx, [c.source]).kind
  return own !== null && own !== 'unidentified' && a.kind !== null && own !== a.kind
}

const POINTERS = new Set(['same', 'first', 'second', 'third', 'other', 'latter'])

/** Quantity words of a partitive: `one of the people`, `two of the officials`. */
const PARTITIVE = /^(?:one|two|three|another|some|both|each|either|neither)$/

/** Head nouns that name the same kind of document: a survey is later `the study`. */
const STUDIES = new Set(['study', 'survey', 'poll', 'analysis', 'review', 'audit'])
/** Documents that speak for whoever issued them earlier: `The club issued a statement. The statement said …`. */
const DOCUMENT_HEADS = new Set([...STUDIES, ...SPOKEN_IN, ...FILINGS, 'report'])
const DATA_HEADS = new Set(['data', 'figures', 'numbers', 'statistics'])

/** How many sentences back the source whose data a bare `the data` means may be. */
const DATA_LOOKBACK_SENTENCES = 2

/** The latest earlier attribution, close by, whose source has a kind of its own. */
function recentIssuer(live: Candidate[], n: number): Candidate | null {
  const here = live[n].cue.sentence
  const a = live[n - 1]
  if (!a || here - a.cue.sentence > DATA_LOOKBACK_SENTENCES || !a.source || !a.kind || a.kind === 'unidentified') return null
  return a
}

function earlierSource(ctx: Parameters<typeof mentionsOf>[0], live: Candidate[], n: number, head: string): Candidate | null {
  const here = live[n].cue.sentence
  for (let k = n - 1; k >= 0; k--) {
    const a = live[k]
    if (here - a.cue.sentence > LOOKBACK_SENTENCES) break
    if (!a.source) continue
    const words = [...ctx.lowerWords(a.source), ...(a.sourceDescription ? ctx.lowerWords(a.sourceDescription) : [])]
    // (`the board` is not `a source close to the board majority`: an unidentified source matches by its own head only.)
    if (a.kind === 'unidentified' && !a.antecedent && headWord(ctx.lowerWords(a.source)) !== head) continue
    // (`the city council` is not `City Council Speaker Ana Ruiz`: a body's head noun never points back to a person with the body in the title.)
    if (bodyNoun(ctx, head) && headWord(ctx.lowerWords(a.source)) !== head && /^\p{Lu}/u.test(ctx.tokens[a.source.tokenEnd - 1].text)) continue
    if (words.includes(head) || words.includes(head + 's')) return a
    // `a Reuters survey of voter lists … The study found`: one document named by a near synonym.
    if (STUDIES.has(head) && words.some((w) => STUDIES.has(w))) return a
    // `In a statement, the publicist called … “…,” the statement said.`: the statement the earlier source spoke in.
    if (DOCUMENT_HEADS.has(head) && spokeIn(ctx, a, head)) return a
  }
  return null
}

/** How many named mentions back a description may reach. */
const LOOKBACK_MENTIONS = 200

/** The latest named mention before the source whose last word (or, with `titles`, a title word) is `head`. */
function earlierMention(ctx: Parameters<typeof mentionsOf>[0], c: Candidate, head: string, titles = true): { name: string; kind: Candidate['kind'] } | null {
  if (!c.source) return null
  const ordered = orderedMentions(ctx)
  let lo = 0
  let hi = ordered.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (ordered[mid].tokenStart < c.source.tokenStart) lo = mid + 1
    else hi = mid
  }
  for (let k = lo - 1; k >= 0 && lo - k <= LOOKBACK_MENTIONS; k--) {
    const m = ordered[k]
    const title = titles && m.title ? ctx.lowerWords(m.title).filter((w) => !DETERMINERS.has(w)) : []
    if (m.last !== head && !(titles && title.includes(head))) continue
    // (`the Senate-chartered Ferry Authority`: a body's own name decides before the words in front of it.)
    const own = classifyPhrase(ctx, [m])
    return { name: m.text, kind: own.kind && !own.document ? own.kind : classifyPhrase(ctx, [m.title, m]).kind }
  }
  return null
}
