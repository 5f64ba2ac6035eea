import { RuleTester } from '../helpers/rule-tester.js'

new RuleTester().run('in-document', {
  valid: [
    { name: 'an order or a law opening the sentence performs an act; it reports nothing', text: 'In an executive order, the governor set up a ferry council.' },
    'In the end, nobody came to the hearing.',
    { name: 'a connective, not a document', text: 'In addition to the harbour audit by the ministry, the port faces a strike.' },
    { name: '`in order to` opens a purpose clause, not a document', text: 'In order to win the port vote, the party needs new members.' },
    { text: 'In the latest Courier poll, Ruiz leads Velik by five points.', options: { rules: { 'in-document': 'off' } } },
    { name: 'leading in the polls names no poll that was issued', text: 'Ruiz has a comfortable lead in the polls.' },
    { name: 'going to the polls is voting', text: 'The last contest comes in June, when voters in the capital head to the polls.' },
    { name: 'taking part in a poll is where someone was', text: 'Ida Roe took part in a Courier poll.' },
  ],
  invalid: [
    {
      name: 'a single poll closing the sentence is a finding even without an issuer',
      text: 'Ruiz stays well ahead of Velik in latest poll.',
      attributions: [{ source: 'latest poll', cue: 'in', kind: 'unidentified', category: 'reported-by-outlet' }],
    },
    {
      name: 'a sentence closing with `in` and an issued poll reports what the poll found',
      text: 'Velik finished ahead of Ruiz in two recent polls from the Courier and KTV News.',
      attributions: [{ source: 'two recent polls from the Courier and KTV News', cue: 'in', kind: 'outlet', category: 'reported-by-outlet', content: 'Velik finished ahead of Ruiz', ruleId: 'in-document' }],
    },
    {
      name: 'an unowned statement opening the sentence is the speech of the main subject',
      text: 'In a statement, the city finance office put the shortfall at $84 million.',
      attributions: [{ source: 'the city finance office', cue: 'In a statement', kind: 'official', category: 'confirmed-by-official', ruleId: 'in-document' }],
    },
    {
      name: 'an outlet’s poll reports the clause',
      text: 'In the latest Courier poll, Ruiz leads Velik by five points.',
      attributions: [{ source: 'the latest Courier poll', cue: 'In', kind: 'outlet', category: 'reported-by-outlet', content: 'Ruiz leads Velik by five points', ruleId: 'in-document' }],
    },
    {
      name: 'a participle clause after the document is skipped',
      text: 'In a survey by the statistics office, conducted in May, most farms lost money.',
      attributions: [{ source: 'a survey by the statistics office', kind: 'official', category: 'confirmed-by-official' }],
    },
    {
      name: 'a main clause with its own speaker keeps that speaker',
      text: 'In a statement, the agency said the road was closed.',
      attributions: [{ source: 'the agency', cue: 'said', ruleId: 'subject-source' }],
    },
  ],
})
