/**
 * ANSI colour, only for a terminal: https://no-color.org (a non-empty
 * NO_COLOR turns it off) and never when writing to a file or a pipe.
 */
import type { Category } from '../schema.js'

export interface Paint {
  category(category: Category, text: string): string
  dim(text: string): string
  bold(text: string): string
}

const CODES: Readonly<Record<Category, string>> = {
  'confirmed-by-official': '32',
  'claimed-by-party': '33',
  'reported-by-outlet': '36',
  unattributed: '90',
}

export function useColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  return stream.isTTY === true && !(env.NO_COLOR !== undefined && env.NO_COLOR !== '')
}

export function createPaint(enabled: boolean): Paint {
  const wrap = (code: string, text: string): string => (enabled ? `\u001b[${code}m${text}\u001b[0m` : text)
  return {
    category: (category, text) => wrap(CODES[category], text),
    dim: (text) => wrap('2', text),
    bold: (text) => wrap('1', text),
  }
}
