/**
 * `annotate` never throws on a string, and its statements always tile the
 * text: in order, non-overlapping, text === slice, every non-whitespace
 * character inside some statement. Only non-string input and invalid
 * options throw, as a typed AttributionError with a readable message.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { AttributionError, annotate, isAttributionError, type AnnotationResult } from '../src/index.js'

function expectTiling(text: string, result: AnnotationResult): void {
  let previousEnd = 0
  const covered = new Uint8Array(text.length)
  for (const s of result.statements) {
    expect(s.span.start).toBeGreaterThanOrEqual(previousEnd)
    expect(s.span.end).toBeGreaterThan(s.span.start)
    expect(s.span.end).toBeLessThanOrEqual(text.length)
    expect(s.text).toBe(text.slice(s.span.start, s.span.end))
    covered.fill(1, s.span.start, s.span.end)
    previousEnd = s.span.end
  }
  for (let i = 0; i < text.length; i++) {
    if (!covered[i] && !/\s/.test(text[i])) throw new Error(`character ${JSON.stringify(text[i])} at ${i} is in no statement`)
  }
  const ids = new Set(result.attributions.map((a) => a.id))
  for (const s of result.statements) for (const id of s.attributionIds) expect(ids.has(id)).toBe(true)
  for (const a of result.attributions) {
    for (const span of [a.source.span, a.cue.span, a.via?.span ?? null, ...a.content.spans]) {
      if (!span) continue
      expect(span.start).toBeGreaterThanOrEqual(0)
      expect(span.end).toBeLessThanOrEqual(text.length)
      expect(span.end).toBeGreaterThanOrEqual(span.start)
    }
  }
}

function safe(text: string): AnnotationResult {
  let result: AnnotationResult | undefined
  expect(() => (result = annotate(text))).not.toThrow()
  expectTiling(text, result!)
  return result!
}

describe('annotate never throws on a string', () => {
  it('empty and whitespace-only input give no statements', () => {
    for (const text of ['', ' ', '\n', '\n\n\n', ' \t \r\n ', '\u00a0\u2003']) {
      expect(safe(text)).toEqual({ statements: [], attributions: [] })
    }
  })

  it('quote-only input', () => {
    for (const text of ['"""', '“““', '”””', "'''", '‘’‘’', '« »', '"', '“', '”', '" " "\n"']) safe(text)
  })

  it('unbalanced quotations', () => {
    const texts = [
      '“The dam will hold, Velmar said.',
      'The dam will hold,” Velmar said.',
      '“One ” two ” three “ four',
      'Velmar said: “We moved the pumps.\n“And again.\n“And again.',
      '"Half said, "and half," she said "and more.',
      "Velmar's aide said 'the pumps' failed' twice.",
    ]
    for (const text of texts) safe(text)
  })

  it('very long lines and long documents', () => {
    const sentence = 'A county official said the bridge would reopen on Monday, “and the crews will stay,” she added. '
    const line = sentence.repeat(500)
    const result = safe(line)
    expect(result.statements.length).toBeGreaterThanOrEqual(500)
    const wordy = 'word '.repeat(30_000)
    safe(wordy)
    safe('x'.repeat(100_000))
    safe(`${'“'.repeat(5_000)}${'Velmar said so. '.repeat(200)}`)
  }, 120_000)

  it('binary-looking, control and astral characters', () => {
    for (const text of ['\u0000\u0001\u0002', '\ud83d', '\udc00 said', '🚩🚩 said: “🎉”', '\u202e Velmar said it.', '\f\v\b']) safe(text)
  })

  it('arbitrary strings (property)', () => {
    const pieces = fc.constantFrom('“', '”', '"', "'", '‘', '’', ':', ',', '.', '!', '?', '\n', ' ', 'said', 'Velmar', 'officials say', 'according to', 'U.S.', 'No.', 'vs.', 'the Daily Courier', 'told', 'He', '—')
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.array(pieces, { maxLength: 60 }).map((a) => a.join(''))), (text) => {
        expectTiling(text, annotate(text))
      }),
      { numRuns: 300 },
    )
  }, 120_000)
})

describe('annotate throws typed errors for bad input and options', () => {
  function thrown(fn: () => unknown): AttributionError {
    try {
      fn()
    } catch (error) {
      expect(isAttributionError(error)).toBe(true)
      expect(error).toBeInstanceOf(AttributionError)
      return error as AttributionError
    }
    throw new Error('expected an AttributionError')
  }

  it('non-string input is invalid_input with a readable message', () => {
    for (const value of [undefined, null, 42, {}, [], Buffer.from('said'), Symbol('x')]) {
      const error = thrown(() => annotate(value as unknown as string))
      expect(error.code).toBe('invalid_input')
      expect(error.name).toBe('AttributionError')
      expect(error.message).toMatch(/expects a string/)
    }
    expect(thrown(() => annotate(42 as unknown as string)).message).toMatch(/number 42/)
  })

  it('options that are not an object are invalid_options', () => {
    for (const value of [42, 'recommended', [], true]) {
      const error = thrown(() => annotate('Velmar said so.', value as never))
      expect(error.code).toBe('invalid_options')
      expect(error.message).toMatch(/Options must be an object/)
    }
  })

  it('unknown keys and wrong types are invalid_options naming the path', () => {
    const unknownKey = thrown(() => annotate('Velmar said so.', { colour: 'red' } as never))
    expect(unknownKey.code).toBe('invalid_options')
    expect(unknownKey.message).toMatch(/colour/)
    const wrongType = thrown(() => annotate('Velmar said so.', { maxLength: -1 }))
    expect(wrongType.code).toBe('invalid_options')
    expect(wrongType.issues.map((i) => i.path)).toContain('maxLength')
    const badKind = thrown(() => annotate('Velmar said so.', { sources: { Velmar: 'politician' } } as never))
    expect(badKind.code).toBe('invalid_options')
    expect(badKind.message).toMatch(/sources/)
  })

  it('an unknown preset or rule says what is known', () => {
    const preset = thrown(() => annotate('Velmar said so.', { preset: 'strictest' }))
    expect(preset.code).toBe('invalid_options')
    expect(preset.message).toMatch(/recommended/)
    const rule = thrown(() => annotate('Velmar said so.', { rules: { 'according-too': 'off' } }))
    expect(rule.code).toBe('unknown_rule')
    expect(rule.message).toMatch(/according-to/)
  })

  it('input over maxLength is input_too_large, not a crash', () => {
    const error = thrown(() => annotate('Velmar said so.', { maxLength: 5 }))
    expect(error.code).toBe('input_too_large')
    expect(error.message).toMatch(/maxLength/)
  })

  it('null and undefined options are fine', () => {
    expect(() => annotate('Velmar said so.', null)).not.toThrow()
    expect(() => annotate('Velmar said so.', undefined)).not.toThrow()
  })
})
