/** Helpers shared by the surface tests. */
import type { AnnotationResult, Span } from '../../src/index.js'

const ENTITIES: Readonly<Record<string, string>> = {
  '&ldquo;': '“', '&rdquo;': '”', '&lsquo;': '‘', '&rsquo;': '’', '&#8217;': '’', '&nbsp;': ' ', '&amp;': '&', '&mdash;': '—', '&#x2019;': '’',
}

/** A markup slice as a reader sees it: tags gone, our fixtures' entities decoded, spaces collapsed. */
export function readable(markup: string): string {
  return markup
    .replace(/<[^<>]*>/g, '')
    .replace(/&[#a-z0-9]{1,10};/gi, (e) => ENTITIES[e] ?? e)
    .replace(/(?:^|\s)[>*-] /g, ' ')
    .replace(/[*\\]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

export function plainText(text: string, span: Span | null): string | null {
  return span === null ? null : text.slice(span.start, span.end).replace(/\s+/g, ' ').trim()
}

/** Every span of a result, labelled, in a stable order. */
export function allSpans(result: AnnotationResult): { label: string; span: Span | null; text: string | null }[] {
  const out: { label: string; span: Span | null; text: string | null }[] = []
  for (const s of result.statements) out.push({ label: `${s.id}.span`, span: s.span, text: s.text })
  for (const a of result.attributions) {
    out.push({ label: `${a.id}.source`, span: a.source.span, text: a.source.text })
    out.push({ label: `${a.id}.cue`, span: a.cue.span, text: a.cue.text })
    a.content.spans.forEach((span, i) => out.push({ label: `${a.id}.content[${i}]`, span, text: null }))
    if (a.via) out.push({ label: `${a.id}.via`, span: a.via.span, text: a.via.text })
  }
  return out
}

/** What must not change between a markup article and its plain-text version. */
export function shape(result: AnnotationResult): unknown {
  return {
    statements: result.statements.map((s) => [s.category, s.heading, s.attributionIds]),
    attributions: result.attributions.map((a) => [a.category, a.quote, a.cue.lemma, a.source.kind, a.source.name, a.via?.name ?? null, a.ruleId]),
  }
}
