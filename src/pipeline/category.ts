/**
 * The taxonomy's precedence, first match wins:
 * outlet source → reported; claim cue → claimed; official → confirmed;
 * unidentified → reported (only the outlet vouches); otherwise claimed.
 */
import type { Category, SourceKind, Stance } from '../schema.js'

export type AttributedCategory = Exclude<Category, 'unattributed'>

export function categoryOf(kind: SourceKind, stance: Stance): AttributedCategory {
  if (kind === 'outlet') return 'reported-by-outlet'
  if (stance === 'claim') return 'claimed-by-party'
  if (kind === 'official') return 'confirmed-by-official'
  if (kind === 'unidentified') return 'reported-by-outlet'
  return 'claimed-by-party'
}
