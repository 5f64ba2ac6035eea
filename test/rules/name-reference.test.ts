import { RuleTester } from '../helpers/rule-tester.js'

new RuleTester().run('name-reference', {
  valid: ['Harbour commissioner Ida Varga spoke at the pier.'],
  invalid: [
    {
      name: 'a name introduced as `Its chairman` takes the kind of the body before, wherever the surname speaks again',
      text: 'The election commission ordered a recount on Monday. Its chairman, Piet Hall, said the count would take three days.\n\n“Nothing will be hidden,” Hall said.',
      attributions: [
        { source: 'Its chairman', kind: 'official' },
        { source: 'Hall', kind: 'official', category: 'confirmed-by-official' },
      ],
    },
    {
      name: 'a title of two joined role words gives a later surname its kind',
      text: 'Harbour journalist and author Ida Roe wrote about the strike. “The port was never safe,” said Roe.',
      attributions: [{ source: 'Roe', cue: 'said', kind: 'outlet', category: 'reported-by-outlet' }],
    },
    {
      name: 'a name followed by `of` and an outlet is that outlet’s journalist; a magazine such as Variety is an outlet',
      text: 'The mayor told Ida Roe of Reuters that the pier was safe.\n\nRoe then asked whether the ferry would run. According to Variety, the show drew record ratings.',
      attributions: [
        { source: 'The mayor', via: 'Reuters' },
        { source: 'Roe', kind: 'outlet', category: 'reported-by-outlet' },
        { source: 'Variety', kind: 'outlet', category: 'reported-by-outlet' },
      ],
    },
    {
      name: 'with two people of one surname, a bare surname stands for the one named first, and a given name for its own',
      text: 'Harbour widow Ida Roe backs the mayor.\n\nHer husband, coast guard officer Tom Roe, died at sea in 2012. Roe said the mayor had kept his promises. Tom Roe said in 2011 that the coast guard needed new boats.',
      attributions: [
        { source: 'Roe', kind: 'party', name: 'Ida Roe', category: 'claimed-by-party' },
        { source: 'Tom Roe', kind: 'official', category: 'confirmed-by-official' },
      ],
    },
    {
      name: 'words before a name after a preposition or a document word are no role of that person',
      text: 'Tom Hale, a White House lawyer under Ida Roe, left in May. The council will use the report against Piet Hall. Roe said the port was safe. Hall said the report was wrong.',
      attributions: [
        { source: 'Roe', kind: 'party', category: 'claimed-by-party' },
        { source: 'Hall', kind: 'party', category: 'claimed-by-party' },
      ],
    },
    {
      name: 'a bare role of several words before `of` names the speaker’s kind in a transcript',
      text: 'The host talks to Ana Ruiz, deputy chief health officer of Leith province, about the rollout.\n\nHOST: How many are vaccinated?\n\nRUIZ: About 61,000 people so far.',
      attributions: [
        { source: 'HOST', kind: 'outlet' },
        { source: 'RUIZ', kind: 'official' },
      ],
    },
    {
      name: 'a headline verb or a day before a name is no title: the regulator is not the company',
      text: 'Regulator blocks Norgrid takeover\n\nThe Harbour Authority on Thursday blocked Norgrid’s bid. Norgrid said it would appeal.',
      attributions: [{ source: 'Norgrid', kind: 'party', category: 'claimed-by-party' }],
    },
    {
      name: 'a bare role before `of` after a name gives the kind, and `the state` inside it is no reporting tag',
      text: 'Ida Lund, director of the state Harbour Authority, joined the show on Monday.\n\nLUND: The gauges worked.',
      attributions: [{ source: 'LUND', kind: 'official', category: 'confirmed-by-official' }],
    },
    {
      name: 'a surname takes the full name and the role given earlier',
      text: 'Harbour commissioner Ida Varga spoke at the pier. Varga said the ferry would resume in May.',
      attributions: [{ source: 'Varga', name: 'Ida Varga', kind: 'official', category: 'confirmed-by-official' }],
      statements: ['unattributed', 'confirmed-by-official'],
    },
    {
      name: 'with the rule off the surname is a party',
      text: 'Harbour commissioner Ida Varga spoke at the pier. Varga said the ferry would resume in May.',
      options: { rules: { 'name-reference': 'off' } },
      attributions: [{ source: 'Varga', name: null, kind: 'party', category: 'claimed-by-party' }],
    },
    {
      name: 'a role phrase holding `of` titles the name whole, its modifiers too',
      text: 'Secretary of State Ann Voss met the envoys. Voss said the talks would resume. Former Secretary of State Ivo Brandt spoke too. Brandt said the ferries were late.',
      attributions: [
        { source: 'Voss', name: 'Ann Voss', kind: 'official', category: 'confirmed-by-official' },
        { source: 'Brandt', name: 'Ivo Brandt', kind: 'party', category: 'claimed-by-party' },
      ],
    },
    {
      name: 'a possessive appositive names the role, and a union’s political director is a party',
      text: '"The levy stays," said Ida Roe, Marrowby’s harbour commissioner. Later, Roe noted that the vote was close. "We will strike," said Tom Hale, the dockers’ union political director. Hale added that talks had failed.',
      attributions: [
        { source: 'Ida Roe', kind: 'official' },
        { source: 'Roe', name: 'Ida Roe', kind: 'official', category: 'confirmed-by-official' },
        { source: 'Tom Hale', kind: 'party' },
        { source: 'Hale', name: 'Tom Hale', kind: 'party', category: 'claimed-by-party' },
      ],
    },
    {
      name: 'an outlet tag after a name is no appositive giving the name a role',
      text: 'Board members soured on Tobias Wren, the Harbour Gazette reported. "I did my job," Wren said.',
      attributions: [
        { source: 'the Harbour Gazette', kind: 'outlet' },
        { source: 'Wren', name: 'Tobias Wren', kind: 'party', category: 'claimed-by-party' },
      ],
    },
    {
      name: 'a shouted transcript name is title-cased',
      text: 'PRESCOTT: We have no plans to raise the levy.',
      attributions: [{ source: 'PRESCOTT', name: 'Prescott' }],
    },
    {
      name: 'an appositive role before a name that closes its sentence gives the name its kind later',
      text: 'The reporter behind the leak is the Courier’s harbour correspondent, Ida Varga. On Monday, Varga wrote that the pier would close.',
      attributions: [{ source: 'Varga', cue: 'wrote', kind: 'outlet' }],
    },
    {
      name: 'a middle initial stays inside the name, so the role before it reaches a later `Mr.` surname',
      text: 'The questions were put to the harbour commissioner, Tomas K. Varga, at the pier. Mr. Varga said the pier was safe.',
      attributions: [{ source: 'Mr. Varga', cue: 'said', kind: 'official', name: 'Tomas K. Varga', category: 'confirmed-by-official' }],
    },
    {
      name: 'a surname written first (`Mr. Wen` after `Wen Lihua`) stands for the full name the story gave with its role',
      text: 'The trade minister, Wen Lihua, spoke after the talks. Mr. Wen said exports would recover. He added that the port would reopen.',
      attributions: [
        { source: 'Mr. Wen', cue: 'said', kind: 'official', name: 'Wen Lihua', category: 'confirmed-by-official' },
        { source: 'He', cue: 'added', kind: 'official' },
      ],
    },
    {
      name: 'a courtesy title a speaker uses inside a quotation (`Secretary Roe`) gives the name no role',
      text: 'Piet Hall and Ida Roe met on the pier. Hall shot back, “Secretary Roe closed the harbour.” Roe said the harbour was safe.',
      attributions: [
        { source: 'Hall', cue: 'shot back', kind: 'party' },
        { source: 'Roe', cue: 'said', kind: 'party' },
      ],
    },
    {
      name: 'an outlet’s possessive before a name (`The Blaze’s Ida Roe`) is a title, not part of the name, so her surname later is the outlet’s writer',
      text: 'The Blaze’s Ida Roe praised the ferry plan. “It is bold,” Roe wrote.',
      attributions: [
        { source: 'The Blaze’s Ida Roe', cue: 'praised', kind: 'outlet' },
        { source: 'Roe', cue: 'wrote', kind: 'outlet', category: 'reported-by-outlet' },
      ],
    },
    {
      name: 'a word that opens a name (`Nordia Today`) stands for that name only when the story writes it with an honorific (`Mr. Wen`)',
      text: 'The shipping magnate also owns Nordia Today, a free daily newspaper. Nordia regards the whole strait as its own waters.',
      attributions: [{ source: 'Nordia', cue: 'regards', kind: 'party', category: 'claimed-by-party' }],
    },
    {
      name: 'a run of five or more capitalised words in a title-case line is no name with a role: a live-blog headline naming an outlet gives the candidate no outlet kind',
      text: '9:33PM The Guardian Crowd Does Not Like Tom Hall\n\nThe crowd booed loudly. “Let me talk,” Hall said.',
      attributions: [{ source: 'Hall', cue: 'said', kind: 'party', category: 'claimed-by-party' }],
    },
  ],
})
