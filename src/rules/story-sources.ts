import { PhraseIndex, phraseWords } from '../lexicon/phrase-index.js'
import type { SourceKind } from '../schema.js'
import { defineRule } from './rule.js'

/**
 * Per-story sources (`sources: { 'Kirill Dmitriev': 'official' }`): a source
 * whose words contain a listed name, or its last word, takes that kind.
 * Runs after `source-kind`, so it overrides the lexicons.
 */
export const storySources = defineRule({
  meta: { id: 'story-sources', stage: 'classify', description: 'Apply the per-story source kinds given in options' },
  run(ctx) {
    if (ctx.storySources.size === 0) return
    const index = new PhraseIndex<{ name: string; kind: SourceKind }>()
    for (const [name, kind] of ctx.storySources) {
      const words = phraseWords(name)
      index.add(words, { name, kind })
      // `Dmitriev` alone stands for `Kirill Dmitriev`.
      if (words.length > 1) index.add(words.slice(-1), { name, kind })
    }
    for (const c of ctx.candidates) {
      if (c.removed || !c.source) continue
      const words = ctx.lowerWords(c.source).map((w) => w.replace(/'s$/, ''))
      for (let i = 0; i < words.length; i++) {
        const match = index.longest(words, i)
        if (!match) continue
        c.kind = match.value.kind
        c.anonymous = false
        c.sourceName ??= match.value.name
        c.evidence.push({ ruleId: 'story-sources', reason: `the story lists "${match.value.name}" as ${match.value.kind}` })
        break
      }
    }
  },
})
