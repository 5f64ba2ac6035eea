import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { AnnotationResultSchema } from '../../src/index.js'
import { root, snapshotDist } from './dist.js'
import { STORY_HTML, STORY_MARKDOWN, STORY_TEXT } from './fixtures.js'

let dist = ''
let bin = ''
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }

interface Run {
  code: number | null
  stdout: string
  stderr: string
}

function cli(args: string[], input?: string, env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: dir, env: { ...process.env, NO_COLOR: '', ...env } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
    child.stdin.end(input ?? '')
  })
}

let dir = ''

beforeAll(async () => {
  dist = await snapshotDist('cli-dist')
  bin = join(dist, 'cli/index.js')
  dir = await mkdtemp(join(tmpdir(), 'news-attribution-cli-'))
  await mkdir(join(dir, 'articles/more'), { recursive: true })
  await writeFile(join(dir, 'articles/story.txt'), STORY_TEXT)
  await writeFile(join(dir, 'articles/story.html'), STORY_HTML)
  await writeFile(join(dir, 'articles/more/story.md'), STORY_MARKDOWN)
  await writeFile(join(dir, 'articles/notes.csv'), 'not,an,article')
}, 90_000)

describe('news-attribution CLI', () => {
  it('starts with a shebang and prints help and version', async () => {
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
    const help = await cli(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Usage: news-attribution')
    const version = await cli(['--version'])
    expect(version).toMatchObject({ code: 0, stdout: `${pkg.version}\n` })
  })

  it('prints a readable table per file (pretty), without colour when piped', async () => {
    const run = await cli(['articles/story.txt'])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/CATEGORY +SOURCE +CUE +SENTENCE/)
    expect(run.stdout).toMatch(/claimed-by-party +The mayor of Marrowby +said +The mayor of Marrowby said/)
    expect(run.stdout).toMatch(/reported-by-outlet +The Northfield Courier +reported/)
    expect(run.stdout).not.toContain('\u001b[')
  })

  it('walks directories for known extensions and keeps markup out of the table', async () => {
    const run = await cli(['articles'])
    expect(run.code).toBe(0)
    expect(run.stdout.match(/^articles\/\S+$/gm)).toEqual(['articles/more/story.md', 'articles/story.html', 'articles/story.txt'])
    expect(run.stdout).not.toContain('<b>')
    expect(run.stdout).not.toContain('notes.csv')
  })

  it('writes JSON whose spans point into each original file', async () => {
    const run = await cli(['--format', 'json', 'articles/story.html'])
    expect(run.code).toBe(0)
    const record = JSON.parse(run.stdout) as { file: string; type: string }
    expect(record).toMatchObject({ file: 'articles/story.html', type: 'html' })
    const result = AnnotationResultSchema.parse(record)
    for (const s of result.statements) expect(STORY_HTML.slice(s.span.start, s.span.end)).toBe(s.text)
    const many = await cli(['-f', 'json', 'articles/story.txt', 'articles/more/story.md'])
    expect((JSON.parse(many.stdout) as unknown[]).length).toBe(2)
  })

  it('writes NDJSON, one line per file', async () => {
    const run = await cli(['--format', 'ndjson', 'articles'])
    expect(run.code).toBe(0)
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string; attributions: unknown[] })
    expect(lines.map((l) => [l.file, l.attributions.length])).toEqual([
      ['articles/more/story.md', 3],
      ['articles/story.html', 3],
      ['articles/story.txt', 3],
    ])
  })

  it('writes a self-contained HTML report with --out', async () => {
    const run = await cli(['--format', 'html', '--out', 'report.html', 'articles/story.html'])
    expect(run).toMatchObject({ code: 0, stdout: '' })
    const html = await readFile(join(dir, 'report.html'), 'utf8')
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(html).not.toMatch(/(?:src|href)=["']?https?:/)
    expect(html).toContain('class="st cat-claimed-by-party"')
    expect(html).not.toContain('document.title')
  })

  it('reads stdin with `-` and --type', async () => {
    const run = await cli(['--type', 'markdown', '--format', 'json', '-'], STORY_MARKDOWN)
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({ file: 'stdin', type: 'markdown' })
    const piped = await cli(['-f', 'ndjson'], 'The Northfield Courier reported that the gates failed.')
    expect(JSON.parse(piped.stdout)).toMatchObject({ file: 'stdin', attributions: [{ category: 'reported-by-outlet' }] })
  })

  it('applies a valid --config', async () => {
    await writeFile(join(dir, 'good.json'), JSON.stringify({ sources: { 'The Northfield Courier': 'official' } }))
    const run = await cli(['-c', 'good.json', '-f', 'json', 'articles/story.txt'])
    expect(run.code).toBe(0)
    const result = AnnotationResultSchema.parse(JSON.parse(run.stdout))
    expect(result.attributions[2].category).toBe('confirmed-by-official')
  })

  it('exits 2 with the file and the path for --config errors', async () => {
    await writeFile(join(dir, 'broken.json'), '{"rules": ')
    await writeFile(join(dir, 'wrong.json'), JSON.stringify({ lexicon: { outlets: 'The Courier' }, colour: true }))
    await writeFile(join(dir, 'unknown.json'), JSON.stringify({ rules: { 'verb-cue': 'off' } }))
    const broken = await cli(['-c', 'broken.json', 'articles'])
    expect(broken.code).toBe(2)
    expect(broken.stderr).toContain('broken.json: not valid JSON')
    const wrong = await cli(['-c', 'wrong.json', 'articles'])
    expect(wrong.code).toBe(2)
    expect(wrong.stderr).toContain('wrong.json: invalid options')
    expect(wrong.stderr).toContain('lexicon.outlets:')
    expect(wrong.stderr).toContain('colour')
    const unknown = await cli(['-c', 'unknown.json', 'articles'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toMatch(/unknown\.json: Unknown rule "verb-cue"\. Did you mean "verb-cues"/)
    const missing = await cli(['-c', 'nowhere.json', 'articles'])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('Cannot read config file nowhere.json')
    expect(broken.stdout + wrong.stdout + unknown.stdout + missing.stdout).toBe('')
  })

  it('exits 1 for a missing file but still reports the others', async () => {
    const run = await cli(['-f', 'ndjson', 'missing.txt', 'articles/story.txt'])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('missing.txt: no such file or directory')
    expect(run.stdout.trim().split('\n')).toHaveLength(1)
  })

  it('exits 2 for usage errors', async () => {
    for (const args of [['--format', 'xml', 'a.txt'], ['--bogus'], ['--type', 'pdf', 'a.txt'], ['--ndjson', '--jobs', '0'], ['--jobs', '2', 'a.txt']]) {
      const run = await cli(args)
      expect(run.code, args.join(' ')).toBe(2)
      expect(run.stderr, args.join(' ')).toContain('news-attribution --help')
    }
  })

  it('streams --ndjson batches in input order with --jobs 2, reporting bad lines', async () => {
    const lines: string[] = []
    for (let i = 0; i < 48; i++) {
      // Long lines first, short lines after: workers finish out of order.
      const repeat = i % 8 === 0 ? 60 : 1
      const text = Array.from({ length: repeat }, () => `The mayor of Marrowby said on day ${i} that the gates held.`).join(' ')
      lines.push(JSON.stringify({ id: `story-${i}`, text }))
    }
    lines.splice(10, 0, '{"id": "bad", "text": 7}', 'not json')
    await writeFile(join(dir, 'batch.ndjson'), `${lines.join('\n')}\n`)
    const run = await cli(['--ndjson', '--jobs', '2', 'batch.ndjson'])
    expect(run.code).toBe(1)
    const out = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string | null; error?: { code: string }; attributions?: unknown[] })
    const expected = [...Array.from({ length: 10 }, (_, i) => `story-${i}`), 'bad', null, ...Array.from({ length: 38 }, (_, i) => `story-${i + 10}`)]
    expect(out.map((o) => o.id)).toEqual(expected)
    expect(out[10].error?.code).toBe('invalid_input')
    expect(out[11].error?.code).toBe('invalid_json')
    expect(out[0].attributions?.length).toBe(60)
    expect(run.stderr).toContain('batch.ndjson:12: not valid JSON')
    const fromStdin = await cli(['--ndjson', '--jobs', '2'], lines.slice(0, 5).join('\n'))
    expect(fromStdin.code).toBe(0)
    expect(fromStdin.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['story-0', 'story-1', 'story-2', 'story-3', 'story-4'])
  })

  it('ships dist/schema.json generated from the zod schemas', async () => {
    const schema = JSON.parse(await readFile(join(dist, 'schema.json'), 'utf8')) as { $ref: string; $defs: Record<string, unknown> }
    expect(schema.$ref).toBe('#/$defs/AnnotationResult')
    expect(Object.keys(schema.$defs)).toEqual(expect.arrayContaining(['AnnotationResult', 'Attribution', 'Statement', 'Span', 'Category']))
  })
})
