#!/usr/bin/env node
/**
 * `npm run bench`: speed, growth and worst cases of the built package
 * (dist/), measured side by side in one process with tinybench.
 *
 * Texts: the `text` fields of the shared PolNeAR dev split when it exists
 * (read at run time, never copied into the repo), else bench/fixtures/*.txt
 * (our own prose). `BENCH_CORPUS=fixtures` forces the fixtures.
 *
 * Targets are checked here, printed as PASS/FAIL, never in unit tests.
 * `--strict` makes a FAIL exit non-zero.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import retextEnglish from 'retext-english'
import { Bench } from 'tinybench'
import { unified } from 'unified'
import { createAnnotator } from '../dist/index.js'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const DIST = join(ROOT, 'dist', 'index.js')
const CLI = join(ROOT, 'dist', 'cli', 'index.js')
const CORPUS = fileURLToPath(new URL('../../shared/corpora/polnear/dev.jsonl', import.meta.url))
const FIXTURES = join(ROOT, 'bench', 'fixtures')
const PATHOLOGICAL_SIZE = 200_000

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc')

const outcomes = []
function target(label, ok, detail) {
  outcomes.push({ label, ok })
  console.log(`  ${ok ? 'PASS' : 'FAIL'}  ${label}: ${detail}`)
}
const ms = (x) => `${x.toFixed(x < 10 ? 2 : 0)} ms`
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const wordCount = (text) => text.split(/\s+/).filter(Boolean).length

/** Median latency (ms) of each task, run side by side in one tinybench. */
async function bench(tasks, { iterations = 5, time = 0 } = {}) {
  const b = new Bench({ iterations, time, warmupIterations: 1, warmupTime: 0, throws: true })
  for (const [name, fn] of Object.entries(tasks)) b.add(name, fn)
  await b.run()
  return Object.fromEntries(b.tasks.map((t) => [t.name, t.result.latency.p50]))
}

/** One timed call, after a forced GC: wall time and heap. */
function once(fn) {
  gc()
  const before = process.memoryUsage().heapUsed
  const start = performance.now()
  const result = fn()
  const elapsed = performance.now() - start
  const grown = process.memoryUsage().heapUsed - before
  gc()
  const retained = process.memoryUsage().heapUsed - before
  return { elapsed, grown, retained, result }
}

function loadTexts() {
  if (process.env.BENCH_CORPUS !== 'fixtures' && existsSync(CORPUS)) {
    const texts = readFileSync(CORPUS, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line).text)
      .filter((text) => typeof text === 'string' && text.trim() !== '')
    return { name: `PolNeAR dev (${CORPUS})`, texts }
  }
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort()
  return { name: `bench/fixtures (${files.length} files, our own prose)`, texts: files.map((f) => readFileSync(join(FIXTURES, f), 'utf8')) }
}

/** Texts joined by blank lines until `size` characters, cut at a space. */
function document(texts, size) {
  let out = ''
  for (let i = 0; out.length < size; i++) out += texts[i % texts.length] + '\n\n'
  const cut = out.lastIndexOf(' ', size)
  return out.slice(0, cut > size / 2 ? cut : size)
}

const repeatTo = (unit, size) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size)

const { name: corpusName, texts } = loadTexts()
const totalChars = texts.reduce((n, t) => n + t.length, 0)
const totalBytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0)
const totalWords = texts.reduce((n, t) => n + wordCount(t), 0)
const byLength = [...texts].sort((a, b) => a.length - b.length)
const base = byLength[Math.floor(byLength.length / 2)]

console.log(`news-attribution benchmark · node ${process.version} · ${process.platform}/${process.arch}`)
console.log(`texts: ${corpusName}: ${texts.length} articles, ${mb(totalBytes)}, ${totalWords} words`)

// 1. Throughput: annotate vs a bare retext-english parse of the same texts.
console.log('\n[throughput] annotate vs unified().use(retextEnglish).parse, per article')
const annotator = createAnnotator()
const parser = unified().use(retextEnglish)
const corpus = await bench(
  {
    annotate: () => {
      for (const t of texts) annotator(t)
    },
    'retext parse': () => {
      for (const t of texts) parser.parse(t)
    },
  },
  { iterations: 5 },
)
for (const [task, latency] of Object.entries(corpus)) {
  const seconds = latency / 1000
  console.log(`  ${task.padEnd(13)} ${ms(latency).padStart(9)} per pass · ${(totalBytes / 1024 / 1024 / seconds).toFixed(2)} MB/s · ${Math.round(totalWords / seconds)} words/s`)
}
const parseRatio = corpus.annotate / corpus['retext parse']
target('annotate/parse ≤ 1.3', parseRatio <= 1.3, `${parseRatio.toFixed(2)}×`)

