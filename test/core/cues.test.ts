/**
 * Stage 3, cues: reporting verbs (every inflection, phrasal ones) with their
 * stance; what is not a cue (wanting, agentless passives, speech that did
 * not happen, acts); `reportedly` as an outlet cue.
 */
import { describe, expect, it } from 'vitest'
import { annotate } from '../../src/index.js'
import { compileLexicon } from '../../src/lexicon/compile.js'
import { AnnotationContext } from '../../src/pipeline/context.js'
import { findQuotations } from '../../src/pipeline/quotes.js'
import { segment } from '../../src/pipeline/segment.js'
import { verbCues } from '../../src/rules/verb-cues.js'

const lexicon = compileLexicon()

/** Run the cue stage alone and list each cue as `text/lemma/stance`. */
function cuesOf(text: string): string[] {
  const { tokens, sentences, paragraphs } = segment(text, (words) => words.some((w) => lexicon.cueForms.has(w)))
  const quotations = findQuotations(tokens, text)
  const ctx = new AnnotationContext(text, tokens, sentences, paragraphs, quotations, lexicon, new Map())
  verbCues.run(ctx, {})
  return ctx.cues.map((c) => `${ctx.slice(c)}/${c.lemma}/${c.stance}`)
}

function only(text: string): { category: string; cue: string | null; lemma: string | null } {
  const { statements, attributions } = annotate(text)
  expect(statements).toHaveLength(1)
  const a = attributions.find((x) => statements[0].attributionIds[0] === x.id)
  return { category: statements[0].category, cue: a?.cue.text ?? null, lemma: a?.cue.lemma ?? null }
}

describe('cues: the verb lexicon', () => {
  it('finds inflected reporting verbs with their stance', () => {
    expect(cuesOf('Velmar says the dam holds.')).toEqual(['says/say/neutral'])
    expect(cuesOf('Velmar claimed the dam held.')).toEqual(['claimed/claim/claim'])
    expect(cuesOf('The agency confirmed the closure.')).toEqual(['confirmed/confirm/confirm'])
    expect(cuesOf('Residents fear the river will rise.')).toEqual(['fear/fear/claim'])
    expect(cuesOf('The mayor insisted that nothing was wrong.')).toEqual(['insisted/insist/claim'])
  })

  it('reads an ambiguous -s form as a noun after a verb or a number (`faces challenges`, `Twenty-seven states`)', () => {
    expect(cuesOf('The harbour faces challenges in the winter.')).toEqual([])
    expect(cuesOf('Twenty-seven states are suing the river authority.')).toEqual([])
    expect(cuesOf('Velmar challenges the board to a vote.')).toEqual(['challenges/challenge/claim'])
    expect(cuesOf('Since the Norvale attacks that shook the port, the ferry has been idle.')).toEqual([])
    expect(cuesOf('Velmar attacks the board for its silence.')).toEqual(['attacks/attack/claim'])
    expect(cuesOf('Velmar skips the hearing and calls them “cowards.”')).toEqual(['calls/call/claim'])
    expect(cuesOf('The flood brought reports and attacks on the board.')).toEqual([])
    expect(cuesOf('The mayor does believe the dam is safe.')).toEqual(['believe/believe/claim'])
    expect(cuesOf('The mayor does not believe the dam is safe.')).toEqual([])
  })

  it('reads `state(s)` as a noun unless a subject precedes and content follows', () => {
    expect(cuesOf('Varga, the former secretary of state, met the harbour board.')).toEqual([])
    expect(cuesOf('The race now moves to Northern states this week.')).toEqual([])
    expect(cuesOf('The ferry will sail to the states that border the lake.')).toEqual([])
    expect(cuesOf('It states that the levy is unlawful.')).toEqual(['states/state/neutral'])
    expect(cuesOf('Varga stated that the levy is unlawful.')).toEqual(['stated/state/neutral'])
  })

  it('finds an attitude adjective after a copula before a clause (`seem confident they …`, `she’s so frustrated that …`)', () => {
    expect(cuesOf('The pilots seem confident they can dock tonight.')).toEqual(['seem confident/confident/claim'])
    expect(cuesOf('That is why she’s so frustrated that the port is closed.')).toEqual(['so frustrated/frustrated/claim'])
    expect(cuesOf('The pilots are not sure that they can dock.')).toEqual([])
    expect(cuesOf('It is certain that the port will close.')).toEqual([])
    expect(cuesOf('The pilots are confident in the new quay.')).toEqual([])
  })

  it('does not look for cues inside quotations', () => {
    expect(cuesOf('“I never said the dam was safe,” Velmar told the council.')).toEqual(['told/tell/neutral'])
  })

  it('skips nouns and possessed nouns (`the report`, `Velmar’s claim`)', () => {
    expect(cuesOf('The report was published on Monday.')).toEqual([])
  })

  it('skips speech that did not happen and agentless passives', () => {
    expect(cuesOf('Velmar did not say a word.')).toEqual([])
    expect(cuesOf('Velmar never claimed the prize.')).toEqual([])
    expect(cuesOf('The terminal is expected to open in June.')).toEqual([])
    expect(cuesOf('It is believed that the dam will hold.')).toEqual([])
  })

  it('turns `is reported to` into one passive outlet cue', () => {
    const text = 'The operator is reported to have lost two contracts.'
    const { tokens, sentences, paragraphs } = segment(text, () => false)
    const ctx = new AnnotationContext(text, tokens, sentences, paragraphs, findQuotations(tokens, text), lexicon, new Map())
    verbCues.run(ctx, {})
    expect(ctx.cues.map((c) => [ctx.slice(c), c.type])).toEqual([['is reported', 'passive-report']])
  })
})

