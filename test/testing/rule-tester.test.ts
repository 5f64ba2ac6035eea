/** The RuleTester itself: strict cases, readable failures, framework detection. */
import { AssertionError } from 'node:assert'
import { afterEach, describe, expect, it } from 'vitest'
import { RuleTester } from '../../src/testing/index.js'

/** Run the tester with no framework: every case runs synchronously inside `run`. */
function bare(fn: () => void): void {
  const saved = [RuleTester.describe, RuleTester.it, RuleTester.itOnly]
  RuleTester.describe = undefined
  RuleTester.it = undefined
  RuleTester.itOnly = undefined
  try {
    fn()
  } finally {
    ;[RuleTester.describe, RuleTester.it, RuleTester.itOnly] = saved
  }
}

function failure(fn: () => void): Error {
  try {
    bare(fn)
  } catch (error) {
    return error as Error
  }
  throw new Error('expected the tester to fail')
}

const said = 'Tomas Brenner said the levy would rise.'

describe('RuleTester without a test framework', () => {
  afterEach(() => {
    RuleTester.describe = undefined
    RuleTester.it = undefined
  })

  it('passes silently when every case holds', () => {
    bare(() =>
      new RuleTester().run('subject-source', {
        valid: ['The levy will rise.'],
        invalid: [{ text: said, attributions: [{ source: 'Tomas Brenner', cue: 'said', content: 'the levy would rise', category: 'claimed-by-party' }] }],
      }),
    )
  })

  it('throws an AssertionError with the case, the text and a diff', () => {
    const error = failure(() => new RuleTester().run('subject-source', { invalid: [{ text: said, attributions: [{ source: 'Brenner' }] }] }))
    expect(error).toBeInstanceOf(AssertionError)
    expect(error.message).toContain('subject-source: invalid case 1')
    expect(error.message).toContain(JSON.stringify(said))
    expect(error.message).toMatch(/\+ +source: 'Tomas Brenner'/)
    expect(error.message).toMatch(/- +source: 'Brenner'/)
  })

  it('a valid case fails on any attribution', () => {
    const error = failure(() => new RuleTester().run('verb-cues', { valid: [said] }))
    expect(error).toBeInstanceOf(AssertionError)
    expect(error.message).toContain('should find no attribution')
  })

  it('the number of attributions must match', () => {
    const error = failure(() =>
      new RuleTester().run('x', { invalid: [{ text: `${said} Ida Varga said the pier was safe.`, attributions: [{ source: 'Tomas Brenner' }] }] }),
    )
    expect(error).toBeInstanceOf(AssertionError)
    expect(error.message).toContain('Ida Varga')
  })

  it('statement categories are compared in order', () => {
    bare(() => new RuleTester().run('x', { invalid: [{ text: `The levy will rise. ${said}`, statements: ['unattributed', 'claimed-by-party'] }] }))
    const error = failure(() => new RuleTester().run('x', { invalid: [{ text: said, statements: ['confirmed-by-official'] }] }))
    expect(error).toBeInstanceOf(AssertionError)
  })

  it('content may be one string per span', () => {
    bare(() =>
      new RuleTester().run('inverted-source', {
        invalid: [{ text: '“The numbers do not add up,” she said, “and everyone knows it.”', attributions: [{ content: ['“The numbers do not add up', '“and everyone knows it.”'] }] }],
      }),
    )
  })
})

