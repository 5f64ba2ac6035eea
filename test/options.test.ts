/**
 * Options change results the documented way: lexicon additions and removals,
 * per-story sources, rule switches and rule options, plugins (rules, lexicon,
 * presets) and custom rules; bad options fail with typed errors; hostile keys
 * change nothing global; big lexicons still work.
 */
import { describe, expect, it } from 'vitest'
import { annotate, AttributionError, createAnnotator, defineRule, type AnnotationContext, type Options, type Plugin, type RuleOptions } from '../src/index.js'
import { RuleTester } from './helpers/rule-tester.js'

function attributionsOf(text: string, options?: Options) {
  return annotate(text, options).attributions
}

function thrown(fn: () => unknown): AttributionError {
  try {
    fn()
  } catch (error) {
    if (error instanceof AttributionError) return error
    throw error
  }
  throw new Error('expected an AttributionError')
}

describe('lexicon additions and removals', () => {
  new RuleTester().run('lexicon', {
    valid: [
      { name: 'an unknown verb is no cue by default', text: 'Tomas Brenner harrumphed that the levy was unfair.' },
      { name: 'a removed cue is no cue', text: 'Critics argued that the fee was unfair.', options: { lexicon: { remove: { cues: ['argue'] } } } },
    ],
    invalid: [
      {
        name: 'an unknown outlet is a party by default',
        text: 'Kestrel reported that the mill had closed.',
        attributions: [{ source: 'Kestrel', kind: 'party', category: 'claimed-by-party' }],
      },
      {
        name: 'an added outlet is reported-by-outlet, and a via after "told"',
        text: 'Kestrel reported that the mill had closed. Tomas Brenner told Kestrel that the kiln had cracked.',
        options: { lexicon: { outlets: ['Kestrel'] } },
        attributions: [
          { source: 'Kestrel', kind: 'outlet', category: 'reported-by-outlet' },
          { source: 'Tomas Brenner', via: 'Kestrel', kind: 'party', category: 'claimed-by-party' },
        ],
      },
      {
        name: 'an added official role',
        text: 'The harbourmaster said the pier was closed.',
        options: { lexicon: { officials: ['harbourmaster'] } },
        attributions: [{ source: 'The harbourmaster', kind: 'official', category: 'confirmed-by-official' }],
      },
      {
        name: 'an added party phrase wins over the built-in official body',
        text: 'The port authority said the ferry would resume.',
        options: { lexicon: { parties: ['port authority'] } },
        attributions: [{ source: 'The port authority', kind: 'party', category: 'claimed-by-party' }],
      },
      {
        name: 'an added unidentified phrase',
        text: 'A dockside regular said the pier was closed.',
        options: { lexicon: { unidentified: ['dockside regular'] } },
        attributions: [{ kind: 'unidentified', anonymous: true, category: 'reported-by-outlet' }],
      },
      {
        name: 'a new claim cue, in every inflection',
        text: 'Tomas Brenner harrumphed that the levy was unfair.',
        options: { lexicon: { cues: [{ phrase: 'harrumph', stance: 'claim' }] } },
        attributions: [{ cue: 'harrumphed', stance: 'claim', category: 'claimed-by-party' }],
      },
      {
        name: 'a new confirm cue with an official source',
        text: 'Officials attested that the levee held.',
        options: { lexicon: { cues: [{ phrase: 'attest', stance: 'confirm' }] } },
        attributions: [{ cue: 'attested', stance: 'confirm', kind: 'official', category: 'confirmed-by-official' }],
      },
      {
        name: 'a removed outlet is a party',
        text: 'Reuters reported that the bridge was unsafe.',
        options: { lexicon: { remove: { outlets: ['Reuters'] } } },
        attributions: [{ source: 'Reuters', kind: 'party', category: 'claimed-by-party' }],
      },
    ],
  })
})

