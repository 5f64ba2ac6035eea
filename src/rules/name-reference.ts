import { classifyPhrase } from '../pipeline/kinds.js'
import { mentionKind } from '../pipeline/mention-kind.js'
import { familyNameFirst } from '../pipeline/mentions.js'
import { givenName, personNamed } from '../pipeline/namesakes.js'
import { defineRule } from './rule.js'

/**
 * `Dmitriev` and `DMITRIEV:` stand for the full name the story gave earlier
 * (`Russian envoy Kirill Dmitriev`), and take the kind its role words give
 * when the source phrase has no role of its own.
 */
export const nameReference = defineRule({
  meta: { id: 'name-reference', stage: 'resolve', description: 'Resolve surnames to the full name and role given earlier in the story' },
  run(ctx) {
    for (const c of ctx.candidates) {
      if (c.removed || !c.source) continue
      const decision = classifyPhrase(ctx, [c.source])
      // `The Calder envoy` ends in a common noun: a description for description-reference, not a name.
      if (!decision.named || !/^\p{Lu}/u.test(ctx.tokens[c.source.tokenEnd - 1].text)) continue
      const words = ctx.lowerWords(c.source).filter((w) => /\p{L}/u.test(w))
      const last = (words[words.length - 1] ?? '').replace(/'s$|'$/, '')
      const { full, given } = personNamed(ctx, surnameToken(ctx, c.source), c.source.tokenStart, c.source.tokenStart)
      // (`Mr. Lou` names `Lou Jiwei`, a full name that opens with the surname.)
      const family = given === null && (full === null || givenName(ctx, full) === null) ? familyNameFirst(ctx, last) : null
      const name = family ? family.text : full && full.words > words.length ? full.text : properName(ctx, c.source)
      c.sourceName ??= titleCaseIfShouted(name)
      if (c.kind) continue
      const role = mentionKind(ctx, last, given)
      if (!role?.kind) continue
      c.kind = role.kind
      c.anonymous = false
      c.evidence.push({ ruleId: 'name-reference', reason: `the story calls ${c.sourceName} "${role.phrase}", so the source is ${role.kind}` })
    }
  },
})

function titleCaseIfShouted(name: string): string {
  if (name !== name.toUpperCase()) return name
  return name.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (m) => m.toUpperCase())
}

/** The name proper at the end of a source: `Dunmore envoy Pell Marsh` → `Pell Marsh`. */
function properName(ctx: Parameters<typeof classifyPhrase>[0], source: { tokenStart: number; tokenEnd: number }): string {
  let start = source.tokenEnd
  while (start > source.tokenStart && /^(?:\p{Lu}|[.'’-])/u.test(ctx.tokens[start - 1].text)) start--
  if (start === source.tokenEnd) return ctx.slice(source).replace(/['’]s$/, '')
  // `The mayor of Marrowby` is a description, not a name after a role.
  const before = ctx.tokens[start - 1]
  if (start > source.tokenStart && !ctx.lexicon.kinds.longest([before.lower], 0)) return ctx.slice(source).replace(/['’]s$/, '')
  // Keep a leading title word that the lexicon knows (`Sen.`), drop role words before the name.
  while (start < source.tokenEnd - 1 && ctx.lexicon.kinds.longest([ctx.tokens[start].lower], 0)) start++
  return ctx.slice({ tokenStart: start, tokenEnd: source.tokenEnd }).replace(/['’]s$/, '')
}

/** The token of the source's last word with letters (its surname). */
function surnameToken(ctx: Parameters<typeof classifyPhrase>[0], source: { tokenStart: number; tokenEnd: number }): number {
  let k = source.tokenEnd - 1
  while (k > source.tokenStart && !/\p{L}/u.test(ctx.tokens[k].text)) k--
  return k
}
