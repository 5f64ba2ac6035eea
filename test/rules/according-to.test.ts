import { RuleTester } from '../helpers/rule-tester.js'

new RuleTester().run('according-to', {
  valid: [
    { text: 'According to Reuters, the dam failed overnight.', options: { rules: { 'according-to': 'off' } } },
    { name: '`by` before an agent or a time is no sourcing', text: 'The harbour levy was passed by a large majority. By Friday, the count was over.' },
  ],
  invalid: [
    {
      name: '`according to its website`: the body that opens the sentence owns the document',
      text: 'Harlow Goods is a shop on the pier, according to its website. The port authority closed the pier, according to its website.',
      attributions: [
        { source: 'its website', kind: 'party', category: 'claimed-by-party' },
        { source: 'its website', kind: 'official', category: 'confirmed-by-official' },
      ],
    },
    {
      name: '`by` and a phrase ending in a noun of counting names a source, opening the sentence or after a comma',
      text: "By the Harbour Gazette's tally, 40 boats sank. The port has lost 300 jobs, by one estimate.",
      attributions: [
        { source: "the Harbour Gazette's tally", cue: 'By', kind: 'outlet', content: '40 boats sank', category: 'reported-by-outlet' },
        { source: 'one estimate', cue: 'by', kind: 'unidentified', content: 'The port has lost 300 jobs', category: 'reported-by-outlet' },
      ],
    },
    {
      name: 'a coordinated clause after a post-posed `according to` is no part of what the source vouches for',
      text: 'Varga leads Hale by 40 votes according to a count by the Harbour Gazette, but Hale has vowed to fight on.',
      attributions: [
        { source: 'a count by the Harbour Gazette', kind: 'outlet', content: 'Varga leads Hale by 40 votes', category: 'reported-by-outlet' },
        { source: 'Hale', cue: 'vowed', via: null },
      ],
    },
    {
      name: 'a verb coordinated after a medial `according to` keeps the clause subject',
      text: 'The pilots watched the footage on Monday, according to their lawyers, and said they had more questions than answers.',
      attributions: [
        { source: 'their lawyers', cue: 'according to' },
        { source: 'The pilots', cue: 'said', content: 'they had more questions than answers' },
      ],
    },
    {
      name: 'a clause after `According to X,` is the content, even when it opens with a described noun',
      text: 'According to the newspaper, the firm billed the port twice for the same repairs.',
      attributions: [{ source: 'the newspaper', kind: 'outlet', content: 'the firm billed the port twice for the same repairs' }],
    },
    {
      name: 'a masthead word inside a name yields to an appositive that says what the source is',
      text: 'Twelve boats sank in the storm, according to the Leith Fishing Monitor, a group based in the harbour.',
      attributions: [{ source: 'the Leith Fishing Monitor', kind: 'party', content: 'Twelve boats sank in the storm', category: 'claimed-by-party' }],
    },
    {
      name: 'an appositive with a kind of its own after the source describes it and is no content; a document word before a role noun is a modifier',
      text: 'Freight rates doubled in March, according to Portline, a shipping data company. According to Portline, a shipping data company, rates fell in May.',
      attributions: [
        { source: 'Portline', kind: 'party', content: 'Freight rates doubled in March', category: 'claimed-by-party' },
        { source: 'Portline', kind: 'party', content: 'rates fell in May' },
      ],
    },
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
    {
      name: 'a dated document: the time adjunct is neither source nor content',
      text: 'The pumps were left idle, according to an internal audit report on Tuesday.',
      attributions: [{ source: 'an internal audit report', cue: 'according to', content: 'The pumps were left idle' }],
    },
    {
      name: 'a poll dated by a participle and a time phrase',
      text: 'Most renters back the cap, according to a Harbour Courier poll taken last week.',
      attributions: [{ source: 'a Harbour Courier poll', cue: 'according to' }],
    },
    {
      name: 'a report by legislators takes their kind',
      text: 'The inspectors were never told, according to a congressional report.',
      attributions: [{ source: 'a congressional report', kind: 'party', category: 'claimed-by-party' }],
    },
    {
      name: 'a pool report is written by journalists',
      text: 'The governor left by the back door, according to a pool report.',
      attributions: [{ source: 'a pool report', kind: 'outlet', category: 'reported-by-outlet' }],
    },
    {
      name: '`According to <outlet>, citing X, …`: the cited source speaks and the outlet is via',
      text: 'According to the Harbour Gazette, citing a coastguard officer, the ferry sailed despite the gale warning.',
      attributions: [{ source: 'a coastguard officer', cue: 'According to', via: 'the Harbour Gazette', kind: 'official', content: 'the ferry sailed despite the gale warning' }],
      statements: ['confirmed-by-official'],
    },
  ],
})

new RuleTester().run('according-to (manner)', {
  valid: ['The mill ran according to plan.', 'The vote went ahead according to schedule.'],
  invalid: [],
})
