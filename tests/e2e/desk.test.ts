/**
 * The editor's desk, end to end, as a new editor would go through it in the Chinese admin:
 * log in, upload the sample page, watch its import finish, open an article beside its
 * marked source text, fix its headline, merge a duplicate person, publish the page, then
 * read the result as an anonymous consumer over REST and GraphQL. One browser walks the
 * steps in order (each step needs the one before); each step leaves a screenshot in
 * tests/e2e/artifacts/desk-*.png. The server runs queued imports itself (JOBS_AUTORUN=true),
 * as a single-machine install would.
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Page } from 'playwright-core'
import { parseBulletin } from '../../src/bulletin/index'
import { json, login, openBrowser, screenshot } from './browser'
import { buildApp, repoRoot, startApp, type RunningApp } from './server'

const ADMIN = { email: 'desk-e2e@example.com', password: 'desk-e2e-password-1' }
const SAMPLE = path.join(repoRoot, 'samples/city-daily-2024-03-12.txt')
const PUBLICATION = '澜江日报'
/** The person the test keeps, and the variant spelling of a second record to merge into it. */
const KEPT = '邵静怡'
const VARIANT = `市长${KEPT}`
/** A loaded 2-core CI machine: the admin's first compile-free render can still take a while. */
const SLOW = 90_000

const env: NodeJS.ProcessEnv = {
  ...process.env,
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'e2e-secret-not-for-production',
  NEXT_TELEMETRY_DISABLED: '1',
  JOBS_AUTORUN: 'true',
}
delete env.PAYLOAD_DISABLE_ADMIN
delete env.NODE_OPTIONS // jest's --experimental-vm-modules is not for the server

// What the page holds, from the real parser: the expectations follow the sample, not a copy of it.
const parsed = parseBulletin(fs.readFileSync(SAMPLE), { source: SAMPLE, issueDate: '2024-03-12' })
const reviewedTitle = parsed.articles.find((article) => article.people.includes(KEPT) && article.title.includes('防汛'))!.title
const fixedTitle = reviewedTitle.replace('到', '在')

