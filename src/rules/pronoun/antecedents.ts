/**
 * What a pronoun may point back to: people, not bodies or documents; the
 * body a possessive role speaks for; a name bound inside its own clause or
 * set off after a role. Tests for pronoun-reference.
 */
import type { AnnotationContext } from '../../pipeline/context.js'
import { isPluralNoun } from '../../pipeline/clause-subject.js'
import { isOutletWriter } from '../../pipeline/outlet-tests.js'
import { classifyPhrase } from '../../pipeline/kinds.js'
import { BODY_HEADS } from '../../pipeline/public-context.js'
import { fullNameMention } from '../../pipeline/mentions.js'
import { headEnd } from '../../pipeline/noun-words.js'
import type { Candidate, TokenRange } from '../../pipeline/types.js'

const PREPOSITIONS = /^(?:at|of|for|from|with|in|on)$/

/** The latest full name before the source inside its own sentence (`Ida Roe, 46, stood by her claim`). */
export function nameInSentence(ctx: AnnotationContext, c: Candidate): ReturnType<typeof fullNameMention> {
  if (!c.source) return null
  const start = ctx.sentences[c.cue.sentence].tokenStart
  for (let i = c.source.tokenStart - 1; i >= start; i--) {
    const t = ctx.tokens[i]
    if (t.kind !== 'word') continue
    const mention = fullNameMention(ctx, t.lower.replace(/'s$/, ''), c.source.tokenStart)
    // (`of Orchard Hill`: a name after a preposition is a place or a body, not a person.)
    if (mention && mention.tokenEnd === i + 1 && mention.tokenStart >= start && !/^(?:of|in|from|at|for|to|on|with|by)$/.test(ctx.tokens[mention.tokenStart - 1]?.lower ?? '')) return mention
  }
  return null
}

/** `, Oleg Varren,` right after the phrase: two or three capitalised words between commas. */
export function nameAfter(ctx: AnnotationContext, np: TokenRange): TokenRange | null {
  const tokens = ctx.tokens
  if (tokens[np.tokenEnd]?.text !== ',') return null
  let end = np.tokenEnd + 1
  while (end < tokens.length && end - np.tokenEnd <= 4 && tokens[end].kind === 'word' && /^\p{Lu}/u.test(tokens[end].text)) end++
  const words = end - np.tokenEnd - 1
  return words >= 2 && words <= 3 && tokens[end]?.text === ',' ? { tokenStart: np.tokenEnd + 1, tokenEnd: end } : null
}

/** `Analysts at Goldman Sachs`, `economists at the bank`: a common plural head before a preposition; never a name (`Alejandro Mayorkas`). */
export function pluralBeforePreposition(ctx: AnnotationContext, np: TokenRange): boolean {
  const end = headEnd(ctx, np, PREPOSITIONS)
  if (end === np.tokenEnd) return false
  const head = ctx.tokens[end - 1]
  return (end - 1 === np.tokenStart || /^\p{Ll}/u.test(head.text)) && isPluralNoun(head.lower)
}

/** `Analysts at Brenner Capital`: the head noun, before its first prepositional phrase, is plural. */
export function pluralHead(ctx: AnnotationContext, np: TokenRange): boolean {
  const end = headEnd(ctx, np, PREPOSITIONS)
  return isPluralNoun(ctx.tokens[end - 1].lower)
}

/** `Its director`, `Their spokesman`: `its` or `their` before one to three lower-case role words. */
export function ownedRole(ctx: AnnotationContext, c: Candidate): boolean {
  if (!c.source) return false
  const words = ctx.lowerWords(c.source)
  if (!/^(?:its|their)$/.test(words[0] ?? '') || words.length < 2 || words.length > 4) return false
  for (let i = c.source.tokenStart + 1; i < c.source.tokenEnd; i++) if (!/^\p{Ll}/u.test(ctx.tokens[i].text)) return false
  return ctx.lexicon.kinds.longest(words, words.length - 1) !== null || ctx.lexicon.kinds.longest(words, 1) !== null
}

/** The latest source within the sentence before that is a body (not a person or a pronoun): an agency, a group, a company. */
export function previousBody(ctx: AnnotationContext, live: Candidate[], n: number): Candidate | null {
  const here = live[n].cue.sentence
  for (let k = n - 1; k >= 0; k--) {
    const a = live[k]
    if (here - a.cue.sentence > 1) return null
    if (!a.source || a.source.tokenEnd - a.source.tokenStart < 2) continue
    const decision = classifyPhrase(ctx, [a.source])
    if (decision.cls === 'official-body' || decision.cls === 'outlet' || BODY_HEADS.test(ctx.lowerWords(a.source).join(' '))) return a
  }
  return null
}



/** A person who works for an outlet: a journalist role in the source or its description. */
export function isJournalist(ctx: AnnotationContext, a: Candidate): boolean {
  if (!a.source) return false
  // (`Ida Roe, writing for the Post,`: a named writer at an outlet.)
  if (isOutletWriter(a)) return true
  // (`Harbour columnist Ida Roe`: a journalist's role as a title before the name.)
  if (!a.sourceDescription) {
    const own = classifyPhrase(ctx, [a.source])
    return own.cls === 'journalist' && own.named && /^\p{Lu}/u.test(ctx.tokens[a.source.tokenEnd - 1].text)
  }
  // Named (`Our correspondent, Tomas Erikson,` or `Tomas Erikson, our correspondent,`): an unnamed reporter is rarely the `he` that follows.
  const named = (r: TokenRange): boolean => classifyPhrase(ctx, [r]).named
  // (`the magazine's editor, Piet Ambrose,`: the outlet word decides the phrase's kind, the head noun says it is a person.)
  const journalist = (r: TokenRange): boolean => classifyPhrase(ctx, [r]).cls === 'journalist' || ctx.lexicon.kinds.word(ctx.tokens[r.tokenEnd - 1].lower)?.cls === 'journalist'
  return (journalist(a.source) && named(a.sourceDescription)) || (journalist(a.sourceDescription) && named(a.source))
}

/** The phrase's head, before its first preposition, is a document (`a complaint filed by …`, `a page on climate`). */
export function isDocument(ctx: AnnotationContext, np: TokenRange): boolean {
  const end = headEnd(ctx, np, /^(?:at|of|for|from|with|in|on|by|filed|issued|released)$/)
  return ctx.lexicon.kinds.word(ctx.tokens[end - 1].lower.replace(/['’]s$/, ''))?.cls === 'document'
}

/** The phrase's head, before its first preposition, is a public body or a document (`Russia's defence ministry`, `a page on climate`), not a person with a body in the title. */
export function isBodyOrDocument(ctx: AnnotationContext, np: TokenRange): boolean {
  const end = headEnd(ctx, np, /^(?:at|of|for|from|with|in|on|by)$/)
  const head = ctx.tokens[end - 1].lower.replace(/['’]s$/, '')
  if (isDocument(ctx, np)) return true
  const decision = classifyPhrase(ctx, [np])
  return decision.cls === 'official-body' && decision.phrase !== null && decision.phrase.toLowerCase().split(' ').includes(head)
}
