/**
 * `RuleTester`, in the style of ESLint's: `valid` texts must yield no
 * attribution, `invalid` texts the attributions (asserted as text: "the
 * Pentagon", "said") or statement categories listed. Strict: an unknown key
 * in a case or an expectation fails the case, so a typo cannot pass silently.
 *
 * Under vitest (with globals), jest or mocha the cases become `describe`/`it`
 * blocks; set `RuleTester.describe` / `RuleTester.it` to use imported ones.
 * Without a framework, `run` checks every case at once and throws an
 * `AssertionError` for the first failure.
 */
import { AssertionError, deepStrictEqual } from 'node:assert'
import { createAnnotator, type Annotate } from '../annotator.js'
import type { Options } from '../options.js'
import { CategorySchema, type AnnotationResult, type Attribution, type Category, type QuoteKind, type SourceKind, type Stance } from '../schema.js'
import { closest } from '../util/closest.js'
import { mergeOptions } from './merge-options.js'

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

interface CaseBase {
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

type Block = (title: string, fn: () => void) => unknown

const CASE_KEYS = ['text', 'options', 'name', 'only'] as const
const INVALID_KEYS = [...CASE_KEYS, 'attributions', 'statements'] as const
const EXPECTATION_KEYS = ['category', 'source', 'cue', 'kind', 'via', 'content', 'name', 'anonymous', 'quote', 'stance', 'ruleId'] as const
type ExpectationKey = (typeof EXPECTATION_KEYS)[number]
const SUMMARY_KEYS: readonly ExpectationKey[] = ['category', 'source', 'cue', 'kind']
const CATEGORIES: readonly string[] = CategorySchema.options
/** How a one-string `content` expectation joins discontinuous spans. */
export const CONTENT_JOINER = ' … '

const globals = globalThis as { describe?: Block & { only?: Block }; it?: Block & { only?: Block } }

export class RuleTester {
  /** Override the `describe` used to group cases (default: the global one, if any). */
  static describe: Block | undefined
  /** Override the `it` used for each case (default: the global one, if any). */
  static it: Block | undefined
  /** Override the `it.only` used for `only: true` cases. */
  static itOnly: Block | undefined

  private readonly options: Readonly<Options>
  private readonly annotators = new Map<string, Annotate>()

  /** `options` are annotator options shared by every case (optional). */
  constructor(options?: Readonly<Options> | null) {
    this.options = options ?? {}
    createAnnotator(this.options) // fail early on bad shared options
  }

  /** Register (or, without a test framework, run) the cases for `name`. */
  run(name: string, tests: RuleTests): void {
    if (typeof name !== 'string' || name === '') throw new TypeError('RuleTester.run: the first argument must be a non-empty rule name.')
    checkKeys(tests, ['valid', 'invalid'], `RuleTester.run("${name}")`)
    const valid = tests.valid ?? []
    const invalid = tests.invalid ?? []
    if (!Array.isArray(valid) || !Array.isArray(invalid)) throw new TypeError(`RuleTester.run("${name}"): valid and invalid must be arrays.`)
    if (valid.length + invalid.length === 0) throw new TypeError(`RuleTester.run("${name}"): give at least one valid or invalid case.`)
    const describe = RuleTester.describe ?? globals.describe
    const it = RuleTester.it ?? globals.it
    const itOnly = RuleTester.itOnly ?? globals.it?.only
    if (typeof describe !== 'function' || typeof it !== 'function') {
      for (const [i, c] of valid.entries()) this.runValid(name, c, i)
      for (const [i, c] of invalid.entries()) this.runInvalid(name, c, i)
      return
    }
    const pick = (c: unknown): Block => (isObject(c) && c.only === true && typeof itOnly === 'function' ? itOnly : it)
    describe(name, () => {
      if (valid.length > 0) describe('valid', () => valid.forEach((c, i) => pick(c)(title(c), () => this.runValid(name, c, i))))
      if (invalid.length > 0) describe('invalid', () => invalid.forEach((c, i) => pick(c)(title(c), () => this.runInvalid(name, c, i))))
    })
  }

  private runValid(name: string, input: ValidCase, index: number): void {
    const where = `${name}: valid case ${index + 1}`
    const c: CaseBase = typeof input === 'string' ? { text: input } : input
    checkCase(c, CASE_KEYS, where)
    const result = this.annotate(c, where)
    const header = `${where} should find no attribution in ${JSON.stringify(c.text)}`
    assertEqual(
      { attributions: result.attributions.map((a) => project(a, SUMMARY_KEYS, c.text, false)), statements: result.statements.map((s) => s.category) },
      { attributions: [], statements: result.statements.map(() => 'unattributed') },
      header,
    )
  }

