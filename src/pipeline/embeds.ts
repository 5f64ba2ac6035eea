/**
 * Embedded posts: a paragraph that is a placeholder for a tweet, a video or
 * another embed (`<tweet tweet-id="…"><tweet/>.`, `<tweet author="@x">…</tweet>.`).
 */
import type { AnnotationContext } from './context.js'
import type { Candidate, OffsetRange } from './types.js'

/** The opening tag of an embed placeholder. */
const EMBED = /^<(?:tweet|video|iframe|blockquote|instagram|embed)\b[^<>]{0,400}>/i
/** Cues that introduce an embedded post in the sentence before it: `Trump tweeted.`, `she posted on Monday:`. */
const POSTING = new Set(['tweet', 'post', 'retweet', 'write', 'share'])

/**
 * `…,” Trump tweeted.` then an embed paragraph: the guideline gives the
 * placeholder the attribution that introduces it in the sentence before: a
 * posting cue (`Trump tweeted.`), or any cue of a sentence that ends in a
 * colon (`Two candidates called for action:`). A run of embeds after one
 * introduction all take it. Yields each such placeholder's span with the
 * attribution introducing it.
 */
export function* introducedEmbeds(ctx: AnnotationContext, live: readonly Candidate[]): Generator<{ span: OffsetRange; by: Candidate }> {
  let chain: Candidate | null = null
  for (const paragraph of ctx.paragraphs) {
    if (paragraph.sentenceStart === 0 || ctx.text[paragraph.start] !== '<' || !EMBED.test(ctx.text.slice(paragraph.start, paragraph.start + 420))) {
      chain = null
      continue
    }
    const by: Candidate | null = introduction(ctx, live, paragraph.sentenceStart - 1) ?? chain
    chain = by
    if (by) yield { span: { start: paragraph.start, end: paragraph.end }, by }
  }
}

/** The attribution of sentence `before` that introduces what follows it, or null. */
function introduction(ctx: AnnotationContext, live: readonly Candidate[], before: number): Candidate | null {
  const sentence = ctx.sentences[before]
  const colon = ctx.tokens[sentence.tokenEnd - 1].text === ':'
  const here = live.filter((c) => c.cue.sentence === before && c.cue.tokenEnd > c.cue.tokenStart)
  return here.find((c) => POSTING.has(c.cue.lemma)) ?? (colon ? here.find((c) => c.source !== null) ?? null : null)
}
