/**
 * An editor's round trip through the real admin: create the first account on the first
 * screen, log in, open an article, change its title, publish, then read the new title back
 * over REST and GraphQL as an anonymous consumer; review an article beside its marked
 * original text, search the list, read the desk's columns and row labels, pick an issue
 * date from Asia/Shanghai. Saves screenshots of the Chinese admin (tests/e2e/artifacts/).
 * Every browser refuses requests that leave the app: no admin view may need the internet.
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { BrowserContext } from 'playwright-core'
import { parseBulletin } from '../../src/bulletin/index'
import { lexicalBodyFromParagraphs } from '../../src/import/lexicalBody'
import { reviewMarks } from '../../src/import/reviewMarks'
import { ARTIFACTS, CHROMIUM, json, login as loginAs, openBrowser, screenshot } from './browser'
import { buildApp, repoRoot, startApp, type RunningApp } from './server'

const ADMIN = { email: 'editor-e2e@example.com', password: 'e2e-password-1' }

const env: NodeJS.ProcessEnv = {
  ...process.env,
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'e2e-secret-not-for-production',
  NEXT_TELEMETRY_DISABLED: '1',
}
delete env.PAYLOAD_DISABLE_ADMIN
delete env.NODE_OPTIONS // jest's --experimental-vm-modules is not for the server

/** The first screen of a fresh install, as the newsroom's first person sees it. */
async function createFirstUserInBrowser(baseUrl: string) {
  const browser = await openBrowser('zh-CN')
  try {
    const page = await browser.context.newPage()
    await page.goto(`${baseUrl}/admin`)
    await page.waitForURL(/create-first-user/, { timeout: 60_000 })
    await page.locator('#field-email').waitFor()
    // Only what is needed: no role to choose (the first account is an admin), no API key.
    await screenshot(page, 'admin-zh-create-first-user.png')
    expect(await page.locator('#field-roles, [id^="field-roles"]').count()).toBe(0)
    expect(await page.getByText('编辑', { exact: true }).count()).toBe(0)
    expect(await page.getByText(/API/).allTextContents()).toEqual([])
    await page.locator('#field-email').fill(ADMIN.email)
    await page.locator('#field-password').fill(ADMIN.password)
    await page.locator('#field-confirm-password').fill(ADMIN.password)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => !url.pathname.includes('create-first-user'), { timeout: 60_000 })
  } finally {
    await browser.dispose()
  }
}

/** Logs in as the test's admin. */
const login = (context: BrowserContext, baseUrl: string) => loginAs(context, baseUrl, ADMIN)

