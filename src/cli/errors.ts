/**
 * CLI failures carry their exit code: 1 for input or processing errors,
 * 2 for usage and configuration errors.
 */
export const EXIT_OK = 0
export const EXIT_INPUT = 1
export const EXIT_USAGE = 2

export class CliError extends Error {
  constructor(
    readonly exitCode: typeof EXIT_INPUT | typeof EXIT_USAGE,
    message: string,
  ) {
    super(message)
    this.name = 'CliError'
  }
}

export function usageError(message: string): CliError {
  return new CliError(EXIT_USAGE, `${message}\nRun \`news-attribution --help\` for usage.`)
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
