/**
 * Sentences inside a transcript or a quoted run that nobody in it says:
 * stage directions (`(LAUGHTER)`, `[CROSSTALK]`, `(inaudible)`) and the
 * outlet's own credit lines (`Follow Ana Ruiz on Twitter @aruiz`). They are
 * the outlet's voice, so a speaker's turn or quotation must not take them.
 * Also the dashes that set off an aside inside a sentence (`Kall -- co-editor
 * of a book on the debates -- said …`).
 */
import type { AnnotationContext } from './context.js'
import type { Sentence, Token } from './types.js'
import { isQuoteMark } from './token-tests.js'

/** Stage-direction words written in lower case (`(laughter)`); capitalised directions need no list. */
const STAGE_WORDS = new Set(['laughter', 'laughs', 'applause', 'crosstalk', 'inaudible', 'cheers', 'cheering', 'booing', 'boos', 'silence', 'pause', 'sighs', 'unintelligible', 'commercial', 'break'])
export const SOCIAL_SITES: ReadonlySet<string> = new Set(['twitter', 'facebook', 'instagram', 'x', 'threads', 'bluesky', 'tiktok', 'linkedin', 'mastodon'])

/** Words of the sentence without quotation marks and punctuation, as written. */
function words(ctx: AnnotationContext, sentence: Sentence): string[] {
  const out: string[] = []
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) if (ctx.tokens[i].kind === 'word') out.push(ctx.tokens[i].text)
  return out
}

/** A sentence that is nothing but a bracketed direction: `(LAUGHTER)`, `"(CROSSTALK.)`, `[applause]`. */
export function isStageDirection(ctx: AnnotationContext, sentence: Sentence): boolean {
  let open = -1
  let close = -1
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const t = ctx.tokens[i]
    if (t.kind === 'space') continue
    if (t.text === '(' || t.text === '[') {
      if (open !== -1 || close !== -1) return false
      open = i
    } else if (t.text === ')' || t.text === ']') {
      if (open === -1 || close !== -1) return false
      close = i
    } else if (t.kind === 'word' && (open === -1 || close !== -1)) return false
  }
  if (open === -1 || close === -1) return false
  const inside = words(ctx, sentence)
  if (inside.length === 0 || inside.length > 6) return false
  return inside.every((w) => w === w.toUpperCase()) || inside.every((w) => STAGE_WORDS.has(w.toLowerCase()))
}

/** `Follow Ana Ruiz on Twitter @aruiz.`: the outlet promoting its reporter. */
export function isCreditLine(ctx: AnnotationContext, sentence: Sentence): boolean {
  const ws = words(ctx, sentence)
  if (ws[0] !== 'Follow' || ws.length > 12) return false
  for (let k = 1; k + 1 < ws.length; k++) if (ws[k] === 'on' && SOCIAL_SITES.has(ws[k + 1].toLowerCase())) return true
  return false
}

/** Either kind of aside. */
export function isAside(ctx: AnnotationContext, sentence: Sentence): boolean {
  return isStageDirection(ctx, sentence) || isCreditLine(ctx, sentence)
}

const ASIDE_DASHES = new Set(['--', '—', '―'])

/** A dash that may set off an aside: `--`, an em dash, or a spaced hyphen or en dash. */
export function isAsideDash(ctx: AnnotationContext, t: Token): boolean {
  return ASIDE_DASHES.has(t.text) || spacedDash(ctx, t)
}

/** The dash that opens the aside closed by the dash at `close`, within a short span of the same sentence, else -1. */
export function openingDash(ctx: AnnotationContext, close: number, floor: number): number {
  for (let k = close - 2; k > floor && k >= close - 25; k--) {
    const t = ctx.tokens[k]
    if (t.text === ctx.tokens[close].text && isAsideDash(ctx, t)) return k
    if (t.text === '.' || t.text === ';' || t.text === ':' || isQuoteMark(t)) return -1
  }
  return -1
}

/** A hyphen or en dash with a space on both sides sets off an aside; one inside a word (`R-Wis.`) does not. */
export function spacedDash(ctx: AnnotationContext, t: Token): boolean {
  return (t.text === '-' || t.text === '–') && /\s/.test(ctx.text[t.start - 1] ?? '') && /\s/.test(ctx.text[t.end] ?? '')
}
