/**
 * The cases a RuleTester runs, and their strict shape check: an unknown key
 * in a case fails it with the closest allowed key, so a typo cannot pass
 * silently.
 */
import type { Options } from '../options.js'
import { CategorySchema, type Category } from '../schema.js'
import { closest } from '../util/closest.js'
import type { ExpectedAttribution } from './expectations.js'

export interface CaseBase {
  text: string
  /** Options for this case, merged over the tester's own (optional). */
  options?: Readonly<Options>
  /** Test title (default: the text). */
  name?: string
  /** Run only this case (`it.only`). */
  only?: boolean
}

export type ValidCase = string | CaseBase

export interface InvalidCase extends CaseBase {
  /** Every attribution, in document order; the count must match. */
  attributions?: readonly ExpectedAttribution[]
  /** The category of every statement, in order. */
  statements?: readonly Category[]
}

export interface RuleTests {
  valid?: readonly ValidCase[]
  invalid?: readonly InvalidCase[]
}

/** Every statement category, for checking the `statements` of a case. */
export const CATEGORIES: readonly string[] = CategorySchema.options

export const CASE_KEYS = ['text', 'options', 'name', 'only'] as const
export const INVALID_KEYS = [...CASE_KEYS, 'attributions', 'statements'] as const

/** The title of a case: its name, else its text. */
export function title(c: unknown): string {
  if (typeof c === 'string') return c
  if (isObject(c)) return typeof c.name === 'string' ? c.name : String(c.text)
  return String(c)
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function checkKeys(value: unknown, allowed: readonly string[], where: string): void {
  if (!isObject(value)) throw new TypeError(`${where}: expected an object, got ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}.`)
  for (const key of Object.keys(value)) {
    if (allowed.includes(key)) continue
    const hint = closest(key, allowed, 1)[0]
    throw new TypeError(`${where} has an unknown key "${key}" (did you mean "${hint}"?). Allowed keys: ${allowed.join(', ')}.`)
  }
}

export function checkCase(c: unknown, allowed: readonly string[], where: string): void {
  checkKeys(c, allowed, where)
  const o = c as Record<string, unknown>
  if (typeof o.text !== 'string') throw new TypeError(`${where}: "text" must be a string.`)
  if (o.options !== undefined && !isObject(o.options)) throw new TypeError(`${where}: "options" must be an object.`)
}
