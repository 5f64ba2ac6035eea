/**
 * Options, validated by zod. Lexicon entries are plain phrases matched as
 * words, case-insensitive: never user regular expressions.
 */
import { z } from 'zod'
import { SourceKindSchema, StanceSchema } from './schema.js'

const PhraseSchema = z.string().trim().min(1).max(200)

/**
 * A cue's first word is inflected through a plain-object table, so a name
 * such as `constructor` or `__proto__` would reach `Object.prototype`:
 * refuse it with a clear message instead of crashing later.
 */
const CuePhraseSchema = PhraseSchema.refine((phrase) => !Object.hasOwn(Object.prototype, phrase.toLowerCase().split(/\s+/)[0]), {
  message: 'a cue phrase cannot start with a reserved JavaScript property name (like "constructor" or "__proto__")',
})

export const CueEntrySchema = z.object({ phrase: CuePhraseSchema, stance: StanceSchema }).strict().meta({ id: 'CueEntry' })

export const LexiconPatchSchema = z
  .object({
    outlets: z.array(PhraseSchema).optional(),
    officials: z.array(PhraseSchema).optional(),
    parties: z.array(PhraseSchema).optional(),
    unidentified: z.array(PhraseSchema).optional(),
    cues: z.array(CueEntrySchema).optional(),
  })
  .strict()

export const LexiconOptionsSchema = LexiconPatchSchema.extend({
  // Removals name cues by phrase alone: the stance of a removed cue does not matter.
  remove: LexiconPatchSchema.extend({ cues: z.array(CuePhraseSchema).optional() }).strict().optional(),
})
  .strict()
  .meta({ id: 'LexiconOptions', description: 'Additions to (and removals from) the built-in lexicons.' })
export type LexiconOptions = z.infer<typeof LexiconOptionsSchema>

export const RuleSettingSchema = z.union([z.literal('off'), z.literal('on'), z.record(z.string(), z.unknown())])
export type RuleSetting = z.infer<typeof RuleSettingSchema>

const RuleLikeSchema = z.custom<import('./rules/rule.js').Rule>(
  (value) =>
    typeof value === 'object' && value !== null && typeof (value as { run?: unknown }).run === 'function' && typeof (value as { meta?: { id?: unknown } }).meta?.id === 'string',
  { message: 'expected a rule made with defineRule({ meta, run })' },
)

export const PluginSchema = z
  .object({
    name: z.string().min(1),
    rules: z.array(RuleLikeSchema).optional(),
    lexicon: LexiconOptionsSchema.optional(),
    presets: z.record(z.string(), z.record(z.string(), RuleSettingSchema)).optional(),
  })
  .strict()
export type Plugin = z.infer<typeof PluginSchema>

export const OptionsSchema = z
  .object({
    /** Lexicon additions and removals (optional). */
    lexicon: LexiconOptionsSchema.optional(),
    /** Per-story sources: name → kind (optional). */
    sources: z.record(PhraseSchema, SourceKindSchema).optional(),
    /** Rule switches and options by id (optional). */
    rules: z.record(z.string(), RuleSettingSchema).optional(),
    /** Rule packs (optional). */
    plugins: z.array(PluginSchema).optional(),
    /** Preset name (default: `'recommended'`). */
    preset: z.string().optional(),
    /** Longest input accepted, in UTF-16 code units (default: 50,000,000). */
    maxLength: z.number().int().positive().optional(),
  })
  .strict()
export type Options = z.infer<typeof OptionsSchema>
