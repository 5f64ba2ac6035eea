import { RuleTester } from '../helpers/rule-tester.js'

new RuleTester().run('reportedly', {
  valid: [
    'The mill closed in March.',
    // A recipient after `reported to` makes an agentless passive, no outlet cue.
    'The leak was reported to the harbour master at dawn.',
    // A passive with a real subject and no content clause: no outlet cue.
    'The crime was reported that night.',
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
    {
      name: 'a `reportedly` inside the clause another cue reports belongs to that clause: the main clause decides',
      text: 'The coastguard said the trawler had reportedly drifted for two days.',
      attributions: [{ source: 'The coastguard', cue: 'said', kind: 'official', content: 'the trawler had reportedly drifted for two days' }],
      statements: ['confirmed-by-official'],
    },
    {
      name: '`was reported to` a recipient is no outlet cue inside the content of a main-clause cue',
      text: 'The regulator said both faults had been reported to it within a week.',
      attributions: [{ source: 'The regulator', cue: 'said', kind: 'official' }],
      statements: ['confirmed-by-official'],
    },
    {
      name: '`reportedly` before the main verb of saying vouches for the whole report',
      text: 'The striker reportedly told teammates he would leave.',
      attributions: [{ source: null, cue: 'reportedly', kind: 'outlet' }],
      statements: ['reported-by-outlet'],
    },
    {
      name: '`it has been reported that` with an expletive subject is the outlet cue `is reported to`',
      text: 'It has been reported that the ferry company will cut its winter timetable.',
      attributions: [{ source: null, kind: 'outlet', content: 'It has been reported that the ferry company will cut its winter timetable' }],
      statements: ['reported-by-outlet'],
    },
  ],
})
