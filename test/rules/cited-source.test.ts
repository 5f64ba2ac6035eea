import { RuleTester } from '../helpers/rule-tester.js'

new RuleTester().run('cited-source', {
  valid: [
    'An earlier case from 1998 was cited in the ruling.',
  ],
  invalid: [
    {
      name: 'an outlet’s cue before `, citing X` (at the end or before a that-clause): X is the source, the outlet the via',
      text: 'Water was slowing the rescue, HarbourTV reported, citing an engineer at the site. The Courier reported, citing two pilots, that the crane had failed.',
      attributions: [
        { source: 'an engineer at the site', via: 'HarbourTV', cue: 'reported', content: 'Water was slowing the rescue', ruleId: 'cited-source' },
        { source: 'two pilots', via: 'The Courier', cue: 'reported', content: 'that the crane had failed', ruleId: 'cited-source' },
      ],
    },
    {
      name: 'a fronted citing participle before a speaker who is no outlet names evidence: the speaker stays the source',
      text: 'Citing port records, the mayor said the cranes were unsafe.',
      attributions: [{ source: 'the mayor', via: null, cue: 'said', content: 'the cranes were unsafe', ruleId: 'subject-source' }],
    },
    {
      name: 'a fronted `Citing X,` before an outlet: X is the source, the outlet the via',
      text: 'Citing a safety report prepared by the port authority, the Harbour Gazette reported that two cranes had failed.',
      attributions: [{ source: 'a safety report prepared by the port authority', kind: 'official', via: 'the Harbour Gazette', cue: 'reported', content: 'that two cranes had failed', ruleId: 'cited-source' }],
    },
    {
      name: '`quoting` between commas works like `citing`; quoting a book is no speech',
      text: 'The Harbour Gazette, quoting a port official, said the cranes were unsafe. The mayor quoted the old charter at the meeting.',
      attributions: [{ source: 'a port official', via: 'The Harbour Gazette', cue: 'said', ruleId: 'cited-source' }],
    },
    {
      name: 'Outlet cited X who said',
      text: 'Reuters cited a Treasury official who said the bond sale was postponed.',
      attributions: [
        { source: 'a Treasury official', cue: 'said', via: 'Reuters', kind: 'official', category: 'confirmed-by-official', content: 'the bond sale was postponed', ruleId: 'cited-source' },
      ],
    },
    {
      name: 'with the rule off the outlet is no via',
      text: 'Reuters cited a Treasury official who said the bond sale was postponed.',
      options: { rules: { 'cited-source': 'off' } },
      attributions: [{ via: null, ruleId: 'subject-source' }],
    },
  ],
})

new RuleTester().run('cited-source (as saying, citing)', {
  valid: [],
  invalid: [
    {
      name: 'cited X as saying: the person is a party, the outlet is via',
      text: 'Bloomberg cited Tomas Brenner as saying the merger was off.',
      attributions: [{ source: 'Tomas Brenner', cue: 'saying', via: 'Bloomberg', kind: 'party', category: 'claimed-by-party' }],
    },
    {
      name: 'quoted X as saying: the quoted person is the source, the outlet is via',
      text: 'The Courier quoted a port engineer as saying that the crane had failed twice.',
      attributions: [{ source: 'a port engineer', cue: 'saying', via: 'The Courier', kind: 'party', category: 'claimed-by-party', ruleId: 'cited-source' }],
    },
    {
      name: 'a GOP or Democratic official is an official of a party: a party source',
      text: 'Politico quoted a GOP official as saying the vote would slip.',
      attributions: [{ source: 'a GOP official', via: 'Politico', kind: 'party', category: 'claimed-by-party' }],
    },
    {
      name: 'OUTLET, citing X, said: X is the source via the outlet',
      text: 'The newspaper, citing two people briefed on the talks, said the deal had collapsed.',
      attributions: [{ source: 'two people briefed on the talks', cue: 'said', via: 'The newspaper', kind: 'unidentified', category: 'reported-by-outlet' }],
    },
  ],
})
