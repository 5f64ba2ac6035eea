import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { annotate } from '../../src/index.js'
import { renderHtmlReport } from '../../src/report/html-report.js'
import { root } from './dist.js'
import { STORY_TEXT } from './fixtures.js'

// The callbacks given to page.$eval run in the browser. The project compiles
// without the DOM library, so these module-local declarations name the few
// DOM globals they use (nothing leaks into other files).
interface DomElement {
  parentElement: DomElement | null
  getAttribute(name: string): string | null
  textContent: string | null
}
declare const getComputedStyle: (element: DomElement) => { color: string; backgroundColor: string; fontWeight: string }
declare const document: { activeElement: DomElement | null }
declare const window: { pwned?: number }

const CHROMIUM = '/usr/bin/chromium'
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
const hasBrowser = existsSync(CHROMIUM)
if (!hasBrowser) console.warn(`[report tests] SKIPPED: no Chromium at ${CHROMIUM}. Run scripts/install-browser.sh to enable them.`)

const HOSTILE = 'The mayor of Marrowby said that <img src=x onerror="window.pwned=1"> was "fine" & safe.\n</p><script>window.pwned=2</script>'

describe.skipIf(!hasBrowser)('HTML report in a headless browser', () => {
  let browser: Browser
  let page: Page
  const artifacts = join(root, 'test/artifacts')

  beforeAll(async () => {
    await mkdir(artifacts, { recursive: true })
    const html = renderHtmlReport([
      { title: 'marrowby-barrier.txt', text: STORY_TEXT, result: annotate(STORY_TEXT) },
      { title: '<b>hostile</b>.txt', text: HOSTILE, result: annotate(HOSTILE) },
    ])
    const file = join(artifacts, 'report.html')
    await writeFile(file, html)
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS })
    page = await browser.newPage({ viewport: { width: 1000, height: 900 } })
    // Self-contained: any request other than the file itself is a failure.
    const requests: string[] = []
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) requests.push(r.url())
    })
    await page.goto(pathToFileURL(file).href)
    expect(requests).toEqual([])
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
  })

  it('highlights every statement by category', async () => {
    const categories = await page.$$eval('#d1 .st', (els) => els.map((e) => e.getAttribute('data-category')))
    expect(categories).toEqual(annotate(STORY_TEXT).statements.map((s) => s.category))
    const background = await page.$eval('.st.cat-claimed-by-party', (e) => getComputedStyle(e).backgroundColor)
    expect(background).not.toBe('rgba(0, 0, 0, 0)')
    expect(await page.textContent('.st.cat-claimed-by-party .src')).toBe('The mayor of Marrowby')
    expect(await page.$eval('.st.cat-claimed-by-party .cue', (e) => getComputedStyle(e).fontWeight)).toBe('700')
  })

  it('keeps text contrast at 4.5:1 or more on every highlight', async () => {
    const ratios = await page.$$eval('.st, .tip, .toggle', (els) => {
      const channel = (v: number): number => {
        const c = v / 255
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
      }
      const luminance = (rgb: string): number => {
        const [r, g, b] = (rgb.match(/[\d.]+/g) ?? ['0', '0', '0']).map(Number)
        return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
      }
      const backgroundOf = (el: DomElement | null): string => {
        for (let e = el; e; e = e.parentElement) {
          const bg = getComputedStyle(e).backgroundColor
          if (bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') return bg
        }
        return 'rgb(255, 255, 255)'
      }
      return els.map((el) => {
        const [a, b] = [luminance(getComputedStyle(el).color), luminance(backgroundOf(el))]
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)
      })
    })
    expect(ratios.length).toBeGreaterThan(5)
    for (const ratio of ratios) expect(ratio).toBeGreaterThanOrEqual(4.5)
  })

  it('shows a legend with per-category counts', async () => {
    const legend = await page.$$eval('.legend li', (els) => els.map((e) => e.textContent?.replace(/\s+/g, ' ').trim()))
    expect(legend).toEqual(['Confirmed by an official 1', 'Claimed by a party 2', 'Reported by an outlet 1', 'Unattributed 3'])
    expect(await page.isVisible('.legend')).toBe(true)
    expect(await page.textContent('#d1 .summary')).toContain('Claimed by a party: 1')
  })

  it('shows attribution details on hover and on keyboard focus', async () => {
    const tip = '#d1-s3'
    expect(await page.isVisible(tip)).toBe(false)
    await page.hover('[aria-describedby="d1-s3"]')
    expect(await page.isVisible(tip)).toBe(true)
    expect(await page.textContent(tip)).toMatch(/^Confirmed by an officialSource Ilse Varga — officialCue said \(neutral\)Via —Quote directConfidence \d+%Rule [a-z-]+$/)
    await page.mouse.move(0, 0)
    expect(await page.isVisible(tip)).toBe(false)
    // Tab order: the four legend buttons, then the attributed statements.
    for (let i = 0; i < 5; i++) await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-describedby'))
    expect(focused).toBe('d1-s2')
    expect(await page.isVisible('#d1-s2')).toBe(true)
    expect(await page.getAttribute('#d1-s2', 'role')).toBe('tooltip')
    await page.screenshot({ path: join(artifacts, 'report.png'), fullPage: true })
    await page.keyboard.press('Escape')
    expect(await page.isVisible('#d1-s2')).toBe(false)
  })

  it('lets a legend button switch a category highlight off and on', async () => {
    const toggle = '[data-toggle="claimed-by-party"]'
    await page.click(toggle)
    expect(await page.getAttribute(toggle, 'aria-pressed')).toBe('false')
    expect(await page.$eval('.st.cat-claimed-by-party', (e) => getComputedStyle(e).backgroundColor)).toBe('rgba(0, 0, 0, 0)')
    await page.click(toggle)
    expect(await page.$eval('.st.cat-claimed-by-party', (e) => getComputedStyle(e).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)')
  })

  it('escapes untrusted article text and titles', async () => {
    expect(await page.evaluate(() => window.pwned)).toBeUndefined()
    expect(await page.$$('.doc img, .doc script')).toHaveLength(0)
    expect(await page.textContent('#d2 h2')).toBe('<b>hostile</b>.txt')
    expect(await page.textContent('#d2 .article')).toContain('<img src=x onerror="window.pwned=1">')
  })
})

it.skipIf(hasBrowser)('HTML report browser tests need Chromium', () => {
  console.warn('[report tests] install Chromium (scripts/install-browser.sh) to run the browser checks')
})
