/**
 * Constructions found while tuning on real news, each in our own words:
 * `it` for institutions, quotations that follow an indirect report in the
 * same paragraph, speech tags with `of`, documents and their topics,
 * epistemic `expect X to`, and names given in an appositive.
 */
import { describe, expect, it } from 'vitest'
import { annotate } from '../../src/index.js'

const categories = (text: string) => annotate(text).statements.map((s) => s.category)

describe('patterns from real news', () => {
  it('`it` refers back to the institution that spoke last', () => {
    const text = 'The central bank said inflation would ease. It warned that wages were rising too fast.'
    const [, second] = annotate(text).attributions
    expect(second.source.text).toBe('It')
    expect(second.source.kind).toBe('official')
    expect(second.source.name).toBe('The central bank')
  })

  it('a quotation after `…, Ruiz said.` in the same paragraph is still Ruiz speaking', () => {
    const text = 'The ferry will not run on Sundays, Ana Ruiz said. "We simply have no crew for it."'
    const result = annotate(text)
    expect(result.statements.map((s) => s.category)).toEqual(['claimed-by-party', 'claimed-by-party'])
    expect(result.attributions[1].ruleId).toBe('continued-quotation')
  })

  it('`“…,” he said of the plan.` is an inverted speech tag with a topic', () => {
    const text = '"It will never pay for itself," Tomas Brenner said of the tunnel plan.'
    const [a] = annotate(text).attributions
    expect(a.source.text).toBe('Tomas Brenner')
    expect(a.ruleId).toBe('inverted-source')
  })

  it('a document is unidentified when only its topic is named, and a party when a person owns it', () => {
    expect(categories('Recent polls in Ohio have shown the senator losing ground.')).toEqual(['reported-by-outlet'])
    const [filing] = annotate('Her filing to the court noted that the loans were repaid.').attributions
    expect(filing.source.kind).toBe('party')
  })

  it('`expect X to …` is an epistemic claim with content', () => {
    const [a] = annotate('Most residents expect the council to approve the levy.').attributions
    expect(a.cue.lemma).toBe('expect')
    expect(a.category).toBe('claimed-by-party')
  })

  it('a name given in an appositive takes the role before it (`the ministry’s spokeswoman, Ana Ruiz,`)', () => {
    const text = 'The ministry’s spokeswoman, Ana Ruiz, said the border would reopen. "No one will be turned away," Ruiz said.'
    const [, second] = annotate(text).attributions
    expect(second.source.text).toBe('Ruiz')
    expect(second.source.kind).toBe('official')
    expect(second.category).toBe('confirmed-by-official')
  })

  it('a document word inside a capitalised name stays part of the name', () => {
    const [a] = annotate('The Office of the Data Commissioner said it had opened an inquiry.').attributions
    expect(a.source.kind).toBe('official')
  })
})

describe('speech tags with an appositive', () => {
  it('`“…,” NAME, a ROLE, said on Twitter.` credits the name, kind from the role', () => {
    const text = '"The plan ignores the night shift," Ana Ruiz, a spokeswoman for the transport ministry, said on Twitter.'
    const [a] = annotate(text).attributions
    expect(a.source.text).toBe('Ana Ruiz')
    expect(a.source.kind).toBe('official')
    expect(a.ruleId).toBe('inverted-source')
  })

  it('an age between commas does not hide the name (`Mr. Holm, 82, told me.`)', () => {
    const [a] = annotate('"I have never been told what to say," Mr. Holm, 82, told me.').attributions
    expect(a.source.text).toBe('Mr. Holm')
  })

  it('a coordinated verb with its own cue ends the first content at `but`', () => {
    const result = annotate('His aides say it is too early to plan a campaign but noted that he won twice before.')
    expect(result.attributions.map((a) => a.cue.text)).toEqual(['say', 'noted'])
  })
})