describe('admin in a real browser', () => {
  let app: RunningApp
  let articleId: number | string
  let personId: number | string
  let eventId: number | string
  let reviewedId: number | string
  let importRecordId: number | string
  let reviewed: { title: string; mentions: Array<{ kind: string }>; warnings: unknown[]; reporter: string }

  beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM)) {
      throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (or set CHROMIUM_PATH)`)
    }
    buildApp(env)
    app = await startApp(env)
    // Seed as a newsroom would: the first user (an admin, on the first screen), then content.
    await createFirstUserInBrowser(app.baseUrl)
    const { token, user } = await json(
      await fetch(`${app.baseUrl}/api/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(ADMIN),
      }),
    )
    expect(user.roles).toEqual(['admin'])
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
    personId = await create('people', {
      name: '王市长',
      roles: ['official'],
      positions: [{ title: '副市长', asOf: '2020-01-05' }, { title: '市长', asOf: '2021-08-31' }],
    })
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
    // An article of the sample page as the importer stores it: the real parser's text and marks.
    const sample = path.join(repoRoot, 'samples/city-daily-2024-03-12.txt')
    const parsed = parseBulletin(fs.readFileSync(sample), { source: sample, issueDate: '2024-03-12' })
    const article = parsed.articles.find((candidate) => candidate.title.includes('防汛'))!
    const marks = reviewMarks(article, parsed.warnings, parsed.issueDate)
    const reporterId = await create('people', { name: article.reporters[0]!, roles: ['reporter'] })
    reviewedId = await create('articles', {
      title: article.title,
      kicker: article.kicker,
      dateline: article.dateline,
      reporters: [reporterId],
      body: lexicalBodyFromParagraphs(article.paragraphs),
      publication: '澜江日报',
      issueDate: '2024-03-12',
      places: article.places,
      source: { file: 'city-daily-2024-03-12.txt', sha256: parsed.sha256, position: 1, line: article.line, originalText: article.sourceText, ...marks },
    })
    reviewed = { title: article.title, mentions: marks.mentions, warnings: marks.warnings, reporter: article.reporters[0]! }
    importRecordId = await create('import-records', { collection: 'articles', key: 'article:e2e', docId: String(reviewedId), written: { title: 'abc' } })
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

  it('shows an article beside its original text, with people, places and dates marked, provenance read-only', async () => {
    const browser = await openBrowser('zh-CN')
    try {
      const page = await login(browser.context, app.baseUrl)
      await page.goto(`${app.baseUrl}/admin/collections/articles/${reviewedId}`)
      const panel = page.getByTestId('source-review')
      await panel.waitFor()
      await expect(panel.textContent()).resolves.toContain('原文对照')
      for (const kind of ['person', 'place', 'date']) {
        const expected = reviewed.mentions.filter((mark) => mark.kind === kind).length
        expect(expected).toBeGreaterThan(0)
        await expect(panel.locator(`mark[data-kind="${kind}"]`).count()).resolves.toBe(expected)
      }
      await expect(page.getByTestId('source-review-warnings').count()).resolves.toBe(reviewed.warnings.length ? 1 : 0)
      // Beside the form: the panel sits in the sidebar, to the right of the title.
      const [titleBox, panelBox] = [await page.locator('#field-title').boundingBox(), await panel.boundingBox()]
      expect(panelBox!.x).toBeGreaterThan(titleBox!.x + titleBox!.width)
      // Payload renders sidebar fields only once they scroll into view, and the tall panel
      // pushes the provenance group below the fold.
      await page.locator('#field-source').scrollIntoViewIfNeeded()
      for (const field of ['file', 'sha256', 'position', 'line']) {
        const input = page.locator(`#field-source__${field}`)
        await input.waitFor()
        expect(await input.isEditable()).toBe(false)
      }
      // The original text itself is shown only in the panel (the stored field is hidden in the form).
      await screenshot(page, 'admin-zh-article-review.png')
    } finally {
      await browser.dispose()
    }
  })

  it('searches the article list by a Chinese substring and by a reporter, with the desk columns and Chinese dates', async () => {
    const browser = await openBrowser('zh-CN')
    try {
      const page = await login(browser.context, app.baseUrl)
      for (const term of ['防汛', reviewed.reporter.replace(/\s/gu, '')]) {
        await page.goto(`${app.baseUrl}/admin/collections/articles?search=${encodeURIComponent(term)}`)
        await page.getByRole('link', { name: reviewed.title }).first().waitFor()
        await expect(page.getByText('市政府召开第十次常务会议').count()).resolves.toBe(0)
      }
      const header = await page.locator('table thead').textContent()
      for (const column of ['主题', '报纸', '出版日期', '版次', '记者']) expect(header).toContain(column)
      await page.getByText('2024年3月12日 星期二').first().waitFor()
      await screenshot(page, 'admin-zh-articles-search.png')

      await page.goto(`${app.baseUrl}/admin/collections/people`)
      const peopleHeader = await page.locator('table thead').textContent()
      for (const column of ['姓名', '最新职务', '文章数']) expect(peopleHeader).toContain(column)
      const row = page.locator('tr', { hasText: '王市长' })
      await expect(row.locator('td').nth(2).textContent()).resolves.toContain('市长')
      expect((await row.textContent())!.includes('副市长')).toBe(false)
      await screenshot(page, 'admin-zh-people-list.png')

      await page.goto(`${app.baseUrl}/admin/collections/events`)
      const eventsHeader = await page.locator('table thead').textContent()
      for (const column of ['名称', '类型', '开始日期', '地点']) expect(eventsHeader).toContain(column)
    } finally {
      await browser.dispose()
    }
  })

  it('labels array rows by their content: a position by its title, a participant by name and role', async () => {
    const browser = await openBrowser('zh-CN')
    try {
      const page = await login(browser.context, app.baseUrl)
      await page.goto(`${app.baseUrl}/admin/collections/people/${personId}`)
      await page.getByText('副市长 · 2020-01-05').first().waitFor()
      await page.getByText('市长 · 2021-08-31').first().waitFor()
      expect(await page.getByText('职务 01').count()).toBe(0)
      await page.goto(`${app.baseUrl}/admin/collections/events/${eventId}`)
      await page.getByText('王市长 · 主持').first().waitFor()
      await screenshot(page, 'admin-zh-event-participants.png')
    } finally {
      await browser.dispose()
    }
  })

  it('keeps the issue date an editor in Asia/Shanghai picks', async () => {
    const browser = await openBrowser('zh-CN', 'Asia/Shanghai')
    try {
      const page = await login(browser.context, app.baseUrl)
      await page.goto(`${app.baseUrl}/admin/collections/articles/${reviewedId}`)
      const input = page.locator('#field-issueDate input').first()
      // The picker's input reads as a Chinese date (src/components/DayDateField), like the lists.
      await expect(input.inputValue()).resolves.toBe('2024年3月12日 星期二')
      await input.click()
      await page.locator('.react-datepicker__day--015:not(.react-datepicker__day--outside-month)').first().click()
      await expect(input.inputValue()).resolves.toBe('2024年3月15日 星期五')
      await page.locator('#action-save-draft, #action-save').first().click()
      await page.waitForLoadState('networkidle')
      await page.waitForTimeout(1_000)
    } finally {
      await browser.dispose()
    }
    const { token } = await json(
      await fetch(`${app.baseUrl}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(ADMIN) }),
    )
    const doc = await json(await fetch(`${app.baseUrl}/api/articles/${reviewedId}?draft=true&depth=0`, { headers: { Authorization: `JWT ${token}` } }))
    expect(doc.issueDate).toBe('2024-03-15T00:00:00.000Z')
  })

  it('keeps the day picker in English for an English browser', async () => {
    const browser = await openBrowser('en-US', 'Asia/Shanghai')
    try {
      const page = await login(browser.context, app.baseUrl)
      await page.goto(`${app.baseUrl}/admin/collections/articles/${reviewedId}`)
      await expect(page.locator('#field-issueDate input').first().inputValue()).resolves.toBe('Friday, March 15th, 2024')
    } finally {
      await browser.dispose()
    }
  })

  it('shows JSON fields read-only, without the code editor that loads from the internet', async () => {
    const browser = await openBrowser('zh-CN')
    try {
      const page = await login(browser.context, app.baseUrl)
      await page.goto(`${app.baseUrl}/admin/collections/import-records/${importRecordId}`)
      const view = page.getByTestId('read-only-json-written')
      await view.waitFor()
      await expect(view.textContent()).resolves.toContain('"title": "abc"')
      expect(await page.locator('.monaco-editor, .code-editor').count()).toBe(0)
    } finally {
      await browser.dispose()
    }
  })
})
