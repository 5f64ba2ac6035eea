/**
 * Stage 4, attribute: who is credited, with which cue, for what content,
 * and through which outlet (`via`). Every span's text is checked against
 * the input slice.
 */
import { describe, expect, it } from 'vitest'
import { annotate, type Attribution } from '../../src/index.js'
import { checkedAnnotate as run } from '../helpers/checked-annotate.js'

/** A compact view of one attribution. */
function view(text: string, a: Attribution) {
  return {
    category: a.category,
    source: a.source.text,
    kind: a.source.kind,
    cue: a.cue.text,
    via: a.via?.name ?? null,
    content: a.content.spans.map((s) => text.slice(s.start, s.end)),
  }
}

function single(text: string) {
  const result = run(text)
  expect(result.attributions).toHaveLength(1)
  return { ...view(text, result.attributions[0]), statements: result.statements.map((s) => s.category) }
}

describe('attribute: subject before the cue', () => {
  it('`X told OUTLET that …`: X is the source, the outlet is via', () => {
    const text = 'Mayor Oren Velik told the Daily Courier that the levy would pass.'
    expect(single(text)).toEqual({
      category: 'claimed-by-party',
      source: 'Mayor Oren Velik',
      kind: 'party',
      cue: 'told',
      via: 'the Daily Courier',
      content: ['that the levy would pass'],
      statements: ['claimed-by-party'],
    })
  })

  it('`X confirmed to OUTLET that …` has the outlet as via', () => {
    const text = 'A county official confirmed to the Daily Courier that the dam would hold.'
    expect(single(text)).toMatchObject({ category: 'confirmed-by-official', source: 'A county official', kind: 'official', cue: 'confirmed', via: 'the Daily Courier' })
  })

  it('`told reporters`: the speaker is the source', () => {
    const text = 'Velmar told reporters that the dam would hold.'
    expect(single(text)).toMatchObject({ category: 'claimed-by-party', source: 'Velmar', kind: 'party', content: ['that the dam would hold'] })
  })

  it('an audience that is not an outlet (`told reporters`) is no via', () => {
    // Got (working tree of this commit): via "reporters"; journalists are read as an outlet audience.
    const text = 'Velmar told reporters that the dam would hold.'
    expect(single(text).via).toBeNull()
  })

  it('a per-story outlet given in options is recognised as via', () => {
    const text = 'Velmar told the Harbor Ledger that the dam repairs would finish by spring.'
    const result = annotate(text, { sources: { 'Harbor Ledger': 'outlet' } })
    expect(result.attributions.map((a) => [a.source.text, a.via?.text ?? null])).toEqual([['Velmar', 'the Harbor Ledger']])
  })
})

describe('attribute: wire copy', () => {
  it('a dateline (`CITY (Wire) -`, `CITY, date (Wire) –`, `CITY —`) is no part of the source after it', () => {
    for (const dateline of ['MARROWBY (Meridian Wire) - ', 'MARROWBY, May 3 (Meridian Wire) – ', 'MARROWBY — ']) {
      const text = `${dateline}Harbour Minister Ana Holt said on Monday the port would close.`
      expect(single(text)).toMatchObject({ source: 'Harbour Minister Ana Holt', kind: 'official', via: null, content: ['the port would close'] })
    }
  })

  it('a headline name takes the role given after the dateline, not the wire', () => {
    const text = 'Holt: Port will close\n\nMARROWBY (Meridian Wire) - The harbour minister, Ana Holt, said on Monday the port would close.'
    expect(run(text).attributions.map((a) => [a.source.text, a.source.kind])).toEqual([
      ['Holt', 'official'],
      ['The harbour minister', 'official'],
    ])
  })

  it('`per X` after a comma or opening the sentence is sourcing; `3 per cent` is not', () => {
    expect(single('The deal is close, per two people briefed on the talks.')).toMatchObject({ source: 'two people briefed on the talks', kind: 'unidentified', cue: 'per', content: ['The deal is close'] })
    expect(single('Per the Courier, the deal is close.')).toMatchObject({ source: 'the Courier', kind: 'outlet' })
    expect(run('Fares rose 3 per cent last year.').attributions).toEqual([])
  })

  it('`officials briefed on the matter` is one source, not a cue; a time phrase keeps its words apart from the addressee and the clause', () => {
    expect(single('Two officials briefed on the matter said the port would close.')).toMatchObject({ source: 'Two officials briefed on the matter', kind: 'official', cue: 'said' })
    expect(single('The mayor told Reuters on Friday the fee was fair.')).toMatchObject({ via: 'Reuters', content: ['the fee was fair'] })
    expect(run('The city’s only hope at this point was to sell the pier.').attributions).toEqual([])
  })
})

