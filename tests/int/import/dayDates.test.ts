/**
 * Calendar days are stored one way whichever path wrote them (importer create, importer
 * update, an editor's save through REST as the admin's day picker sends it), so the
 * README's date filters find them on every adapter.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { describeWithDatabase, type TestPayload } from '../../helpers/payload'
import { apiClient } from '../app/apiClient'
import { findAll, importParsed, parsedPage, startImportTestPayload } from './support'

await describeWithDatabase('import: day dates stored one way', () => {
  let db: TestPayload
  let api: ReturnType<typeof apiClient>
  let token: string

  /** Titles of the articles a REST query finds (as an editor: imported articles are drafts). */
  async function titles(query: string): Promise<string[]> {
    const response = await api.request('GET', `/articles?${query}&draft=true&depth=0&limit=100`, { as: { token } })
    expect(response.status).toBe(200)
    return (response.body.docs as Array<{ title: string }>).map((doc) => doc.title).sort()
  }
  const q = (where: string) => where.replace(/\[/g, '%5B').replace(/\]/g, '%5D')

  beforeAll(async () => {
    db = await startImportTestPayload({ key: 'default' })
    await db.payload.create({ collection: 'users', data: { email: 'editor@example.test', password: 'editor-password-1', roles: ['editor'] } as never })
    api = apiClient(db.payload.config)
    token = await api.login('editor@example.test', 'editor-password-1')
  })
  afterAll(async () => {
    await db?.stop()
  })

  it('finds imported articles and events by equals and by range, after create and after update', async () => {
    const { payload } = db
    await importParsed(payload, parsedPage())
    const all = (await findAll(payload, 'articles', { draft: true })).map((doc) => String(doc.title)).sort()
    expect(all).toHaveLength(2)
    expect(await titles(q('where[issueDate][equals]=2021-08-31'))).toEqual(all)
    expect(await titles(q('where[issueDate][greater_than_equal]=2021-08-31&where[issueDate][less_than]=2021-09-01'))).toEqual(all)
    expect(await titles(q('where[issueDate][less_than_equal]=2021-08-30'))).toEqual([])

    // A revised page updates the records (body text): the days must still match.
    const revised = parsedPage({ sha256: 'd'.repeat(64) })
    revised.articles[0]!.paragraphs = [...revised.articles[0]!.paragraphs, '补充一段。']
    const report = await importParsed(payload, revised)
    expect(report.updated.articles).toBeGreaterThanOrEqual(1)
    expect(await titles(q('where[issueDate][equals]=2021-08-31'))).toEqual(all)
    // As an editor: an event of a draft article is not public (README, "Reading the content").
    const events = await api.request('GET', `/events?${q('where[startDate][equals]=2021-08-30')}&depth=0`, { as: { token } })
    expect(events.status).toBe(200)
    expect(events.body.totalDocs).toBe((await findAll(payload, 'events', { where: { startDate: { equals: '2021-08-30' } } })).length)
    expect(events.body.totalDocs).toBeGreaterThan(0)

    for (const doc of [...(await findAll(payload, 'articles', { draft: true })), ...(await findAll(payload, 'bulletins'))]) {
      expect(doc.issueDate).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/)
    }
    for (const doc of await findAll(payload, 'events', { joins: false })) expect(doc.startDate).toMatch(/T00:00:00\.000Z$/)
  })

  it('gives an editor in Asia/Shanghai the day picked, and the filters find it', async () => {
    const { payload } = db
    const [article] = await findAll(payload, 'articles', { draft: true, limit: 1, pagination: true })
    // The admin's day picker sends 12:00 UTC of the day picked (@payloadcms/ui DatePicker).
    const picked = new Date(Date.UTC(2021, 8, 5, 12)).toISOString()
    const saved = await api.request('PATCH', `/articles/${String(article!.id)}?draft=true`, { body: { issueDate: picked }, as: { token } })
    expect(saved.status).toBe(200)
    const stored = String((await payload.findByID({ collection: 'articles', id: article!.id as number, draft: true, depth: 0 })).issueDate)
    expect(stored).toBe('2021-09-05T00:00:00.000Z')
    expect(new Date(stored).toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' })).toBe('2021-09-05')
    expect(await titles(q('where[issueDate][equals]=2021-09-05'))).toEqual([String(article!.title)])
  })
})
