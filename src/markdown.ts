/**
 * `annotateMarkdown`: attributions in a Markdown article, with every span an
 * offset into the Markdown string itself.
 */
import type { Options } from './options.js'
import type { AnnotationResult } from './schema.js'
import { annotateMarkup } from './extract/annotate-markup.js'
import { extractMarkdown } from './extract/markdown-text.js'

/**
 * Annotate the prose of a CommonMark document.
 *
 * Headings and paragraphs (also inside lists and blockquotes) each become
 * one line; code blocks, inline code, raw HTML and images are skipped.
 * `text` fields are slices of `markdown`.
 */
export function annotateMarkdown(markdown: string, options?: Readonly<Options> | null): AnnotationResult {
  return annotateMarkup('annotateMarkdown', markdown, extractMarkdown, options)
}
