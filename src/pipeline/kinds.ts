/**
 * Source kind from how the text describes a source: the first role, body or
 * outlet word of the phrase decides (`a Pentagon spokesperson` → Pentagon →
 * official; `Clinton campaign official` → campaign → party). Delegates
 * (spokesperson, lawyer for) and documents (poll, report) take the kind of
 * the body named with them.
 */
import type { KindClass } from '../lexicon/compile.js'
import roleData from '../lexicon/data/roles.json'
import { DETERMINERS, PRONOUNS, TIME_WORDS, isCapitalized } from '../lexicon/words.js'
import type { SourceKind } from '../schema.js'
import type { AnnotationContext } from './context.js'
import { COUNSEL, DEPARTED, ELECTED_MEMBERS, FORMER, GENERIC_BODIES, ISSUED, LEADING, NON_PUBLIC, OUTLET_MANAGERS, PARTY_BODIES, SEEKING, STATION_NAME, accessAfter, clericalSecretary, isAcronym, isPossessive, jointOutlet, ledBody, participlePhrase, pastTerm, publicOffice, representedAt, sentenceInitialModifier, titleCaseSentence, writtenAsListed, writtenInCapitals } from './kind-words.js'
import { nounPhraseAfter } from './syntax.js'
import type { TokenRange } from './types.js'

export interface KindDecision {
  kind: SourceKind | null
  anonymous: boolean
  /** The lexicon phrase that decided, for the evidence trail. */
  phrase: string | null
  cls: KindClass | null
  /** The phrase names a person or organisation not in any lexicon. */
  named: boolean
  /** The phrase is a document (poll, report, ruling). */
  document: boolean
}

const OFFICIAL_DOCUMENTS: ReadonlySet<string> = new Set(roleData.officialDocuments)
/** Roles that a party word before them makes the party's: `a Liberal official`. */
const PARTY_OFFICIALS = new Set(['official', 'officials', 'aide', 'aides', 'operative', 'operatives'])
const ROLE_CLASSES = new Set<KindClass>(['official', 'party', 'unidentified', 'journalist'])
/** Document words that are adjectives before a noun: `a brief visit`, `the average voter`. */
const ADJECTIVE_DOCUMENTS = new Set(['brief', 'average', 'model'])
/** Generic outlet words that name broadcasts only in a broadcast context. */
const PROGRAMS = new Set(['program', 'programme', 'programs', 'programmes'])
/** Words that make a program a broadcast: `his radio program`, `the morning programme`. */
const BROADCAST = new Set(['radio', 'television', 'tv', 'news', 'talk', 'morning', 'evening', 'nightly', 'weekly', 'daily', 'sunday', 'affairs', 'interview', 'cable', 'late-night', 'breakfast', 'flagship', 'political', 'documentary'])
const PLAIN_LINKS = new Set(['by', 'from', 'for', 'of', 'in', 'on', 'at', 'to', 'with', 'and', 'or', 'that', 'which', 'released', 'filed', 'published'])

export function classifyPhrase(ctx: AnnotationContext, ranges: readonly (TokenRange | null)[]): KindDecision {
  const decision = classifyRanges(ctx, ranges)
  // `Mexico's ambassador to Washington from 2009 to 2014`: an office held for a closed term makes a former office-holder, a party.
  if (decision.kind === 'official' && !decision.document && ranges.some((r) => r !== null && pastTerm(ctx.lowerWords(r)))) return { ...decision, kind: 'party', cls: 'party' }
  return decision
}

