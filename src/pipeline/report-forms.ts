/**
 * Word-shape tests for reporting verbs that are easily another part of
 * speech: `state(s)` (a verb or the noun), `is reported to` (an outlet cue
 * or a passive with a recipient), `it has been reported that`.
 */
import { AUXILIARIES, DETERMINERS, isCapitalized } from '../lexicon/words.js'
import { SUBJECT_PRONOUNS } from './noun-or-verb.js'
import { isQuoteMark, isWord } from './syntax.js'
import type { Token } from './types.js'

export const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re"])
export const PERSONAL_OBJECTS = new Set(['him', 'her', 'them', 'me', 'us', 'you', 'people', 'himself', 'herself', 'themselves'])
/** Texts that state things: `the law states that …`, `the guidance states …`. */
const TEXTS = new Set(['guidance', 'document', 'documents', 'law', 'rule', 'rules', 'policy', 'constitution', 'bill', 'act', 'contract', 'agreement', 'order', 'regulation', 'regulations', 'guidelines', 'website', 'manual', 'handbook', 'notice', 'code', 'charter', 'section', 'clause', 'article', 'label', 'sign', 'warrant', 'indictment', 'complaint', 'lawsuit', 'filing', 'affidavit', 'petition', 'treaty', 'resolution', 'amendment', 'platform', 'manifesto', 'letter', 'memo', 'email', 'statement', 'report', 'release', 'text', 'ruling', 'judgment', 'decision', 'verdict', 'opinion'])

/** `It has been`, `it's been`, `It was`: the auxiliaries from `k` back lead to an expletive `it`. */
export function expletiveIt(tokens: readonly Token[], k: number, floor: number): boolean {
  for (let m = k; m >= floor && m >= k - 3; m--) {
    if (/^it(?:['’]s)?$/.test(tokens[m].lower)) return true
    if (!AUXILIARIES.has(tokens[m].lower) && !BE.has(tokens[m].lower)) return false
  }
  return false
}

/** Words after `reported to` that name who was told, not an infinitive. */
const RECIPIENTS = new Set(['police', 'it', 'staff', 'management', 'parliament', 'congress', 'headquarters'])

/** A bare infinitive after `to`: a lower-case word that is no determiner, pronoun or plural noun. */
export function infinitiveAfter(t: Token | undefined): boolean {
  return t !== undefined && isWord(t) && !isCapitalized(t.text) && !DETERMINERS.has(t.lower) && !PERSONAL_OBJECTS.has(t.lower) && !RECIPIENTS.has(t.lower) && !/[^s]s$/.test(t.lower)
}

/** `It states that …`, `the Saudis state in the paper …`, `the law states that …`: a pronoun, name or text subject, then content, not a noun. */
export function stateVerb(tokens: readonly Token[], i: number, before: string): boolean {
  const previous = tokens[i - 1]
  const next = tokens[i + 1]
  // (`The guidance states that …`: a text speaks; `battleground states that …` are places.)
  const subject = SUBJECT_PRONOUNS.has(before) || TEXTS.has(before) || (before !== '' && isCapitalized(previous.text)) || (previous !== undefined && previous.kind !== 'word')
  const opens = next !== undefined && (next.lower === 'that' || next.text === ':' || next.text === ',' || isQuoteMark(next) || SUBJECT_PRONOUNS.has(next.lower) || /^(?:in|on|the|his|her|their|its)$/.test(next.lower))
  return subject && opens
}
