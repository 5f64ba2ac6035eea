import { RuleTester } from '../helpers/rule-tester.js'

new RuleTester().run('as-source', {
  valid: [
    'As the tide rose, the ferry left the pier.',
    'As of the last count, the levy had raised two million.',
    { text: 'As the Port Aldmoor Gazette reported, the levy will double next year.', options: { rules: { 'as-source': 'off' } } },
  ],
  invalid: [
    {
      name: 'an opening as-clause credits the rest of the sentence',
      text: 'As the Port Aldmoor Gazette reported on Tuesday, the levy will double next year.',
      attributions: [{ source: 'the Port Aldmoor Gazette', cue: 'reported', kind: 'outlet', content: 'the levy will double next year', category: 'reported-by-outlet', ruleId: 'as-source' }],
      statements: ['reported-by-outlet'],
    },
    {
      name: 'a closing as-clause credits the clause before it',
      text: 'The harbour board has lost its nerve, as Ida Varga put it.',
      attributions: [{ source: 'Ida Varga', cue: 'put it', kind: 'party', content: 'The harbour board has lost its nerve', category: 'claimed-by-party' }],
      statements: ['claimed-by-party'],
    },
  ],
})
