/**
 * Type-level guards for the public API (checked by `tsc --noEmit`, which
 * includes test/, and by vitest at runtime where expectTypeOf is a no-op).
 */
import { describe, expectTypeOf, it } from 'vitest'
import {
  AttributionError,
  annotate,
  createAnnotator,
  type AnnotationResult,
  type Attribution,
  type AttributionErrorCode,
  type Category,
  type Options,
  type QuoteKind,
  type SourceKind,
  type Span,
  type Stance,
  type Statement,
} from '../../src/index.js'

describe('public types', () => {
  it('annotate(text, options?) returns an AnnotationResult synchronously', () => {
    expectTypeOf(annotate).toBeFunction()
    expectTypeOf(annotate).parameter(0).toEqualTypeOf<string>()
    expectTypeOf(annotate).parameter(1).toEqualTypeOf<Readonly<Options> | null | undefined>()
    expectTypeOf(annotate).returns.toEqualTypeOf<AnnotationResult>()
    expectTypeOf(annotate).toBeCallableWith('text')
    expectTypeOf(annotate).toBeCallableWith('text', { preset: 'strict' })
    expectTypeOf(annotate).toBeCallableWith('text', null)
    // @ts-expect-error a number is not text
    annotate.bind(null, 42)
    expectTypeOf(createAnnotator).returns.toEqualTypeOf<(text: string) => AnnotationResult>()
  })

  it('the literal unions are exact', () => {
    expectTypeOf<Category>().toEqualTypeOf<'confirmed-by-official' | 'claimed-by-party' | 'reported-by-outlet' | 'unattributed'>()
    expectTypeOf<SourceKind>().toEqualTypeOf<'outlet' | 'official' | 'party' | 'unidentified'>()
    expectTypeOf<Stance>().toEqualTypeOf<'confirm' | 'claim' | 'neutral'>()
    expectTypeOf<QuoteKind>().toEqualTypeOf<'direct' | 'indirect' | 'mixed'>()
    expectTypeOf<Span>().toEqualTypeOf<{ start: number; end: number }>()
  })

  it('AnnotationResult holds statements and attributions', () => {
    expectTypeOf<AnnotationResult['statements']>().toEqualTypeOf<Statement[]>()
    expectTypeOf<AnnotationResult['attributions']>().toEqualTypeOf<Attribution[]>()
  })

  it('Statement has the contract fields', () => {
    expectTypeOf<Statement>().toMatchTypeOf<{ id: string; span: Span; text: string; category: Category; attributionIds: string[] }>()
    expectTypeOf<Statement['heading']>().toEqualTypeOf<boolean>()
  })

  it('Attribution has the contract fields', () => {
    expectTypeOf<Attribution['category']>().toEqualTypeOf<Exclude<Category, 'unattributed'>>()
    expectTypeOf<Attribution['source']>().toEqualTypeOf<{ span: Span | null; text: string | null; kind: SourceKind; anonymous: boolean; name: string | null }>()
    expectTypeOf<Attribution['cue']>().toEqualTypeOf<{ span: Span | null; text: string | null; lemma: string; stance: Stance }>()
    expectTypeOf<Attribution['content']>().toEqualTypeOf<{ spans: Span[] }>()
    expectTypeOf<Attribution['via']>().toEqualTypeOf<{ span: Span; text: string; name: string } | null>()
    expectTypeOf<Attribution['quote']>().toEqualTypeOf<QuoteKind>()
    expectTypeOf<Attribution['confidence']>().toEqualTypeOf<number>()
    expectTypeOf<Attribution['ruleId']>().toEqualTypeOf<string>()
    expectTypeOf<Attribution['evidence']>().toEqualTypeOf<{ ruleId: string; reason: string }[]>()
  })

  it('Options fields are all optional', () => {
    expectTypeOf<{}>().toMatchTypeOf<Options>()
    expectTypeOf<Options['preset']>().toEqualTypeOf<string | undefined>()
    expectTypeOf<Options['maxLength']>().toEqualTypeOf<number | undefined>()
    expectTypeOf<NonNullable<Options['sources']>>().toEqualTypeOf<Record<string, SourceKind>>()
    expectTypeOf<{ sources: { Velmar: 'official' } }>().toMatchTypeOf<Options>()
    expectTypeOf<{ sources: { Velmar: 'politician' } }>().not.toMatchTypeOf<Options>()
  })

  it('AttributionError carries a typed code', () => {
    expectTypeOf<AttributionError>().toMatchTypeOf<Error>()
    expectTypeOf<AttributionError['code']>().toEqualTypeOf<AttributionErrorCode>()
    expectTypeOf<'invalid_input'>().toMatchTypeOf<AttributionErrorCode>()
    expectTypeOf<'invalid_options'>().toMatchTypeOf<AttributionErrorCode>()
  })
})
