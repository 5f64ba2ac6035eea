/**
 * `createAnnotator` validates and compiles options once (lexicons, rule
 * list) and returns a reusable `annotate(text)`; `annotate` is the one-shot
 * form. Stages: segment → quotes → cues → attribute → refine → classify →
 * resolve → finalize.
 */
import { AttributionError, describeValue } from './errors.js'
import { compileLexicon, type Lexicon, type LexiconOptions as LexiconPatchInput } from './lexicon/compile.js'
import { safeParseOptions, type Options, type RuleSetting } from './options.js'
import { AnnotationContext } from './pipeline/context.js'
import { finalize } from './pipeline/finalize.js'
import { findQuotations } from './pipeline/quotes.js'
import { segment } from './pipeline/segment.js'
import { builtinRules, presets } from './rules/index.js'
import { RULE_STAGES, type Rule, type RuleOptions } from './rules/rule.js'
import type { AnnotationResult, SourceKind, Warning } from './schema.js'
import { closest } from './util/closest.js'
import { formatIssues } from './util/format-issues.js'

export const DEFAULT_MAX_LENGTH = 50_000_000

export type Annotate = (text: string) => AnnotationResult

interface ActiveRule {
  rule: Rule
  options: RuleOptions
}

export function createAnnotator(options?: Readonly<Options> | null): Annotate {
  const compiled = compileOptions(options)
  return (text: string) => run(text, compiled)
}

let defaultAnnotator: Annotate | undefined

export function annotate(text: string, options?: Readonly<Options> | null): AnnotationResult {
  // Without options the compiled default rule set is reused: compiling lexicons costs more than a short article.
  if (options === undefined || options === null) return (defaultAnnotator ??= createAnnotator())(text)
  return createAnnotator(options)(text)
}

interface Compiled {
  lexicon: Lexicon
  rules: ActiveRule[]
  storySources: Map<string, SourceKind>
  maxLength: number
}

function compileOptions(input: Readonly<Options> | null | undefined): Compiled {
  if (input !== undefined && input !== null && (typeof input !== 'object' || Array.isArray(input))) {
    throw new AttributionError('invalid_options', `Options must be an object, null or undefined; got ${describeValue(input)}.`)
  }
  const parsed = safeParseOptions(input ?? {})
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(root)', message: i.message }))
    throw new AttributionError('invalid_options', `Invalid options: ${formatIssues(issues)}. See the README section "API".`, issues)
  }
  const options = parsed.data
  const plugins = options.plugins ?? []
  const lexicon = compileLexicon([...plugins.flatMap((p) => (p.lexicon ? [p.lexicon] : [])), ...(options.lexicon ? [options.lexicon] : [])].map(toPatch))

  const all: Rule[] = [...builtinRules, ...plugins.flatMap((p) => p.rules ?? [])]
  const byId = new Map<string, Rule>()
  for (const rule of all) {
    if (byId.has(rule.meta.id)) throw new AttributionError('invalid_options', `Two rules share the id "${rule.meta.id}"; rule ids must be unique.`)
    byId.set(rule.meta.id, rule)
  }
  const presetName = options.preset ?? 'recommended'
  const allPresets: Record<string, Record<string, RuleSetting>> = { ...presets }
  for (const p of plugins) for (const [name, preset] of Object.entries(p.presets ?? {})) allPresets[`${p.name}/${name}`] = preset
  const preset = Object.hasOwn(allPresets, presetName) ? allPresets[presetName] : undefined
  if (!preset) {
    throw new AttributionError('invalid_options', `Unknown preset "${presetName}". Known presets: ${Object.keys(allPresets).join(', ')}.`)
  }
  const settings = new Map<string, RuleSetting>()
  for (const rule of all) settings.set(rule.meta.id, 'on')
  // zod drops a `__proto__` key from records; report it as the unknown rule id it is instead of ignoring it.
  const hostile: [string, RuleSetting][] = hasOwnProto(input?.rules) ? [['__proto__', 'off']] : []
  for (const [id, setting] of [...Object.entries(preset), ...Object.entries(options.rules ?? {}), ...hostile]) {
    if (!byId.has(id)) {
      const suggestions = closest(id, [...byId.keys()], 3)
      throw new AttributionError('unknown_rule', `Unknown rule "${id}". Did you mean ${suggestions.map((s) => `"${s}"`).join(', ')}? See the rules table in the README.`, [
        { path: `rules.${id}`, message: 'unknown rule id' },
      ])
    }
    settings.set(id, setting)
  }
  const rules: ActiveRule[] = []
  for (const stage of RULE_STAGES) {
    for (const rule of all) {
      if (rule.meta.stage !== stage) continue
      const setting = settings.get(rule.meta.id)
      if (setting === 'off') continue
      rules.push({ rule, options: typeof setting === 'object' ? setting : {} })
    }
  }
  const storySources = new Map<string, SourceKind>()
  for (const [name, kind] of Object.entries(options.sources ?? {})) storySources.set(name.trim(), kind)
  return { lexicon, rules, storySources, maxLength: options.maxLength ?? DEFAULT_MAX_LENGTH }
}

function hasOwnProto(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, '__proto__')
}

function toPatch(l: NonNullable<Options['lexicon']>): LexiconPatchInput {
  const { remove, ...add } = l
  return { ...add, remove: remove ? { ...remove, cues: remove.cues?.map((phrase) => ({ phrase, stance: 'neutral' as const })) } : undefined }
}

function run(text: string, compiled: Compiled): AnnotationResult {
  if (typeof text !== 'string') {
    throw new AttributionError('invalid_input', `annotate() expects a string of English news text; got ${describeValue(text)}.`)
  }
  if (text.length > compiled.maxLength) {
    throw new AttributionError(
      'input_too_large',
      `The input has ${text.length} characters, over the limit of ${compiled.maxLength}. Split the document or raise the \`maxLength\` option.`,
    )
  }
  const lexicon = compiled.lexicon
  const { tokens, sentences, paragraphs } = segment(text, (words) => words.some((w) => lexicon.cueForms.has(w)))
  const quotations = findQuotations(tokens, text)
  const ctx = new AnnotationContext(text, tokens, sentences, paragraphs, quotations, lexicon, compiled.storySources)
  const warnings: Warning[] = []
  for (const { rule, options } of compiled.rules) {
    try {
      rule.run(ctx, options)
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      if (rule.meta.id.includes('/')) throw new AttributionError('rule_failed', `Rule "${rule.meta.id}" threw: ${message}`)
      // A built-in rule must never take the whole document down: skip its effect and say so.
      warnings.push({ code: 'rule_skipped', ruleId: rule.meta.id, message: `Built-in rule "${rule.meta.id}" threw and was skipped: ${message}` })
    }
  }
  const result = finalize(ctx)
  if (warnings.length > 0) result.warnings = warnings
  return result
}
