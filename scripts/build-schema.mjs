#!/usr/bin/env node
/**
 * Writes dist/schema.json: the JSON Schema of AnnotationResult, generated
 * from the zod schemas in the built package (the single source of truth).
 * Run after tsup; it imports dist/index.js, not the TypeScript source.
 * Usage: node scripts/build-schema.mjs [dist-dir]   (default: ./dist)
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { z } from 'zod'

const dist = process.argv[2] ? pathToFileURL(join(process.argv[2], '/')) : new URL('../dist/', import.meta.url)
let AnnotationResultSchema
try {
  ;({ AnnotationResultSchema } = await import(new URL('index.js', dist).href))
} catch (error) {
  console.error(`build-schema: cannot import index.js from ${dist.pathname} (run tsup first): ${error instanceof Error ? error.message : error}`)
  process.exit(1)
}
const schema = z.toJSONSchema(AnnotationResultSchema)
const document = {
  title: 'news-attribution AnnotationResult',
  ...schema,
}
await writeFile(new URL('schema.json', dist), `${JSON.stringify(document, null, 2)}\n`)
console.log(`build-schema: wrote ${new URL('schema.json', dist).pathname}`)
