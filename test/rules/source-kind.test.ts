import { it } from 'vitest'
import { RuleTester } from '../helpers/rule-tester.js'

new RuleTester().run('source-kind', {
  valid: [
    'The regulator fined the mill in March.',
    { name: 'a document word used as an adjective (`his brief stint`) makes no document source', text: 'In his brief stint, the harbour master grew popular with the pilots.' },
  ],
  invalid: [
    {
      name: '`someone` or `another person`, with no role at all, is unidentified',
      text: 'Someone wrote that the pier was closed. Another person tweeted that the ferry was late.',
      attributions: [
        { source: 'Someone', kind: 'unidentified', anonymous: true, category: 'reported-by-outlet' },
        { source: 'Another person', kind: 'unidentified', category: 'reported-by-outlet' },
      ],
    },
    {
      name: 'a document with a reduced relative clause is its subject’s: `a report the agency published`',
      text: 'The fridge ran at 14 degrees, according to an inspection report the food agency published on Tuesday.',
      attributions: [{ cue: 'according to', kind: 'official', category: 'confirmed-by-official' }],
    },
    {
      name: 'a party’s officials are the party’s; a `whose` clause names no role; local radio is an outlet',
      text: "A senior Liberal official said the leadership would meet. “My son was ill,” said Ana Roe, whose son was taken to Vell General Hospital. She added that she was angry. Local radio reported that a second school had closed.",
      attributions: [
        { source: 'A senior Liberal official', cue: 'said', kind: 'party', category: 'claimed-by-party' },
        { source: 'Ana Roe', cue: 'said', kind: 'party' },
        { source: 'She', cue: 'added', kind: 'party' },
        { source: 'Local radio', cue: 'reported', kind: 'outlet', category: 'reported-by-outlet' },
      ],
    },
    {
      name: 'an office held for a closed term (`from 2009 to 2014`, `2001-2005`) makes a former office-holder, a party; dates in the content do not',
      text: 'Ida Roe, the port commissioner from 2009 to 2014, said the pier was unsafe. She added that repairs were overdue. Tom Hale, finance minister 2001-2005, said the budget was wrong. The harbour commissioner said traffic grew from 2009 to 2014.',
      attributions: [
        { source: 'Ida Roe', cue: 'said', kind: 'party', category: 'claimed-by-party' },
        { source: 'She', cue: 'added', kind: 'party' },
        { source: 'Tom Hale', cue: 'said', kind: 'party' },
        { source: 'The harbour commissioner', cue: 'said', kind: 'official', category: 'confirmed-by-official' },
      ],
    },
    {
      name: 'an office word after `for` in a capitalised name is the body’s cause (`Center for Justice`); the CDC is a public body',
      text: 'The Harlow Center for Justice noted that ad spending had doubled. The Centers for Disease Control and Prevention said the outbreak was over.',
      attributions: [
        { source: 'The Harlow Center for Justice', kind: 'party', category: 'claimed-by-party' },
        { source: 'The Centers for Disease Control and Prevention', kind: 'official', category: 'confirmed-by-official' },
      ],
    },
    {
      name: 'a name right before an outlet noun names that outlet later in the story',
      text: 'An exit poll for the KVN network shows Roe ahead. KVN projects that Roe will win.',
      attributions: [
        { source: 'An exit poll for the KVN network', cue: 'shows', kind: 'outlet' },
        { source: 'KVN', cue: 'projects', kind: 'outlet', category: 'reported-by-outlet' },
      ],
    },
    {
      name: 'the IG is an inspector general, official; someone who works as a secretary holds a clerical job',
      text: "The IG report found that no one searched the files. ''He is wrong,'' said Ana Leon, who works as a secretary.",
      attributions: [
        { source: 'The IG report', cue: 'found', kind: 'official' },
        { source: 'Ana Leon', cue: 'said', kind: 'party' },
      ],
    },
    {
      name: 'an office of a public possessor is a public body; a politician’s office is not',
      text: "An analysis by the city's planning office found that rents rose. His office said the plan was dead.",
      attributions: [
        { source: "An analysis by the city's planning office", cue: 'found', kind: 'official' },
        { source: 'His office', cue: 'said', kind: 'party' },
      ],
    },
    {
      name: 'records of a city, county or court are official documents',
      text: 'According to city records, rents rose 40 percent. Court records show that the firm paid the fine.',
      attributions: [
        { source: 'city records', cue: 'According to', kind: 'official', category: 'confirmed-by-official' },
        { source: 'Court records', cue: 'show', kind: 'official', category: 'confirmed-by-official' },
      ],
    },
    {
      name: 'an official-sounding role of a side’s body is a party; someone who left a public body no longer speaks for it',
      text: "Joan Prentice, secretary of the Harwick Rovers Supporters' Club, said fans were angry. Mira Sand, an engineer who left the port authority last year, said the cranes were unsafe. The press secretary for the campaign said the vote was fair.",
      attributions: [
        { source: 'Joan Prentice', cue: 'said', kind: 'party' },
        { source: 'Mira Sand', cue: 'said', kind: 'party' },
        { source: 'The press secretary for the campaign', cue: 'said', kind: 'party' },
      ],
    },
    {
      name: 'a name introduced by a website or station word is an outlet later too; a team captain is a party',
      text: 'Rovers captain: “We let the manager down”\n\nThe sports website Touchline24 broke the news. According to Touchline24, the players had complained.',
      attributions: [
        { source: 'Rovers captain', cue: ':', kind: 'party', category: 'claimed-by-party' },
        { source: 'Touchline24', cue: 'According to', kind: 'outlet', category: 'reported-by-outlet' },
      ],
    },
    {
      name: 'lawyers for a public body with a name of several words are official',
      text: "Lawyers for Leith's Competition Authority told the court that the firms had fixed prices.",
      attributions: [{ source: "Lawyers for Leith's Competition Authority", cue: 'told', kind: 'official', category: 'confirmed-by-official' }],
    },
    {
      name: 'an outlet joined to a pollster by a hyphen names the outlet’s poll; two firms joined stay a party',
      text: 'A new KTV-Marlow poll shows Roe ahead. A Marlow-Dunn poll shows Hale ahead.',
      attributions: [
        { source: 'A new KTV-Marlow poll', cue: 'shows', kind: 'outlet', category: 'reported-by-outlet' },
        { source: 'A Marlow-Dunn poll', cue: 'shows', kind: 'party', category: 'claimed-by-party' },
      ],
    },
    {
      name: 'who runs an outlet speaks for its business: a party, not the outlet; its journalists stay the outlet',
      text: 'Harbour TV President Ida Roe said the channel would not pay guests. Tom Hale, the owner of the Leith Courier, said the paper was growing. A Harbour TV host, Ana Ruiz, said the debate was fair.',
      attributions: [
        { source: 'Harbour TV President Ida Roe', cue: 'said', kind: 'party', category: 'claimed-by-party' },
        { source: 'Tom Hale', cue: 'said', kind: 'party', category: 'claimed-by-party' },
        { source: 'A Harbour TV host', cue: 'said', kind: 'outlet', category: 'reported-by-outlet' },
      ],
    },
    {
      name: 'in a title-case headline, capitals mark no names: a modified poll is a document without issuer',
      text: 'New Poll Shows Harbour Levy Losing Support\n\nThe levy was passed in May.',
      attributions: [{ source: 'New Poll', cue: 'Shows', kind: 'unidentified', category: 'reported-by-outlet' }],
    },
    {
      name: 'a governor in a story about a reserve bank is the bank’s governor',
      text: 'The Reserve Bank of Harwick held its rate on Wednesday. Governor Ida Roe told reporters that inflation was too high.',
      attributions: [{ source: 'Governor Ida Roe', kind: 'official', category: 'confirmed-by-official' }],
    },
    {
      name: 'a lawyer takes the kind of the body they represent',
      text: 'A lawyer for the transport ministry said the contract was lawful. Ida Roe’s lawyer said the contract was void.',
      attributions: [
        { source: 'A lawyer for the transport ministry', kind: 'official', category: 'confirmed-by-official' },
        { source: 'Ida Roe’s lawyer', kind: 'party', category: 'claimed-by-party' },
      ],
    },
    {
      name: 'an elected member’s role after a body’s name is a party; a generic outlet word inside a name is no outlet',
      text: 'City Council Speaker Ana Ruiz said the levy failed. The Harbour Action Network says it will spend $50,000. The city council said the levy passed. The network said the levy passed.',
      attributions: [
        { source: 'City Council Speaker Ana Ruiz', kind: 'party' },
        { source: 'The Harbour Action Network', kind: 'party' },
        { source: 'The city council', kind: 'official' },
        { source: 'The network', kind: 'outlet' },
      ],
    },
    {
      name: 'an adviser to a sitting president is official; a role held in the past (`who served as`) makes a party; one who leads a body takes its kind',
      text: 'In a speech, a top adviser to President Ana Ruiz explained why: the levy had failed. “It failed,” said Tom Hale, who served as harbour master until 2019. Ida Roe, who leads the Port Council of Economic Advisers, spoke on Monday. Ms. Roe acknowledged that the levy was hard.',
      attributions: [
        { source: 'a top adviser to President Ana Ruiz', kind: 'official' },
        { source: 'Tom Hale', kind: 'party' },
        { source: 'Ms. Roe', kind: 'official' },
      ],
    },
    {
      name: 'a retired office-holder and a union general secretary are parties; a public health institute is official',
      text: 'Retired Gen. Ida Varga said the drills were cut. “We will strike,” said Piet Hall, general secretary of the Federation of Dock Workers. The national Public Health Institute confirmed that two samples were positive.',
      attributions: [
        { source: 'Retired Gen. Ida Varga', kind: 'party' },
        { source: 'Piet Hall', kind: 'party' },
        { source: 'The national Public Health Institute', kind: 'official', category: 'confirmed-by-official' },
      ],
    },
    {
      name: 'a university department and a business council are no public bodies; a health department is',
      text: 'Ida Roe, chair of the history department at Leith College, said the archive was lost. Tom Hale, head of policy at the Business Council of Leith, said the levy was wrong. The health department said cases rose.',
      attributions: [
        { source: 'Ida Roe', kind: 'party' },
        { source: 'Tom Hale', kind: 'party' },
        { source: 'The health department', kind: 'official' },
      ],
    },
    {
      name: '`opposition` before an outlet word is a stance of the outlet, not a party role',
      text: 'Opposition news site Harbour Live said the crowd was larger. Opposition lawmakers said the count was rigged.',
      attributions: [
        { source: 'Opposition news site Harbour Live', kind: 'outlet', category: 'reported-by-outlet' },
        { source: 'Opposition lawmakers', kind: 'party' },
      ],
    },
    {
      name: 'outlets listed in lower case match lower-case text: state media is an outlet, state television a via',
      text: 'The dam was closed, according to state media. The minister told state television that the dam was safe.',
      attributions: [
        { source: 'state media', kind: 'outlet', category: 'reported-by-outlet' },
        { source: 'The minister', via: 'state television', kind: 'official', category: 'confirmed-by-official' },
      ],
    },
    {
      name: 'court filings name no issuer (unidentified); an order is issued by a court or a government (official)',
      text: 'According to court filings, the engineer warned supervisors in 2019. The claim "lacks any support," the order released Friday said.',
      attributions: [
        { source: 'court filings', kind: 'unidentified', category: 'reported-by-outlet' },
        { source: 'the order released Friday', kind: 'official', category: 'confirmed-by-official' },
      ],
    },
    {
      name: 'a police union speaks as a side, not as the police',
      text: '"The order is unlawful," said Dale Rook, president of the Harlow Police Patrolmen’s Association.',
      attributions: [{ source: 'Dale Rook', kind: 'party', category: 'claimed-by-party' }],
    },
    {
      name: 'a name introduced as a tech site or news website is an outlet when it speaks later',
      text: 'The leak was first reported by the tech site Pixelwire. Pixelwire said the files had been online for weeks.',
      attributions: [
        { source: 'the tech site Pixelwire', kind: 'outlet', category: 'reported-by-outlet' },
        { source: 'Pixelwire', kind: 'outlet', category: 'reported-by-outlet' },
      ],
    },
    {
      name: 'a document takes the kind of the issuer or commissioner named right after it with `from` or `for`',
      text: 'Ferries were cancelled, according to figures from the Transport Ministry. Most riders back the tram, a poll for the Kestrel Courier found.',
      attributions: [
        { source: 'figures from the Transport Ministry', kind: 'official', category: 'confirmed-by-official' },
        { source: 'a poll for the Kestrel Courier', kind: 'outlet', category: 'reported-by-outlet' },
      ],
    },
    {
      name: 'an acronym outlet keeps its capitals in the possessive, so its journalist is an outlet source',
      text: 'ABC’s Mara Lind said the count was slow. Lind said the result was near.',
      attributions: [
        { source: 'ABC’s Mara Lind', kind: 'outlet', category: 'reported-by-outlet' },
        { source: 'Lind', kind: 'outlet', category: 'reported-by-outlet' },
      ],
    },
    {
      name: 'a county attorney and an elections office are public; a candidate’s communications director and the networks are not',
      text: 'County attorney Ida Penn said the county would appeal. The elections office said it was counting. Varga communications director Tom Reyes said the race was close. Varga wins, networks project',
      attributions: [
        { source: 'County attorney Ida Penn', kind: 'official', category: 'confirmed-by-official' },
        { source: 'The elections office', kind: 'official', category: 'confirmed-by-official' },
        { source: 'Varga communications director Tom Reyes', kind: 'party', category: 'claimed-by-party' },
        { source: 'networks', kind: 'outlet', category: 'reported-by-outlet' },
      ],
    },
    {
      name: 'a participle may stand between a document and the outlet it was made for',
      text: 'Exit polls conducted for the Kestrel Courier showed that transit was the top issue.',
      attributions: [{ source: 'Exit polls conducted for the Kestrel Courier', kind: 'outlet', category: 'reported-by-outlet' }],
    },
    { text: 'The port authority said the ferry would resume.', attributions: [{ source: 'The port authority', kind: 'official', anonymous: false, category: 'confirmed-by-official' }] },
    { text: 'People familiar with the matter said the deal was close.', attributions: [{ kind: 'unidentified', anonymous: true, category: 'reported-by-outlet' }] },
    { text: 'Reuters reported that the bridge was unsafe.', attributions: [{ kind: 'outlet', category: 'reported-by-outlet' }] },
    { text: 'The mayor said the fee was fair.', attributions: [{ source: 'The mayor', kind: 'party', anonymous: true, category: 'claimed-by-party' }] },
    {
      name: 'a document only a public body issues is official without a named issuer; other documents stay unidentified',
      text: '“The county cannot purge voters for staying home,” said the ruling. “Turnout fell,” said the report.',
      attributions: [
        { source: 'the ruling', kind: 'official', category: 'confirmed-by-official' },
        { source: 'the report', kind: 'unidentified', category: 'reported-by-outlet' },
      ],
    },
    {
      name: 'an organisation the text describes as a body of governments is intergovernmental, also when referred back to',
      text: 'The Coastal Fisheries Organisation, which groups six member states, said quotas would fall. Tollen filed a complaint with the Northern Water Organisation, which arbitrates between its member governments. The organisation confirmed that it had received the complaint.',
      attributions: [
        { source: 'The Coastal Fisheries Organisation', kind: 'official', category: 'confirmed-by-official' },
        { source: 'The organisation', kind: 'official', category: 'confirmed-by-official' },
      ],
    },
    {
      name: 'an organisation described otherwise stays a party',
      text: 'Tollen filed a complaint with the Harbour Users Organisation, which speaks for ferry passengers. The organisation confirmed that it had received the complaint.',
      attributions: [{ source: 'The organisation', kind: 'party' }],
    },
    {
      name: 'a bare title or a possessor takes the kind of the earlier source the text qualified with the same word',
      text: 'Rates may fall by spring, central bank governor says\nGovernor Ada Holm said inflation was cooling. The bank’s rate committee said it would wait.',
      attributions: [
        { source: 'central bank governor', kind: 'official' },
        { source: 'Governor Ada Holm', kind: 'official', category: 'confirmed-by-official' },
        { source: 'The bank’s rate committee', kind: 'official', category: 'confirmed-by-official' },
      ],
    },
    {
      name: 'a governor with no central bank before stays a party',
      text: 'Governor Ada Holm said the levy would rise.',
      attributions: [{ source: 'Governor Ada Holm', kind: 'party', category: 'claimed-by-party' }],
    },
    {
      name: 'an official with a claim cue is claimed-by-party',
      text: 'Officials insisted that the levee would hold.',
      attributions: [{ kind: 'official', stance: 'claim', category: 'claimed-by-party' }],
    },
    {
      name: 'with the rule off an unknown kind falls back to party',
      text: 'Officials said the harbour would close on Friday.',
      options: { rules: { 'source-kind': 'off' } },
      attributions: [{ source: 'Officials', kind: 'party', category: 'claimed-by-party' }],
    },
  ],
})

