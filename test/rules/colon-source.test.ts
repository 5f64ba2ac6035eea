import { RuleTester } from '../helpers/rule-tester.js'

new RuleTester().run('colon-source', {
  valid: [
    'Note: the ferry timetable changed in June.',
    'The plan had one flaw: nobody paid for it.',
    {
      text: 'PRESCOTT: We have no plans to raise the levy.',
      options: { rules: { 'colon-source': 'off' } },
      name: 'a transcript turn is unattributed with the rule off',
    },
  ],
  invalid: [
    {
      name: 'transcript turns',
      text: 'PRESCOTT: We have no plans to raise the levy.\nHALVERSON: Then why did you commission the study?',
      attributions: [
        { source: 'PRESCOTT', cue: ':', name: 'Prescott', quote: 'direct', content: 'We have no plans to raise the levy.', category: 'claimed-by-party', ruleId: 'colon-source' },
        { source: 'HALVERSON', cue: ':', name: 'Halverson', content: 'Then why did you commission the study?' },
      ],
    },
    {
      name: 'a headline quote',
      text: 'Varga: The curfew will end on Monday',
      attributions: [{ source: 'Varga', cue: ':', kind: 'party', category: 'claimed-by-party', content: 'The curfew will end on Monday' }],
    },
  ],
})
