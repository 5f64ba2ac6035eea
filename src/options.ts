/**
 * Options, validated by zod (`zod/mini`, see schema.ts). Lexicon entries are
 * plain phrases matched as words, case-insensitive: never user regular
 * expressions.
 */
import * as z from 'zod/mini'
import en from 'zod/v4/locales/en.js'
import { SourceKindSchema, StanceSchema, withMeta } from './schema.js'

const PhraseSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(200))

/**
 * A cue's first word is inflected through a plain-object table, so a name
 * such as `constructor` or `__proto__` would reach `Object.prototype`:
 * refuse it with a clear message instead of crashing later.
 */
const CuePhraseSchema = PhraseSchema.check(
  z.refine((phrase: string) => !Object.hasOwn(Object.prototype, phrase.toLowerCase().split(/\s+/)[0]), {
    message: 'a cue phrase cannot start with a reserved JavaScript property name (like "constructor" or "__proto__")',
  }),
)

export const CueEntrySchema = withMeta(z.strictObject({ phrase: CuePhraseSchema, stance: StanceSchema }), { id: 'CueEntry' })

const lexiconShape = {
  outlets: z.optional(z.array(PhraseSchema)),
  officials: z.optional(z.array(PhraseSchema)),
  parties: z.optional(z.array(PhraseSchema)),
  unidentified: z.optional(z.array(PhraseSchema)),
  cues: z.optional(z.array(CueEntrySchema)),
}

export const LexiconOptionsSchema = withMeta(
  z.strictObject({
    ...lexiconShape,
    // Removals name cues by phrase alone: the stance of a removed cue does not matter.
    remove: z.optional(z.strictObject({ ...lexiconShape, cues: z.optional(z.array(CuePhraseSchema)) })),
  }),
  { id: 'LexiconOptions', description: 'Additions to (and removals from) the built-in lexicons.' },
)
export type LexiconOptions = z.infer<typeof LexiconOptionsSchema>

export const RuleSettingSchema = z.union([z.literal('off'), z.literal('on'), z.record(z.string(), z.unknown())])
export type RuleSetting = z.infer<typeof RuleSettingSchema>

const RuleLikeSchema = z.custom<import('./rules/rule.js').Rule>(
  (value) =>
    typeof value === 'object' && value !== null && typeof (value as { run?: unknown }).run === 'function' && typeof (value as { meta?: { id?: unknown } }).meta?.id === 'string',
  { message: 'expected a rule made with defineRule({ meta, run })' },
)

export const PluginSchema = z.strictObject({
  name: z.string().check(z.minLength(1)),
  rules: z.optional(z.array(RuleLikeSchema)),
  lexicon: z.optional(LexiconOptionsSchema),
  presets: z.optional(z.record(z.string(), z.record(z.string(), RuleSettingSchema))),
})
export type Plugin = z.infer<typeof PluginSchema>

export const OptionsSchema = z.strictObject({
  /** Lexicon additions and removals (optional). */
  lexicon: z.optional(LexiconOptionsSchema),
  /** Per-story sources: name → kind (optional). */
  sources: z.optional(z.record(PhraseSchema, SourceKindSchema)),
  /** Rule switches and options by id (optional). */
  rules: z.optional(z.record(z.string(), RuleSettingSchema)),
  /** Rule packs (optional). */
  plugins: z.optional(z.array(PluginSchema)),
  /** Preset name (default: `'recommended'`). */
  preset: z.optional(z.string()),
  /** Longest input accepted, in UTF-16 code units (default: 50,000,000). */
  maxLength: z.optional(z.int().check(z.positive())),
})
export type Options = z.infer<typeof OptionsSchema>

/** English issue messages for the bundled `zod/mini`, which ships without a locale. */
let english: z.core.$ZodErrorMap | undefined

/** Validates options with readable English messages; never throws. */
export function safeParseOptions(input: unknown): ReturnType<typeof OptionsSchema.safeParse> {
  english ??= en().localeError
  return OptionsSchema.safeParse(input, { error: english })
}
