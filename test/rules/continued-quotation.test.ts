import { RuleTester } from '../helpers/rule-tester.js'

const story = 'Tomas Brenner said the cranes were idle.\n\n“We need new parts,” Brenner said.\n\n“Nobody ordered them in time.”'

new RuleTester().run('continued-quotation', {
  valid: [
    'Nobody ordered the parts in time.',
    { name: 'an embedded post after a sentence with no posting cue stays unattributed', text: 'The ferry sank on Sunday.\n\n<tweet tweet-id="1234567"><tweet/>.' },
  ],
  invalid: [
    {
      name: 'an embedded post takes the attribution of the posting cue in the sentence before',
      text: '“The pier will open on Friday,” the harbour master tweeted.\n\n<tweet tweet-id="1234567"><tweet/>.\n\nThe pier opened.',
      attributions: [
        { source: 'the harbour master', cue: 'tweeted' },
        { source: null, cue: null, content: '<tweet tweet-id="1234567"><tweet/>.', kind: 'official' },
      ],
    },
    {
      name: 'a short quotation that is a whole paragraph continues the speaker; a title-case subheading does not',
      text: '“Nobody listened to us,” said Marta Gil.\n\n“Now look.”\n\n“Lost At Sea.”\n\nThe pier reopened in May.',
      attributions: [
        { source: 'Marta Gil', cue: 'said' },
        { source: null, content: '“Now look.”', ruleId: 'continued-quotation', category: 'claimed-by-party' },
      ],
    },
    {
      text: story,
      attributions: [
        { source: 'Tomas Brenner' },
        { source: 'Brenner', quote: 'direct' },
        { source: null, cue: null, name: 'Tomas Brenner', kind: 'party', quote: 'direct', content: '“Nobody ordered them in time.”', ruleId: 'continued-quotation' },
      ],
      statements: ['claimed-by-party', 'claimed-by-party', 'claimed-by-party'],
    },
    {
      name: 'reported speech does not carry over',
      text: 'Tomas Brenner said the cranes were idle.\n\nNobody ordered the parts in time.',
      statements: ['claimed-by-party', 'unattributed'],
    },
    {
      name: 'a quoted credit line after a speaker is the outlet’s voice',
      text: '“We need new parts,” Brenner said.\n\n“Follow Ana Ruiz on Twitter @aruiz.”',
      statements: ['claimed-by-party', 'unattributed'],
    },
    {
      name: 'a quoted title before another speaker’s cue is part of that frame, not more of the last speaker’s words',
      text: '“We need new parts,” Brenner said. On “Harbour Hour,” the mayor said the cranes would wait. Ida Varga, who called the order “a farce,” said nothing had shipped.',
      attributions: [
        { source: 'Brenner', quote: 'direct' },
        { source: 'the mayor', cue: 'said' },
        { source: 'Ida Varga', cue: 'called', content: 'the order “a farce' },
        { source: 'Ida Varga', cue: 'said', content: 'nothing had shipped' },
      ],
    },
    {
      name: 'with the rule off the quotation paragraph is unattributed',
      text: story,
      options: { rules: { 'continued-quotation': 'off' } },
      statements: ['claimed-by-party', 'claimed-by-party', 'unattributed'],
    },
    {
      name: 'embedded posts after a sentence ending in a colon take its attribution, a run of them all of it',
      text: 'Two councillors called for a review of the ferry contract:\n\n<tweet author="idaroe">The contract must be reviewed. Now.</tweet>.\n\n<tweet author="tomhall">Agreed, it is a scandal.</tweet>.',
      attributions: [
        { source: 'Two councillors', cue: 'called for' },
        { source: null, cue: null, content: '<tweet author="idaroe">The contract must be reviewed. Now.</tweet>.', kind: 'party' },
        { source: null, cue: null, content: '<tweet author="tomhall">Agreed, it is a scandal.</tweet>.', kind: 'party' },
      ],
      statements: ['claimed-by-party', 'claimed-by-party', 'claimed-by-party', 'claimed-by-party', 'claimed-by-party', 'claimed-by-party'],
    },
  ],
})
