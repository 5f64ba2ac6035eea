import { defineConfig, type Options } from 'tsup'

// The markup parsers load on first use (src/extract/parsers.ts): their
// run-time `require('parse5')` and `require('mdast-util-from-markdown')`
// become one external file, dist/parsers.cjs, next to the chunks that ask
// for it. Static imports (vendor.ts, the entry of that file) still bundle.
const LAZY = /^(?:parse5|mdast-util-from-markdown)$/
const lazyParsers: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'lazy-parsers',
  setup(build) {
    build.onResolve({ filter: LAZY }, (args) => (args.kind === 'require-call' ? { path: './parsers.cjs', external: true } : undefined))
  },
}

// ESM is the primary build. Both builds bundle their dependencies: the CJS
// build so that `require('news-attribution')` gets working unified plugins
// instead of a `{ default }` wrapper, the ESM build because loading one file
// instead of the unified/micromark/parse5 module graph cuts the cold start
// (import + first call) to a fraction.
export default defineConfig([
  {
    entry: { index: 'src/index.ts', 'testing/index': 'src/testing/index.ts', 'cli/index': 'src/cli/index.ts', 'cli/worker': 'src/cli/worker.ts' },
    format: ['esm'],
    dts: { entry: { index: 'src/index.ts', 'testing/index': 'src/testing/index.ts' } },
    clean: true,
    sourcemap: true,
    target: 'node20',
    splitting: true,
    // Smaller source compiles faster on import; the source maps keep stack traces readable.
    minify: true,
    // tinypool finds its worker entry next to its own files, so it stays external.
    noExternal: [/^(?!tinypool)/],
    external: ['tinypool'],
    platform: 'node',
    // Bundled CommonJS dependencies (extend, debug) call require(): give the ESM chunks one.
    banner: { js: "import { createRequire as __naCreateRequire } from 'node:module'; const require = __naCreateRequire(import.meta.url);" },
    esbuildPlugins: [lazyParsers],
  },
  {
    entry: { index: 'src/index.ts', 'testing/index': 'src/testing/index.ts', parsers: 'src/extract/vendor.ts' },
    format: ['cjs'],
    dts: { entry: { index: 'src/index.ts', 'testing/index': 'src/testing/index.ts' } },
    sourcemap: true,
    target: 'node20',
    noExternal: [/.*/],
    platform: 'node',
    esbuildPlugins: [lazyParsers],
  },
])
