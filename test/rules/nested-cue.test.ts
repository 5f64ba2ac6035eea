import { RuleTester } from '../helpers/rule-tester.js'

new RuleTester().run('nested-cue', {
  valid: ['The cranes were idle all week.'],
  invalid: [
    {
      name: 'a cue inside the content makes no attribution of its own',
      text: 'The envoy said that port officials believe the contract is void.',
      attributions: [{ source: 'The envoy', cue: 'said', kind: 'party', content: 'that port officials believe the contract is void' }],
      statements: ['claimed-by-party'],
    },
    {
      name: 'with the rule off the inner cue is kept',
      text: 'The envoy said that port officials believe the contract is void.',
      options: { rules: { 'nested-cue': 'off' } },
      attributions: [
        { source: 'The envoy', cue: 'said' },
        { source: 'port officials', cue: 'believe', kind: 'official' },
      ],
      statements: ['claimed-by-party'],
    },
    {
      name: 'a trailing `according to` keeps its own attribution, the speaker’s content ends at its comma and the main clause decides the statement',
      text: 'Ida Varga said the plant will “close in May,” according to court papers.',
      attributions: [
        { source: 'Ida Varga', cue: 'said', content: 'the plant will “close in May,”' },
        { source: 'court papers', cue: 'according to', content: 'Ida Varga said the plant will “close in May,”' },
      ],
      statements: ['claimed-by-party'],
    },
    {
      name: 'a participle sharing the source ends the content before it',
      text: 'Ida Varga said the levy was “a tax on fishermen,” adding that the board would repeal it.',
      attributions: [
        { source: 'Ida Varga', cue: 'said', content: 'the levy was “a tax on fishermen' },
        { source: 'Ida Varga', cue: 'adding', content: 'that the board would repeal it' },
      ],
      statements: ['claimed-by-party'],
    },
    {
      name: 'a coordinated clause with its own source after a quotation ending in a comma',
      text: 'Ida Varga said the plan was “a good start,” but the mayor warned that costs would rise.',
      attributions: [
        { source: 'Ida Varga', cue: 'said', content: 'the plan was “a good start' },
        { source: 'the mayor', cue: 'warned', content: 'that costs would rise' },
      ],
    },
    {
      name: 'a coordinated clause after a dash',
      text: 'Ida Varga said the plan was sound — and the mayor noted that costs would rise.',
      attributions: [
        { source: 'Ida Varga', cue: 'said', content: 'the plan was sound' },
        { source: 'the mayor', cue: 'noted', content: 'that costs would rise' },
      ],
    },
    {
      name: 'a cue inside a quotation is not a second attribution',
      text: '“I do not think the vote was fair,” the senator said.',
      attributions: [{ source: 'the senator', cue: 'said', quote: 'direct' }],
    },
  ],
})
