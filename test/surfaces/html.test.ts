import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { annotate, annotateHtml, isAttributionError } from '../../src/index.js'
import { STORY_HTML, STORY_TEXT } from './fixtures.js'
import { allSpans, plainText, readable, shape } from './helpers.js'

describe('annotateHtml', () => {
  const result = annotateHtml(STORY_HTML)
  const plain = annotate(STORY_TEXT)

  it('gives the same categories as the plain-text version of the article', () => {
    expect(shape(result)).toEqual(shape(plain))
    expect(result.statements.map((s) => s.category)).toEqual([
      'unattributed',
      'claimed-by-party',
      'confirmed-by-official',
      'reported-by-outlet',
      'unattributed',
    ])
  })

  it('points every span at the same words in the HTML source', () => {
    const htmlSpans = allSpans(result)
    const textSpans = allSpans(plain)
    expect(htmlSpans.map((s) => s.label)).toEqual(textSpans.map((s) => s.label))
    htmlSpans.forEach(({ label, span, text }, i) => {
      const slice = span === null ? null : STORY_HTML.slice(span.start, span.end)
      if (text !== null) expect(text, label).toBe(slice)
      expect(slice === null ? null : readable(slice), label).toBe(plainText(STORY_TEXT, textSpans[i].span))
    })
  })

  it('keeps markup and entities in text fields, as slices of the source', () => {
    const [mayor, varga, courier] = result.attributions
    expect(mayor.source.text).toBe('The <b>mayor</b> of Marrowby')
    expect(mayor.source.name).toBe('The mayor of Marrowby')
    expect(mayor.cue.text).toBe('said')
    expect(varga.source.text).toBe('Ilse&nbsp;Varga')
    expect(varga.quote).toBe('direct')
    const quote = varga.content.spans[0]
    expect(STORY_HTML.slice(quote.start, quote.end)).toBe('&ldquo;We will not cut corners')
    const claim = courier.content.spans[0]
    expect(STORY_HTML.slice(claim.start, claim.end)).toBe('that the contractor&rsquo;s costs had doubled')
    expect(result.statements[1].text).toBe('The <b>mayor</b> of Marrowby said on Monday that the flood barrier\n     would open in <em>June</em>.')
  })

  it('ignores script, style, nav, header, aside and footer', () => {
    const all = result.statements.map((s) => s.text).join(' ')
    for (const word of ['governor', 'senator', 'Home', 'Gazette', 'aside', 'document.title']) expect(all).not.toContain(word)
    expect(result.statements).toHaveLength(5)
  })

  it('maps numeric, legacy and astral references and CRLF line ends', () => {
    const html = '<p>The mayor of Marrowby said the barrier&#8217;s gates &amp; pumps\r\nwere &copy safe &#x1F30A; now.</p>'
    const r = annotateHtml(html)
    const [a] = r.attributions
    expect(a.source.text).toBe('The mayor of Marrowby')
    const content = html.slice(a.content.spans[0].start, a.content.spans[0].end)
    expect(content.startsWith('the barrier&#8217;s gates &amp; pumps\r\nwere &copy safe &#x1F30A;')).toBe(true)
    expect(r.statements[0].text).toBe(html.slice(3, -4))
  })

  it('handles empty, text-only and broken markup gracefully', () => {
    expect(annotateHtml('')).toEqual({ statements: [], attributions: [] })
    expect(annotateHtml('<script>The mayor said so.</script>')).toEqual({ statements: [], attributions: [] })
    const broken = '<div><p>The mayor of Marrowby said <b>the barrier would <i>open soon.</p></div'
    const r = annotateHtml(broken)
    expect(r.attributions[0].source.text).toBe('The mayor of Marrowby')
    expect(r.statements[0].text.endsWith('open soon.')).toBe(true)
  })

  it('rejects a non-string with a clear error', () => {
    // @ts-expect-error: testing bad input from JavaScript callers.
    const call = () => annotateHtml(42)
    expect(call).toThrow(/annotateHtml\(\) expects a string; got number 42/)
    try {
      call()
    } catch (error) {
      expect(isAttributionError(error) && error.code).toBe('invalid_input')
    }
  })

  it('maps spans correctly whatever inline markup and references wrap the words (property)', () => {
    const sentences = [
      'The mayor of Marrowby said that the barrier’s gates would close.',
      'Ilse Varga, a spokeswoman for the Marrowby Water Authority, said the pumps had failed.',
      'The Northfield Courier reported that costs had doubled.',
      'Heavy rain is forecast for the weekend.',
    ]
    const wrappers = fc.constantFrom<[string, string]>(['', ''], ['<b>', '</b>'], ['<em>', '</em>'], ['<a href="/x">', '</a>'], ['<span class="k">', '</span>'])
    const paragraph = fc.tuple(fc.constantFrom(...sentences), fc.array(wrappers, { minLength: 12, maxLength: 12 }), fc.boolean())
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 4 }), (paragraphs) => {
        const text = paragraphs.map(([s]) => s).join('\n')
        const html = paragraphs
          .map(([sentence, wraps, entity]) => {
            const words = sentence.split(' ').map((w, i) => `${wraps[i % wraps.length][0]}${w}${wraps[i % wraps.length][1]}`)
            const joined = words.join(entity ? '\n  ' : ' ')
            return `<p>${entity ? joined.replace('’', '&rsquo;') : joined}</p>`
          })
          .join('\n')
        const fromHtml = annotateHtml(html)
        const fromText = annotate(text)
        expect(shape(fromHtml)).toEqual(shape(fromText))
        const textSpans = allSpans(fromText)
        allSpans(fromHtml).forEach(({ label, span, text: field }, i) => {
          const slice = span === null ? null : html.slice(span.start, span.end)
          if (field !== null) expect(field, label).toBe(slice)
          expect(slice === null ? null : readable(slice), label).toBe(plainText(text, textSpans[i].span))
        })
      }),
      { numRuns: 60 },
    )
  })
})