describe('per-story sources', () => {
  const text = 'Tomas Brenner, a ferry pilot, said the cranes were idle. Brenner added that repairs would take weeks. He said the yard would close.'
  it('a named source is a party by default', () => {
    expect(attributionsOf(text).map((a) => a.source.kind)).toEqual(['party', 'party', 'party'])
  })
  it('sources flips the kind of the name, a later surname and a later pronoun', () => {
    const found = attributionsOf(text, { sources: { 'Tomas Brenner': 'official' } })
    expect(found.map((a) => [a.source.text, a.source.kind, a.category])).toEqual([
      ['Tomas Brenner', 'official', 'confirmed-by-official'],
      ['Brenner', 'official', 'confirmed-by-official'],
      ['He', 'official', 'confirmed-by-official'],
    ])
    expect(found.map((a) => a.source.name)).toEqual(['Tomas Brenner', 'Tomas Brenner', 'Tomas Brenner'])
  })
  it('a story list does not leak into another annotator', () => {
    createAnnotator({ sources: { 'Tomas Brenner': 'official' } })
    expect(attributionsOf(text).map((a) => a.source.kind)).toEqual(['party', 'party', 'party'])
  })
})

describe('rule switches and rule options', () => {
  it('"off" removes the effect of a rule', () => {
    const text = 'The mill reportedly closed in March.'
    expect(annotate(text).statements[0].category).toBe('reported-by-outlet')
    expect(annotate(text, { rules: { reportedly: 'off' } }).statements[0].category).toBe('unattributed')
  })

  it('an options object reaches the rule (and switches it on)', () => {
    const seen: RuleOptions[] = []
    const probe = defineRule({ meta: { id: 'test/probe', stage: 'resolve', description: 'Record the options' }, run: (_ctx, options) => void seen.push(options) })
    const run = createAnnotator({ plugins: [{ name: 'test', rules: [probe] }], rules: { 'test/probe': { words: ['pool'], limit: 3 } } })
    run('Nothing here.')
    run('Nothing here either.')
    expect(seen).toEqual([{ words: ['pool'], limit: 3 }, { words: ['pool'], limit: 3 }])
  })

  it('a rule switched "on" gets an empty options object', () => {
    const seen: RuleOptions[] = []
    const probe = defineRule({ meta: { id: 'test/probe', stage: 'cues', description: 'Record the options' }, run: (_ctx, options) => void seen.push(options) })
    annotate('Nothing here.', { plugins: [{ name: 'test', rules: [probe] }] })
    expect(seen).toEqual([{}])
  })
})

describe('option errors', () => {
  it('an unknown rule id is unknown_rule and lists close ids', () => {
    const error = thrown(() => createAnnotator({ rules: { 'verb-cue': 'off' } }))
    expect(error.code).toBe('unknown_rule')
    expect(error.message).toContain('"verb-cue"')
    expect(error.message).toContain('"verb-cues"')
    expect(error.issues).toEqual([{ path: 'rules.verb-cue', message: 'unknown rule id' }])
  })

  it('a plugin rule id typo suggests the plugin rule', () => {
    const rule = defineRule({ meta: { id: 'newsroom/press-pool', stage: 'classify', description: 'x' }, run: () => {} })
    const error = thrown(() => createAnnotator({ plugins: [{ name: 'newsroom', rules: [rule] }], rules: { 'newsroom/press-poll': 'off' } }))
    expect(error.code).toBe('unknown_rule')
    expect(error.message).toContain('"newsroom/press-pool"')
  })

  it.each([
    [{ lexicon: { outlets: [42] } }, 'lexicon.outlets.0'],
    [{ lexicon: { cues: [{ phrase: 'harrumph', stance: 'loud' }] } }, 'lexicon.cues.0.stance'],
    [{ lexicon: { officials: ['  '] } }, 'lexicon.officials.0'],
    [{ sources: { 'Tomas Brenner': 'mayor' } }, 'sources.Tomas Brenner'],
    [{ rules: { 'verb-cues': 'maybe' } }, 'rules.verb-cues'],
    [{ maxLength: -1 }, 'maxLength'],
    [{ lexicon: { outlet: ['Kestrel'] } }, 'lexicon'],
    [{ plugins: [{ name: 'x', rules: [{ run: 1 }] }] }, 'plugins.0.rules.0'],
  ])('invalid options %j name the bad path %s', (options, path) => {
    const error = thrown(() => createAnnotator(options as unknown as Options))
    expect(error.code).toBe('invalid_options')
    expect(error.message).toContain(path)
    expect(error.issues.map((i) => i.path)).toContain(path)
  })

  it('says in plain English what was wrong, not only where', () => {
    expect(thrown(() => createAnnotator({ maxLength: 'long' } as unknown as Options)).message).toMatch(/maxLength: .*expected number, received string/)
    expect(thrown(() => createAnnotator({ bogus: true } as unknown as Options)).message).toContain('Unrecognized key: "bogus"')
    expect(thrown(() => createAnnotator({ sources: { Ada: 'mayor' } } as unknown as Options)).message).toContain('"official"')
  })

  it('options that are not an object are invalid_options', () => {
    expect(thrown(() => createAnnotator('fast' as unknown as Options)).code).toBe('invalid_options')
    expect(thrown(() => createAnnotator([] as unknown as Options)).code).toBe('invalid_options')
  })

  it('an unknown preset is invalid_options and lists the known ones', () => {
    const error = thrown(() => createAnnotator({ preset: 'lenient' }))
    expect(error.code).toBe('invalid_options')
    expect(error.message).toContain('recommended, strict')
  })
})

