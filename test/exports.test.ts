/**
 * The exact list of public runtime exports. A new export must be added here
 * on purpose; a lost one fails the test. Run after `npm run build`.
 */
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'

const require = createRequire(import.meta.url)

/** Written from src/index.ts: every value (non-type) export. */
const EXPECTED = [
  'AnnotationContext',
  'AnnotationResultSchema',
  'AttributionError',
  'AttributionSchema',
  'CategorySchema',
  'CueSchema',
  'EvidenceSchema',
  'LexiconOptionsSchema',
  'OptionsSchema',
  'PluginSchema',
  'QuoteKindSchema',
  'RULE_STAGES',
  'SourceKindSchema',
  'SourceSchema',
  'SpanSchema',
  'StanceSchema',
  'StatementSchema',
  'ViaSchema',
  'WarningSchema',
  'annotate',
  'annotateHtml',
  'annotateMany',
  'annotateMarkdown',
  'builtinRules',
  'categoryOf',
  'createAnnotator',
  'defineRule',
  'isAttributionError',
  'presets',
  'retextAttribution',
]

const sorted = (names: Iterable<string>): string[] => [...names].filter((n) => n !== 'default' && n !== '__esModule').sort()

describe('public exports', () => {
  it('the literal list is itself sorted and unique', () => {
    expect(EXPECTED).toEqual([...new Set(EXPECTED)].sort())
  })

  it('dist/index.js exports exactly the expected names', async () => {
    const esm = (await import('../dist/index.js')) as Record<string, unknown>
    expect(sorted(Object.keys(esm))).toEqual(EXPECTED)
  })

  it('dist/index.cjs exports exactly the same names', () => {
    const cjs = require('../dist/index.cjs') as Record<string, unknown>
    expect(sorted(Object.keys(cjs))).toEqual(EXPECTED)
  })

  it('the source entry exports the same names as the build', async () => {
    const src = (await import('../src/index.js')) as Record<string, unknown>
    expect(sorted(Object.keys(src))).toEqual(EXPECTED)
  })

  it('functions are functions and schemas parse', async () => {
    const m = (await import('../dist/index.js')) as Record<string, unknown>
    for (const name of ['annotate', 'annotateHtml', 'annotateMany', 'annotateMarkdown', 'createAnnotator', 'defineRule', 'isAttributionError', 'categoryOf', 'retextAttribution']) {
      expect(typeof m[name], name).toBe('function')
    }
    for (const name of EXPECTED.filter((n) => n.endsWith('Schema'))) {
      expect(typeof (m[name] as { safeParse?: unknown }).safeParse, name).toBe('function')
    }
  })
})
