/**
 * Stage 2, quotes: pairing quotation marks, carrying a quotation across
 * paragraphs that reopen with an opening mark, and never throwing on
 * unbalanced marks.
 */
import { describe, expect, it } from 'vitest'
import { annotate } from '../../src/index.js'
import { compileLexicon } from '../../src/lexicon/compile.js'
import { findQuotations } from '../../src/pipeline/quotes.js'
import { segment } from '../../src/pipeline/segment.js'

const lexicon = compileLexicon()

function quotationsOf(text: string): string[] {
  const { tokens } = segment(text, (words) => words.some((w) => lexicon.cueForms.has(w)))
  return findQuotations(tokens, text).map((q) => text.slice(q.start, q.end))
}

describe('quotes', () => {
  it('closes a quotation at an opening mark glued to the word before it, and not at one that opens a word', () => {
    const text = '“The pier is old,“ said Ida Roe. She called for an “urgent review“ and “new cranes.”'
    expect(quotationsOf(text)).toEqual(['“The pier is old,“', '“urgent review“', '“new cranes.”'])
    expect(annotate(text).attributions[0]).toMatchObject({ source: { text: 'Ida Roe' }, cue: { text: 'said' } })
  })

  it('pairs curly marks among themselves inside a quotation opened by a straight mark, across reopened paragraphs', () => {
    const text = 'Dr. Roe stated:\n\n"The ministry isn’t about “fair play” anymore. It’s about the minister alone.\n\n"The latest example is its “Harbour Bill,” which lets owners decide."\n\nThe bill took effect in March.'
    expect(quotationsOf(text)[0]).toBe('"The ministry isn’t about “fair play” anymore. It’s about the minister alone.\n\n"The latest example is its “Harbour Bill,” which lets owners decide."')
    expect(annotate(text).statements.map((s) => s.category)).toEqual(['claimed-by-party', 'claimed-by-party', 'claimed-by-party', 'claimed-by-party', 'unattributed'])
  })

  it('a straight mark glued to a curly one is a stray: the curly quotation opens and closes as usual', () => {
    const text = 'The interview aired on Monday.\n\n"“We will win the port vote,” Ida Roe said.'
    expect(quotationsOf(text)).toEqual(['“We will win the port vote,”'])
    expect(annotate(text).attributions[0]).toMatchObject({ source: { text: 'Ida Roe' }, cue: { text: 'said' } })
  })

  it('pairs curly double quotation marks', () => {
    const text = 'She said “the pumps failed” and then “the crews left” before dawn.'
    expect(quotationsOf(text)).toEqual(['“the pumps failed”', '“the crews left”'])
  })

  it("closes an apostrophe-pair quotation and the single one inside it at `'''`", () => {
    const text = "''We were told, 'The pier is safe,''' said Ida Varga. ''It was not.''"
    expect(quotationsOf(text)).toEqual(["''We were told, 'The pier is safe,'''", "''It was not.''"])
    const result = annotate(text)
    expect(result.attributions.map((a) => a.source.name)).toEqual(['Ida Varga', 'Ida Varga'])
    expect(result.statements.map((s) => s.category)).toEqual(['claimed-by-party', 'claimed-by-party'])
  })

  it('pairs straight double quotation marks in alternation', () => {
    const text = 'She said "the pumps failed" and then "the crews left" before dawn.'
    expect(quotationsOf(text)).toEqual(['"the pumps failed"', '"the crews left"'])
  })

  it('finds single-quoted phrases but not apostrophes', () => {
    const text = "The mayor's aide called the plan 'a disgrace' on Friday, and it wasn't the first time."
    expect(quotationsOf(text)).toEqual(["'a disgrace'"])
  })

  it('carries a quotation over paragraphs that reopen with an opening mark', () => {
    const text = 'Mayor Oren Velik said, “We moved the pumps twice.\n“Nobody in Calder will be left without water.”\nThe crews slept at noon.'
    expect(quotationsOf(text)).toEqual(['“We moved the pumps twice.\n“Nobody in Calder will be left without water.”'])
  })

  it('carries a straight-quoted quotation over a paragraph that opens with a straight mark', () => {
    const text = 'Velik said, "We moved the pumps twice.\n\n"Nobody will be left without water."\n\nThe crews slept at noon.'
    expect(quotationsOf(text)).toEqual(['"We moved the pumps twice.\n\n"Nobody will be left without water."'])
  })

  it('ends an unclosed quotation with its paragraph when the next one does not reopen', () => {
    const text = 'Velik said, “We moved the pumps twice.\nThe crews slept at noon.'
    expect(quotationsOf(text)).toEqual(['“We moved the pumps twice.'])
  })

  it('ignores a stray closing mark and never throws on unbalanced marks', () => {
    expect(quotationsOf('The crews left” before dawn.')).toEqual([])
    for (const text of ['"""', '“““', '”””', '“Open and ” stray ” again “ reopen', '"a" "b" "', "'''", '‘ ’ ‘']) {
      expect(() => quotationsOf(text)).not.toThrow()
      expect(() => annotate(text)).not.toThrow()
    }
  })

  it('a multi-paragraph quotation carries its category to every sentence inside it', () => {
    const text =
      'Mayor Oren Velik said: “We moved the pumps twice. The crews did not sleep.\n' +
      '“Nobody in Calder will be left without water.”\n' +
      'The crews worked through the night.'
    const { statements, attributions } = annotate(text)
    expect(statements.map((s) => [s.text, s.category])).toEqual([
      ['Mayor Oren Velik said: “We moved the pumps twice.', 'claimed-by-party'],
      ['The crews did not sleep.', 'claimed-by-party'],
      ['“Nobody in Calder will be left without water.”', 'claimed-by-party'],
      ['The crews worked through the night.', 'unattributed'],
    ])
    expect(attributions).toHaveLength(1)
    const [a] = attributions
    expect(a.quote).toBe('direct')
    expect(a.source.text).toBe('Mayor Oren Velik')
    expect(a.content.spans.map((s) => text.slice(s.start, s.end))).toEqual([
      '“We moved the pumps twice. The crews did not sleep.\n“Nobody in Calder will be left without water.”',
    ])
    expect(statements[1].attributionIds).toEqual([a.id])
    expect(statements[2].attributionIds).toEqual([a.id])
  })

  it('a quotation reopened after `said,` at the end of a line carries the category too', () => {
    const text = 'A county official said, “We moved the pumps twice.\n“Nobody in Calder will be left without water. The tanks are full.”'
    const { statements } = annotate(text)
    expect(statements.map((s) => s.category)).toEqual(['confirmed-by-official', 'confirmed-by-official', 'confirmed-by-official'])
  })

  it('marks a quoted span as direct, a partly quoted clause as mixed and reported speech as indirect', () => {
    const direct = annotate('“The levee will hold,” Velmar said.').attributions[0]
    expect(direct.quote).toBe('direct')
    const mixed = annotate("Velmar said the levee was 'good enough' for now.").attributions[0]
    expect(mixed.quote).toBe('mixed')
    const indirect = annotate('Velmar said the levee would hold.').attributions[0]
    expect(indirect.quote).toBe('indirect')
  })

  it('marks content that starts with a short quotation and goes on as mixed', () => {
    // quoteKind treats a quotation ending one token before the content end as the whole content.
    const [a] = annotate("He said 'the pumps failed' twice.").attributions
    expect(a.quote).toBe('mixed')
  })
})
