/**
 * Where a name's title stops (a headline verb or a day before the name is no
 * title), whether a bare role opens its appositive (`director of …`), where
 * that appositive ends, and whether an outlet noun follows a name.
 */
import { DETERMINERS, TIME_WORDS } from '../lexicon/words.js'
import type { AnnotationContext } from './context.js'
import type { Token, TokenRange } from './types.js'

/** `Regulator blocks Telvana`, `on Thursday blocked Telvana`: a lower-case -s or -ed verb right before the name, or a day, ends a title. */
export function verbBeforeName(ctx: AnnotationContext, t: Token, adjacent: boolean): boolean {
  if (TIME_WORDS.has(t.lower)) return true
  return adjacent && /^\p{Ll}/u.test(t.text) && /^[a-z]+(?:[^sui]s|ed)$/.test(t.lower) && !TITLE_PARTICIPLES.has(t.lower) && !ctx.lexicon.kinds.longest([t.lower], 0)
}

/** Participles that open a title: `retired Gen.`, `embattled CEO`, `acting director`. */
export const TITLE_PARTICIPLES = new Set(['retired', 'embattled', 'disgraced', 'elected', 'appointed', 'indicted', 'jailed', 'ousted', 'acclaimed', 'celebrated', 'renowned', 'noted', 'alleged', 'accused', 'convicted', 'detained', 'deposed', 'exiled', 'slain', 'fired', 'suspended', 'reported', 'hospitalized', 'beleaguered'])

/** `director of the state Water Authority`, `deputy chief health officer of …`: a lower-case role the lexicon knows, then `of`, `for` or `at` within four words. */
export function bareRole(ctx: AnnotationContext, i: number): boolean {
  const t = ctx.tokens[i]
  if (t.kind !== 'word' || !/^\p{Ll}/u.test(t.text)) return false
  const words = ctx.lowerWords({ tokenStart: i, tokenEnd: Math.min(i + 6, ctx.tokens.length) })
  let role = false
  for (let k = 0; k < words.length && k < 5; k++) {
    if (k > 0 && /^(?:of|for|at)$/.test(words[k])) return role
    if (!/^\p{Ll}/u.test(ctx.tokens[i + k].text) || ctx.tokens[i + k].kind !== 'word') return false
    const match = ctx.lexicon.kinds.longest(words, k)
    if (match && BARE_ROLE_CLASSES.has(match.value.cls)) role = true
  }
  return false
}

export const BARE_ROLE_CLASSES = new Set(['official', 'party', 'journalist', 'delegate'])

/** `Piet Hall, a fisherman, told reporters`: the appositive runs to its closing comma (at most eight tokens), not into the verb's object. */
export function appositiveAfterName(ctx: AnnotationContext, start: number): TokenRange {
  const limit = Math.min(start + 8, ctx.sentenceOf(start).tokenEnd)
  let end = start
  while (end < limit && ctx.tokens[end].text !== ',') end++
  return { tokenStart: start, tokenEnd: end }
}

/**
 * `soured on Vance, the Herald reported`: a phrase after a name's comma that
 * runs into a cue verb is a reporting tag, not an appositive naming the role.
 */
export function isReportingTag(ctx: AnnotationContext, range: TokenRange): boolean {
  for (let i = range.tokenStart; i < range.tokenEnd; i++) {
    const t = ctx.tokens[i]
    if (t.kind !== 'word') return false
    // (`director of the state Water Authority`: a cue word after a determiner is a noun.)
    if (i > range.tokenStart + 1 && ctx.lexicon.cueStarts.has(t.lower) && !DETERMINERS.has(ctx.tokens[i - 1].lower)) return true
  }
  return false
}

/** Outlet nouns that a name before them names (`the VTN network`, `the Ledger newspaper`). */
const OUTLET_HEADS = new Set(['network', 'newspaper', 'station', 'channel', 'website', 'tabloid', 'magazine', 'broadcaster'])

/** A one-word name right before an outlet noun; a bare `network` only after capitals (not `the Kessler network of donors`). */
export function outletNoun(ctx: AnnotationContext, m: TokenRange): boolean {
  const next = ctx.tokens[m.tokenEnd]?.lower ?? ''
  const broadcaster = next !== 'network' || /^\p{Lu}{2,}$/u.test(ctx.slice(m))
  return OUTLET_HEADS.has(next) && m.tokenEnd - m.tokenStart === 1 && broadcaster && ctx.tokens[m.tokenEnd + 1]?.lower !== 'of'
}