it.todo('source-kind: "a Treasury official" is anonymous (no person named), but the capitalised body makes it anonymous: false ("The levy will rise next year, a Treasury official told Reuters.")')
new RuleTester().run('source-kind (institutions)', {
  valid: [],
  invalid: [
    {
      name: 'police is an institution, its own name: not anonymous',
      text: 'Police said the bridge was unsafe.',
      attributions: [{ source: 'Police', kind: 'official', anonymous: false }],
    },
    {
      name: 'a `Bank of X` name is the central bank (official) in a story that speaks of a central bank, and a company otherwise',
      text: 'The Bank of Vessland held rates and said it expected a cut by spring. The central bank meets again in May.',
      attributions: [{ source: 'The Bank of Vessland', kind: 'official', category: 'confirmed-by-official' }],
    },
    {
      name: 'in a story about a central bank, Governor is its governor, and a later surname label takes that kind',
      text: 'The central bank held rates on Thursday.\n\n“Prices are cooling,” Governor Mira Stahl told reporters.\n\nSTAHL: We will act when the data tell us to.',
      attributions: [
        { source: 'Governor Mira Stahl', kind: 'official' },
        { source: 'STAHL', kind: 'official' },
      ],
    },
    {
      name: 'state television is an outlet in lower case, also before a cue it could be read as (`state`); customs is a public body',
      text: 'The crossing will reopen on Friday, state television reported. Trade fell by half in April, according to customs data.',
      attributions: [
        { source: 'state television', kind: 'outlet', category: 'reported-by-outlet' },
        { source: 'customs data', kind: 'official', category: 'confirmed-by-official' },
      ],
    },
    {
      name: 'state data are official, also after a comma where `state` could be read as a cue',
      text: 'Vaccination rates in the county have fallen to 86 percent, state data show.',
      attributions: [{ source: 'state data', cue: 'show', kind: 'official', category: 'confirmed-by-official' }],
    },
    {
      name: '`the WHO` is the organisation, not a relative pronoun',
      text: 'The WHO said the outbreak in the port was under control.',
      attributions: [{ source: 'The WHO', cue: 'said', kind: 'official', category: 'confirmed-by-official' }],
    },
    {
      name: 'a document noun in -ing after a determiner is the subject: only a court rules, so it is official',
      text: 'The ruling said the port authority had failed to consult the fishermen.',
      attributions: [{ source: 'The ruling', cue: 'said', kind: 'official', category: 'confirmed-by-official' }],
    },
    {
      name: 'a document in an outlet is the outlet’s; a poll in a place has no issuer',
      text: 'A report in the Harbour Gazette said the pier was unsafe. Recent polls in Korsland show Ruiz ahead.',
      attributions: [
        { source: 'A report in the Harbour Gazette', kind: 'outlet', category: 'reported-by-outlet' },
        { source: 'Recent polls in Korsland', kind: 'unidentified', category: 'reported-by-outlet' },
      ],
    },
    {
      name: 'a capitalised name ending in Board is a public body',
      text: 'The Product Safety Board said it was gathering information.',
      attributions: [{ source: 'The Product Safety Board', kind: 'official', category: 'confirmed-by-official' }],
    },
    {
      name: 'an outlet listed with `the` and a capital counts when the name is capitalised',
      text: 'The professor was flying to a conference, the Guardian reported.',
      attributions: [{ source: 'the Guardian', kind: 'outlet', category: 'reported-by-outlet' }],
    },
    {
      name: 'a document takes the kind of the issuer named in its appositive, and an unknown issuer is a side',
      text: 'The petition, signed by 30 harbour pilots, says the channel is too shallow. The lawsuit, filed by two fishing families, says the dredging killed their catch.',
      attributions: [
        { source: 'The petition', kind: 'party', category: 'claimed-by-party' },
        { source: 'The lawsuit', kind: 'party', category: 'claimed-by-party' },
      ],
    },
    {
      name: 'the organs of a central bank speak for it, even when their own word is a party role',
      text: 'The central bank of Orvia kept rates on hold. In a statement, the bank’s policy committee noted that wages were still rising fast.',
      attributions: [{ source: 'the bank’s policy committee', kind: 'official', category: 'confirmed-by-official' }],
    },
    {
      name: 'a state epidemiologist is a public functionary; an unknown `Signal` masthead is an outlet',
      text: 'Dr. Nia Brook, the state epidemiologist, told the Evening Signal that cases were rising.',
      attributions: [{ source: 'Dr. Nia Brook', kind: 'official', via: 'the Evening Signal', category: 'confirmed-by-official' }],
    },
    {
      text: 'The Bank of Ardent said its profits rose. The bank plans to open new branches.',
      attributions: [{ source: 'The Bank of Ardent', kind: 'party', category: 'claimed-by-party' }],
    },
    {
      name: '`Vice` before a role is the role’s prefix, not the outlet Vice',
      text: 'Vice-Chancellor Ida Roe told the Courier that the campus would reopen. Vice Admiral Piet Hall said the fleet was ready.',
      attributions: [
        { source: 'Vice-Chancellor Ida Roe', cue: 'told', kind: 'party', via: 'the Courier' },
        { source: 'Vice Admiral Piet Hall', cue: 'said', kind: 'official' },
      ],
    },
    {
      name: 'an official `with knowledge of` something has access to information; the official stays official',
      text: 'An official with knowledge of the inquiry said the pier would stay shut. A manager with the ferry company said the timetable would change.',
      attributions: [
        { source: 'An official with knowledge of the inquiry', cue: 'said', kind: 'official', anonymous: true },
        { source: 'A manager with the ferry company', cue: 'said', kind: 'party' },
      ],
    },
    {
      name: 'special districts are public bodies and a state scientist holds a public post',
      text: 'The blaze had burned 900 acres, according to the Marlow Fire Protection District. State geologist Ida Roe said the slope was unstable.',
      attributions: [
        { source: 'the Marlow Fire Protection District', cue: 'according to', kind: 'official' },
        { source: 'State geologist Ida Roe', cue: 'said', kind: 'official' },
      ],
    },
    {
      name: 'the leader of a council is an elected member (party); a newspaper story with no issuer named is a document only the outlet vouches for',
      text: 'Council leader Ida Roe said the libraries would close. The story said the mayor had known for months.',
      attributions: [
        { source: 'Council leader Ida Roe', cue: 'said', kind: 'party' },
        { source: 'The story', cue: 'said', kind: 'unidentified' },
      ],
      statements: ['claimed-by-party', 'reported-by-outlet'],
    },
    {
      name: 'a compound document noun before `from` is the subject’s head, not a verb',
      text: 'An agency inspection report from 2022 found corrosion at the base of two tanks.',
      attributions: [{ source: 'An agency inspection report from 2022', cue: 'found', kind: 'official' }],
    },
    {
      name: 'a court’s judgment is an official document that finds; a body that emails an article reporting something is its source',
      text: 'The court’s written judgment found that the harbour fees were unlawful. The ferry union, in its weekly bulletin, emailed a news article reporting that the pier would close.',
      attributions: [
        { source: 'The court’s written judgment', cue: 'found', kind: 'official' },
        { source: 'The ferry union', cue: 'reporting', kind: 'party' },
      ],
    },
    {
      name: 'an embassy or a consulate is a government body',
      text: 'The Danish embassy in Leith said two of its citizens were on the ferry.',
      attributions: [{ source: 'The Danish embassy in Leith', cue: 'said', kind: 'official' }],
    },
    {
      name: 'a candidacy after a body’s name (`White House hopeful`) names the office sought: a party',
      text: 'White House hopeful Ida Roe said the ferry plan was weak.',
      attributions: [{ source: 'White House hopeful Ida Roe', cue: 'said', kind: 'party', category: 'claimed-by-party' }],
    },
    {
      name: 'anonymity after an occupation or group (`senior academics`) keeps it a party; after a generic `people` it is unidentified',
      text: 'Three senior academics, who spoke on condition of anonymity, said the fund was empty. Two people, who spoke on condition of anonymity, said the fund was empty.',
      attributions: [
        { source: 'Three senior academics', cue: 'said', kind: 'party' },
        { source: 'Two people', cue: 'said', kind: 'unidentified' },
      ],
    },
    {
      name: 'a document the appositive mentions (`whose grant is listed in the audit`) is no role of the source',
      text: 'Ida Roe, a chemist whose grant is listed in the audit, said the lab had waited a year.',
      attributions: [{ source: 'Ida Roe', cue: 'said', kind: 'party', category: 'claimed-by-party' }],
    },
    {
      name: 'a university and its staff are a party; an outlet among a poll’s joint sponsors makes it a news poll',
      text: 'The university’s finance director said the budget was fine. Fares rose 4%, according to a Harlow University/Reuters poll.',
      attributions: [
        { source: 'The university’s finance director', cue: 'said', kind: 'party' },
        { source: 'a Harlow University/Reuters poll', cue: 'according to', kind: 'outlet' },
      ],
    },
    {
      name: 'a director-general is an official role; a masthead word with a possessive (`The Harbour Post’s`) names the outlet',
      text: 'The aviation authority grounded the jets. Its director-general, Tomas Oyelaran, told reporters that checks would follow. The Harbour Post’s Ida Roe wrote that more checks were due.',
      attributions: [
        { source: 'Its director-general', cue: 'told', kind: 'official' },
        { source: 'The Harbour Post’s Ida Roe', cue: 'wrote', kind: 'outlet' },
      ],
    },
    {
      name: 'a name with no role of its own writing at or for an outlet is its writer (no via); a senator writing in a paper keeps the paper as via',
      text: 'Ida Roe, writing at Mediaite, said the ferry plan was weak. “It will sink,” she wrote. Sen. Tom Hall wrote in the Guardian that the plan was sound.',
      attributions: [
        { source: 'Ida Roe', cue: 'said', kind: 'outlet', via: null },
        { source: 'she', cue: 'wrote', kind: 'outlet' },
        { source: 'Sen. Tom Hall', cue: 'wrote', kind: 'party', via: 'the Guardian' },
      ],
    },
    {
      name: 'a program is a broadcast only after a broadcast word or a name (`the literacy program` is no outlet); `director at X` takes X’s kind',
      text: 'Ida Roe, director of the harbour literacy program, said classes would resume. Ida Roe said on her radio program that fares would rise. “It is slow,” Tom Hall, the ferry programme director at the Harbour Rights Trust, said.',
      attributions: [
        { source: 'Ida Roe', cue: 'said', kind: 'party' },
        { source: 'Ida Roe', cue: 'said', via: 'her radio program' },
        { source: 'Tom Hall', cue: 'said', kind: 'party' },
      ],
    },
    {
      name: 'more federal agencies are official bodies (`GSA spokeswoman`, `the Coast Guard`)',
      text: 'GSA spokeswoman Ida Roe noted that the lease had expired. The Coast Guard said the ferry sank.',
      attributions: [
        { source: 'GSA spokeswoman Ida Roe', cue: 'noted', kind: 'official' },
        { source: 'The Coast Guard', cue: 'said', kind: 'official' },
      ],
    },
  ],
})
