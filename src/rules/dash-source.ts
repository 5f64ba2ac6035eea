import { isCapitalized } from '../lexicon/words.js'
import { isWord } from '../pipeline/syntax.js'
import { defineRule } from './rule.js'

const DASHES = new Set(['―', '—', '–', '--', '-'])
const MAX_NAME_WORDS = 6

/**
 * A quotation signed with a dash, as in reader comments and epigraphs:
 * `“We deserve better.” ― Ana Ruiz`. The name after the dash is the source.
 */
export const dashSource = defineRule({
  meta: { id: 'dash-source', stage: 'attribute', description: 'Credit a quotation to the name signed after a dash' },
  run(ctx) {
    const tokens = ctx.tokens
    for (const quotation of ctx.quotations) {
      if (quotation.closeToken === -1) continue
      const dash = tokens[quotation.closeToken + 1]
      if (!dash || dash.kind === 'word' || !DASHES.has(dash.text) || dash.paragraph !== tokens[quotation.closeToken].paragraph) continue
      let end = dash.index + 1
      let words = 0
      while (end < tokens.length && tokens[end].paragraph === dash.paragraph && words <= MAX_NAME_WORDS) {
        const t = tokens[end]
        if (isWord(t)) {
          if (!isCapitalized(t.text) && t.text.length > 1) break
          words++
        } else if (!/^[.'’-]$/.test(tokens[end].text)) break
        end++
      }
      while (end > dash.index + 1 && !isWord(tokens[end - 1])) end--
      // The signature must close its paragraph or line (a trailing full stop aside).
      const next = tokens[end]
      const closes = (k: number) => !tokens[k] || tokens[k].paragraph !== dash.paragraph || ctx.text.slice(tokens[k - 1].end, tokens[k].start).includes('\n')
      if (words === 0 || words > MAX_NAME_WORDS || !(closes(end) || (next.text === '.' && closes(end + 1)))) continue
      const cue = ctx.addCue({ tokenStart: dash.index, tokenEnd: dash.index + 1, lemma: 'sign', stance: 'neutral', type: 'colon', sentence: dash.sentence, entry: dash.text, ruleId: 'dash-source' })
      ctx.propose(
        { cue, source: { tokenStart: dash.index + 1, tokenEnd: end }, content: [{ start: quotation.start, end: quotation.end }], quote: 'direct', confidence: 0.8, ruleId: 'dash-source' },
        'a quotation signed with a dash and a name',
      )
    }
  },
})
