/**
 * The one error class users catch. Errors are data first (`code`, `path`,
 * `issues`), and the message says what was passed and where to read more.
 */
export type AttributionErrorCode =
  | 'invalid_input'
  | 'invalid_options'
  | 'unknown_rule'
  | 'input_too_large'
  | 'rule_failed'

export interface AttributionErrorIssue {
  path: string
  message: string
}

export class AttributionError extends Error {
  readonly code: AttributionErrorCode
  readonly issues: readonly AttributionErrorIssue[]

  constructor(code: AttributionErrorCode, message: string, issues: readonly AttributionErrorIssue[] = []) {
    super(message)
    this.name = 'AttributionError'
    this.code = code
    this.issues = issues
  }
}

export function isAttributionError(value: unknown): value is AttributionError {
  return value instanceof AttributionError
}

/** A readable one-line description of a value for error messages. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'string') return `a string of length ${value.length}`
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value).slice(0, 40)}`
}
