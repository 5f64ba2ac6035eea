import { RuleTester } from '../helpers/rule-tester.js'

new RuleTester().run('reportedly', {
  valid: [
    'The mill closed in March.',
    { text: 'The mill reportedly closed in March.', options: { rules: { reportedly: 'off' } } },
    { text: 'The mill reportedly closed in March.', options: { preset: 'strict' } },
  ],
  invalid: [
    {
      name: '`reportedly` inside a clause set off by a comma vouches for that clause only, which is no main clause',
      text: 'Crews worked through the night to clear the quay and repair the cranes, two of which were reportedly wrecked by the surge.',
      attributions: [{ cue: 'reportedly', kind: 'outlet', content: 'two of which were reportedly wrecked by the surge' }],
      statements: ['unattributed'],
    },
    {
      text: 'The mill reportedly closed in March.',
      attributions: [{ source: null, cue: 'reportedly', kind: 'outlet', anonymous: true, category: 'reported-by-outlet', ruleId: 'reportedly' }],
    },
    {
      text: 'The mill is reported to have closed in March.',
      attributions: [{ source: null, cue: 'is reported', kind: 'outlet', category: 'reported-by-outlet' }],
    },
  ],
})
