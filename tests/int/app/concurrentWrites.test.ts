/**
 * The database under concurrent use: editors save while an import runs in another
 * process, forgot-password works, and on SQLite every connection libsql opens waits for
 * the write lock (busy_timeout read back after transactions took connections away).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { SQLITE_BUSY_TIMEOUT_MS } from '../../../payload.config'
import { describeWithDatabase, testDatabaseKind, type TestPayload } from '../../helpers/payload'
import { repoRoot, startImportCli } from '../import/cli'
import { samplePath, writeArchive } from '../import/pageArchive'
import { startImportTestPayload } from '../import/support'
import { apiClient } from './apiClient'

const PAGES = 6
const SLOW = 600_000
const sample = samplePath(repoRoot)
const haveSample = fs.existsSync(sample)
if (!haveSample) {
  if (process.env.CI === 'true') throw new Error(`missing ${sample}: CI must provide ../shared beside the repository`)
  console.warn(`Skipping the saves-during-an-import test: ${sample} is missing`)
}
const itWithSample = haveSample ? it : it.skip
const onSqlite = testDatabaseKind() === 'sqlite'

type LibsqlClient = { execute(sql: string): Promise<{ rows: Array<Record<string, unknown>> }> }

await describeWithDatabase('database under concurrent use', () => {
  let db: TestPayload
  let api: ReturnType<typeof apiClient>
  let token: string
  let dir: string
  const articleIds: unknown[] = []

  beforeAll(async () => {
    // The REST handlers find Payload under the default cache key.
    db = await startImportTestPayload({ key: 'default' })
    const { payload } = db
    await payload.create({ collection: 'users', data: { email: 'admin@example.test', password: 'admin-password-1', roles: ['admin'] } as never })
    await payload.create({ collection: 'users', data: { email: 'editor@example.test', password: 'editor-password-1', roles: ['editor'] } as never })
    for (let index = 0; index < 3; index++) {
      await payload.create({ collection: 'users', data: { email: `forgetful${index}@example.test`, password: 'forgetful-password-1', roles: ['editor'] } as never })
    }
    for (let index = 0; index < 3; index++) {
      const article = await payload.create({ collection: 'articles', data: { title: `编辑稿件${index}`, _status: 'draft' } as never })
      articleIds.push(article.id)
    }
    api = apiClient(payload.config)
    token = await api.login('editor@example.test', 'editor-password-1')
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bulletin-concurrent-'))
    if (haveSample) writeArchive(fs.readFileSync(sample, 'utf8'), dir, PAGES)
  }, SLOW)
  afterAll(async () => {
    await db?.stop()
    if (dir) fs.rmSync(dir, { recursive: true, force: true })
  })

  // A PRAGMA of SQLite's: the test exists only on SQLite (a skipped test would count as nothing on PostgreSQL).
  const itOnSqlite = onSqlite ? it : () => undefined
  itOnSqlite('applies the busy timeout and WAL to every SQLite connection, also after transactions took the first ones', async () => {
    const { payload } = db
    const client = (payload.db as unknown as { client: LibsqlClient }).client
    // Each Local API write runs in a transaction, which takes the client's connection away.
    for (let index = 0; index < 3; index++) {
      await payload.update({ collection: 'articles', id: articleIds[0] as number, data: { excerpt: `第${index}次` } as never })
    }
    const [timeout] = (await client.execute('PRAGMA busy_timeout')).rows
    expect(Object.values(timeout!)).toEqual([SQLITE_BUSY_TIMEOUT_MS])
    const [journal] = (await client.execute('PRAGMA journal_mode')).rows
    expect(journal!.journal_mode).toBe('wal')
  })

  it('answers forgot-password with 200 and stores the reset token', async () => {
    const response = await api.request('POST', '/users/forgot-password', { body: { email: 'forgetful0@example.test' } })
    expect({ status: response.status, body: response.body }).toMatchObject({ status: 200 })
    const [user] = (await db.payload.find({ collection: 'users', where: { email: { equals: 'forgetful0@example.test' } }, showHiddenFields: true, overrideAccess: true })).docs
    expect((user as unknown as { resetPasswordToken?: string }).resetPasswordToken).toMatch(/^[0-9a-f]{40}$/)
  })

  itWithSample('lets every editor save and forgot-password succeed while an import runs in another process', async () => {
    const { child, done } = startImportCli(['--json', dir], db.databaseUrl)
    // Start saving once the importer is writing (it reports each page on stderr).
    const importing = new Promise<void>((resolve) => {
      let seen = ''
      child.stderr!.on('data', (chunk) => {
        seen += chunk
        if (/^import: 1\/\d+ imported /m.test(seen)) resolve()
      })
      child.on('close', () => resolve())
    })
    let finished = false
    void done.then(() => (finished = true))
    await importing

    const statuses: Array<{ what: string; status: number; ms: number; body?: unknown }> = []
    const save = async (worker: number, round: number) => {
      const id = articleIds[worker % articleIds.length]
      const started = Date.now()
      const response = await api.request('PATCH', `/articles/${String(id)}`, { body: { title: `编辑稿件${worker}-${round}` }, as: { token } })
      statuses.push({ what: `PATCH ${String(id)}`, status: response.status, ms: Date.now() - started, body: response.status === 200 ? undefined : response.body })
    }
    // libsql answers synchronously: without a pause the loop would never let the event
    // loop see the importer exit. 20 ms is also about an editor's pace at its busiest.
    const pause = () => new Promise((resolve) => setTimeout(resolve, 20))
    const worker = async (index: number) => {
      for (let round = 0; !finished; round++) {
        await save(index, round)
        await pause()
      }
    }
    const forgot = async () => {
      for (let index = 1; index < 3 && !finished; index++) {
        const started = Date.now()
        const response = await api.request('POST', '/users/forgot-password', { body: { email: `forgetful${index}@example.test` } })
        statuses.push({ what: 'forgot-password', status: response.status, ms: Date.now() - started, body: response.status === 200 ? undefined : response.body })
      }
    }
    await Promise.all([worker(0), worker(1), worker(2), forgot()])
    const result = await done

    expect(result.code).toBe(0)
    const report = JSON.parse(result.stdout)
    expect(report.totals.failed).toBe(0)
    expect(report.files.filter((file: { status: string }) => file.status === 'imported')).toHaveLength(PAGES)
    // The saves really overlapped the import (several per worker), and none failed.
    expect(statuses.filter((entry) => entry.what.startsWith('PATCH')).length).toBeGreaterThanOrEqual(6)
    expect(statuses.filter((entry) => entry.status !== 200)).toEqual([])
  }, SLOW)
})

