/**
 * The CLI from arguments to exit code. Nothing here calls process.exit, so
 * output is flushed and the function is testable.
 */
import { renderHtmlReport, type ReportDocument } from '../report/html-report.js'
import { analyze, type Analysis } from './analyze.js'
import { parseCliArgs, type CliArgs } from './args.js'
import { runBatch } from './batch.js'
import { createPaint, useColor } from './color.js'
import { loadConfig, type LoadedConfig } from './config.js'
import { CliError, EXIT_INPUT, EXIT_OK, EXIT_USAGE, messageOf, usageError } from './errors.js'
import { HELP, readVersion } from './help.js'
import { STDIN, collectInputs, readInput, type Input } from './inputs.js'
import { openOutput } from './output.js'
import { formatPretty } from './pretty.js'
import { createProgress } from './progress.js'

const warn = (message: string): void => {
  process.stderr.write(`news-attribution: ${message}\n`)
}

export async function main(argv: readonly string[]): Promise<number> {
  try {
    const args = parseCliArgs(argv)
    if (args.help) return print(HELP)
    if (args.version) return print(`${readVersion()}\n`)
    const config = await loadConfig(args.config)
    return args.ndjson ? await batch(args, config) : await files(args, config)
  } catch (error) {
    if (error instanceof CliError) {
      warn(error.message)
      return error.exitCode
    }
    warn(`unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
    return EXIT_INPUT
  }
}

function print(text: string): number {
  process.stdout.write(text)
  return EXIT_OK
}

async function batch(args: CliArgs, config: LoadedConfig): Promise<number> {
  const output = await openOutput(args.out)
  const failed = await runBatch({ input: args.inputs[0] ?? STDIN, type: args.type ?? 'text', jobs: args.jobs, config, output, warn })
  await output.close()
  if (failed > 0) warn(`${failed} line${failed === 1 ? '' : 's'} failed; see the "error" records in the output.`)
  return failed > 0 ? EXIT_INPUT : EXIT_OK
}

interface Done {
  input: Input
  analysis: Analysis
}

async function files(args: CliArgs, config: LoadedConfig): Promise<number> {
  let names = args.inputs
  if (names.length === 0) {
    if (process.stdin.isTTY) throw usageError('No input: give files, directories or `-` for stdin.')
    names = [STDIN]
  }
  if (names.filter((n) => n === STDIN).length > 1) throw usageError('stdin (`-`) can only be read once.')
  const { inputs, errors } = await collectInputs(names, args.type)
  for (const error of errors) warn(error)
  const output = await openOutput(args.out)
  const paint = createPaint(useColor(output, process.env))
  const width = output.stream.columns ?? 120
  const progress = createProgress(inputs.length)
  const done: Done[] = []
  let failed = errors.length
  for (const input of inputs) {
    progress.tick(input.name)
    try {
      const analysis = analyze(await readInput(input), input.type, config.annotate)
      done.push({ input, analysis })
      for (const w of analysis.result.warnings ?? []) warn(`${label(input)}: ${w.message}`)
      // Streaming formats write as they go; the others need every document first.
      if (args.format === 'pretty') await output.write(`${done.length > 1 ? '\n' : ''}${formatPretty(label(input), analysis.plain, paint, width)}`)
      if (args.format === 'ndjson') await output.write(`${JSON.stringify(record(done[done.length - 1]))}\n`)
    } catch (error) {
      failed++
      warn(error instanceof CliError ? error.message : `${label(input)}: ${messageOf(error)}`)
    }
  }
  progress.done()
  if (args.format === 'json') {
    const records = done.map(record)
    await output.write(`${JSON.stringify(inputs.length === 1 && records.length === 1 ? records[0] : records, null, 2)}\n`)
  }
  if (args.format === 'html') {
    const documents: ReportDocument[] = done.map((d) => ({ title: label(d.input), text: d.analysis.plain.text, result: d.analysis.plain.result }))
    await output.write(renderHtmlReport(documents, { title: documents.length === 1 ? `Attribution report: ${documents[0].title}` : 'Attribution report' }))
  }
  await output.close()
  if (inputs.length === 0) return errors.length > 0 ? EXIT_INPUT : EXIT_USAGE
  return failed > 0 ? EXIT_INPUT : EXIT_OK
}

function label(input: Input): string {
  return input.name === STDIN ? 'stdin' : input.name
}

function record({ input, analysis }: Done): Record<string, unknown> {
  return { file: label(input), type: input.type, ...analysis.result }
}
