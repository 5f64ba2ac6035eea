import { RuleTester } from '../helpers/rule-tester.js'

new RuleTester().run('according-to', {
  valid: [
    { text: 'According to Reuters, the dam failed overnight.', options: { rules: { 'according-to': 'off' } } },
  ],
  invalid: [
    {
      name: 'an outlet with an event is the source',
      text: 'According to Reuters, the dam failed overnight.',
      attributions: [{ source: 'Reuters', cue: 'According to', kind: 'outlet', category: 'reported-by-outlet', content: 'the dam failed overnight', ruleId: 'according-to' }],
    },
    {
      name: 'a year or a numeral before a document noun keeps the whole document phrase as the source',
      text: 'Ferry use fell by a third, according to a 2023 survey by the Transport Ministry. The port earns, according to one report, $40 million a year.',
      attributions: [
        { source: 'a 2023 survey by the Transport Ministry', cue: 'according to', kind: 'official', category: 'confirmed-by-official' },
        { source: 'one report', cue: 'according to', kind: 'unidentified', category: 'reported-by-outlet' },
      ],
    },
    {
      name: 'a medial cue',
      text: 'The dam failed overnight, according to police.',
      attributions: [{ source: 'police', cue: 'according to', kind: 'official', category: 'confirmed-by-official', content: 'The dam failed overnight' }],
    },
    {
      name: 'a medial cue before a multi-word source',
      text: 'The dam failed overnight, according to the state water agency.',
      attributions: [{ source: 'the state water agency', kind: 'official', category: 'confirmed-by-official', content: 'The dam failed overnight' }],
    },
    {
      text: 'According to Councilwoman Ida Varga, the budget is balanced.',
      attributions: [{ source: 'Councilwoman Ida Varga', kind: 'party', category: 'claimed-by-party' }],
    },
    {
      name: 'an outlet framing a speaker becomes via',
      text: 'According to Axios, Tomas Brenner said the levy would rise.',
      attributions: [{ source: 'Tomas Brenner', via: 'Axios', cue: 'said', category: 'claimed-by-party' }],
    },
  ],
})

new RuleTester().run('according-to (manner)', {
  valid: ['The mill ran according to plan.', 'The vote went ahead according to schedule.'],
  invalid: [],
})
