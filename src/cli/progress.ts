/**
 * A one-line progress bar on stderr, drawn only when stderr is a terminal
 * and there are enough files for waiting to be noticeable.
 */
export const PROGRESS_THRESHOLD = 10
const BAR_WIDTH = 24

export interface Progress {
  tick(label: string): void
  done(): void
}

export function createProgress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (total < PROGRESS_THRESHOLD || !stream.isTTY) return { tick() {}, done() {} }
  let count = 0
  return {
    tick(label) {
      count++
      const filled = Math.round((count / total) * BAR_WIDTH)
      const room = Math.max(10, (stream.columns ?? 80) - BAR_WIDTH - 20)
      const name = label.length > room ? `…${label.slice(label.length - room + 1)}` : label
      stream.write(`\r\u001b[2K[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${count}/${total} ${name}`)
    },
    done() {
      stream.write('\r\u001b[2K')
    },
  }
}
