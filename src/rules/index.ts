/**
 * The registry of built-in rules, in the order they run inside each stage,
 * and the presets (plain data) that switch them on and off.
 */
import { accordingTo } from './according-to.js'
import { asSource } from './as-source.js'
import { authorVoice } from './author-voice.js'
import { byAgent } from './by-agent.js'
import { citedSource } from './cited-source.js'
import { colonSource } from './colon-source.js'
import { continuedQuotation } from './continued-quotation.js'
import { dashSource } from './dash-source.js'
import { descriptionReference } from './description-reference.js'
import { editorsNote } from './editors-note.js'
import { inDocument } from './in-document.js'
import { invertedSource } from './inverted-source.js'
import { nameReference } from './name-reference.js'
import { nestedCue } from './nested-cue.js'
import { nounCue } from './noun-cue.js'
import { outletVia } from './outlet-via.js'
import { pronounReference } from './pronoun-reference.js'
import { reportedly } from './reportedly.js'
import type { Rule } from './rule.js'
import type { RuleSetting } from '../options.js'
import { sourceKind } from './source-kind.js'
import { storySources } from './story-sources.js'
import { subjectSource } from './subject-source.js'
import { verbCues } from './verb-cues.js'

export const builtinRules: readonly Rule[] = [
  // cues
  verbCues,
  // attribute: the more specific constructions claim their cues first
  colonSource,
  dashSource,
  accordingTo,
  asSource,
  byAgent,
  inDocument,
  citedSource,
  invertedSource,
  subjectSource,
  nounCue,
  reportedly,
  // refine
  editorsNote,
  authorVoice,
  outletVia,
  nestedCue,
  // classify
  sourceKind,
  storySources,
  // resolve
  nameReference,
  descriptionReference,
  pronounReference,
  continuedQuotation,
]

export const presets: Readonly<Record<string, Readonly<Record<string, RuleSetting>>>> = {
  recommended: Object.fromEntries(builtinRules.map((r) => [r.meta.id, 'on'])),
  /** Every rule but the two weakest cues (possessed nouns of saying, `reportedly`): fewer, surer attributions. */
  strict: {
    ...Object.fromEntries(builtinRules.map((r) => [r.meta.id, 'on'])),
    'noun-cue': 'off',
    reportedly: 'off',
  },
}
