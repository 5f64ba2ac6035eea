/**
 * Stage 6, resolve: pronouns and descriptions take the name and kind of the
 * source they refer back to; quotation paragraphs without a cue continue
 * the previous speaker.
 */
import { describe, expect, it } from 'vitest'
import type { AnnotationResult } from '../../src/index.js'
import { checkedAnnotate as run } from '../helpers/checked-annotate.js'

const rows = (r: AnnotationResult) => r.attributions.map((a) => ({ source: a.source.text, kind: a.source.kind, cue: a.cue.text, category: a.category }))

describe('resolve: pronouns', () => {
  const story =
    'Mayor Oren Velik told the Daily Courier that the levy would pass. ' +
    'He also claimed that the council was united. ' +
    'According to him, the vote is settled.'

  it('`He also claimed that …` and `According to him, …` resolve to the last named source, kind party', () => {
    const result = run(story)
    expect(rows(result)).toEqual([
      { source: 'Mayor Oren Velik', kind: 'party', cue: 'told', category: 'claimed-by-party' },
      { source: 'He', kind: 'party', cue: 'claimed', category: 'claimed-by-party' },
      { source: 'him', kind: 'party', cue: 'According to', category: 'claimed-by-party' },
    ])
    expect(result.attributions[0].via?.name).toBe('the Daily Courier')
    for (const a of result.attributions.slice(1)) expect(a.source.name).toContain('Oren Velik')
    expect(result.statements.map((s) => s.category)).toEqual(['claimed-by-party', 'claimed-by-party', 'claimed-by-party'])
  })

  it('a pronoun takes an official kind from its antecedent', () => {
    const text = 'Police Commissioner Dana Ruiz said the suspect was arrested at dawn. According to her, two officers were hurt.'
    const result = run(text)
    expect(rows(result)).toEqual([
      { source: 'Police Commissioner Dana Ruiz', kind: 'official', cue: 'said', category: 'confirmed-by-official' },
      { source: 'her', kind: 'official', cue: 'According to', category: 'confirmed-by-official' },
    ])
    expect(result.attributions[1].source.name).toContain('Dana Ruiz')
    expect(result.attributions[1].source.anonymous).toBe(false)
  })

  it('an official pronoun source with a claim cue is claimed-by-party', () => {
    const text = 'Police Commissioner Dana Ruiz said the suspect was arrested at dawn. She also claimed that the raid was flawless.'
    expect(rows(run(text))[1]).toEqual({ source: 'She', kind: 'official', cue: 'claimed', category: 'claimed-by-party' })
  })

  it('a pronoun skips an outlet to reach the person who spoke to it', () => {
    const text = 'Velmar told the Daily Courier that the dam would hold. He said the repairs were paid for.'
    const result = run(text)
    expect(result.attributions[1].source.name).toBe('Velmar')
    expect(result.attributions[1].source.kind).toBe('party')
  })

  it('the canonical name of a resolved pronoun drops the role words (`Dunmore envoy Pell Marsh` → `Pell Marsh`)', () => {
    // Got: name "Dunmore envoy Pell Marsh" for both the named source and the pronoun.
    const text = 'Dunmore envoy Pell Marsh told the Daily Courier that the talks were productive. He also claimed that the draft was final.'
    expect(run(text).attributions.map((a) => a.source.name)).toEqual(['Pell Marsh', 'Pell Marsh'])
  })
})

describe('resolve: descriptions', () => {
  it('`The <description> said that <officials> are …`: the description is the source, kind from the referent, officials inside content', () => {
    const text =
      'Calder envoy Pell Marsh told the Daily Courier that the border talks were productive. ' +
      'The Calder envoy said that Dunmore officials are now reviewing the draft.'
    const result = run(text)
    expect(result.attributions).toHaveLength(2)
    const second = result.attributions[1]
    expect({ source: second.source.text, kind: second.source.kind, cue: second.cue.text, category: second.category }).toEqual({
      source: 'The Calder envoy',
      kind: 'party',
      cue: 'said',
      category: 'claimed-by-party',
    })
    expect(second.content.spans.map((s) => text.slice(s.start, s.end))).toEqual(['that Dunmore officials are now reviewing the draft'])
    expect(result.statements[1].category).toBe('claimed-by-party')
    expect(result.statements[1].attributionIds).toEqual([second.id])
  })

  it('`The Calder envoy` resolves its name to the envoy named before (`Pell Marsh`)', () => {
    // Got: name "The Calder envoy" — the capitalised place word makes the description look like a name.
    const text =
      'Calder envoy Pell Marsh told the Daily Courier that the border talks were productive. ' +
      'The Calder envoy said that Dunmore officials are now reviewing the draft.'
    expect(run(text).attributions[1].source.name).toContain('Pell Marsh')
  })

  it('a description without a referent still gets its kind from its own role words', () => {
    const text = 'The regional envoy said that Calder officials are now reviewing the proposal.'
    const result = run(text)
    expect(rows(result)).toEqual([{ source: 'The regional envoy', kind: 'party', cue: 'said', category: 'claimed-by-party' }])
  })

  it('`the same official` stays an official', () => {
    const text = 'A county official said the roads were closed. The same official said the schools would open.'
    expect(rows(run(text))).toEqual([
      { source: 'A county official', kind: 'official', cue: 'said', category: 'confirmed-by-official' },
      { source: 'The same official', kind: 'official', cue: 'said', category: 'confirmed-by-official' },
    ])
  })
})

describe('resolve: continued quotations', () => {
  it('a quote paragraph after `who said,` continues the cited speaker', () => {
    const text = 'The Daily Courier cited a county official who said,\n"The pumps failed twice overnight."\nThe crews left at noon.'
    const result = run(text)
    expect(result.statements.map((s) => s.category)).toEqual(['confirmed-by-official', 'confirmed-by-official', 'unattributed'])
    expect(result.attributions.every((a) => a.via?.name === 'The Daily Courier')).toBe(true)
  })

  it('reported speech does not carry over to the next sentence without a cue', () => {
    const text = 'Velmar said the dam would hold. The engineers disagree.'
    expect(run(text).statements.map((s) => s.category)).toEqual(['claimed-by-party', 'unattributed'])
  })

  it('a second quotation right after `“…,” X said.` continues the same speaker', () => {
    const text = '“We moved the pumps twice,” Mayor Oren Velik said. “The crews did not sleep.”'
    const result = run(text)
    expect(result.statements.map((s) => s.category)).toEqual(['claimed-by-party', 'claimed-by-party'])
    const last = result.attributions.find((a) => a.id === result.statements[1].attributionIds[0])
    expect(last?.source.name).toContain('Oren Velik')
  })

  it('a quotation that opens after the speech tag and runs into the next paragraph carries the category', () => {
    const text =
      '“The river has never been this high,” said Mayor Oren Velik, a former teacher. “We moved the pumps twice.\n' +
      '“Nobody in Calder will be left without water.”\n' +
      'The crews worked through the night.'
    expect(run(text).statements.map((s) => s.category)).toEqual(['claimed-by-party', 'claimed-by-party', 'claimed-by-party', 'unattributed'])
  })

  it('a continued quotation of an official stays confirmed-by-official', () => {
    const text = '“The pumps failed twice,” a county official said. “Nobody told the crews.”'
    expect(run(text).statements.map((s) => s.category)).toEqual(['confirmed-by-official', 'confirmed-by-official'])
  })
})
