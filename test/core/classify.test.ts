/**
 * Stage 5, classify: source kinds from how the text describes the source,
 * and the category precedence (outlet → claim cue → official →
 * unidentified → party).
 */
import { describe, expect, it } from 'vitest'
import { annotate, categoryOf, type Category, type SourceKind } from '../../src/index.js'

function classify(text: string): { category: Category; source: string | null; kind: SourceKind; anonymous: boolean; stance: string } {
  const { statements, attributions } = annotate(text)
  expect(statements).toHaveLength(1)
  expect(attributions).toHaveLength(1)
  const [a] = attributions
  expect(statements[0].category).toBe(a.category)
  return { category: statements[0].category, source: a.source.text, kind: a.source.kind, anonymous: a.source.anonymous, stance: a.cue.stance }
}

describe('classify: the precedence table', () => {
  it('follows the taxonomy order, first match wins', () => {
    expect(categoryOf('outlet', 'claim')).toBe('reported-by-outlet')
    expect(categoryOf('outlet', 'confirm')).toBe('reported-by-outlet')
    expect(categoryOf('official', 'claim')).toBe('claimed-by-party')
    expect(categoryOf('official', 'neutral')).toBe('confirmed-by-official')
    expect(categoryOf('official', 'confirm')).toBe('confirmed-by-official')
    expect(categoryOf('unidentified', 'claim')).toBe('claimed-by-party')
    expect(categoryOf('unidentified', 'neutral')).toBe('reported-by-outlet')
    expect(categoryOf('party', 'confirm')).toBe('claimed-by-party')
    expect(categoryOf('party', 'neutral')).toBe('claimed-by-party')
  })
})

describe('classify: kinds and categories in sentences', () => {
  it('an official with a neutral cue is confirmed-by-official', () => {
    expect(classify('The ministry said in a statement that the dam would hold.')).toMatchObject({ category: 'confirmed-by-official', kind: 'official', anonymous: false })
    expect(classify('A county official said the roads were closed.')).toMatchObject({ category: 'confirmed-by-official', kind: 'official' })
  })

  it('an official source with a claim-stance cue is claimed-by-party', () => {
    expect(classify('The county health ministry claimed that the water was safe.')).toEqual({
      category: 'claimed-by-party',
      source: 'The county health ministry',
      kind: 'official',
      anonymous: false,
      stance: 'claim',
    })
  })

  it('a company confirming is claimed-by-party', () => {
    expect(classify('Brennick Foods confirmed that it had closed the plant.')).toEqual({
      category: 'claimed-by-party',
      source: 'Brennick Foods',
      kind: 'party',
      anonymous: false,
      stance: 'confirm',
    })
  })

  it('unidentified sources are reported-by-outlet', () => {
    expect(classify('People familiar with the talks said the deal was nearly done.')).toEqual({
      category: 'reported-by-outlet',
      source: 'People familiar with the talks',
      kind: 'unidentified',
      anonymous: true,
      stance: 'neutral',
    })
    expect(classify('Sources said the mayor would resign.')).toMatchObject({ category: 'reported-by-outlet', kind: 'unidentified', anonymous: true })
    expect(classify('A person close to the campaign said the mayor would resign.')).toMatchObject({ category: 'reported-by-outlet', kind: 'unidentified' })
  })

  it('an outlet or its journalist is reported-by-outlet', () => {
    expect(classify('A Daily Courier reporter said the ferry was late.')).toMatchObject({ category: 'reported-by-outlet', kind: 'outlet' })
    expect(classify('The newspaper reported that the ferry was late.')).toMatchObject({ category: 'reported-by-outlet', kind: 'outlet', source: 'The newspaper' })
  })

  it('generic groups described by a stance are party and anonymous', () => {
    expect(classify('Critics argue that the toll is unfair.')).toEqual({ category: 'claimed-by-party', source: 'Critics', kind: 'party', anonymous: true, stance: 'claim' })
  })

  it('elected politicians are party even with a neutral cue', () => {
    expect(classify('Governor Tessa Brandt said the bridge would reopen.')).toMatchObject({ category: 'claimed-by-party', kind: 'party', anonymous: false })
  })

  it('a named person with no role is party', () => {
    expect(classify('Velmar said the dam would hold.')).toMatchObject({ category: 'claimed-by-party', kind: 'party', source: 'Velmar' })
  })

  it('per-story sources in options override the lexicons', () => {
    const { attributions, statements } = annotate('Velmar said the dam would hold.', { sources: { Velmar: 'official' } })
    expect(attributions[0].source.kind).toBe('official')
    expect(statements[0].category).toBe('confirmed-by-official')
  })
})
