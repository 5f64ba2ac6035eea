/**
 * The package loads by its own name from ESM and from CJS (self-reference
 * through package.json `exports`), and works from both: the CJS bundle
 * carries a working retext-english. Run after `npm run build`.
 */
import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const require = createRequire(import.meta.url)
const SENTENCE = 'A county official said the bridge would reopen on Monday.'

type Annotate = (text: string) => { statements: { category: string }[]; attributions: { source: { text: string | null }; cue: { text: string | null } }[] }

function check(annotate: Annotate): void {
  const result = annotate(SENTENCE)
  expect(result.attributions.map((a) => [a.source.text, a.cue.text])).toEqual([['A county official', 'said']])
  expect(result.statements.map((s) => s.category)).toEqual(['confirmed-by-official'])
}

describe('module formats', () => {
  it('import("news-attribution") resolves to the ESM build and annotates', async () => {
    const esm = (await import('news-attribution')) as unknown as { annotate: Annotate }
    check(esm.annotate)
  })

  it('require("news-attribution") resolves to the CJS build and annotates', () => {
    const resolved = require.resolve('news-attribution')
    expect(resolved.endsWith('index.cjs')).toBe(true)
    const cjs = require('news-attribution') as { annotate: Annotate; AttributionError: unknown }
    expect(typeof cjs.AttributionError).toBe('function')
    check(cjs.annotate)
  })

  it('the `news-attribution/testing` subpath resolves from both formats', async () => {
    expect(require.resolve('news-attribution/testing').endsWith('testing/index.cjs')).toBe(true)
    const esm = (await import('news-attribution/testing')) as Record<string, unknown>
    const cjs = require('news-attribution/testing') as Record<string, unknown>
    expect(Object.keys(cjs).sort()).toEqual(Object.keys(esm).sort())
  })

  it('plain node processes load both formats by name', () => {
    const script = (load: string): string =>
      `${load}; const r = m.annotate(${JSON.stringify(SENTENCE)}); process.stdout.write(JSON.stringify([r.statements[0].category, r.attributions.length]))`
    const cjs = execFileSync(process.execPath, ['-e', script("const m = require('news-attribution')")], { cwd: root, encoding: 'utf8' })
    expect(JSON.parse(cjs)).toEqual(['confirmed-by-official', 1])
    const esm = execFileSync(process.execPath, ['--input-type=module', '-e', script("const m = await import('news-attribution')")], { cwd: root, encoding: 'utf8' })
    expect(JSON.parse(esm)).toEqual(['confirmed-by-official', 1])
  })

  it('both builds load the markup parsers only when HTML or Markdown comes in', () => {
    // Module._cache is shared by every require(), the ones inside the ESM chunks included.
    const script = (load: string): string =>
      `${load}; const loaded = () => Object.keys(require('node:module')._cache).some((f) => f.endsWith('parsers.cjs'));` +
      `const seen = [loaded()]; m.annotate(${JSON.stringify(SENTENCE)}); seen.push(loaded());` +
      `const html = m.annotateHtml('<p>' + ${JSON.stringify(SENTENCE)} + '</p>'); seen.push(loaded(), html.attributions.length);` +
      `const md = m.annotateMarkdown('*' + ${JSON.stringify(SENTENCE)} + '*'); seen.push(md.attributions.length);` +
      `process.stdout.write(JSON.stringify(seen))`
    for (const load of ["const m = require('news-attribution')", "const m = await import('news-attribution')"]) {
      const args = load.includes('await') ? ['--input-type=module', '-e', `import { createRequire } from 'node:module'; const require = createRequire(import.meta.url); ${script(load)}`] : ['-e', script(load)]
      const out = execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' })
      expect(JSON.parse(out), load).toEqual([false, false, true, 1, 1])
    }
  })

  it('the CJS and ESM builds agree on a small story', async () => {
    const esm = (await import('news-attribution')) as unknown as { annotate: (t: string) => unknown }
    const cjs = require('news-attribution') as { annotate: (t: string) => unknown }
    const story = 'Flood toll rises to 9, officials say\nVelmar told the Daily Courier that the dam would hold. “It is over!” Ana Roske said.'
    expect(cjs.annotate(story)).toEqual(esm.annotate(story))
  })
})
