import { LEADING_CONNECTIVES, PERSON_PRONOUNS } from '../lexicon/words.js'
import type { AnnotationContext } from '../pipeline/context.js'
import { pluralSubject } from '../pipeline/clause-subject.js'
import { classifyPhrase } from '../pipeline/kinds.js'
import { mentionKind } from '../pipeline/mention-kind.js'
import { normalizeWord } from '../lexicon/words.js'
import { fullNameMention, mentionsOf } from '../pipeline/mentions.js'
import { givenName, personNamed } from '../pipeline/namesakes.js'
import { nounPhraseAfter } from '../pipeline/syntax.js'
import type { Candidate, TokenRange } from '../pipeline/types.js'
import { isBodyOrDocument, isDocument, isJournalist, nameAfter, nameInSentence, ownedRole, pluralBeforePreposition, pluralHead, previousBody } from './pronoun/antecedents.js'
import { previousSentenceBody } from '../pipeline/public-context.js'
import { defineRule } from './rule.js'

const LOOKBACK_PARAGRAPHS = 3
const PLURAL = new Set(['they', 'them', 'their'])

/**
 * `He`, `she`, `they`, `According to him`: a pronoun source takes the name
 * and kind of the latest compatible source before it (a person for he/she,
 * not an outlet), else of the latest full name mentioned just before.
 */
