/**
 * Expected attributions in a RuleTester case, checked strictly, and the
 * projection of an actual attribution onto the fields an expectation names
 * (as text, as written), so the two compare with deepStrictEqual.
 */
import { AssertionError, deepStrictEqual } from 'node:assert'
import type { Attribution, Category, QuoteKind, SourceKind, Stance } from '../schema.js'
import { CATEGORIES, checkKeys } from './cases.js'

/** One expected attribution: every field is optional; the ones given must match. */
export interface ExpectedAttribution {
  category?: Exclude<Category, 'unattributed'>
  /** The source text as written (`"the Pentagon"`), or null for no source span. */
  source?: string | null
  /** The cue text as written (`"said"`, `"According to"`), or null. */
  cue?: string | null
  kind?: SourceKind
  /** The via outlet's text (`"Axios"`), or null for none. */
  via?: string | null
  /** The content: one string (spans joined with ` … `) or one string per span. */
  content?: string | readonly string[]
  /** The resolved canonical name (`source.name`). */
  name?: string | null
  anonymous?: boolean
  quote?: QuoteKind
  stance?: Stance
  ruleId?: string
}

export const EXPECTATION_KEYS = ['category', 'source', 'cue', 'kind', 'via', 'content', 'name', 'anonymous', 'quote', 'stance', 'ruleId'] as const
export type ExpectationKey = (typeof EXPECTATION_KEYS)[number]
/** The keys shown for an attribution that no expectation matched. */
export const SUMMARY_KEYS: readonly ExpectationKey[] = ['category', 'source', 'cue', 'kind']
/** How a one-string `content` expectation joins discontinuous spans. */
export const CONTENT_JOINER = ' … '

export function checkExpectation(e: unknown, where: string): void {
  checkKeys(e, EXPECTATION_KEYS, where)
  const o = e as Record<string, unknown>
  for (const key of ['source', 'cue', 'via', 'name'] as const) {
    if (o[key] !== undefined && o[key] !== null && typeof o[key] !== 'string') throw new TypeError(`${where}: "${key}" must be a string or null (the text as written).`)
  }
  if (o.content !== undefined && typeof o.content !== 'string' && !(Array.isArray(o.content) && o.content.every((s) => typeof s === 'string'))) {
    throw new TypeError(`${where}: "content" must be a string or an array of strings.`)
  }
  if (o.category !== undefined && (o.category === 'unattributed' || !CATEGORIES.includes(o.category as string))) {
    throw new TypeError(`${where}: "category" ${JSON.stringify(o.category)} is not an attribution category.`)
  }
}

export function keysOf(e: ExpectedAttribution): ExpectationKey[] {
  return EXPECTATION_KEYS.filter((k) => Object.hasOwn(e, k) && e[k] !== undefined)
}

export function normalizeExpectation(e: ExpectedAttribution): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const key of keysOf(e)) out[key] = key === 'content' && Array.isArray(e.content) ? [...e.content] : e[key]
  return out
}

/** The fields of an attribution that an expectation names, as text. */
export function project(a: Attribution, keys: readonly ExpectationKey[], text: string, joinContent: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const key of keys) {
    if (key !== 'content') out[key] = field(a, key)
    else {
      const spans = a.content.spans.map((s) => text.slice(s.start, s.end))
      out[key] = joinContent ? spans.join(CONTENT_JOINER) : spans
    }
  }
  return out
}

function field(a: Attribution, key: Exclude<ExpectationKey, 'content'>): unknown {
  switch (key) {
    case 'category':
      return a.category
    case 'source':
      return a.source.text
    case 'cue':
      return a.cue.text
    case 'kind':
      return a.source.kind
    case 'via':
      return a.via?.text ?? null
    case 'name':
      return a.source.name
    case 'anonymous':
      return a.source.anonymous
    case 'quote':
      return a.quote
    case 'stance':
      return a.cue.stance
    case 'ruleId':
      return a.ruleId
  }
}

export function assertEqual(actual: unknown, expected: unknown, header: string): void {
  try {
    deepStrictEqual(actual, expected)
  } catch (error) {
    if (error instanceof AssertionError) {
      error.message = `${header}\n${error.message}`
      throw error
    }
    throw error
  }
}