describe('subjects and speech tags', () => {
  it('a quantifier can be the subject (`Some believe …`), but `some claims` is a noun', () => {
    expect(annotate('Some believe the levy is a mistake.').attributions[0]?.source.text).toBe('Some')
    expect(annotate('Some claims about the levy were false.').attributions).toEqual([])
  })

  it('a day after an inverted cue is no source (`…, NAME, R-Ky., said Thursday.`)', () => {
    const [a] = annotate('"The veto will be overridden," Senate leader Ana Ruiz, R-Ky., said Thursday.').attributions
    expect(a.source.text).toBe('Senate leader Ana Ruiz')
  })

  it('an age after a name is skipped (`Velik, 56, who chairs the panel, told …`)', () => {
    const [a] = annotate('Velik, 56, who chairs the panel, told reporters that the audit was late.').attributions
    expect(a.source.text).toBe('Velik')
  })
})

describe('outlets reporting speech', () => {
  it('`X said …, the Courier reported.`: X is the source via the outlet, and the tag is not content', () => {
    const text = 'Mayor Oren Velik has said the bridge will reopen, the Daily Courier reported.'
    const [a] = annotate(text).attributions
    expect(a.source.text).toBe('Mayor Oren Velik')
    expect(a.via?.text).toBe('the Daily Courier')
    expect(a.content.spans.map((s) => text.slice(s.start, s.end))).toEqual(['the bridge will reopen'])
  })
})

describe('kinds from names and references', () => {
  it('a capitalised name ending in a public body’s head word is official (`the Harbour Safety Office`)', () => {
    const [a] = annotate('The Harbour Safety Office predicted that the storm would pass by Monday.').attributions
    expect(a.source.kind).toBe('official')
  })

  it('`agreed to sell` is a decision, not a reported clause', () => {
    expect(annotate('The owners have agreed in principle to sell the club to a consortium.').attributions).toEqual([])
  })

  it('`One of them said …` refers back like `they`', () => {
    const text = 'Two people familiar with the talks said a deal was near. One of them said that the bank had approved it.'
    const [, second] = annotate(text).attributions
    expect(second.source.text).toBe('One of them')
    expect(second.source.kind).toBe('unidentified')
  })

  it('bare `reports say` are media reports: an outlet', () => {
    expect(categories('Club close to a takeover, reports say')).toEqual(['reported-by-outlet'])
  })
})

describe('more speech tags and headlines', () => {
  it('appositives may follow one another after an inverted cue (`said Ana Ruiz, 83, of Tollen, Norland.`)', () => {
    const [a] = annotate('"The ferry is our lifeline," said Ana Ruiz, 83, of Tollen, Norland.').attributions
    expect(a.source.text).toBe('Ana Ruiz')
  })

  it('a verb coordinated after an object keeps its own attribution (`praised X and said …`)', () => {
    const result = annotate('Velik praised the new pier and said the ferry would run all winter.')
    expect(result.attributions.map((a) => a.cue.text)).toEqual(['praised', 'said'])
  })

  it('a headline speaker whose name holds a cue-like word (`Tollen Post: …`) is the speaker, an outlet', () => {
    const text = 'Tollen Post: Ferry service will resume in May\nThe harbour reopened on Monday.'
    const [a] = annotate(text).attributions
    expect(a.cue.text).toBe(':')
    expect(a.source.kind).toBe('outlet')
  })
})

describe('objects, adjuncts and tails', () => {
  it('`wrote in his memoir that …`: the place of writing is an adjunct, the that-clause the content', () => {
    const [a] = annotate('Velik wrote in his 1990 memoir that he had never lost an election.').attributions
    expect(a.cue.text).toBe('wrote')
  })

  it('`told OUTLET he’s …`: a contracted pronoun starts the content after the outlet', () => {
    const [a] = annotate('Velik told the Tollen Post he’s not planning an appeal.').attributions
    expect(a.via?.text).toBe('the Tollen Post')
  })

  it('a day in an audience phrase does not make it an outlet (`told reporters during Tuesday’s call`)', () => {
    const [a] = annotate('"We will see," Ruiz told reporters during Tuesday’s call.').attributions
    expect(a.via).toBeNull()
  })

  it('a short place after the speech tag still closes it (`told supporters in Tollen, Norland.`)', () => {
    const [a] = annotate('"We have come a long way," Ruiz told supporters in Tollen, Norland.').attributions
    expect(a.source.text).toBe('Ruiz')
    expect(a.ruleId).toBe('inverted-source')
  })
})
