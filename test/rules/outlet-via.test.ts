import { describe, expect, it } from 'vitest'
import { annotate } from '../../src/index.js'
import { RuleTester } from '../helpers/rule-tester.js'

new RuleTester().run('outlet-via', {
  valid: ['Reuters opened a bureau in Lisbon.'],
  invalid: [
    {
      name: 'a document seen by an outlet in a set-off description, or obtained by a named body the story quotes, has that outlet as via',
      text: 'A draft of the harbour deal, seen by the Courier, shows that the port would be sold. Ferry records obtained by Kestrel Today show that crossings fell.',
      attributions: [
        { source: 'A draft of the harbour deal', cue: 'shows', kind: 'unidentified', via: 'the Courier', category: 'reported-by-outlet' },
        { source: 'Ferry records', cue: 'show', via: 'Kestrel Today', category: 'reported-by-outlet' },
      ],
    },
    {
      name: 'a participle inside what an outlet reports is no main clause for the outlet to relay',
      text: 'Local reports said some dock workers had received letters from the port’s lawyers warning them about fines.',
      attributions: [{ source: 'Local reports', cue: 'said', via: null, category: 'reported-by-outlet' }],
    },
    {
      name: 'a closing outlet tag frames the whole attribution before it, however far into the sentence its source stands',
      text: 'When asked how the levy would hit the harbour, Ida Roe said: “There will always be exceptions,” the Courier reported.',
      attributions: [{ source: 'Ida Roe', cue: 'said', via: 'the Courier', category: 'claimed-by-party' }],
    },
    {
      name: 'a demand for a thing that an outlet reports stays the outlet’s news; a demand with a clause is relayed',
      text: 'The Leith Courier reported on Monday that the hackers had demanded 2 million crowns. The Courier reported that the union demanded that the mayor resign.',
      attributions: [
        { source: 'The Leith Courier', cue: 'reported', kind: 'outlet', category: 'reported-by-outlet' },
        { source: 'the union', cue: 'demanded', via: 'The Courier', category: 'claimed-by-party' },
      ],
    },
    {
      name: 'a request an outlet reports is the outlet’s news, not a statement it relays',
      text: 'The Harbour Gazette reported that the mayor’s office had asked the ferry firms to add more boats.',
      attributions: [{ source: 'The Harbour Gazette', cue: 'reported', kind: 'outlet', category: 'reported-by-outlet' }],
    },
    {
      name: 'a determiner after the outlet opens the clause told to it, so the via is the outlet alone',
      text: 'The port director hedged on Monday, telling KTV News his staff would decide.',
      attributions: [{ source: 'The port director', cue: 'telling', via: 'KTV News', content: 'his staff would decide' }],
    },
    {
      name: 'a via takes the fuller name given earlier; an appositive or an interview phrase makes an unknown name the via',
      text: 'The Leith Harbour Courier reported the strike on Monday. A pilot told the Courier that fares would rise. The union’s lawyer told Quaywire, a shipping news site, that the strike was legal. The port chief called the strike “a disgrace” in an interview with the broadcaster Leith One.',
      attributions: [
        { source: 'A pilot', via: 'the Courier' },
        { source: 'The union’s lawyer', via: 'Quaywire' },
        { source: 'The port chief', via: 'the broadcaster Leith One', content: 'the strike “a disgrace”' },
      ],
    },
    {
      name: 'an article inside a programme name does not end the addressee',
      text: 'Ida Varga told CBS’s Face the Nation the pier was safe.',
      attributions: [{ source: 'Ida Varga', cue: 'told', content: 'the pier was safe' }],
    },
    {
      name: 'a speaker inside an adverbial clause of the report is not what the outlet reports',
      text: 'The Harbour Gazette reported the memo arrived hours after the mayor announced a new levy.',
      attributions: [{ source: 'The Harbour Gazette', cue: 'reported', via: null, category: 'reported-by-outlet' }],
    },
    {
      name: 'a programme and the network that carries it: the network is the via; a capitalised time word after `the` is part of a name',
      text: 'Speaking on the Evening Line programme on Radio Dune, Ada Roy said the ferry would run.\n\nSpeaking on the Sunday Desk programme, Ada Roy said the pier would open.',
      attributions: [
        { source: 'Ada Roy', via: 'Radio Dune' },
        { source: 'Ada Roy', via: 'the Sunday Desk programme' },
      ],
    },
    {
      name: 'Outlet reported that X said',
      text: 'Reuters reported that police said the bridge was unsafe.',
      attributions: [{ source: 'police', cue: 'said', via: 'Reuters', kind: 'official', category: 'confirmed-by-official', content: 'the bridge was unsafe' }],
    },
    {
      name: 'with the rule off the outlet stays the source',
      text: 'Reuters reported that police said the bridge was unsafe.',
      options: { rules: { 'outlet-via': 'off' } },
      attributions: [{ source: 'Reuters', cue: 'reported', via: null, category: 'reported-by-outlet' }],
    },
    {
      name: 'an outlet reporting an event stays the source',
      text: 'Reuters reported that the bridge was unsafe.',
      attributions: [{ source: 'Reuters', kind: 'outlet', via: null, category: 'reported-by-outlet' }],
    },
    {
      name: 'an outlet tag closed by `citing X` credits X, with the outlet as via',
      text: 'The harbour will close for a month, the Kestrel Courier reported on Friday, citing three port officials.',
      attributions: [{ source: 'three port officials', cue: 'reported', via: 'the Kestrel Courier', kind: 'official', category: 'confirmed-by-official', content: 'The harbour will close for a month' }],
    },
    {
      name: 'an outlet tag closed by `quoting X` credits X too, and a party official is a party',
      text: '"The board has lost its nerve," the Kestrel Courier reported, quoting a Labour party official.',
      attributions: [{ source: 'a Labour party official', via: 'the Kestrel Courier', kind: 'party', category: 'claimed-by-party' }],
    },
    {
      name: 'a closing `according to` an outlet frames a long quotation and its speaker: the speaker is the source, the outlet via',
      text: '"There is no basis for the ban on ferries from the north," Ida Varga said in a motion filed at the harbour board, according to the Kestrel Courier.',
      attributions: [{ source: 'Ida Varga', cue: 'said', via: 'the Kestrel Courier', kind: 'party', category: 'claimed-by-party' }],
    },
    {
      name: '`while being interviewed on` an outlet makes it via, its name ending before a weekday and a part of the day',
      text: 'Ida Varga, while being interviewed on Kestrel News Tuesday night, said the kiln had cracked.',
      attributions: [{ source: 'Ida Varga', cue: 'said', via: 'Kestrel News', kind: 'party', category: 'claimed-by-party' }],
    },
    {
      name: 'an opener naming the outlet a speaker talked to makes it via; an audience of reporters does not',
      text: 'In an interview with the Kestrel Courier, the harbour master said the pier was unsafe. Speaking to Reuters on Monday, Ida Varga said the kiln had cracked. In an interview with reporters, the mayor said the fee was fair.',
      attributions: [
        { source: 'the harbour master', cue: 'said', via: 'the Kestrel Courier' },
        { source: 'Ida Varga', cue: 'said', via: 'Reuters' },
        { source: 'the mayor', cue: 'said', via: null },
      ],
    },
    {
      name: 'a fronted adjunct naming the medium of the speech (interview, appearance, broadcast) makes its outlet via',
      text: 'During an appearance on KDX Radio, the harbour master said the pier was unsafe. On Sunday’s broadcast of “Meet the Press,” Ida Varga said the kiln had cracked. In a speech on Monday, the mayor said the fee was fair.',
      attributions: [
        { source: 'the harbour master', cue: 'said', via: 'KDX Radio' },
        { source: 'Ida Varga', cue: 'said', via: 'Meet the Press' },
        { source: 'the mayor', cue: 'said', via: null },
      ],
    },
    {
      name: 'the via is the outlet’s own words, not the adjunct around them; a possessive acronym is still the outlet',
      text: '“The pier is unsafe,” the harbour master said in an interview with CNN’s Dana Holt. The baker told NBC’s Tom Rudd that flour prices had doubled.',
      attributions: [
        { source: 'the harbour master', cue: 'said', via: 'CNN’s' },
        { source: 'The baker', cue: 'told', via: 'NBC’s' },
      ],
    },
    {
      name: 'a participle of talking set off after the source, or `Asked by` an outlet, makes it via (the outlet’s question is its own, subordinate attribution); `asked about` names no outlet',
      text: 'The harbour master, speaking to the Kestrel Courier, said the pier was unsafe. Asked by KDX Radio whether the pier would reopen, Ida Varga said no. Tomas Brenner, asked about attacks on journalists in Marrowby, said nothing had changed.',
      attributions: [
        { source: 'The harbour master', cue: 'said', via: 'the Kestrel Courier' },
        { source: 'KDX Radio', cue: 'Asked', via: null },
        { source: 'Ida Varga', cue: 'said', via: 'KDX Radio' },
        { source: 'Tomas Brenner', cue: 'said', via: null, kind: 'party' },
      ],
    },
    {
      name: 'a statement or interview addressed to an outlet makes it via; reporters somewhere do not; a place or time after the outlet is not part of it',
      text: 'The mayor said in a statement to Reuters that the fee was fair. The baker told reporters on Air Force One that flour prices had doubled. The miller told a Courier reporter on Monday that the mill would close.',
      attributions: [
        { source: 'The mayor', cue: 'said', via: 'Reuters' },
        { source: 'The baker', cue: 'told', via: null },
        { source: 'The miller', cue: 'told', via: 'Courier reporter' },
      ],
    },
    {
      name: 'a capitalised name ending in a masthead word such as Echo, Mail or Record is an outlet',
      text: 'The ferry captain told the Grenmouth Echo that the hull had cracked. The baker told the Lowfield Record that flour prices had doubled.',
      attributions: [
        { source: 'The ferry captain', cue: 'told', via: 'the Grenmouth Echo', kind: 'party' },
        { source: 'The baker', cue: 'told', via: 'the Lowfield Record', kind: 'party' },
      ],
    },
    {
      name: 'the via is the outlet inside the adjunct, not the whole phrase; a thing called something is no addressee',
      text: '“The pier is safe,” the harbour master said during an interview on ABC’s evening news on Sunday. The union called ABC’s report a smear.',
      attributions: [
        { source: 'the harbour master', cue: 'said', via: 'ABC’s' },
        { source: 'The union', cue: 'called', via: null },
      ],
    },
    {
      name: 'an opener about a broadcast, a quoted programme after the cue, and sources polled by an outlet',
      text: 'Economists polled by Reuters last week expected a cut. Speaking Sunday on ABC’s “Harbour Week,” the harbour master said the pier was unsafe. During a May interview on CNN’s evening show, Ida Varga said the kiln had cracked.\n\n“We will reopen,” the mayor said on “Meet the Press.”',
      attributions: [
        { source: 'Economists', cue: 'expected', via: 'Reuters' },
        { source: 'the harbour master', cue: 'said', via: 'ABC’s' },
        { source: 'Ida Varga', cue: 'said', via: 'CNN’s' },
        { source: 'the mayor', cue: 'said', via: 'Meet the Press' },
      ],
    },
  ],
})

describe('via names', () => {
  it('a short outlet name takes the fuller name the story gave before', () => {
    const result = annotate('The Leith Harbour Courier reported the strike on Monday. A pilot told the Courier that fares would rise.')
    expect(result.attributions.find((a) => a.source.text === 'A pilot')?.via).toMatchObject({ text: 'the Courier', name: 'Leith Harbour Courier' })
  })
})
