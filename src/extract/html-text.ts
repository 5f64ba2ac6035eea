/**
 * The readable text of an HTML document, block by block, with a map back to
 * source offsets. parse5 (the parser behind rehype) decodes references and
 * repairs bad markup exactly as a browser would, so we never guess at HTML.
 * Its own tree is walked directly: converting it to hast would cost more
 * than the parse and triple the import time.
 */
import type { DefaultTreeAdapterTypes as P5 } from 'parse5'
import { alignText } from './align.js'
import { htmlParser } from './parsers.js'
import { TextBuilder, type ExtractedText } from './text-builder.js'

/** Not article prose: page furniture, code and things a reader never sees. */
const SKIPPED = new Set([
  'script', 'style', 'nav', 'header', 'footer', 'aside', 'code', 'pre',
  'head', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'select', 'textarea', 'button',
])

/** Elements whose text is a line of its own; text between them still forms a line. */
const BLOCKS = new Set([
  'address', 'article', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hgroup', 'hr', 'html',
  'li', 'main', 'ol', 'p', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
])

export function extractHtml(html: string): ExtractedText {
  const tree = htmlParser().parse(html, { sourceCodeLocationInfo: true })
  const builder = new TextBuilder()
  walk(tree, html, builder)
  return builder.finish()
}

function walk(node: P5.ChildNode | P5.Document, html: string, builder: TextBuilder): void {
  if (node.nodeName === '#text') {
    const text = node as P5.TextNode
    const location = text.sourceCodeLocation
    // Text the parser made up (no location) has no source to point at.
    if (!location) return
    const { startOffset: start, endOffset: end } = location
    alignText(html.slice(start, end), start, text.value, decodeHtmlReference, (u, s, e) => builder.add(u, s, e))
    return
  }
  if (!('childNodes' in node)) return
  if (node.nodeName !== '#document') {
    const name = node.nodeName
    if (SKIPPED.has(name)) return
    if (name === 'br') {
      const location = (node as P5.Element).sourceCodeLocation
      if (location) builder.add(' ', location.startOffset, location.endOffset)
      return
    }
    if (BLOCKS.has(name)) return walkBlock(node, html, builder)
  }
  for (const child of node.childNodes) walk(child, html, builder)
}

function walkBlock(node: P5.ParentNode, html: string, builder: TextBuilder): void {
  builder.endBlock()
  for (const child of node.childNodes) walk(child, html, builder)
  builder.endBlock()
}

const referenceCache = new Map<string, string | null>()

/** Decodes one reference with parse5 itself, so legacy and numeric quirks match. */
function decodeHtmlReference(reference: string): string | null {
  const cached = referenceCache.get(reference)
  if (cached !== undefined) return cached
  const first = htmlParser().parseFragment(reference).childNodes[0]
  const decoded = first !== undefined && first.nodeName === '#text' ? (first as P5.TextNode).value : null
  if (referenceCache.size < 4096) referenceCache.set(reference, decoded)
  return decoded
}
