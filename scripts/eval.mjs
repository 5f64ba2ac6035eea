#!/usr/bin/env node
// Runs the shared scorer over every shared gold file and prints one table.
// Skips cleanly when ../shared (not part of a user's clone) is absent.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const shared = resolve(root, '..', 'shared')
const scorer = join(shared, 'eval', 'score.mjs')
if (!existsSync(scorer)) {
  console.log(`skipped: no shared evaluation data at ${shared} (it is not part of the package).`)
  process.exit(0)
}
const files = readdirSync(join(shared, 'eval'))
  .filter((f) => f.endsWith('.gold.jsonl'))
  .map((f) => join(shared, 'eval', f))
const spans = join(shared, 'corpora', 'polnear', 'dev.jsonl')
if (existsSync(spans)) files.push(spans)

const rows = []
for (const file of files) {
  const out = execFileSync(process.execPath, [scorer, file], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  const summary = JSON.parse(out.slice(0, out.lastIndexOf('}') + 1))
  const name = file.endsWith('dev.jsonl') && !file.endsWith('.gold.jsonl') ? 'polnear dev (spans)' : file.split('/').pop().replace('.gold.jsonl', '')
  rows.push(
    summary.statements
      ? { file: name, accuracy: summary.accuracy, macroF1: summary.macroF1, sourceSpan: summary.sourceSpan, sourceKind: summary.sourceKind, via: summary.via, crashes: summary.crashes }
      : { file: name, cueF1: summary.cue.f1, sourceF1: summary.source.f1, contentF1: summary.contentOverlapF1, crashes: summary.crashes },
  )
}
console.table(rows)
