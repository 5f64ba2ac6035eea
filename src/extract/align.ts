/**
 * Aligns a parser's decoded text with the raw source it came from, unit by
 * unit. Parsers report a position for a whole text node, not for each
 * character, and the decoded value differs from the raw slice where
 * references (`&rsquo;`), escapes (`\*`), CRLF and Markdown container
 * markers were resolved or dropped. Walking both strings together recovers
 * the per-character source range.
 */

/** Decodes one character reference exactly as the parser would, or `null`. */
export type DecodeReference = (reference: string) => string | null

export type EmitUnit = (unit: string, start: number, end: number) => void

// Bounded repetitions, no nesting: linear time on any input.
const REFERENCE = /&(?:#[xX][0-9a-fA-F]{1,8}|#[0-9]{1,8}|[A-Za-z][A-Za-z0-9]{0,40});?/y

export function alignText(raw: string, base: number, value: string, decode: DecodeReference, emit: EmitUnit): void {
  let j = 0
  let i = 0
  while (i < value.length) {
    const unit = value[i]
    if (j >= raw.length) {
      // The raw slice ran out (should not happen); pin what is left to its end.
      emit(unit, base + raw.length, base + raw.length)
      i++
      continue
    }
    const r = raw[j]
    if (r === '&') {
      const consumed = alignReference(raw, j, base, value, i, decode, emit)
      if (consumed !== null) {
        i += consumed.value
        j += consumed.raw
        continue
      }
    }
    if (r === unit) {
      emit(unit, base + j, base + j + 1)
      i++
      j++
    } else if (r === '\r' && unit === '\n') {
      const width = raw[j + 1] === '\n' ? 2 : 1
      emit(unit, base + j, base + j + width)
      i++
      j += width
    } else if (r === '\\' && raw[j + 1] === unit) {
      emit(unit, base + j, base + j + 2)
      i++
      j += 2
    } else {
      // The parser dropped this raw character (a `>` marker, indentation, NUL).
      j++
    }
  }
}

function alignReference(
  raw: string,
  j: number,
  base: number,
  value: string,
  i: number,
  decode: DecodeReference,
  emit: EmitUnit,
): { raw: number; value: number } | null {
  REFERENCE.lastIndex = j
  const match = REFERENCE.exec(raw)
  if (match === null) return null
  const reference = match[0]
  const decoded = decode(reference)
  if (decoded === null || decoded === '' || !value.startsWith(decoded, i)) return null
  // Legacy references decode a prefix only (`&copyright` → `©right`): the
  // shared literal tail maps one to one, the rest to the reference itself.
  let tail = 0
  while (
    tail < decoded.length - 1 &&
    tail < reference.length - 2 &&
    decoded[decoded.length - 1 - tail] === reference[reference.length - 1 - tail]
  ) {
    tail++
  }
  const headEnd = j + reference.length - tail
  for (let k = 0; k < decoded.length - tail; k++) emit(decoded[k], base + j, base + headEnd)
  for (let k = 0; k < tail; k++) {
    const at = headEnd + k
    emit(decoded[decoded.length - tail + k], base + at, base + at + 1)
  }
  return { raw: reference.length, value: decoded.length }
}
