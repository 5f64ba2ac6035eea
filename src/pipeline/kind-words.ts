/**
 * How a name is written (a possessive form, an outlet name in the case it is
 * listed with, an acronym in capitals) and the small word sets that adjust a
 * kind (elected members, former office-holders, leaders of a body).
 */
import { isCapitalized } from '../lexicon/words.js'
import type { AnnotationContext } from './context.js'
import type { TokenRange } from './types.js'

/** `commission's`, `states'`: a possessive form, looked up again without its ending. */
export function isPossessive(word: string): boolean {
  return word.endsWith("'s") || word.endsWith("s'")
}

/** An outlet name listed with a capital (`Time`, `the Guardian`) counts only when so written; one listed in lower case (`state media`) always. */
export function writtenAsListed(phrase: string, first: string, second: string): boolean {
  const article = /^the /i.test(phrase)
  const head = article ? phrase.slice(4) : phrase
  if (/^\p{Ll}/u.test(head)) return true
  const word = article && /^the$/i.test(first) ? second : first
  return isCapitalized(word) || /^[a-z]+[A-Z]/.test(word)
}

/** `CNBC`, `CNBC's`: capitals, a possessive ending aside. */
export function writtenInCapitals(text: string): boolean {
  const bare = text.replace(/['’]s$/, '')
  return bare === bare.toUpperCase()
}

export function isAcronym(phrase: string): boolean {
  return phrase.length > 1 && phrase === phrase.toUpperCase() && /^[A-Z.]+$/.test(phrase)
}

/** Verbs of leaving a body, after `who`: `who left the agency`, `who resigned from the board`. */
export const DEPARTED = /^(?:left|quit|resigned|retired|departed|fired|sacked|dismissed)$/
export const FORMER = /^(?:served as|served|was|had been|once served|once was|previously served|formerly)\b/

const YEAR = /^(?:1[89]|20)\d\d$/
/** `2001-2005`, `2009–13`: a span of years written as one word. */
const YEAR_SPAN = /^(?:1[89]|20)\d\d[-–](?:(?:1[89]|20)\d\d|\d\d)$/

/** `from 2009 to 2014`, `between 2009 and 2012`, `2001-2005`, `until 2015`: a term that has ended. */
export function pastTerm(words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    if (YEAR_SPAN.test(words[i])) return true
    if (!YEAR.test(words[i])) continue
    const before = words[i - 1]
    const after = words[i + 1]
    if ((before === 'until' || before === 'till') && !YEAR.test(words[i - 3] ?? '')) return true
    if (YEAR.test(words[i + 2] ?? '') && (after === '-' || after === '–' || ((before === 'from' || before === 'between') && /^(?:to|and|until|through|till)$/.test(after ?? '')))) return true
  }
  return false
}

/** Roles of elected members of a body: `City Council Speaker X`, `Senate Majority Leader X` are parties. */
/** Lawyers speak for whom they represent: `a lawyer for the ministry` is official, `Trump's lawyer` a party. */
export const COUNSEL = new Set(['lawyer', 'lawyers', 'attorney', 'attorneys', 'counsel', 'solicitor', 'barrister'])
/** Business roles that make an outlet's person a party: a broadcaster or publisher speaking about its own business. */
export const OUTLET_MANAGERS = new Set(['president', 'chief executive', 'chairman', 'chairwoman', 'executive', 'owner', 'founder'])
/** Bodies of sides (not public): an official-sounding role of one of them is a party's (`secretary of the Supporters' Club`). */
export const PARTY_BODIES = new Set(['club', 'association', 'union', 'company', 'group', 'campaign', 'party', 'foundation', 'institute', 'coalition', 'firm'])
/** Who seeks an office rather than holds it: `White House hopeful X`, `Senate candidate X`. */
export const SEEKING = new Set(['candidate', 'candidates', 'nominee', 'nominees', 'hopeful', 'hopefuls', 'contender', 'contenders', 'frontrunner', 'front-runner'])
export const ELECTED_MEMBERS = new Set(['leader', 'deputy leader', 'speaker', 'council member', 'councilman', 'councilwoman', 'councillor', 'councilor', 'majority leader', 'minority leader', 'senator', 'assemblyman', 'assemblywoman', 'legislator', 'lawmaker', 'alderman', 'whip', 'member'])

export const STATION_NAME = /^\p{Lu}\p{Ll}+(?:TV|FM|News|Radio)$|^\p{Lu}{1,3}(?:TV|FM)$/u

export const LEADING = /^(?:heads|headed|leads|led|runs|ran|directs|directed|chairs|chaired|oversees|oversaw|commands|commanded)$/

/** The object of `who heads …` up to its first preposition other than `of` (`the rescue service`, not `… for veterans`). */
export function ledBody(ctx: AnnotationContext, d: TokenRange): TokenRange {
  let end = d.tokenStart + 2
  while (end < d.tokenEnd && !/^(?:for|at|in|on|with|from|to|since|during)$/.test(ctx.tokens[end].lower)) end++
  return { tokenStart: d.tokenStart + 2, tokenEnd: end }
}

export const GENERIC_BODIES = new Set(['department', 'council', 'board', 'office', 'committee', 'bureau'])

export const NON_PUBLIC = new Set(['university', 'college', 'school', 'science', 'sciences', 'economics', 'business', 'chamber', 'industry', 'company', 'corporate', 'trade', 'manufacturers', 'church'])

/** `who heads the Council`: the present forms only, so a name's kind never comes from a post the person has left. */
export const LEADS_NOW = /^(?:heads|leads|runs|directs|chairs|oversees|commands)$/

/** Short words a title-case headline leaves in lower case. */
const MINOR_WORDS = /^(?:a|an|the|and|or|but|of|to|in|on|at|for|by|with|as|from|vs|via)$/

/**
 * `New Poll Shows Minor Bump For Clinton`: a headline in title case, where
 * capitals mark no names. Four words or more, every word but the minor ones
 * capitalised.
 */
export function titleCaseSentence(ctx: AnnotationContext, sentence: number): boolean {
  const s = ctx.sentences[sentence]
  let words = 0
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = ctx.tokens[i]
    if (t.kind !== 'word' || !/\p{L}/u.test(t.text)) continue
    words++
    if (!/^\p{Lu}/u.test(t.text) && !MINOR_WORDS.test(t.text)) return false
  }
  return words >= 4
}

