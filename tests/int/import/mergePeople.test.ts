import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { describeWithDatabase, type TestPayload } from '../../helpers/payload'
import { apiClient, type Credentials } from '../app/apiClient'
import { findAll, importParsed, parsedPage, startImportTestPayload } from './support'

type Doc = Record<string, unknown> & { id: number | string }
const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as Doc).id : value)

await describeWithDatabase('POST /api/people/merge', () => {
  let db: TestPayload
  let payload: Payload
  let api: ReturnType<typeof apiClient>
  let editor: Credentials
  const readerKey = randomUUID()
  const person = async (name: string) => (await findAll(payload, 'people', { where: { name: { equals: name } } }))[0]
  /** Everything a merge touches, to prove a refused or failed merge touched nothing. */
  const state = async () => ({
    people: await findAll(payload, 'people', { sort: 'id', joins: false }),
    articles: (await findAll(payload, 'articles', { sort: 'id' })).map((doc) => [doc.id, doc.reporters, doc.people]),
    events: (await findAll(payload, 'events', { sort: 'id', joins: false })).map((doc) => [doc.id, doc.participants]),
    records: (await findAll(payload, 'import-records', { sort: 'id' })).map((doc) => [doc.key, doc.docId]),
  })

  beforeAll(async () => {
    // The REST handlers call getPayload() with the default key: they must find this instance,
    // or they start a second one (a second PostgreSQL pool nobody closes).
    db = await startImportTestPayload({ key: 'default' })
    payload = db.payload
    api = apiClient(payload.config)
    await payload.create({ collection: 'users', data: { email: 'admin@example.com', password: 'admin-pass' } })
    await payload.create({ collection: 'users', data: { email: 'editor@example.com', password: 'editor-pass', roles: ['editor'] } })
    await payload.create({
      collection: 'users',
      data: { email: 'reader@example.com', password: 'reader-pass', roles: ['reader'], enableAPIKey: true, apiKey: readerKey },
    })
    editor = { token: await api.login('editor@example.com', 'editor-pass') }
    expect((await importParsed(payload, parsedPage())).status).toBe('imported')
  })
  afterAll(async () => {
    await db?.stop()
  })

  it('refuses anonymous callers (401) and readers (403), and bad bodies (400), changing nothing', async () => {
    const keep = await person('侯红')
    const other = await person('周富强')
    const before = await state()
    const body = { keep: keep!.id, merge: [other!.id] }
    expect((await api.request('POST', '/people/merge', { body })).status).toBe(401)
    expect((await api.request('POST', '/people/merge', { body, as: { apiKey: readerKey } })).status).toBe(403)
    for (const bad of [{}, { keep: keep!.id, merge: [] }, { keep: keep!.id, merge: [keep!.id] }, { keep: keep!.id, merge: Array.from({ length: 21 }, (_, i) => i + 1000) }]) {
      expect([bad, (await api.request('POST', '/people/merge', { body: bad, as: editor })).status]).toEqual([bad, 400])
    }
    expect(await state()).toEqual(before)
  })

  it('rolls everything back when one id is unknown', async () => {
    const keep = await person('侯红')
    const other = await person('周富强')
    const before = await state()
    const response = await api.request('POST', '/people/merge', { body: { keep: keep!.id, merge: [other!.id, 999_999] }, as: editor })
    expect(response.status).toBe(404)
    expect(await state()).toEqual(before)
  })

  it('re-points articles, events and positions, keeps the names as aliases, deletes the duplicates', async () => {
    const keep = (await person('侯红'))!
    const imported = (await person('周富强'))!
    // A duplicate an editor made by hand, with a typo, linked from everywhere a person can be.
    const typo = await payload.create({
      collection: 'people',
      data: { name: '候红', roles: ['speaker'], positions: [{ title: '副市长' }], aliases: [{ name: '侯红同志' }] },
    })
    const article = await payload.create({
      collection: 'articles',
      data: { title: '副市长调研', reporters: [typo.id], people: [typo.id, keep.id], _status: 'published' } as never,
    })
    const [event] = await findAll(payload, 'events', { where: { 'participants.person': { equals: keep.id } }, joins: false })
    await payload.update({
      collection: 'events',
      id: event!.id as never,
      data: { participants: [...(event!.participants as Array<Record<string, unknown>>).map(({ id: _id, ...row }) => row), { person: typo.id, role: 'speaker' }] } as never,
    })

    const response = await api.request('POST', '/people/merge', { body: { keep: keep.id, merge: [typo.id, imported.id] }, as: editor })
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({ keep: keep.id, aliases: ['候红', '侯红同志', '周富强'] })

    expect(await person('候红')).toBeUndefined()
    expect(await person('周富强')).toBeUndefined()
    const kept = (await findAll(payload, 'people', { where: { id: { equals: keep.id } } }))[0]!
    expect((kept.aliases as Array<{ name: string }>).map((row) => row.name)).toEqual(['候红', '侯红同志', '周富强'])
    expect((kept.positions as Array<{ title: string }>).map((row) => row.title)).toContain('副市长')
    expect(kept.roles).toEqual(expect.arrayContaining(['attendee', 'speaker']))

    const [readArticle] = await findAll(payload, 'articles', { where: { id: { equals: article.id } } })
    expect((readArticle!.reporters as unknown[]).map(idOf)).toEqual([keep.id])
    expect((readArticle!.people as unknown[]).map(idOf)).toEqual([keep.id])
    expect(readArticle!._status).toBe('published')
    const [meeting] = await findAll(payload, 'articles', { where: { title: { equals: '我市收听收看省委新冠肺炎疫情防控工作第六次专题会议' } } })
    const meetingPeople = (meeting!.people as unknown[]).map(idOf)
    expect(meetingPeople.filter((id) => id === keep.id)).toHaveLength(1)
    const [readEvent] = await findAll(payload, 'events', { where: { id: { equals: event!.id } }, joins: false })
    const participants = (readEvent!.participants as Array<{ person: unknown; role: string }>).map((row) => idOf(row.person))
    expect(participants.filter((id) => id === keep.id)).toHaveLength(1)
    expect(participants).not.toContain(typo.id)
    expect(participants).not.toContain(imported.id)
    // The importer's record of the imported duplicate names the kept person now.
    const [record] = await findAll(payload, 'import-records', { where: { key: { equals: 'person:周富强' } } })
    expect(record!.docId).toBe(String(keep.id))
  })

  it('links a later import that prints a merged name to the kept person', async () => {
    const keep = (await person('侯红'))!
    const peopleBefore = (await findAll(payload, 'people', { joins: false })).length
    // The same page again, and a new page printing both the typo and the merged imported name.
    const again = await importParsed(payload, parsedPage())
    // Nothing to do: both printed names already lead to the kept person.
    expect(again.status).toBe('unchanged')
    expect(again.created.people).toBe(0)
    const later = parsedPage({ sha256: 'c'.repeat(64), issueDate: '2021-09-03', source: 'zhengzhou-daily-2021-09-03.txt' })
    later.articles[1]!.title = '候红周富强看望老党员'
    later.articles[1]!.people = ['候红', '周富强']
    later.people.push({ name: '候红', titles: [], roles: ['official'], articles: [1] } as never)
    const report = await importParsed(payload, later)
    expect(report.status).toBe('imported')
    expect(report.created.people).toBe(0)
    expect((await findAll(payload, 'people', { joins: false })).length).toBe(peopleBefore)
    const [visit] = await findAll(payload, 'articles', { where: { title: { equals: '候红周富强看望老党员' } } })
    expect((visit!.people as unknown[]).map(idOf)).toEqual([keep.id])
    expect(report.conflicts.filter((conflict) => conflict.collection === 'people')).toEqual([])
  })
})
