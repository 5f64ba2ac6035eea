/**
 * Stage 1, segment: statements are sentences and heading lines with exact
 * UTF-16 offsets. All prose here is our own, with invented names and places.
 */
import { describe, expect, it } from 'vitest'
import { annotate } from '../../src/index.js'
import { compileLexicon } from '../../src/lexicon/compile.js'
import { segment } from '../../src/pipeline/segment.js'

const lexicon = compileLexicon()
const isSpeechTag = (words: readonly string[]): boolean => words.some((w) => lexicon.cueForms.has(w))

function sentencesOf(text: string): string[] {
  const { sentences } = segment(text, isSpeechTag)
  return sentences.map((s) => text.slice(s.start, s.end))
}

function headingsOf(text: string): boolean[] {
  return segment(text, isSpeechTag).sentences.map((s) => s.heading)
}

describe('segment', () => {
  it('splits plain prose into sentences with exact offsets', () => {
    const text = 'The ferry left Calder at dawn. It reached Dunmore by noon. Nobody was hurt.'
    expect(sentencesOf(text)).toEqual(['The ferry left Calder at dawn.', 'It reached Dunmore by noon.', 'Nobody was hurt.'])
  })

  it('makes a heading line without final punctuation its own statement', () => {
    const text = 'Storm cuts power across Calder\nThe storm reached the coast before dawn. Crews worked all night.'
    expect(sentencesOf(text)).toEqual(['Storm cuts power across Calder', 'The storm reached the coast before dawn.', 'Crews worked all night.'])
    expect(headingsOf(text)).toEqual([true, false, false])
  })

  it('keeps a heading in the middle of an article apart from the paragraph after it', () => {
    const text = 'The ferry left Calder at dawn. It was late.\nA long night on the water\nThe crew slept in shifts.'
    expect(sentencesOf(text)).toEqual(['The ferry left Calder at dawn.', 'It was late.', 'A long night on the water', 'The crew slept in shifts.'])
    expect(headingsOf(text)).toEqual([false, false, true, false])
  })

  it('keeps `“It is over!” Ana said.` as one statement', () => {
    const text = '“It is over!” Ana Roske said. The crowd cheered.'
    expect(sentencesOf(text)).toEqual(['“It is over!” Ana Roske said.', 'The crowd cheered.'])
  })

  it('keeps a question in quotation marks with a lower-case speech tag as one statement', () => {
    const text = '“Where is the ferry?” asked a passenger. Nobody knew.'
    expect(sentencesOf(text)).toEqual(['“Where is the ferry?” asked a passenger.', 'Nobody knew.'])
  })

  it('splits `… in the U.S. The next day …` into two statements', () => {
    const text = 'The team arrived in the U.S. The next day they flew to Calder.'
    expect(sentencesOf(text)).toEqual(['The team arrived in the U.S.', 'The next day they flew to Calder.'])
  })

  it('does not split after `vs.` or `No. 1`', () => {
    const text = 'It was Calder vs. Dunmore in the final. Dunmore is ranked No. 1 in the region.'
    expect(sentencesOf(text)).toEqual(['It was Calder vs. Dunmore in the final.', 'Dunmore is ranked No. 1 in the region.'])
  })

  it('gives every paragraph its sentence range', () => {
    const text = 'First line here.\n\nSecond paragraph. It has two sentences.'
    const { paragraphs, sentences } = segment(text, isSpeechTag)
    expect(paragraphs).toHaveLength(2)
    expect(paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(['First line here.', 'Second paragraph. It has two sentences.'])
    expect(paragraphs[1].sentenceEnd - paragraphs[1].sentenceStart).toBe(2)
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 1, 1])
  })

  it('keeps offsets in UTF-16 code units around astral characters and CRLF', () => {
    const text = 'Fans waved 🚩 flags in Calder. \r\nThe mayor 🎉 waved back.'
    const { sentences, tokens } = segment(text, isSpeechTag)
    for (const s of sentences) expect(text.slice(s.start, s.end).trim()).toBe(text.slice(s.start, s.end))
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text)
    expect(sentencesOf(text)).toEqual(['Fans waved 🚩 flags in Calder.', 'The mayor 🎉 waved back.'])
  })

  it('tokens carry sentence and paragraph indices in order', () => {
    const text = 'One. Two.\nThree.'
    const { tokens } = segment(text, isSpeechTag)
    expect(tokens.map((t) => t.index)).toEqual(tokens.map((_, i) => i))
    expect([...new Set(tokens.map((t) => t.sentence))]).toEqual([0, 1, 2])
    expect([...new Set(tokens.map((t) => t.paragraph))]).toEqual([0, 1])
  })

  it.each([
    ['a question mark', 'Would the county reopen the bridge on Monday, as the crews had promised the town? '],
    ['an exclamation mark inside a closing quotation mark', 'The foreman shouted at the crowd on the quay, “Stand back from the edge of the pier!” '],
    ['a full stop inside a closing quotation mark', 'The mayor wrote that the ferry “would run again on Monday, weather permitting.” '],
  ])('does not cut a sentence in two on a long line whose sentences end with %s', (_, sentence) => {
    // Got: one more statement for every parse block, each cut at a space inside a sentence.
    const text = sentence.repeat(300)
    const got = sentencesOf(text)
    expect(got).toHaveLength(300)
    expect(new Set(got)).toEqual(new Set([sentence.trim()]))
  })

  it('ends a sentence after a number and its full stop when a capitalised word follows', () => {
    // Got: one sentence; the parser reads `14.` as an ordinal and keeps the point inside.
    expect(sentencesOf('The toll rose to 14. Officials said more were missing. Three boats, 1,200 crew. Rescuers kept on.')).toEqual([
      'The toll rose to 14.',
      'Officials said more were missing.',
      'Three boats, 1,200 crew.',
      'Rescuers kept on.',
    ])
    // A number that opens the sentence is a list marker, not a sentence of its own.
    expect(sentencesOf('1. Officials said the pier was safe.')).toEqual(['1. Officials said the pier was safe.'])
  })

  it('does not cut a sentence in two on a line longer than the parse block', () => {
    // Got: 502 statements; the block cut at a space splits the sentence it falls in.
    const sentence = 'A county official said the bridge would reopen on Monday, and the crews will stay there. '
    const text = sentence.repeat(500)
    const got = sentencesOf(text)
    expect(got).toHaveLength(500)
    expect(new Set(got)).toEqual(new Set([sentence.trim()]))
  })

  it('surfaces the same statements through annotate, text equal to the slice', () => {
    const text = 'Storm cuts power across Calder\nIt was Calder vs. Dunmore in the final. “It is over!” Ana Roske said.'
    const { statements } = annotate(text)
    expect(statements.map((s) => s.text)).toEqual(['Storm cuts power across Calder', 'It was Calder vs. Dunmore in the final.', '“It is over!” Ana Roske said.'])
    for (const s of statements) expect(s.text).toBe(text.slice(s.span.start, s.span.end))
    expect(statements.map((s) => s.heading)).toEqual([true, false, false])
  })
})