describe('RuleTester is strict', () => {
  const cases: [string, () => void][] = [
    ['an unknown case key', () => new RuleTester().run('x', { invalid: [{ text: said, attributions: [{ source: 'Tomas Brenner' }], categroy: 'x' } as never] })],
    ['an unknown expectation key', () => new RuleTester().run('x', { invalid: [{ text: said, attributions: [{ sorce: 'Tomas Brenner' } as never] }] })],
    ['an unknown top-level key', () => new RuleTester().run('x', { valid: ['Quiet.'], invalide: [] } as never)],
    ['a valid case with expectations', () => new RuleTester().run('x', { valid: [{ text: 'Quiet.', attributions: [] } as never] })],
    ['an invalid case with nothing to check', () => new RuleTester().run('x', { invalid: [{ text: said }] })],
    ['an empty attributions list', () => new RuleTester().run('x', { invalid: [{ text: said, attributions: [] }] })],
    ['an unknown statement category', () => new RuleTester().run('x', { invalid: [{ text: said, statements: ['claimed'] as never }] })],
    ['a source that is not text', () => new RuleTester().run('x', { invalid: [{ text: said, attributions: [{ source: 3 } as never] }] })],
    ['no cases at all', () => new RuleTester().run('x', {})],
    ['a __proto__ key', () => new RuleTester().run('x', { invalid: [JSON.parse(`{"text":${JSON.stringify(said)},"statements":["claimed-by-party"],"__proto__":{}}`)] })],
  ]
  it.each(cases)('%s throws a TypeError', (_label, fn) => {
    const error = failure(fn)
    expect(error).toBeInstanceOf(TypeError)
  })

  it('the message names the key and suggests the right one', () => {
    const error = failure(() => new RuleTester().run('x', { invalid: [{ text: said, attributions: [{ sorce: 'Tomas Brenner' } as never] }] }))
    expect(error.message).toContain('unknown key "sorce"')
    expect(error.message).toContain('did you mean "source"')
  })

  it('bad shared options fail in the constructor', () => {
    expect(() => new RuleTester({ rules: { 'no-such-rule': 'off' } })).toThrow(/Unknown rule "no-such-rule"/)
  })
})

describe('RuleTester options', () => {
  it('case options merge over the tester options', () => {
    bare(() =>
      new RuleTester({ lexicon: { outlets: ['Kestrel'] }, sources: { 'Tomas Brenner': 'official' } }).run('x', {
        invalid: [
          { text: 'Kestrel reported that the mill had closed.', attributions: [{ kind: 'outlet' }] },
          { text: said, attributions: [{ kind: 'official' }] },
          {
            text: 'Kestrel reported that the mill had closed. Lumen reported that the kiln had cracked.',
            options: { lexicon: { outlets: ['Lumen'] } },
            attributions: [{ source: 'Kestrel', kind: 'outlet' }, { source: 'Lumen', kind: 'outlet' }],
          },
          { text: said, options: { sources: { 'Ida Varga': 'official' } }, attributions: [{ kind: 'official' }] },
          { text: said, options: { rules: { 'story-sources': 'off' } }, attributions: [{ kind: 'party' }] },
        ],
      }),
    )
  })
})

describe('RuleTester with a framework', () => {
  it('registers one describe per rule and one it per case', () => {
    const titles: string[] = []
    const saved = [RuleTester.describe, RuleTester.it]
    RuleTester.describe = (title, fn) => {
      titles.push(`describe ${title}`)
      fn()
    }
    RuleTester.it = (title) => void titles.push(`it ${title}`)
    try {
      new RuleTester().run('verb-cues', { valid: ['Quiet.', { text: 'Calm.', name: 'named' }], invalid: [{ text: said, statements: ['claimed-by-party'] }] })
    } finally {
      ;[RuleTester.describe, RuleTester.it] = saved
    }
    expect(titles).toEqual(['describe verb-cues', 'describe valid', 'it Quiet.', 'it named', 'describe invalid', `it ${said}`])
  })

  it('the built subpath export works', async () => {
    const path = '../../dist/testing/index.js' // a variable: no type look-up in dist
    const built = (await import(path)) as { RuleTester: typeof RuleTester }
    expect(typeof built.RuleTester).toBe('function')
    const saved = [built.RuleTester.describe, built.RuleTester.it]
    built.RuleTester.describe = undefined
    built.RuleTester.it = undefined
    try {
      new built.RuleTester().run('verb-cues', { valid: ['Quiet.'], invalid: [{ text: said, attributions: [{ cue: 'said' }] }] })
    } finally {
      ;[built.RuleTester.describe, built.RuleTester.it] = saved
    }
  })
})
