/**
 * Stage 7, finalize: contract attributions, statements that tile the text,
 * and each statement's category by the coverage rule (main clause first,
 * then most coverage, then earliest cue); nested cues add nothing.
 */
import { describe, expect, it } from 'vitest'
import { checkedAnnotate as run } from '../helpers/checked-annotate.js'

describe('finalize: result shape', () => {
  const text =
    'Flood toll rises to 9, officials say\n' +
    'Mayor Oren Velik told the Daily Courier that the levy would pass. The river fell overnight. “We are not done,” he said.'

  it('matches the zod schema, with sequential ids', () => {
    const result = run(text)
    expect(result.statements.map((s) => s.id)).toEqual(['s1', 's2', 's3', 's4'])
    expect(result.attributions.map((a) => a.id)).toEqual(result.attributions.map((_, i) => `a${i + 1}`))
  })

  it('every attribution id a statement lists exists, and attributions are in cue order', () => {
    const result = run(text)
    const ids = new Set(result.attributions.map((a) => a.id))
    for (const s of result.statements) for (const id of s.attributionIds) expect(ids.has(id)).toBe(true)
    const cueStarts = result.attributions.map((a) => a.cue.span?.start ?? Infinity)
    expect(cueStarts).toEqual([...cueStarts].sort((a, b) => a - b))
  })

  it('spans are exact: source, cue, via and content texts are input slices', () => {
    const result = run(text)
    for (const a of result.attributions) {
      if (a.source.span) expect(a.source.text).toBe(text.slice(a.source.span.start, a.source.span.end))
      if (a.cue.span) expect(a.cue.text).toBe(text.slice(a.cue.span.start, a.cue.span.end))
      if (a.via) expect(a.via.text).toBe(text.slice(a.via.span.start, a.via.span.end))
      for (const s of a.content.spans) expect(s.end).toBeGreaterThan(s.start)
      expect(a.confidence).toBeGreaterThanOrEqual(0)
      expect(a.confidence).toBeLessThanOrEqual(1)
      expect(a.evidence.length).toBeGreaterThan(0)
      expect(a.evidence.map((e) => e.ruleId)).toContain(a.ruleId)
    }
  })

  it('an unattributed statement lists no attributions', () => {
    const result = run(text)
    expect(result.statements[2]).toMatchObject({ text: 'The river fell overnight.', category: 'unattributed', attributionIds: [] })
  })
})

describe('finalize: headings are statements of their own', () => {
  it('a headline with no verb is unattributed', () => {
    const text = 'Quiet talks between Velmar and the river authority\nThe river authority met on Monday.'
    const result = run(text)
    expect(result.statements.map((s) => [s.text, s.category, s.heading])).toEqual([
      ['Quiet talks between Velmar and the river authority', 'unattributed', true],
      ['The river authority met on Monday.', 'unattributed', false],
    ])
  })

  it('`Flood toll rises to 9, officials say` is confirmed-by-official', () => {
    const text = 'Flood toll rises to 9, officials say\nThe river crested at noon.'
    const result = run(text)
    expect(result.statements.map((s) => s.category)).toEqual(['confirmed-by-official', 'unattributed'])
    const [a] = result.attributions
    expect({ source: a.source.text, kind: a.source.kind, cue: a.cue.text, anonymous: a.source.anonymous }).toEqual({
      source: 'officials',
      kind: 'official',
      cue: 'say',
      anonymous: true,
    })
    expect(a.content.spans.map((s) => text.slice(s.start, s.end))).toEqual(['Flood toll rises to 9'])
  })
})

describe('finalize: coverage and nesting', () => {
  it('a cue nested inside content is not a second attribution', () => {
    const text = 'The regional envoy said that Calder officials claimed the proposal was dead.'
    const result = run(text)
    expect(result.attributions.map((a) => [a.source.text, a.cue.text])).toEqual([['The regional envoy', 'said']])
    expect(result.statements[0].category).toBe('claimed-by-party')
  })

  it('a cue inside a quotation by the same speaker does not create a second attribution', () => {
    const text = '“I don\'t think the levee will hold,” the engineer said.'
    const result = run(text)
    expect(result.attributions.map((a) => [a.source.text, a.cue.text, a.cue.stance])).toEqual([['the engineer', 'said', 'neutral']])
    expect(result.statements[0].category).toBe('claimed-by-party')
  })

  it('the main-clause attribution decides over one inside the content', () => {
    const text = 'A county official said that Velmar claimed the dam was safe.'
    const result = run(text)
    expect(result.statements[0].category).toBe('confirmed-by-official')
  })

  it('a cue in a relative clause that is a small part of the sentence does not cover it', () => {
    const text = 'Velmar, who said the dam was safe, left the town on Friday after a long meeting with the council and the engineers.'
    expect(run(text).statements[0].category).toBe('unattributed')
  })

  it('an adjunct participle that is less than half the sentence does not cover it', () => {
    // Its source opens the sentence and its content closes it: the words between them do not count.
    const text = 'The harbour board has turned down a long-pending request from the fishing cooperative to reopen the northern quay for night landings, saying the rules allow no exception.'
    expect(run(text).statements[0].category).toBe('unattributed')
  })

  it('an adjunct participle that is most of the sentence covers it', () => {
    const text = 'The harbour board met, saying the northern quay would stay closed to night landings until the spring.'
    expect(run(text).statements[0].category).toBe('claimed-by-party')
  })

  it('a scare quote in a later narrative sentence does not carry the earlier speaker over it', () => {
    const text = '“We are not done,” the ferry captain said. Since then, 40 boats have left, and 12 others listed “Norvale” as their home port.'
    const result = run(text)
    expect(result.statements.map((s) => s.category)).toEqual(['claimed-by-party', 'unattributed'])
  })

  it('a participle right after a noun is a non-finite clause: it covers only as most of the sentence', () => {
    const text = 'The mayor spent the whole long winter on the northern quay with the ferry crews, a rival questioning her record.'
    expect(run(text).statements[0].category).toBe('unattributed')
  })

  it('`with several pilots now saying …`: the adverb is skipped and the pilots are the source', () => {
    const text = 'The mayor stayed calm, with several harbour pilots now saying the quay is unsafe.'
    const result = run(text)
    expect(result.attributions.map((a) => a.source.text)).toEqual(['several harbour pilots'])
  })

  it('`as` before a bare noun is a preposition, not a subordinate clause: the cue is the main verb', () => {
    const text = 'Several judges hearing suits over her tenure as ferry captain have cited storms, though the port stayed open through the long and stormy winter months and into the spring.'
    expect(run(text).statements[0].category).toBe('claimed-by-party')
  })

  it('`the woman who accused him left` has no content: unattributed', () => {
    // `accused him` is an act with no content clause; got claimed-by-party with content "him left the town".
    const text = 'The woman who accused him left the town.'
    expect(run(text).statements[0].category).toBe('unattributed')
  })
})
