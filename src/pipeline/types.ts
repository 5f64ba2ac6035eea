/**
 * Shared, typed state of one annotation run. Stages read and extend it in
 * a fixed order; none of them reparses text.
 */
import type { Evidence, QuoteKind, SourceKind, Stance } from '../schema.js'

export type TokenKind = 'word' | 'punct' | 'symbol' | 'space'

export interface Token {
  index: number
  kind: TokenKind
  text: string
  /** Lower-cased text with curly apostrophes folded to `'`. */
  lower: string
  start: number
  end: number
  sentence: number
  paragraph: number
  /** Index of the quotation this token is inside (marks included), or -1. */
  quote: number
}

export interface Sentence {
  index: number
  start: number
  end: number
  /** Token range, end exclusive. */
  tokenStart: number
  tokenEnd: number
  paragraph: number
  /** A line without final punctuation, or the document's title line. */
  heading: boolean
}

export interface Paragraph {
  index: number
  start: number
  end: number
  sentenceStart: number
  sentenceEnd: number
}

export interface Quotation {
  index: number
  /** Offsets including the marks. */
  start: number
  end: number
  openToken: number
  /** Token index of the closing mark, or -1 when the quotation never closes. */
  closeToken: number
  /** Token range of the quotation, marks included, end exclusive. */
  tokenStart: number
  tokenEnd: number
}

export type CueType = 'verb' | 'noun' | 'according-to' | 'colon' | 'adverb' | 'passive-report' | 'passive-agent'

export interface CueMatch {
  /** Token range, end exclusive. */
  tokenStart: number
  tokenEnd: number
  lemma: string
  stance: Stance
  type: CueType
  sentence: number
  /** Words of the matched entry: lets rules ask for `call for` vs `call`. */
  entry: string
  ruleId: string
  /** Set once an attribution claims this cue. */
  claimed: boolean
}

export interface TokenRange {
  tokenStart: number
  tokenEnd: number
}

export interface OffsetRange {
  start: number
  end: number
}

/** An attribution under construction. */
export interface Candidate {
  id: number
  cue: CueMatch
  /** Source words in this document, or null when resolved from context only. */
  source: TokenRange | null
  /** Words around the source that describe it (an appositive, a relative clause). */
  sourceDescription: TokenRange | null
  sourceName: string | null
  kind: SourceKind | null
  anonymous: boolean | null
  content: OffsetRange[]
  via: TokenRange | null
  viaName: string | null
  quote: QuoteKind
  confidence: number
  ruleId: string
  evidence: Evidence[]
  /** Set when a rule decided the category directly. */
  category: 'confirmed-by-official' | 'claimed-by-party' | 'reported-by-outlet' | null
  /** An attribution whose cue sits inside a subordinate clause. */
  subordinate: boolean
  /** The earlier attribution this one continues or refers back to. */
  antecedent: number | null
  removed: boolean
}