/** `Recent polls`, `Senior officials` at a sentence start: a capitalised modifier of a lexicon word, not a name. */
export function sentenceInitialModifier(ctx: AnnotationContext, words: readonly string[], i: number, token: number): boolean {
  const next = i + 1 < words.length ? ctx.lexicon.kinds.word(words[i + 1]) : undefined
  if (next === undefined) return false
  // (`New Poll Shows …`: in a title-case headline, a capitalised word before a document word is its modifier; `NY Post` stays a name.)
  return (ctx.sentenceOf(token).tokenStart === token && /^\p{Ll}/u.test(ctx.tokens[token + 1].text)) || (next.cls === 'document' && titleCaseSentence(ctx, ctx.tokens[token].sentence))
}

/** `for the ministry`, `of Justice`: the body at word `i` is the one represented. */
export function representedAt(words: readonly string[], i: number): boolean {
  // (`lawyers for Lindmark's Competition Authority`: up to five name words or marks between `for` and the body's head.)
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    if (words[k] === 'for' || words[k] === 'of') return true
    if (NAME_BREAKS.has(words[k])) return false
  }
  return false
}

/** Words that end a body's name looking back from its head. */
const NAME_BREAKS = new Set(['and', 'or', 'in', 'at', 'to', 'with', 'from', 'by', 'on', 'said', 'says', 'who', 'which', 'that'])

/** `CNN-ORC`, `NBC/WSJ`, `KTV-Marlow`: a name joined by a hyphen or slash, one part of which is an outlet written as listed or a station. */
export function jointOutlet(ctx: AnnotationContext, text: string): boolean {
  if ((!text.includes('-') && !text.includes('/')) || !/^\p{Lu}[^\s/-]*(?:[-/]\p{Lu}[^\s/-]*)+$/u.test(text)) return false
  return text.split(/[-/]/).some((part) => {
    if (STATION_NAME.test(part)) return true
    const entry = ctx.lexicon.kinds.word(part.toLowerCase())
    return entry?.cls === 'outlet' && writtenAsListed(entry.phrase, part, '')
  })
}

/** Possessors that are public bodies: `the city's`, `the state's`. */
const PUBLIC_POSSESSORS = new Set(["city's", "county's", "state's", "town's", "government's", "city’s", "county’s", "state’s", "town’s", "government’s"])

/** `the city's planning office`: a public possessor up to two words before `office` at `i`. */
export function publicOffice(words: readonly string[], i: number): boolean {
  return PUBLIC_POSSESSORS.has(words[i - 1] ?? '') || PUBLIC_POSSESSORS.has(words[i - 2] ?? '')
}

/** `who works as a secretary`: a bare indefinite `secretary`, with no body after it, is a clerical job, not an office. */
export function clericalSecretary(phrase: string, words: readonly string[], i: number): boolean {
  return phrase === 'secretary' && words[i - 1] === 'a' && !/^(?:of|for|to)$/.test(words[i + 1] ?? '')
}

/** `with knowledge of`, `with access to`, `with direct knowledge`: what follows a delegate's `with` is access to information, not a body. */
export function accessAfter(words: readonly string[], i: number): boolean {
  return words[i - 1] === 'with' && /^(?:knowledge|access|direct|detailed|firsthand|first-hand|intimate|insight)$/.test(words[i] ?? '')
}

/** Participles that name who issued a document: `The complaint, filed by three families,`. */
export const ISSUED = /^(?:brought|filed|issued|written|commissioned|published|released|compiled|prepared|signed|sent|conducted|submitted)$/

const PARTICIPLE_OBJECTS = new Set(['about', 'to', 'by', 'in', 'on', 'at', 'for', 'with', 'from', 'after', 'before', 'during', 'the', 'a', 'an', 'his', 'her', 'their', 'its'])

/** `asked about …`, `speaking to …`, `elected in …`, `citing …`; not `acting director`, nor `speaking for the ministry`, which names whom the source represents. */
export function participlePhrase(ctx: AnnotationContext, d: TokenRange): boolean {
  // `while being interviewed on Kestrel Radio`: a subordinator and `being` before the participle.
  let k = d.tokenStart
  if (/^(?:while|when|after|before)$/.test(ctx.tokens[k]?.lower ?? '')) k++
  if (ctx.tokens[k]?.lower === 'being') k++
  const first = ctx.tokens[k]?.text ?? ''
  const next = ctx.tokens[k + 1]?.lower ?? ''
  // `Roe, citing figures from the ministry,`: a reporting participle names evidence, not whom Roe works for.
  if (/^[a-z]+ing$/.test(first) && ctx.lexicon.cueStarts.has(first)) return true
  return /^[a-z]+(?:ed|ing)$/.test(first) && PARTICIPLE_OBJECTS.has(next) && !(first === 'speaking' && next === 'for')
}
