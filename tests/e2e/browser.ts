/**
 * Headless Chromium for the e2e tests: a fresh profile per browser (a first-time visitor),
 * no request allowed out of the app (a newsroom intranet has no internet), and full-page
 * screenshots under tests/e2e/artifacts/ (git-ignored).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect } from '@jest/globals'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { repoRoot } from './server'

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
export const ARTIFACTS = path.join(repoRoot, 'tests/e2e/artifacts')

/** A browser with its own fresh profile, as a first-time visitor with this language. */
export async function openBrowser(locale: string, timezoneId = 'UTC'): Promise<{ context: BrowserContext; dispose(): Promise<void> }> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (or set CHROMIUM_PATH)`)
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'bulletin-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale,
    timezoneId,
    viewport: { width: 1366, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
  const outside: string[] = []
  await context.route(
    (url) => !['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol.startsWith('http'),
    (route) => {
      outside.push(route.request().url())
      return route.abort()
    },
  )
  return {
    context,
    async dispose() {
      await context.close()
      fs.rmSync(profile, { recursive: true, force: true })
      expect(outside).toEqual([])
    },
  }
}

/** A full-page screenshot once the page has settled; a blank page would be a few kB. */
export async function screenshot(page: Page, name: string) {
  await page.waitForLoadState('networkidle')
  fs.mkdirSync(ARTIFACTS, { recursive: true })
  const file = path.join(ARTIFACTS, name)
  await page.screenshot({ path: file, fullPage: true })
  expect(fs.statSync(file).size).toBeGreaterThan(10_000)
}

/** Logs in on the admin's login screen and returns the page it lands on. */
export async function login(context: BrowserContext, baseUrl: string, account: { email: string; password: string }) {
  const page = await context.newPage()
  await page.goto(`${baseUrl}/admin/login`)
  await page.locator('#field-email').fill(account.email)
  await page.locator('#field-password').fill(account.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 60_000 })
  return page
}

/** The JSON body of a response, or an error naming its status and body. */
export async function json(response: Response) {
  const body = await response.json()
  if (!response.ok) throw new Error(`${response.status} ${JSON.stringify(body)}`)
  return body
}
