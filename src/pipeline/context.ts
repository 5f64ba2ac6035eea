/**
 * The one typed context every stage and rule shares: the parsed document,
 * the compiled lexicon, the cues found and the attributions proposed.
 */
import type { CueEntry, Lexicon } from '../lexicon/compile.js'
import type { Evidence, SourceKind } from '../schema.js'
import type { Candidate, CueMatch, OffsetRange, Paragraph, Quotation, Sentence, Token, TokenRange } from './types.js'

export type CandidateInit = Pick<Candidate, 'cue' | 'source' | 'content' | 'ruleId'> &
  Partial<Omit<Candidate, 'id' | 'cue' | 'source' | 'content' | 'ruleId' | 'removed'>>

export class AnnotationContext {
  readonly cues: CueMatch[] = []
  readonly candidates: Candidate[] = []
  /** Candidates by the sentence of their cue, for constant-time look-ups. */
  readonly bySentence = new Map<number, Candidate[]>()
  /** Cues by their first token. */
  readonly cueByToken = new Map<number, CueMatch>()

  constructor(
    readonly text: string,
    readonly tokens: readonly Token[],
    readonly sentences: readonly Sentence[],
    readonly paragraphs: readonly Paragraph[],
    readonly quotations: readonly Quotation[],
    readonly lexicon: Lexicon,
    /** Per-story sources: lower-cased name → kind. */
    readonly storySources: ReadonlyMap<string, SourceKind>,
  ) {}

  /** The text of a token range. */
  slice(range: TokenRange): string {
    return this.text.slice(this.tokens[range.tokenStart].start, this.tokens[range.tokenEnd - 1].end)
  }

  offsets(range: TokenRange): OffsetRange {
    return { start: this.tokens[range.tokenStart].start, end: this.tokens[range.tokenEnd - 1].end }
  }

  /** Lower-cased words of a token range, for lexicon look-ups. */
  lowerWords(range: TokenRange): string[] {
    const out: string[] = []
    for (let i = range.tokenStart; i < range.tokenEnd; i++) out.push(this.tokens[i].lower)
    return out
  }

  /** Index of the token that contains (or follows) `offset`: binary search. */
  tokenAt(offset: number): number {
    let lo = 0
    let hi = this.tokens.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.tokens[mid].end <= offset) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  sentenceOf(tokenIndex: number): Sentence {
    return this.sentences[this.tokens[tokenIndex].sentence]
  }

  addCue(cue: Omit<CueMatch, 'claimed'>): CueMatch {
    const match: CueMatch = cue as CueMatch
    match.claimed = false
    this.cues.push(match)
    this.cueByToken.set(match.tokenStart, match)
    return match
  }

  /** Propose an attribution; the cue is claimed so no other rule reuses it. */
  propose(init: CandidateInit, reason: string): Candidate {
    const candidate: Candidate = {
      id: this.candidates.length,
      sourceDescription: null,
      sourceName: null,
      kind: null,
      anonymous: null,
      via: null,
      viaName: null,
      quote: 'indirect',
      confidence: 0.8,
      evidence: [],
      category: null,
      subordinate: false,
      antecedent: null,
      ...init,
      removed: false,
    }
    candidate.evidence.push({ ruleId: init.ruleId, reason })
    init.cue.claimed = true
    this.candidates.push(candidate)
    const list = this.bySentence.get(init.cue.sentence)
    if (list) list.push(candidate)
    else this.bySentence.set(init.cue.sentence, [candidate])
    return candidate
  }

  /** The lexicon entry of a verb cue (`takesObject`, `takesNounContent`). */
  cueEntry(cue: CueMatch): CueEntry | undefined {
    return this.lexicon.cues.longest(this.lowerWords(cue), 0)?.value
  }

  /** The first unclaimed verb cue starting in tokens `from`..`to` (inclusive). */
  verbCueBetween(from: number, to: number): CueMatch | undefined {
    for (let i = from; i <= to; i++) {
      const cue = this.cueByToken.get(i)
      if (cue && !cue.claimed && cue.type === 'verb') return cue
    }
    return undefined
  }

  note(candidate: Candidate, evidence: Evidence): void {
    candidate.evidence.push(evidence)
  }

  /** Live candidates in document order of their cue. */
  live(): Candidate[] {
    return this.candidates.filter((c) => !c.removed)
  }
}
