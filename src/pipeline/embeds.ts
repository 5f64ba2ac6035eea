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
 * placeholder the attribution that introduces it in the sentence before.
 * Yields each such placeholder's span with the attribution introducing it.
 */
export function* introducedEmbeds(ctx: AnnotationContext, live: readonly Candidate[]): Generator<{ span: OffsetRange; by: Candidate }> {
  for (const paragraph of ctx.paragraphs) {
    if (paragraph.sentenceStart === 0 || ctx.text[paragraph.start] !== '<' || !EMBED.test(ctx.text.slice(paragraph.start, paragraph.start + 420))) continue
    const before = paragraph.sentenceStart - 1
    const by = live.find((c) => c.cue.sentence === before && c.cue.tokenEnd > c.cue.tokenStart && POSTING.has(c.cue.lemma))
    if (by) yield { span: { start: paragraph.start, end: paragraph.end }, by }
  }
}
