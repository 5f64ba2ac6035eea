/**
 * zod schemas: the single source of truth for every public result type.
 * Each type is `z.infer` of its schema; nothing is written twice.
 *
 * Built with `zod/mini`, whose functions tree-shake: the bundled validation
 * layer is a few kilobytes instead of the whole of zod, which keeps the cold
 * start (import + first call) short. The schemas still have `parse` and
 * `safeParse`, and work with `z.toJSONSchema` and zod's global registry.
 */
import * as z from 'zod/mini'

/** Registers JSON Schema metadata (`id`, `description`) for a schema and returns it. */
export function withMeta<T extends z.ZodMiniType>(schema: T, data: { id: string; description?: string }): T {
  z.globalRegistry.add(schema, data)
  return schema
}

const offset = () => z.int().check(z.nonnegative())

export const SpanSchema = withMeta(z.object({ start: offset(), end: offset() }), {
  id: 'Span',
  description: 'UTF-16 offsets into the input, end exclusive.',
})
export type Span = z.infer<typeof SpanSchema>

export const CategorySchema = withMeta(z.enum(['confirmed-by-official', 'claimed-by-party', 'reported-by-outlet', 'unattributed']), {
  id: 'Category',
})
export type Category = z.infer<typeof CategorySchema>

export const SourceKindSchema = withMeta(z.enum(['outlet', 'official', 'party', 'unidentified']), { id: 'SourceKind' })
export type SourceKind = z.infer<typeof SourceKindSchema>

export const StanceSchema = withMeta(z.enum(['confirm', 'claim', 'neutral']), { id: 'Stance' })
export type Stance = z.infer<typeof StanceSchema>

export const QuoteKindSchema = withMeta(z.enum(['direct', 'indirect', 'mixed']), { id: 'QuoteKind' })
export type QuoteKind = z.infer<typeof QuoteKindSchema>

export const EvidenceSchema = withMeta(z.object({ ruleId: z.string(), reason: z.string() }), {
  id: 'Evidence',
  description: 'One step of the reasoning behind an attribution.',
})
export type Evidence = z.infer<typeof EvidenceSchema>

export const SourceSchema = withMeta(
  z.object({
    span: z.nullable(SpanSchema),
    text: z.nullable(z.string()),
    kind: SourceKindSchema,
    anonymous: z.boolean(),
    name: z.nullable(z.string()),
  }),
  { id: 'Source' },
)
export type Source = z.infer<typeof SourceSchema>

export const CueSchema = withMeta(
  z.object({
    span: z.nullable(SpanSchema),
    text: z.nullable(z.string()),
    lemma: z.string(),
    stance: StanceSchema,
  }),
  { id: 'Cue' },
)
export type Cue = z.infer<typeof CueSchema>

export const ViaSchema = withMeta(z.object({ span: SpanSchema, text: z.string(), name: z.string() }), {
  id: 'Via',
  description: 'The outlet a source spoke to or was cited by.',
})
export type Via = z.infer<typeof ViaSchema>

export const AttributionSchema = withMeta(
  z.object({
    id: z.string(),
    category: z.enum(['confirmed-by-official', 'claimed-by-party', 'reported-by-outlet']),
    source: SourceSchema,
    cue: CueSchema,
    content: z.object({ spans: z.array(SpanSchema) }),
    via: z.nullable(ViaSchema),
    quote: QuoteKindSchema,
    confidence: z.number().check(z.minimum(0), z.maximum(1)),
    ruleId: z.string(),
    evidence: z.array(EvidenceSchema),
  }),
  { id: 'Attribution' },
)
export type Attribution = z.infer<typeof AttributionSchema>

export const StatementSchema = withMeta(
  z.object({
    id: z.string(),
    span: SpanSchema,
    text: z.string(),
    category: CategorySchema,
    attributionIds: z.array(z.string()),
    heading: z.boolean(),
  }),
  { id: 'Statement' },
)
export type Statement = z.infer<typeof StatementSchema>

export const WarningSchema = withMeta(
  z.object({
    code: z.literal('rule_skipped'),
    ruleId: z.string(),
    message: z.string(),
  }),
  {
    id: 'Warning',
    description: 'A built-in rule threw on this text and was skipped: the result is what the other rules found.',
  },
)
export type Warning = z.infer<typeof WarningSchema>

export const AnnotationResultSchema = withMeta(
  z.object({
    statements: z.array(StatementSchema),
    attributions: z.array(AttributionSchema),
    /** Present only when a built-in rule failed on this text and was skipped. */
    warnings: z.optional(z.array(WarningSchema)),
  }),
  { id: 'AnnotationResult' },
)
export type AnnotationResult = z.infer<typeof AnnotationResultSchema>
