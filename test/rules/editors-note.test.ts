import { RuleTester } from '../helpers/rule-tester.js'

new RuleTester().run('editors-note', {
  valid: [
    'This story has been updated to note that the mayor posted the plan on her website.',
    'An earlier version of this article said the ferry had sunk.',
  ],
  invalid: [
    {
      name: 'a story that a person says was updated is no editor’s note',
      text: 'The mayor said the story had been updated.',
      attributions: [{ source: 'The mayor', cue: 'said', category: 'claimed-by-party' }],
    },
    {
      name: 'with the rule off the attribution inside the note stays',
      text: 'This story has been updated to note that the mayor said the pier was safe.',
      options: { rules: { 'editors-note': 'off' } },
      attributions: [{ source: 'the mayor', cue: 'said', category: 'claimed-by-party' }],
    },
  ],
})
