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
import { createAnnotator, type Annotate } from '../annotator.js'
import type { Options } from '../options.js'
import type { AnnotationResult } from '../schema.js'
import { CASE_KEYS, CATEGORIES, INVALID_KEYS, checkCase, checkKeys, isObject, title, type CaseBase, type InvalidCase, type RuleTests, type ValidCase } from './cases.js'
import { SUMMARY_KEYS, assertEqual, checkExpectation, keysOf, normalizeExpectation, project } from './expectations.js'
import { mergeOptions } from './merge-options.js'

export { CONTENT_JOINER, type ExpectedAttribution } from './expectations.js'
export type { InvalidCase, RuleTests, ValidCase } from './cases.js'

type Block = (title: string, fn: () => void) => unknown

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

/** A stable key for options made of plain data; null (no caching) when they hold functions. */
function cacheKey(options: Readonly<Options>): string | null {
  if (options.plugins && options.plugins.length > 0) return null
  try {
    return JSON.stringify(options)
  } catch {
    return null
  }
}