  private runInvalid(name: string, c: InvalidCase, index: number): void {
    const where = `${name}: invalid case ${index + 1}`
    checkCase(c, INVALID_KEYS, where)
    if (c.attributions === undefined && c.statements === undefined) throw new TypeError(`${where} needs "attributions" or "statements" (or both).`)
    if (c.attributions !== undefined) {
      if (!Array.isArray(c.attributions) || c.attributions.length === 0) {
        throw new TypeError(`${where}: "attributions" must be a non-empty array; a text with no attribution is a valid case.`)
      }
      c.attributions.forEach((e, i) => checkExpectation(e, `${where}, attributions[${i}]`))
    }
    if (c.statements !== undefined) {
      if (!Array.isArray(c.statements)) throw new TypeError(`${where}: "statements" must be an array of categories.`)
      c.statements.forEach((s, i) => {
        if (!CATEGORIES.includes(s)) throw new TypeError(`${where}: statements[${i}] is ${JSON.stringify(s)}; use one of ${CATEGORIES.join(', ')}.`)
      })
    }
    const result = this.annotate(c, where)
    const header = `${where} gave other results than expected for ${JSON.stringify(c.text)}`
    const actual: Record<string, unknown> = {}
    const expected: Record<string, unknown> = {}
    if (c.attributions) {
      const list = c.attributions
      actual.attributions = result.attributions.map((a, i) => project(a, i < list.length ? keysOf(list[i]) : SUMMARY_KEYS, c.text, typeof list[i]?.content === 'string'))
      expected.attributions = list.map((e) => normalizeExpectation(e))
    }
    if (c.statements) {
      actual.statements = result.statements.map((s) => s.category)
      expected.statements = [...c.statements]
    }
    assertEqual(actual, expected, header)
  }

  private annotate(c: CaseBase, where: string): AnnotationResult {
    if (typeof c.text !== 'string') throw new TypeError(`${where}: "text" must be a string.`)
    const options = c.options === undefined ? this.options : mergeOptions(this.options, c.options)
    const key = c.options === undefined ? '' : cacheKey(options)
    let annotate = key === null ? undefined : this.annotators.get(key)
    if (!annotate) {
      annotate = createAnnotator(options)
      if (key !== null) this.annotators.set(key, annotate)
    }
    return annotate(c.text)
  }
}

function title(c: unknown): string {
  if (typeof c === 'string') return c
  if (isObject(c)) return typeof c.name === 'string' ? c.name : String(c.text)
  return String(c)
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function checkKeys(value: unknown, allowed: readonly string[], where: string): void {
  if (!isObject(value)) throw new TypeError(`${where}: expected an object, got ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}.`)
  for (const key of Object.keys(value)) {
    if (allowed.includes(key)) continue
    const hint = closest(key, allowed, 1)[0]
    throw new TypeError(`${where} has an unknown key "${key}" (did you mean "${hint}"?). Allowed keys: ${allowed.join(', ')}.`)
  }
}

function checkCase(c: unknown, allowed: readonly string[], where: string): void {
  checkKeys(c, allowed, where)
  const o = c as Record<string, unknown>
  if (typeof o.text !== 'string') throw new TypeError(`${where}: "text" must be a string.`)
  if (o.options !== undefined && !isObject(o.options)) throw new TypeError(`${where}: "options" must be an object.`)
}

function checkExpectation(e: unknown, where: string): void {
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

function keysOf(e: ExpectedAttribution): ExpectationKey[] {
  return EXPECTATION_KEYS.filter((k) => Object.hasOwn(e, k) && e[k] !== undefined)
}

function normalizeExpectation(e: ExpectedAttribution): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const key of keysOf(e)) out[key] = key === 'content' && Array.isArray(e.content) ? [...e.content] : e[key]
  return out
}

/** The fields of an attribution that an expectation names, as text. */
function project(a: Attribution, keys: readonly ExpectationKey[], text: string, joinContent: boolean): Record<string, unknown> {
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

function assertEqual(actual: unknown, expected: unknown, header: string): void {
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

/** A stable key for options made of plain data; null (no caching) when they hold functions. */
function cacheKey(options: Readonly<Options>): string | null {
  if (options.plugins && options.plugins.length > 0) return null
  try {
    return JSON.stringify(options)
  } catch {
    return null
  }
}
