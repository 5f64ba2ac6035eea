/**
 * Property tests: whatever text comes in, `annotate` returns a well-formed
 * result. Seeded and reproducible: every run uses the same inputs, and a
 * failure prints fast-check's seed and path. `PROPERTY_SEED` explores other
 * inputs. All prose here is our own, with invented names and places.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { annotate, AttributionError, categoryOf, createAnnotator, type AnnotationResult, type Span } from '../src/index.js'

/** Fixed for reproducible runs; each block below uses `SEED + k`. */
const SEED = Number(process.env.PROPERTY_SEED ?? 20_260_611)
console.log(`properties: fast-check seed ${SEED} (${1_000 + 800 + 150 + 700} text cases)`)

const annotateDefault = createAnnotator()

const SENTENCES = [
  'The mayor of Velden said the bridge would reopen in May.',
  '"We are not leaving," the union leader told reporters on Friday.',
  'According to the harbour authority, two ships ran aground overnight.',
  'A spokeswoman for the ministry confirmed that the talks had stalled.',
  'Officials, who spoke on condition of anonymity, said the plan was dead.',
  'The Northern Ledger reported that the governor had resigned.',
  'He added: "Nobody told us anything about the fire."',
  'Senator Ilse Marrow claimed the vote was rigged, without evidence.',
  'The storm closed every school in the valley.',
  '“It is a disgrace,” she said. “We will appeal.”',
  'Police said a man, 34, was arrested, according to a statement.',
  'BREAKING: Dam at Orlov Creek holds',
  'Critics argue the tax would hit farmers hardest, the report said.',
  'The party’s chairman insisted that the campaign was “in good shape”.',
  'Q: Did you know? A: No, I did not, he told the Velden Courier.',
]

/** Code points that stress offsets and tokenizers: surrogates, controls, bidi, emoji, quotes. */
const ODD_UNITS = [
  '\uD800', '\uDC00', '\uDBFF\uDFFF', '\u0000', '\u0007', '\u200F', '\u200E', '\u202E', '\u2066', '\u061C', '\uFEFF',
  '\u200B', '\u00A0', '\u2028', '\u2029', '\r', '\t', '\n', '\v', '\f', '\u0085',
  '😀', '👩🏽‍🚒', '🇫🇷', 'e\u0301', 'ﷺ', 'ש', 'ع', '中', '\uFFFD', '\uFFFF',
  '"', "'", '“', '”', '‘', '’', '«', '»', '„', '‚', '`', '—', '–', '…', ':', ';', ',', '.', '!', '?', '(', ')', '[', ']',
]

const oddUnit = fc.constantFrom(...ODD_UNITS)
const anyUnit = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)) },
  { weight: 2, arbitrary: oddUnit },
  { weight: 3, arbitrary: fc.constantFrom(' ', 'said', 'told', 'The', 'According to', 'officials', 'he', 'Reuters') },
)
const unicodeText = fc.array(anyUnit, { maxLength: 200 }).map((parts) => parts.join(''))

const QUOTE_SOUP_UNITS = ['"', "'", '“', '”', '‘', '’', '«', '»', ' ', 'said', 'he said', ',', '.', ':', '\n', 'X', 'we', '"\n\n"']
const quoteSoup = fc.array(fc.constantFrom(...QUOTE_SOUP_UNITS), { maxLength: 300 }).map((parts) => parts.join(''))

const punctuationRun = fc
  .tuple(
    fc.constantFrom('.', '!', '?', '"', '\n', ',', ':', '…', '-', '\r\n', ' ', '. ', '“', '\u0000', '\n\n'),
    fc.integer({ min: 1, max: 4_000 }),
    fc.constantFrom(...SENTENCES),
  )
  .map(([unit, count, sentence]) => `${sentence}${unit.repeat(count)}${sentence}`)

/** Real sentences joined by spaces or paragraph breaks, with odd text spliced in at random points. */
const splicedSentences = fc
  .tuple(
    fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 12 }),
    fc.array(fc.constantFrom(' ', '\n\n', '\n', '  '), { minLength: 12, maxLength: 12 }),
    fc.array(fc.tuple(fc.nat(), fc.oneof(oddUnit, fc.string({ unit: 'binary', maxLength: 8 }), quoteSoup)), { maxLength: 6 }),
  )
  .map(([sentences, glue, splices]) => {
    let text = sentences.map((s, i) => s + glue[i]).join('')
    for (const [at, insert] of splices) {
      const i = text.length === 0 ? 0 : at % (text.length + 1)
      text = text.slice(0, i) + insert + text.slice(i)
    }
    return text
  })

/** What is left of a gap once whitespace (JavaScript's `\\s` or Unicode White_Space, such as U+0085) is removed. */
function nonWhitespace(gap: string): string {
  return gap.replace(/[\s\p{White_Space}]/gu, '')
}

