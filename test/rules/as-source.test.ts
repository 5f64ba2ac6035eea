import { RuleTester } from '../helpers/rule-tester.js'

new RuleTester().run('as-source', {
  valid: [
    'As the tide rose, the ferry left the pier.',
    'As of the last count, the levy had raised two million.',
    { name: 'naming is no crediting', text: 'The harbour feud, as they call it, began in May.' },
    { name: 'a passive as-clause has no speaker', text: 'The levy, as it’s written, doubles next year.' },
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
    {
      name: 'a medial as-clause credits the main clause on both sides',
      text: 'But the new levy, as the Port Aldmoor Gazette has reported, is twice the old one.',
      attributions: [{ source: 'the Port Aldmoor Gazette', cue: 'reported', content: ['the new levy', 'is twice the old one'], category: 'reported-by-outlet', ruleId: 'as-source' }],
      statements: ['reported-by-outlet'],
    },
    {
      name: 'an as-clause after a linking adverb credits the clause after it',
      text: 'Of course, as Ida Varga first noted, the ferry never ran at night.',
      attributions: [{ source: 'Ida Varga', cue: 'noted', content: 'the ferry never ran at night', ruleId: 'as-source' }],
    },
    {
      name: '`just` before a time word may follow the cue of an as-clause',
      text: 'As the Marrow Gazette reported just today, the ferry will stop running in May.',
      attributions: [{ source: 'the Marrow Gazette', cue: 'reported', content: 'the ferry will stop running in May', category: 'reported-by-outlet', ruleId: 'as-source' }],
    },
    {
      name: 'after a main clause with a finite cue of its own, an `as X argued` clause sits in that cue’s content',
      text: 'In its ruling, the harbour court said the ferry had not been overloaded, as the operator’s lawyers had argued.',
      attributions: [{ source: 'the harbour court', cue: 'said', kind: 'official' }],
      statements: ['confirmed-by-official'],
    },
  ],
})
