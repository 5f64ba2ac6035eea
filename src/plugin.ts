/**
 * `retextAttribution`: the annotator as a unified plugin. Structured results
 * go on `file.data.attribution`; one info message per attribution goes on
 * `file.messages` so any vfile reporter can print them.
 */
import type { Root } from 'nlcst'
import type { Plugin } from 'unified'
import type { VFile } from 'vfile'
import { createAnnotator } from './annotator.js'
import { OffsetIndex } from './extract/offset-index.js'
import type { Options } from './options.js'
import { builtinRules } from './rules/index.js'
import { docsUrl } from './rules/rule.js'
import { CATEGORY_LABELS } from './report/categories.js'
import type { AnnotationResult, Attribution, Span } from './schema.js'

declare module 'vfile' {
  interface DataMap {
    /** Statements and attributions found by `retextAttribution`. */
    attribution: AnnotationResult
  }
}

/**
 * Find attributions in the document and report each one.
 *
 * @param options Same options as `createAnnotator` (optional).
 */
export const retextAttribution: Plugin<[(Readonly<Options> | null | undefined)?], Root> = function (options) {
  // Compile once per processor: lexicons and rule list are reused for every file.
  const annotate = createAnnotator(options)
  const docs = ruleDocs(options)
  return function (_tree: Root, file: VFile): undefined {
    const text = String(file)
    const result = annotate(text)
    file.data.attribution = result
    const index = new OffsetIndex(text)
    for (const attribution of result.attributions) {
      const message = file.info(describeAttribution(attribution), {
        place: index.position(extent(attribution)),
        ruleId: attribution.ruleId,
        source: 'news-attribution',
      })
      message.url = docs.get(attribution.ruleId) ?? docsUrl(attribution.ruleId)
    }
    return undefined
  }
}

/** A reporter line: category first, then who and how (`Claimed by a party: “X” (said)`). */
export function describeAttribution(attribution: Attribution): string {
  const who = attribution.source.text ?? attribution.source.name ?? `an ${attribution.source.kind} source`
  const cue = attribution.cue.text ?? attribution.cue.lemma
  return `${CATEGORY_LABELS[attribution.category]}: \`${who}\` (${cue})`
}

/** The smallest span covering source, cue and content: where the reporter points. */
function extent(attribution: Attribution): Span {
  const spans = [attribution.source.span, attribution.cue.span, ...attribution.content.spans].filter((s): s is Span => s !== null)
  if (spans.length === 0) return { start: 0, end: 0 }
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) }
}

/** Plugin rules may document themselves elsewhere; `meta.docs` wins over the default url. */
function ruleDocs(options: Readonly<Options> | null | undefined): Map<string, string> {
  const docs = new Map<string, string>()
  const rules = [...builtinRules, ...(options?.plugins ?? []).flatMap((p) => p.rules ?? [])]
  for (const rule of rules) if (rule.meta.docs) docs.set(rule.meta.id, rule.meta.docs)
  return docs
}