describe('attribute: content before the cue', () => {
  it('`“…,” the official said.`: cue after the quotation', () => {
    const text = '“Both towns need to compromise,” the official said.'
    expect(single(text)).toEqual({
      category: 'confirmed-by-official',
      source: 'the official',
      kind: 'official',
      cue: 'said',
      via: null,
      content: ['“Both towns need to compromise'],
      statements: ['confirmed-by-official'],
    })
  })

  it('works with straight quotation marks too', () => {
    const text = '"The dam will hold," a county official said.'
    expect(single(text)).toMatchObject({ category: 'confirmed-by-official', source: 'a county official', cue: 'said' })
  })

  it('`“…,” said X, a description.`', () => {
    const text = '“The river has never been this high,” said Mayor Oren Velik, a former teacher.'
    expect(single(text)).toMatchObject({ category: 'claimed-by-party', source: 'Mayor Oren Velik', kind: 'party', cue: 'said' })
  })

  it('a split quotation `“…,” X said, “…”` is one attribution with two spans', () => {
    const text = '“We moved the pumps twice,” Mayor Oren Velik said, “and the crews did not sleep.”'
    expect(single(text).content).toEqual(['“We moved the pumps twice', '“and the crews did not sleep.”'])
  })

  it('`“…,” an official confirmed to OUTLET.` keeps the outlet (without `to`) as via', () => {
    const text = '“The dam will hold,” a county official confirmed to the Daily Courier.'
    expect(single(text)).toMatchObject({
      category: 'confirmed-by-official',
      source: 'a county official',
      kind: 'official',
      cue: 'confirmed',
      via: 'the Daily Courier',
      content: ['“The dam will hold'],
    })
  })
})

describe('attribute: relative clauses', () => {
  it('`Velmar, who said …,` credits Velmar (party), not the relative pronoun', () => {
    // Got: source "who", kind official (the pronoun is read as the WHO).
    const text = 'Velmar, who said the dam was safe, left the town on Friday after a long meeting with the council and the engineers.'
    const [a] = run(text).attributions
    expect({ source: a.source.name ?? a.source.text, kind: a.source.kind }).toEqual({ source: 'Velmar', kind: 'party' })
  })
})

describe('attribute: according to', () => {
  it('`according to OUTLET, <event>`: the outlet is the source', () => {
    const text = 'According to the Daily Courier, the bridge closed at noon.'
    expect(single(text)).toEqual({
      category: 'reported-by-outlet',
      source: 'the Daily Courier',
      kind: 'outlet',
      cue: 'According to',
      via: null,
      content: ['the bridge closed at noon'],
      statements: ['reported-by-outlet'],
    })
  })

  it('`according to OUTLET, X said …`: X is the source, via the outlet', () => {
    const text = 'According to the Daily Courier, Mayor Oren Velik said the bridge would close.'
    expect(single(text)).toEqual({
      category: 'claimed-by-party',
      source: 'Mayor Oren Velik',
      kind: 'party',
      cue: 'said',
      via: 'the Daily Courier',
      content: ['the bridge would close'],
      statements: ['claimed-by-party'],
    })
  })

  it('`OUTLET reported that police said …`: police via the outlet', () => {
    const text = 'The Daily Courier reported that police said the driver had fled.'
    expect(single(text)).toMatchObject({ category: 'confirmed-by-official', source: 'police', kind: 'official', cue: 'said', via: 'The Daily Courier' })
  })

  it('a medial `according to` credits both sides of the sentence', () => {
    const text = 'The bridge, according to county engineers, will close in May.'
    const a = single(text)
    expect(a.cue).toBe('according to')
    expect(a.source).toBe('county engineers')
    expect(a.content).toEqual(['The bridge', 'will close in May'])
  })
})