/** Via X, …: a construction no built-in rule knows. */
const viaSource = defineRule({
  meta: { id: 'test/via-source', stage: 'attribute', description: 'Attribute a sentence that opens with "Via X," to X' },
  run(ctx: AnnotationContext) {
    for (const sentence of ctx.sentences) {
      const first = ctx.tokens[sentence.tokenStart]
      if (first.lower !== 'via') continue
      let comma = sentence.tokenStart + 1
      while (comma < sentence.tokenEnd && ctx.tokens[comma].text !== ',') comma++
      if (comma === sentence.tokenStart + 1 || comma >= sentence.tokenEnd - 2) continue
      const source = { tokenStart: sentence.tokenStart + 1, tokenEnd: comma }
      const last = ctx.tokens[sentence.tokenEnd - 1]
      const end = last.kind === 'punct' ? sentence.tokenEnd - 1 : sentence.tokenEnd
      const cue = ctx.addCue({ tokenStart: sentence.tokenStart, tokenEnd: sentence.tokenStart + 1, lemma: 'via', stance: 'neutral', type: 'according-to', sentence: sentence.index, entry: 'via', ruleId: 'test/via-source' })
      const content = [{ start: ctx.tokens[comma + 1].start, end: ctx.tokens[end - 1].end }]
      ctx.propose({ cue, source, content, ruleId: 'test/via-source' }, '"via" names the source of the sentence')
    }
  },
})

/** Anyone described as being in the press pool is a journalist. */
const pressPool = defineRule({
  meta: { id: 'test/press-pool', stage: 'classify', description: 'Make members of the press pool outlet sources' },
  run(ctx) {
    for (const c of ctx.live()) {
      if (!c.source || !ctx.lowerWords(c.source).join(' ').includes('press pool')) continue
      c.kind = 'outlet'
      c.anonymous = true
      ctx.note(c, { ruleId: 'test/press-pool', reason: 'the press pool is journalists' })
    }
  },
})

/** A rule that decides the category directly, whatever the kind. */
const courtRecord = defineRule({
  meta: { id: 'test/court-record', stage: 'resolve', description: 'Treat sworn testimony as confirmed' },
  run(ctx, options) {
    const word = typeof options.word === 'string' ? options.word : 'testified'
    for (const c of ctx.live()) if (ctx.tokens[c.cue.tokenStart]?.lower === word) c.category = 'confirmed-by-official'
  },
})

