/**
 * One article as HTML: each statement a highlighted, focusable span with a
 * tooltip of its attributions; sources underlined and cues bold. The text
 * is cut at every span boundary, so marks nest without overlapping.
 */
import type { AnnotationResult, Attribution, Span, Statement } from '../schema.js'
import { CATEGORY_LABELS } from './categories.js'
import { escapeHtml } from './escape.js'

interface Mark {
  span: Span
  className: 'src' | 'cue'
}

export function renderArticle(text: string, result: AnnotationResult, idPrefix: string): string {
  const byId = new Map(result.attributions.map((a) => [a.id, a]))
  const marks: Mark[] = []
  for (const a of result.attributions) {
    if (a.source.span) marks.push({ span: a.source.span, className: 'src' })
    if (a.cue.span) marks.push({ span: a.cue.span, className: 'cue' })
  }
  const statements = [...result.statements].sort((a, b) => a.span.start - b.span.start)
  const paragraphs: string[] = []
  let next = 0
  // One <p> per line: `annotate` reads each line as a paragraph, so statements never cross one.
  for (let lineStart = 0; lineStart <= text.length; ) {
    const newline = text.indexOf('\n', lineStart)
    const lineEnd = newline === -1 ? text.length : newline
    const parts: string[] = []
    let at = lineStart
    while (next < statements.length && statements[next].span.start < lineEnd) {
      const statement = statements[next++]
      const start = Math.max(at, statement.span.start)
      const end = Math.min(lineEnd, Math.max(start, statement.span.end))
      parts.push(renderMarked(text, at, start, marks))
      parts.push(renderStatement(text, statement, { start, end }, marks, byId, `${idPrefix}-${statement.id}`))
      at = end
    }
    parts.push(renderMarked(text, at, lineEnd, marks))
    const html = parts.join('')
    if (text.slice(lineStart, lineEnd).trim() !== '') paragraphs.push(`<p>${html}</p>`)
    lineStart = lineEnd + 1
  }
  return paragraphs.join('\n')
}

function renderStatement(
  text: string,
  statement: Statement,
  span: Span,
  marks: readonly Mark[],
  byId: ReadonlyMap<string, Attribution>,
  id: string,
): string {
  const inner = renderMarked(text, span.start, span.end, marks)
  const heading = statement.heading ? ' heading' : ''
  if (statement.category === 'unattributed') {
    return `<span class="st cat-unattributed${heading}" data-category="unattributed">${inner}</span>`
  }
  const attributions = statement.attributionIds.map((a) => byId.get(a)).filter((a): a is Attribution => a !== undefined)
  const details = attributions.map(renderDetails).join('')
  return (
    `<span class="wrap"><span class="st cat-${statement.category}${heading}" data-category="${statement.category}" tabindex="0" aria-describedby="${id}">${inner}</span>` +
    `<span class="tip" role="tooltip" id="${id}"><strong>${escapeHtml(CATEGORY_LABELS[statement.category])}</strong>${details}</span></span>`
  )
}

function renderDetails(a: Attribution): string {
  const rows: [string, string][] = [
    ['Source', `${a.source.text ?? a.source.name ?? '(not named)'} — ${a.source.kind}${a.source.anonymous ? ', anonymous' : ''}`],
    ['Cue', `${a.cue.text ?? a.cue.lemma} (${a.cue.stance})`],
    ['Via', a.via ? a.via.name : '—'],
    ['Quote', a.quote],
    ['Confidence', `${Math.round(a.confidence * 100)}%`],
    ['Rule', a.ruleId],
  ]
  // Only phrasing elements: a <dl> would close the surrounding <p> and break the tooltip apart.
  return `<span class="rows">${rows.map(([k, v]) => `<span class="k">${k}</span> <span class="v">${escapeHtml(v)}</span>`).join('')}</span>`
}

/** Plain text between two offsets, with source and cue marks applied to each piece. */
function renderMarked(text: string, start: number, end: number, marks: readonly Mark[]): string {
  if (end <= start) return ''
  const cuts = new Set([start, end])
  const inside = marks.filter((m) => m.span.start < end && m.span.end > start)
  for (const m of inside) {
    cuts.add(Math.max(start, m.span.start))
    cuts.add(Math.min(end, m.span.end))
  }
  const points = [...cuts].sort((a, b) => a - b)
  let html = ''
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]]
    const classes = [...new Set(inside.filter((m) => m.span.start <= from && m.span.end >= to).map((m) => m.className))]
    const piece = escapeHtml(text.slice(from, to))
    html += classes.length > 0 ? `<span class="${classes.sort().join(' ')}">${piece}</span>` : piece
  }
  return html
}

