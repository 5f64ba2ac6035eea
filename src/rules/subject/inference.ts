/**
 * Subjects that report nothing of their own: an event or a state of things
 * that `suggests` or `shows` something (the writer's inference), and the
 * subject of a free relative (`what polls show`).
 */
import type { AnnotationContext } from '../../pipeline/context.js'
import type { TokenRange } from '../../pipeline/types.js'
import { isCapitalized } from '../../lexicon/words.js'
import { headEnd } from '../../pipeline/noun-words.js'

const OF = /^of$/i

/** Heads of events and states of things: abstract nouns by their suffix, and common nouns of change. */
const EVENT_HEAD = /(?:tion|sion|ment|ness|ity|ance|ence|ism)s?$|^(?:trip|visit|move|step|victory|defeat|win|loss|rise|fall|drop|jump|spike|surge|decline|shift|trend|pattern|change|prices?|rates?|turnout|gap|outcome|timing|fact)$/

/** Heads with those suffixes that name groups of people, who can conclude or suggest: `the intelligence community`. */
const GROUP_HEAD = /^(?:community|communities|majority|minority|electorate|opposition|organi[sz]ations?|associations?|federations?|coalitions?|institutions?|foundations?|delegations?|congregations?|population|generation|nations?|management|leadership|municipality|charity|charities|university|universities|fraternity|sorority|presidency|agency|agencies)$/

/** Whether the phrase's head (its last word before any `of`) names an event or a state of things, not a speaker. */
export function eventHead(ctx: AnnotationContext, phrase: TokenRange | null): boolean {
  // (`the Sunrise Movement`: a capitalised head is a name.)
  // (`the government`: a head the lexicon knows speaks.)
  // (`a draft of the settlement`: the head stands before `of`.)
  const head = phrase === null ? null : ctx.tokens[headEnd(ctx, phrase, OF) - 1]
  return head !== null && EVENT_HEAD.test(head.lower) && !GROUP_HEAD.test(head.lower) && !isCapitalized(head.text) && ctx.lexicon.kinds.word(head.lower) === undefined
}

/** The phrase opens right after `what` or `whatever`: the subject of a free relative. */
export function freeRelativeAt(ctx: AnnotationContext, phrase: TokenRange | null): boolean {
  return phrase !== null && /^(?:what|whatever)$/.test(ctx.tokens[phrase.tokenStart - 1]?.lower ?? '')
}
