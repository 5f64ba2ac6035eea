import { describe, expect, it } from 'vitest'
import { annotate, annotateMarkdown, isAttributionError } from '../../src/index.js'
import { STORY_MARKDOWN, STORY_TEXT } from './fixtures.js'
import { allSpans, plainText, readable, shape } from './helpers.js'

describe('annotateMarkdown', () => {
  const result = annotateMarkdown(STORY_MARKDOWN)
  const plain = annotate(STORY_TEXT)

  it('gives the same categories as the plain-text version', () => {
    expect(shape(result)).toEqual(shape(plain))
  })

  it('points every span at the same words in the Markdown source', () => {
    const textSpans = allSpans(plain)
    allSpans(result).forEach(({ label, span, text }, i) => {
      const slice = span === null ? null : STORY_MARKDOWN.slice(span.start, span.end)
      if (text !== null) expect(text, label).toBe(slice)
      expect(slice === null ? null : readable(slice), label).toBe(plainText(STORY_TEXT, textSpans[i].span))
    })
    const [mayor, varga] = result.attributions
    expect(mayor.source.text).toBe('The **mayor** of Marrowby')
    expect(varga.source.text).toBe('Ilse Varga')
    expect(STORY_MARKDOWN.slice(varga.content.spans[0].start, varga.content.spans[0].end)).toBe('&ldquo;We will not cut corners')
  })

  it('skips code blocks, inline code and raw HTML', () => {
    const md = 'The mayor of Marrowby said `the senator lied` that the gates held.\n\n    The governor said it was indented code.\n\n<div>Police said raw HTML.</div>\n'
    const r = annotateMarkdown(md)
    const all = r.statements.map((s) => s.text).join(' ')
    expect(all).not.toMatch(/governor|Police/)
    expect(r.attributions).toHaveLength(1)
    expect(r.statements[0].text).toBe('The mayor of Marrowby said `the senator lied` that the gates held.')
  })

  it('maps escapes and blockquote continuation lines back to the source', () => {
    const md = '> The Northfield Courier reported that the \\*new\\* pumps\n> had failed twice.\n'
    const [a] = annotateMarkdown(md).attributions
    expect(a.source.text).toBe('The Northfield Courier')
    const content = md.slice(a.content.spans[0].start, a.content.spans[0].end)
    expect(content).toBe('that the \\*new\\* pumps\n> had failed twice')
  })

  it('handles empty input and rejects non-strings clearly', () => {
    expect(annotateMarkdown('')).toEqual({ statements: [], attributions: [] })
    expect(annotateMarkdown('```\nThe mayor said so.\n```')).toEqual({ statements: [], attributions: [] })
    try {
      // @ts-expect-error: testing bad input from JavaScript callers.
      annotateMarkdown(null)
      expect.unreachable()
    } catch (error) {
      expect(isAttributionError(error) && error.code).toBe('invalid_input')
      expect(String(error)).toContain('annotateMarkdown() expects a string; got null')
    }
  })
})
