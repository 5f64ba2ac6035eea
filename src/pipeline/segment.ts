/**
 * Stage 1, segment: statements are sentences and heading lines with exact
 * UTF-16 offsets. The text is parsed line by line with parse-english, the
 * parser behind retext-english (which is quadratic on one huge string), and
 * the parser's known slips on news are mended (see mend.ts).
 */
import type { Paragraph as NlcstParagraph, Root, Sentence as NlcstSentence } from 'nlcst'
import { ParseEnglish } from 'parse-english'
import { normalizeWord } from '../lexicon/words.js'
import { mendSentences, type SpeechTagTest } from './mend.js'
import type { Paragraph, Sentence, Token, TokenKind } from './types.js'

// retext-english's own parser, used directly: one instance, no virtual file per line.
const parser = new ParseEnglish()

/**
 * Lines longer than this are cut before parsing, after a sentence end where
 * there is one. Small blocks keep each parse tree short-lived: on one long
 * line without sentence ends, such as `X: X: …`, garbage collection of
 * bigger trees cost more than the parse.
 */
const MAX_BLOCK = 5_000

export interface Segmentation {
  tokens: Token[]
  sentences: Sentence[]
  paragraphs: Paragraph[]
}

export type { SpeechTagTest } from './mend.js'

export function segment(text: string, isSpeechTag: SpeechTagTest): Segmentation {
  const tokens: Token[] = []
  const sentences: Sentence[] = []
  const paragraphs: Paragraph[] = []
  let lineStart = 0
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = text.length
    const raw = parseLine(text, lineStart, lineEnd)
    if (raw.length > 0) {
      const mended = mendSentences(raw, isSpeechTag)
      const paragraph = paragraphs.length
      const first = sentences.length
      for (const words of mended) {
        const sentenceIndex = sentences.length
        const tokenStart = tokens.length
        for (const t of words) {
          // Tokens are made whole in sentenceTokens and only numbered here: an object spread per token cost more than the parse.
          t.index = tokens.length
          t.sentence = sentenceIndex
          t.paragraph = paragraph
          tokens.push(t)
        }
        sentences.push({
          index: sentenceIndex,
          start: words[0].start,
          end: words[words.length - 1].end,
          tokenStart,
          tokenEnd: tokens.length,
          paragraph,
          heading: false,
        })
      }
      const last = sentences[sentences.length - 1]
      const lastToken = tokens[last.tokenEnd - 1]
      // A line with no final punctuation is a heading, as is a short title line.
      last.heading = !FINAL_PUNCTUATION.test(lastToken.text) || (paragraph === 0 && mended.length === 1 && last.end - last.start < 200)
      paragraphs.push({ index: paragraph, start: sentences[first].start, end: last.end, sentenceStart: first, sentenceEnd: sentences.length })
    }
    lineStart = lineEnd + 1
  }
  // A short first line is a title only when a body follows it.
  if (paragraphs.length === 1) {
    const only = sentences[sentences.length - 1]
    only.heading = !FINAL_PUNCTUATION.test(tokens[only.tokenEnd - 1].text)
  }
  return { tokens, sentences, paragraphs }
}

const FINAL_PUNCTUATION = /[.!?:;,"”’'…)\]—-]$/

/** Parse one line (in blocks of bounded size) into sentences of raw tokens. */
function parseLine(text: string, start: number, end: number): Token[][] {
  const out: Token[][] = []
  let blockStart = start
  while (blockStart < end) {
    let blockEnd = end
    if (end - blockStart > MAX_BLOCK) {
      // Cut after a sentence end in the block's second half when there is one, else at a space.
      const stop = sentenceEndBefore(text, blockStart + MAX_BLOCK, blockStart + MAX_BLOCK / 2)
      const space = text.lastIndexOf(' ', blockStart + MAX_BLOCK)
      blockEnd = stop !== -1 ? stop : space > blockStart ? space + 1 : blockStart + MAX_BLOCK
      // Never cut a surrogate pair in two.
      const code = text.charCodeAt(blockEnd - 1)
      if (code >= 0xd800 && code <= 0xdbff) blockEnd++
    }
    const block = text.slice(blockStart, blockEnd)
    if (block.trim() !== '') collect(parser.parse(block), block, blockStart, out)
    blockStart = blockEnd
  }
  return out
}

const CLOSERS = new Set(['"', '”', '’', "'", ')'])

/**
 * The offset just after the last sentence end (`.`, `?` or `!`, then any
 * closing quotes or brackets, then a space) between `floor` and `from`, or -1.
 */
function sentenceEndBefore(text: string, from: number, floor: number): number {
  for (let i = text.lastIndexOf(' ', from); i > floor; i = text.lastIndexOf(' ', i - 1)) {
    let k = i - 1
    while (k > floor && CLOSERS.has(text[k])) k--
    const mark = text[k]
    if (mark === '.' || mark === '?' || mark === '!') return i + 1
  }
  return -1
}

function collect(tree: Root, block: string, base: number, out: Token[][]): void {
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const node of (paragraph as NlcstParagraph).children) {
      if (node.type !== 'SentenceNode') continue
      const words = sentenceTokens(node, block, base)
      if (words.length > 0) out.push(words)
    }
  }
}

/**
 * parse-english's nodes are exact slices of the block, so a token's text is
 * read off the block by its offsets instead of joining the node's children.
 */
function sentenceTokens(sentence: NlcstSentence, block: string, base: number): Token[] {
  const words: Token[] = []
  for (const child of sentence.children) {
    if (child.type === 'WhiteSpaceNode') continue
    const position = child.position
    const start = position?.start.offset
    const end = position?.end.offset
    if (start === undefined || end === undefined) continue
    const kind: TokenKind =
      child.type === 'WordNode' || child.type === 'SourceNode' ? 'word' : child.type === 'PunctuationNode' ? 'punct' : 'symbol'
    const value = block.slice(start, end)
    words.push({ index: 0, kind, text: value, lower: kind === 'word' ? normalizeWord(value) : value, start: base + start, end: base + end, sentence: 0, paragraph: 0, quote: -1 })
  }
  return words
}
