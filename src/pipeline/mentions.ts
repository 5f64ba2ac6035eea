/**
 * Named mentions (`Russian envoy Kirill Dmitriev`) indexed by their last
 * word, so `Dmitriev`, `DMITRIEV:` and `the Kremlin envoy` can be resolved
 * to a full name and to the role words the text gave it.
 */
import { DETERMINERS, PRONOUNS, isCapitalized } from '../lexicon/words.js'
import type { AnnotationContext } from './context.js'
import { afterDateline } from './dateline.js'
import { verbBeforeName } from './mention-titles.js'
import { nounPhraseBefore } from './syntax.js'
import { givenName } from './namesakes.js'
import type { TokenRange } from './types.js'

export interface Mention extends TokenRange {
  /** Lower-cased last word, possessive dropped. */
  last: string
  text: string
  words: number
  /** Role words before the name (`Russian envoy`), up to four words. */
  title: TokenRange | null
}

const LETTERS = /\p{L}{2}/u
const TITLE_STOP = new Set(['of', 'for', 'with', 'and', 'to', 'by', 'at', 'in', 'on', 'from', 'that', 'as', 'said', 'says', 'under', 'about', 'against', 'over', 'after', 'before', 'than', 'like', 'between', 'behind', 'toward', 'towards', 'without', 'into', 'during', 'since', 'through', 'whom', 'whose', 'who', 'which', 'what', 'when'])

interface MentionIndex {
  /** Mentions by last word, each list in text order. */
  byLast: Map<string, Mention[]>
  /** The mentions of two or more words by last word, each list in text order. */
  multiwordByLast: Map<string, Mention[]>
  /** The mentions of two or three words by first word, each list in text order. */
  multiwordByFirst: Map<string, Mention[]>
  /** Every mention in text order. */
  ordered: Mention[]
}

const cache = new WeakMap<AnnotationContext, MentionIndex>()

/** Named mentions by their last word (built once per document). */
export function mentionsOf(ctx: AnnotationContext): Map<string, Mention[]> {
  return mentionIndex(ctx).byLast
}

/** The mentions of two or more words ending in `last`, in text order. */
export function multiwordMentions(ctx: AnnotationContext, last: string): readonly Mention[] | undefined {
  return mentionIndex(ctx).multiwordByLast.get(last)
}

/** Every named mention in text order (built once per document). */
export function orderedMentions(ctx: AnnotationContext): readonly Mention[] {
  return mentionIndex(ctx).ordered
}

