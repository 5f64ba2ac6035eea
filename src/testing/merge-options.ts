/**
 * Merge a case's options over the tester's: `rules`, `sources` and
 * `lexicon` lists combine (the case wins on a clash), `plugins` concatenate,
 * other fields are replaced.
 */
import type { LexiconOptions, Options } from '../options.js'

type LexiconList = 'outlets' | 'officials' | 'parties' | 'unidentified'
const LISTS: readonly LexiconList[] = ['outlets', 'officials', 'parties', 'unidentified']

export function mergeOptions(base: Readonly<Options>, over: Readonly<Options>): Options {
  const out: Options = { ...base, ...over }
  if (base.rules || over.rules) out.rules = { ...base.rules, ...over.rules }
  if (base.sources || over.sources) out.sources = { ...base.sources, ...over.sources }
  if (base.plugins || over.plugins) out.plugins = [...(base.plugins ?? []), ...(over.plugins ?? [])]
  if (base.lexicon && over.lexicon) out.lexicon = mergeLexicon(base.lexicon, over.lexicon)
  return out
}

function mergeLexicon(a: LexiconOptions, b: LexiconOptions): LexiconOptions {
  const out: LexiconOptions = {}
  for (const list of LISTS) if (a[list] || b[list]) out[list] = [...(a[list] ?? []), ...(b[list] ?? [])]
  if (a.cues || b.cues) out.cues = [...(a.cues ?? []), ...(b.cues ?? [])]
  if (a.remove || b.remove) {
    const remove: NonNullable<LexiconOptions['remove']> = {}
    for (const list of LISTS) if (a.remove?.[list] || b.remove?.[list]) remove[list] = [...(a.remove?.[list] ?? []), ...(b.remove?.[list] ?? [])]
    if (a.remove?.cues || b.remove?.cues) remove.cues = [...(a.remove?.cues ?? []), ...(b.remove?.cues ?? [])]
    out.remove = remove
  }
  return out
}
