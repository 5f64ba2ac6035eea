import { isAside } from '../pipeline/asides.js'
import { introducedEmbeds } from '../pipeline/embeds.js'
import type { AnnotationContext } from '../pipeline/context.js'
import type { Candidate, Quotation } from '../pipeline/types.js'
import { defineRule } from './rule.js'

/**
 * A quotation with no cue of its own continues the latest direct speaker:
 * `“…,” said Rep. Roe. “More words.”` in one paragraph, or a paragraph that
 * opens with a quotation after `Axios cited an official who said,` or after
 * a quoted paragraph. Only direct quotations carry over. An embedded post
 * (`<tweet …>`) after `…, Trump tweeted.` is that attribution's too.
 */
export const continuedQuotation = defineRule({
  meta: { id: 'continued-quotation', stage: 'resolve', description: 'Give cue-less quotations the latest direct speaker' },
  run(ctx) {
    const ordered = ctx.live().sort((a, b) => ctx.tokens[a.cue.tokenStart].start - ctx.tokens[b.cue.tokenStart].start)
    const covered = coverage(ctx, ordered)
    let addedEnd = -1
    let k = 0
    let last: Candidate | null = null
    for (const quotation of ctx.quotations) {
      while (k < ordered.length && ctx.tokens[ordered[k].cue.tokenStart].start < quotation.start) last = ordered[k++]
      if (!last || addedEnd > quotation.start || isCovered(covered, quotation)) continue
      // A new quotation in the speaker's own paragraph is theirs; across paragraphs only direct speech carries over.
      const sameParagraph = ctx.tokens[quotation.openToken].paragraph === ctx.sentences[last.cue.sentence].paragraph
      if (!sameParagraph && last.quote === 'indirect') continue
      if (!adjacent(ctx, last, quotation) || onlyAside(ctx, quotation) || quotedTitle(ctx, quotation) || framedHere(ctx, quotation)) continue
      const open = ctx.tokens[quotation.openToken]
      const cue = ctx.addCue({ tokenStart: open.index, tokenEnd: open.index, lemma: last.cue.lemma, stance: last.cue.stance, type: last.cue.type, sentence: open.sentence, entry: last.cue.entry, ruleId: 'continued-quotation' })
      last = ctx.propose(
        {
          cue,
          source: null,
          content: [{ start: quotation.start, end: quotation.end }],
          quote: 'direct',
          kind: last.kind,
          anonymous: last.anonymous,
          sourceName: last.sourceName ?? (last.source ? ctx.slice(last.source) : null),
          via: last.via,
          viaName: last.viaName,
          antecedent: last.id,
          confidence: 0.7,
          ruleId: 'continued-quotation',
        },
        'a quotation without a cue continues the latest direct speaker',
      )
      addedEnd = quotation.end
    }
    // `…,” Trump tweeted.` then `<tweet tweet-id="…"><tweet/>.`: an embedded post is the introducing attribution's.
    for (const { span, by } of introducedEmbeds(ctx, ordered)) {
      const open = ctx.tokenAt(span.start)
      const cue = ctx.addCue({ tokenStart: open, tokenEnd: open, lemma: by.cue.lemma, stance: by.cue.stance, type: by.cue.type, sentence: ctx.tokens[open].sentence, entry: by.cue.entry, ruleId: 'continued-quotation' })
      ctx.propose(
        { cue, source: null, content: [span], quote: 'direct', kind: by.kind, anonymous: by.anonymous, sourceName: by.sourceName ?? (by.source ? ctx.slice(by.source) : null), via: by.via, viaName: by.viaName, antecedent: by.id, confidence: 0.7, ruleId: 'continued-quotation' },
        'an embedded post takes the attribution that introduces it in the sentence before',
      )
    }
  },
})

/** `"(LAUGHTER)"`, `"Follow Ana Ruiz on Twitter."`: a quoted stage direction or credit line is nobody's speech. */
function onlyAside(ctx: AnnotationContext, quotation: Quotation): boolean {
  const sentence = ctx.sentenceOf(quotation.openToken)
  return sentence.end >= quotation.end && isAside(ctx, sentence)
}

