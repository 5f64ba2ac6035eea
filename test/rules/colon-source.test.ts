import { RuleTester } from '../helpers/rule-tester.js'

new RuleTester().run('colon-source', {
  valid: [
    { name: 'a headline label after an intensifier (`Just Leaked:`, `Just In:`) is nobody’s', text: 'Just Leaked: See What The Harbour Board Wrote About The Pier\n\nJust In: Ferry Chief Quits' },
    { name: 'a newsletter’s or series’ name before a headline colon labels an issue', text: 'Monday’s Morning Email: The Harbour Levy And What Comes Next\n\nThe levy passed.' },
    { name: 'an event before a headline colon is no speaker', text: 'Storm Ida: ferries stuck at port as the toll climbs\n\nStorm Ida reached the coast on Sunday.' },
    { name: 'a roster of names after a label is a list, not speech', text: 'The panel has members from Kessel and Dorn.\n\nKessel: Ana Ruiz, Tom Reyes, Ida Varga, Piet Hall.' },
    { name: 'a section label such as `Still to come` is nobody’s', text: 'Results were slow on Tuesday.\n\nStill to come: results in the northern towns.' },
    'Note: the ferry timetable changed in June.',
    { name: 'a clause whose subject is no person or body says nothing before its colon', text: 'The stakes are high: “This is the big one.”' },
    { name: 'archive labels such as BYLINE and SECTION are nobody’s speech', text: 'BYLINE: Ida Roe.\n\nSECTION: A; Pg. 3.\n\nThe ferry was late again.' },
    'The plan had one flaw: nobody paid for it.',
    {
      text: 'PRESCOTT: We have no plans to raise the levy.',
      options: { rules: { 'colon-source': 'off' } },
      name: 'a transcript turn is unattributed with the rule off',
    },
  ],
  invalid: [
    {
      name: 'a number after a capitalised word is part of a broadcaster’s name before a headline colon',
      text: 'Harbour 24: two ferries collide off Leith',
      attributions: [{ source: 'Harbour 24', cue: ':', content: 'two ferries collide off Leith' }],
    },
    {
      name: 'a clause whose subject speaks the quotation its colon or dash opens; after a fronted clause, the main clause’s subject',
      text: 'The harbour master was blunt: “The pier is finished.” When the storm passed, the port authority issued a warning: “Stay off the breakwater.” Ida Roe was defiant -- “We will sail on Friday.”',
      attributions: [
        { source: 'The harbour master', cue: ':', content: '“The pier is finished.”' },
        { source: 'the port authority', cue: ':', kind: 'official', content: '“Stay off the breakwater.”' },
        { source: 'Ida Roe', cue: '--', content: '“We will sail on Friday.”' },
      ],
    },
    {
      name: 'a headline in sentence case may write the speaker’s role in lower case',
      text: 'Harbour minister: ferry fares will fall in spring\n\nThe ministry set out its plan on Monday.',
      attributions: [{ source: 'Harbour minister', cue: ':', kind: 'official', content: 'ferry fares will fall in spring' }],
    },
    {
      name: 'the only speaker who ever asks a question is the interviewer, even when most of their turns are remarks',
      text: 'ODRA: Good evening, and welcome.\n\nMARLOW: Thank you.\n\nODRA: Will you sign the bill?\n\nMARLOW: Not as written.\n\nODRA: Your whip disagrees.\n\nMARLOW: He may.',
      attributions: [
        { source: 'ODRA', kind: 'outlet', category: 'reported-by-outlet' },
        { source: 'MARLOW', kind: 'party' },
        { source: 'ODRA', kind: 'outlet' },
        { source: 'MARLOW', kind: 'party' },
        { source: 'ODRA', kind: 'outlet' },
        { source: 'MARLOW', kind: 'party' },
      ],
    },
    {
      name: 'transcript turns',
      text: 'PRESCOTT: We have no plans to raise the levy.\nHALVERSON: Then why did you commission the study?',
      attributions: [
        { source: 'PRESCOTT', cue: ':', name: 'Prescott', quote: 'direct', content: 'We have no plans to raise the levy.', category: 'claimed-by-party', ruleId: 'colon-source' },
        { source: 'HALVERSON', cue: ':', name: 'Halverson', content: 'Then why did you commission the study?' },
      ],
    },
    {
      name: 'a one-word turn of a speaker in capitals is speech; a label in a tally is not',
      text: 'HALVERSON: Will you raise the levy?\nPRESCOTT: No.\nRuiz: 547.',
      attributions: [
        { source: 'HALVERSON', cue: ':' },
        { source: 'PRESCOTT', cue: ':', content: 'No.', category: 'claimed-by-party' },
      ],
    },
    {
      name: 'a headline quote',
      text: 'Varga: The curfew will end on Monday',
      attributions: [{ source: 'Varga', cue: ':', kind: 'party', category: 'claimed-by-party', content: 'The curfew will end on Monday' }],
    },
    {
      name: 'a label with a role or party tag, a title cut off by the sentence splitter, a surname taking the full label’s kind, and unlabelled paragraphs between turns',
      text: 'Transcript of the harbour debate.\n\nIDA VOSS, HOST: Welcome back. Is the pier safe?\n\nSEN. TOM BRASK (R-OS): It is safe. The engineers checked it.\n\nWe paid for the checks ourselves.\n\nVOSS: Will you reopen it?\n\nBRASK: Next week.',
      statements: ['unattributed', 'reported-by-outlet', 'reported-by-outlet', 'unattributed', 'claimed-by-party', 'claimed-by-party', 'claimed-by-party', 'reported-by-outlet', 'claimed-by-party'],
    },
    {
      name: 'a run-in section label in mixed case that names nobody in the story is no speaker',
      text: 'Notes on the fund.\n\nThe Gap Remains: The fund promised parity. It has not delivered.\n\nThat looks unlikely now.\n\nHousing Plans: The city wants more homes.',
      statements: ['unattributed', 'unattributed', 'unattributed', 'unattributed', 'unattributed'],
    },
    {
      name: 'a headline label with a finite verb is a clause, not a speaker',
      text: 'GAME IS OVER: Harbour Board Drops the Levy\nThe board met on Monday.',
      statements: ['unattributed', 'unattributed'],
    },
  ],
})