describe('cues: what makes a statement attributed', () => {
  it('a sentence without a cue is unattributed', () => {
    expect(only('Orsino officials remain largely absent from the negotiations.')).toEqual({ category: 'unattributed', cue: null, lemma: null })
  })

  it('an agentless passive (`is expected to`) is unattributed', () => {
    expect(only('The new ferry terminal is expected to open in June.').category).toBe('unattributed')
    expect(only('It is believed that the dam will hold.').category).toBe('unattributed')
  })

  it('verbs of wanting and planning are not cues', () => {
    expect(only('The harbor council wants to keep its parking rules.').category).toBe('unattributed')
    expect(only('The mayor plans to reopen the bridge.').category).toBe('unattributed')
  })

  it('`declined to comment`, `denied the charges` and `claimed victory` are acts, not attributions', () => {
    expect(only('Mayor Oren Velik declined to comment on the audit.').category).toBe('unattributed')
    expect(only('Velmar denied the charges.').category).toBe('unattributed')
    expect(only('Velmar claimed victory on Tuesday night.').category).toBe('unattributed')
  })

  it('speech that did not happen is not a cue', () => {
    expect(only("Velmar won't be able to brag about the dam.").category).toBe('unattributed')
  })

  it('nouns used as topics are not cues', () => {
    expect(only('The report was published on Monday.').category).toBe('unattributed')
  })

  it('`reportedly` makes the statement reported-by-outlet', () => {
    const text = 'The ferry operator reportedly lost two contracts last year.'
    const { attributions } = annotate(text)
    expect(only(text)).toEqual({ category: 'reported-by-outlet', cue: 'reportedly', lemma: 'reportedly' })
    expect(attributions[0].source).toMatchObject({ text: null, span: null, kind: 'outlet' })
  })

  it('`is reported to` makes the statement reported-by-outlet', () => {
    expect(only('The ferry operator is reported to have lost two contracts.')).toEqual({ category: 'reported-by-outlet', cue: 'is reported', lemma: 'report' })
  })

  it('`said in a statement` is a neutral cue of saying', () => {
    const result = annotate('The ministry said in a statement that the dam would hold.')
    expect(result.statements[0].category).toBe('confirmed-by-official')
    const [a] = result.attributions
    expect(a.cue.text).toMatch(/^said\b/)
    expect(a.cue.lemma).toMatch(/^say\b/)
    expect(a.cue.stance).toBe('neutral')
    expect(a.content.spans.map((s) => 'The ministry said in a statement that the dam would hold.'.slice(s.start, s.end))).toEqual(['that the dam would hold'])
  })
})
