/**
 * The editors' upload over REST (issue 10): `POST /api/bulletins` multipart queues an import
 * job; the job imports the page through the importer and stores its report on the bulletin;
 * a failed page writes nothing; the same bytes again change nothing; anonymous users and
 * readers may not upload; `POST /api/bulletins/:id/publish` publishes the page's drafts.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { describeWithDatabase, startTestPayload, type TestPayload } from '../../helpers/payload'
import { apiClient } from '../app/apiClient'
import { countAll, findAll } from '../import/support'
import { createUsers, jobsOfQueue, readFixture, runImportJobs, uploadPage, type Api, type Users } from './support'

const PAGE = 'city-daily-2024-03-12.gb18030.txt' // GB18030 on purpose: any encoding the parser decodes
const pageBytes = () => readFixture(`encodings/${PAGE}`)

await describeWithDatabase('bulletin upload and import jobs', () => {
  let app: TestPayload
  let payload: Payload
  let api: Api
  let users: Users

  beforeAll(async () => {
    app = await startTestPayload({ key: 'default' })
    payload = app.payload
    api = apiClient(payload.config)
    users = await createUsers(payload, api)
  })

  afterAll(async () => {
    await app?.stop()
  })

  it('refuses an upload by an anonymous user or a reader, and queues nothing', async () => {
    const before = await countAll(payload)
    const anonymous = await uploadPage(api, undefined, { name: PAGE, bytes: pageBytes() }, { publication: '城市日报' })
    expect(anonymous.status).toBe(403)
    const reader = await uploadPage(api, users.reader, { name: PAGE, bytes: pageBytes() }, { publication: '城市日报' })
    expect(reader.status).toBe(403)
    expect(await countAll(payload)).toEqual(before)
    expect(await jobsOfQueue(payload)).toHaveLength(0)
  })

  let bulletinId: number | string

  it('uploads a page as an editor, queues one job, and the job imports it with its counts', async () => {
    const uploaded = await uploadPage(api, users.editor, { name: PAGE, bytes: pageBytes() }, { publication: '城市日报', page: '3' })
    expect(uploaded.status).toBe(201)
    bulletinId = uploaded.body.doc.id
    expect(uploaded.body.doc.importStatus).toBe('queued')
    expect(uploaded.body.doc.pageBytes).toBeUndefined() // the stored bytes never leave over REST
    const queued = await jobsOfQueue(payload)
    expect(queued.map((job) => [job.taskSlug, job.input])).toEqual([['importPage', { bulletin: String(bulletinId) }]])
    expect((await countAll(payload)).articles).toBe(0) // nothing is imported before the job runs

    expect(await runImportJobs(payload)).toBe(1)
    const shown = await api.request('GET', `/bulletins/${bulletinId}`, { as: users.editor })
    expect(shown.status).toBe(200)
    expect(shown.body.importStatus).toBe('imported')
    const result = shown.body.importResult
    expect(result.status).toBe('imported')
    expect(result.error).toBeNull()
    const counts = await countAll(payload)
    expect(counts.articles).toBeGreaterThan(0)
    expect(result.created).toEqual({ articles: counts.articles, people: counts.people, events: counts.events })
    expect(shown.body.articles).toHaveLength(counts.articles)
    expect(shown.body.issueDate.slice(0, 10)).toBe('2024-03-12') // from the file name
    const articles = await findAll(payload, 'articles', { draft: true })
    expect(new Set(articles.map((article) => article.publication))).toEqual(new Set(['城市日报']))
    expect(new Set(articles.map((article) => article.page))).toEqual(new Set(['3']))
    expect(new Set(articles.map((article) => article._status))).toEqual(new Set(['draft']))
  })

  it('refuses the same bytes uploaded again and changes nothing', async () => {
    const before = await countAll(payload)
    const again = await uploadPage(api, users.editor, { name: `copy-${PAGE}`, bytes: pageBytes() }, { publication: '城市日报' })
    expect(again.status).toBe(400)
    expect(JSON.stringify(again.body)).toContain(`bulletin ${bulletinId}`)
    expect(await countAll(payload)).toEqual(before)
    expect(await jobsOfQueue(payload)).toHaveLength(0)
  })

  it('re-runs an import of the same stored page as unchanged (a job handed out twice is harmless)', async () => {
    const before = await countAll(payload)
    await payload.jobs.queue({ task: 'importPage', queue: 'imports', input: { bulletin: String(bulletinId) } })
    expect(await runImportJobs(payload)).toBe(1)
    const shown = await api.request('GET', `/bulletins/${bulletinId}`, { as: users.editor })
    // The second run changes nothing, and the bulletin keeps the report of the run that imported it.
    expect(shown.body.importStatus).toBe('imported')
    expect(shown.body.importResult.status).toBe('imported')
    expect(shown.body.importResult.created.articles).toBe(before.articles)
    expect(await countAll(payload)).toEqual(before)
  })

  it('records a failed page with its reason and writes nothing of it', async () => {
    const before = await countAll(payload)
    // No date in the file name nor in the text: the importer refuses the page.
    const bytes = Buffer.from('无日期的一版\n\n本报讯（记者 白云飞）某区今天召开会议，部署防汛工作。会议要求各部门做好准备。\n', 'utf8')
    const uploaded = await uploadPage(api, users.editor, { name: 'undated-page.txt', bytes }, {})
    expect(uploaded.status).toBe(201)
    await runImportJobs(payload)
    const shown = await api.request('GET', `/bulletins/${uploaded.body.doc.id}`, { as: users.editor })
    expect(shown.body.importStatus).toBe('failed')
    expect(shown.body.importResult.status).toBe('failed')
    expect(shown.body.importResult.error).toMatch(/issue date/)
    const after = await countAll(payload)
    expect({ ...after, bulletins: after.bulletins - 1 }).toEqual(before) // only the uploaded row itself
    const [job] = await jobsOfQueue(payload) // a failed job stays, marked as such
    expect(job?.hasError).toBe(true)
  })

  it('refuses a file that is not text', async () => {
    const before = await countAll(payload)
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex')
    const uploaded = await uploadPage(api, users.editor, { name: 'picture.png', bytes: png, type: 'image/png' }, {})
    expect(uploaded.status).toBe(400)
    expect(await countAll(payload)).toEqual(before)
  })

  it('re-imports a page whose publication an editor corrects, updating its records in place', async () => {
    const before = await countAll(payload)
    const corrected = await api.request('PATCH', `/bulletins/${bulletinId}`, { as: users.editor, body: { publication: '澜江日报' } })
    expect(corrected.status).toBe(200)
    expect(corrected.body.doc.importStatus).toBe('queued')
    expect(await runImportJobs(payload)).toBe(1)
    const shown = await api.request('GET', `/bulletins/${bulletinId}?depth=0`, { as: users.editor })
    expect(shown.body.importResult.error).toBeNull()
    expect(shown.body.importStatus).toBe('imported')
    expect(shown.body.importResult.created).toEqual({ articles: 0, people: 0, events: 0 })
    expect(shown.body.importResult.updated.articles).toBe(before.articles)
    expect(await countAll(payload)).toEqual(before)
    const articles = await findAll(payload, 'articles', { draft: true })
    expect(new Set(articles.map((article) => article.publication))).toEqual(new Set(['澜江日报']))
  })

  it('publishes the page: 401 anonymous, 403 reader, then every draft of the page in one go', async () => {
    expect((await api.request('POST', `/bulletins/${bulletinId}/publish`)).status).toBe(401)
    expect((await api.request('POST', `/bulletins/${bulletinId}/publish`, { as: users.reader })).status).toBe(403)
    expect((await api.request('GET', '/articles')).body.docs).toEqual([])

    const published = await api.request('POST', `/bulletins/${bulletinId}/publish`, { as: users.editor })
    expect(published.status).toBe(200)
    const bulletin = (await api.request('GET', `/bulletins/${bulletinId}?depth=0`, { as: users.editor })).body
    expect([...published.body.published].sort()).toEqual([...bulletin.articles].sort())
    expect(published.body.alreadyPublished).toEqual([])
    const publicList = await api.request('GET', '/articles?limit=100')
    expect(publicList.body.docs.map((doc: { id: unknown }) => doc.id).sort()).toEqual([...bulletin.articles].sort())

    const again = await api.request('POST', `/bulletins/${bulletinId}/publish`, { as: users.editor })
    expect(again.body.published).toEqual([])
    expect(again.body.alreadyPublished).toHaveLength(bulletin.articles.length)
  })
})
