import { RuleTester } from '../helpers/rule-tester.js'

new RuleTester().run('by-agent', {
  valid: [
    { name: 'a passive of a verb that reports no speech', text: 'The dock was built by the council.' },
    { name: 'a time after `by` is no agent', text: 'If anybody should have been confirmed by now, it is Brenner.' },
    { name: '`by` before a gerund is a means', text: 'The harbour board responded by closing the pier.' },
    { text: 'As first reported by the Harwick Gazette, the levy will double next year.', options: { rules: { 'by-agent': 'off' } } },
  ],
  invalid: [
    {
      name: 'quoted by an outlet as saying: the subject speaks, the outlet is via',
      text: 'The harbour master, Ida Varga, was quoted by the Tidewater Courier as saying the channel would be dredged.',
      attributions: [{ source: 'Ida Varga', cue: 'quoted', via: 'the Tidewater Courier', content: 'the channel would be dredged', ruleId: 'by-agent' }],
    },
    {
      name: 'a fronted as-clause credits the main clause to the agent',
      text: 'As first reported by the Harwick Gazette, the levy will double next year.',
      attributions: [{ source: 'the Harwick Gazette', cue: 'reported', kind: 'outlet', content: 'the levy will double next year', category: 'reported-by-outlet', ruleId: 'by-agent' }],
      statements: ['reported-by-outlet'],
    },
    {
      name: 'a passive credits its subject; a time after the agent is not the agent',
      text: 'The ferry ban was first reported by the Harwick Gazette on Tuesday.',
      attributions: [{ source: 'the Harwick Gazette', cue: 'reported', content: 'The ferry ban', ruleId: 'by-agent' }],
    },
    {
      name: 'an addressee verb credits the clause after the agent',
      text: 'The mayor was warned by police that the bridge was unsafe.',
      attributions: [{ source: 'police', cue: 'warned', stance: 'claim', kind: 'official', content: 'that the bridge was unsafe', category: 'claimed-by-party', ruleId: 'by-agent' }],
    },
    {
      name: '`was asked by X whether …`: the asker is the source of the question',
      text: 'The ferry chief was asked by a radio host whether fares would rise.',
      attributions: [{ source: 'a radio host', cue: 'asked', content: 'whether fares would rise', kind: 'outlet' }],
    },
    {
      name: '`When asked by X whether …, Y said …`: the reduced when-clause is subordinate, so the main clause decides',
      text: 'When asked by a reporter whether fares would rise, the ferry chief said the board would decide.',
      attributions: [
        { source: 'a reporter', cue: 'asked', content: 'whether fares would rise' },
        { source: 'the ferry chief', cue: 'said', content: 'the board would decide' },
      ],
      statements: ['claimed-by-party'],
    },
    {
      name: 'after `asked by X`, a question word opens the question; after other passives it is a time clause',
      text: 'The ferry chief was asked by a caller why fares had risen. The plan was praised by the mayor when it was announced.',
      attributions: [
        { source: 'a caller', cue: 'asked', content: 'why fares had risen' },
        { source: 'the mayor', cue: 'praised', content: 'The plan' },
      ],
    },
  ],
})
