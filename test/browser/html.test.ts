/**
 * The HTML of the sample article in a real browser (Debian's Chromium through
 * playwright-core): computed languages through the DOM, axe-core's WCAG 2 A
 * and AA checks, and a screenshot in `test/output/sample.png`.
 */
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {chromium, type BrowserContext, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {toHtml} from '../../src/outputs.js'

const executablePath = '/usr/bin/chromium'
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const sample = readFileSync(path.join(root, 'test/fixtures/sample/input.md'), 'utf8')
const available = existsSync(executablePath)

if (!available) console.warn('Skipping browser tests: ' + executablePath + ' not found (apt-get install chromium)')

describe.skipIf(!available)('HTML in Chromium (skipped without ' + executablePath + ')', () => {
  let context: BrowserContext
  let page: Page
  let profile: string

  beforeAll(async () => {
    profile = mkdtempSync(path.join(tmpdir(), 'glosa-chromium-'))
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync'
      ]
    })
    page = context.pages()[0] ?? (await context.newPage())
    await page.setContent(toHtml(sample, {document: true, title: 'U.S. embassy: no ICE agents operated in Mexico'}))
  }, 120_000)

  afterAll(async () => {
    await context?.close()
    if (profile) rmSync(profile, {recursive: true, force: true})
  })

  it('should give the tweet and its sentences the computed language `es`', async () => {
    const languages = await page.evaluate((needles) => {
      const found: Record<string, string> = {}
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
      const texts: Text[] = []
      while (walker.nextNode()) texts.push(walker.currentNode as Text)
      for (const needle of needles) {
        const text = texts.find((node) => node.data.includes(needle))
        found[needle] = text?.parentElement?.closest<HTMLElement>('[lang]')?.lang ?? 'missing'
      }

      return found
    }, [
      'coordinación sin subordinación',
      'aclaró que no es verdad',
      'Que en el desmantelamiento de narcolaboratorios',
      'La presidenta',
      'clarified on Thursday',
      'Therefore, we appreciate'
    ])
    expect(languages).toEqual({
      'coordinación sin subordinación': 'es',
      'aclaró que no es verdad': 'es',
      'Que en el desmantelamiento de narcolaboratorios': 'es',
      'La presidenta': 'es',
      'clarified on Thursday': 'en',
      'Therefore, we appreciate': 'en'
    })
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
  })

  it('should mark acronyms with titles and link pairs to elements that exist', async () => {
    const result = await page.evaluate(() => ({
      abbr: Array.from(document.querySelectorAll('abbr[title][data-glosa-entry]'), (node) => node.textContent),
      dangling: Array.from(document.querySelectorAll('[aria-describedby]')).flatMap((node) =>
        node.getAttribute('aria-describedby')!.split(' ').filter((id: string) => !document.getElementById(id))
      ),
      scripts: document.querySelectorAll('script').length
    }))
    expect(result.abbr).toContain('ICE')
    expect(result.abbr).toContain('HSI')
    expect(result.dangling).toEqual([])
    expect(result.scripts).toBe(0)
  })

  it('should pass axe-core’s WCAG 2 A and AA checks, and take a screenshot', async () => {
    await page.addScriptTag({path: path.join(root, 'node_modules/axe-core/axe.min.js')})
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as {axe: {run: (context: Document, options: object) => Promise<{violations: Array<{id: string; nodes: unknown[]}>}>}}).axe
      const results = await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa']}})
      return results.violations.map((violation) => violation.id + ' (' + violation.nodes.length + ')')
    })
    expect(violations).toEqual([])
    mkdirSync(path.join(root, 'test/output'), {recursive: true})
    await page.screenshot({path: path.join(root, 'test/output/sample.png'), fullPage: true})
    expect(existsSync(path.join(root, 'test/output/sample.png'))).toBe(true)
  }, 60_000)
})
