/**
 * Mending the parser's known slips on news, sentence by sentence within a
 * line: a `!`/`?` inside a quotation followed by `Trump said.`, a final
 * `U.S.` or a number's point (`14.`) that swallows the boundary, and false
 * splits after `vs.`/`No.`.
 */
import { FALSE_SPLIT_ABBREVIATIONS, SENTENCE_STARTERS, isCapitalized } from '../lexicon/words.js'
import type { Token } from './types.js'

/** Words that, after a `!`/`?` quotation, show the next "sentence" is its speech tag. */
export type SpeechTagTest = (words: readonly string[]) => boolean

const CLOSING_QUOTE = /^["”’']$/

export function mendSentences(sentences: Token[][], isSpeechTag: SpeechTagTest): Token[][] {
  const split: Token[][] = []
  for (const s of sentences) splitSwallowedBoundaries(s, split)
  const out: Token[][] = []
  for (const s of split) {
    const previous = out[out.length - 1]
    if (previous && shouldMerge(previous, s, isSpeechTag)) previous.push(...s)
    else out.push(s)
  }
  return out
}

/**
 * `… in the U.S. The next day …` and `… rose to 14. Officials said …` are two
 * sentences: the parser keeps an initialism's point, and a number's point
 * (read as an ordinal, `14.`), inside the sentence. A number's point that
 * opens the sentence (`1. Officials …`) is a list marker and stays.
 */
function splitSwallowedBoundaries(words: Token[], out: Token[][]): void {
  let current: Token[] = []
  for (let i = 0; i < words.length; i++) {
    const t = words[i]
    const next = words[i + 1]
    const startsSentence = next !== undefined && next.kind === 'word' && isCapitalized(next.text)
    if (startsSentence && i > 0 && t.kind === 'word' && ORDINAL_POINT.test(t.text)) {
      // `14.` becomes the number and a full stop, so the sentence ends in punctuation.
      current.push({ ...t, text: t.text.slice(0, -1), lower: t.lower.slice(0, -1), end: t.end - 1 }, { ...t, kind: 'punct', text: '.', lower: '.', start: t.end - 1 })
      out.push(current)
      current = []
      continue
    }
    current.push(t)
    if (startsSentence && t.kind === 'word' && SENTENCE_STARTERS.has(next.lower) && /^(?:[A-Z]\.){2,}$/.test(t.text)) {
      out.push(current)
      current = []
    }
  }
  if (current.length > 0) out.push(current)
}

const ORDINAL_POINT = /^\d[\d,]*\.$/

function shouldMerge(previous: Token[], next: Token[], isSpeechTag: SpeechTagTest): boolean {
  const last = previous[previous.length - 1]
  const beforeLast = previous[previous.length - 2]
  const first = next[0]
  // `5 vs. 6`, `No. 1`: the parser split after an abbreviation.
  if (last.text === '.' && beforeLast && beforeLast.kind === 'word' && FALSE_SPLIT_ABBREVIATIONS.has(beforeLast.lower)) {
    const numberOnly = beforeLast.lower !== 'vs' && beforeLast.lower !== 'v'
    if (!numberOnly || /^\d/.test(first.text)) return true
  }
  // `“It is over!” Trump said.`: the speech tag belongs to the quotation.
  // `…?’” Renteria told reporters.`: look past every closing mark for the `!` or `?`.
  let k = previous.length - 1
  while (k > 0 && CLOSING_QUOTE.test(previous[k].text)) k--
  if (CLOSING_QUOTE.test(last.text) && k < previous.length - 1 && /^[!?]$/.test(previous[k].text)) {
    if (first.kind === 'word' && /^[a-z]/.test(first.text)) return true
    const words = next.filter((t) => t.kind === 'word').map((t) => t.lower)
    if (words.length <= 8 && isSpeechTag(words)) return true
  }
  return false
}
