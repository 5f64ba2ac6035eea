// Annotate examples/article.txt with the built package and print a table:
// one row per statement (category, source, cue, sentence), then counts.
// Run with `npm run demo` (builds first).
import { readFileSync } from 'node:fs'
import { annotate } from '../dist/index.js'

const text = readFileSync(new URL('./article.txt', import.meta.url), 'utf8')
const { statements, attributions } = annotate(text)
const byId = new Map(attributions.map((a) => [a.id, a]))

const truncate = (value, width) => {
  const flat = value.replace(/\s+/g, ' ')
  return flat.length <= width ? flat : `${flat.slice(0, width - 1)}…`
}
const pad = (value, width) => truncate(value, width).padEnd(width)

const columns = [
  ['category', 22],
  ['source', 26],
  ['cue', 16],
  ['sentence', 60],
]
const line = (cells) => cells.map((cell, i) => pad(cell, columns[i][1])).join('  ').trimEnd()

console.log(line(columns.map(([name]) => name)))
console.log(line(columns.map(([, width]) => '-'.repeat(width))))
for (const statement of statements) {
  const a = byId.get(statement.attributionIds[0])
  let source = ''
  if (a) {
    source = a.source.text ?? (a.source.name ? `(${a.source.name})` : `(${a.source.kind})`)
    if (a.source.text && a.source.name && a.source.name !== a.source.text) source += ` → ${a.source.name}`
    if (a.via) source += ` via ${a.via.name}`
  }
  const cue = a ? (a.cue.text ?? `(${a.cue.lemma})`) : ''
  const sentence = statement.heading ? `# ${statement.text}` : statement.text
  console.log(line([statement.category, source, cue, sentence]))
}

const counts = new Map()
for (const s of statements) counts.set(s.category, (counts.get(s.category) ?? 0) + 1)
console.log()
console.log(`${statements.length} statements, ${attributions.length} attributions`)
for (const category of ['confirmed-by-official', 'claimed-by-party', 'reported-by-outlet', 'unattributed']) {
  console.log(`  ${category.padEnd(22)} ${String(counts.get(category) ?? 0).padStart(3)}`)
}
