/**
 * Command-line arguments to a checked configuration, with node:util
 * parseArgs (strict: unknown flags are usage errors, exit 2).
 */
import { availableParallelism } from 'node:os'
import { parseArgs } from 'node:util'
import { INPUT_TYPES, type InputType } from './analyze.js'
import { messageOf, usageError } from './errors.js'

export const FORMATS = ['pretty', 'json', 'ndjson', 'html'] as const
export type Format = (typeof FORMATS)[number]

export interface CliArgs {
  help: boolean
  version: boolean
  inputs: string[]
  type: InputType | null
  format: Format
  out: string | null
  config: string | null
  ndjson: boolean
  jobs: number
}

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  type: { type: 'string', short: 't' },
  format: { type: 'string', short: 'f' },
  out: { type: 'string', short: 'o' },
  config: { type: 'string', short: 'c' },
  ndjson: { type: 'boolean' },
  jobs: { type: 'string', short: 'j' },
} as const

export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: typeof OPTIONS; allowPositionals: true }>>
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true })
  } catch (error) {
    throw usageError(messageOf(error))
  }
  const { values, positionals } = parsed
  const ndjson = values.ndjson ?? false
  const format = oneOf('--format', values.format ?? (ndjson ? 'ndjson' : 'pretty'), FORMATS)
  if (ndjson && format !== 'ndjson') throw usageError(`--ndjson batch mode writes NDJSON; drop --format ${format}.`)
  if (ndjson && positionals.length > 1) throw usageError('--ndjson reads one file of lines (or `-` for stdin); got several inputs.')
  if (values.jobs !== undefined && !ndjson) throw usageError('--jobs only applies to --ndjson batch mode.')
  return {
    help: values.help ?? false,
    version: values.version ?? false,
    inputs: positionals,
    type: values.type === undefined ? null : oneOf('--type', values.type, INPUT_TYPES),
    format,
    out: values.out ?? null,
    config: values.config ?? null,
    ndjson,
    jobs: values.jobs === undefined ? availableParallelism() : positiveInteger('--jobs', values.jobs),
  }
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw usageError(`${flag} must be one of ${allowed.join(', ')}; got "${value}".`)
}

function positiveInteger(flag: string, value: string): number {
  const n = Number(value)
  if (!/^[0-9]{1,4}$/.test(value) || n < 1) throw usageError(`${flag} must be a whole number from 1 to 9999; got "${value}".`)
  return n
}