describe('attribute: outlets citing sources', () => {
  it('`OUTLET cited a <official> who said,` + quote paragraph: both confirmed-by-official, via the outlet', () => {
    const text = 'The Daily Courier cited a county official who said,\n“The pumps failed twice overnight and the crews were not told.”'
    const result = run(text)
    expect(result.statements.map((s) => s.category)).toEqual(['confirmed-by-official', 'confirmed-by-official'])
    expect(result.attributions.map((a) => view(text, a))).toEqual([
      {
        category: 'confirmed-by-official',
        source: 'a county official',
        kind: 'official',
        cue: 'said',
        via: 'The Daily Courier',
        content: ['“The pumps failed twice overnight and the crews were not told.”'],
      },
    ])
    expect(result.attributions[0].quote).toBe('direct')
  })

  it('`the newspaper, citing X, said …`: X is the source, via the newspaper', () => {
    const text = 'The newspaper, citing two county officials, said the plant would close.'
    expect(single(text)).toMatchObject({ category: 'confirmed-by-official', source: 'two county officials', kind: 'official', cue: 'said', via: 'The newspaper' })
  })

  it('`OUTLET, citing a person briefed on the talks, said …`: reported-by-outlet, unidentified source via the outlet', () => {
    // Got: the category is right, but the source is "The Daily Courier" (outlet) with cue "citing", no via.
    const text = 'The Daily Courier, citing a person briefed on the talks, said the deal was close.'
    expect(single(text)).toMatchObject({ category: 'reported-by-outlet', source: 'a person briefed on the talks', kind: 'unidentified', via: 'The Daily Courier' })
  })
})

describe('attribute: colons', () => {
  it('transcript `NAME:` turns credit the speaker with the rest of the paragraph', () => {
    const text = 'HALLORAN: The pumps failed twice overnight.\nABERNATHY: I was at the depot with the crew.'
    const result = run(text)
    expect(result.attributions.map((a) => view(text, a))).toEqual([
      { category: 'claimed-by-party', source: 'HALLORAN', kind: 'party', cue: ':', via: null, content: ['The pumps failed twice overnight.'] },
      { category: 'claimed-by-party', source: 'ABERNATHY', kind: 'party', cue: ':', via: null, content: ['I was at the depot with the crew.'] },
    ])
    expect(result.attributions.map((a) => a.source.name)).toEqual(['Halloran', 'Abernathy'])
    expect(result.statements.map((s) => s.category)).toEqual(['claimed-by-party', 'claimed-by-party'])
  })

  it('the interviewer in a transcript (the one asking) is a journalist: reported-by-outlet', () => {
    const text = 'HALLORAN: Where were you on the night of the storm?\nABERNATHY: I was at the depot with the crew.'
    const result = run(text)
    expect(result.attributions.map((a) => [a.source.text, a.source.kind, a.category])).toEqual([
      ['HALLORAN', 'outlet', 'reported-by-outlet'],
      ['ABERNATHY', 'party', 'claimed-by-party'],
    ])
  })

  it('a headline `Name: quote` credits the name', () => {
    const text = 'Velik: Bridge tolls will not rise this year\nThe mayor spoke at the depot.'
    const result = run(text)
    expect(result.statements.map((s) => s.category)).toEqual(['claimed-by-party', 'unattributed'])
    expect(view(text, result.attributions[0])).toEqual({
      category: 'claimed-by-party',
      source: 'Velik',
      kind: 'party',
      cue: ':',
      via: null,
      content: ['Bridge tolls will not rise this year'],
    })
  })
})
