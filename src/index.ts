/**
 * news-attribution: who says what in a news story.
 * This file only re-exports; logic lives beside it.
 */
export { annotate, createAnnotator, type Annotate } from './annotator.js'
export { AttributionError, isAttributionError, type AttributionErrorCode, type AttributionErrorIssue } from './errors.js'
export {
  AnnotationResultSchema,
  AttributionSchema,
  CategorySchema,
  CueSchema,
  EvidenceSchema,
  QuoteKindSchema,
  SourceKindSchema,
  SourceSchema,
  SpanSchema,
  StanceSchema,
  StatementSchema,
  ViaSchema,
  WarningSchema,
  type AnnotationResult,
  type Attribution,
  type Category,
  type Cue,
  type Evidence,
  type QuoteKind,
  type Source,
  type SourceKind,
  type Span,
  type Stance,
  type Statement,
  type Via,
  type Warning,
} from './schema.js'
export { OptionsSchema, LexiconOptionsSchema, PluginSchema, type Options, type LexiconOptions, type Plugin, type RuleSetting } from './options.js'
export { defineRule, RULE_STAGES, type Rule, type RuleMeta, type RuleOptions, type RuleStage } from './rules/rule.js'
export { builtinRules, presets } from './rules/index.js'
export { categoryOf } from './pipeline/category.js'
export { AnnotationContext } from './pipeline/context.js'
export type { Candidate, CueMatch, Token, Sentence, Paragraph, Quotation } from './pipeline/types.js'
export { annotateMany, type BatchInput, type BatchResult } from './batch.js'
export { retextAttribution } from './plugin.js'
export { annotateHtml } from './html.js'
export { annotateMarkdown } from './markdown.js'
export type { TokenRange, OffsetRange, CueType } from './pipeline/types.js'
export type { CandidateInit } from './pipeline/context.js'
