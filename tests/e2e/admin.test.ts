/**
 * An editor's round trip through the real admin: log in, open an article, change its
 * title, publish, then read the new title back over REST and GraphQL as an anonymous
 * consumer. Also saves a screenshot of the admin in Chinese (tests/e2e/artifacts/).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { chromium, type BrowserContext } from 'playwright-core'
import { buildApp, repoRoot, startApp, type RunningApp } from './server'

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const ARTIFACTS = path.join(repoRoot, 'tests/e2e/artifacts')
const ADMIN = { email: 'editor-e2e@example.com', password: 'e2e-password-1' }

const env: NodeJS.ProcessEnv = {
  ...process.env,
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'e2e-secret-not-for-production',
  NEXT_TELEMETRY_DISABLED: '1',
}
delete env.PAYLOAD_DISABLE_ADMIN
delete env.NODE_OPTIONS // jest's --experimental-vm-modules is not for the server

/** A browser with its own fresh profile, as a first-time visitor with this language. */
async function openBrowser(locale: string): Promise<{ context: BrowserContext; dispose(): Promise<void> }> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'bulletin-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale,
    viewport: { width: 1366, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
  return {
    context,
    async dispose() {
      await context.close()
      fs.rmSync(profile, { recursive: true, force: true })
    },
  }
}

async function login(context: BrowserContext, baseUrl: string) {
  const page = await context.newPage()
  await page.goto(`${baseUrl}/admin/login`)
  await page.locator('#field-email').fill(ADMIN.email)
  await page.locator('#field-password').fill(ADMIN.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 60_000 })
  return page
}

async function json(response: Response) {
  const body = await response.json()
  if (!response.ok) throw new Error(`${response.status} ${JSON.stringify(body)}`)
  return body
}

describe('admin in a real browser', () => {
  let app: RunningApp
  let articleId: number | string
  let personId: number | string
  let eventId: number | string

  beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM)) {
      throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (or set CHROMIUM_PATH)`)
    }
    buildApp(env)
    app = await startApp(env)
    // Seed as a newsroom would: the first user (an admin), then a published article.
    const { token } = await json(
      await fetch(`${app.baseUrl}/api/users/first-register`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(ADMIN),
      }),
    )
    const create = async (collection: string, data: Record<string, unknown>) => {
      const { doc } = await json(
        await fetch(`${app.baseUrl}/api/${collection}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
          body: JSON.stringify(data),
        }),
      )
      return doc.id as number | string
    }
    personId = await create('people', { name: '王市长', roles: ['official'] })
    eventId = await create('events', {
      title: '市政府常务会议',
      type: 'meeting',
      participants: [{ person: personId, role: 'chair' }],
    })
    articleId = await create('articles', {
      title: '市政府召开常务会议',
      publication: '郑州日报',
      people: [personId],
      events: [eventId],
      _status: 'published',
    })
  })

  afterAll(async () => {
    await app?.stop()
  })

  it('edits an article title in the admin and serves the new title over REST and GraphQL', async () => {
    const browser = await openBrowser('en-US')
    try {
      const page = await login(browser.context, app.baseUrl)
      await page.goto(`${app.baseUrl}/admin/collections/articles/${articleId}`)
      const title = page.locator('#field-title')
      await expect(title.inputValue()).resolves.toBe('市政府召开常务会议')
      await title.fill('市政府召开第十次常务会议')
      await page.locator('#action-save').click() // "Publish changes" (articles have drafts)
      await page.getByText(/successfully/i).first().waitFor({ timeout: 30_000 })
    } finally {
      await browser.dispose()
    }

    const rest = await json(await fetch(`${app.baseUrl}/api/articles/${articleId}`))
    expect(rest.title).toBe('市政府召开第十次常务会议')
    expect(rest._status).toBe('published')

    const idType = typeof articleId === 'number' ? 'Int' : 'String'
    const graphql = await json(
      await fetch(`${app.baseUrl}/api/graphql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          query: `query ($id: ${idType}!) { Article(id: $id) { title _status } }`,
          variables: { id: articleId },
        }),
      }),
    )
    expect(graphql.data.Article).toEqual({ title: '市政府召开第十次常务会议', _status: 'published' })
  })

  it('shows the admin in Chinese to a browser that asks for Chinese', async () => {
    const browser = await openBrowser('zh-CN')
    try {
      const page = await login(browser.context, app.baseUrl)
      await page.goto(`${app.baseUrl}/admin/collections/articles/${articleId}`)
      // Our field labels and Payload's own interface, both in Chinese.
      const label = page.locator('label[for="field-title"]')
      await label.waitFor()
      expect(await label.textContent()).toContain('主题')
      expect(await page.locator('html').getAttribute('lang')).toBe('zh')
      await page.getByText('发布修改').first().waitFor()
      await page.locator('[contenteditable="true"]').first().waitFor() // the Lexical body
      await page.waitForLoadState('networkidle')
      fs.mkdirSync(ARTIFACTS, { recursive: true })
      const file = path.join(ARTIFACTS, 'admin-zh-article.png')
      await page.screenshot({ path: file, fullPage: true })
      expect(fs.statSync(file).size).toBeGreaterThan(10_000)
      await page.goto(`${app.baseUrl}/admin`)
      await page.getByText('文章').first().waitFor()
      await page.waitForLoadState('networkidle')
      await page.screenshot({ path: path.join(ARTIFACTS, 'admin-zh-dashboard.png'), fullPage: true })
    } finally {
      await browser.dispose()
    }
  })

  it('shows on a person and an event page where they appear (join fields)', async () => {
    const browser = await openBrowser('zh-CN')
    try {
      const page = await login(browser.context, app.baseUrl)
      await page.goto(`${app.baseUrl}/admin/collections/people/${personId}`)
      // "Mentioned in articles" lists the article, "Events taken part in" the event.
      const mentioned = page.locator('#field-mentionedIn, [id^="field-mentionedIn"]').first()
      await mentioned.getByText('市政府召开第十次常务会议').first().waitFor()
      const events = page.locator('#field-events, [id^="field-events"]').first()
      await events.getByText('市政府常务会议').first().waitFor()
      await page.waitForLoadState('networkidle')
      fs.mkdirSync(ARTIFACTS, { recursive: true })
      await page.screenshot({ path: path.join(ARTIFACTS, 'admin-zh-person.png'), fullPage: true })

      await page.goto(`${app.baseUrl}/admin/collections/events/${eventId}`)
      const articles = page.locator('#field-articles, [id^="field-articles"]').first()
      await articles.getByText('市政府召开第十次常务会议').first().waitFor()
    } finally {
      await browser.dispose()
    }
  })
})
