import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { describeWithDatabase, type TestPayload } from '../../helpers/payload'
import { paragraphsFromLexicalBody } from '../../../src/import/lexicalBody'
import { apiClient } from '../app/apiClient'
import { findAll, importParsed, parsedPage, startImportTestPayload } from './support'

const MEETING = '我市收听收看省委新冠肺炎疫情防控工作第六次专题会议'

/** The page with one more paragraph in the meeting article and one more location for its event. */
function revisedPage() {
  const page = parsedPage({ sha256: 'd'.repeat(64) })
  page.articles[0]!.paragraphs = [...page.articles[0]!.paragraphs, '徐立毅要求各地切实提高思想认识。']
  page.events[0]!.locations = ['郑州市委']
  return page
}

await describeWithDatabase('import: edit-safe re-import', () => {
  let db: TestPayload
  let api: ReturnType<typeof apiClient>
  let token: string
  const ids: Record<string, unknown> = {}

  beforeAll(async () => {
    // The REST handlers find Payload under the default cache key.
    db = await startImportTestPayload({ key: 'default' })
    const { payload } = db
    await payload.create({ collection: 'users', data: { email: 'admin@example.test', password: 'admin-password-1', roles: ['admin'] } as never })
    await payload.create({ collection: 'users', data: { email: 'editor@example.test', password: 'editor-password-1', roles: ['editor'] } as never })
    api = apiClient(payload.config)
    token = await api.login('editor@example.test', 'editor-password-1')
    await importParsed(payload, parsedPage())
    ids.article = (await findAll(payload, 'articles', { where: { title: { equals: MEETING } } }))[0]!.id
    ids.person = (await findAll(payload, 'people', { where: { nameKey: { equals: '徐立毅' } } }))[0]!.id
    ids.event = (await findAll(payload, 'events', { where: { type: { equals: 'meeting' } } }))[0]!.id
  })
  afterAll(async () => {
    await db?.stop()
  })

  it('keeps what an editor changed through REST and reports each field as a conflict', async () => {
    const { payload } = db
    const edits = [
      ['articles', ids.article, { title: '编辑改过的标题' }],
      ['people', ids.person, { name: '徐立毅同志' }],
      ['events', ids.event, { startDate: '2021-08-29T00:00:00.000Z' }],
    ] as const
    for (const [collection, id, body] of edits) {
      const response = await api.request('PATCH', `/${collection}/${String(id)}`, { body, as: { token } })
      expect(response.status).toBe(200)
    }
    const report = await importParsed(payload, parsedPage())
    expect(report.conflicts.map(({ collection, id, fields, kept }) => ({ collection, id, fields, kept })).sort((a, b) => a.collection.localeCompare(b.collection))).toEqual([
      { collection: 'articles', id: String(ids.article), fields: ['title'], kept: 'editor' },
      { collection: 'events', id: String(ids.event), fields: ['startDate'], kept: 'editor' },
      { collection: 'people', id: String(ids.person), fields: ['name'], kept: 'editor' },
    ])
    const article = await payload.findByID({ collection: 'articles', id: ids.article as number, draft: true, depth: 0 })
    expect(article.title).toBe('编辑改过的标题')
    const person = await payload.findByID({ collection: 'people', id: ids.person as number, depth: 0 })
    expect(person.name).toBe('徐立毅同志')
    const event = await payload.findByID({ collection: 'events', id: ids.event as number, depth: 0 })
    expect(String(event.startDate).slice(0, 10)).toBe('2021-08-29')
  })

  it('still updates the fields the editor did not touch when the page changes', async () => {
    const { payload } = db
    const report = await importParsed(payload, revisedPage())
    expect(report.updated.articles).toBeGreaterThanOrEqual(1)
    const article = await payload.findByID({ collection: 'articles', id: ids.article as number, draft: true, depth: 0 })
    expect(article.title).toBe('编辑改过的标题')
    expect(paragraphsFromLexicalBody(article.body).at(-1)).toBe('徐立毅要求各地切实提高思想认识。')
    const event = await payload.findByID({ collection: 'events', id: ids.event as number, depth: 0 })
    expect(event.locations).toEqual(['郑州市委'])
    expect(String(event.startDate).slice(0, 10)).toBe('2021-08-29')
  })

  it('recognises a person an editor renamed on later pages, keeping the printed name as an alias', async () => {
    const { payload } = db
    const later = parsedPage({ sha256: 'e'.repeat(64), issueDate: '2021-09-05' })
    later.articles[0]!.title = '徐立毅检查防汛工作'
    const peopleBefore = (await findAll(payload, 'people')).length
    const report = await importParsed(payload, later)
    expect(report.created.people).toBe(0)
    expect((await findAll(payload, 'people')).length).toBe(peopleBefore)
    const person = await payload.findByID({ collection: 'people', id: ids.person as number, depth: 0 })
    expect(person.name).toBe('徐立毅同志')
    expect((person.aliases as Array<{ name: string }>).map((alias) => alias.name)).toEqual(['徐立毅'])
    const [article] = await findAll(payload, 'articles', { where: { title: { equals: '徐立毅检查防汛工作' } } })
    expect(article!.people).toContain(ids.person)
  })

  it('does not re-create a record an editor deleted, unless --restore-deleted', async () => {
    const { payload } = db
    const deleted = await api.request('DELETE', `/events/${String(ids.event)}`, { as: { token } })
    expect(deleted.status).toBe(200)
    const report = await importParsed(payload, revisedPage())
    expect(report.skipped.events).toBe(1)
    expect(report.created.events).toBe(0)
    expect(await findAll(payload, 'events', { where: { type: { equals: 'meeting' } } })).toEqual([])
    const restored = await importParsed(payload, revisedPage(), { restoreDeleted: true })
    expect(restored.created.events).toBe(1)
    const [event] = await findAll(payload, 'events', { where: { type: { equals: 'meeting' } } })
    const article = await payload.findByID({ collection: 'articles', id: ids.article as number, draft: true, depth: 0 })
    expect(article.events).toEqual([event!.id])
  })

  it('leaves an article an editor published published', async () => {
    const { payload } = db
    const published = await api.request('PATCH', `/articles/${String(ids.article)}`, { body: { _status: 'published' }, as: { token } })
    expect(published.status).toBe(200)
    const page = revisedPage()
    page.articles[0]!.paragraphs = [...page.articles[0]!.paragraphs, '再补充一段。']
    const report = await importParsed(payload, page)
    expect(report.updated.articles).toBe(1)
    const live = await payload.findByID({ collection: 'articles', id: ids.article as number, depth: 0 })
    expect(live._status).toBe('published')
    const anonymous = await api.request('GET', `/articles/${String(ids.article)}`)
    expect(anonymous.status).toBe(200)
    expect(JSON.stringify(anonymous.body.body)).not.toContain('再补充一段')
    const latest = await payload.findByID({ collection: 'articles', id: ids.article as number, depth: 0, draft: true })
    expect(JSON.stringify(latest.body)).toContain('再补充一段')
  })
})
