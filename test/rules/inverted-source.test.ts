import { RuleTester } from '../helpers/rule-tester.js'

new RuleTester().run('inverted-source', {
  valid: [
    { name: 'a participle phrase after a comma is no subject of an inverted tag', text: 'The mayor toured the coast, racing from ferry piers to interviews on the morning news shows.' },
    { name: 'a lone connective or time word before a subject is no inverted content (`Now, X has responded …`)', text: 'Now, Ida Roe has responded to the mayor’s letter. Meanwhile, the union wrote to the board.' },
    { name: 'a short time before the subject is no inverted content', text: 'At 00:40, Montes conceded.\n\n00:55 – Hale has conceded.' },
    { name: 'after a verb that takes an object, a phrase naming no one is its object, not a postposed source', text: 'The companies, Varrow Pharma, Kestel Labs and Orbis Generics, deny the charges.' },
    { name: 'a headline clause after a comma is no tag, though it ends in an -s word', text: 'Roe, Hall clash over harbour emails.\n\nThe board met on Monday.' },
    { name: 'a plural noun after a verb’s object is no tag', text: 'The group was blamed for planning the 9/11 attacks.' },
    'The pier, the barges and the cranes were sold.',
    { name: 'a fronted `Asked` opens a participle clause, not a tag', text: 'Asked about the levy, Ida Varga shrugged.' },
    { name: 'a fronted tag needs a quotation after its source', text: 'Said to be the oldest pier on the coast, the jetty closed.' },
  ],
  invalid: [
    {
      name: 'a dash before a noun phrase after the tag opens the writer’s comment; a wire dateline is left out of the content',
      text: 'KESSEL --  Ferry fares will rise this year, the port authority reported on Tuesday -- a change that will hit commuters.',
      attributions: [{ source: 'the port authority', cue: 'reported', content: 'Ferry fares will rise this year', kind: 'official' }],
    },
    {
      name: 'a short phrase opening on a preposition is no inverted content: the verb after the subject takes its own',
      text: 'In his brief remarks, the mayor praised the crew.',
      attributions: [{ source: 'the mayor', cue: 'praised', content: 'the crew', ruleId: 'subject-source' }],
    },
    {
      name: 'a connective before a parenthetical tag belongs to the content',
      text: 'Still, Ida Roe told reporters, the pier would stay open.',
      attributions: [{ source: 'Ida Roe', cue: 'told', content: ['Still', 'the pier would stay open'] }],
    },
    {
      name: 'a short answer before the tag is content',
      text: 'The ferry will not sail on Sunday. Sorry, Ida Roe said.',
      attributions: [{ source: 'Ida Roe', cue: 'said', content: 'Sorry' }],
    },
    {
      name: 'a short phrase before a parenthetical tag still makes the rest of the sentence its content',
      text: 'In the end, Ida Roe said, the debate over the pier was unfair.',
      attributions: [{ source: 'Ida Roe', cue: 'said', content: ['In the end', 'the debate over the pier was unfair'] }],
    },
    {
      name: 'verbs of saying in a manner tag a quotation; without one they are no speech',
      text: '“This is fantastic!” beamed Tom Hale of Leith. “We won,” she sighed. The ferry horn boomed overhead.',
      attributions: [
        { source: 'Tom Hale of Leith', cue: 'beamed', content: '“This is fantastic!' },
        { source: 'she', cue: 'sighed' },
      ],
    },
    {
      name: 'a short phrase and an -ing participle between commas are the subject, not inverted content',
      text: 'A port official, speaking on condition of anonymity, said the report, due on Friday, would blame the pilots.',
      attributions: [{ source: 'A port official', cue: 'said', kind: 'official', category: 'confirmed-by-official' }],
    },
    {
      name: 'a quantity of things after a cue is its object, not a postposed source',
      text: 'Speaking on Harbour FM last week, Ida Roe said her band and the cellist Tom Hale, known as Foghorn, wrote a host of new songs for the album.',
      attributions: [{ source: 'Ida Roe', cue: 'said', kind: 'party', category: 'claimed-by-party' }],
    },
    {
      name: 'a quantity of people after a cue is a postposed source',
      text: 'The ferry will not sail again, said a handful of harbour officials.',
      attributions: [{ source: 'a handful of harbour officials', cue: 'said', kind: 'official' }],
    },
    {
      name: 'an adverbial clause after the tag closes it',
      text: '“The tide gauges failed,” Ida Roe, an engineer with the port, wrote after the flood report was published.',
      attributions: [{ source: 'Ida Roe', cue: 'wrote', content: '“The tide gauges failed' }],
    },
    {
      name: 'an acronym ending in TV or FM is a station',
      text: 'Crews covered the engine in foam, RTV Leith reported.',
      attributions: [{ source: 'RTV Leith', cue: 'reported', kind: 'outlet', category: 'reported-by-outlet' }],
    },
    {
      name: 'a tag after a closed quotation that opens a quotation of its own is not the closed one’s',
      text: 'Ida Roe said, “We will see.” Tom Hale then asked, “With what money?”',
      attributions: [
        { source: 'Ida Roe', cue: 'said', content: '“We will see.”' },
        { source: 'Tom Hale', cue: 'asked', content: '“With what money?”' },
      ],
    },
    {
      name: 'an -s cue closing the sentence after a comma and a determiner or a name is a tag, not a plural noun',
      text: 'Thieves took the gold mask on Sunday, the Tribune reports. Two guards were hurt, the newspaper reports.',
      attributions: [
        { source: 'the Tribune', cue: 'reports', kind: 'outlet', category: 'reported-by-outlet' },
        { source: 'the newspaper', cue: 'reports', kind: 'outlet', category: 'reported-by-outlet' },
      ],
    },
    {
      name: 'a bare role after one modifier is a postposed source; a phrase opening with a preposition is not',
      text: 'Storm forces hundreds from homes, says county fire service\n\nThe river kept rising. “It is a propaganda arm,” Ida Roe said of KTV.',
      attributions: [
        { source: 'county fire service', cue: 'says', kind: 'official' },
        { source: 'Ida Roe', cue: 'said' },
      ],
    },
    {
      name: 'a cue that takes a clause as well as a noun inverts before a name',
      text: 'The port will reopen before the summer, predicted Ida Roe, the former harbour master.',
      attributions: [{ source: 'Ida Roe', cue: 'predicted', content: 'The port will reopen before the summer' }],
    },
    {
      name: 'an earlier quotation with its own tag is not the later tag’s content',
      text: '“The pier is old,” she said, but despite the cost, “we will mend it,” said Ida Roe.',
      attributions: [
        { source: 'she', cue: 'said', content: '“The pier is old' },
        { source: 'Ida Roe', cue: 'said', content: '“we will mend it' },
      ],
    },
    {
      name: 'a fronted tag with a longer description before the colon; a headline tag with a bare role after it',
      text: 'Four pilots are safe, says rescue chief\n\nSaid Ida Roe, whose son Tom, 23, is among the crew: “We were told to wait. We waited.”',
      attributions: [
        { source: 'rescue chief', cue: 'says', kind: 'official', content: 'Four pilots are safe' },
        { source: 'Ida Roe', cue: 'Said', kind: 'party', content: '“We were told to wait. We waited.”' },
      ],
    },
    {
      name: 'a parenthetical aside after an inverted source is no part of it',
      text: "However fair the aim, raising the levy ''is the wrong tool,'' said Mr. Hale (a view shared by every pilot I met).",
      attributions: [{ source: 'Mr. Hale', cue: 'said' }],
    },
    {
      name: 'a fronted tag before its source: the quotation after the colon or comma is its content',
      text: 'Fishermen were angry. Said Piet Hall, a trawler captain: “Nobody asked us. Nobody ever does.” Added the port director, “The pier stays shut.”',
      attributions: [
        { source: 'Piet Hall', cue: 'Said', kind: 'party', content: '“Nobody asked us. Nobody ever does.”', category: 'claimed-by-party' },
        { source: 'the port director', cue: 'Added', kind: 'official', content: '“The pier stays shut.”' },
      ],
    },
    {
      name: 'after a quotation, a name and appositive told an outlet: the name speaks, the outlet is the via',
      text: '“You can see daylight through the boards,” Piet Hall, a fisherman, told the Harbour Gazette. “It’s been like that for years,” his neighbour, Ida Varga, told reporters.',
      attributions: [
        { source: 'Piet Hall', cue: 'told', kind: 'party', via: 'the Harbour Gazette', category: 'claimed-by-party' },
        { source: 'his neighbour', cue: 'told', kind: 'party', via: null },
      ],
    },
    {
      name: 'a medium after the postposed name: a platform is dropped, an outlet is the via',
      text: 'The ferry will run again in May, wrote Ida Varga on Facebook. The pier will stay shut, said Tomas Brenner on Radio Dune.',
      attributions: [
        { source: 'Ida Varga', cue: 'wrote', via: null },
        { source: 'Tomas Brenner', cue: 'said', via: 'Radio Dune' },
      ],
    },
    {
      name: 'a lower-case title before a name after the cue',
      text: 'The pier had been closed for weeks, said film director Osman Laban, who shot a documentary there.',
      attributions: [{ source: 'film director Osman Laban', cue: 'said', kind: 'party', content: 'The pier had been closed for weeks' }],
    },
    {
      name: 'an evidential verb after a comma does not invert: its subject stays before it',
      text: 'The survey, carried out for the Harbour Courier, found 52 percent in favour and 40 percent against.',
      attributions: [{ source: 'The survey', cue: 'found', content: '52 percent in favour and 40 percent against', ruleId: 'subject-source' }],
    },
    {
      name: 'an addressee and a place adjunct after an inverted tag',
      text: 'Orders slowed in the spring, chief executive Hanna Vik told analysts on a conference call.',
      attributions: [{ source: 'chief executive Hanna Vik', cue: 'told', content: 'Orders slowed in the spring', via: null }],
    },
    {
      name: 'a document with modifiers before the cue is the source',
      text: 'The depot had nine unlocked servers, the state audit report said.',
      attributions: [{ source: 'the state audit report', cue: 'said', content: 'The depot had nine unlocked servers', ruleId: 'inverted-source' }],
    },
    {
      name: '`late` or `early` before the day after an inverted tag',
      text: 'The levy will double, the Harwick Gazette reported late Thursday.',
      attributions: [{ source: 'the Harwick Gazette', cue: 'reported', content: 'The levy will double', ruleId: 'inverted-source' }],
    },
    {
      name: 'quote, source, cue',
      text: '“We will not back down,” the mayor said.',
      attributions: [{ source: 'the mayor', cue: 'said', kind: 'party', quote: 'direct', category: 'claimed-by-party', ruleId: 'inverted-source' }],
    },
    {
      name: 'quote, cue, source with an appositive',
      text: '“We will rebuild the pier,” said Ida Varga, the harbour commissioner.',
      attributions: [{ source: 'Ida Varga', cue: 'said', kind: 'official', category: 'confirmed-by-official', quote: 'direct' }],
    },
    {
      name: 'a name between the determiner and a document noun (`the IMF report said`)',
      text: '“The outlook remains very unclear,” the OECD report said.',
      attributions: [{ source: 'the OECD report', cue: 'said', quote: 'direct' }],
    },
    {
      name: 'a name and its appositive before the cue are its subject, not inverted content',
      text: 'But Mira Tallis, senior fellow for school funding at the Tollen Institute for Policy, said parents still want local schools.',
      attributions: [{ source: 'Mira Tallis', cue: 'said', content: 'parents still want local schools', ruleId: 'subject-source' }],
    },
    {
      name: 'a description and the name it introduces before the cue are its subject, not inverted content',
      text: 'Her rival, Mayor Tomas Brenner, said Ida Varga misled the council.',
      attributions: [{ source: 'Her rival', cue: 'said', content: 'Ida Varga misled the council', ruleId: 'subject-source' }],
    },
    {
      name: 'a document word right before the tag, bare in a headline or after an article, is the source',
      text: 'Judge clears way for ferry levy, ruling says\nThe levy will double next year, the ruling found.',
      attributions: [
        { source: 'ruling', cue: 'says', kind: 'official', category: 'confirmed-by-official', content: 'Judge clears way for ferry levy' },
        { source: 'the ruling', cue: 'found', kind: 'official', content: 'The levy will double next year' },
      ],
    },
    {
      name: 'told an outlet: the outlet is via',
      text: 'The levy will rise next year, a Treasury official told Reuters.',
      attributions: [{ source: 'a Treasury official', cue: 'told', via: 'Reuters', kind: 'official', content: 'The levy will rise next year', quote: 'indirect' }],
    },
    {
      name: 'a split quotation is one attribution',
      text: '“The numbers do not add up,” she said, “and everyone knows it.”',
      attributions: [{ source: 'she', cue: 'said', quote: 'direct', content: ['“The numbers do not add up', '“and everyone knows it.”'] }],
    },
    {
      name: 'a quotation opening the sentence keeps its tag whatever follows it',
      text: '“Keep the ferry running,” she said, in a pointed reply to the harbour board and its chairman.',
      attributions: [{ source: 'she', cue: 'said', quote: 'direct', content: '“Keep the ferry running' }],
    },
    {
      name: 'a cue before its source, then a subordinate clause',
      text: '“The levy is a tax on fishermen,” said a dock worker from Norvale when asked about the vote.',
      attributions: [{ source: 'a dock worker from Norvale', cue: 'said', quote: 'direct' }],
    },
    {
      name: 'a speech tag standing alone after the quotation it closes',
      text: '“The ferry will run on time.” Ms. Varga said. The board did not answer.',
      attributions: [{ source: 'Ms. Varga', cue: 'said', quote: 'direct', content: '“The ferry will run on time.”' }],
    },
    {
      name: 'a possessive apostrophe inside the appositive',
      text: '“We will win the harbour seat,” Jan Roe, the Greens’ campaign manager, said in a statement.',
      attributions: [{ source: 'Jan Roe', cue: 'said', quote: 'direct' }],
    },
    {
      name: 'any noun phrase after a cue that follows a sentence-opening quotation',
      text: '“The levy is a scandal,” said another harbour pilot, Jo Bayer.',
      attributions: [{ source: 'another harbour pilot', cue: 'said', quote: 'direct' }],
    },
    {
      name: 'naming in the appositive is no second speech tag',
      text: '“We will march,” said Jo Bayer, the founder of a group called Harbour First, which meets weekly.',
      attributions: [{ source: 'Jo Bayer', cue: 'said', quote: 'direct' }],
    },
    {
      name: 'a heading with an inverted cue',
      text: 'Flood toll rises to 9, officials say\n\nThe river crested overnight.',
      statements: ['confirmed-by-official', 'unattributed'],
    },
    {
      name: 'a gerund after a possessive (`its thinking`) ends the source before a closing `said`, which stays a verb',
      text: 'The ferry line will sell two of its boats, three people familiar with its thinking said.',
      attributions: [{ source: 'three people familiar with its thinking', cue: 'said', kind: 'unidentified', content: 'The ferry line will sell two of its boats' }],
      statements: ['reported-by-outlet'],
    },
    {
      name: 'a tag between a subject and its predicate (`The real problem, says Ida Roe, a historian, is that …`) credits both parts',
      text: 'The real problem, says Ida Roe, a historian, is that the pier is old.',
      attributions: [{ source: 'Ida Roe', cue: 'says', content: ['The real problem', 'is that the pier is old'] }],
    },
  ],
})
