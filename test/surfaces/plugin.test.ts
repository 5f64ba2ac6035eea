import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { reporter } from 'vfile-reporter'
import { describe, expect, it } from 'vitest'
import { annotate, retextAttribution } from '../../src/index.js'
import { docsUrl } from '../../src/rules/rule.js'
import { STORY_TEXT } from './fixtures.js'

const processor = unified().use(retextEnglish).use(retextAttribution)

/** No retext compiler is installed: parse and run, as linters do. */
async function check(input: VFile | string): Promise<VFile> {
  const file = new VFile(input)
  await processor.run(processor.parse(file), file)
  return file
}

describe('retextAttribution', () => {
  it('puts the full result on file.data.attribution', async () => {
    const file = await check(new VFile({ path: 'story.txt', value: STORY_TEXT }))
    expect(file.data.attribution).toEqual(annotate(STORY_TEXT))
    expect(file.data.attribution?.attributions).toHaveLength(3)
  })

  it('emits one info message per attribution, with place, rule, source and url', async () => {
    const file = await check(STORY_TEXT)
    const result = file.data.attribution
    expect(result).toBeDefined()
    expect(file.messages).toHaveLength(result?.attributions.length ?? -1)
    const [mayor, varga, courier] = file.messages
    for (const message of file.messages) {
      expect(message.fatal).toBeUndefined() // vfile marks info messages this way
      expect(message.source).toBe('news-attribution')
      expect(message.url).toBe(docsUrl(message.ruleId ?? ''))
    }
    expect(mayor.reason).toBe('Claimed by a party: `The mayor of Marrowby` (said)')
    expect(mayor.ruleId).toBe(result?.attributions[0].ruleId)
    expect(mayor.place).toMatchObject({ start: { line: 2, column: 1 }, end: { line: 2 } })
    expect(varga.reason).toContain('Confirmed by an official')
    expect(varga.reason).toContain('Ilse Varga')
    expect(courier.reason).toBe('Reported by an outlet: `The Northfield Courier` (reported)')
    expect(courier.place).toMatchObject({ start: { line: 4, column: 1, offset: STORY_TEXT.indexOf('The Northfield') } })
  })

  it('is printed by vfile-reporter', async () => {
    const file = await check(new VFile({ path: 'story.txt', value: STORY_TEXT }))
    const report = reporter([file])
    expect(report).toContain('story.txt')
    expect(report).toContain('Claimed by a party: `The mayor of Marrowby` (said)')
    expect(report).toMatch(/2:1-2:79 +info +Claimed by a party/)
    expect(report).toMatch(/subject-source +news-attribution/)
    expect(report.split('\n').filter((line) => line.includes(' info '))).toHaveLength(3)
  })

  it('gives no messages for unsourced prose', async () => {
    const file = await check('Heavy rain is forecast for the weekend.')
    expect(file.messages).toEqual([])
    expect(file.data.attribution?.statements).toHaveLength(1)
  })

  it('checks options once, when the processor is frozen', () => {
    // @ts-expect-error: a wrong option type must fail clearly, not at the first file.
    const bad = unified().use(retextEnglish).use(retextAttribution, { preset: 42 })
    expect(() => bad.freeze()).toThrow(/preset/)
  })
})
