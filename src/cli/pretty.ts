/**
 * The `pretty` format: per file, a header with statement counts and a table
 * of attributions (category, source, cue, sentence), cut to the terminal.
 */
import { CATEGORIES, CATEGORY_LABELS, countCategories } from '../report/categories.js'
import type { AnnotationResult } from '../schema.js'
import type { Paint } from './color.js'

const HEADERS = ['CATEGORY', 'SOURCE', 'CUE', 'SENTENCE'] as const
const CATEGORY_WIDTH = 21
const SOURCE_WIDTH = 28
const CUE_WIDTH = 14

export function formatPretty(name: string, plain: { text: string; result: AnnotationResult }, paint: Paint, width: number): string {
  const { result } = plain
  const counts = countCategories(result.statements.map((s) => s.category))
  const summary = CATEGORIES.filter((c) => counts[c] > 0)
    .map((c) => paint.category(c, `${counts[c]} ${CATEGORY_LABELS[c].toLowerCase()}`))
    .join(', ')
  const lines = [paint.bold(name), `  ${result.statements.length} statements${summary ? `: ${summary}` : ''}`]
  if (result.attributions.length === 0) {
    lines.push(paint.dim('  No attributions found.'))
    return lines.join('\n') + '\n'
  }
  const sentenceWidth = Math.max(20, width - 2 - CATEGORY_WIDTH - SOURCE_WIDTH - CUE_WIDTH - 6)
  const widths = [CATEGORY_WIDTH, SOURCE_WIDTH, CUE_WIDTH, sentenceWidth]
  lines.push(paint.dim(`  ${HEADERS.map((h, i) => pad(h, widths[i])).join('  ')}`.trimEnd()))
  const sentenceOf = new Map(result.statements.flatMap((s) => s.attributionIds.map((id) => [id, s.text] as const)))
  for (const a of result.attributions) {
    const cells = [a.category, a.source.text ?? a.source.name ?? `(${a.source.kind})`, a.cue.text ?? a.cue.lemma, sentenceOf.get(a.id) ?? '']
    const fitted = cells.map((c, i) => pad(fit(c, widths[i]), widths[i]))
    fitted[0] = paint.category(a.category, fitted[0])
    lines.push(`  ${fitted.join('  ')}`.trimEnd())
  }
  return lines.join('\n') + '\n'
}

/** One line, at most `width` characters, with an ellipsis when cut. */
function fit(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length <= width ? flat : `${flat.slice(0, width - 1)}…`
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length)
}
