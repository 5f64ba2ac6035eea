import { RuleTester } from '../helpers/rule-tester.js'

const sources = { 'Tomas Brenner': 'official' } as const

new RuleTester({ sources }).run('story-sources', {
  valid: ['Tomas Brenner arrived at the pier on Monday.'],
  invalid: [
    {
      text: 'Tomas Brenner said the levy would rise.',
      attributions: [{ source: 'Tomas Brenner', kind: 'official', anonymous: false, category: 'confirmed-by-official' }],
    },
    {
      name: 'the surname alone takes the listed kind',
      text: 'Tomas Brenner said the levy would rise. Brenner added that the port would pay.',
      attributions: [
        { source: 'Tomas Brenner', kind: 'official' },
        { source: 'Brenner', name: 'Tomas Brenner', kind: 'official', category: 'confirmed-by-official' },
      ],
    },
    {
      name: 'a later pronoun takes the listed kind',
      text: 'Tomas Brenner said the levy would rise. He added that the port would pay.',
      attributions: [{ kind: 'official' }, { source: 'He', name: 'Tomas Brenner', kind: 'official', category: 'confirmed-by-official' }],
    },
    {
      name: 'with the rule off the lexicon decides',
      text: 'Tomas Brenner said the levy would rise.',
      options: { rules: { 'story-sources': 'off' } },
      attributions: [{ kind: 'party', category: 'claimed-by-party' }],
    },
  ],
})
