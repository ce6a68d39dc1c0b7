/**
 * Workers on a shared PostgreSQL database (issue 11), with real worker processes:
 * - two workers on one queue over 100 distinct pages end with exactly the records of one
 *   single-process import of the same pages, every page imported once, none failed;
 * - one job run twice at once (what payload#11865 does: Payload's claim of a job is a read
 *   then a write, so two workers can both take it) leaves the same records and report;
 * - a worker killed with SIGKILL mid-page leaves no half page, and after
 *   `--requeue-stuck` a new worker imports the page, to the single-process end state.
 * PostgreSQL only (int-postgres): SQLite is one machine's file, not a database workers share.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { describeWithDatabase, type TestPayload } from '../../helpers/payload'
import { exitOf, repoRoot, runImportCli } from '../import/cli'
import { samplePath, writeArchive } from '../import/pageArchive'
import { databaseSnapshot, findAll, startImportTestPayload } from '../import/support'
import { importedRecords, jobsOfQueue, runScript, startScript } from './support'

const PAGES = 100
const SLOW = 900_000
// Two imports of 100 pages each: ~6 min with load 15 on 2 cores, over 15 min at load 24.
const HUNDRED_PAGES = 1_800_000
const sample = samplePath(repoRoot)
const haveSample = fs.existsSync(sample)
if (!haveSample) {
  if (process.env.CI === 'true') throw new Error(`missing ${sample}: CI must provide ../shared beside the repository`)
  console.warn(`Skipping the PostgreSQL worker tests: ${sample} is missing`)
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const importedLines = (stdout: string) => stdout.split('\n').filter((line) => line.startsWith('worker: imported '))

/** Imports `files` with `npm run import` (one process, in the order given) into a fresh database. */
async function singleProcessImport(files: string[]): Promise<TestPayload> {
  const db = await startImportTestPayload()
  const run = await runImportCli(['--json', ...files], db.databaseUrl)
  if (run.code !== 0 || JSON.parse(run.stdout).totals.failed !== 0) throw new Error(`reference import failed: ${String(exitOf(run, 0))}`)
  return db
}

