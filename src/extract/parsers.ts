/**
 * The markup parsers, loaded on the first HTML or Markdown document instead
 * of on import: parse5 and micromark are half of the bundled code, and a
 * caller that only annotates plain text should not pay for compiling them
 * (import time falls from about 70 ms to about 45 ms).
 *
 * The `require` calls are resolved at run time, not inlined: the build maps
 * both package names to one external file, `dist/parsers.cjs`, bundled from
 * `./vendor.ts` (see tsup.config.ts). Run from source, they load the
 * packages themselves.
 */
type Parse5 = Pick<typeof import('parse5'), 'parse' | 'parseFragment'>
type Micromark = Pick<typeof import('mdast-util-from-markdown'), 'fromMarkdown'>

let parse5: Parse5 | undefined
let micromark: Micromark | undefined

export function htmlParser(): Parse5 {
  parse5 ??= require('parse5') as Parse5
  return parse5
}

export function markdownParser(): Micromark {
  micromark ??= require('mdast-util-from-markdown') as Micromark
  return micromark
}
