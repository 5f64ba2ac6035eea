/**
 * What a rule is: a module with `meta` and a `run` over the shared context.
 * Built-in rules and users' custom rules use the same `defineRule`.
 *
 * Stages run in this fixed order, and inside a stage the built-in rules run
 * in registry order, then plugin rules in the order the plugins were given:
 *   cues → attribute → refine → classify → resolve
 */
import { AttributionError } from '../errors.js'
import type { AnnotationContext } from '../pipeline/context.js'

export const RULE_STAGES = ['cues', 'attribute', 'refine', 'classify', 'resolve'] as const
export type RuleStage = (typeof RULE_STAGES)[number]

export interface RuleMeta {
  /** Kebab-case id, the rule's file name; plugins prefix theirs (`newsroom/…`). */
  id: string
  /** Imperative one-liner: what the rule does. */
  description: string
  stage: RuleStage
  /** Where the rule is documented. */
  docs?: string
}

/** Options a user passes to one rule through `rules: { id: { … } }`. */
export type RuleOptions = Readonly<Record<string, unknown>>

export interface Rule {
  meta: RuleMeta
  /** Read and change the context: find cues, propose or refine attributions, set kinds. */
  run(context: AnnotationContext, options: RuleOptions): void
}

const RULE_ID = /^[a-z0-9]+(?:[-/][a-z0-9]+)*$/

/** Declare a rule; checks its meta so a bad plugin fails early and clearly. */
export function defineRule(rule: Rule): Rule {
  const meta = rule?.meta
  if (!meta || typeof meta.id !== 'string' || !RULE_ID.test(meta.id)) {
    throw new AttributionError('invalid_options', `defineRule: meta.id must be kebab-case (like "my-rule" or "newsroom/my-rule"), got ${JSON.stringify(meta?.id)}`)
  }
  if (!(RULE_STAGES as readonly string[]).includes(meta.stage)) {
    throw new AttributionError('invalid_options', `defineRule: rule "${meta.id}" has stage ${JSON.stringify(meta.stage)}; use one of ${RULE_STAGES.join(', ')}`)
  }
  if (typeof meta.description !== 'string' || meta.description === '') {
    throw new AttributionError('invalid_options', `defineRule: rule "${meta.id}" needs a one-line meta.description`)
  }
  if (typeof rule.run !== 'function') {
    throw new AttributionError('invalid_options', `defineRule: rule "${meta.id}" needs a run(context, options) function`)
  }
  return Object.freeze({ meta: Object.freeze({ ...meta }), run: rule.run })
}

export const DOCS_BASE = 'https://github.com/news-attribution/news-attribution/blob/main/docs/rules/'

export function docsUrl(id: string): string {
  return `${DOCS_BASE}${id}.md`
}
