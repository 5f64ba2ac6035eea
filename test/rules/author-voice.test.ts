import { RuleTester } from '../helpers/rule-tester.js'

new RuleTester().run('author-voice', {
  valid: [
    // A floated quantifier (`we can all agree`) leaves the writer's `we` as the source, inside the writer's own `I guess`.
    'I guess we can all agree now that the ferry timetable was a joke.',
    { name: 'an adjunct the subject finder takes in before the writer’s `we` changes nothing', text: 'Each week since early May we have asked a panel of skippers to rank the harbours.' },
    { name: 'an editorial board’s `we` is the outlet’s own voice', text: 'We believe the harbour levy is fair.' },
    { name: 'a reporter’s or columnist’s `I` is the outlet’s own voice', text: 'I told the harbour master that the pier looked unsafe.' },
  ],
  invalid: [
    {
      name: 'a first person inside a relative clause of the subject is no writer’s voice',
      text: 'None of the skippers I met this week thought the pier was safe.',
      attributions: [{ cue: 'thought', content: 'the pier was safe' }],
    },
    {
      name: 'another source in the writer’s sentence keeps its attribution',
      text: 'I asked the mayor whether the pier was safe, and she said it was.',
      attributions: [{ source: 'she', cue: 'said', content: 'it was', category: 'claimed-by-party' }],
    },
    {
      name: 'a first person inside a transcript turn is the speaker’s',
      text: 'MAYOR ROE: We will mend the pier. I think it is safe.',
      attributions: [{ source: 'MAYOR ROE', cue: ':', category: 'claimed-by-party' }],
    },
    {
      name: 'a first person inside a quotation is the speaker’s',
      text: '“I believe the pier is safe,” the mayor said.',
      attributions: [{ source: 'the mayor', cue: 'said', category: 'claimed-by-party' }],
    },
    {
      name: 'with the rule off the writer is a source',
      text: 'We believe the harbour levy is fair.',
      options: { rules: { 'author-voice': 'off' } },
      attributions: [{ source: 'We', cue: 'believe', content: 'the harbour levy is fair', category: 'claimed-by-party' }],
    },
  ],
})