// 2. Growth: one document of 1×, 8× and 64× a base article (the median one).
// Every sample annotates the same amount of text (64 × the base article:
// 64 calls of 1×, 8 of 8×, one of 64×) and starts from a collected heap, so
// garbage collection weighs the same on every size; the sizes take turns,
// so drift in the machine's speed touches them alike. Per-call time is the
// median of the samples.
const GROWTH_ROUNDS = 7
const SIZES = [1, 8, 64]
console.log(`\n[growth] one document of n × the median article (${base.length} chars), median of ${GROWTH_ROUNDS} interleaved samples of 64× the text`)
const growthDocs = Object.fromEntries(SIZES.map((n) => [n, Array.from({ length: n }, () => base).join('\n\n')]))
const growthSamples = Object.fromEntries(SIZES.map((n) => [n, []]))
for (const n of SIZES) annotator(growthDocs[n])
for (let round = 0; round < GROWTH_ROUNDS; round++) {
  for (const n of SIZES) {
    gc()
    const calls = 64 / n
    const start = performance.now()
    for (let k = 0; k < calls; k++) annotator(growthDocs[n])
    growthSamples[n].push((performance.now() - start) / calls)
  }
}
const growth = {}
for (const n of SIZES) {
  const doc = growthDocs[n]
  const heap = once(() => annotator(doc))
  growth[n] = median(growthSamples[n])
  console.log(
    `  ${String(n).padStart(2)}× ${String(doc.length).padStart(8)} chars: ${ms(growth[n]).padStart(9)} · heap during call +${mb(Math.max(0, heap.grown))}, result ${mb(Math.max(0, heap.retained))}`,
  )
}
target('time 8×/1× ≤ 9', growth[8] / growth[1] <= 9, `${(growth[8] / growth[1]).toFixed(2)}× (64×/1×: ${(growth[64] / growth[1]).toFixed(1)}×)`)

// 3. Cold start: a fresh node that imports dist/index.js and annotates one
// short text. The target is the library's own share, import + first call,
// timed inside the fresh process; the whole process (node's own start-up
// included) is printed beside it.
console.log('\n[cold start] fresh node importing dist/index.js, median of 9')
const coldCode = `const t0 = performance.now(); import(${JSON.stringify(DIST)}).then((m) => { if (m.annotate('The mayor said the bridge would reopen.').attributions.length !== 1) process.exit(1); process.stdout.write(String(performance.now() - t0)) })`
const spawnTime = (args) => {
  const start = performance.now()
  const run = spawnSync(process.execPath, args, { encoding: 'utf8' })
  if (run.status !== 0) throw new Error(`cold start failed: ${run.stderr}`)
  return { process: performance.now() - start, inside: Number(run.stdout) }
}
const bare = median(Array.from({ length: 9 }, () => spawnTime(['-e', '0']).process))
const colds = Array.from({ length: 9 }, () => spawnTime(['-e', coldCode]))
const cold = median(colds.map((c) => c.inside))
console.log(`  import + first call: ${ms(cold)} · whole process: ${ms(median(colds.map((c) => c.process)))} (node -e 0 alone: ${ms(bare)})`)
target('cold start (import + first call) < 100 ms', cold < 100, ms(cold))

// 4. Hostile options: a lexicon of 10,000 outlets.
console.log('\n[hostile options] lexicon of 10,000 outlet entries')
const PLACES = ['Velden', 'Orlov', 'Marren', 'Osterkamp', 'Lindholm', 'Aster', 'Brevik', 'Calder', 'Dunmore', 'Elsby']
const KINDS = ['Courier', 'Ledger', 'Gazette', 'Post', 'Herald', 'Tribune', 'Chronicle', 'Observer', 'Sentinel', 'Dispatch']
const outlets = Array.from({ length: 10_000 }, (_, i) => `${PLACES[i % 10]} ${KINDS[Math.floor(i / 10) % 10]} ${Math.floor(i / 100)}`)
const compile = median(Array.from({ length: 3 }, () => once(() => createAnnotator({ lexicon: { outlets } })).elapsed))
const hostile = createAnnotator({ lexicon: { outlets } })
const perCall = await bench({ default: () => annotator(base), '10k outlets': () => hostile(base) }, { iterations: 20 })
console.log(`  compile: ${ms(compile)} · per call on the median article: ${ms(perCall['10k outlets'])} (default lexicon ${ms(perCall.default)})`)
console.log(`  per-call cost of the big lexicon: ${(perCall['10k outlets'] / perCall.default).toFixed(2)}× the default`)