new RuleTester().run('colon-source (turns, headline links, names before quotations)', {
  valid: [
    'The Latest: Ferry service resumes on Monday',
    'The tally so far.\nRuiz: 547.\nVelik: 46.',
  ],
  invalid: [
    {
      name: 'a mixed-case name the story mentions, opening a body paragraph, is a transcript turn',
      text: 'The panel met Ana Ruiz on Friday.\nAna Ruiz: The levy is fair and the council agrees.',
      attributions: [{ source: 'Ana Ruiz', cue: ':', ruleId: 'colon-source' }],
    },
    {
      name: 'a stage direction inside a turn is nobody’s speech, and a credit line ends the turn',
      text: 'The debate ran late.\n\n"PRESCOTT: We have no plans to raise the levy.\n\n"(CROSSTALK.)\n\n"We will not raise it.\n\n"Follow Ana Ruiz on Twitter @aruiz.',
      attributions: [{ source: 'PRESCOTT', cue: ':', content: ['We have no plans to raise the levy.', '"We will not raise it.'] }],
      statements: ['unattributed', 'claimed-by-party', 'unattributed', 'claimed-by-party', 'unattributed'],
    },
    {
      name: 'a headline speaker before `to` (`Ruiz to farmers: …`)',
      text: 'Ruiz to farmers: The levy will fall next year\nThe minister spoke in Tollen.',
      attributions: [{ source: 'Ruiz', cue: ':' }],
    },
    {
      name: 'a verb before the colon frames the quotation, not the name (`asked Velik: “…”`)',
      text: 'He asked Velik: “Will you pay for it?”',
      attributions: [{ source: 'He', cue: 'asked', ruleId: 'subject-source' }],
    },
    {
      name: 'a name right before a colon that opens a quotation',
      text: 'The surge did not surprise pollster Dana Holm: “Late deciders always break for the challenger.”',
      attributions: [{ source: 'Dana Holm', cue: ':', quote: 'direct' }],
    },
    {
      name: 'a tabloid label before a headline colon (`BUSTED:`, `WOW:`) is nobody’s; the headline’s own verb decides',
      text: 'BUSTED: Ferry Emails Reveal Harbour Chief Knew Of Cracks\n\nThe pier reopened on Monday.',
      attributions: [{ source: 'Ferry Emails', cue: 'Reveal', kind: 'unidentified' }],
    },
    {
      name: 'a transcript questioner the story named with a role keeps that role, not the interviewer’s outlet kind',
      text: 'Prosecutor Ida Roe rose at ten on Tuesday.\n\nROE: Who signed the ferry logs?\n\nHALL: Mr. Berg did.\n\nROE: Did you keep copies?',
      attributions: [
        { source: 'ROE', cue: ':', kind: 'official' },
        { source: 'HALL', cue: ':', kind: 'party' },
        { source: 'ROE', cue: ':', kind: 'official' },
      ],
    },
  ],
})
