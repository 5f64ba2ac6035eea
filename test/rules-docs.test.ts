/** Every registered rule has a doc page with the fixed headings and a test file (same check as scripts/check-rules.mjs). */
import { describe, expect, it } from 'vitest'
import { builtinRules } from '../src/index.js'
// @ts-expect-error: a plain .mjs script without types
import { checkRules, registeredRuleIds } from '../scripts/check-rules.mjs'

describe('rule docs and tests', () => {
  it('the script reads the same ids as the registry', () => {
    expect(registeredRuleIds()).toEqual(expect.arrayContaining(builtinRules.map((r) => r.meta.id)))
    expect((registeredRuleIds() as string[]).length).toBe(builtinRules.length)
  })

  it('every registered rule has docs/rules/<id>.md and test/rules/<id>.test.ts', () => {
    expect(checkRules()).toEqual([])
  })
})
