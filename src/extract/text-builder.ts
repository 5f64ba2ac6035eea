/**
 * Builds the plain text handed to `annotate` from a markup document, one
 * block per line, while recording for every UTF-16 unit the source range it
 * came from. That map is what lets spans found in the plain text point back
 * at the exact characters of the original HTML or Markdown.
 */

/** Extracted text plus, per unit, the `[start, end)` source range it stands for. */
export interface ExtractedText {
  text: string
  starts: readonly number[]
  ends: readonly number[]
}

// One code unit at a time, so a single-character class is enough (and linear).
const WHITESPACE = /\s/

export class TextBuilder {
  private readonly units: string[] = []
  private readonly starts: number[] = []
  private readonly ends: number[] = []
  private blockStart = 0
  private pendingSpace: { start: number; end: number } | null = null

  /** Adds one decoded unit; runs of whitespace collapse to one space, as a browser shows them. */
  add(unit: string, start: number, end: number): void {
    if (WHITESPACE.test(unit)) {
      // Leading whitespace of a block is dropped, and a run keeps its first position.
      if (this.units.length > this.blockStart && this.pendingSpace === null) this.pendingSpace = { start, end }
      return
    }
    if (this.pendingSpace !== null) {
      this.push(' ', this.pendingSpace.start, this.pendingSpace.end)
      this.pendingSpace = null
    }
    this.push(unit, start, end)
  }

  /** Ends the current block: the next text starts a new line (a new paragraph for `annotate`). */
  endBlock(): void {
    this.pendingSpace = null
    if (this.units.length === this.blockStart) return
    const last = this.ends[this.ends.length - 1]
    // The separator stands for no source characters: an empty range after the block.
    this.push('\n', last, last)
    this.blockStart = this.units.length
  }

  finish(): ExtractedText {
    this.endBlock()
    if (this.units.length > 0) {
      this.units.pop()
      this.starts.pop()
      this.ends.pop()
    }
    return { text: this.units.join(''), starts: this.starts, ends: this.ends }
  }

  private push(unit: string, start: number, end: number): void {
    this.units.push(unit)
    this.starts.push(start)
    this.ends.push(end)
  }
}
