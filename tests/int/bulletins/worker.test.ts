/**
 * Workers (issue 11): `npm run import -- --queue` stores pages and queues one job each;
 * `npm run worker -- --exit-when-idle` imports them, with the same records as the import
 * CLI makes of the same pages; `--requeue-stuck` puts back the job of a worker that died.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { describeWithDatabase, type TestPayload } from '../../helpers/payload'
import { exitOf, runImportCli } from '../import/cli'
import { countAll, databaseSnapshot, findAll, startImportTestPayload } from '../import/support'
import { fixturePage, importedRecords, jobsOfQueue, runScript } from './support'

const PAGES = ['xinhua-style-1998-01-05.txt', 'evening-briefs-2019-07-12.txt']
const LATE_PAGE = 'district-attendance-2024-05-21.txt'

await describeWithDatabase('import workers', () => {
  let app: TestPayload
  let payload: Payload
  let pagesDir: string

  beforeAll(async () => {
    app = await startImportTestPayload()
    payload = app.payload
    pagesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bulletin-worker-pages-'))
    for (const page of PAGES) fs.copyFileSync(fixturePage(page), path.join(pagesDir, page))
  })

  afterAll(async () => {
    await app?.stop()
    if (pagesDir) fs.rmSync(pagesDir, { recursive: true, force: true })
  })

  it('--queue stores each page and queues one job per page, importing nothing', async () => {
    const queued = await runScript('import', ['--queue', '--publication', '人民日报', pagesDir], app.databaseUrl)
    expect(exitOf(queued, 0)).toBe(0)
    expect(queued.stdout.trim()).toBe(`queued ${PAGES.length} page(s)`)
    expect(await jobsOfQueue(payload)).toHaveLength(PAGES.length)
    const counts = await countAll(payload)
    expect(counts).toMatchObject({ articles: 0, people: 0, events: 0, bulletins: PAGES.length })

    const again = await runScript('import', ['--queue', '--publication', '人民日报', pagesDir], app.databaseUrl)
    expect(exitOf(again, 0)).toBe(0)
    expect(again.stdout.trim()).toBe(`queued 0 page(s); ${PAGES.length} already stored (not queued again)`)
    expect(await jobsOfQueue(payload)).toHaveLength(PAGES.length)
  }, 300_000)

  it('worker --exit-when-idle imports every queued page, a line per page and a summary', async () => {
    const worked = await runScript('worker', ['--exit-when-idle'], app.databaseUrl)
    expect(exitOf(worked, 0)).toBe(0)
    const lines = worked.stdout.trim().split('\n')
    expect(lines.filter((line) => line.startsWith('worker: imported '))).toHaveLength(PAGES.length)
    expect(lines.at(-1)).toMatch(new RegExp(`^worker: ${PAGES.length} page\\(s\\): ${PAGES.length} imported, 0 unchanged, 0 failed`))
    expect(await jobsOfQueue(payload)).toHaveLength(0) // completed jobs are deleted
    const bulletins = await findAll(payload, 'bulletins')
    expect(bulletins.map((bulletin) => bulletin.importStatus)).toEqual(PAGES.map(() => 'imported'))
    expect((await countAll(payload)).articles).toBeGreaterThan(0)
  }, 300_000)

  it('makes the same records as the import CLI makes of the same pages', async () => {
    const cliApp = await startImportTestPayload()
    try {
      const files = [...PAGES].sort().map((page) => path.join(pagesDir, page)) // the order --queue walked the folder in
      const cli = await runImportCli(['--json', '--publication', '人民日报', ...files], cliApp.databaseUrl)
      expect(exitOf(cli, 0)).toBe(0)
      expect(importedRecords(await databaseSnapshot(payload))).toEqual(importedRecords(await databaseSnapshot(cliApp.payload)))
      // Each bulletin's importResult is that page's report of `npm run import -- --json`
      // (named by the file name the page was stored under, not the path given to the CLI).
      const reports = JSON.parse(cli.stdout).files as Array<Record<string, unknown>>
      const bySha = new Map((await findAll(payload, 'bulletins')).map((bulletin) => [bulletin.sha256, bulletin.importResult]))
      for (const report of reports) {
        expect(bySha.get(report.sha256)).toEqual({ ...report, source: path.basename(String(report.source)) })
      }
    } finally {
      await cliApp.stop()
    }
  }, 300_000)

  it('--requeue-stuck puts back the job of a worker that died, and the next worker imports it', async () => {
    fs.copyFileSync(fixturePage(LATE_PAGE), path.join(pagesDir, LATE_PAGE))
    const queued = await runScript('import', ['--queue', path.join(pagesDir, LATE_PAGE)], app.databaseUrl)
    expect(queued.stdout.trim()).toBe('queued 1 page(s)')
    const [job] = await jobsOfQueue(payload)
    // What a worker killed mid-page leaves (payload#17220): claimed, never finished.
    const claimedAt = new Date(Date.now() - 20 * 60_000).toISOString()
    await payload.db.updateOne({ collection: 'payload-jobs', id: job!.id, data: { processing: true, updatedAt: claimedAt }, returning: false })
    const [stuck] = await jobsOfQueue(payload)
    expect(stuck).toMatchObject({ processing: true, updatedAt: claimedAt })

    const idle = await runScript('worker', ['--exit-when-idle'], app.databaseUrl)
    expect(idle.stdout).toMatch(/worker: 0 page\(s\)/) // nobody takes a job marked processing

    const young = await runScript('worker', ['--requeue-stuck', '--older-than', '30m'], app.databaseUrl)
    expect(young.stdout.trim()).toBe('worker: put 0 stuck job(s) back in the queue imports')
    const requeued = await runScript('worker', ['--requeue-stuck', '--older-than', '10m'], app.databaseUrl)
    expect(exitOf(requeued, 0)).toBe(0)
    expect(requeued.stdout.trim()).toBe(`worker: put 1 stuck job(s) back in the queue imports: ${job!.id}`)

    const worked = await runScript('worker', ['--exit-when-idle'], app.databaseUrl)
    expect(exitOf(worked, 0)).toBe(0)
    expect(worked.stdout).toMatch(new RegExp(`worker: imported ${LATE_PAGE}`))
    const late = (await findAll(payload, 'bulletins')).find((bulletin) => bulletin.source === LATE_PAGE)
    expect(late?.importStatus).toBe('imported')
    expect(await jobsOfQueue(payload)).toHaveLength(0)
  }, 600_000) // five runs of the scripts, each starting Payload
})
