import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { describeWithDatabase, type TestPayload } from '../../helpers/payload'
import { countAll, findAll, importParsed, parsedPage, startImportTestPayload, versionCount } from './support'

await describeWithDatabase('import: linked records, idempotence, drafts', () => {
  let db: TestPayload
  beforeAll(async () => {
    db = await startImportTestPayload()
  })
  afterAll(async () => {
    await db?.stop()
  })

  it('links articles to reporters, people and events, and events to participants with roles', async () => {
    const { payload } = db
    const report = await importParsed(payload, parsedPage())
    expect(report.status).toBe('imported')
    expect(report.created).toEqual({ articles: 2, people: 6, events: 2 })

    const [meeting] = await findAll(payload, 'articles', { where: { title: { equals: '我市收听收看省委新冠肺炎疫情防控工作第六次专题会议' } }, depth: 1 })
    const names = (list: unknown) => (list as Array<{ name: string }>).map((person) => person.name)
    expect(names(meeting!.reporters)).toEqual(['张昕', '孙亚文'])
    expect(names(meeting!.people)).toEqual(['徐立毅', '侯红', '周富强', '张昕', '孙亚文'])
    const [event] = meeting!.events as Array<{ title: string; participants: Array<{ person: number; role: string }> }>
    expect(event!.title).toBe('省委新冠肺炎疫情防控工作第六次专题会议续会')

    const [xu] = await findAll(payload, 'people', { where: { nameKey: { equals: '徐立毅' } }, depth: 0 })
    const [chairRow] = event!.participants
    expect(chairRow).toMatchObject({ person: xu!.id, role: 'chair' })
    // The person's page in the admin shows the reverse links (join fields).
    expect((xu!.mentionedIn as { docs: unknown[] }).docs).toEqual([meeting!.id])
    expect((xu!.events as { docs: unknown[] }).docs).toHaveLength(1)
    expect(xu!.positions).toEqual([
      // Positions in the importer's canonical order (day first seen, then title), not the page's:
      // pages imported in any order, by any number of workers, leave the same list.
      expect.objectContaining({ title: '市委书记', asOf: expect.stringMatching(/^2021-08-31/), article: meeting!.id }),
      expect.objectContaining({ title: '省委常委', asOf: expect.stringMatching(/^2021-08-31/), article: meeting!.id }),
    ])
    const [eventDoc] = await findAll(payload, 'events', { where: { title: { equals: event!.title } } })
    expect((eventDoc!.articles as { docs: unknown[] }).docs).toEqual([meeting!.id])
  })

  it('keeps one record per person across pages and accumulates new positions with their date and article', async () => {
    const { payload } = db
    const later = parsedPage({ sha256: 'b'.repeat(64), issueDate: '2021-09-02', source: 'zhengzhou-daily-2021-09-02.txt' })
    later.people[0]!.titles = ['市委书记', '市人大常委会主任']
    later.articles[0]!.title = '徐立毅调研防汛工作'
    const report = await importParsed(payload, later)
    expect(report.created.people).toBe(0)
    expect(report.created.articles).toBe(2)
    const people = await findAll(payload, 'people', { where: { nameKey: { equals: '徐立毅' } } })
    expect(people).toHaveLength(1)
    const [newArticle] = await findAll(payload, 'articles', { where: { title: { equals: '徐立毅调研防汛工作' } } })
    expect((people[0]!.positions as Array<{ title: string; asOf: string; article: unknown }>).map((p) => [p.title, p.asOf.slice(0, 10), p.article === newArticle!.id])).toEqual([
      ['市委书记', '2021-08-31', false],
      ['省委常委', '2021-08-31', false],
      ['市人大常委会主任', '2021-09-02', true],
    ])
  })

  it('changes nothing when the same page is imported again: no new version, same updatedAt', async () => {
    const { payload } = db
    const before = { counts: await countAll(payload), versions: await versionCount(payload) }
    const stamps = async () =>
      Object.fromEntries(
        (await Promise.all(['articles', 'people', 'events', 'import-records', 'bulletins'].map(async (collection) =>
          (await findAll(payload, collection, { draft: true })).map((doc) => [`${collection}:${String(doc.id)}`, doc.updatedAt]),
        ))).flat(),
      )
    const stampsBefore = await stamps()
    const report = await importParsed(payload, parsedPage())
    expect(report.status).toBe('unchanged')
    expect(report.unchanged).toEqual({ articles: 2, people: 6, events: 2 })
    expect(report.created).toEqual({ articles: 0, people: 0, events: 0 })
    expect(report.updated).toEqual({ articles: 0, people: 0, events: 0 })
    expect(report.conflicts).toEqual([])
    expect(await countAll(payload)).toEqual(before.counts)
    expect(await versionCount(payload)).toBe(before.versions)
    expect(await stamps()).toEqual(stampsBefore)
  })

  it('imports drafts by default and publishes with --publish', async () => {
    const { payload } = db
    const drafts = await findAll(payload, 'articles')
    expect(drafts.map((doc) => doc._status)).toEqual(drafts.map(() => 'draft'))
    const published = parsedPage({ sha256: 'c'.repeat(64), issueDate: '2021-09-03' })
    await importParsed(payload, published, { publish: true })
    const live = await findAll(payload, 'articles', { where: { 'source.sha256': { equals: 'c'.repeat(64) } } })
    expect(live.map((doc) => doc._status)).toEqual(['published', 'published'])
    // Anonymous readers see them (access rule), drafts stay hidden.
    const anonymous = await findAll(payload, 'articles', { overrideAccess: false })
    expect(anonymous.map((doc) => doc.id).sort()).toEqual(live.map((doc) => doc.id).sort())
  })
})
