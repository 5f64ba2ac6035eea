/**
 * `annotateHtml`: attributions in an HTML article, with every span an offset
 * into the HTML string itself (markup and references included).
 */
import type { Options } from './options.js'
import type { AnnotationResult } from './schema.js'
import { annotateMarkup } from './extract/annotate-markup.js'
import { extractHtml } from './extract/html-text.js'

/**
 * Annotate the prose of an HTML document.
 *
 * Headings, paragraphs, list items, blockquotes and table cells each become
 * one line; script, style, nav, header, footer, aside, code and pre are
 * skipped. `text` fields are slices of `html`.
 */
export function annotateHtml(html: string, options?: Readonly<Options> | null): AnnotationResult {
  return annotateMarkup('annotateHtml', html, extractHtml, options)
}
