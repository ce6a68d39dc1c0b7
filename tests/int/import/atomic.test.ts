import { afterAll, beforeAll, expect, it } from '@jest/globals'
import type { CollectionBeforeChangeHook, Config } from 'payload'
import { describeWithDatabase, type TestPayload } from '../../helpers/payload'
import type { ImportInput } from '../../../src/import/inputs'
import { runImport } from '../../../src/import/run'
import { countAll, findAll, importParsed, parsedPage, startImportTestPayload } from './support'

const FAULTY_TITLE = '第三篇稿件触发故障'
/** The first save of an article with this title fails as when another writer holds the database. */
const BUSY_ONCE_TITLE = '首次保存遇到数据库繁忙'

/** A page of text with the given headlines, one short article under each. */
function textPage(source: string, titles: string[]): ImportInput {
  const text = titles.map((title, index) => `${title}\n\n本报讯（记者 孙亚文）昨日，市政府召开第${index + 1}次专题会议，市长陈刚主持会议。`).join('\n\n')
  return { source, read: async () => new TextEncoder().encode(text) }
}

/** A page of three articles whose third one a hook refuses to save. */
function pageWithFaultyThirdArticle() {
  const page = parsedPage({ sha256: 'f'.repeat(64), issueDate: '2021-09-10' })
  page.articles.push({ ...page.articles[1]!, title: FAULTY_TITLE, headlines: [{ role: 'title', text: FAULTY_TITLE }], line: 60 })
  return page
}

let busyOnceFired = false

/** Test-only config: an articles hook that fails on one title, as a disk or a bug would mid-page. */
const injectFault = (config: Config): Config => {
  const failOnFaultyTitle: CollectionBeforeChangeHook = ({ data }) => {
    if (data?.title === FAULTY_TITLE) throw new Error('injected fault while saving the third article')
    if (data?.title === BUSY_ONCE_TITLE && !busyOnceFired) {
      busyOnceFired = true
      throw Object.assign(new Error('SQLITE_BUSY: database is locked (injected)'), { code: 'SQLITE_BUSY' })
    }
    return data
  }
  return {
    ...config,
    collections: config.collections?.map((collection) =>
      collection.slug === 'articles'
        ? { ...collection, hooks: { ...collection.hooks, beforeChange: [...(collection.hooks?.beforeChange ?? []), failOnFaultyTitle] } }
        : collection,
    ),
  }
}

await describeWithDatabase('import: atomic per page', () => {
  let db: TestPayload
  beforeAll(async () => {
    db = await startImportTestPayload({ configure: injectFault })
  })
  afterAll(async () => {
    await db?.stop()
  })

  it('leaves nothing of a page that fails part-way, and the next page still imports', async () => {
    const { payload } = db
    await expect(importParsed(payload, pageWithFaultyThirdArticle())).rejects.toThrow(/injected fault/)
    expect(await countAll(payload)).toEqual({ articles: 0, people: 0, events: 0, importRecords: 0, bulletins: 0 })
    expect((await payload.findVersions({ collection: 'articles', limit: 1 })).totalDocs).toBe(0)

    const report = await importParsed(payload, parsedPage())
    expect(report.status).toBe('imported')
    expect(await countAll(payload)).toEqual({ articles: 2, people: 6, events: 2, importRecords: 10, bulletins: 1 })
  })

  it('goes on with the other pages of a run when one fails part-way', async () => {
    const { payload } = db
    const before = await countAll(payload)
    const report = await runImport(payload, [
      textPage('run-2021-09-10.txt', ['市领导调研秋粮收购', '全市安全生产工作会议召开']),
      textPage('run-2021-09-11.txt', ['市政府常务会议研究防汛', '全市招商引资推进会召开', FAULTY_TITLE]),
      textPage('run-2021-09-12.txt', ['全市文明城市创建推进会召开']),
    ])
    expect(report.files.map((file) => file.status)).toEqual(['imported', 'failed', 'imported'])
    expect(report.files[1]!.error).toMatch(/injected fault/)
    const after = await countAll(payload)
    expect(after.articles - before.articles).toBe(3)
    expect(after.bulletins - before.bulletins).toBe(2)
    const titles = (await findAll(payload, 'articles')).map((article) => article.title)
    expect(titles).not.toContain('市政府常务会议研究防汛')
    expect(titles).not.toContain('全市招商引资推进会召开')
  })

  it('rolls back a failing page even when it only updates existing records', async () => {
    const { payload } = db
    const before = await findAll(payload, 'people', { joins: false })
    const countsBefore = await countAll(payload)
    const page = pageWithFaultyThirdArticle()
    page.sha256 = 'a'.repeat(64)
    page.issueDate = '2021-08-31'
    page.people[0]!.titles = ['省委常委', '市委书记', '新职务']
    await expect(importParsed(payload, page)).rejects.toThrow(/injected fault/)
    expect(await findAll(payload, 'people', { joins: false })).toEqual(before)
    expect(await countAll(payload)).toEqual(countsBefore)
  })

  it('tries a page again from a fresh read when the database was busy, imports it once, and reports the retry', async () => {
    const { payload } = db
    const before = await countAll(payload)
    const report = await runImport(payload, [textPage('busy-2021-09-20.txt', ['市政府召开专题会议', BUSY_ONCE_TITLE])], { issueDate: '2021-09-20' })
    expect(busyOnceFired).toBe(true)
    expect(report.files[0]).toMatchObject({ status: 'imported', retries: { busy: 1, taken: 0 } })
    const after = await countAll(payload)
    expect(after.articles - before.articles).toBe(2)
    expect(after.bulletins - before.bulletins).toBe(1)
    // Nothing of the failed attempt is left: each article once.
    expect((await findAll(payload, 'articles', { draft: true, where: { title: { equals: BUSY_ONCE_TITLE } } })).length).toBe(1)
    // A page that went through at once says nothing about retries.
    const calm = await runImport(payload, [textPage('calm-2021-09-21.txt', ['市政府召开另一次会议'])], { issueDate: '2021-09-21' })
    expect(calm.files[0]!.status).toBe('imported')
    expect(calm.files[0]!.retries).toBeUndefined()
  })
})
