/**
 * Speech that did not happen or is no speech at all: a participle after a
 * modal verb phrase, an adverb between a modal (or an infinitive's `to`) and
 * the cue, a gerund after `stopped short of` or `refrained from`, and
 * `charge` with a price rather than an accusation.
 */
import { CATENATIVES, NON_OCCURRENCE } from '../lexicon/words.js'
import { mediumVerb } from './subject-parts.js'
import { isQuoteMark, isWord } from './syntax.js'
import type { Token } from './types.js'

/** `can reasonably campaign` before a participle at `i + 1`: a modal, perhaps an adverb, and one verb word ending at `i`. */
export function modalBefore(tokens: readonly Token[], i: number, floor: number): boolean {
  if (i - 1 < floor || !isWord(tokens[i]) || /(?:ly|ing|ed)$/.test(tokens[i].lower)) return false
  let k = i - 1
  if (k > floor && /ly$/.test(tokens[k].lower)) k--
  return /^(?:can|could|would|might|should|will|may|must|'ll)$/.test(tokens[k]?.lower ?? '')
}

/** `should formally ask`, `to directly respond`: a modal or an infinitive's `to` before an adverb at `i - 1`. */
export function splitNonOccurrence(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i - 2]?.lower ?? ''
  if (!NON_OCCURRENCE.has(word) || /^(?:did|does|do)$/.test(word)) return false
  if (word !== 'to') return true
  return !/ing$/.test(tokens[i].lower) && !CATENATIVES.has(tokens[i - 3]?.lower ?? '') && mediumVerb(tokens, i - 2) === -1
}

/** `charged that …`, `charged, “…”`, `“…,” he charged.`, `charged the mayor with fraud`: an accusation, not a price, follows `charge` at `from`. */
export function chargeAccuses(tokens: readonly Token[], from: number, end: number): boolean {
  const next = tokens[from]
  // (`“…,” Bolton charged.`: a tag closing its sentence.)
  if (!next || next.sentence !== tokens[from - 1].sentence || /^[:,.!?;]$/.test(next.text) || isQuoteMark(next) || next.lower === 'that' || next.lower === 'in') return true
  for (let k = from; k < end && k < from + 6; k++) if (tokens[k].lower === 'with') return true
  return false
}

/** `stopped short of saying`, `refrained from calling`, `avoided naming`, `without saying`: a gerund at `i` whose act did not happen. */
export function avoidedGerund(tokens: readonly Token[], i: number): boolean {
  if (!/ing$/.test(tokens[i].lower)) return false
  const before = tokens[i - 1]?.lower ?? ''
  const two = tokens[i - 2]?.lower ?? ''
  return /^(?:without|avoid|avoids|avoided|avoiding)$/.test(before) || (before === 'of' && two === 'short') || (before === 'from' && /^(?:refrain|refrains|refrained|refraining|stopped|stop|stops|held|hold|holds)$/.test(two))
}