await (haveSample ? describeWithDatabase : async (name: string, body: () => void) => describe.skip(name, body))('workers on PostgreSQL', () => {
  let dir: string
  let files: string[]
  const databases: TestPayload[] = []
  let fewReference: Promise<TestPayload> | undefined
  /** The single-process import of the first three pages, shared by the tests that use them. */
  const threePages = () => files.slice(0, 3)
  const threePageReference = () => {
    fewReference ??= singleProcessImport(threePages()).then((db) => (databases.push(db), db))
    return fewReference
  }
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bulletin-workers-'))
    files = writeArchive(fs.readFileSync(sample, 'utf8'), dir, PAGES).sort() // the order --queue walks the folder in
  })
  afterAll(async () => {
    for (const db of databases) await db.stop().catch(() => undefined)
    if (dir) fs.rmSync(dir, { recursive: true, force: true })
  })

  it(`two workers on one queue over ${PAGES} pages end with the records of one single-process import`, async () => {
    const reference = await singleProcessImport(files)
    databases.push(reference)
    const workers = await startImportTestPayload()
    databases.push(workers)
    const queued = await runScript('import', ['--queue', dir], workers.databaseUrl)
    expect(exitOf(queued, 0)).toBe(0)
    expect(queued.stdout.trim()).toBe(`queued ${PAGES} page(s)`)

    const [first, second] = await Promise.all([0, 1].map(() => runScript('worker', ['--exit-when-idle', '--poll', '200ms'], workers.databaseUrl)))
    expect([exitOf(first!, 0), exitOf(second!, 0)]).toEqual([0, 0])
    // Both took part, and between them imported every page once (a twin run reports unchanged).
    const lines = [...importedLines(first!.stdout), ...importedLines(second!.stdout)]
    expect(importedLines(first!.stdout).length).toBeGreaterThan(0)
    expect(importedLines(second!.stdout).length).toBeGreaterThan(0)
    const names = lines.map((line) => /^worker: imported (\S+) /.exec(line)![1]).sort()
    expect(names).toEqual(files.map((file) => path.basename(file)))
    expect(`${first!.stdout}${second!.stdout}`).not.toMatch(/^worker: failed /m)

    expect(await jobsOfQueue(workers.payload)).toHaveLength(0)
    const bulletins = await findAll(workers.payload, 'bulletins')
    expect(bulletins.map((bulletin) => bulletin.importStatus)).toEqual(files.map(() => 'imported'))
    expect(bulletins.map((bulletin) => (bulletin.importResult as { status?: string } | null)?.status)).toEqual(files.map(() => 'imported'))
    expect(importedRecords(await databaseSnapshot(workers.payload))).toEqual(importedRecords(await databaseSnapshot(reference.payload)))
  }, HUNDRED_PAGES)

  it('a job run twice at once (payload#11865) imports its page once, with the same records and report', async () => {
    const pages = threePages()
    const reference = await threePageReference()
    const twice = await startImportTestPayload()
    databases.push(twice)
    const queued = await runScript('import', ['--queue', ...pages], twice.databaseUrl)
    expect(exitOf(queued, 0)).toBe(0)
    // runByID claims a job without asking whether another worker holds it: both runs go on
    // at once, each in its own transaction, as when two workers took the same job.
    // The later of the two may throw from Payload's own bookkeeping (its job row was deleted
    // by the first to finish: the worker goes on past that); the import is what must hold.
    for (const job of await jobsOfQueue(twice.payload)) {
      const runs = await Promise.allSettled([0, 1].map(() => twice.payload.jobs.runByID({ id: job.id, silent: true })))
      expect(runs.filter((run) => run.status === 'fulfilled').length).toBeGreaterThan(0)
    }
    expect(await jobsOfQueue(twice.payload)).toHaveLength(0)
    const bulletins = await findAll(twice.payload, 'bulletins')
    expect(bulletins.map((bulletin) => bulletin.importStatus)).toEqual(pages.map(() => 'imported'))
    // The bulletin keeps the report of the run that imported the page, not the twin's "unchanged".
    expect(bulletins.map((bulletin) => (bulletin.importResult as { status?: string } | null)?.status)).toEqual(pages.map(() => 'imported'))
    expect(importedRecords(await databaseSnapshot(twice.payload))).toEqual(importedRecords(await databaseSnapshot(reference.payload)))
  }, SLOW)

  it('a worker killed with SIGKILL mid-page leaves no half page; after --requeue-stuck a new worker imports it', async () => {
    const pages = threePages()
    const reference = await threePageReference()
    const killed = await startImportTestPayload()
    databases.push(killed)
    const queued = await runScript('import', ['--queue', ...pages], killed.databaseUrl)
    expect(exitOf(queued, 0)).toBe(0)
    const { payload } = killed

    const worker = startScript('worker', ['--poll', '200ms'], killed.databaseUrl)
    // The moment the job has marked its bulletin importing, the page's transaction is under way.
    let importing: Record<string, unknown> | undefined
    for (let waited = 0; !importing && waited < 300_000; waited += 25) {
      importing = (await findAll(payload, 'bulletins', { where: { importStatus: { equals: 'importing' } } }))[0]
      if (!importing) await sleep(25)
    }
    worker.child.kill('SIGKILL')
    const ended = await worker.done
    expect(ended.signal).toBe('SIGKILL')
    expect(importing).toBeDefined()
    const sha = String(importing!.sha256)
    const [job] = await jobsOfQueue(payload).then((jobs) => jobs.filter((row) => row.processing))
    expect(job).toBeDefined() // payload#17220: the dead worker's job stays processing

    // All or nothing: the page's articles and their import records are either all there or none.
    const articlesOf = async (db: TestPayload) => (await findAll(db.payload, 'articles', { draft: true })).filter((doc) => (doc.source as { sha256?: string }).sha256 === sha)
    const wanted = (await articlesOf(reference)).length
    expect(wanted).toBeGreaterThan(0)
    const written = await articlesOf(killed)
    expect([0, wanted]).toContain(written.length)
    const records = await findAll(payload, 'import-records')
    for (const article of written) expect(records.some((record) => record.collection === 'articles' && record.docId === String(article.id))).toBe(true)
    expect((await findAll(payload, 'people')).length).toBe(records.filter((record) => record.collection === 'people').length)

    const requeued = await runScript('worker', ['--requeue-stuck', '--older-than', '0s'], killed.databaseUrl)
    expect(exitOf(requeued, 0)).toBe(0)
    expect(requeued.stdout.trim()).toBe(`worker: put 1 stuck job(s) back in the queue imports: ${job!.id}`)
    const rerun = await runScript('worker', ['--exit-when-idle'], killed.databaseUrl)
    expect(exitOf(rerun, 0)).toBe(0)
    expect(rerun.stdout).toMatch(new RegExp(`^worker: (imported|unchanged) ${String(importing!.source)} `, 'm'))

    expect(await jobsOfQueue(payload)).toHaveLength(0)
    expect((await findAll(payload, 'bulletins')).map((bulletin) => bulletin.importStatus)).toEqual(pages.map(() => 'imported'))
    expect(importedRecords(await databaseSnapshot(payload))).toEqual(importedRecords(await databaseSnapshot(reference.payload)))
  }, SLOW)
})