function checkSpan(text: string, span: Span | null, spanText: string | null, what: string): void {
  if (span === null) {
    expect(spanText, `${what}: text without span`).toBeNull()
    return
  }
  expect(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: integer offsets`).toBe(true)
  expect(0 <= span.start && span.start <= span.end && span.end <= text.length, `${what}: ${span.start}-${span.end} inside 0-${text.length}`).toBe(true)
  if (spanText !== null) expect(spanText, `${what}: text equals the slice`).toBe(text.slice(span.start, span.end))
}

/** Every invariant of a result, for one input. */
function checkInvariants(text: string): void {
  let result: AnnotationResult
  try {
    result = annotateDefault(text)
  } catch (error) {
    throw new Error(`annotate threw ${String(error)} on ${JSON.stringify(text.slice(0, 200))}`)
  }
  // Statements: in order, non-overlapping, covering every non-whitespace character.
  let previousEnd = 0
  for (const s of result.statements) {
    checkSpan(text, s.span, s.text, `statement ${s.id}`)
    expect(s.span.start, `statement ${s.id} starts after the previous one ends`).toBeGreaterThanOrEqual(previousEnd)
    expect(nonWhitespace(text.slice(previousEnd, s.span.start)), `only whitespace before statement ${s.id}`).toBe('')
    previousEnd = s.span.end
  }
  expect(nonWhitespace(text.slice(previousEnd)), 'only whitespace after the last statement').toBe('')

  const ids = new Set(result.attributions.map((a) => a.id))
  expect(ids.size, 'attribution ids are unique').toBe(result.attributions.length)
  for (const s of result.statements) for (const id of s.attributionIds) expect(ids.has(id), `statement ${s.id} points at ${id}`).toBe(true)
  for (const a of result.attributions) {
    checkSpan(text, a.source.span, a.source.text, `${a.id} source`)
    checkSpan(text, a.cue.span, a.cue.text, `${a.id} cue`)
    for (const [i, span] of a.content.spans.entries()) checkSpan(text, span, null, `${a.id} content ${i}`)
    if (a.via) checkSpan(text, a.via.span, a.via.text, `${a.id} via`)
    expect(a.category, `${a.id} category from ${a.source.kind} source and ${a.cue.stance} cue`).toBe(categoryOf(a.source.kind, a.cue.stance))
  }
  // Deterministic: a second run (with a fresh annotator) gives the same result.
  expect(annotate(text), 'same input, same output').toEqual(result)
}

const property = (arbitrary: fc.Arbitrary<string>) => fc.property(arbitrary, (text) => checkInvariants(text))

describe('annotate on any text', () => {
  it('arbitrary Unicode: lone surrogates, NUL, bidi marks, emoji', () => {
    fc.assert(property(unicodeText), { seed: SEED, numRuns: 1_000 })
  })

  it('quote soup', () => {
    fc.assert(property(quoteSoup), { seed: SEED + 1, numRuns: 800 })
  })

  it('huge runs of punctuation or newlines', () => {
    fc.assert(property(punctuationRun), { seed: SEED + 2, numRuns: 150 })
  })

  it('real sentences with odd text spliced at random points', () => {
    fc.assert(property(splicedSentences), { seed: SEED + 3, numRuns: 700 })
  })
})

function errorOf(fn: () => unknown): AttributionError {
  try {
    fn()
  } catch (error) {
    if (error instanceof AttributionError) return error
    throw new Error(`expected an AttributionError, got ${String(error)}`)
  }
  throw new Error('expected an AttributionError, nothing was thrown')
}

describe('typed errors', () => {
  it('non-string input → invalid_input', () => {
    fc.assert(
      fc.property(fc.anything().filter((v) => typeof v !== 'string'), (value) => {
        expect(errorOf(() => annotate(value as never)).code).toBe('invalid_input')
      }),
      { seed: SEED + 4, numRuns: 200 },
    )
  })

  it('invalid options → invalid_options naming the path', () => {
    const cases: [unknown, string][] = [
      [{ maxLength: -1 }, 'maxLength'],
      [{ maxLength: 1.5 }, 'maxLength'],
      [{ preset: 3 }, 'preset'],
      [{ lexicon: { outlets: [''] } }, 'lexicon.outlets.0'],
      [{ lexicon: { cues: [{ phrase: 'mutter', stance: 'maybe' }] } }, 'lexicon.cues.0.stance'],
      [{ sources: { 'Velden Courier': 'newspaper' } }, 'sources.Velden Courier'],
      [{ colour: 'red' }, '(root)'],
    ]
    for (const [options, path] of cases) {
      const error = errorOf(() => createAnnotator(options as never))
      expect(error.code, JSON.stringify(options)).toBe('invalid_options')
      expect(error.issues.map((i) => i.path), JSON.stringify(options)).toContain(path)
      expect(error.message).toContain(path)
    }
    expect(errorOf(() => annotate('x', 'strict' as never)).code).toBe('invalid_options')
    expect(errorOf(() => annotate('x', [] as never)).code).toBe('invalid_options')
  })

  it('arbitrary options objects either work or throw a typed options error', () => {
    fc.assert(
      fc.property(fc.oneof(fc.object(), fc.record({ maxLength: fc.anything(), preset: fc.anything(), rules: fc.anything() }, { requiredKeys: [] })), (options) => {
        try {
          createAnnotator(options as never)('The mayor said the bridge would reopen.')
        } catch (error) {
          expect(error).toBeInstanceOf(AttributionError)
          expect(['invalid_options', 'unknown_rule', 'input_too_large']).toContain((error as AttributionError).code)
        }
      }),
      { seed: SEED + 5, numRuns: 300 },
    )
  })

  it('unknown rule → unknown_rule with a suggestion', () => {
    const error = errorOf(() => annotate('x', { rules: { 'no-such-rule': 'off' } }))
    expect(error.code).toBe('unknown_rule')
    expect(error.issues[0]?.path).toBe('rules.no-such-rule')
  })

  it('maxLength → input_too_large, and the limit is inclusive', () => {
    const limited = createAnnotator({ maxLength: 20 })
    expect(errorOf(() => limited('x'.repeat(21))).code).toBe('input_too_large')
    expect(() => limited('The mayor said so.')).not.toThrow()
    expect(() => limited('x'.repeat(20))).not.toThrow()
  })
})