function classifyRanges(ctx: AnnotationContext, ranges: readonly (TokenRange | null)[]): KindDecision {
  const [phrase, ...descriptions] = ranges
  const first = scan(ctx, phrase, false)
  const issuerless = first.document && first.kind === 'unidentified'
  // `the Selka Human Rights Monitor, a group based in Venn`: a masthead word inside a name yields to a description that says what it is.
  const masthead = first.cls === 'outlet' && first.phrase !== null && ctx.lexicon.mastheads.has(first.phrase.toLowerCase())
  if (masthead) {
    for (const d of descriptions) {
      const described = d && /^(?:a|an|the)$/.test(ctx.tokens[d.tokenStart]?.lower ?? '') ? scan(ctx, d, true) : null
      if (described?.kind && described.kind !== 'outlet') return { ...described, named: true, anonymous: false }
    }
  }
  if (first.kind && !issuerless) return first
  for (const d of descriptions) {
    if (!d) continue
    // `The complaint, filed by three families, says …`: the issuer named in an appositive; any issuer is a side at least.
    if (issuerless) {
      const by = ISSUED.test(ctx.tokens[d.tokenStart]?.lower ?? '') && ctx.tokens[d.tokenStart + 1]?.lower === 'by' ? d.tokenStart + 2 : -1
      if (by === -1 || by >= d.tokenEnd) continue
      const issuer = scan(ctx, { tokenStart: by, tokenEnd: d.tokenEnd }, false)
      return issuer.kind ? { ...issuer, document: true } : { kind: 'party', anonymous: false, phrase: ctx.slice({ tokenStart: by, tokenEnd: d.tokenEnd }), cls: 'party', named: issuer.named, document: true }
    }
    // `Roe, asked about attacks on journalists,`: a participle phrase tells what the source did, not who it is.
    if (participlePhrase(ctx, d)) continue
    // `Leila Brandt, whose son was admitted to Vell General Hospital,`: a `whose` clause speaks of someone else's place.
    if (ctx.tokens[d.tokenStart]?.lower === 'whose') continue
    // `Ruiz, in a tweet, said …`: an adjunct between commas tells how the source spoke, not who it is.
    if (/^(?:in|on|at|during|after|before|via|through|with|without)$/.test(ctx.tokens[d.tokenStart]?.text ?? '')) continue
    // A relative clause (`who runs a café in the city`) names roles, not the places it mentions.
    const relative = /^(?:who|which|whose)$/.test(ctx.tokens[d.tokenStart]?.lower ?? '')
    // (`who heads the inspectorate’s rescue service`: one who leads a body speaks for it.)
    const leads = relative && LEADING.test(ctx.tokens[d.tokenStart + 1]?.lower ?? '')
    const next = leads ? scan(ctx, ledBody(ctx, d), false) : scan(ctx, d, relative)
    // `Mitchell, who served as special envoy,`: a role held in the past makes a former office-holder, a party.
    if (next.kind === 'official' && relative && FORMER.test(ctx.lowerWords({ tokenStart: d.tokenStart + 1, tokenEnd: Math.min(d.tokenEnd, d.tokenStart + 3) }).join(' '))) return { ...next, kind: 'party', cls: 'party', named: next.named || first.named, anonymous: next.anonymous && !first.named }
    // `Ruth Navarro, a chemist whose grant is listed in the audit,`: a document the description mentions is no role of the source.
    if (next.document && next.kind === 'unidentified') continue
    // `Three senior academics, who spoke on condition of anonymity,`: anonymity after an occupation or a group keeps it a side.
    if (next.kind === 'unidentified' && occupationHead(ctx, phrase)) continue
    if (next.kind) return { ...next, named: next.named || first.named, anonymous: next.anonymous && !first.named }
  }
  return first
}

/** Head nouns that name nobody's role: `two people`, `a person`, `others`. */
const GENERIC_PERSONS = new Set(['people', 'person', 'persons', 'individual', 'individuals', 'man', 'men', 'woman', 'women', 'one', 'ones', 'others', 'someone', 'somebody', 'source', 'sources', 'figure', 'figures'])

/** The phrase ends in a lower-case noun that names an occupation or a group (`senior academics`), not a generic person word. */
function occupationHead(ctx: AnnotationContext, phrase: TokenRange | null | undefined): boolean {
  if (!phrase || phrase.tokenEnd <= phrase.tokenStart) return false
  const head = ctx.tokens[phrase.tokenEnd - 1]
  return head.kind === 'word' && /^\p{Ll}{3,}$/u.test(head.text) && !GENERIC_PERSONS.has(head.lower) && !DETERMINERS.has(head.lower) && !(head.lower in PRONOUNS)
}

/**
 * `according to its website`: the body that opens the sentence owns `its`
 * document (a person's or an unknown owner's is a side's); null when the
 * document itself opens the sentence (`Its exit poll …`, for the story's
 * reference rules to resolve).
 */
