/**
 * The typed version of examples/custom-rules.mjs: the same newsroom plugin,
 * checked by `tsc --noEmit`. In an app, import from 'news-attribution'
 * instead of '../src/index.js'. (`npm run example:custom` runs the .mjs
 * twin, since Node 20 cannot run TypeScript directly.)
 */
import { createAnnotator, defineRule, type AnnotationContext, type Candidate, type Options, type Plugin, type RuleOptions } from '../src/index.js'

interface PressPoolOptions {
  /** Phrases that mark a pool journalist (default: `press pool`, `pool reporter`). */
  phrases?: readonly string[]
}

function readOptions(options: RuleOptions): Required<PressPoolOptions> {
  const phrases = Array.isArray(options.phrases) && options.phrases.every((p) => typeof p === 'string') ? (options.phrases as string[]) : ['press pool', 'pool reporter']
  return { phrases }
}

export const pressPool = defineRule({
  meta: { id: 'newsroom/press-pool', stage: 'classify', description: 'Make members of the press pool outlet sources' },
  run(ctx: AnnotationContext, options: RuleOptions): void {
    const { phrases } = readOptions(options)
    for (const candidate of ctx.live()) {
      const words = candidate.source ? ctx.lowerWords(candidate.source).join(' ') : ''
      const phrase = phrases.find((p) => words.includes(p))
      if (phrase) markOutlet(ctx, candidate, phrase)
    }
  },
})

function markOutlet(ctx: AnnotationContext, candidate: Candidate, phrase: string): void {
  candidate.kind = 'outlet'
  candidate.anonymous = true
  ctx.note(candidate, { ruleId: 'newsroom/press-pool', reason: `"${phrase}" means a journalist` })
}

export const newsroom: Plugin = {
  name: 'newsroom',
  rules: [pressPool],
  lexicon: { outlets: ['Kestrel', 'Seawall'], cues: [{ phrase: 'harrumph', stance: 'claim' }] },
  presets: { quotes: { 'noun-cue': 'off', reportedly: 'off' } },
}

const options: Options = {
  plugins: [newsroom],
  sources: { 'Lorna Pike': 'party' },
  rules: { 'newsroom/press-pool': { phrases: ['press pool'] } satisfies PressPoolOptions },
}

export const annotateStory = createAnnotator(options)
