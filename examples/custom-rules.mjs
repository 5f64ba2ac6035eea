/**
 * Run with `npm run example:custom`: a newsroom plugin (custom outlets, a
 * custom rule) plus a party list for one story through `sources`.
 */
import { createAnnotator } from '../dist/index.js'
import { newsroom } from './newsroom-plugin.mjs'

const story = [
  'Commissioner Lorna Pike told Kestrel that the ferry would run again in May.',
  'A member of the press pool said the motorcade left the pier at noon.',
  'Seawall reported that the levy would double.',
  'Pike harrumphed that the levy was fair.',
].join(' ')

const show = (title, annotate) => {
  console.log(`\n${title}`)
  for (const a of annotate(story).attributions) {
    const via = a.via ? ` via ${a.via.text}` : ''
    console.log(`  ${a.category.padEnd(22)} ${String(a.source.text).padEnd(28)} ${a.source.kind.padEnd(9)} cue "${a.cue.text}"${via}  [${a.ruleId}]`)
  }
}

show('Default rules and lexicon:', createAnnotator())
show(
  'With the newsroom plugin, and Lorna Pike listed as a candidate (party) for this story:',
  createAnnotator({ plugins: [newsroom], sources: { 'Lorna Pike': 'party' } }),
)
