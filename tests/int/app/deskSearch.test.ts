/**
 * The editors' desk over REST, on the sample page imported the importer's way: the
 * Articles list search (admin.listSearchableFields, turned into a query exactly as the
 * admin does by Payload's mergeListSearchAndWhere) finds articles by a Chinese substring
 * of the body and by a reporter's name, and each article keeps the marks the review panel
 * draws (people, places and dates as offsets into its original text).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import type { Payload, Where } from 'payload'
import { mergeListSearchAndWhere } from 'payload/shared'
import { parseBulletin } from '../../../src/bulletin/index'
import { describeWithDatabase, type TestPayload } from '../../helpers/payload'
import { importParsed, startImportTestPayload } from '../import/support'
import { repoRoot } from '../../unit/bulletin/repoPaths'
import { apiClient, type Credentials } from './apiClient'

const SAMPLE = path.join(repoRoot, 'samples/city-daily-2024-03-12.txt')

await describeWithDatabase('the desk: list search and review marks', () => {
  let app: TestPayload
  let payload: Payload
  let api: ReturnType<typeof apiClient>
  const editor: Credentials = {}

  beforeAll(async () => {
    app = await startImportTestPayload({ key: 'default' })
    payload = app.payload
    api = apiClient(payload.config)
    await payload.create({ collection: 'users', data: { email: 'admin@example.com', password: 'admin-pass' } })
    await payload.create({ collection: 'users', data: { email: 'editor@example.com', password: 'editor-pass', roles: ['editor'] } })
    const login = await api.request('POST', '/users/login', { body: { email: 'editor@example.com', password: 'editor-pass' } })
    editor.token = login.body.token
    const parsed = parseBulletin(readFileSync(SAMPLE), { source: SAMPLE, issueDate: '2024-03-12' })
    const report = await importParsed(payload, parsed)
    expect(report.status).toBe('imported')
  })

  afterAll(async () => {
    await app?.stop()
  })

  /** The admin list's query for a search box entry, sent over REST as the editor. */
  async function searchTitles(search: string): Promise<string[]> {
    const where = mergeListSearchAndWhere({ collectionConfig: payload.collections.articles.config, search }) as Where
    // Payload's REST reads `where` in qs form (where[or][0][title][like]=…), as the admin's URL has it.
    const response = await api.request('GET', `/articles?depth=0&limit=50&draft=true&${toQs('where', where)}`, { as: editor })
    expect(response.status).toBe(200)
    return (response.body.docs as Array<{ title: string }>).map((doc) => doc.title).sort()
  }

  /** The titles of the articles whose headlines or body text contain `term`, read from the stored documents. */
  async function holding(term: string, fields: Array<'title' | 'kicker' | 'subtitle' | 'bodyText'>): Promise<string[]> {
    const all = await payload.find({ collection: 'articles', limit: 50, depth: 0, draft: true })
    expect(all.docs.length).toBeGreaterThan(1)
    return all.docs.filter((doc) => fields.some((field) => String(doc[field] ?? '').includes(term))).map((doc) => doc.title).sort()
  }

  it('finds 防汛 in a headline, and only the articles that contain it', async () => {
    const expected = await holding('防汛', ['title', 'kicker', 'subtitle', 'bodyText'])
    expect(expected.length).toBeGreaterThan(0)
    await expect(searchTitles('防汛')).resolves.toEqual(expected)
  })

  it('finds a Chinese substring that only the body holds (its plain copy, bodyText)', async () => {
    const term = '水利工程建设'
    expect(await holding(term, ['title', 'kicker', 'subtitle'])).toEqual([])
    const expected = await holding(term, ['bodyText'])
    expect(expected.length).toBeGreaterThan(0)
    await expect(searchTitles(term)).resolves.toEqual(expected)
  })

  it("finds a reporter's articles by the reporter's name (printed with a space on the page)", async () => {
    const [person] = (await payload.find({ collection: 'people', where: { name: { equals: '方远' } }, depth: 0 })).docs
    expect(person).toBeDefined()
    const reported = await payload.find({ collection: 'articles', where: { reporters: { equals: person!.id } }, depth: 0, draft: true })
    expect(reported.docs.length).toBeGreaterThan(0)
    const titles = await searchTitles('方远')
    for (const doc of reported.docs) expect(titles).toContain(doc.title)
  })

  it('finds nothing for a string no article holds', async () => {
    await expect(searchTitles('不存在的词语')).resolves.toEqual([])
  })

  it("stores each article's marks as offsets into its original text, dates included", async () => {
    const { docs } = await payload.find({ collection: 'articles', limit: 50, depth: 0, draft: true })
    const kinds = new Set<string>()
    for (const doc of docs) {
      const source = doc.source as { originalText: string; mentions: Array<{ kind: string; text: string; start: number; end: number }> }
      for (const mark of source.mentions) {
        kinds.add(mark.kind)
        const printed = source.originalText.slice(mark.start, mark.end)
        if (mark.kind === 'date') expect(printed).toBe(mark.text)
        else expect(printed.replace(/\s/gu, '').normalize('NFKC')).toBe(mark.text.normalize('NFKC'))
      }
    }
    expect([...kinds].sort()).toEqual(['date', 'person', 'place'])
  })
})

/** `where` as the bracketed query string Payload's REST API reads (where[or][0][title][like]=…). */
function toQs(prefix: string, value: unknown): string {
  if (value === null || typeof value !== 'object') return `${prefix}=${encodeURIComponent(String(value))}`
  return Object.entries(value as Record<string, unknown>)
    .map(([key, item]) => toQs(`${prefix}[${key}]`, item))
    .join('&')
}
