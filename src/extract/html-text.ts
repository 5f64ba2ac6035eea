/**
 * The readable text of an HTML document, block by block, with a map back to
 * source offsets. parse5 (through rehype-parse) decodes references and
 * repairs bad markup exactly as a browser would, so we never guess at HTML.
 */
import type { Element, Nodes, Root } from 'hast'
import rehypeParse from 'rehype-parse'
import { unified } from 'unified'
import { alignText } from './align.js'
import { TextBuilder, type ExtractedText } from './text-builder.js'

const documentParser = unified().use(rehypeParse)
const fragmentParser = unified().use(rehypeParse, { fragment: true })

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
  const tree = documentParser.parse(html)
  const builder = new TextBuilder()
  walk(tree, html, builder)
  return builder.finish()
}

function walk(node: Nodes | Root, html: string, builder: TextBuilder): void {
  if (node.type === 'text') {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    // Text the parser made up (no position) has no source to point at.
    if (start === undefined || end === undefined) return
    alignText(html.slice(start, end), start, node.value, decodeHtmlReference, (u, s, e) => builder.add(u, s, e))
    return
  }
  if (node.type !== 'element' && node.type !== 'root') return
  if (node.type === 'element') {
    const name = node.tagName
    if (SKIPPED.has(name)) return
    if (name === 'br') {
      const offset = node.position?.start.offset
      if (offset !== undefined) builder.add(' ', offset, node.position?.end.offset ?? offset)
      return
    }
    if (BLOCKS.has(name)) return walkBlock(node, html, builder)
  }
  for (const child of node.children) walk(child, html, builder)
}

function walkBlock(node: Element, html: string, builder: TextBuilder): void {
  builder.endBlock()
  for (const child of node.children) walk(child, html, builder)
  builder.endBlock()
}

const referenceCache = new Map<string, string | null>()

/** Decodes one reference with parse5 itself, so legacy and numeric quirks match. */
function decodeHtmlReference(reference: string): string | null {
  const cached = referenceCache.get(reference)
  if (cached !== undefined) return cached
  const first = fragmentParser.parse(reference).children[0]
  const decoded = first !== undefined && first.type === 'text' ? first.value : null
  if (referenceCache.size < 4096) referenceCache.set(reference, decoded)
  return decoded
}