describe('plugins and custom rules', () => {
  it('a custom rule proposes an attribution', () => {
    const text = 'Via Reuters, the dam failed overnight.'
    expect(annotate(text).statements[0].category).toBe('unattributed')
    const result = annotate(text, { plugins: [{ name: 'test', rules: [viaSource] }] })
    expect(result.attributions).toHaveLength(1)
    const [a] = result.attributions
    expect([a.source.text, a.cue.text, a.source.kind, a.category, a.ruleId]).toEqual(['Reuters', 'Via', 'outlet', 'reported-by-outlet', 'test/via-source'])
    expect(text.slice(a.content.spans[0].start, a.content.spans[0].end)).toBe('the dam failed overnight')
    expect(a.evidence.map((e) => e.ruleId)).toContain('test/via-source')
    expect(result.statements[0].category).toBe('reported-by-outlet')
  })

  it('a custom rule changes a kind (and built-in resolution follows it)', () => {
    const text = 'A member of the press pool said the motorcade left at noon.'
    const before = annotate(text).attributions[0]
    expect(before.source.kind).not.toBe('outlet')
    const after = annotate(text, { plugins: [{ name: 'test', rules: [pressPool] }] }).attributions[0]
    expect([after.source.kind, after.category]).toEqual(['outlet', 'reported-by-outlet'])
  })

  it('a custom rule sets a category, with its options', () => {
    const text = 'Tomas Brenner testified that the ledger was forged.'
    expect(annotate(text).attributions[0].category).toBe('claimed-by-party')
    const plugins = [{ name: 'test', rules: [courtRecord] }]
    expect(annotate(text, { plugins }).attributions[0].category).toBe('confirmed-by-official')
    expect(annotate(text, { plugins, rules: { 'test/court-record': { word: 'swore' } } }).attributions[0].category).toBe('claimed-by-party')
  })

  it('a plugin adds lexicon entries, and user options apply after it', () => {
    const plugin: Plugin = { name: 'harbour', lexicon: { outlets: ['Kestrel'], officials: ['harbourmaster'] } }
    const text = 'Kestrel reported that the mill had closed.'
    expect(annotate(text, { plugins: [plugin] }).attributions[0].category).toBe('reported-by-outlet')
    expect(annotate(text, { plugins: [plugin], lexicon: { remove: { outlets: ['Kestrel'] } } }).attributions[0].category).toBe('claimed-by-party')
  })

  it('a plugin preset is named plugin/preset and switches rules', () => {
    const plugin: Plugin = { name: 'harbour', presets: { quiet: { reportedly: 'off', 'noun-cue': 'off' } } }
    const text = 'The mill reportedly closed in March.'
    expect(annotate(text, { plugins: [plugin] }).statements[0].category).toBe('reported-by-outlet')
    expect(annotate(text, { plugins: [plugin], preset: 'harbour/quiet' }).statements[0].category).toBe('unattributed')
    expect(thrown(() => createAnnotator({ plugins: [plugin], preset: 'quiet' })).message).toContain('harbour/quiet')
  })

  it('plugin rules run in stage order, whatever their order in the plugin', () => {
    const order: string[] = []
    const rule = (id: string, stage: 'cues' | 'resolve' | 'classify') =>
      defineRule({ meta: { id: `test/${id}`, stage, description: id }, run: () => void order.push(id) })
    annotate('Quiet.', { plugins: [{ name: 'test', rules: [rule('late', 'resolve'), rule('early', 'cues'), rule('middle', 'classify')] }] })
    expect(order).toEqual(['early', 'middle', 'late'])
  })

  it('two rules with one id are invalid_options', () => {
    const a = defineRule({ meta: { id: 'verb-cues', stage: 'cues', description: 'clash' }, run: () => {} })
    expect(thrown(() => createAnnotator({ plugins: [{ name: 'test', rules: [a] }] })).code).toBe('invalid_options')
  })

  it('a throwing plugin rule is rule_failed', () => {
    const bad = defineRule({ meta: { id: 'test/bad', stage: 'refine', description: 'Throw' }, run: () => { throw new Error('boom') } })
    const error = thrown(() => annotate('Tomas Brenner said the levy would rise.', { plugins: [{ name: 'test', rules: [bad] }] }))
    expect(error.code).toBe('rule_failed')
    expect(error.message).toContain('test/bad')
  })

  it('defineRule rejects a bad id or stage', () => {
    expect(thrown(() => defineRule({ meta: { id: 'Bad Id', stage: 'cues', description: 'x' }, run: () => {} })).code).toBe('invalid_options')
    expect(thrown(() => defineRule({ meta: { id: 'ok', stage: 'later' as 'cues', description: 'x' }, run: () => {} })).message).toContain('cues, attribute, refine, classify, resolve')
  })
})