export const pronounReference = defineRule({
  meta: { id: 'pronoun-reference', stage: 'resolve', description: 'Resolve pronoun sources to the latest compatible earlier source' },
  run(ctx) {
    const live = ctx.live().sort((a, b) => a.cue.tokenStart - b.cue.tokenStart)
    for (const [n, c] of live.entries()) {
      if (!c.source) continue
      // `One of them said …` refers back like `they`.
      const partitive = /^(?:one|some|two|three|several|many|most|all|both|each|none) of (?:them|those)$/.test(ctx.lowerWords(c.source).join(' '))
      // `Its director, Oona Reyes, said …`: a role of `its` body takes the kind of the body the sentence before names.
      if (ownedRole(ctx, c)) {
        const owner = previousBody(ctx, live, n)
        const body = owner?.kind ? null : previousSentenceBody(ctx, c.cue.sentence)
        if (owner?.kind) {
          c.kind = owner.kind
          c.evidence.push({ ruleId: 'pronoun-reference', reason: `"${ctx.tokens[c.source.tokenStart].text}" is ${owner.source ? ctx.slice(owner.source) : 'the body before'}, whom the role speaks for` })
        } else if (body?.kind) {
          c.kind = body.kind
          c.evidence.push({ ruleId: 'pronoun-reference', reason: `"${ctx.tokens[c.source.tokenStart].text}" is the body the sentence before opens with (${body.phrase}), whom the role speaks for` })
        }
        continue
      }
      if (c.source.tokenEnd - c.source.tokenStart !== 1 && !partitive) continue
      const pronoun = partitive ? 'them' : ctx.tokens[c.source.tokenStart].lower
      if (pronoun === 'it' || pronoun === 'its') {
        resolveIt(ctx, live, n)
        continue
      }
      if (!PERSON_PRONOUNS.has(pronoun)) continue
      // `Ida Roe, 46, stood by her claim that …`: a possessive is bound by the name earlier in its own clause.
      const bound = c.cue.type === 'noun' && (pronoun === 'his' || pronoun === 'her') ? nameInSentence(ctx, c) : null
      if (bound) {
        c.sourceName = bound.text
        c.kind = mentionKind(ctx, bound.last, givenName(ctx, bound))?.kind ?? classifyPhrase(ctx, [bound]).kind ?? 'party'
        c.anonymous = false
        c.evidence.push({ ruleId: 'pronoun-reference', reason: `"${pronoun}" refers to ${bound.text}, named earlier in the sentence` })
        continue
      }
      // `Roe asked Mayor Hall whether … “Sure,” he said.`: the answer after a question is the one asked.
      const asked = PLURAL.has(pronoun) ? null : askedPerson(ctx, live, c)
      if (asked) {
        c.sourceName = asked.name
        c.kind = asked.kind
        c.anonymous = false
        c.evidence.push({ ruleId: 'pronoun-reference', reason: `"${pronoun}" answers the question put to ${asked.name} in the sentence before` })
        continue
      }
      const subject = PLURAL.has(pronoun) ? (framedSpeakers(ctx, c) ?? previousPluralSubject(ctx, c)) : previousSubject(ctx, c)
      if (subject) {
        c.sourceName = subject.name
        c.kind = subject.kind
        c.anonymous = false
        c.evidence.push({ ruleId: 'pronoun-reference', reason: `"${pronoun}" refers back to ${subject.name}, the subject of the sentence before` })
        continue
      }
      const antecedent = findAntecedent(ctx, live, n, PLURAL.has(pronoun))
      if (antecedent) {
        c.sourceName = antecedent.sourceName ?? (antecedent.source ? ctx.slice(antecedent.source) : null)
        c.kind = antecedent.kind
        c.anonymous = antecedent.anonymous ?? false
        c.antecedent = antecedent.id
        c.evidence.push({ ruleId: 'pronoun-reference', reason: `"${pronoun}" refers back to ${c.sourceName ?? 'an earlier source'}` })
        continue
      }
      const mention = latestPersonMention(ctx, c)
      if (mention) {
        c.sourceName = mention
        // (`… the magazine's editor, Piet Ambrose, … he wrote`: the kind the story gave that name.)
        c.kind = mentionKind(ctx, normalizeWord(mention.slice(mention.lastIndexOf(' ') + 1)).replace(/'s$/, ''))?.kind ?? c.kind
        c.evidence.push({ ruleId: 'pronoun-reference', reason: `"${pronoun}" refers back to ${mention}, mentioned just before` })
      }
    }
  },
})

function findAntecedent(ctx: AnnotationContext, live: Candidate[], n: number, plural: boolean): Candidate | null {
  const here = live[n]
  const paragraph = ctx.sentences[here.cue.sentence].paragraph
  for (let k = n - 1; k >= 0; k--) {
    const a = live[k]
    if (paragraph - ctx.sentences[a.cue.sentence].paragraph > LOOKBACK_PARAGRAPHS) break
    if (!a.source && a.antecedent === null) continue
    // (An outlet is no `he`, but its correspondent is: `Our correspondent, Tomas Erikson, says … he says`.)
    if (a.kind === 'outlet' && !plural && !(a.source && isJournalist(ctx, a))) continue
    const words = a.source ? ctx.lowerWords(a.source) : []
    const last = words[words.length - 1] ?? ''
    const looksPlural = PLURAL.has(last) || (/[^s]s$/.test(last) && !a.sourceName) || (a.source !== null && pluralBeforePreposition(ctx, a.source))
    if (plural !== looksPlural && !(plural && a.kind !== 'party')) continue
    // `The ministry said … He later apologised`: `he` and `she` are people, never a body or a document.
    if (!plural && a.source && isBodyOrDocument(ctx, a.source)) continue
    // (Nor are `they` documents: `a complaint filed by the SEC … “…,” they wrote` are the senators before.)
    if (plural && a.source && isDocument(ctx, a.source)) continue
    return a
  }
  return null
}

/**
 * `The Courier's Ida Roe asked Sanders whether … “Sure it is,” he said.`: a
 * direct answer right after a sentence whose cue is `asked` + a name is that
 * person's; the name and the kind the story gave it, else null.
 */
function askedPerson(ctx: AnnotationContext, live: readonly Candidate[], c: Candidate): { name: string; kind: Candidate['kind'] } | null {
  if (c.quote === 'indirect' || c.content.length === 0) return null
  const opens = openingSentence(ctx, c)
  const question = live.find((a) => a.cue.sentence === opens - 1 && a.cue.lemma === 'ask' && a.cue.type === 'verb')
  if (!question) return null
  // (`asked Senator Tom Hall whether …`: the object with its title.)
  const object = nounPhraseAfter(ctx, question.cue.tokenEnd, ctx.sentences[question.cue.sentence].tokenEnd)
  if (!object || object.tokenEnd - object.tokenStart > 5) return null
  const lastToken = ctx.tokens[object.tokenEnd - 1]
  const mention = mentionsOf(ctx).get(normalizeWord(lastToken.text).replace(/'s$/, ''))?.find((m) => m.tokenEnd === object.tokenEnd)
  if (!mention) return null
  const full = fullNameMention(ctx, mention.last, mention.tokenStart)
  return { name: mention.words > 1 ? mention.text : (full?.text ?? mention.text), kind: mentionKind(ctx, mention.last)?.kind ?? 'party' }
}

/** The latest two-word name in the sentences just before (`Trump arrived … He said`). */
function latestPersonMention(ctx: AnnotationContext, c: Candidate): string | null {
  if (!c.source) return null
  const start = ctx.sentences[Math.max(0, c.cue.sentence - 2)].tokenStart
  for (let i = c.source.tokenStart - 1; i >= start; i--) {
    const t = ctx.tokens[i]
    if (t.kind !== 'word') continue
    const mention = fullNameMention(ctx, t.lower.replace(/'s$/, ''), c.source.tokenStart)
    if (mention && mention.tokenEnd === i + 1) return mention.text
  }
  return null
}

/**
 * Centering: when the sentence before has no attribution of its own, a
 * pronoun subject most likely continues that sentence's named subject
 * (`Trump responded by … He said:`).
 */
function previousSubject(ctx: AnnotationContext, c: Candidate): { name: string; kind: Candidate['kind'] } | null {
  const np = unattributedSubject(ctx, c)
  if (!np) return null
  const decision = classifyPhrase(ctx, [np])
  // `Karsavia’s president, Oleg Varren, claimed …`: a role with its name in an appositive.
  const appositiveName = !decision.named && (decision.cls === 'party' || decision.cls === 'official') ? nameAfter(ctx, np) : null
  if (appositiveName) return { name: ctx.slice(appositiveName), kind: decision.kind }
  if (!decision.named || decision.kind === 'outlet' || (decision.kind && decision.cls !== 'party' && decision.cls !== 'official')) return null
  // The name that opens the sentence: `Tomas Brenner arrived in Lisbon on Monday` → Brenner.
  let first = np.tokenStart
  // (`And in an age of …, he is …`: a capitalised connective is no name.)
  while (first < np.tokenEnd && (!/^\p{Lu}/u.test(ctx.tokens[first].text) || LEADING_CONNECTIVES.has(ctx.tokens[first].lower))) first++
  let end = first
  while (end < np.tokenEnd && /^(?:\p{Lu}|[.'’-])/u.test(ctx.tokens[end].text)) end++
  if (first >= np.tokenEnd || first - np.tokenStart > 3) return null
  const name = end - 1
  const last = ctx.tokens[name].lower.replace(/'s$/, '')
  const { full, given } = personNamed(ctx, name, first, np.tokenStart)
  const kind = decision.kind ?? mentionKind(ctx, last, given)?.kind ?? null
  return { name: full?.text ?? ctx.slice({ tokenStart: first, tokenEnd: end }).replace(/['’]s$/, ''), kind }
}

/**
 * `Analysts at Brenner expect the appeal to take months, they wrote`: `they`
 * tagged onto a clause whose own plural subject holds a view are those
 * speakers.
 */
function framedSpeakers(ctx: AnnotationContext, c: Candidate): { name: string; kind: Candidate['kind'] } | null {
  const first = c.content[0]
  if (!first || !c.source || first.end > ctx.tokens[c.source.tokenStart].start) return null
  for (const inner of ctx.bySentence.get(c.cue.sentence) ?? []) {
    if (inner === c || !inner.source || ctx.tokens[inner.cue.tokenStart].start < first.start || ctx.tokens[inner.cue.tokenStart].start >= first.end) continue
    if (pluralHead(ctx, inner.source)) return { name: ctx.slice(inner.source), kind: inner.kind ?? classifyPhrase(ctx, [inner.source]).kind ?? 'party' }
  }
  return null
}

/** The subject opening the sentence before, when that sentence has no attribution and is in the same or the previous paragraph. */
function unattributedSubject(ctx: AnnotationContext, c: Candidate): TokenRange | null {
  const index = openingSentence(ctx, c) - 1
  if (index < 0 || (ctx.bySentence.get(index) ?? []).some((a) => !a.removed)) return null
  const previous = ctx.sentences[index]
  if (ctx.sentences[c.cue.sentence].paragraph - previous.paragraph > 1 || previous.heading) return null
  return nounPhraseAfter(ctx, previous.tokenStart, previous.tokenEnd)
}

/**
 * The sentence where the attribution opens: its cue's, or an earlier one
 * where its quotation starts (`“… lobbyists. They control it,” he said.`),
 * so that `the sentence before` is the one before the quotation.
 */
function openingSentence(ctx: AnnotationContext, c: Candidate): number {
  const first = c.content[0]
  return first ? Math.min(c.cue.sentence, ctx.tokens[ctx.tokenAt(first.start)].sentence) : c.cue.sentence
}

/** `Police arrested two men. They said …`: `they` continues the plural subject of a sentence before that has no attribution. */
function previousPluralSubject(ctx: AnnotationContext, c: Candidate): { name: string; kind: Candidate['kind'] } | null {
  const clause = unattributedSubject(ctx, c)
  const np = clause ? pluralSubject(ctx, clause.tokenStart, ctx.sentences[openingSentence(ctx, c) - 1].tokenEnd) : null
  if (!np) return null
  // `Dock workers walked out.`: people with no role word of a public body are a party.
  return { name: ctx.slice(np), kind: classifyPhrase(ctx, [np]).kind ?? 'party' }
}

/** `it` stands for the latest institution or organisation that spoke: an agency, a fund, a company. */
function resolveIt(ctx: AnnotationContext, live: Candidate[], n: number): void {
  const c = live[n]
  const paragraph = ctx.sentences[c.cue.sentence].paragraph
  for (let k = n - 1; k >= 0; k--) {
    const a = live[k]
    if (paragraph - ctx.sentences[a.cue.sentence].paragraph > LOOKBACK_PARAGRAPHS) return
    if (!a.source) continue
    const decision = classifyPhrase(ctx, [a.source])
    const institution = decision.cls === 'official-body' || decision.cls === 'outlet' || decision.cls === 'outlet-generic' || decision.document || /^[A-Z]{2,}$/.test(ctx.slice(a.source))
    if (!institution) continue
    c.sourceName = a.sourceName ?? ctx.slice(a.source)
    c.kind = a.kind
    c.anonymous = a.anonymous ?? false
    c.antecedent = a.id
    c.evidence.push({ ruleId: 'pronoun-reference', reason: `"it" refers back to ${c.sourceName}` })
    return
  }
}
