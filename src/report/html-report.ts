/**
 * A self-contained HTML report (inline CSS and JS, no external assets): the
 * article with every statement highlighted by category, a legend with
 * per-category counts, and attribution details on hover and keyboard focus.
 */
import type { AnnotationResult } from '../schema.js'
import { CATEGORIES, CATEGORY_LABELS, countCategories } from './categories.js'
import { escapeHtml } from './escape.js'
import { REPORT_CSS, REPORT_JS } from './report-assets.js'
import { renderArticle } from './render-article.js'

export interface ReportDocument {
  /** Shown as the section heading, e.g. the file name. */
  title: string
  /** The text the result's spans point into. */
  text: string
  result: AnnotationResult
}

export interface ReportOptions {
  /** Page title (default: `'Attribution report'`). */
  title?: string
}

export function renderHtmlReport(documents: readonly ReportDocument[], options?: Readonly<ReportOptions> | null): string {
  const title = options?.title ?? 'Attribution report'
  const counts = countCategories(documents.flatMap((d) => d.result.statements.map((s) => s.category)))
  const attributions = documents.reduce((n, d) => n + d.result.attributions.length, 0)
  const sections = documents.map((doc, i) => renderSection(doc, `d${i + 1}`)).join('\n')
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
${renderLegend(counts, attributions)}
${sections}
</main>
<script>${REPORT_JS}</script>
</body>
</html>
`
}

function renderLegend(counts: Readonly<Record<string, number>>, attributions: number): string {
  const items = CATEGORIES.map(
    (c) =>
      `<li><button type="button" class="toggle" aria-pressed="true" data-toggle="${c}"><span class="swatch cat-${c}" aria-hidden="true"></span>${escapeHtml(CATEGORY_LABELS[c])}</button> <span class="count" data-count="${c}">${counts[c]}</span></li>`,
  ).join('')
  return `<section class="legend" aria-labelledby="legend-title">
<h2 id="legend-title">Legend</h2>
<ul>${items}</ul>
<p class="keys"><span class="src">Source</span> is underlined; the <span class="cue">cue</span> is bold. ${attributions} attribution${attributions === 1 ? '' : 's'} in total. Hover or focus (Tab) a highlighted sentence for details; the buttons switch a category's highlight off and on.</p>
</section>`
}

function renderSection(doc: ReportDocument, id: string): string {
  const counts = countCategories(doc.result.statements.map((s) => s.category))
  const summary = CATEGORIES.map((c) => `${escapeHtml(CATEGORY_LABELS[c])}: ${counts[c]}`).join(' · ')
  return `<section class="doc" id="${id}" aria-labelledby="${id}-title">
<h2 id="${id}-title">${escapeHtml(doc.title)}</h2>
<p class="summary">${summary}</p>
<div class="article">${renderArticle(doc.text, doc.result, id)}</div>
</section>`
}
