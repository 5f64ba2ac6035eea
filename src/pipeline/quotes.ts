/**
 * Stage 2, quotes: pair quotation marks into quotations. News reopens every
 * paragraph of a long quotation with an opening mark and closes only the
 * last, so an open quotation carries over when the next paragraph starts
 * with an opening mark; otherwise it ends with its paragraph. Unbalanced
 * marks never throw: a stray closing mark is ignored.
 */
import type { Quotation, Token } from './types.js'

const DOUBLE_OPEN = new Set(['“', '„', '«'])
const DOUBLE_CLOSE = new Set(['”', '»'])
const SINGLE_OPEN = new Set(['‘'])
const SINGLE_CLOSE = new Set(['’'])

export function findQuotations(tokens: Token[], text: string): Quotation[] {
  const quotations: Quotation[] = []
  let open = -1
  let lastInside = -1
  /** Curly quotations open inside a quotation opened by a straight mark. */
  let inner = 0
  const close = (closeToken: number, endToken: number): void => {
    const tokenEnd = endToken + 1
    quotations.push({
      index: quotations.length,
      start: tokens[open].start,
      end: tokens[endToken].end,
      openToken: open,
      closeToken,
      tokenStart: open,
      tokenEnd,
    })
    open = -1
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    // Some archives write a double quotation mark as two apostrophes: ''…''; `'''` closes
    // an inner single quotation and its double one at once (`''… 'China bad.'''`).
    const mark = t.kind === 'word' ? '' : t.text === "''" || t.text === "'''" ? '"' : t.text
    const opening = DOUBLE_OPEN.has(mark) || (mark === '"' && open === -1)
    const closing = DOUBLE_CLOSE.has(mark) || (mark === '"' && open !== -1)
    if (open !== -1 && t.paragraph !== tokens[open].paragraph && t.paragraph !== tokens[lastInside].paragraph) {
      // A new paragraph: carry the quotation over only when it reopens.
      // (A straight `"` opening the paragraph reopens too: it cannot close a quotation it starts.)
      const reopens = (opening || mark === '"') && (i === 0 || tokens[i - 1].paragraph !== t.paragraph)
      if (reopens && t.paragraph === tokens[lastInside].paragraph + 1) {
        lastInside = i
        continue
      }
      close(-1, lastInside)
    }
    if (open === -1) {
      // (`"“You don’t win …,” Rubio said`: a straight mark glued to a curly one is a stray; the curly one opens.)
      const stray = mark === '"' && tokens[i + 1]?.text === '“' && tokens[i + 1].start === t.end
      if ((opening && !DOUBLE_CLOSE.has(mark) && !stray) || misturned(tokens, text, i)) {
        open = i
        lastInside = i
        inner = 0
      }
      continue
    }
    lastInside = i
    // `"The ministry isn’t about “fair play” anymore."`: inside straight marks, curly ones pair among themselves.
    if (tokens[open].text === '"' && mark !== '"') {
      if (mark === '“') inner++
      else if (DOUBLE_CLOSE.has(mark) && inner > 0) inner--
      else if (DOUBLE_CLOSE.has(mark)) close(i, i)
      continue
    }
    if (closing || turnedClose(text, t, mark)) close(i, i)
  }
  if (open !== -1) close(-1, lastInside)
  addSingleQuotations(tokens, text, quotations)
  for (const q of quotations) for (let i = q.tokenStart; i < q.tokenEnd; i++) tokens[i].quote = q.index
  return quotations
}

/** `…problems for her here,“ said Jim Clyburn`: inside a quotation, an opening mark glued to the word before and followed by a space or a stop closes it. */
function turnedClose(text: string, t: Token, mark: string): boolean {
  if (mark !== '“') return false
  const before = text[t.start - 1] ?? ' '
  const after = text[t.end] ?? ''
  return !/\s/.test(before) && (after === '' || /[\s,.;:!?)]/.test(after))
}

/** `”We need …” ― Ana Ruiz`: a closing mark that opens a line before a word opens a quotation. */
function misturned(tokens: Token[], text: string, i: number): boolean {
  const t = tokens[i]
  if (t.text !== '”' || !/[\p{L}\p{N}]/u.test(text[t.end] ?? '')) return false
  return i === 0 || text.slice(tokens[i - 1].end, t.start).includes('\n')
}

/** `‘…’` and `'…'` quotations inside one paragraph, outside double quotations. */
function addSingleQuotations(tokens: Token[], text: string, quotations: Quotation[]): void {
  const inside = new Uint8Array(tokens.length)
  for (const q of quotations) inside.fill(1, q.tokenStart, q.tokenEnd)
  let open = -1
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (inside[i] || t.kind === 'word') continue
    if (open !== -1 && tokens[open].paragraph !== t.paragraph) open = -1
    const before = t.start > 0 ? text[t.start - 1] : ' '
    const after = t.end < text.length ? text[t.end] : ' '
    const isOpen = (SINGLE_OPEN.has(t.text) || t.text === "'") && /[\s([“"—-]/.test(before) && /[\p{L}\p{N}]/u.test(after)
    const isClose = (SINGLE_CLOSE.has(t.text) || t.text === "'") && /[\p{L}\p{N}.,!?]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)
    if (open === -1 && isOpen) open = i
    else if (open !== -1 && isClose) {
      quotations.push({ index: quotations.length, start: tokens[open].start, end: t.end, openToken: open, closeToken: i, tokenStart: open, tokenEnd: i + 1 })
      open = -1
    }
  }
  quotations.sort((a, b) => a.start - b.start)
  quotations.forEach((q, index) => (q.index = index))
}
