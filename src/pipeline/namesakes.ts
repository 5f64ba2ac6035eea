/**
 * Namesakes: when a story names two people with one surname (`Dorothy
 * Woods`, the widow, and `Navy SEAL Ty Woods`), a bare surname or `Mr.
 * Woods` stands for the one named first, by newsroom convention, and a
 * given name picks its own person.
 */
import type { AnnotationContext } from './context.js'
import { fullNameMention, multiwordMentions, type Mention } from './mentions.js'

/** Honorifics and titles before a surname, which name nobody's given name. */
const HONORIFIC = /^(?:mr|mrs|ms|miss|mx|dr|sen|rep|gov|gen|lt|col|capt|cmdr|adm|sgt|det|insp|prof|rev|fr|st|sr|jr|president|senator|governor|judge|justice|chief|officer|sheriff|captain|detective|sergeant|major|lieutenant|general|admiral|commander|secretary|minister|ambassador|mayor|speaker|chairman|chairwoman|director|inspector|agent|deputy|father|sister|brother|rabbi|imam|pastor|bishop|pope|king|queen|prince|princess|lord|lady|sir|dame|coach|dean|principal|superintendent|attorney|counsel|but|and|former|new|old)\.?$/

/** The given name of a mention: the word before its surname, unless that is an honorific (`Mr. Bush`), else null. */
export function givenName(ctx: AnnotationContext, m: Mention): string | null {
  if (m.words < 2) return null
  const token = ctx.tokens[m.tokenEnd - 2]
  // (`SEAL Ty Woods` gives `Ty`; a word in capitals, `SEAL`, is an acronym, no given name.)
  return HONORIFIC.test(token.lower) || !/\p{Ll}/u.test(token.text) ? null : token.lower
}

/**
 * When the story names two or more people with the surname `last` (by
 * different given names), the one named first, whom a bare surname or
 * `Mr. Bush` stands for by newsroom convention; else null.
 */
export function namesake(ctx: AnnotationContext, last: string): Mention | null {
  const list = multiwordMentions(ctx, last)
  if (!list || list.length < 2) return null
  let lead: Mention | null = null
  let leadName: string | null = null
  for (const m of list) {
    const name = givenName(ctx, m)
    if (name === null) continue
    if (lead === null) {
      lead = m
      leadName = name
    } else if (name !== leadName) return lead
  }
  return null
}

/**
 * The person a name ending at token `surname` stands for: its full mention and
 * given name. Among namesakes, `Woods` and `Mr. Bush` stand for the one named
 * first and `Ty Woods` for the one with that given name; otherwise the latest
 * full mention before `before`.
 */
export function personNamed(ctx: AnnotationContext, surname: number, start: number, before: number): { full: Mention | null; given: string | null } {
  const last = ctx.tokens[surname].lower.replace(/'s$|'$/, '')
  const word = surname > start ? ctx.tokens[surname - 1].lower : null
  const own = word !== null && /^\p{L}/u.test(word) && !HONORIFIC.test(word) && /\p{Ll}/u.test(ctx.tokens[surname - 1].text) ? word : null
  const lead = namesake(ctx, last)
  if (!lead) return { full: fullNameMention(ctx, last, before), given: own }
  if (own === null) return { full: lead, given: givenName(ctx, lead) }
  const same = multiwordMentions(ctx, last)?.find((m) => givenName(ctx, m) === own) ?? null
  return { full: same, given: own }
}
