/**
 * A bulletin shows what its import used (issue 10): an upload that leaves the issue date
 * empty gets the day the importer took from the file name, and its publication the one
 * the articles carry; what an editor entered (issue date, publication, page) is kept as
 * entered, and the articles follow it.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { describeWithDatabase, startTestPayload, type TestPayload } from '../../helpers/payload'
import { apiClient } from '../app/apiClient'
import { findAll } from '../import/support'
import { createUsers, readFixture, runImportJobs, uploadPage, type Api, type Users } from './support'

await describeWithDatabase('a bulletin takes the values its import used', () => {
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

  const importUpload = async (name: string, fields: Record<string, unknown>) => {
    const uploaded = await uploadPage(api, users.editor, { name, bytes: readFixture(name) }, fields)
    expect(uploaded.status).toBe(201)
    expect(await runImportJobs(payload)).toBe(1)
    const shown = await api.request('GET', `/bulletins/${uploaded.body.doc.id}?depth=0`, { as: users.editor })
    expect(shown.body.importResult.error).toBeNull()
    expect(shown.body.importStatus).toBe('imported')
    const articles = (await findAll(payload, 'articles', { draft: true })).filter((article) =>
      shown.body.articles.map(String).includes(String(article.id)),
    )
    expect(articles.length).toBeGreaterThan(0)
    return { bulletin: shown.body, articles }
  }

  it('fills an empty issue date from the file name and the publication the articles got', async () => {
    const { bulletin, articles } = await importUpload('evening-briefs-2019-07-12.txt', {})
    expect(bulletin.issueDate).toBe('2019-07-12T00:00:00.000Z')
    expect(new Set(articles.map((article) => article.issueDate))).toEqual(new Set([bulletin.issueDate]))
    expect(new Set(articles.map((article) => article.publication ?? null))).toEqual(new Set([bulletin.publication ?? null]))
    // Nothing gave a page number: it stays empty rather than guessed.
    expect(bulletin.page ?? null).toBeNull()
  })

  it('keeps the issue date, publication and page an editor entered, and the articles follow them', async () => {
    const entered = { issueDate: '2023-11-17', publication: '编辑所填日报', page: 'A2' }
    const { bulletin, articles } = await importUpload('wrapped-lines-2023-11-16.txt', entered)
    expect([bulletin.issueDate, bulletin.publication, bulletin.page]).toEqual(['2023-11-17T00:00:00.000Z', '编辑所填日报', 'A2'])
    expect(new Set(articles.map((article) => [article.issueDate, article.publication, article.page].join(' ')))).toEqual(
      new Set(['2023-11-17T00:00:00.000Z 编辑所填日报 A2']),
    )
  })
})