// 5. Pathological 200 kB inputs against a normal 200 kB article.
console.log(`\n[pathological] ${PATHOLOGICAL_SIZE / 1000} kB inputs vs a normal ${PATHOLOGICAL_SIZE / 1000} kB article (target ≤ 3×)`)
const normal = document(texts, PATHOLOGICAL_SIZE)
const cases = {
  'quote marks': '"'.repeat(PATHOLOGICAL_SIZE),
  'no spaces at all': repeatTo(normal.replace(/\s+/g, ''), PATHOLOGICAL_SIZE),
  '`said ` repeated': repeatTo('said ', PATHOLOGICAL_SIZE),
  'nested quotes': repeatTo('“Ann said, ‘Bo said, "Cy said, \'Di said, ', PATHOLOGICAL_SIZE),
  '`X: ` repeated': repeatTo('X: ', PATHOLOGICAL_SIZE),
  '`according to ` repeated': repeatTo('according to ', PATHOLOGICAL_SIZE),
}
annotator(normal)
const normalTime = Math.min(...Array.from({ length: 3 }, () => once(() => annotator(normal)).elapsed))
const corpusRate = corpus.annotate / totalChars
console.log(`  normal article (${normal.length} chars): ${ms(normalTime)} (${(normalTime / normal.length / corpusRate).toFixed(1)}× the per-character cost of annotating the articles one by one)`)
let worst = { name: '', ratio: 0 }
for (const [name, text] of Object.entries(cases)) {
  // Warmed up like the normal article, so the first call's compilation of rarely used paths is not counted.
  annotator(text)
  const runs = [once(() => annotator(text)), once(() => annotator(text)), once(() => annotator(text))]
  const elapsed = Math.min(...runs.map((r) => r.elapsed))
  const result = runs[0].result
  const ratio = elapsed / normalTime
  if (ratio > worst.ratio) worst = { name, ratio }
  target(`${name} ≤ 3×`, ratio <= 3, `${ms(elapsed)} = ${ratio.toFixed(2)}× · ${result.statements.length} statements, ${result.attributions.length} attributions`)
}
console.log(`  worst ratio: ${worst.ratio.toFixed(2)}× (${worst.name})`)

// 6. CLI --jobs speed-up, when the CLI has it.
let jobsSpeedUp = null
console.log('\n[cli --jobs] NDJSON of the texts, 1 vs 2 jobs')
const help = existsSync(CLI) ? spawnSync(process.execPath, [CLI, '--help'], { encoding: 'utf8' }) : { stdout: '', stderr: '' }
const helpText = `${help.stdout ?? ''}${help.stderr ?? ''}`
if (!helpText.includes('--jobs') || !helpText.includes('--ndjson')) {
  console.log('  skipped: CLI has no --jobs')
} else {
  const dir = mkdtempSync(join(tmpdir(), 'news-attribution-bench-'))
  try {
    const file = join(dir, 'corpus.ndjson')
    const lines = []
    // Enough documents that a batch runs for seconds, as archives do, so worker start-up is not the whole story.
    for (let round = 0; lines.length < 500; round++) for (const [i, text] of texts.entries()) lines.push(JSON.stringify({ id: `${round}-${i}`, text }))
    writeFileSync(file, lines.join('\n') + '\n')
    const jobs = (n) => {
      const start = performance.now()
      // The file is given both as an argument and on stdin, whichever the CLI reads.
      const run = spawnSync(process.execPath, [CLI, '--ndjson', '--jobs', String(n), file], { input: readFileSync(file), maxBuffer: 1 << 30 })
      if (run.status !== 0) throw new Error(`CLI --jobs ${n} exited ${run.status}: ${String(run.stderr).slice(0, 300)}`)
      return performance.now() - start
    }
    const one = median([jobs(1), jobs(1), jobs(1)])
    const two = median([jobs(2), jobs(2), jobs(2)])
    jobsSpeedUp = one / two
    console.log(`  ${lines.length} documents: --jobs 1 ${ms(one)} · --jobs 2 ${ms(two)}`)
    target('--jobs 2 over --jobs 1 ≥ 1.7×', jobsSpeedUp >= 1.7, `${jobsSpeedUp.toFixed(2)}×`)
  } catch (error) {
    console.log(`  skipped: ${error instanceof Error ? error.message : String(error)}`)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

// Summary.
const failed = outcomes.filter((o) => !o.ok)
console.log(`\nsummary: ${(totalBytes / 1024 / 1024 / (corpus.annotate / 1000)).toFixed(2)} MB/s · annotate/parse ${parseRatio.toFixed(1)}× · 8×/1× ${(growth[8] / growth[1]).toFixed(2)}× · cold start ${ms(cold)} · worst pathological ${worst.ratio.toFixed(2)}× · 10k-lexicon compile ${ms(compile)}, call ${ms(perCall['10k outlets'])}${jobsSpeedUp === null ? '' : ` · --jobs 2/1 ${jobsSpeedUp.toFixed(2)}×`}`)
console.log(`targets: ${outcomes.length - failed.length} PASS, ${failed.length} FAIL${failed.length ? ` (${failed.map((f) => f.label).join('; ')})` : ''}`)
if (process.argv.includes('--strict') && failed.length > 0) process.exitCode = 1
