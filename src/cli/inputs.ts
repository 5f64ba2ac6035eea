/**
 * Inputs: files, directories (walked recursively for known extensions) and
 * `-` for stdin. Each input's type comes from `--type` or its extension.
 */
import { readdir, readFile, stat } from 'node:fs/promises'
import { extname, join } from 'node:path'
import type { InputType } from './analyze.js'
import { CliError, EXIT_INPUT, messageOf } from './errors.js'

export const STDIN = '-'

const TYPES_BY_EXTENSION: Readonly<Record<string, InputType>> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
}

export interface Input {
  /** A path, or `-` for stdin. */
  name: string
  type: InputType
}

export function typeOf(name: string, forced: InputType | null): InputType {
  return forced ?? TYPES_BY_EXTENSION[extname(name).toLowerCase()] ?? 'text'
}

/** Expands directories; a missing path is reported in `errors`, not thrown, so other inputs still run. */
export async function collectInputs(names: readonly string[], forced: InputType | null): Promise<{ inputs: Input[]; errors: string[] }> {
  const inputs: Input[] = []
  const errors: string[] = []
  for (const name of names) {
    if (name === STDIN) {
      inputs.push({ name, type: forced ?? 'text' })
      continue
    }
    try {
      const info = await stat(name)
      if (!info.isDirectory()) {
        inputs.push({ name, type: typeOf(name, forced) })
        continue
      }
      const found = await walk(name)
      if (found.length === 0) errors.push(`${name}: no .txt, .md, .markdown, .html or .htm files in this directory`)
      for (const file of found) inputs.push({ name: file, type: typeOf(file, forced) })
    } catch (error) {
      errors.push(describeFsError(name, error))
    }
  }
  return { inputs, errors }
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true })
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const files: string[] = []
  for (const entry of entries) {
    const path = join(dir, entry.name)
    // Hidden folders and dependencies are never articles; symlinked folders could loop.
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && entry.name !== 'node_modules') files.push(...(await walk(path)))
    } else if (entry.isFile() && Object.hasOwn(TYPES_BY_EXTENSION, extname(entry.name).toLowerCase())) {
      files.push(path)
    }
  }
  return files
}

export async function readInput(input: Input): Promise<string> {
  if (input.name === STDIN) return readStream(process.stdin)
  try {
    return await readFile(input.name, 'utf8')
  } catch (error) {
    throw new CliError(EXIT_INPUT, describeFsError(input.name, error))
  }
}

export async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  return Buffer.concat(chunks).toString('utf8')
}

function describeFsError(name: string, error: unknown): string {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined
  if (code === 'ENOENT') return `${name}: no such file or directory`
  if (code === 'EACCES') return `${name}: permission denied`
  if (code === 'EISDIR') return `${name}: is a directory`
  return `${name}: ${messageOf(error)}`
}