describe('hostile keys change nothing global', () => {
  const text = 'Tomas Brenner said the levy would rise. Kestrel reported that the mill had closed.'
  const baseline = JSON.stringify(annotate(text))
  const hostile = [
    '{"rules":{"constructor":"off"}}',
    '{"sources":{"__proto__":{"Tomas Brenner":"official"}}}',
    '{"sources":{"constructor":"official","__proto__":"official"}}',
    '{"lexicon":{"outlets":["__proto__","constructor","prototype"],"officials":["__proto__"]}}',
    '{"lexicon":{"cues":[{"phrase":"constructor","stance":"claim"},{"phrase":"__proto__","stance":"confirm"}]}}',
    '{"lexicon":{"remove":{"outlets":["__proto__"],"cues":["constructor"]}}}',
    '{"lexicon":{"__proto__":{"outlets":["Tomas Brenner"]}}}',
    '{"__proto__":{"rules":{"verb-cues":"off"}},"constructor":{"prototype":{"polluted":true}}}',
    '{"plugins":[{"name":"evil","presets":{"__proto__":{"verb-cues":"off"}},"lexicon":{"parties":["__proto__"]}}]}',
    '{"rules":{"__proto__":{"verb-cues":"off"}}}',
    '{"preset":"__proto__"}',
    '{"preset":"constructor"}',
  ]
  it.each(hostile)('%s', (json) => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort()
    let annotator: ((t: string) => unknown) | null = null
    try {
      annotator = createAnnotator(JSON.parse(json) as Options)
    } catch (error) {
      expect(error).toBeInstanceOf(AttributionError)
      expect(['invalid_options', 'unknown_rule']).toContain((error as AttributionError).code)
    }
    annotator?.(text)
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(({} as Record<string, unknown>).outlets).toBeUndefined()
    // Other annotators are unaffected.
    expect(JSON.stringify(annotate(text))).toBe(baseline)
  })

  it('a `__proto__` rule id is reported as an unknown rule, like any other', () => {
    expect(thrown(() => createAnnotator(JSON.parse('{"rules":{"__proto__":"off"}}') as Options)).code).toBe('unknown_rule')
  })

  it('a cue phrase that is a reserved property name is invalid_options, not a crash', () => {
    const error = thrown(() => createAnnotator({ lexicon: { cues: [{ phrase: 'constructor', stance: 'claim' }] } }))
    expect(error.code).toBe('invalid_options')
    expect(error.message).toContain('lexicon.cues.0.phrase')
    expect(thrown(() => createAnnotator({ lexicon: { remove: { cues: ['__proto__'] } } })).message).toContain('lexicon.remove.cues.0')
  })

  it('a "constructor" outlet is just a word', () => {
    const result = annotate('Constructor reported that the mill had closed.', { lexicon: { outlets: ['constructor'] } })
    expect(result.attributions[0].category).toBe('reported-by-outlet')
  })
})

describe('big lexicons', () => {
  it('10,000-entry lexicons still compile and match', () => {
    const outlets = Array.from({ length: 10_000 }, (_, i) => `Harbour Wire ${i}`)
    const officials = Array.from({ length: 10_000 }, (_, i) => `deputy warden ${i}`)
    const cues = Array.from({ length: 10_000 }, (_, i) => ({ phrase: `murmur${i}`, stance: 'claim' as const }))
    const t0 = performance.now()
    const run = createAnnotator({ lexicon: { outlets, officials, cues } })
    const t1 = performance.now()
    const result = run('Kestrel Gazette 9999 said the mill closed. Harbour Wire 9999 reported that the kiln cracked. Ida Varga murmur4321ed that the ledger was forged.')
    const t2 = performance.now()
    console.log(`10k-entry lexicons (3 × 10,000 entries): compile ${(t1 - t0).toFixed(1)} ms, annotate ${(t2 - t1).toFixed(1)} ms`)
    const wire = result.attributions.find((a) => a.source.text === 'Harbour Wire 9999')
    expect(wire?.category).toBe('reported-by-outlet')
  })
})
