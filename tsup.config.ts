import { defineConfig } from 'tsup'

// ESM is the primary build. The CJS build bundles the ESM-only unified
// ecosystem so that `require('news-attribution')` gets working plugins
// instead of a `{ default }` wrapper.
export default defineConfig([
  {
    entry: { index: 'src/index.ts', 'testing/index': 'src/testing/index.ts', 'cli/index': 'src/cli/index.ts', 'cli/worker': 'src/cli/worker.ts' },
    format: ['esm'],
    dts: { entry: { index: 'src/index.ts', 'testing/index': 'src/testing/index.ts' } },
    clean: true,
    sourcemap: true,
    target: 'node20',
    splitting: true,
  },
  {
    entry: { index: 'src/index.ts', 'testing/index': 'src/testing/index.ts' },
    format: ['cjs'],
    dts: true,
    sourcemap: true,
    target: 'node20',
    noExternal: [/.*/],
    platform: 'node',
  },
])