function mentionIndex(ctx: AnnotationContext): MentionIndex {
  let index = cache.get(ctx)
  if (index) return index
  index = { byLast: new Map(), multiwordByLast: new Map(), multiwordByFirst: new Map(), ordered: [] }
  const tokens = ctx.tokens
  const lower = tokens.map((t) => t.lower)
  for (let i = 0; i < tokens.length; i++) {
    if (!isNameWord(ctx, i) || endsRolePhrase(ctx, lower, i)) continue
    let j = i
    for (;;) {
      // `The Blaze's Matt Walsh`: a possessive ends a name; the name after it is another's, with the possessor among its title words.
      if (tokens[j].lower.endsWith("'s")) break
      if (j + 1 < tokens.length && tokens[j + 1].sentence === tokens[i].sentence && isNameWord(ctx, j + 1)) j++
      // `Jacob J. Lew`: a middle initial and its point stay inside the name.
      else if (middleInitial(ctx, j + 1, tokens[i].sentence)) j += 2
      else break
    }
    const last = tokens[j].lower.replace(/'s$|'$/, '')
    let t = titleStart(ctx, i, i, 4)
    // `former Secretary of State Jon Voss`: a role phrase holding `of` or a cue word belongs to the title whole, with its modifiers.
    const role = rolePhraseStart(ctx, lower, t, i)
    if (role < t) t = titleStart(ctx, role, i, 7)
    let title: TokenRange | null = t < i ? { tokenStart: t, tokenEnd: i } : null
    // `The commission's chairwoman, Maria Esteve,`: an appositive name takes the phrase before it as its title.
    // (`…, the network’s reporter, Ida Roe.`: an appositive name may close its sentence.)
    if (!title && tokens[i - 1]?.text === ',' && /^[,.;]$/.test(tokens[j + 1]?.text ?? '')) title = nounPhraseBefore(ctx, i - 1, ctx.sentences[tokens[i].sentence].tokenStart)
    if (title) title = afterDateline(ctx, title)
    const mention: Mention = { tokenStart: i, tokenEnd: j + 1, last, text: ctx.slice({ tokenStart: i, tokenEnd: j + 1 }).replace(/['’]s$/, ''), words: j - i + 1, title }
    addTo(index.byLast, last, mention)
    if (mention.words >= 2) addTo(index.multiwordByLast, last, mention)
    if (mention.words === 2 || mention.words === 3) addTo(index.multiwordByFirst, tokens[i].lower, mention)
    index.ordered.push(mention)
    i = j
  }
  cache.set(ctx, index)
  return index
}

function isNameWord(ctx: AnnotationContext, i: number): boolean {
  const t = ctx.tokens[i]
  if (t.kind !== 'word' || !isCapitalized(t.text) || DETERMINERS.has(t.lower) || t.lower in PRONOUNS) return false
  if (t.text.length < 2 || ctx.lexicon.kinds.word(t.lower.endsWith("'s") ? t.lower.slice(0, -2) : t.lower) !== undefined) return false
  return LETTERS.test(t.text)
}

/** A capital letter with its point (one token), then a name word, in one sentence: the `J. Lew` of `Jacob J. Lew`. */
function middleInitial(ctx: AnnotationContext, i: number, sentence: number): boolean {
  const letter = ctx.tokens[i]
  if (letter === undefined || letter.kind !== 'word' || letter.sentence !== sentence || !/^\p{Lu}\.$/u.test(letter.text)) return false
  return ctx.tokens[i + 1]?.sentence === sentence && isNameWord(ctx, i + 1)
}

/** Walk back from `t` over title words (`Russian envoy`) while the title before `name` stays under `max` words. */
function titleStart(ctx: AnnotationContext, t: number, name: number, max: number): number {
  const tokens = ctx.tokens
  while (t > ctx.sentences[tokens[name].sentence].tokenStart && name - t < max && tokens[t - 1].kind === 'word' && (!TITLE_STOP.has(tokens[t - 1].lower) || joinedTitle(ctx, t - 1)) && !ctx.lexicon.cueStarts.has(tokens[t - 1].lower) && !verbBeforeName(ctx, tokens[t - 1], t === name)) t--
  return t
}

/** `journalist and author Hiro Aida`: `and` at `i` joins a role word to another lower-case title word. */
function joinedTitle(ctx: AnnotationContext, i: number): boolean {
  const tokens = ctx.tokens
  return tokens[i].lower === 'and' && /^\p{Ll}/u.test(tokens[i + 1]?.text ?? '') && tokens[i - 1]?.kind === 'word' && ctx.lexicon.kinds.word(tokens[i - 1].lower) !== undefined
}

/** Where a lexicon role phrase ending right before the name at `i` starts, when it reaches back past `t` (`secretary of state`), else `t`. */
function rolePhraseStart(ctx: AnnotationContext, lower: readonly string[], t: number, i: number): number {
  const sentenceStart = ctx.sentences[ctx.tokens[i].sentence].tokenStart
  for (let from = Math.max(sentenceStart, i - 5); from < t; from++) {
    const match = ctx.lexicon.kinds.longest(lower, from, i)
    // Only a role of several words (`Minister for Ports`); an outlet name before a headline's words is no title.
    if (match?.length === i - from && match.length > 1 && (match.value.cls === 'official' || match.value.cls === 'party')) return from
  }
  return t
}

/** `Secretary of State Jon Voss`: `State` closes the role phrase before it and starts no name. */
function endsRolePhrase(ctx: AnnotationContext, lower: readonly string[], i: number): boolean {
  const sentenceStart = ctx.sentences[ctx.tokens[i].sentence].tokenStart
  for (let from = i - 1; from >= Math.max(sentenceStart, i - 3); from--) {
    if ((ctx.lexicon.kinds.longest(lower, from, i + 1)?.length ?? 0) === i - from + 1) return true
  }
  return false
}

function addTo(map: Map<string, Mention[]>, key: string, mention: Mention): void {
  const list = map.get(key)
  if (list) list.push(mention)
  else map.set(key, [mention])
}

/**
 * The latest mention of a multiword name ending in `last` before token
 * `before`, else the first one after it: a binary search among the
 * multiword mentions only, so a name said a thousand times alone costs no
 * more than one said once.
 */
export function fullNameMention(ctx: AnnotationContext, last: string, before: number): Mention | null {
  const list = mentionIndex(ctx).multiwordByLast.get(last)
  if (!list) return null
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (list[mid].tokenStart < before) lo = mid + 1
    else hi = mid
  }
  return lo > 0 ? list[lo - 1] : (list[lo] ?? null)
}

/**
 * `Mr. Lou` after `the finance minister, Lou Jiwei`: a surname written first
 * (Chinese, Korean, Hungarian names) stands for the full name it opens, when
 * the story writes it with an honorific (`Mr. Lou`), no full name of the
 * story ends in it, one name opens with it and the story never uses that
 * name's last word without it.
 */
export function familyNameFirst(ctx: AnnotationContext, word: string): Mention | null {
  const index = mentionIndex(ctx)
  // (`Mr. Lou` is a mention ending in `lou` too, but with no given name.)
  // The word must be used with an honorific somewhere (`Israel` alone, after `Israel Hayom`, is a country).
  const honored = index.multiwordByLast.get(word)
  if (!honored || honored.some((m) => givenName(ctx, m) !== null)) return null
  const opening = index.multiwordByFirst.get(word)
  if (!opening || opening.some((m) => m.last !== opening[0].last)) return null
  // (`Donald Trump` … `Trump`: a story that uses the last word alone writes that name surname last.)
  if (index.byLast.get(opening[0].last)?.some((m) => ctx.tokens[m.tokenStart].lower !== word)) return null
  return opening[0]
}

