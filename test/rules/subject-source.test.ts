import { RuleTester } from '../helpers/rule-tester.js'

new RuleTester().run('subject-source', {
  valid: [
    { name: '`said a lot`, `said little about`, `said nothing`: a quantity is no content', text: 'Their smiles said a lot. The mayor said little about the ferry plan. The clerk said nothing.' },
    { name: '`tweeted about` or `spoke about` names a topic, not what was said', text: 'Ida Roe tweeted about the harbour debates. The mayor spoke about the ferry timetable.' },
    { name: 'an event head before `of` (`the popularity of the mayor shows …`) gives the writer’s inference; `think tanks` is a noun', text: 'The popularity of the mayor shows that the council misread the pilots. The plan was drafted by harbour think tanks.' },
    { name: 'a gerund that is the object of `means` or `requires` has no subject of its own', text: 'Peace on the docks means admitting that the levy failed. Unity requires conceding that the vote was fair.' },
    { name: '`asked X about Y` names a topic, not what was asked, even when a relative clause follows the topic', text: 'The host asked the mayor about remarks she had made the night before.' },
    { name: '`feel that way` points back to a thought, with no clause of its own', text: 'Many of the ferry pilots now feel that way themselves.' },
    { name: 'thinking about something has a topic, no content', text: 'The harbour master often thinks about moving to the coast.' },
    { name: 'a free relative with a topic after the cue (`what X thought about Y`) reports nothing', text: 'Here is what the mayor said about the ferry timetable. Nobody knows what the pilots thought of the vote.' },
    { name: 'an event or a state of things that `suggests` or `shows` something gives the writer’s inference, no source', text: 'The mayor’s trip suggests that she is looking ahead to the vote. Rising ferry prices signal that fuel costs are back. Their experience shows that the pier was never safe.' },
    { name: 'going on without a noun of speech, or a verb after an auxiliary, introduces no quotation', text: 'The fighting continues.\n\n“We are afraid.”\n\nNobody knows how the council would respond.\n\n“We are still afraid.”' },
    { name: 'a forecast after a modifier noun is a noun', text: 'The port raised its growth forecast.' },
    { name: 'a request that may be made, after a modal or as one of several means, did not happen', text: 'Ida Roe can ask the board to delay the vote. The council should formally ask the court to rule. The board has two options: by asking the port to pay, or by waiting.' },
    { name: 'rejecting an argument, a request or a plan is an act', text: 'The harbour court rejected that argument in a ruling on Monday. The board rejected the request.' },
    { name: 'in a free relative with nothing after the cue, `what` is its object: nothing is reported', text: 'At the Courier, what the mayor says and promises is now the measure of truth.' },
    { name: 'a noun object and a second predicate after `and has` are no content clause', text: 'The challenger, Ida Varga, claimed victory on Sunday night and has refused to concede.' },
    { name: 'a date before the verb is never its subject', text: 'A Courier review of ferry contracts signed since Jan. 1, 2020, shows costs rising faster than fares.' },
    { name: '`that` pointing at a noun of saying is a determiner, not a content clause', text: 'The harbour board has repeatedly denied that claim.' },
    'Port officials remain largely out of the process.',
    { name: 'a title after a colon line is no list item', text: 'More from the Courier:\n\nDeclared Candidates For Harbour Master.' },
    { name: 'a question to the addressee reports no view', text: 'But would you think the harbour should close?' },
    { name: 'an opening participle with a noun object is an act', text: 'Citing local reports, the Harwick Gazette ran the story on Monday.' },
    { name: 'phoning someone at home is no name-calling', text: 'The mayor called him at home on Monday.' },
    { name: 'dismissing charges without `as` is an act', text: 'The harbour master dismissed the charges on Monday.' },
    { name: 'arguing with someone is a quarrel: no content opens on the auxiliary of a later clause', text: 'In the video, a young man appears to be arguing with a guard and shoves him before the gate was shut.' },
    { name: 'a sign is no issued document', text: 'Ida Varga held up a sign saying the pier was closed.' },
    { name: 'a roll call is no name-calling', text: 'The clerk called the names of the new pilots.' },
    { name: 'a reduced relative clause reports no promise', text: 'The new levy is the target it pledged to reach in May.' },
    { text: 'Tomas Brenner said the harbour would close.', options: { rules: { 'subject-source': 'off' } } },
  ],
  invalid: [
    {
      name: 'after a wire dateline, a participle shares the subject of the clause, whose bracketed party tag stays in it',
      text: 'KESSEL, Ill. — Sen. Ida Roe (D-Vell) weighed in on the harbour levy, calling it a “tax on fishermen.”',
      attributions: [{ source: 'Sen. Ida Roe (D-Vell)', cue: 'calling', kind: 'party' }],
    },
    {
      name: 'a wire dateline is no inverted content; `excoriated`, `assailed`, `pummeled` are claims',
      text: 'KESSEL — Rep. Ida Roe on Friday pummeled the levy as unfair while praising the mayor as a hard worker. Critics assailed the plan.',
      attributions: [
        { source: 'Rep. Ida Roe', cue: 'pummeled', stance: 'claim' },
        { source: 'Critics', cue: 'assailed', content: 'the plan', category: 'claimed-by-party' },
      ],
    },
    {
      name: 'a headline’s second verb after a comma shares the subject that opens it, even when the title line ends in a full stop',
      text: 'Harbour levy passes; ferries to run at night;\nRuiz wins recount, vows to stay on as mayor.\n\nThe count ended on Tuesday.',
      attributions: [{ source: 'Ruiz', cue: 'vows', content: 'to stay on as mayor', category: 'claimed-by-party' }],
    },
    {
      name: 'a topic after `about` or `of`, then a colon, introduces the quotation that is the content',
      text: 'Ida Roe added about the mayor: “She never listens.” Piet Hall said of the strike: “It is over.”',
      attributions: [
        { source: 'Ida Roe', cue: 'added', content: '“She never listens.”' },
        { source: 'Piet Hall', cue: 'said', content: '“It is over.”' },
      ],
    },
    {
      name: 'a participle after a document the source revised (`revised her statement explaining that`) is that source’s; a cue word used as a noun inside an interruption keeps the content after it',
      text: 'Later, the mayor revised her statement explaining that the pier was safe. Ida Roe said in May, when the ferry email story broke, “Nothing was hidden.”',
      attributions: [
        { source: 'the mayor', cue: 'explaining', content: 'that the pier was safe' },
        { source: 'Ida Roe', cue: 'said', content: '“Nothing was hidden.”' },
      ],
    },
    {
      name: 'a live blog’s clock time before an entry is not part of its source',
      text: '14:20 The port authority said the ferry would sail at four.',
      attributions: [{ source: 'The port authority', cue: 'said', kind: 'official' }],
    },
    {
      name: 'a group head ending in -ity (`the business community`) is a speaker that can conclude, not an event',
      text: 'The business community concluded that the harbour levy was too high.',
      attributions: [{ source: 'The business community', cue: 'concluded', kind: 'party', category: 'claimed-by-party' }],
    },
    {
      name: 'viewing or regarding something as something is a belief; admitting to a deed is a confession',
      text: 'Many skippers view the levy as a tax on work. The clerk admitted to taking fees from 40 boat owners.',
      attributions: [
        { source: 'Many skippers', cue: 'view', content: 'the levy as a tax on work', stance: 'claim' },
        { source: 'The clerk', cue: 'admitted', content: 'taking fees from 40 boat owners' },
      ],
    },
    {
      name: 'after an adjunct between commas, a conditional clause opens the content',
      text: 'The Leith Courier reported on Monday, based on the latest count, if Roe wins the harbour ward, the council will change hands.',
      attributions: [{ source: 'The Leith Courier', cue: 'reported', content: 'if Roe wins the harbour ward, the council will change hands', category: 'reported-by-outlet' }],
    },
    {
      name: 'portraying or characterising someone as something is what is said; a bare object is no content',
      text: 'The film portrays a family of ferrymen. Critics characterized the pier plan as reckless.',
      attributions: [{ source: 'Critics', cue: 'characterized', content: 'the pier plan as reckless', stance: 'claim' }],
    },
    {
      name: 'challenging someone to do something is a request',
      text: 'The Roe campaign challenged Tom Hale to debate her at the pier.',
      attributions: [{ source: 'The Roe campaign', cue: 'challenged', content: 'Tom Hale to debate her at the pier' }],
    },
    {
      name: '`ask for` and its object is a request, like `call for`',
      text: 'Harbour master asks for inquiry into pier collapse.',
      attributions: [{ source: 'Harbour master', cue: 'asks for', content: 'inquiry into pier collapse', category: 'confirmed-by-official' }],
    },
    {
      name: 'a cue closing its paragraph with nothing said introduces the quotation that opens the next one',
      text: 'The harbour master spoke first.\n\nIda Roe agreed.\n\n“The pier is old. It must close.”\n\nTom Hale continued his angry remarks.\n\n“Nobody listens to us.”',
      attributions: [
        { source: 'Ida Roe', cue: 'agreed', content: '“The pier is old. It must close.”', category: 'claimed-by-party' },
        { source: 'Tom Hale', cue: 'continued', content: '“Nobody listens to us.”', category: 'claimed-by-party' },
      ],
    },
    {
      name: 'a restrictive `who` clause before a set-off participle keeps its head as subject; a name before a that-clause is a subject',
      text: 'Two pilots who have flown the route, speaking on condition of anonymity, said the beacon was broken. Hydrologist Ida Roe of the University of Leith fears that the wells will fail. The weather service forecast on Monday that the storm would pass.',
      attributions: [
        { source: 'Two pilots', cue: 'said', content: 'the beacon was broken' },
        { source: 'Hydrologist Ida Roe of the University of Leith', cue: 'fears', content: 'that the wells will fail' },
        { source: 'The weather service', cue: 'forecast', content: 'that the storm would pass' },
      ],
    },
    {
      name: 'a request’s object and infinitive are what was asked; calling a thing two adjectives is name-calling',
      text: 'The harbour master asked the crews to stay in port. The union called the charges unfounded and malicious.',
      attributions: [
        { source: 'The harbour master', cue: 'asked', content: 'the crews to stay in port' },
        { source: 'The union', cue: 'called', content: 'the charges unfounded and malicious' },
      ],
    },
    {
      name: 'an aside between dashes right before the verb is skipped; the subject is the phrase before it',
      text: 'Ida Roe -- co-author of a book on harbour law, the standard text -- said the levy was unlawful. Some pilots - including two on the board - warn that fares will rise.',
      attributions: [
        { source: 'Ida Roe', cue: 'said', content: 'the levy was unlawful' },
        { source: 'Some pilots', cue: 'warn', content: 'that fares will rise' },
      ],
    },
    {
      name: 'a restrictive `that` clause with a passive verb describes the subject before it',
      text: 'The little polling that was done in the port before Tuesday showed a dead heat.',
      attributions: [{ source: 'The little polling', cue: 'showed', content: 'a dead heat' }],
    },
    {
      name: 'a cleft with the cue in its free relative reports what `That` points back to',
      text: 'The ferry levy is a scam. That is what the dockers’ union leader wrote last week.',
      attributions: [{ source: 'the dockers’ union leader', cue: 'wrote', content: 'That', category: 'claimed-by-party' }],
    },
    {
      name: 'in footage of someone saying something, the one recorded speaks',
      text: 'The advert then cuts to footage of Ida Roe saying, “The ferry will be free.”',
      attributions: [{ source: 'Ida Roe', cue: 'saying', kind: 'party', category: 'claimed-by-party' }],
    },
    {
      name: 'a numeral opening the sentence makes the cue word after it a noun; two role words joined before a name are one title',
      text: 'One report said the ferry was late. Harbour journalist and author Ida Roe said the pier was unsafe.',
      attributions: [
        { source: 'One report', cue: 'said', kind: 'unidentified', category: 'reported-by-outlet' },
        { source: 'Harbour journalist and author Ida Roe', cue: 'said', kind: 'outlet', category: 'reported-by-outlet' },
      ],
    },
    {
      name: 'a set-off description before a catenative or a means adjunct still leaves the name as subject',
      text: 'Piet Hall of Leith, a ferry pilot, stood outside the office to say the pier was unsafe. Ida Roe, channelling her old job, responded by first saying that the crews were tired.',
      attributions: [
        { source: 'Piet Hall of Leith', cue: 'say', content: 'the pier was unsafe' },
        { source: 'Ida Roe', cue: 'saying', content: 'that the crews were tired' },
      ],
    },
    {
      name: 'a set-off relative clause whose closing comma is missing still hangs on the name before it',
      text: 'Ida Roe, who chairs the harbour board said the pier would reopen.',
      attributions: [{ source: 'Ida Roe', cue: 'said', content: 'the pier would reopen' }],
    },
    {
      name: 'a spaced dash with a noun phrase after it closes an aside: the subject starts after it; an aside set off by two dashes is skipped',
      text: 'When it comes to ferry fares - a frequent complaint of islanders - the operators are quick to point out that prices fell. Ida Roe - a pilot for thirty years - said the channel was safe.',
      attributions: [
        { source: 'the operators', cue: 'point out', content: 'that prices fell' },
        { source: 'Ida Roe', cue: 'said', content: 'the channel was safe' },
      ],
    },
    {
      name: 'a phrase ending in `ago` dates the cue; the paragraph after a colon is the content',
      text: 'Harbour Minister Ana Ruiz posted on X a short time ago:\n[Embedded post from @AnaRuiz on X]\nThe pier reopened at noon.',
      attributions: [{ source: 'Harbour Minister Ana Ruiz', cue: 'posted', content: '[Embedded post from @AnaRuiz on X]' }],
      statements: ['confirmed-by-official', 'confirmed-by-official', 'unattributed'],
    },
    {
      name: '`that` after a preposition is a determiner inside the subject; one who heads a body takes its kind',
      text: 'Two people familiar with that inspection said the pier had failed. Ida Roe, who heads the port’s rescue service, said the crew was safe.',
      attributions: [
        { source: 'Two people familiar with that inspection', kind: 'unidentified' },
        { source: 'Ida Roe', kind: 'official' },
      ],
    },
    {
      name: 'a plural possessive with a bare apostrophe opens a subject shared by a coordinated cue',
      text: 'The pilots’ union launched an advert on Tuesday and announced it would seek a recount.',
      attributions: [{ source: 'The pilots’ union', cue: 'announced', content: 'it would seek a recount' }],
    },
    {
      name: 'a short quoted title closes an appositive before the cue (`host of KTV’s “Morning Harbour,”`)',
      text: 'Ana Ruiz, host of KTV’s “Morning Harbour,” suggested the levy could sink the port.',
      attributions: [{ source: 'Ana Ruiz', cue: 'suggested', content: 'the levy could sink the port' }],
    },
    {
      name: '`since` before a date, after a noun, stays inside the subject',
      text: 'A Courier analysis of harbour fees since March 2019 shows the levy doubling. A review of port records since 2015 found that sailings fell.',
      attributions: [
        { source: 'A Courier analysis of harbour fees since March 2019', kind: 'outlet', cue: 'shows' },
        { source: 'A review of port records since 2015', cue: 'found', content: 'that sailings fell' },
      ],
    },
    {
      name: 'after a long fronted adjunct, a gerund after `by` has the subject after the comma',
      text: 'On the eve of the third and final vote on the harbour levy in March, Ida Varga rallied the dock workers by warning that the pier would close.',
      attributions: [{ source: 'Ida Varga', cue: 'warning', content: 'that the pier would close' }],
    },
    {
      name: 'a verb of aspect before a gerund and a fronted `Like X,` are no part of the subject',
      text: 'The dock union immediately began calling for a recount. Like the union, Ida Varga rejected the count, arguing that boxes were missing.',
      attributions: [
        { source: 'The dock union', cue: 'calling for' },
        { source: 'Ida Varga', cue: 'arguing', content: 'that boxes were missing' },
      ],
    },
    {
      name: 'a gerund after of or in has the clause subject; an article after a name opens the next phrase',
      text: 'Harbour Master Ida Varga took the last step on Friday of announcing that the pier was closed. Tomas Brenner told host Ana Cole a new levy was likely.',
      attributions: [
        { source: 'Harbour Master Ida Varga', cue: 'announcing', content: 'that the pier was closed' },
        { source: 'Tomas Brenner', cue: 'told', via: 'host Ana Cole', content: 'a new levy was likely' },
      ],
    },
    {
      name: 'an adjunct between commas after the name does not decide the kind',
      text: 'Ida Varga, in a tweet, said the ferry was late.',
      attributions: [{ source: 'Ida Varga', cue: 'said', kind: 'party', category: 'claimed-by-party' }],
    },
    {
      name: '`who` after a phrase with from/by stands for its object; a preposition inside a name stays',
      text: 'The plan won support from those who said the ferry was too slow. The panel heard Ana Ruiz, head of the Fund for Harbour Safety, who said the cranes were unsafe.',
      attributions: [
        { source: 'those', cue: 'said' },
        { source: 'head of the Fund for Harbour Safety', cue: 'said' },
      ],
    },
    {
      name: '`which` after a prepositional object stands for that object, not the clause',
      text: 'The council voted 6-1 for the motion which said the ferry fares were too high.',
      attributions: [{ source: 'the motion', cue: 'said', content: 'the ferry fares were too high' }],
    },
    {
      name: 'an adverb of place between the cue and its that-clause',
      text: 'Ferry passengers complained online that the boats were late.',
      attributions: [{ source: 'Ferry passengers', cue: 'complained', content: 'that the boats were late' }],
    },
    {
      name: 'a negated participle and a permission to speak inside the subject',
      text: 'Engineers not involved in the survey said the dam was sound. Two people not authorized to comment said the sale had stalled.',
      attributions: [
        { source: 'Engineers not involved in the survey', cue: 'said', kind: 'party' },
        { source: 'Two people not authorized to comment', cue: 'said', kind: 'unidentified', category: 'reported-by-outlet' },
      ],
    },
    {
      name: 'an interruption between commas, then a clause with a pronoun subject',
      text: 'Ida Varga says, rain or shine on Sunday, she will open the pier.',
      attributions: [{ source: 'Ida Varga', cue: 'says', content: 'she will open the pier' }],
    },
    {
      name: '`, then` coordinates a second speech verb with the first subject; the first object ends before it',
      text: 'Ida Varga praised the harbour plan, then said the budget would not cover it.',
      attributions: [
        { source: 'Ida Varga', cue: 'praised', content: 'the harbour plan' },
        { source: 'Ida Varga', cue: 'said', content: 'the budget would not cover it' },
      ],
    },
    {
      name: 'an audience with a place name split by a comma, then a time, before the that-clause',
      text: 'Ida Varga told a rally in Port Alder, Korsland on Sunday that the ferry would be free.',
      attributions: [{ source: 'Ida Varga', cue: 'told', content: 'that the ferry would be free' }],
    },
    {
      name: 'dismissing someone as something says something about them; the writer’s aside after a dash is not said',
      text: 'The harbour master dismissed the pilots as "a noisy minority" — a label they reject.',
      attributions: [{ source: 'The harbour master', cue: 'dismissed', content: 'the pilots as "a noisy minority"', category: 'claimed-by-party' }],
    },
    {
      name: 'a restrictive `who` stands for the nearest noun phrase, after a passive’s `by`, not the clause before it',
      text: 'The tribunal revived a claim brought by dock workers of Harwick who say the crane owner knowingly ignored the cracks in its arm.',
      attributions: [{ source: 'dock workers of Harwick', cue: 'say', kind: 'party', category: 'claimed-by-party' }],
    },
    {
      name: 'a fronted time or place adjunct is no subject of an adjunct participle',
      text: 'In May, a district judge sided with the tenants, saying the eviction rule was void. In August, several dock unions backed the plan, saying it would save jobs.',
      attributions: [
        { source: 'a district judge', cue: 'saying', kind: 'official', category: 'confirmed-by-official' },
        { source: 'several dock unions', cue: 'saying', kind: 'party' },
      ],
    },
    {
      name: 'a speaker citing figures between commas stays the source, and takes no kind from what is cited',
      text: 'Ida Varga, citing figures from the Transport Ministry, said ridership had doubled.',
      attributions: [{ source: 'Ida Varga', cue: 'said', via: null, kind: 'party', category: 'claimed-by-party' }],
    },
    {
      name: 'a pronoun between a noun and a base form is a relative clause’s subject',
      text: 'It was a step they believe could calm the harbour.',
      attributions: [{ cue: 'believe', content: 'could calm the harbour' }],
    },
    {
      name: 'a gerund clause is what is reported or denied',
      text: 'The harbour board reported spending two million on repairs, and Varga denied taking the money.',
      attributions: [
        { source: 'The harbour board', cue: 'reported', content: 'spending two million on repairs' },
        { source: 'Varga', cue: 'denied', stance: 'claim', content: 'taking the money' },
      ],
    },
    {
      name: 'calling a pronoun something: a bare predicate; the predicate ends before an adverbial clause',
      text: 'Most riders call it the slowest ferry on the coast, after the survey said so.',
      attributions: [
        { source: 'Most riders', cue: 'call', content: 'it the slowest ferry on the coast' },
        { source: 'the survey', cue: 'said' },
      ],
    },
    {
      name: 'calling someone, an appositive, something',
      text: 'Ida Varga called Brenner, her harbour rival, a “reckless gambler.”',
      attributions: [{ source: 'Ida Varga', cue: 'called', content: 'Brenner, her harbour rival, a “reckless gambler.”' }],
    },
    {
      name: 'a relative clause that moved the subject out of the believed clause',
      text: 'The bridge, which Ida Varga believes will close in May, is old.',
      attributions: [{ source: 'Ida Varga', cue: 'believes', stance: 'claim', content: 'will close in May' }],
    },
    {
      name: 'a participle opening the sentence has the main clause’s subject; its content stops at its comma',
      text: 'Noting that the vote was close, Ida Varga said the ferry would run.',
      attributions: [
        { source: 'Ida Varga', cue: 'Noting', content: 'that the vote was close' },
        { source: 'Ida Varga', cue: 'said', content: 'the ferry would run' },
      ],
      statements: ['claimed-by-party'],
    },
    {
      name: 'a participle after an issued statement has the issuer as source',
      text: 'In response to Brenner’s remarks, the ferry company released a brief statement saying that fares would rise.',
      attributions: [{ source: 'the ferry company', cue: 'saying', content: 'that fares would rise', ruleId: 'subject-source' }],
    },
    {
      name: 'a possessive name opens a clause subject; its -s noun is no verb',
      text: 'Essentially, Varga’s lawyers went through the ledgers and found that two payments were missing.',
      attributions: [{ source: 'Varga’s lawyers', cue: 'found', content: 'that two payments were missing' }],
    },
    {
      name: 'plural documents head the subject of a bare evidential verb',
      text: 'Polls in the northern valley show the tram is more popular than the ferry.',
      attributions: [{ source: 'Polls in the northern valley', cue: 'show', content: 'the tram is more popular than the ferry' }],
    },
    {
      name: 'a capitalised cue word after an -s form is a name, not the real cue',
      text: 'A leaked memo shows State Department staff approved the fee.',
      attributions: [{ source: 'A leaked memo', cue: 'shows', content: 'State Department staff approved the fee' }],
    },
    {
      name: 'an interruption between the cue and its that-clause',
      text: 'Tomas Brenner said, per an interpreter, that the night crossings would resume.',
      attributions: [{ source: 'Tomas Brenner', cue: 'said', content: 'that the night crossings would resume', ruleId: 'subject-source' }],
    },
    {
      name: 'an interruption between dashes before a quotation',
      text: 'Ida Varga added — on the radio, as it happens — “the fares will fall.”',
      attributions: [{ source: 'Ida Varga', cue: 'added', content: '“the fares will fall.”', quote: 'direct' }],
    },
    {
      name: 'a verb coordinated with a non-speech verb has that clause’s subject',
      text: 'In an interview on Monday, Tomas Brenner defended the ferry timetable and said the night crossings would resume.',
      attributions: [{ source: 'Tomas Brenner', cue: 'said', content: 'the night crossings would resume', ruleId: 'subject-source' }],
    },
    {
      name: 'told an outlet that: the outlet is via',
      text: 'Marta Quill told Reuters that the bridge would reopen in May.',
      attributions: [{ source: 'Marta Quill', cue: 'told', via: 'Reuters', kind: 'party', category: 'claimed-by-party', content: 'that the bridge would reopen in May', ruleId: 'subject-source' }],
    },
    {
      text: 'Officials said the harbour would close on Friday.',
      attributions: [{ source: 'Officials', kind: 'official', anonymous: true, category: 'confirmed-by-official' }],
    },
    {
      text: 'Sources said the merger talks had stalled.',
      attributions: [{ source: 'Sources', kind: 'unidentified', anonymous: true, category: 'reported-by-outlet' }],
    },
    {
      name: '`was able to tout`: the subject is before the catenative verb',
      text: 'She was able to tout the new ferry schedule at every stop.',
      attributions: [{ source: 'She', cue: 'tout', stance: 'claim' }],
    },
    {
      name: 'bragging about a topic: the topic is the content',
      text: 'Yet the mayor often brags about his record on the harbour.',
      attributions: [{ source: 'the mayor', cue: 'brags', stance: 'claim', content: 'about his record on the harbour' }],
    },
    {
      name: 'warning of something',
      text: 'The harbour master warned of a long closure.',
      attributions: [{ source: 'The harbour master', cue: 'warned', content: 'of a long closure' }],
    },
    {
      name: 'a list item after a colon line leaves out its subject',
      text: 'Picture a mayor who:\n\nSkips every council meeting.\n\nLoses the port budget, and praises the rival town’s harbour.',
      attributions: [{ source: null, cue: 'praises', stance: 'claim', kind: 'party', category: 'claimed-by-party', content: 'the rival town’s harbour' }],
    },
    {
      name: 'a means adjunct `by telling` shares the clause subject',
      text: 'The mayor recently courted the fishermen by telling them that the new quay would open in May.',
      attributions: [{ source: 'The mayor', cue: 'telling', content: 'that the new quay would open in May' }],
    },
    {
      name: 'a participle after a clause with a long compound subject',
      text: 'The Daily Courier and the harbour pilots union filed a motion in court, arguing the port records were public.',
      attributions: [{ source: 'The Daily Courier and the harbour pilots union', cue: 'arguing', content: 'the port records were public' }],
    },
    {
      name: 'a relative pronoun after a clause stands for the object before it',
      text: 'Ida Varga backs Tomas Brenner, who says the harbour will reopen.',
      attributions: [{ source: 'Tomas Brenner', cue: 'says', content: 'the harbour will reopen' }],
    },
    {
      name: 'questioning something: the object is the content, with an adverbial clause after it',
      text: 'Varga questioned the mayor’s residency because he had lived abroad for years.',
      attributions: [{ source: 'Varga', cue: 'questioned', content: 'the mayor’s residency because he had lived abroad for years' }],
    },
    {
      name: 'a participle after `despite`: the clause subject, and the main clause keeps its own cue',
      text: 'Harbour Master Ida Varga, despite admitting that the quay was old, the crews were safe and she does believe the dam will hold.',
      attributions: [
        { source: 'Harbour Master Ida Varga', cue: 'admitting', content: 'that the quay was old' },
        { source: 'she', cue: 'believe', content: 'the dam will hold' },
      ],
    },
    {
      name: 'a cue word after `of` is a noun inside the subject: `secretary of state`',
      text: 'The former secretary of state has cited the storm as a reason to close the port.',
      attributions: [{ source: 'The former secretary of state', cue: 'cited' }],
    },
    {
      name: 'calling someone names',
      text: 'Varga called the pilots names at the meeting.',
      attributions: [{ source: 'Varga', cue: 'called', stance: 'claim', content: 'the pilots names at the meeting' }],
    },
    {
      name: 'a list item opening with `Keeps saying` keeps the list going',
      text: 'Picture a mayor who:\n\nKeeps saying the port is safe.\n\nLoses the port budget, and praises the rival town’s harbour.',
      attributions: [
        { source: null, cue: 'saying', content: 'the port is safe' },
        { source: null, cue: 'praises', kind: 'party', category: 'claimed-by-party' },
      ],
    },
    {
      name: 'a partitive relative pronoun: `many of whom say`',
      text: 'The ferry crews met the mayor, many of whom say the new levy is unfair to small boats.',
      attributions: [{ source: 'many of whom', cue: 'say', content: 'the new levy is unfair to small boats' }],
    },
    {
      name: 'a subject with a relative clause',
      text: 'Ida Varga, who chairs the harbour board, argued that the fee was unfair.',
      attributions: [{ source: 'Ida Varga', cue: 'argued', stance: 'claim', category: 'claimed-by-party' }],
    },
    {
      name: 'a name ending in -ly opens the sentence: not an adverb',
      text: 'Beverly said the ferry would run again in May.',
      attributions: [{ source: 'Beverly', cue: 'said', content: 'the ferry would run again in May' }],
    },
    {
      name: 'an abbreviation point inside the appositive',
      text: 'Senator Ada Lind of Norvale, the No. 2 Liberal in the chamber, said the vote would be close.',
      attributions: [{ source: 'Senator Ada Lind of Norvale', cue: 'said', content: 'the vote would be close' }],
    },
    {
      name: 'describing something as something: the object is the content',
      text: 'Ida Varga described the new levy as “a tax on fishermen.”',
      attributions: [{ source: 'Ida Varga', cue: 'described', stance: 'neutral', content: 'the new levy as “a tax on fishermen.”', quote: 'mixed' }],
    },
    {
      name: 'a participle after a clause with no cue: the clause subject is the source',
      text: 'Mayor Ida Varga revised the harbour plan in October, saying the pier would reopen.',
      attributions: [{ source: 'Mayor Ida Varga', cue: 'saying', content: 'the pier would reopen' }],
    },
    {
      name: 'a participle after an opening adverbial is no appositive verb',
      text: 'On Tuesday, the ferry company said it would cut two routes, warning that fares would rise.',
      attributions: [
        { source: 'the ferry company', cue: 'said', content: 'it would cut two routes' },
        { source: 'the ferry company', cue: 'warning', content: 'that fares would rise' },
      ],
    },
    {
      name: 'a parenthetical adverb between the addressee and the content',
      text: 'Sources told Reuters, however, that the merger talks had stalled.',
      attributions: [{ source: 'Sources', cue: 'told', via: 'Reuters', content: 'that the merger talks had stalled' }],
    },
    {
      name: 'a commitment takes its infinitive as content',
      text: 'Ida Varga vowed on Monday to reopen the pier by May.',
      attributions: [{ source: 'Ida Varga', cue: 'vowed', stance: 'claim', content: 'to reopen the pier by May', category: 'claimed-by-party' }],
    },
    {
      name: 'a quoted name inside the appositive and a comma inside the closing quote still leave the subject before the appositive',
      text: 'The mayor, who runs the “Harbour First” campaign, said the fee was fair. Tomas Brenner, who called the tender “a sham,” said the cranes were idle.',
      attributions: [
        { source: 'The mayor', cue: 'said', content: 'the fee was fair' },
        { source: 'Tomas Brenner', cue: 'called', content: 'the tender “a sham' },
        { source: 'Tomas Brenner', cue: 'said', content: 'the cranes were idle' },
      ],
    },
    {
      name: 'a document named in a relative clause is its topic, not the source',
      text: 'Ida Varga, who signed the order, said the pier would close.',
      attributions: [{ source: 'Ida Varga', cue: 'said', kind: 'party', category: 'claimed-by-party' }],
    },
    {
      name: 'a restrictive who-clause after the subject: the head noun phrase is the source, and asking not to be named is no cue',
      text: 'Port officials who spoke on condition of anonymity because the talks were private said the deal was close. Two engineers who asked not to be named said the barrier leaked. The clerk who met him when he yelled at the guards said the guards stayed calm.',
      attributions: [
        { source: 'Port officials', cue: 'said', kind: 'official', content: 'the deal was close' },
        { source: 'Two engineers', cue: 'said', content: 'the barrier leaked' },
        { source: 'The clerk', cue: 'said' },
      ],
    },
    {
      name: 'a time adjunct between the subject and its verb is not part of the source',
      text: 'The harbour board on Friday said the pier would close. A ferry survey released in late May found that fares had doubled. A county judge on Monday blocked the levy, ruling that it was unlawful.',
      attributions: [
        { source: 'The harbour board', cue: 'said' },
        { source: 'A ferry survey', cue: 'found' },
        { source: 'A county judge', cue: 'ruling' },
      ],
    },
    {
      text: 'Critics argued that the fee was unfair.',
      attributions: [{ source: 'Critics', kind: 'party', anonymous: true, category: 'claimed-by-party' }],
    },
    {
      name: 'the speaker is the head of a relative clause that runs up to the cue, commas and all',
      text: 'Nell Ortiz, who lost her shop in the flood in Brask, Ostmark, in 2019, said the levee had failed. Ida Varga, meanwhile, who runs the ferry, said the pier was safe. A harbour official who spoke on condition of anonymity said the pier would close.',
      attributions: [
        { source: 'Nell Ortiz', cue: 'said' },
        { source: 'Ida Varga', cue: 'said' },
        { source: 'A harbour official', cue: 'said', kind: 'official' },
      ],
    },
    {
      name: 'a cue inside a relative clause keeps its own subject',
      text: 'Ida Varga, who last year argued that fares were too high, runs the ferry. It is a pier that many believe is unsafe.',
      attributions: [
        { source: 'Ida Varga', cue: 'argued' },
        { source: 'many', cue: 'believe' },
      ],
    },
    {
      name: 'an adjunct set off by commas between the cue and its that-clause',
      text: 'Some of the growers claimed, without evidence, that the seed had been swapped. The ferry chief said, on Monday, that the pier was safe. “The pier is safe,” Ida Varga remarked.',
      attributions: [
        { source: 'Some of the growers', cue: 'claimed', content: 'that the seed had been swapped' },
        { source: 'The ferry chief', cue: 'said', content: 'that the pier was safe' },
        { source: 'Ida Varga', cue: 'remarked' },
      ],
    },
    {
      name: 'a possessor’s description and the name it introduces are the subject, not an inverted tag',
      text: 'Varga’s campaign manager, Tom Reyes, blamed the loss on the rain.',
      attributions: [{ source: 'Varga’s campaign manager', cue: 'blamed', kind: 'party' }],
    },
    {
      name: 'a participle adjunct covers the sentence only as most of it, with the subject ending before `on Friday`',
      text: 'A county judge on Friday stopped the harbour board from raising the levy on ferry tickets, ruling that the vote was void.',
      statements: ['unattributed'],
    },
    {
      name: '`felt the need to` is an idiom of obligation, not a thought with content',
      text: 'The harbour board felt the need to obtain the ferry company’s safety records before the vote.',
      statements: ['unattributed'],
    },
    {
      name: 'a plural head after a capitalised modifier stays in the subject of a participle adjunct (`Danish growers shunned …`)',
      text: 'Piet Hall and other Danish growers boycotted the fair, claiming that the prizes were fixed. Several Danish growers skipped the fair, insisting that the judges were biased.',
      attributions: [
        { source: 'Piet Hall and other Danish growers', cue: 'claiming', content: 'that the prizes were fixed' },
        { source: 'Several Danish growers', cue: 'insisting' },
      ],
    },
    {
      name: '`so far` between the subject and the verb is an adverb, not the source',
      text: 'The harbour board so far has said that the pier is safe.',
      attributions: [{ source: 'The harbour board', cue: 'said', content: 'that the pier is safe' }],
    },
    {
      name: 'after a lone discourse adverb and a comma, an -ing cue word is a gerund subject with no source',
      text: 'However, simply complaining about the ferry timetable is not enough.',
      statements: ['unattributed'],
    },
    {
      name: '`has since said`: `since` between the auxiliary and the verb is an adverb',
      text: 'The harbour master has since said that the pier was never unsafe.',
      attributions: [{ source: 'The harbour master', cue: 'said', content: 'that the pier was never unsafe' }],
    },
    {
      name: 'a commitment’s infinitive may open with a quotation',
      text: 'The mayor is promising to “sweep the cartels” out of the harbour.',
      attributions: [{ source: 'The mayor', cue: 'promising', content: 'to “sweep the cartels” out of the harbour' }],
    },
    {
      name: 'a capitalised name or a person still suggests and finds',
      text: 'The Harbour Movement suggested that fares should fall. The ferry pilots showed that the pier was unsafe.',
      attributions: [{ source: 'The Harbour Movement', cue: 'suggested' }, { source: 'The ferry pilots', cue: 'showed' }],
    },
    {
      name: 'a participle phrase describing the document (`written by X, its chair,`) may stand between the cue and its that-clause',
      text: 'The ferry union contended in its letter, written by Ida Roe, its general secretary, that the timetable broke the agreement.',
      attributions: [{ source: 'The ferry union', cue: 'contended', content: 'that the timetable broke the agreement' }],
    },
    {
      name: 'after the object of `to`, a participle takes the clause’s subject; an epistemic cue’s subject may carry modifiers before its infinitive',
      text: 'Ida Roe, the local councillor, has written to the harbour minister asking him to block the plan. Analysts at the port expect traffic from the northern ferries to double by 2030.',
      attributions: [
        { source: 'Ida Roe', cue: 'asking', content: 'him to block the plan' },
        { source: 'Analysts at the port', cue: 'expect', content: 'traffic from the northern ferries to double by 2030' },
      ],
    },
    {
      name: 'a participle right after a document noun (`a statement posted on …`) describes it; the verb after it is the cue',
      text: 'A statement posted on the ferry company’s website said that sailings would resume on Monday.',
      attributions: [{ source: 'A statement posted on the ferry company’s website', cue: 'said', content: 'that sailings would resume on Monday' }],
    },
    {
      name: 'a commitment’s infinitive after a bare day name (`promised Monday to …`)',
      text: 'The ferry chief promised Monday to restore the winter timetable.',
      attributions: [{ source: 'The ferry chief', cue: 'promised', content: 'to restore the winter timetable' }],
    },
    {
      name: 'a cue in a free relative inside the clause (`what polls show is …`) is subordinate and covers the sentence only as most of it',
      text: 'After weeks of talks with the unions and the port board over the new winter timetable, the ferry chief wants to protect what the surveys show is a lead.',
      attributions: [{ source: 'the surveys', cue: 'show' }],
      statements: ['unattributed'],
    },
    {
      name: 'the second verb of a relative clause (`who toured … and said …`) is subordinate, and its content ends at the clause’s comma',
      text: 'Ida Roe, who toured the quay in June and said she would back the ferry plan, did not attend the vote.',
      attributions: [{ source: 'Ida Roe', cue: 'said', content: 'she would back the ferry plan' }],
      statements: ['unattributed'],
    },
    {
      name: 'a subordinate cue’s that-clauses joined by `, and that` are one content',
      text: 'The board delayed the vote after the harbour engineer warned that the pier was cracking, and that repairs would take a year.',
      attributions: [{ source: 'the harbour engineer', cue: 'warned', content: 'that the pier was cracking, and that repairs would take a year' }],
      statements: ['claimed-by-party'],
    },
    {
      name: 'after an auxiliary, the participle opening the phrase before `who` is the main verb, not part of the antecedent',
      text: 'The closure has angered ferry pilots, who called for the pier to reopen.',
      attributions: [{ source: 'ferry pilots', cue: 'called for', content: 'the pier to reopen' }],
    },
    {
      name: 'an -ly noun (`family`) is no adverb before the cue',
      text: 'A member of the family said the ferry was late.',
      attributions: [{ source: 'A member of the family', cue: 'said' }],
    },
    {
      name: 'a scare-quoted verb (`Roe “bristled” and said`) ends the subject of the coordinated cue; an outlet tag after it is via',
      text: 'After the vote, Ida Roe “bristled” and said, “No comment,” the Harbour Post reported.',
      attributions: [{ source: 'Ida Roe', cue: 'said', content: '“No comment,”', via: 'the Harbour Post' }],
    },
    {
      name: 'an -ing cue after `with` and a short phrase (`ended with Maddow asking`) has that phrase as its subject',
      text: 'The interview ended with Ida Roe asking the mayor whether she would run again.',
      attributions: [{ source: 'Ida Roe', cue: 'asking', content: 'whether she would run again' }],
    },
    {
      name: 'the subject of a relative clause before a casting participle still speaks (`which friends described as …`)',
      text: 'The ferry line, which pilots described as “a floating ruin,” closed in May.',
      attributions: [{ source: 'pilots', cue: 'described' }],
    },
    {
      name: 'a participle right after the object of `on` has the clause’s subject; a connective set off inside the verb phrase (`has, however, revealed`) is skipped',
      text: 'Ida Roe answered the question on Facebook writing, “Yes, I will.” A harbour poll of voters has, however, revealed that most want the ferry back.',
      attributions: [
        { source: 'Ida Roe', cue: 'writing', content: '“Yes, I will.”' },
        { source: 'A harbour poll of voters', cue: 'revealed', content: 'that most want the ferry back' },
      ],
    },
    {
      name: 'after `to`, a document or recording that shows something is its own source (`respond to videos showing …`)',
      text: 'Both councillors had to respond to videos showing that they backed the toll.',
      attributions: [{ source: 'videos', cue: 'showing', kind: 'unidentified' }],
    },
  ],
})
