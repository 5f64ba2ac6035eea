import { it } from 'vitest'
import { RuleTester } from '../helpers/rule-tester.js'

new RuleTester().run('source-kind', {
  valid: ['The regulator fined the mill in March.'],
  invalid: [
    { text: 'The port authority said the ferry would resume.', attributions: [{ source: 'The port authority', kind: 'official', anonymous: false, category: 'confirmed-by-official' }] },
    { text: 'People familiar with the matter said the deal was close.', attributions: [{ kind: 'unidentified', anonymous: true, category: 'reported-by-outlet' }] },
    { text: 'Reuters reported that the bridge was unsafe.', attributions: [{ kind: 'outlet', category: 'reported-by-outlet' }] },
    { text: 'The mayor said the fee was fair.', attributions: [{ source: 'The mayor', kind: 'party', anonymous: true, category: 'claimed-by-party' }] },
    {
      name: 'a document only a public body issues is official without a named issuer; other documents stay unidentified',
      text: '“The county cannot purge voters for staying home,” said the ruling. “Turnout fell,” said the report.',
      attributions: [
        { source: 'the ruling', kind: 'official', category: 'confirmed-by-official' },
        { source: 'the report', kind: 'unidentified', category: 'reported-by-outlet' },
      ],
    },
    {
      name: 'an official with a claim cue is claimed-by-party',
      text: 'Officials insisted that the levee would hold.',
      attributions: [{ kind: 'official', stance: 'claim', category: 'claimed-by-party' }],
    },
    {
      name: 'with the rule off an unknown kind falls back to party',
      text: 'Officials said the harbour would close on Friday.',
      options: { rules: { 'source-kind': 'off' } },
      attributions: [{ source: 'Officials', kind: 'party', category: 'claimed-by-party' }],
    },
  ],
})

it.todo('source-kind: "a Treasury official" is anonymous (no person named), but the capitalised body makes it anonymous: false ("The levy will rise next year, a Treasury official told Reuters.")')
new RuleTester().run('source-kind (institutions)', {
  valid: [],
  invalid: [
    {
      name: 'police is an institution, its own name: not anonymous',
      text: 'Police said the bridge was unsafe.',
      attributions: [{ source: 'Police', kind: 'official', anonymous: false }],
    },
  ],
})
