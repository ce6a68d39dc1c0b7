import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect, it, jest } from '@jest/globals'
import { describeWithDatabase, type TestPayload } from '../../helpers/payload'
import { runImportCli } from './cli'
import { parseBulletinText } from '../../../src/bulletin/index'
import { countAll, findAll, importParsed, startImportTestPayload } from './support'

// Spawns the CLI (Payload start-up included).
jest.setTimeout(300_000)

/**
 * What the importer reads and what it will not write: a page over the size limit is
 * refused, a linked page is followed, a page of bylines only writes nothing, and an
 * article printed many times on one page is one article (with a warning per copy).
 */
await describeWithDatabase('import CLI inputs', () => {
  let db: TestPayload
  let dir: string
  beforeAll(async () => {
    db = await startImportTestPayload()
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bulletin-import-inputs-'))
  })
  afterAll(async () => {
    await db?.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('refuses a page over 5 MB, follows a linked page, writes no empty article and one article for a repeated one', async () => {
    const { payload, databaseUrl } = db
    const pages = path.join(dir, 'pages')
    fs.mkdirSync(path.join(pages, 'elsewhere'), { recursive: true })
    const article = '市领导调研秋粮收购\n\n本报讯（记者 董艳竹）昨日，市领导王建华到中牟县调研秋粮收购工作。\n\n'
    fs.writeFileSync(path.join(pages, 'big-2021-09-20.txt'), Buffer.alloc(6 << 20, '本报讯 市长王建华主持会议，'))
    fs.writeFileSync(path.join(pages, 'bylines-2021-09-20.txt'), '本报记者 张三\n\n本报评论员\n\n本报记者 李四 王五\n')
    fs.writeFileSync(path.join(pages, 'repeated-2021-09-20.txt'), article.repeat(5))
    fs.writeFileSync(path.join(pages, 'elsewhere', 'target.md'), '全省节能宣传月启动\n\n本报讯（记者 裴其娟）昨日，全省公共机构节能宣传月启动仪式举行。\n')
    fs.symlinkSync(path.join('elsewhere', 'target.md'), path.join(pages, 'linked-2021-09-21.txt'))
    const before = await countAll(payload)

    const result = await runImportCli(['--json', pages], databaseUrl)
    expect(result.code).toBe(1)
    const report = JSON.parse(result.stdout)
    const byName = Object.fromEntries(report.files.map((file: { source: string }) => [path.basename(file.source), file]))
    expect(Object.keys(byName).sort()).toEqual(['big-2021-09-20.txt', 'bylines-2021-09-20.txt', 'linked-2021-09-21.txt', 'repeated-2021-09-20.txt'])
    expect(byName['big-2021-09-20.txt']).toMatchObject({ status: 'failed', error: expect.stringMatching(/big-2021-09-20\.txt: The page is 6\.0 MB; pages over 5\.0 MB are refused\./) })
    expect(byName['big-2021-09-20.txt'].error.length).toBeLessThan(200)
    expect(byName['bylines-2021-09-20.txt']).toMatchObject({ status: 'failed' })
    expect(byName['repeated-2021-09-20.txt']).toMatchObject({ status: 'imported', created: { articles: 1 } })
    expect(byName['repeated-2021-09-20.txt'].warnings.filter((w: string) => /duplicate-article/.test(w))).toHaveLength(4)
    expect(byName['linked-2021-09-21.txt']).toMatchObject({ status: 'imported', created: { articles: 1 } })

    const after = await countAll(payload)
    expect(after.articles).toBe(before.articles + 2)
    // The bylines page's names are not people of any article.
    const names = (await findAll(payload, 'people', { joins: false })).map((person) => person.name)
    expect(names).not.toEqual(expect.arrayContaining(['张三']))
    const titles = (await findAll(payload, 'articles', { draft: true })).map((a) => a.title)
    expect(titles).not.toContain('（无标题）')
  })

  it('a field too long for Payload names the article and its line, and writes nothing of the page', async () => {
    const { payload } = db
    // Payload's default limit for a text field is 40,000 characters: the article's original text exceeds it.
    const long = '市领导王建华到中牟县调研秋粮收购工作，'.repeat(2500)
    const page = `市领导调研秋粮收购\n\n本报讯（记者 董艳竹）昨日，市领导王建华到中牟县调研。\n\n超长的一篇\n\n本报讯 ${long}\n`
    const parsed = parseBulletinText(page, { source: 'long-2021-09-22.txt', issueDate: '2021-09-22' })
    const before = await countAll(payload)
    await expect(importParsed(payload, parsed)).rejects.toThrow(/^articles "超长的一篇" \(line 5\): /u)
    expect(await countAll(payload)).toEqual(before)
  })
})
