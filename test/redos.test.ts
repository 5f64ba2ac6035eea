/**
 * Every regular expression in src/ must run in linear time: each literal
 * (and each `RegExp(...)` built from string literals) is checked with
 * recheck. A `RegExp` built from anything else fails the test, because
 * recheck cannot see it; lexicon entries are matched as words, never as
 * user-supplied patterns.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { check } from 'recheck'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const SRC = fileURLToPath(new URL('../src/', import.meta.url))
/** Per-regex budget for recheck; the whole suite takes well under a second with the native backend. */
const TIMEOUT_MS = 10_000

interface Found {
  where: string
  source: string
  flags: string
}

function collect(): { found: Found[]; dynamic: string[] } {
  const found: Found[] = []
  const dynamic: string[] = []
  const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .sort()
  for (const file of files) {
    const path = join(SRC, file)
    const sf = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true)
    const where = (node: ts.Node): string => `src/${relative(SRC, path)}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf)
        const slash = text.lastIndexOf('/')
        found.push({ where: where(node), source: text.slice(1, slash), flags: text.slice(slash + 1) })
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const [pattern, flags] = node.arguments ?? []
        if (pattern && ts.isStringLiteralLike(pattern) && (!flags || ts.isStringLiteralLike(flags))) {
          found.push({ where: where(node), source: pattern.text, flags: flags && ts.isStringLiteralLike(flags) ? flags.text : '' })
        } else {
          dynamic.push(`${where(node)}: ${node.getText(sf).slice(0, 80)}`)
        }
      }
      ts.forEachChild(node, visit)
    }
    visit(sf)
  }
  return { found, dynamic }
}

describe('regular expressions in src/', () => {
  const { found, dynamic } = collect()

  it('finds the regular expressions to check', () => {
    expect(found.length).toBeGreaterThan(0)
  })

  it('builds no RegExp from a non-literal pattern', () => {
    expect(dynamic).toEqual([])
  })

  it('are all linear-time safe according to recheck', async () => {
    const unsafe: string[] = []
    for (const { where, source, flags } of found) {
      const diagnostics = await check(source, flags, { checker: 'auto', timeout: TIMEOUT_MS })
      if (diagnostics.status !== 'safe') {
        const detail =
          diagnostics.status === 'vulnerable'
            ? `${diagnostics.complexity.type}, attack ${JSON.stringify(diagnostics.attack.pattern)}`
            : diagnostics.error.kind
        unsafe.push(`${where} /${source}/${flags}: ${diagnostics.status} (${detail})`)
      }
    }
    expect(unsafe).toEqual([])
  }, 120_000)
})
