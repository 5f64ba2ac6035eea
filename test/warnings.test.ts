/**
 * A built-in rule that throws never takes the document down: its effect is
 * skipped and the result says so in `warnings`. Here the outlet-via module
 * is replaced by one whose rule throws on every text.
 */
import { describe, expect, it, vi } from 'vitest'

vi.mock('../src/rules/outlet-via.js', async () => {
  const { defineRule } = await import('../src/rules/rule.js')
  return {
    outletVia: defineRule({
      meta: { id: 'outlet-via', stage: 'refine', description: 'Throws, for this test' },
      run() {
        throw new Error('boom')
      },
    }),
  }
})

const { annotate, annotateHtml, AnnotationResultSchema } = await import('../src/index.js')

const text = 'Tomas Brenner said the levy would rise. Kestrel reported that the mill had closed.'

describe('warnings', () => {
  it('names the skipped built-in rule and keeps what the other rules found', () => {
    const result = annotate(text)
    expect(result.warnings).toEqual([{ code: 'rule_skipped', ruleId: 'outlet-via', message: 'Built-in rule "outlet-via" threw and was skipped: boom' }])
    expect(AnnotationResultSchema.safeParse(result).success).toBe(true)
    expect(result.attributions.map((a) => a.source.text)).toEqual(['Tomas Brenner', 'Kestrel'])
  })

  it('has no warnings key when the rule is off', () => {
    expect(annotate(text, { rules: { 'outlet-via': 'off' } })).not.toHaveProperty('warnings')
  })

  it('survives the move back to markup offsets', () => {
    expect(annotateHtml(`<p>${text}</p>`).warnings?.map((w) => w.ruleId)).toEqual(['outlet-via'])
  })
})
