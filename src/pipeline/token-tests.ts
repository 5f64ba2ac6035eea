/** What kind of token this is: a word, a comma or dash, a quotation mark, final punctuation. */
import type { Token } from './types.js'

export const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word'
export const isComma = (t: Token | undefined): boolean => t !== undefined && (t.text === ',' || t.text === '—' || t.text === '–')
export const isQuoteMark = (t: Token | undefined): boolean => t !== undefined && t.kind !== 'word' && /^(?:["“”‘’'«»„]|'''?)$/.test(t.text)
export const isDoubleQuote = (t: Token | undefined): boolean => t !== undefined && t.kind !== 'word' && /^(?:["“”«»„]|'''?)$/.test(t.text)
export const isFinalPunct = (t: Token | undefined): boolean => t !== undefined && t.kind !== 'word' && /^[.!?;]+$/.test(t.text)
