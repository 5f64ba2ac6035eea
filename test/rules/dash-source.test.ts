import { RuleTester } from '../helpers/rule-tester.js'

new RuleTester().run('dash-source', {
  valid: [
    'The ferry leaves at noon — weather permitting.',
    'She hummed “Blue Moon” — slowly — all evening.',
    { text: '“The new timetable leaves night workers stranded.” ― Ana Ruiz', options: { rules: { 'dash-source': 'off' } } },
  ],
  invalid: [
    {
      name: 'a reader comment signed after a dash',
      text: '“The new timetable leaves night workers stranded.” ― Ana Ruiz',
      attributions: [{ source: 'Ana Ruiz', cue: '―', kind: 'party', category: 'claimed-by-party', quote: 'direct', ruleId: 'dash-source' }],
    },
    {
      name: 'signatures that close their line, the first quotation opened with a misturned mark',
      text: 'Readers answered.\n\n”The timetable strands night workers.” ― Ana Ruiz\n“Nobody asked the fishermen.” ― Tomas Brenner',
      attributions: [
        { source: 'Ana Ruiz', cue: '―', content: '”The timetable strands night workers.”' },
        { source: 'Tomas Brenner', cue: '―', content: '“Nobody asked the fishermen.”' },
      ],
    },
    {
      name: 'an em dash and a closing full stop',
      text: '“Nobody asked the fishermen.” — Tomas Brenner.',
      attributions: [{ source: 'Tomas Brenner', content: '“Nobody asked the fishermen.”' }],
    },
  ],
})
