#!/usr/bin/env node
/**
 * Fail (exit 1) when a registered built-in rule has no doc page
 * (`docs/rules/<id>.md` with the fixed headings) or no test file
 * (`test/rules/<id>.test.ts`). Rule ids come from the registry source,
 * so the check works before a build.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const HEADINGS = ['## What it does', '## Examples', '## Options', '## When to turn it off']

/** Rule ids in registry order, read from the imports of src/rules/index.ts. */
export function registeredRuleIds(dir = root) {
  const source = readFileSync(join(dir, 'src/rules/index.ts'), 'utf8')
  const ids = []
  for (const line of source.split('\n')) {
    const match = /^import \{ \w+ \} from '\.\/([a-z0-9-]+)\.js'$/.exec(line.trim())
    if (match && match[1] !== 'rule') ids.push(match[1])
  }
  return ids
}

/** Problems, one readable line each; empty when every rule has a doc and a test. */
export function checkRules(dir = root) {
  const problems = []
  const ids = registeredRuleIds(dir)
  if (ids.length === 0) problems.push('no rules found in src/rules/index.ts')
  for (const id of ids) {
    const doc = join(dir, 'docs/rules', `${id}.md`)
    const test = join(dir, 'test/rules', `${id}.test.ts`)
    if (!existsSync(test)) problems.push(`${id}: no test file (expected test/rules/${id}.test.ts)`)
    if (!existsSync(doc)) {
      problems.push(`${id}: no doc page (expected docs/rules/${id}.md)`)
      continue
    }
    const text = readFileSync(doc, 'utf8')
    if (!text.startsWith(`# ${id}\n`)) problems.push(`${id}: docs/rules/${id}.md must start with "# ${id}"`)
    for (const heading of HEADINGS) {
      if (!text.split('\n').includes(heading)) problems.push(`${id}: docs/rules/${id}.md lacks the heading "${heading}"`)
    }
  }
  return problems
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const problems = checkRules()
  if (problems.length > 0) {
    console.error(`check-rules: ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    process.exit(1)
  }
  console.log(`check-rules: ${registeredRuleIds().length} rules, each with a doc page and a test file.`)
}
