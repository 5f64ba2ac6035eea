#!/usr/bin/env node
/**
 * Generate the rules table (id, stage, description, doc link) from the built
 * registry (`builtinRules` in dist/index.js) and write it between the
 * `<!-- rules-table:start -->` and `<!-- rules-table:end -->` markers in
 * README.md; without the markers, print it. `--check` writes nothing and
 * fails (exit 1) when README's table is stale. `--file=PATH` targets
 * another Markdown file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const START = '<!-- rules-table:start -->'
const END = '<!-- rules-table:end -->'
const fileArg = process.argv.find((a) => a.startsWith('--file='))
const readme = fileArg ? fileArg.slice('--file='.length) : join(root, 'README.md')
const check = process.argv.includes('--check')

const dist = join(root, 'dist/index.js')
if (!existsSync(dist)) {
  console.error('rules-table: dist/index.js is missing; run `npm run build` first.')
  process.exit(1)
}
const { builtinRules } = await import(pathToFileURL(dist).href)

const escape = (text) => text.replaceAll('|', '\\|')
const rows = builtinRules.map((r) => `| [\`${r.meta.id}\`](docs/rules/${r.meta.id}.md) | ${r.meta.stage} | ${escape(r.meta.description)} |`)
const table = ['| Rule | Stage | What it does |', '| --- | --- | --- |', ...rows].join('\n')

const text = existsSync(readme) ? readFileSync(readme, 'utf8') : ''
const start = text.indexOf(START)
const end = text.indexOf(END, start + START.length)
if (start === -1 || end === -1) {
  if (check) console.error(`rules-table: README.md has no ${START} … ${END} markers; nothing to check.`)
  else console.log(table)
  process.exit(0)
}
const updated = `${text.slice(0, start + START.length)}\n${table}\n${text.slice(end)}`
if (check) {
  if (updated !== text) {
    console.error('rules-table: the rules table in README.md is stale; run `npm run rules:table`.')
    process.exit(1)
  }
  console.log('rules-table: README.md is up to date.')
} else if (updated !== text) {
  writeFileSync(readme, updated)
  console.log(`rules-table: wrote ${builtinRules.length} rules to README.md.`)
} else {
  console.log('rules-table: README.md is already up to date.')
}
