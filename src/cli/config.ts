/**
 * `--config FILE.json`: read, parse and validate with OptionsSchema. Every
 * failure is a usage error (exit 2) naming the file and the option path.
 */
import { readFile } from 'node:fs/promises'
import { createAnnotator, type Annotate } from '../annotator.js'
import { isAttributionError } from '../errors.js'
import { safeParseOptions, type Options } from '../options.js'
import { CliError, EXIT_USAGE, messageOf } from './errors.js'

export interface LoadedConfig {
  options: Options
  /** The options as JSON, handed to batch workers. */
  json: string
  annotate: Annotate
}

export async function loadConfig(path: string | null): Promise<LoadedConfig> {
  const options = path === null ? {} : await readOptions(path)
  try {
    return { options, json: JSON.stringify(options), annotate: createAnnotator(options) }
  } catch (error) {
    const where = path ?? 'options'
    const issues = isAttributionError(error) ? error.issues.map((i) => `\n  - ${i.path}: ${i.message}`).join('') : ''
    throw new CliError(EXIT_USAGE, `${where}: ${messageOf(error)}${issues}`)
  }
}

async function readOptions(path: string): Promise<Options> {
  let raw: string
  try {
    raw = await readFile(path, 'utf8')
  } catch (error) {
    throw new CliError(EXIT_USAGE, `Cannot read config file ${path}: ${messageOf(error)}`)
  }
  let data: unknown
  try {
    data = JSON.parse(raw)
  } catch (error) {
    throw new CliError(EXIT_USAGE, `${path}: not valid JSON: ${messageOf(error)}`)
  }
  const parsed = safeParseOptions(data)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `\n  - ${i.path.map(String).join('.') || '(root)'}: ${i.message}`)
    throw new CliError(EXIT_USAGE, `${path}: invalid options:${lines.join('')}`)
  }
  return parsed.data
}
