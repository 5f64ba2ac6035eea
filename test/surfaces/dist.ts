/**
 * The CLI tests run the built package. Other builds may wipe dist/ while the
 * tests run (tsup cleans first), so each test file works on a snapshot
 * copied under test/artifacts/, inside the project so `node_modules` still
 * resolves. We wait a little for an in-progress build to finish.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { copyFile, cp, mkdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = fileURLToPath(new URL('../../', import.meta.url))
const REQUIRED = ['cli/index.js', 'cli/worker.js', 'index.js']

export async function snapshotDist(name: string): Promise<string> {
  const target = join(root, 'test/artifacts', name)
  for (let attempt = 0; attempt < 60; attempt++) {
    if (REQUIRED.every((f) => existsSync(join(root, 'dist', f)))) {
      try {
        await rm(target, { recursive: true, force: true })
        await mkdir(target, { recursive: true })
        await cp(join(root, 'dist'), join(target, 'dist'), { recursive: true })
        // The CLI reads its version from ../../package.json.
        await copyFile(join(root, 'package.json'), join(target, 'package.json'))
        if (!REQUIRED.every((f) => existsSync(join(target, 'dist', f)))) throw new Error('incomplete copy')
        // A bare `tsup` run (not `npm run build`) leaves no schema.json: make it the same way.
        if (!existsSync(join(target, 'dist/schema.json'))) {
          execFileSync(process.execPath, [join(root, 'scripts/build-schema.mjs'), join(target, 'dist')], { stdio: 'ignore' })
        }
        return join(target, 'dist')
      } catch {
        // A build cleaned dist/ mid-copy: wait and try again.
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  throw new Error('dist/ is incomplete: run `npm run build` before the surface tests.')
}
