/**
 * The via outlet's own words: the outlet a phrase of speech is addressed to
 * (`a statement to Reuters`), the outlet inside an adjunct that names it
 * (`an interview on CNN's evening show` → `CNN's`), and the final trim of
 * every via (`in an interview with the Courier on Monday` → `the Courier`).
 */
import { TIME_WORDS, isCapitalized } from '../lexicon/words.js'
import { isComma, isWord } from './token-tests.js'
import type { AnnotationContext } from './context.js'
import { isOutlet, isVia, PLACE_OR_TIME } from './outlet-tests.js'
import { fullNameMention } from './mentions.js'
import { appositiveAfter } from './syntax.js'
import type { TokenRange } from './types.js'

/** `a statement to Reuters`, `an interview with CNN`: the outlet a phrase of speech is addressed to, or null. */
export function addressedOutlet(ctx: AnnotationContext, np: TokenRange): TokenRange | null {
  for (let s = np.tokenStart + 1; s < np.tokenEnd; s++) {
    const link = ctx.tokens[s - 1].lower
    if ((link === 'to' || link === 'with') && isVia(ctx, { tokenStart: s, tokenEnd: np.tokenEnd })) return { tokenStart: s, tokenEnd: np.tokenEnd }
  }
  return null
}

/** `, citing X,` and `, quoting X,`: participles that set off the person an outlet cites. */
export const CITING_PARTICIPLES: ReadonlySet<string> = new Set(['citing', 'quoting'])

const VIA_LINKS = new Set(['with', 'on', 'to', 'of', 'at', 'for', 'by', 'in', 'during'])

/**
 * The outlet's own words in a via phrase: `in an interview with CNN's Jake
 * Cole` → `CNN's Jake Cole`, `during a call to ABC's` → `ABC's`. The name
 * starts after the last linking preposition from which the rest is still an
 * outlet, else where the phrase starts, and stops before a place or time
 * phrase.
 */
export function viaName(ctx: AnnotationContext, range: TokenRange): TokenRange {
  let start = range.tokenStart
  for (let s = range.tokenEnd - 1; s > range.tokenStart; s--) {
    if (VIA_LINKS.has(ctx.tokens[s - 1].lower) && isVia(ctx, { tokenStart: s, tokenEnd: range.tokenEnd })) {
      start = s
      break
    }
  }
  // `a Politico reporter on Monday`, `CNN's Ana Holt in Iowa`: a place or time phrase after the name is no part of it.
  let end = start + 1
  while (end < range.tokenEnd && !PLACE_OR_TIME.has(ctx.tokens[end].text)) end++
  const name = { tokenStart: start, tokenEnd: end }
  return end < range.tokenEnd && isVia(ctx, name) ? name : { tokenStart: start, tokenEnd: range.tokenEnd }
}

/**
 * The outlet's own words in an adjunct that names it: `an interview on CNN's
 * evening show` → `CNN's`; the phrase itself when no outlet starts inside it.
 */
export function viaCore(ctx: AnnotationContext, range: TokenRange): TokenRange {
  for (let s = range.tokenStart; s < range.tokenEnd; s++) {
    // `Monday's broadcast` is a time; `the Morning Line`, `the Sunday Desk` are names.
    const named = s > range.tokenStart && ctx.tokens[s - 1].lower === 'the' && isCapitalized(ctx.tokens[s + 1]?.text ?? '')
    if (!isCapitalized(ctx.tokens[s].text) || (TIME_WORDS.has(ctx.tokens[s].lower) && !named)) continue
    const start = s > range.tokenStart && ctx.tokens[s - 1].lower === 'the' ? s - 1 : s
    if (!isOutlet(ctx, { tokenStart: start, tokenEnd: range.tokenEnd })) return range
    // `CNN's evening show on Sunday`: the possessive outlet is the name; what follows is its programme.
    for (let e = s + 1; e < range.tokenEnd; e++) {
      const core = { tokenStart: start, tokenEnd: e }
      if (/['’]s$/.test(ctx.tokens[e - 1].text) && isOutlet(ctx, core)) return core
    }
    return { tokenStart: start, tokenEnd: range.tokenEnd }
  }
  return range
}

/**
 * `telling KTV his plan would fail`, `told Ida Roe the deal was dead`: a
 * lower-case determiner after a name, before a lower-case word, inside an
 * addressee phrase opens the subject of the clause that follows (not `Face
 * the Nation`).
 */
export function beforeSecondDeterminer(ctx: AnnotationContext, range: TokenRange | null): TokenRange | null {
  if (!range) return null
  const tokens = ctx.tokens
  for (let k = range.tokenStart + 1; k < range.tokenEnd; k++) {
    if (/^(?:the|a|an|his|her|their|its|our|my|your|this|these|those)$/.test(tokens[k].text) && isWord(tokens[k - 1]) && isCapitalized(tokens[k - 1].text) && !isCapitalized(tokens[k + 1]?.text ?? 'X')) {
      return { tokenStart: range.tokenStart, tokenEnd: k }
    }
  }
  return range
}

/** `the Courier` after `the Lannet Courier`: the fuller name the story gave the via outlet, else null. */
export function fullViaName(ctx: AnnotationContext, range: TokenRange): string | null {
  const last = ctx.tokens[range.tokenEnd - 1]
  if (!last || !isCapitalized(last.text)) return null
  let words = 0
  for (let i = range.tokenStart; i < range.tokenEnd; i++) if (isCapitalized(ctx.tokens[i].text)) words++
  const mention = fullNameMention(ctx, last.lower.replace(/['’]s$/, ''), range.tokenStart)
  return mention && mention.words > words ? mention.text : null
}

/**
 * `called the ruling “a gift” in an interview with the broadcaster Ostravia
 * One`: an interview phrase closing the content names the via; returns the
 * token where the phrase starts and the outlet, or null.
 */
export function interviewTail(ctx: AnnotationContext, from: number, end: number): { cut: number; via: TokenRange } | null {
  const tokens = ctx.tokens
  for (let k = from + 1; k + 3 < end; k++) {
    if (tokens[k].lower !== 'in' || tokens[k].quote !== -1 || !/^(?:an|a)$/.test(tokens[k + 1].lower)) continue
    let n = k + 2
    if (/^(?:phone|telephone|television|radio|exclusive|recent|separate)$/.test(tokens[n].lower)) n++
    if (tokens[n]?.lower !== 'interview' || !/^(?:with|on)$/.test(tokens[n + 1]?.lower ?? '')) continue
    const outlet = { tokenStart: n + 2, tokenEnd: end }
    if (n + 2 < end && isOutlet(ctx, outlet)) return { cut: isComma(tokens[k - 1]) ? k - 1 : k, via: viaCore(ctx, outlet) }
  }
  return null
}

/** `, an entertainment news site,` right after a name: an appositive whose words name an outlet. */
export function outletAppositive(ctx: AnnotationContext, at: number, end: number): boolean {
  const description = appositiveAfter(ctx, at, end)
  return description !== null && /^(?:a|an|the)$/.test(ctx.tokens[description.tokenStart].lower) && isOutlet(ctx, description)
}
