/**
 * Entry of `dist/parsers.cjs`: everything `./parsers.ts` asks of parse5 and
 * mdast-util-from-markdown, bundled into one file loaded on first use.
 */
export { parse, parseFragment } from 'parse5'
export { fromMarkdown } from 'mdast-util-from-markdown'
