import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect, it, jest } from '@jest/globals'
import { describeWithDatabase, type TestPayload } from '../../helpers/payload'
import { repoRoot, runImportCli } from './cli'
import { samplePath } from './pageArchive'
import { countAll, findAll, startImportTestPayload } from './support'

// Every case spawns the CLI (Payload start-up included), some several times.
jest.setTimeout(300_000)

const sample = samplePath(repoRoot)
const haveSample = fs.existsSync(sample)
if (!haveSample) {
  if (process.env.CI === 'true') throw new Error(`missing ${sample}: CI must provide ../shared beside the repository`)
  console.warn(`Skipping the sample-page import tests: ${sample} is missing`)
}
const itWithSample = haveSample ? it : it.skip

// The first bytes of a PNG file: binary input a user might pass by mistake.
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89])

await describeWithDatabase('import CLI', () => {
  let db: TestPayload
  let dir: string
  beforeAll(async () => {
    db = await startImportTestPayload()
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bulletin-import-cli-'))
  })
  afterAll(async () => {
    await db?.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  itWithSample('imports the sample page into 4 linked draft articles, 15 people and its events, then reports all unchanged', async () => {
    const { payload, databaseUrl } = db
    const first = await runImportCli(['--json', '--issue-date', '2021-08-31', sample], databaseUrl)
    expect(first.code).toBe(0)
    const report = JSON.parse(first.stdout)
    expect(report.files).toHaveLength(1)
    expect(report.files[0]).toMatchObject({ status: 'imported', error: null, created: { articles: 4, people: 15 } })
    const events = report.files[0].created.events as number
    expect(events).toBeGreaterThanOrEqual(4)

    const articles = await findAll(payload, 'articles')
    expect(articles).toHaveLength(4)
    expect(articles.every((article) => article._status === 'draft')).toBe(true)
    expect(articles.every((article) => (article.reporters as unknown[]).length > 0 && (article.people as unknown[]).length > 0 && (article.events as unknown[]).length > 0)).toBe(true)
    expect(await findAll(payload, 'people', { joins: false })).toHaveLength(15)
    const eventDocs = await findAll(payload, 'events')
    expect(eventDocs).toHaveLength(events)
    expect(eventDocs.every((event) => (event.articles as { docs: unknown[] }).docs.length === 1)).toBe(true)
    const [xu] = await findAll(payload, 'people', { where: { name: { equals: '徐立毅' } } })
    // Both seen on one day: in the importer's canonical order (day, then title), whatever order pages come in.
    expect((xu!.positions as Array<{ title: string }>).map((position) => position.title)).toEqual(['市委书记', '省委常委'])
    expect((xu!.mentionedIn as { docs: unknown[] }).docs).toHaveLength(2)

    const second = await runImportCli(['--json', '--issue-date', '2021-08-31', sample], databaseUrl)
    expect(second.code).toBe(0)
    const again = JSON.parse(second.stdout)
    expect(again.files[0]).toMatchObject({ status: 'unchanged', created: { articles: 0, people: 0, events: 0 }, updated: { articles: 0, people: 0, events: 0 }, unchanged: { articles: 4, people: 15, events } })
    expect(again.totals).toMatchObject({ conflicts: 0, failed: 0 })
  })

  itWithSample('prints a summary table on a terminal run and accepts a page on standard input', async () => {
    const text = fs.readFileSync(sample)
    const result = await runImportCli(['--issue-date', '2021-08-31', '--dry-run', '-'], db.databaseUrl, text)
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^file\s+status\s+created a\/p\/e/m)
    // Same page, other source name ("-"): only the articles' provenance (source.file) would change.
    expect(result.stdout).toMatch(/^-\s+imported\s+0\/0\/0\s+4\/0\/0\s+0\/15\//m)
    expect(result.stdout).toMatch(/dry run: nothing written/)
  })

  it('reports unreadable, empty, binary, article-less and undated files by name, writes nothing of them, imports the rest (a copy once), exits 1', async () => {
    const { payload, databaseUrl } = db
    const bad = path.join(dir, 'bad')
    fs.mkdirSync(bad)
    fs.writeFileSync(path.join(bad, 'empty-2021-09-01.txt'), '')
    fs.writeFileSync(path.join(bad, 'picture-2021-09-01.txt'), PNG)
    fs.writeFileSync(path.join(bad, 'no-articles-2021-09-01.txt'), '\n\n   \n')
    fs.writeFileSync(path.join(bad, 'undated.txt'), '全省公共机构节能宣传月线上启动\n\n本报讯（记者 裴其娟）河南省机关事务管理局主办的全省公共机构节能宣传月线上启动仪式正式上线。\n')
    fs.writeFileSync(path.join(bad, 'good-2021-09-01.txt'), '全省公共机构节能宣传月线上启动\n\n本报讯（记者 裴其娟）昨日，河南省机关事务管理局主办的全省公共机构节能宣传月线上启动仪式正式上线。\n')
    fs.copyFileSync(path.join(bad, 'good-2021-09-01.txt'), path.join(bad, 'good-copy-2021-09-01.txt'))
    const missing = path.join(dir, 'missing-2021-09-01.txt')
    const before = await countAll(payload)

    const result = await runImportCli(['--json', bad, missing], databaseUrl)
    expect(result.code).toBe(1)
    const report = JSON.parse(result.stdout)
    const byName = Object.fromEntries(report.files.map((file: { source: string }) => [path.basename(file.source), file]))
    expect(byName['empty-2021-09-01.txt']).toMatchObject({ status: 'failed', error: expect.stringMatching(/empty/i) })
    expect(byName['picture-2021-09-01.txt']).toMatchObject({ status: 'failed', error: expect.stringMatching(/binary/i) })
    expect(byName['no-articles-2021-09-01.txt']).toMatchObject({ status: 'failed', error: expect.stringMatching(/article|empty/i) })
    expect(byName['undated.txt']).toMatchObject({ status: 'failed', error: expect.stringMatching(/issue date/i) })
    expect(byName['missing-2021-09-01.txt']).toMatchObject({ status: 'failed', error: expect.stringContaining('missing-2021-09-01.txt') })
    expect(byName['good-2021-09-01.txt']).toMatchObject({ status: 'imported', created: { articles: 1 } })
    // The same bytes under another name are one page, imported once.
    expect(byName['good-copy-2021-09-01.txt']).toMatchObject({ status: 'unchanged', warnings: [expect.stringContaining('same content as')] })
    expect(report.totals.failed).toBe(5)

    const after = await countAll(payload)
    expect(after.bulletins).toBe(before.bulletins + 1)
    expect(after.articles).toBe(before.articles + 1)
    const sources = (await findAll(payload, 'bulletins')).map((bulletin) => bulletin.source)
    expect(sources).not.toEqual(expect.arrayContaining(['undated.txt']))
  })

  it('exits 2 on bad usage and on an unreachable database, with a message saying which', async () => {
    const badDate = await runImportCli(['--issue-date', '2021-02-30', 'x.txt'], db.databaseUrl)
    expect(badDate.code).toBe(2)
    expect(badDate.stderr).toMatch(/--issue-date/)
    const unknown = await runImportCli(['--frobnicate', 'x.txt'], db.databaseUrl)
    expect(unknown.code).toBe(2)
    const nothing = await runImportCli([], db.databaseUrl)
    expect(nothing.code).toBe(2)
    expect(nothing.stderr).toMatch(/Usage/)

    fs.writeFileSync(path.join(dir, 'page-2021-09-01.txt'), '标题\n\n本报讯 正文。\n')
    const unreachable = await runImportCli(['--json', path.join(dir, 'page-2021-09-01.txt')], 'postgres://postgres:postgres@127.0.0.1:9/bulletin')
    expect(unreachable.code).toBe(2)
    expect(unreachable.stderr).toMatch(/Cannot connect to the database postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:9\/bulletin/)
    expect(unreachable.stdout).toBe('')
  })

  it('computes the plan without writing anything on --dry-run', async () => {
    const { payload, databaseUrl } = db
    fs.writeFileSync(path.join(dir, 'dry-2021-09-20.txt'), '市领导调研秋粮收购\n\n本报讯（记者 董艳竹）昨日，市领导王建华到中牟县调研秋粮收购工作。\n')
    const before = await countAll(payload)
    const result = await runImportCli(['--json', '--dry-run', path.join(dir, 'dry-2021-09-20.txt')], databaseUrl)
    expect(result.code).toBe(0)
    const report = JSON.parse(result.stdout)
    expect(report.dryRun).toBe(true)
    expect(report.files[0].created.articles).toBe(1)
    expect(await countAll(payload)).toEqual(before)
  })
})
