/**
 * Compile the lexicon data (and a user's additions and removals) into
 * phrase indexes, once per annotator.
 */
import type { SourceKind, Stance } from '../schema.js'
import cueData from './data/cues.json'
import officialData from './data/officials.json'
import outletData from './data/outlets.json'
import partyData from './data/parties.json'
import roleData from './data/roles.json'
import unidentifiedData from './data/unidentified.json'
import { inflect } from './inflect.js'
import { PhraseIndex, phraseWords } from './phrase-index.js'

export interface CueEntry {
  lemma: string
  stance: Stance
  /** The phrase as written in the lexicon (`call for`). */
  phrase: string
  takesObject: boolean
  takesNounContent: boolean
}

export type KindClass =
  | 'outlet'
  | 'journalist'
  | 'outlet-generic'
  | 'official'
  | 'official-body'
  | 'party'
  | 'unidentified'
  | 'partisan'
  | 'delegate'
  | 'document'

export interface KindEntry {
  cls: KindClass
  kind: SourceKind | null
  phrase: string
}

export interface LexiconPatch {
  outlets?: readonly string[]
  officials?: readonly string[]
  parties?: readonly string[]
  unidentified?: readonly string[]
  cues?: readonly { phrase: string; stance: Stance }[]
}

export interface LexiconOptions extends LexiconPatch {
  remove?: LexiconPatch
}

export interface Lexicon {
  /** Verb cues keyed by every inflection of their first word. */
  cues: PhraseIndex<CueEntry>
  nounCues: ReadonlyMap<string, Stance>
  adverbCues: ReadonlyMap<string, Stance>
  /** Adjectives of attitude that take a clause after a copula: `is confident that …`. */
  adjectiveCues: ReadonlyMap<string, Stance>
  kinds: PhraseIndex<KindEntry>
  /** Every inflected form of a cue verb: a cheap "is this a speech word" test. */
  cueForms: ReadonlySet<string>
  /** First words of every cue, one-word or phrasal: where the cue matcher starts. */
  cueStarts: ReadonlySet<string>
  /** Last words of outlet names: Gazette, Times, Radio … */
  mastheads: ReadonlySet<string>
  /** Last words of public bodies' names: Office, Agency, Commission … */
  bodyHeads: ReadonlySet<string>
}

export function compileLexicon(patches: readonly LexiconOptions[] = []): Lexicon {
  const cues = new PhraseIndex<CueEntry>()
  const cueForms = new Set<string>()
  const cueStarts = new Set<string>()
  const takesObject = new Set(cueData.takesObject)
  const takesNounContent = new Set(cueData.takesNounContent)
  const addCue = (phrase: string, stance: Stance): void => {
    const words = phraseWords(phrase)
    if (words.length === 0) return
    const entry: CueEntry = { lemma: words.join(' '), stance, phrase, takesObject: takesObject.has(phrase), takesNounContent: takesNounContent.has(phrase) }
    for (const form of inflect(words[0])) {
      cues.add([form, ...words.slice(1)], entry)
      cueStarts.add(form)
      // Only one-word cues make a word a verb for phrase walks: `fire back` must not make `fire service` a clause.
      if (words.length === 1) cueForms.add(form)
    }
  }
  const removeCue = (phrase: string): void => {
    const words = phraseWords(phrase)
    if (words.length > 0) for (const form of inflect(words[0])) cues.delete([form, ...words.slice(1)])
  }
  for (const stance of ['neutral', 'claim', 'confirm'] as const) for (const phrase of cueData[stance]) addCue(phrase, stance)

  const kinds = new PhraseIndex<KindEntry>()
  const addKind = (phrase: string, cls: KindClass, kind: SourceKind | null): void => {
    kinds.add(phraseWords(phrase), { cls, kind, phrase })
  }
  // Later lists win for a phrase listed twice: order from weakest to strongest.
  for (const p of roleData.documents) addKind(p, 'document', null)
  for (const p of roleData.delegates) addKind(p, 'delegate', null)
  for (const p of outletData.generic) addKind(p, 'outlet-generic', 'outlet')
  for (const p of partyData.partisan) addKind(p, 'partisan', 'party')
  for (const p of partyData.roles) addKind(p, 'party', 'party')
  for (const p of officialData.bodies) addKind(p, 'official-body', 'official')
  for (const p of officialData.roles) addKind(p, 'official', 'official')
  for (const p of outletData.journalists) addKind(p, 'journalist', 'outlet')
  for (const p of outletData.names) addKind(p, 'outlet', 'outlet')
  for (const p of unidentifiedData.phrases) addKind(p, 'unidentified', 'unidentified')

  // A capitalised name ending in a masthead word (`the Eastmere Chronicle`) is an outlet.
  const mastheads = new Set(outletData.mastheads)
  // …and one ending in a public body's head word (`the National Weather Office`) is official.
  const bodyHeads = new Set(officialData.bodyHeads)

  const nounCues = new Map<string, Stance>(Object.entries(cueData.nouns) as [string, Stance][])
  const adverbCues = new Map<string, Stance>([['reportedly', 'neutral']])
  const adjectiveCues = new Map<string, Stance>(Object.entries(cueData.adjectives) as [string, Stance][])

  for (const patch of patches) {
    for (const p of patch.outlets ?? []) addKind(p, 'outlet', 'outlet')
    for (const p of patch.officials ?? []) addKind(p, 'official', 'official')
    for (const p of patch.parties ?? []) addKind(p, 'party', 'party')
    for (const p of patch.unidentified ?? []) addKind(p, 'unidentified', 'unidentified')
    for (const c of patch.cues ?? []) addCue(c.phrase, c.stance)
    const remove = patch.remove
    if (!remove) continue
    for (const p of [...(remove.outlets ?? []), ...(remove.officials ?? []), ...(remove.parties ?? []), ...(remove.unidentified ?? [])]) {
      kinds.delete(phraseWords(p))
    }
    for (const c of remove.cues ?? []) removeCue(c.phrase)
  }
  return { cues, nounCues, adverbCues, adjectiveCues, kinds, cueForms, cueStarts, mastheads, bodyHeads }
}
