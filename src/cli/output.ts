/**
 * Where results go: stdout or `--out FILE`. Writes respect backpressure so
 * a long batch never buffers all of its output in memory.
 */
import { createWriteStream } from 'node:fs'
import { once } from 'node:events'
import { CliError, EXIT_INPUT, messageOf } from './errors.js'

export interface Output {
  readonly stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number }
  /** True when writing to a terminal (colour and width then apply). */
  readonly isTTY: boolean
  write(text: string): Promise<void>
  close(): Promise<void>
}

export async function openOutput(path: string | null): Promise<Output> {
  if (path === null) return wrap(process.stdout, false)
  const stream = createWriteStream(path)
  try {
    await once(stream, 'open')
  } catch (error) {
    throw new CliError(EXIT_INPUT, `Cannot write ${path}: ${messageOf(error)}`)
  }
  return wrap(stream, true)
}

function wrap(stream: Output['stream'], owned: boolean): Output {
  let failure: unknown = null
  stream.on('error', (error) => {
    failure = error
  })
  return {
    stream,
    isTTY: !owned && stream.isTTY === true,
    async write(text) {
      if (failure !== null) throw new CliError(EXIT_INPUT, `Cannot write output: ${messageOf(failure)}`)
      if (!stream.write(text)) await once(stream, 'drain')
    },
    async close() {
      if (!owned) return
      stream.end()
      await once(stream, 'finish')
    },
  }
}