/**
 * `On “Meet the Press,” Ana Ruiz said …`, `Roe, who called it “a farce,”
 * said …`: a quotation in a sentence with a speaker of its own, before that
 * speaker's cue, is a title or a phrase of the frame, not more speech.
 */
function framedHere(ctx: AnnotationContext, quotation: Quotation): boolean {
  const sentence = ctx.tokens[quotation.openToken].sentence
  return (ctx.bySentence.get(sentence) ?? []).some((c) => !c.removed && c.source !== null && ctx.tokens[c.cue.tokenStart].start >= quotation.end)
}

const TITLE_WORDS = 5

/** `on ABC's “This Week,”`, `a class called “Perception”`: a short quoted name after a possessive or preposition is a title, not speech. */
function quotedTitle(ctx: AnnotationContext, quotation: Quotation): boolean {
  const before = ctx.tokens[quotation.openToken - 1]
  if (!before || before.kind !== 'word' || !/['’]s$|^(?:on|of|in|to|for|at|called|titled|named|dubbed)$/.test(before.lower)) return false
  let words = 0
  for (let i = quotation.openToken + 1; i < quotation.tokenEnd; i++) if (ctx.tokens[i].kind === 'word' && ++words > TITLE_WORDS) return false
  return true
}

/** The speaker spoke in the same paragraph, or the quotation opens the very next one. */
function adjacent(ctx: AnnotationContext, last: Candidate, quotation: Quotation): boolean {
  const open = ctx.tokens[quotation.openToken]
  const speakerParagraph = ctx.sentences[last.cue.sentence].paragraph
  if (open.paragraph === speakerParagraph) return true
  const paragraph = ctx.paragraphs[open.paragraph]
  const opensParagraph = ctx.sentences[paragraph.sentenceStart].tokenStart === open.index
  const lastContent = last.content[last.content.length - 1]
  const lastParagraph = lastContent ? ctx.tokens[ctx.tokenAt(lastContent.end - 1)].paragraph : speakerParagraph
  // A short quotation carries over only when it is the whole paragraph (`“Now look.”`), not a scare-quoted phrase.
  // (`“All Bets Are Off.”` in title case is a subheading, `“Related:”` a link label.)
  const wholeParagraph = ctx.text.slice(quotation.end, paragraph.end).trim().length === 0 && spokenSentence(ctx, quotation)
  return opensParagraph && open.paragraph === lastParagraph + 1 && (quotation.end - quotation.start > 20 || wholeParagraph)
}

/** The quotation is a sentence of speech: it ends in `.`, `!` or `?` and is not written in title case. */
function spokenSentence(ctx: AnnotationContext, quotation: Quotation): boolean {
  const words: string[] = []
  let final = ''
  for (let i = quotation.openToken + 1; i < quotation.closeToken; i++) {
    const t = ctx.tokens[i]
    if (t.kind === 'word') words.push(t.text)
    if (t.kind !== 'space') final = t.text
  }
  return /^[.!?]$/.test(final) && (words.length < 2 || words.some((w) => /^\p{Ll}/u.test(w)))
}

interface Coverage {
  starts: number[]
  /** Largest end among the spans up to each index. */
  maxEnds: number[]
}

function coverage(ctx: AnnotationContext, live: Candidate[]): Coverage {
  const spans: { start: number; end: number }[] = []
  for (const c of live) {
    for (const s of c.content) spans.push(s)
    if (c.source) spans.push(ctx.offsets(c.source))
  }
  spans.sort((a, b) => a.start - b.start)
  const maxEnds: number[] = []
  for (const [i, s] of spans.entries()) maxEnds.push(Math.max(s.end, i > 0 ? maxEnds[i - 1] : -1))
  return { starts: spans.map((s) => s.start), maxEnds }
}

function isCovered(c: Coverage, q: Quotation): boolean {
  // The last span starting before the quotation ends; any span up to it reaching past its start overlaps.
  let lo = 0
  let hi = c.starts.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (c.starts[mid] < q.end) lo = mid + 1
    else hi = mid
  }
  return lo > 0 && c.maxEnds[lo - 1] > q.start
}
