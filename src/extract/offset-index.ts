/**
 * Offsets to 1-based line/column points, for vfile messages. Built once per
 * document; each lookup is a binary search over line starts.
 */
import type { Position } from 'unist'
import type { Span } from '../schema.js'

export class OffsetIndex {
  private readonly lineStarts: number[] = [0]

  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1)
  }

  point(offset: number): Position['start'] {
    const clamped = Math.max(0, Math.min(offset, this.text.length))
    let low = 0
    let high = this.lineStarts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if (this.lineStarts[mid] <= clamped) low = mid
      else high = mid - 1
    }
    return { line: low + 1, column: clamped - this.lineStarts[low] + 1, offset: clamped }
  }

  position(span: Span): Position {
    return { start: this.point(span.start), end: this.point(span.end) }
  }
}