function owner(ctx: AnnotationContext, range: TokenRange, possessive: string): SourceKind | null {
  if (possessive !== 'its') return 'party'
  const sentence = ctx.sentences[ctx.tokens[range.tokenStart].sentence]
  const subject = nounPhraseAfter(ctx, sentence.tokenStart, range.tokenStart)
  if (!subject || subject.tokenEnd > range.tokenStart) return null
  const kind = classifyPhrase(ctx, [subject])
  return kind.kind === 'official' && !kind.document ? 'official' : 'party'
}

function scan(ctx: AnnotationContext, range: TokenRange | null | undefined, rolesOnly: boolean): KindDecision {
  let decided: { kind: SourceKind; cls: KindClass; phrase: string } | null = null
  // `Republican` decides only when no role follows: `the Republican attorney general` is official.
  let partisan: { kind: SourceKind; cls: KindClass; phrase: string } | null = null
  let sawDocument = false
  let officialDocument = false
  let sawDelegate = false
  let manager = false
  let named = false
  if (!range) return { kind: null, anonymous: false, phrase: null, cls: null, named, document: false }
  const words = ctx.lowerWords(range)
  // `the commission's chairwoman`: look a possessive up without its `'s` when it matches nothing as written.
  const bare = words.some(isPossessive) ? words.map((w) => w.replace(/'s$|(?<=s)'$/, '')) : null
  for (let i = 0; i < words.length; ) {
    // `an engineer who left the agency last year`, `who has since retired from the board`: a body someone has left is no longer theirs to speak for.
    if ((words[i] === 'who' || words[i] === 'since') && DEPARTED.test(words[i + 1] ?? '')) break
    let match = ctx.lexicon.kinds.longest(words, i) ?? (bare ? ctx.lexicon.kinds.longest(bare, i) : undefined)
    // `an official with knowledge of the plan`: access to information, not a body the official speaks for.
    if (match?.value.cls === 'delegate' && accessAfter(words, i + match.length)) match = ctx.lexicon.kinds.longest(words, i, i + match.length - 1) ?? match
    const t = ctx.tokens[range.tokenStart + i]
    // Outlet names that are also common words (`This Week`, `Time`) count only when capitalised (as listed: `state media` is lower case),
    // and acronyms (`WHO`) only when written in capitals.
    // (`the American Action Network`: a generic outlet word capitalised inside a name is part of that name, not an outlet.)
    const inName = match?.value.cls === 'outlet-generic' && match.length === 1 && i > 0 && isCapitalized(t.text) && /^\p{Lu}\p{Ll}+$/u.test(ctx.tokens[t.index - 1].text) && !ctx.lexicon.mastheads.has(ctx.tokens[t.index - 1].lower) && !ctx.lexicon.mastheads.has(t.lower)
    // (`the Harlow Center for Justice`: an office word after `for` inside a capitalised name is the body's cause, not its office.)
    const cause = match?.value.cls === 'official' && i >= 2 && words[i - 1] === 'for' && isCapitalized(t.text) && isCapitalized(ctx.tokens[t.index - 2].text)
    // (`the literacy program`: a program is a broadcast only after a broadcast word or a name, `his radio program`, `the PBS program`.)
    const plainProgram = match?.value.cls === 'outlet-generic' && PROGRAMS.has(words[i]) && i > 0 && /^\p{Ll}/u.test(ctx.tokens[t.index - 1].text) && !BROADCAST.has(words[i - 1]) && !DETERMINERS.has(words[i - 1]) && !isPossessive(words[i - 1])
    if (match && ((match.value.cls === 'outlet' && !writtenAsListed(match.value.phrase, t.text, ctx.tokens[t.index + 1]?.text ?? '')) || (isAcronym(match.value.phrase) && !writtenInCapitals(t.text)) || inName || cause || plainProgram)) {
      i++
      continue
    }
    // `the Data Commissioner`, `NY Post`: a document word inside a capitalised name is part of the name.
    // (`New Poll Shows …`: in a title-case headline the capital marks no name.)
    if (match && match.value.cls === 'document' && i > 0 && isCapitalized(t.text) && (ctx.lexicon.mastheads.has(t.lower) || !titleCaseSentence(ctx, t.sentence))) {
      named = true
      // (`The Harbour Post’s Ida Roe`: the masthead word may carry the possessive.)
      if (!decided && !rolesOnly && ctx.lexicon.mastheads.has(t.lower.replace(/'s$/, ''))) decided = { kind: 'outlet', cls: 'outlet', phrase: t.text }
      i++
      continue
    }
    if (match) {
      const entry = match.value
      // `CNN President Jeff Zucker`, `the owner of the Tribune`: who runs an outlet speaks for its business.
      if ((entry.cls === 'party' || entry.cls === 'delegate') && OUTLET_MANAGERS.has(entry.phrase.toLowerCase().replace(/ (?:of|for|at)$/, ''))) manager = true
      if (entry.cls === 'partisan') {
        partisan ??= { kind: 'party', cls: 'party', phrase: entry.phrase }
        i += match.length
        // `a senior Liberal official`, `Democratic officials`: a party's officials are the party's, not the state's.
        const next = ctx.lexicon.kinds.longest(words, i)
        if (!decided && next && PARTY_OFFICIALS.has(next.value.phrase.toLowerCase())) {
          decided = { kind: 'party', cls: 'party', phrase: `${entry.phrase} ${next.value.phrase}` }
          i += next.length
        }
        continue
      }
      // `Roe, who called the order a farce,`: a relative clause names roles; the documents it mentions are its topic.
      if (entry.cls === 'document' && rolesOnly) {
        i += match.length
        continue
      }
      // `a market data company`, `a polling firm`: a document word before a role noun is its modifier.
      const modified = entry.cls === 'document' ? ctx.lexicon.kinds.longest(words, i + match.length) : undefined
      // (`his brief tenure`, `the average voter`: a document word that is also an adjective, before a noun.)
      const adjective = entry.cls === 'document' && ADJECTIVE_DOCUMENTS.has(entry.phrase) && /^\p{Ll}+$/u.test(words[i + 1] ?? '') && !DETERMINERS.has(words[i + 1]) && !PLAIN_LINKS.has(words[i + 1])
      if ((modified && modified.value.cls !== 'document' && modified.value.kind) || adjective) {
        i += match.length
        continue
      }
      if (entry.cls === 'document') {
        sawDocument = true
        officialDocument ||= OFFICIAL_DOCUMENTS.has(entry.phrase)
        // `a survey of economists by the Daily`: the issuer follows `by`.
        // `data from the harbour office`, `a poll for the Courier`: the issuer or commissioner right after the document.
        // `exit polls conducted for KTV News`: a participle may stand between the document and its issuer.
        const gap = /^(?:conducted|commissioned|carried|released|published|compiled)$/.test(words[i + match.length] ?? '') ? 1 : 0
        const next = words[i + match.length + gap]
        // `a report in the Harbour Gazette`: a document in an outlet is the outlet's.
        const inOutlet = next === 'in' && classifyPhrase(ctx, [{ tokenStart: range.tokenStart + i + match.length + gap + 1, tokenEnd: range.tokenEnd }]).kind === 'outlet'
        // (`an inspection report the agency published`: a determiner right after the document opens a reduced relative whose subject issued it.)
        // (`a draft of the company's plan`: a possessive after `of` owns the draft; `a review of Roe's emails` is about them.)
        const owned = next === 'of' && /^drafts?$/.test(entry.phrase) && words.slice(i + match.length + 1, i + match.length + 5).some(isPossessive)
        const by = next === 'from' || next === 'for' || inOutlet || owned || (gap === 0 && /^(?:the|its|their)$/.test(next ?? '')) ? i + match.length + gap : words.indexOf('by', i + match.length)
        if (!decided && by !== -1) {
          i = by + 1
          continue
        }
        // `Recent polls in Pennsylvania`, `her submission to the court`: what follows a document is its topic, not its issuer.
        if (!decided) {
          const kind = i > 0 && /^(?:his|her|its|their)$/.test(words[i - 1]) ? owner(ctx, range, words[i - 1]) : null
          if (kind) decided = { kind, cls: 'party', phrase: `${words[i - 1]} ${entry.phrase}` }
          break
        }
      } else if (entry.cls === 'delegate') sawDelegate = true
      // (`who works as a secretary`: a clerical job, not an office.)
      else if (!decided && entry.kind && (!rolesOnly || ROLE_CLASSES.has(entry.cls) || entry.cls === 'party')) decided = clericalSecretary(entry.phrase, words, i) ? { kind: 'party', cls: 'party', phrase: 'a secretary' } : { kind: entry.kind, cls: entry.cls, phrase: entry.phrase }
      // `a Suffolk University/Boston Globe poll`: an outlet among joint sponsors makes the poll a news poll.
      else if (decided && entry.cls === 'outlet' && ctx.tokens[t.index - 1]?.text === '/') decided = { kind: 'outlet', cls: 'outlet', phrase: entry.phrase }
      // `City Council Speaker X`, `Senate Majority Leader X`: an elected member's role after the body's name decides,
      // as does a candidacy (`White House hopeful X`: the office sought).
      else if (decided?.cls === 'official-body' && entry.cls === 'party' && (ELECTED_MEMBERS.has(entry.phrase.toLowerCase()) || SEEKING.has(entry.phrase.toLowerCase()))) decided = { kind: entry.kind ?? 'party', cls: entry.cls, phrase: entry.phrase }
      // `secretary of the Supporters' Club`: an office-holder of a side's body holds no public office.
      else if (decided?.cls === 'official' && entry.cls === 'party' && PARTY_BODIES.has(entry.phrase.toLowerCase().replace(/^the /, '')) && representedAt(words, i)) decided = { kind: 'party', cls: entry.cls, phrase: entry.phrase }
      // `a lawyer for the ministry`: a lawyer represents the body named after them, so takes its kind.
      else if (decided && entry.kind === 'official' && COUNSEL.has(decided.phrase.toLowerCase()) && representedAt(words, i)) decided = { kind: 'official', cls: entry.cls, phrase: entry.phrase }
      i += match.length
      continue
    }
    // `the city's planning office`: an office of a public possessor is a public body.
    if (!decided && !rolesOnly && t.lower === 'office' && publicOffice(words, i)) decided = { kind: 'official', cls: 'official-body', phrase: 'office' }
    if (t.kind === 'word' && isCapitalized(t.text) && !DETERMINERS.has(t.lower) && !(t.lower in PRONOUNS) && /\p{L}{2}/u.test(t.text) && !sentenceInitialModifier(ctx, words, i, t.index) && !TIME_WORDS.has(t.lower.replace(/'s$/, ''))) {
      named = true
      const head = t.lower.replace(/'s$/, '')
      const inName = i > 0 && isCapitalized(ctx.tokens[t.index - 1].text)
      // (`ValleyTV`, `CapitalFM`: a name run together with a broadcaster's word is a station.)
      // (`a CNN-ORC poll`, `the NBC/WSJ survey`: an outlet joined to a pollster names the outlet's poll.)
      if (!decided && !rolesOnly && ((ctx.lexicon.mastheads.has(head) && (i > 0 || words.length > 1)) || STATION_NAME.test(t.text) || jointOutlet(ctx, t.text))) {
        decided = { kind: 'outlet', cls: 'outlet', phrase: t.text }
      } else if (!decided && !rolesOnly && inName && ctx.lexicon.bodyHeads.has(head) && (i + 1 === words.length || !isCapitalized(ctx.tokens[t.index + 1].text))) {
        decided = { kind: 'official', cls: 'official-body', phrase: t.text }
      }
    }
    i++
  }
  decided ??= partisan
  if (manager && decided?.kind === 'outlet') decided = { kind: 'party', cls: 'party', phrase: `${decided.phrase}'s management` }
  // `the computer science department at Dartmouth`, `the Business Council of Canada`: a generic body word
  // among words of a university or of business names no public body.
  if (decided?.cls === 'official-body' && GENERIC_BODIES.has(decided.phrase.toLowerCase()) && words.some((w) => NON_PUBLIC.has(w))) decided = { kind: 'party', cls: 'party', phrase: decided.phrase }
  if (decided) {
    const anonymous = !named && ROLE_CLASSES.has(decided.cls)
    return { kind: decided.kind, anonymous, phrase: decided.phrase, cls: decided.cls, named, document: sawDocument }
  }
  // `said the ruling`: only a court rules, so the document speaks for a public body.
  if (officialDocument && !named) return { kind: 'official', anonymous: false, phrase: 'a document only public bodies issue', cls: 'document', named, document: true }
  if (sawDocument && !named) return { kind: 'unidentified', anonymous: true, phrase: 'document without issuer', cls: 'document', named, document: true }
  return { kind: null, anonymous: !named && (sawDelegate || sawDocument), phrase: null, cls: null, named, document: sawDocument }
}
