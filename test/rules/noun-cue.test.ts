import { RuleTester } from '../helpers/rule-tester.js'

new RuleTester().run('noun-cue', {
  valid: [
    'The claim that the mill closed in March drew scorn.',
    'The inspection report was published on Tuesday.',
    { text: "Varga's claim that the mill closed in March drew scorn.", options: { rules: { 'noun-cue': 'off' } } },
    { text: "Varga's claim that the mill closed in March drew scorn.", options: { preset: 'strict' }, name: 'the strict preset turns it off' },
  ],
  invalid: [
    {
      name: 'a time phrase between a possessed noun of saying and its that-clause; a possessive is bound by the name earlier in its clause',
      text: 'Ana Ruiz said the quay was safe. The group’s founder, Ida Roe, 46, of Leith Harbour, stood by her claim that the cranes were unsafe. That is at odds with the agency’s statement on Monday that every crane had been checked.',
      attributions: [
        { source: 'Ana Ruiz', cue: 'said' },
        { source: 'her', cue: 'claim', name: 'Ida Roe', content: 'that the cranes were unsafe' },
        { source: 'the agency’s', cue: 'statement', kind: 'official', content: 'that every crane had been checked' },
      ],
    },
    {
      name: 'criticism and complaints from a source with a that-clause are nouns of saying',
      text: 'The mayor has faced criticism from rivals that her rallies are unsafe.',
      attributions: [{ source: 'rivals', cue: 'criticism', kind: 'party', category: 'claimed-by-party' }],
    },
    {
      name: 'the issuer after `from`: `warnings from his lawyer that …`',
      text: 'The hearing went ahead despite warnings from his lawyer that the witness would stay silent.',
      attributions: [{ source: 'his lawyer', cue: 'warnings', content: 'that the witness would stay silent', ruleId: 'noun-cue' }],
    },
    {
      text: "Varga's claim that the mill closed in March drew scorn.",
      attributions: [{ source: "Varga's", name: 'Varga', cue: 'claim', stance: 'claim', kind: 'party', category: 'claimed-by-party', ruleId: 'noun-cue' }],
    },
    {
      name: 'a possessive body takes its kind',
      text: "The ministry's statement that the mill closed was false.",
      attributions: [{ source: "The ministry's", cue: 'statement', stance: 'neutral', kind: 'official', category: 'confirmed-by-official' }],
    },
    {
      name: 'a possessed noun of saying as the subject of `was that` heads the main clause',
      text: 'The harbour chief’s answer was that the cranes were safe. Her defence has been that every crane was checked.',
      attributions: [
        { source: 'The harbour chief’s', cue: 'answer', content: 'that the cranes were safe' },
        { source: 'Her', cue: 'defence', content: 'that every crane was checked' },
      ],
      statements: ['claimed-by-party', 'claimed-by-party'],
    },
  ],
})

