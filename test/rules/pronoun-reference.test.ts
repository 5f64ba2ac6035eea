import { RuleTester } from '../helpers/rule-tester.js'

new RuleTester().run('pronoun-reference', {
  valid: ['She walked to the pier before dawn.'],
  invalid: [
    {
      name: 'a role of `its` body takes the kind of the body opening the sentence before, even when that sentence reports nothing',
      text: 'The election commission ordered a full recount on Monday. Its chairman, Piet Hall, said the count would take three days.',
      attributions: [{ source: 'Its chairman', kind: 'official', category: 'confirmed-by-official' }],
    },
    {
      name: '`he` after an unattributed sentence is its subject’s appositive name, not an earlier speaker',
      text: 'Harbour Minister Ana Ruiz said the quay was safe. Leith’s mayor, Tom Hale, claimed victory after the vote. “They asked for this, not us,” he said.',
      attributions: [
        { source: 'Harbour Minister Ana Ruiz', kind: 'official' },
        { source: 'he', name: 'Tom Hale', kind: 'party' },
      ],
    },
    {
      name: '`they` are the people before, not a document between them',
      text: 'Two economists, Ida Roe and Tom Hale, studied the port. A complaint filed by the harbour authority said the cranes failed. “The cranes were never safe,” they wrote.',
      attributions: [
        { source: 'A complaint filed by the harbour authority', kind: 'official' },
        { source: 'they', kind: 'party' },
      ],
    },
    {
      name: '`its` before a role speaks for the body named just before; `he` may be a named correspondent',
      text: 'Consumer group Harbour Watch praised the ruling. Its director, Ana Ruiz, said the port had “finally listened.” Our correspondent in Leith, Tom Hale, says the quay is calm. “Nobody is shooting,” he says.',
      attributions: [
        { source: 'Consumer group Harbour Watch', kind: 'party' },
        { source: 'Its director', kind: 'party' },
        { source: 'Our correspondent in Leith', kind: 'outlet' },
        { source: 'he', kind: 'outlet', category: 'reported-by-outlet' },
      ],
    },
    {
      name: 'she after told-an-outlet: the speaker, not the outlet',
      text: 'Ida Varga told Reuters that the pier was safe. She also claimed that the repairs were cheap.',
      attributions: [
        { source: 'Ida Varga', via: 'Reuters' },
        { source: 'She', name: 'Ida Varga', kind: 'party', cue: 'claimed', category: 'claimed-by-party' },
      ],
    },
    {
      name: 'according to him',
      text: 'Tomas Brenner told Reuters that the deal was near. According to him, the talks will end soon.',
      attributions: [{ source: 'Tomas Brenner' }, { source: 'him', name: 'Tomas Brenner', kind: 'party', cue: 'According to' }],
    },
    {
      name: 'the pronoun takes the official kind of its antecedent',
      text: 'Harbour commissioner Ida Varga said the pier was safe. She added that repairs were under way.',
      attributions: [{ kind: 'official' }, { source: 'She', name: 'Ida Varga', kind: 'official', category: 'confirmed-by-official' }],
    },
    {
      name: 'with the rule off the pronoun has no name',
      text: 'Ida Varga told Reuters that the pier was safe. She also claimed that the repairs were cheap.',
      options: { rules: { 'pronoun-reference': 'off' } },
      attributions: [{ source: 'Ida Varga' }, { source: 'She', name: null }],
    },
  ],
})

new RuleTester().run('pronoun-reference (subject of the sentence before)', {
  valid: [],
  invalid: [
    {
      name: 'He continues the named subject, not a later capitalised word',
      text: 'Tomas Brenner arrived in Lisbon on Monday. He said the talks were productive.',
      attributions: [{ source: 'He', name: 'Tomas Brenner', kind: 'party' }],
    },
    {
      name: 'They continues the plural subject of the sentence before and takes its kind',
      text: 'Harbour police detained two crew members on Sunday. They said the cargo had been stolen.\n\nDock workers walked out on Monday. They said the new shifts were unsafe.',
      attributions: [
        { source: 'They', name: 'Harbour police', kind: 'official', category: 'confirmed-by-official' },
        { source: 'They', name: 'Dock workers', kind: 'party', category: 'claimed-by-party' },
      ],
    },
    {
      name: 'They tagged onto a clause whose plural subject holds a view are those speakers, not the last source before',
      text: 'The fare rose 6 percent, according to port data. Analysts at Kestrel Bank expect the fare to rise again, they wrote in a note.',
      attributions: [{ source: 'port data' }, { source: 'they', name: 'Analysts at Kestrel Bank', kind: 'party', category: 'claimed-by-party' }],
    },
    {
      name: 'a pronoun after a named journalist with the role as a title (`Columnist Ida Roe`) takes the outlet kind',
      text: 'Harbour columnist Ida Roe said the new timetable was fair. She writes in her column that the ferry chief deserves credit.',
      attributions: [
        { source: 'Harbour columnist Ida Roe', cue: 'said', kind: 'outlet' },
        { source: 'She', cue: 'writes', kind: 'outlet' },
      ],
    },
    {
      name: 'a named journalist whose phrase an outlet word decides (`the magazine’s safety editor, Piet Ambrose,`) is the `he` that follows',
      text: 'The trade magazine Air Notes first reported the fault. The magazine’s safety editor, Piet Ambrose, wrote that more cases would follow. “Be careful,” he wrote.',
      attributions: [
        { source: 'The magazine’s safety editor', cue: 'wrote', kind: 'outlet' },
        { source: 'he', cue: 'wrote', kind: 'outlet' },
      ],
    },
    {
      name: 'a direct answer after `X asked Y whether …` is the one asked, not the asker',
      text: 'The Harbour Post’s Ida Roe asked Senator Tom Hall whether his health was fair game. “Sure it is,” he said.',
      attributions: [
        { source: 'The Harbour Post’s Ida Roe', cue: 'asked', kind: 'outlet' },
        { source: 'he', cue: 'said', kind: 'party', name: 'Tom Hall' },
      ],
    },
    {
      name: 'for a quotation that runs over sentences before its tag, `the sentence before` is the one before the quotation opens',
      text: '“The plan is a gift to the lobby,” wrote Ida Roe on Mediaite.\n\nTom Hall coined the phrase at a rally in Leith.\n\n“Nobody controls me. They control the port board,” he said then.',
      attributions: [
        { source: 'Ida Roe', cue: 'wrote', kind: 'outlet' },
        { source: 'he', cue: 'said', kind: 'party', name: 'Tom Hall' },
      ],
    },
  ],
})
