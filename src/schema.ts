/**
 * zod schemas: the single source of truth for every public result type.
 * Each type is `z.infer` of its schema; nothing is written twice.
 */
import { z } from 'zod'

export const SpanSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .meta({ id: 'Span', description: 'UTF-16 offsets into the input, end exclusive.' })
export type Span = z.infer<typeof SpanSchema>

export const CategorySchema = z
  .enum(['confirmed-by-official', 'claimed-by-party', 'reported-by-outlet', 'unattributed'])
  .meta({ id: 'Category' })
export type Category = z.infer<typeof CategorySchema>

export const SourceKindSchema = z
  .enum(['outlet', 'official', 'party', 'unidentified'])
  .meta({ id: 'SourceKind' })
export type SourceKind = z.infer<typeof SourceKindSchema>

export const StanceSchema = z.enum(['confirm', 'claim', 'neutral']).meta({ id: 'Stance' })
export type Stance = z.infer<typeof StanceSchema>

export const QuoteKindSchema = z.enum(['direct', 'indirect', 'mixed']).meta({ id: 'QuoteKind' })
export type QuoteKind = z.infer<typeof QuoteKindSchema>

export const EvidenceSchema = z
  .object({
    ruleId: z.string(),
    reason: z.string(),
  })
  .meta({ id: 'Evidence', description: 'One step of the reasoning behind an attribution.' })
export type Evidence = z.infer<typeof EvidenceSchema>

export const SourceSchema = z
  .object({
    span: SpanSchema.nullable(),
    text: z.string().nullable(),
    kind: SourceKindSchema,
    anonymous: z.boolean(),
    name: z.string().nullable(),
  })
  .meta({ id: 'Source' })
export type Source = z.infer<typeof SourceSchema>

export const CueSchema = z
  .object({
    span: SpanSchema.nullable(),
    text: z.string().nullable(),
    lemma: z.string(),
    stance: StanceSchema,
  })
  .meta({ id: 'Cue' })
export type Cue = z.infer<typeof CueSchema>

export const ViaSchema = z
  .object({ span: SpanSchema, text: z.string(), name: z.string() })
  .meta({ id: 'Via', description: 'The outlet a source spoke to or was cited by.' })
export type Via = z.infer<typeof ViaSchema>

export const AttributionSchema = z
  .object({
    id: z.string(),
    category: CategorySchema.exclude(['unattributed']),
    source: SourceSchema,
    cue: CueSchema,
    content: z.object({ spans: z.array(SpanSchema) }),
    via: ViaSchema.nullable(),
    quote: QuoteKindSchema,
    confidence: z.number().min(0).max(1),
    ruleId: z.string(),
    evidence: z.array(EvidenceSchema),
  })
  .meta({ id: 'Attribution' })
export type Attribution = z.infer<typeof AttributionSchema>

export const StatementSchema = z
  .object({
    id: z.string(),
    span: SpanSchema,
    text: z.string(),
    category: CategorySchema,
    attributionIds: z.array(z.string()),
    heading: z.boolean(),
  })
  .meta({ id: 'Statement' })
export type Statement = z.infer<typeof StatementSchema>

export const AnnotationResultSchema = z
  .object({
    statements: z.array(StatementSchema),
    attributions: z.array(AttributionSchema),
  })
  .meta({ id: 'AnnotationResult' })
export type AnnotationResult = z.infer<typeof AnnotationResultSchema>
