/**
 * Human labels for categories, shared by the plugin messages, the CLI table
 * and the HTML report so all three say the same thing.
 */
import { CategorySchema, type Category } from '../schema.js'

export const CATEGORIES: readonly Category[] = CategorySchema.options

export const CATEGORY_LABELS: Readonly<Record<Category, string>> = {
  'confirmed-by-official': 'Confirmed by an official',
  'claimed-by-party': 'Claimed by a party',
  'reported-by-outlet': 'Reported by an outlet',
  unattributed: 'Unattributed',
}

/** Statements per category, every category present (zero included). */
export function countCategories(categories: Iterable<Category>): Record<Category, number> {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>
  for (const category of categories) counts[category]++
  return counts
}