describe('the editor\'s desk in a real browser (zh)', () => {
  let app: RunningApp
  let browser: Awaited<ReturnType<typeof openBrowser>>
  let page: Page
  let token: string
  let bulletinId: number | string
  let articleIds: Array<number | string>
  let reviewedId: number | string
  let keptId: number | string
  let variantId: number | string

  const api = async (route: string, init: RequestInit = {}) =>
    json(
      await fetch(`${app.baseUrl}/api/${route}`, {
        ...init,
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}`, ...(init.headers ?? {}) },
      }),
    )

  beforeAll(async () => {
    expect(reviewedTitle).not.toBe(fixedTitle)
    buildApp(env)
    app = await startApp(env)
    // A fresh install's first account (an admin), as the first-user screen would create it.
    await json(
      await fetch(`${app.baseUrl}/api/users/first-register`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(ADMIN),
      }),
    )
    ;({ token } = await json(
      await fetch(`${app.baseUrl}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(ADMIN) }),
    ))
    browser = await openBrowser('zh-CN', 'Asia/Shanghai')
  })

  afterAll(async () => {
    await browser?.dispose()
    await app?.stop()
  })

  it('logs in to the Chinese admin', async () => {
    page = await login(browser.context, app.baseUrl, ADMIN)
    page.setDefaultTimeout(SLOW)
    await page.getByText('版面').first().waitFor()
    expect(await page.locator('html').getAttribute('lang')).toBe('zh')
    await screenshot(page, 'desk-1-dashboard.png')
  })

  it('uploads the sample page and watches its import finish, with its counts', async () => {
    await page.goto(`${app.baseUrl}/admin/collections/bulletins/create`)
    await page.locator('input[type="file"]').setInputFiles(SAMPLE)
    await page.locator('#field-publication').fill(PUBLICATION)
    await screenshot(page, 'desk-2-upload.png')
    await page.locator('#action-save').click()
    await page.waitForURL(/\/admin\/collections\/bulletins\/(?!create)[^/?]+/, { timeout: SLOW })
    bulletinId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!)

    // The panel polls the job's state: queued, importing, then imported (the cron looks every 5 s).
    const state = page.locator('.bulletin-import-state')
    const outcome = state.locator('strong', { hasText: /^(已导入|导入失败)$/u })
    await outcome.waitFor({ timeout: 240_000 })
    expect([await outcome.textContent(), await state.getByRole('alert').allTextContents()]).toEqual(['已导入', []])
    await expect(state.textContent()).resolves.toContain(`新建: ${parsed.articles.length} 文章`)
    const links = state.locator('a[href^="/admin/collections/articles/"]')
    await expect(links.count()).resolves.toBe(parsed.articles.length)
    // The links read as the articles' headlines (drafts), not as ids.
    await expect(links.filter({ hasText: reviewedTitle }).count()).resolves.toBe(1)
    expect((await links.allTextContents()).filter((text) => /^#/u.test(text))).toEqual([])
    // Without a reload, the form follows the job: the sidebar status, and the issue date the
    // import took from the page (the upload left it empty), in Chinese.
    await expect(page.locator('#field-importStatus').textContent()).resolves.toContain('已导入')
    await expect(page.locator('#field-issueDate input').first().inputValue()).resolves.toBe('2024年3月12日 星期二')
    await screenshot(page, 'desk-3-imported.png')

    const bulletin = await api(`bulletins/${bulletinId}?depth=0`)
    expect(bulletin.importStatus).toBe('imported')
    expect(bulletin.publication).toBe(PUBLICATION)
    articleIds = bulletin.articles
    const reviewed = await api(`articles?depth=0&draft=true&where[title][equals]=${encodeURIComponent(reviewedTitle)}`)
    expect(reviewed.docs).toHaveLength(1)
    reviewedId = reviewed.docs[0].id
    expect(articleIds.map(String)).toContain(String(reviewedId))
    expect(reviewed.docs[0]._status).toBe('draft')
  })

  it('opens an article from the page beside its marked source text and fixes its headline', async () => {
    await page.locator('.bulletin-import-state').getByRole('link', { name: reviewedTitle, exact: true }).click()
    await page.waitForURL(new RegExp(`/admin/collections/articles/${reviewedId}$`))
    const panel = page.getByTestId('source-review')
    await panel.waitFor()
    await expect(panel.textContent()).resolves.toContain('原文对照')
    await panel.locator('mark[data-kind="person"]', { hasText: KEPT }).first().waitFor()
    await screenshot(page, 'desk-4-article-review.png')

    const title = page.locator('#field-title')
    await expect(title.inputValue()).resolves.toBe(reviewedTitle)
    await title.fill(fixedTitle)
    const saved = page.waitForResponse(
      (response) => response.url().includes(`/api/articles/${reviewedId}`) && response.request().method() !== 'GET',
      { timeout: SLOW },
    )
    await page.locator('#action-save-draft').click() // a draft until the page is published
    expect((await saved).status()).toBe(200)
    await screenshot(page, 'desk-5-headline-fixed.png')
    const draft = await api(`articles/${reviewedId}?depth=0&draft=true`)
    expect(draft.title).toBe(fixedTitle)
  })

  it('merges a duplicate person into the one the page names', async () => {
    const kept = await api(`people?depth=0&where[name][equals]=${encodeURIComponent(KEPT)}`)
    expect(kept.docs).toHaveLength(1)
    keptId = kept.docs[0].id
    ;({ doc: { id: variantId } } = await api('people', { method: 'POST', body: JSON.stringify({ name: VARIANT, roles: ['official'] }) }))

    await page.goto(`${app.baseUrl}/admin/collections/people/${keptId}`)
    await page.getByLabel('按姓名查找重复记录').fill(KEPT)
    await page.getByRole('button', { name: '查找', exact: true }).click()
    // Payload's own checkbox: the label (for=) is what an editor clicks.
    const candidate = page.locator(`label[for="merge-people-${variantId}"]`, { hasText: `${VARIANT} (#${variantId})` })
    await candidate.waitFor()
    await candidate.click()
    await expect(page.locator(`#merge-people-${variantId}`).isChecked()).resolves.toBe(true)
    await screenshot(page, 'desk-6-merge-picked.png')

    const dialogs: string[] = []
    page.once('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.accept()
    })
    const merged = page.waitForResponse((response) => response.url().endsWith('/api/people/merge'), { timeout: SLOW })
    let reloads = 0
    page.on('load', () => reloads++) // the panel refreshes the form in place: no full reload
    await page.getByRole('button', { name: '合并到此人物' }).click()
    expect((await merged).status()).toBe(200)
    expect(dialogs).toHaveLength(1)
    // The variant now shows as an alias (rows may be collapsed: attached, not necessarily visible).
    await page.locator('input[name^="aliases."][name$=".name"]').first().waitFor({ state: 'attached', timeout: SLOW })
    await expect(page.getByRole('status').filter({ hasText: '已合并' }).count()).resolves.toBe(1)
    expect(reloads).toBe(0)
    await expect(page.locator('input[name^="aliases."][name$=".name"]').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))).resolves.toContain(VARIANT)
    await screenshot(page, 'desk-7-merged.png')

    const gone = await fetch(`${app.baseUrl}/api/people/${variantId}`, { headers: { Authorization: `JWT ${token}` } })
    expect(gone.status).toBe(404)
  })

  it('publishes the page from its import panel', async () => {
    await page.goto(`${app.baseUrl}/admin/collections/bulletins/${bulletinId}`)
    const state = page.locator('.bulletin-import-state')
    const published = page.waitForResponse((response) => response.url().endsWith(`/api/bulletins/${bulletinId}/publish`), { timeout: SLOW })
    await state.getByRole('button', { name: '发布本版' }).click()
    expect((await published).status()).toBe(200)
    await state.getByRole('status').filter({ hasText: `已发布 ${parsed.articles.length} 篇文章。` }).waitFor()
    await screenshot(page, 'desk-8-published.png')
  })

  it('serves the published page, the fixed headline and the merged alias to anonymous REST and GraphQL', async () => {
    const where = articleIds.map((id, index) => `where[id][in][${index}]=${encodeURIComponent(String(id))}`).join('&')
    const rest = await json(await fetch(`${app.baseUrl}/api/articles?${where}&depth=1&limit=${articleIds.length}`))
    expect(rest.docs).toHaveLength(parsed.articles.length)
    expect(rest.docs.every((doc: { _status: string }) => doc._status === 'published')).toBe(true)
    const restArticle = rest.docs.find((doc: { id: unknown }) => String(doc.id) === String(reviewedId))
    expect(restArticle.title).toBe(fixedTitle)
    const restPerson = restArticle.people.find((person: { name: string }) => person.name === KEPT)
    expect(restPerson.aliases.map((alias: { name: string }) => alias.name)).toContain(VARIANT)
    expect(rest.docs.map((doc: { title: string }) => doc.title)).not.toContain(reviewedTitle)

    const graphql = await json(
      await fetch(`${app.baseUrl}/api/graphql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          query: `query ($title: String!) { Articles(where: { title: { equals: $title } }) { docs { title _status people { name aliases { name } } } } }`,
          variables: { title: fixedTitle },
        }),
      }),
    )
    expect(graphql.errors).toBeUndefined()
    const [graphqlArticle] = graphql.data.Articles.docs
    expect(graphqlArticle).toMatchObject({ title: fixedTitle, _status: 'published' })
    const graphqlPerson = graphqlArticle.people.find((person: { name: string }) => person.name === KEPT)
    expect(graphqlPerson.aliases.map((alias: { name: string }) => alias.name)).toContain(VARIANT)
  })
})
