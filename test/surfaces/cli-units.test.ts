import { describe, expect, it } from 'vitest'
import { parseCliArgs } from '../../src/cli/args.js'
import { createPaint, useColor } from '../../src/cli/color.js'
import { CliError } from '../../src/cli/errors.js'
import { typeOf } from '../../src/cli/inputs.js'
import { createProgress } from '../../src/cli/progress.js'

describe('CLI building blocks', () => {
  it('uses colour only on a terminal without NO_COLOR', () => {
    expect(useColor({ isTTY: true }, {})).toBe(true)
    expect(useColor({ isTTY: true }, { NO_COLOR: '1' })).toBe(false)
    expect(useColor({ isTTY: true }, { NO_COLOR: '' })).toBe(true)
    expect(useColor({ isTTY: false }, {})).toBe(false)
    expect(createPaint(true).category('claimed-by-party', 'x')).toBe('\u001b[33mx\u001b[0m')
    expect(createPaint(false).category('claimed-by-party', 'x')).toBe('x')
  })

  it('parses arguments with defaults and rejects bad values with exit code 2', () => {
    expect(parseCliArgs(['a.md'])).toMatchObject({ inputs: ['a.md'], format: 'pretty', type: null, ndjson: false })
    expect(parseCliArgs(['--ndjson', '-j', '3', '-'])).toMatchObject({ inputs: ['-'], format: 'ndjson', jobs: 3 })
    expect(parseCliArgs(['--ndjson']).jobs).toBeGreaterThanOrEqual(1)
    for (const args of [['--jobs', '1.5', '--ndjson'], ['--ndjson', '-f', 'html'], ['--ndjson', 'a', 'b'], ['-t', 'docx']]) {
      try {
        parseCliArgs(args)
        expect.unreachable(args.join(' '))
      } catch (error) {
        expect(error).toBeInstanceOf(CliError)
        expect((error as CliError).exitCode).toBe(2)
      }
    }
  })

  it('picks the input type from the extension unless forced', () => {
    expect([typeOf('a.HTM', null), typeOf('b.markdown', null), typeOf('c.txt', null), typeOf('d', null), typeOf('e.html', 'text')]).toEqual([
      'html',
      'markdown',
      'text',
      'text',
      'text',
    ])
  })

  it('draws progress only for many files on a terminal', () => {
    let written = ''
    const stream = { isTTY: true, columns: 80, write: (s: string) => ((written += s), true) } as unknown as NodeJS.WriteStream
    createProgress(3, stream).tick('a.txt')
    expect(written).toBe('')
    const progress = createProgress(20, stream)
    progress.tick('articles/a.txt')
    expect(written).toContain('1/20 articles/a.txt')
    progress.done()
    createProgress(20, { ...stream, isTTY: false } as NodeJS.WriteStream).tick('x')
    expect(written.endsWith('\r\u001b[2K')).toBe(true)
  })
})
