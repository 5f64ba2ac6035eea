/**
 * `annotateMany`: input order, ids, lazy one-at-a-time pulling, early exit,
 * typed errors. All prose here is our own, with invented names and places.
 */
import { describe, expect, it } from 'vitest'
import { annotate, annotateMany, AttributionError, type BatchInput, type BatchResult } from '../src/index.js'

const STORIES = [
  'The mayor of Velden said the bridge would reopen in May.',
  '"We are not leaving," the union leader told reporters on Friday.',
  'According to the harbour authority, two ships ran aground overnight.',
  'Snow fell on the pass. Nobody was hurt.',
]

async function collect(results: AsyncIterable<BatchResult>): Promise<BatchResult[]> {
  const out: BatchResult[] = []
  for await (const r of results) out.push(r)
  return out
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn()
  } catch (error) {
    return error instanceof AttributionError ? error.code : 'not-an-AttributionError'
  }
  return undefined
}

async function asyncCodeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise
  } catch (error) {
    return error instanceof AttributionError ? error.code : 'not-an-AttributionError'
  }
  return undefined
}

describe('annotateMany', () => {
  it('yields { id, result } in input order, ids are positions for bare strings', async () => {
    const results = await collect(annotateMany(STORIES))
    expect(results.map((r) => r.id)).toEqual([0, 1, 2, 3])
    results.forEach((r, i) => expect(r.result).toEqual(annotate(STORIES[i])))
  })

  it('keeps the ids of { id, text } documents and accepts mixed input', async () => {
    const input: BatchInput[] = [{ id: 'a-1', text: STORIES[0] }, STORIES[1], { id: 7, text: STORIES[2] }]
    const results = await collect(annotateMany(input))
    expect(results.map((r) => r.id)).toEqual(['a-1', 1, 7])
    expect(results[2].result).toEqual(annotate(STORIES[2]))
  })

  it('reads async iterables and keeps their order even when items arrive late', async () => {
    async function* slow(): AsyncGenerator<BatchInput> {
      for (const [i, text] of STORIES.entries()) {
        await new Promise((resolve) => setTimeout(resolve, (STORIES.length - i) * 3))
        yield { id: `s${i}`, text }
      }
    }
    const results = await collect(annotateMany(slow()))
    expect(results.map((r) => r.id)).toEqual(['s0', 's1', 's2', 's3'])
  })

  it('pulls input lazily, one document per result', async () => {
    let pulled = 0
    function* counting(): Generator<string> {
      for (let i = 0; i < 1_000_000; i++) {
        pulled++
        yield STORIES[i % STORIES.length]
      }
    }
    const results = annotateMany(counting())
    expect(pulled).toBe(0)
    await results.next()
    expect(pulled).toBe(1)
    await results.next()
    await results.next()
    expect(pulled).toBe(3)
    await results.return()
  })

  it('closes the source when the consumer stops early', async () => {
    let closed = false
    function* source(): Generator<string> {
      try {
        for (;;) yield STORIES[0]
      } finally {
        closed = true
      }
    }
    for await (const r of annotateMany(source())) {
      if (r.id === 2) break
    }
    expect(closed).toBe(true)
  })

  it('compiles the options once, for a whole stream', async () => {
    const options = { lexicon: { outlets: ['Velden Courier'] } }
    const input = Array.from({ length: 5 }, (_, i) => ({ id: i, text: `The Velden Courier reported that the ferry was late ${i} times.` }))
    const results = await collect(annotateMany(input, options))
    expect(results).toHaveLength(5)
    expect(results[0].result).toEqual(annotate(input[0].text, options))
  })

  it('yields nothing for an empty input', async () => {
    expect(await collect(annotateMany([]))).toEqual([])
  })

  it('throws at once for invalid options or a non-iterable input', () => {
    expect(codeOf(() => annotateMany(STORIES, { preset: 3 } as never))).toBe('invalid_options')
    expect(codeOf(() => annotateMany(STORIES, { rules: { 'no-such-rule': 'off' } }))).toBe('unknown_rule')
    expect(codeOf(() => annotateMany(42 as never))).toBe('invalid_input')
    expect(codeOf(() => annotateMany('one string' as never))).toBe('invalid_input')
  })

  it('throws invalid_input for a malformed item, after yielding the ones before it', async () => {
    const results = annotateMany([STORIES[0], { id: 'x', text: 3 }] as never)
    expect((await results.next()).value?.id).toBe(0)
    await expect(results.next()).rejects.toMatchObject({ code: 'invalid_input', issues: [{ path: '1.text' }] })
    expect(await asyncCodeOf(collect(annotateMany([null] as never)))).toBe('invalid_input')
    expect(await asyncCodeOf(collect(annotateMany([{ text: 'no id' }] as never)))).toBe('invalid_input')
  })

  it('passes on errors from annotate, such as input_too_large', async () => {
    expect(await asyncCodeOf(collect(annotateMany(['short', 'x'.repeat(50)], { maxLength: 10 })))).toBe('input_too_large')
  })
})
