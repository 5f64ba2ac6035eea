import { RuleTester } from '../helpers/rule-tester.js'

new RuleTester().run('description-reference', {
  valid: ['The official timetable was printed in June.'],
  invalid: [
    {
      name: 'a body’s own name decides its kind before the words in front of it when a description refers back to it',
      text: 'The deficit will grow, the nonpartisan Congressional Budget Office reported. The budget office said the trend would last.',
      attributions: [
        { source: 'the nonpartisan Congressional Budget Office', kind: 'official' },
        { source: 'The budget office', kind: 'official', category: 'confirmed-by-official' },
      ],
    },
    {
      name: 'a statement a body gave in an inverted tag after a quotation is that body’s when named again',
      text: '“The pier was inspected in May,” the port trust’s office said in a statement. The statement added that the cranes were sold.',
      attributions: [
        { source: 'the port trust’s office', cue: 'said' },
        { source: 'The statement', cue: 'added', kind: 'party', category: 'claimed-by-party' },
      ],
    },
    {
      name: 'an outlet’s generic description shows the unknown name that spoke before it to be an outlet; a person’s surname stays a party',
      text: 'The ferry line will cut 40 jobs, Tidewire reported on Tuesday. The cuts would fall on the night crossings, the business news site said. According to Tidewire, the line has frozen hiring. Ida Roe spoke first. Roe said the pier was safe. The newspaper said it was not.',
      attributions: [
        { source: 'Tidewire', cue: 'reported', kind: 'outlet', category: 'reported-by-outlet' },
        { source: 'the business news site', cue: 'said', kind: 'outlet' },
        { source: 'Tidewire', cue: 'According to', kind: 'outlet', category: 'reported-by-outlet' },
        { source: 'Roe', cue: 'said', kind: 'party' },
        { source: 'The newspaper', cue: 'said', kind: 'outlet' },
      ],
    },
    {
      name: 'the statement or report a body spoke in, even with modifiers or without an attribution of its own, is that body’s',
      text: 'The port authority confirmed the closure in a statement on Monday. “We regret the delay,” the statement said. In its annual Safety Report, the authority said the cranes were old. The report found that two had failed.',
      attributions: [
        { source: 'the statement', cue: 'said', kind: 'official' },
        { source: 'the authority', cue: 'said', kind: 'official' },
        { source: 'The report', cue: 'found', kind: 'official', category: 'confirmed-by-official' },
      ],
    },
    {
      name: 'a definite document speaks for whoever issued it in an earlier sentence that made no attribution',
      text: 'At a late meeting, the port authority issued a statement on the collapse. The statement said the pier would stay shut. Harwick Rovers put out a statement too. The statement said the club would help.',
      attributions: [
        { source: 'The statement', cue: 'said', content: 'the pier would stay shut', kind: 'official', category: 'confirmed-by-official' },
        { source: 'The statement', cue: 'said', content: 'the club would help', kind: 'party', category: 'claimed-by-party' },
      ],
    },
    {
      name: 'a definite document with no issuer before it stays unidentified',
      text: 'The ferry sank on Monday. The report said the crew was safe.',
      attributions: [{ source: 'The report', cue: 'said', kind: 'unidentified', category: 'reported-by-outlet' }],
    },
    {
      name: 'a document an earlier named source issued is that side’s',
      text: 'A Marlow Research poll released Monday shows Roe ahead. The poll found that voters were split.',
      attributions: [
        { source: 'A Marlow Research poll released Monday', cue: 'shows', kind: 'party' },
        { source: 'The poll', cue: 'found', kind: 'party', category: 'claimed-by-party' },
      ],
    },
    {
      name: '`the statement` is the statement an earlier source spoke in',
      text: 'In a statement, the singer’s publicist, Ana Ruiz, called the lawsuit “a shakedown.” “She will not be bullied,” the statement said.',
      attributions: [
        { source: 'the singer’s publicist', kind: 'party' },
        { source: 'the statement', kind: 'party', name: 'the singer’s publicist', category: 'claimed-by-party' },
      ],
    },
    {
      name: '`the board` does not refer back to `a source close to the board majority`',
      text: 'A source close to the board majority said the list was drawn up in secret. In a statement, the board said the titles had been reviewed.',
      attributions: [
        { source: 'A source close to the board majority', kind: 'unidentified' },
        { source: 'the board', kind: 'party' },
      ],
    },
    {
      name: 'a spokeswoman for `the board` takes the kind of the board named earlier, and so does `the board` later',
      text: 'The Harbour Electoral Board rejected 212 ballots. A spokeswoman for the board said the count was fair. The board said on Saturday that no ink was missing. Northgate Bank closed two branches. A spokesman for the bank said costs had risen.',
      attributions: [
        { source: 'A spokeswoman for the board', kind: 'official', category: 'confirmed-by-official' },
        { source: 'The board', kind: 'official' },
        { source: 'A spokesman for the bank', kind: 'party' },
      ],
    },
    {
      name: 'an ordinal (`the second official`) only points back, so it keeps the earlier source’s kind',
      text: 'The Courier quoted a Labour party official as saying the vote would slip. "We are not ready," said the second official.',
      attributions: [
        { source: 'a Labour party official', kind: 'party' },
        { source: 'the second official', kind: 'party', category: 'claimed-by-party' },
      ],
    },
    {
      name: 'a partitive (`one of the people`) picks one of an earlier group of sources and takes its kind',
      text: 'The ferry firm is in talks to sell its yard, people familiar with the matter said. A deal could come within weeks, one of the people said.',
      attributions: [
        { source: 'people familiar with the matter', kind: 'unidentified', category: 'reported-by-outlet' },
        { source: 'one of the people', kind: 'unidentified', category: 'reported-by-outlet' },
      ],
    },
    {
      name: 'a description whose modifier the earlier source lacks and whose words give another kind is someone else',
      text: 'Traders at Harlow Bank said rates would fall. The central bank said inflation was easing.',
      attributions: [
        { source: 'Traders at Harlow Bank', kind: 'party' },
        { source: 'The central bank', kind: 'official', category: 'confirmed-by-official' },
      ],
    },
    {
      text: 'A port official said the cranes were idle. The official said repairs would take weeks.',
      attributions: [
        { source: 'A port official', kind: 'official' },
        { source: 'The official', name: 'A port official', kind: 'official', anonymous: true, category: 'confirmed-by-official' },
      ],
    },
    {
      text: 'A port official said the cranes were idle. The same official said repairs would take weeks.',
      attributions: [{ source: 'A port official' }, { source: 'The same official', name: 'A port official', kind: 'official' }],
    },
    {
      name: 'bare `the data` are the data of the source just cited',
      text: 'The Norvale Statistics Office said that 40 boats left the harbour. According to the data, most of them were trawlers.',
      attributions: [
        { source: 'The Norvale Statistics Office', kind: 'official' },
        { source: 'the data', kind: 'official', category: 'confirmed-by-official' },
      ],
    },
    {
      name: 'a survey referred back to as `the study`',
      text: 'The harbour lost trade, according to a recent Daily Courier survey of ship logs. The study found that most boats left in May.',
      attributions: [
        { source: 'a recent Daily Courier survey of ship logs', kind: 'outlet' },
        { source: 'The study', kind: 'outlet', name: 'a recent Daily Courier survey of ship logs', category: 'reported-by-outlet' },
      ],
    },
    {
      name: 'with the rule off the description has no name',
      text: 'A port official said the cranes were idle. The same official said repairs would take weeks.',
      options: { rules: { 'description-reference': 'off' } },
      attributions: [{ source: 'A port official' }, { source: 'The same official', name: null }],
    },
    {
      name: 'a court filing named again by another word (`the lawsuit` … `the filing`) speaks for whoever filed it',
      text: 'The ferry union has filed a lawsuit against the harbour board. According to the filing, the board cut pay without notice.',
      attributions: [{ source: 'the filing', cue: 'According to', kind: 'party' }],
      statements: ['unattributed', 'claimed-by-party'],
    },
  ],
})
