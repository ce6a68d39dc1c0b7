/**
 * A page's identity is its bytes: re-imported with corrected options it updates its
 * records in place and reports what changed. And --dry-run predicts the real run: every
 * scenario runs dry first, then for real, and the two reports must be the same.
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { describeWithDatabase, type TestPayload } from '../../helpers/payload'
import type { ImportInput } from '../../../src/import/inputs'
import type { RunReport } from '../../../src/import/report'
import { runImport, type RunImportOptions } from '../../../src/import/run'
import { repoRoot } from './cli'
import { countAll, findAll, startImportTestPayload } from './support'

const SOURCE = 'samples/city-daily-2024-03-12.txt'
const bytes = fs.readFileSync(path.join(repoRoot, SOURCE))
const page = (): ImportInput => ({ source: SOURCE, read: async () => bytes })

/** Dry run, then the real run, of the same command; returns the real report after checking they agree. */
async function dryThenReal(payload: Payload, options: RunImportOptions, inputs: ImportInput[] = [page()]): Promise<RunReport> {
  const before = await countAll(payload)
  const dry = await runImport(payload, inputs, { ...options, dryRun: true })
  expect(await countAll(payload)).toEqual(before)
  const real = await runImport(payload, inputs, options)
  expect({ ...dry, dryRun: false }).toEqual(real)
  return real
}

await describeWithDatabase('import: re-import with corrected options, dry run = real run', () => {
  let db: TestPayload
  beforeAll(async () => {
    db = await startImportTestPayload()
  })
  afterAll(async () => {
    await db?.stop()
  })

  it('fresh, then unchanged', async () => {
    const fresh = await dryThenReal(db.payload, {})
    expect(fresh.files[0]).toMatchObject({ status: 'imported', error: null })
    expect(fresh.totals.created.articles).toBeGreaterThan(0)
    const again = await dryThenReal(db.payload, {})
    expect(again.files[0]).toMatchObject({ status: 'unchanged', created: { articles: 0, people: 0, events: 0 }, updated: { articles: 0, people: 0, events: 0 } })
  })

  it('a corrected --publication updates the same records in place and reports the field changed', async () => {
    const { payload } = db
    const before = await countAll(payload)
    const corrected = await dryThenReal(payload, { publication: '澜江日报' })
    expect(corrected.files[0]).toMatchObject({ status: 'imported', error: null, created: { articles: 0, people: 0, events: 0 } })
    expect(corrected.files[0]!.updated.articles).toBe(before.articles)
    expect(corrected.files[0]!.changes.filter((change) => change.collection === 'articles').map((change) => change.fields)).toEqual(
      Array(before.articles).fill(['publication']),
    )
    expect(await countAll(payload)).toEqual(before)
    expect((await findAll(payload, 'articles', { draft: true })).map((doc) => doc.publication)).toEqual(Array(before.articles).fill('澜江日报'))
    const again = await dryThenReal(payload, { publication: '澜江日报' })
    expect(again.files[0]!.status).toBe('unchanged')
  })

  it('a corrected --issue-date moves articles and events without duplicating them', async () => {
    const { payload } = db
    const before = await countAll(payload)
    const corrected = await dryThenReal(payload, { publication: '澜江日报', issueDate: '2024-03-13' })
    expect(corrected.files[0]).toMatchObject({ status: 'imported', error: null, created: { articles: 0, events: 0 } })
    expect(await countAll(payload)).toEqual(before)
    const days = new Set((await findAll(payload, 'articles', { draft: true })).map((doc) => String(doc.issueDate).slice(0, 10)))
    expect([...days]).toEqual(['2024-03-13'])
    await dryThenReal(payload, { publication: '澜江日报' })
    expect(await countAll(payload)).toEqual(before)
  })

  it("keeps a field an editor changed (a conflict) and skips a record an editor deleted, in both runs alike", async () => {
    const { payload } = db
    const [article] = await findAll(payload, 'articles', { draft: true, limit: 1, pagination: true, sort: 'id' })
    await payload.update({ collection: 'articles', id: article!.id as number, data: { publication: '澜江晚报（编辑）' } as never, draft: true })
    const [event] = await findAll(payload, 'events', { limit: 1, pagination: true, sort: 'id', joins: false })
    await payload.delete({ collection: 'events', id: event!.id as number })
    const report = await dryThenReal(payload, { publication: '澜江都市报' })
    expect(report.files[0]!.status).toBe('imported')
    expect(report.files[0]!.conflicts).toEqual([expect.objectContaining({ collection: 'articles', id: String(article!.id), fields: ['publication'], kept: 'editor' })])
    expect(report.files[0]!.skipped.events).toBe(1)
    const kept = await payload.findByID({ collection: 'articles', id: article!.id as number, draft: true, depth: 0 })
    expect(kept.publication).toBe('澜江晚报（编辑）')
    const restored = await dryThenReal(payload, { publication: '澜江都市报', restoreDeleted: true })
    expect(restored.files[0]!.created.events).toBe(1)
  })

  it('fails at once, in both runs alike, on a validation error retrying cannot cure', async () => {
    const { payload } = db
    // Another page whose first article's every slug an editor already gave articles of their
    // own: the readable form, its numbered variants (-2 … -5) and the positional last resort.
    const text = '市领导调研秋粮收购\n\n本报讯（记者 董艳竹）昨日，市领导王建华到中牟县调研秋粮收购工作。\n'
    const other: ImportInput = { source: 'other-2024-04-02.txt', read: async () => Buffer.from(text) }
    const { createHash } = await import('node:crypto')
    const readable = '2024-04-02-shi-ling-dao-diao-yan-qiu-liang-shou-gou'
    const positional = `2024-04-02-${createHash('sha256').update(text).digest('hex').slice(0, 8)}-01`
    for (const slug of [readable, ...[2, 3, 4, 5].map((n) => `${readable}-${n}`), positional]) {
      await payload.create({ collection: 'articles', data: { title: '编辑的稿子', slug } as never, draft: true })
    }
    // Count the page's attempts: each reads the page's bulletins row once (through the
    // adapter: the importer's bookkeeping, src/import/bookkeeping.ts).
    const local = payload.db as unknown as { find: (args: { collection: string; where?: { sha256?: unknown } }) => Promise<unknown> }
    const find = local.find.bind(payload.db)
    let attempts = 0
    local.find = (args) => {
      if (args.collection === 'bulletins' && args.where?.sha256) attempts += 1
      return find(args)
    }
    try {
      const report = await dryThenReal(payload, {}, [other])
      expect(report.files[0]).toMatchObject({ status: 'failed', error: expect.stringMatching(/slug/) })
    } finally {
      local.find = find
    }
    // Each run tries once, re-reads once, sees nothing new and gives up (before: 5 attempts each).
    expect(attempts).toBe(4)
  })
})
