/**
 * The prose of a Markdown document, block by block, with a map back to
 * source offsets. micromark (through mdast-util-from-markdown, the parser behind remark-parse) resolves escapes and
 * references; code, raw HTML and images are not prose and are skipped.
 */
import type { Nodes, Root } from 'mdast'
import { alignText } from './align.js'
import { markdownParser } from './parsers.js'
import { TextBuilder, type ExtractedText } from './text-builder.js'

const SKIPPED = new Set(['code', 'inlineCode', 'html', 'image', 'imageReference', 'definition', 'footnoteDefinition', 'yaml', 'thematicBreak'])
const BLOCKS = new Set(['heading', 'paragraph', 'tableCell'])

export function extractMarkdown(markdown: string): ExtractedText {
  const tree = markdownParser().fromMarkdown(markdown)
  const builder = new TextBuilder()
  walk(tree, markdown, builder)
  return builder.finish()
}

function walk(node: Nodes | Root, markdown: string, builder: TextBuilder): void {
  if (SKIPPED.has(node.type)) return
  if (node.type === 'text') {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return
    alignText(markdown.slice(start, end), start, node.value, decodeMarkdownReference, (u, s, e) => builder.add(u, s, e))
    return
  }
  if (node.type === 'break') {
    const offset = node.position?.start.offset
    if (offset !== undefined) builder.add(' ', offset, node.position?.end.offset ?? offset)
    return
  }
  if (!('children' in node)) return
  const block = BLOCKS.has(node.type)
  if (block) builder.endBlock()
  for (const child of node.children) walk(child, markdown, builder)
  if (block) builder.endBlock()
}

const referenceCache = new Map<string, string | null>()

/** Decodes one reference with micromark itself (it needs the `;`, HTML does not). */
function decodeMarkdownReference(reference: string): string | null {
  const cached = referenceCache.get(reference)
  if (cached !== undefined) return cached
  const paragraph = markdownParser().fromMarkdown(reference).children[0]
  const first = paragraph !== undefined && paragraph.type === 'paragraph' ? paragraph.children[0] : undefined
  const decoded = first !== undefined && first.type === 'text' ? first.value : null
  if (referenceCache.size < 4096) referenceCache.set(reference, decoded)
  return decoded
}
