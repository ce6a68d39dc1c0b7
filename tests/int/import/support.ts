/**
 * Shared pieces of the importer's integration tests: importing a parsed page through the
 * real persist path, varying the hand-built page, and a snapshot of the whole database
 * in which ids and timestamps are replaced by import keys, so two databases filled in
 * different ways can be compared record by record.
 */
import type { Config, Payload } from 'payload'
import { startTestPayload, type TestPayload } from '../../helpers/payload'
import type { ParsedBulletin } from '../../../src/bulletin/types'
import { desiredPageFromBulletin } from '../../../src/import/desired'
import { importPage, type ImportPageOptions } from '../../../src/import/persist'
import { fileReportFromPlan, type FileReport } from '../../../src/import/report'
import { withSqliteTransactions } from '../../../src/import/sqliteTransactions'
import { parsedPage } from '../../unit/import/parsedPage'

export { parsedPage }

/** A fresh database with the app's config as the import CLI runs it (transactions on SQLite too). */
export function startImportTestPayload(options: { key?: string; configure?: (config: Config) => Config } = {}): Promise<TestPayload> {
  return startTestPayload({
    key: options.key,
    configure: (config) => withSqliteTransactions(options.configure ? options.configure(config) : config),
  })
}

export async function importParsed(payload: Payload, parsed: ParsedBulletin, options: ImportPageOptions = {}): Promise<FileReport> {
  return fileReportFromPlan(await importPage(payload, desiredPageFromBulletin(parsed), options))
}

type Doc = Record<string, unknown> & { id: unknown }

export async function findAll(payload: Payload, collection: string, extra: Record<string, unknown> = {}): Promise<Doc[]> {
  const result = await (payload as unknown as { find(args: Record<string, unknown>): Promise<{ docs: Doc[] }> }).find({
    collection,
    pagination: false,
    depth: 0,
    ...extra,
  })
  return result.docs
}

export async function countAll(payload: Payload) {
  const count = async (collection: string) => (await findAll(payload, collection)).length
  return {
    articles: await count('articles'),
    people: await count('people'),
    events: await count('events'),
    importRecords: await count('import-records'),
    bulletins: await count('bulletins'),
  }
}

export async function versionCount(payload: Payload): Promise<number> {
  const versions = await (payload as unknown as { findVersions(args: Record<string, unknown>): Promise<{ totalDocs: number }> }).findVersions({
    collection: 'articles',
    limit: 1,
  })
  return versions.totalDocs
}

const TIMESTAMPS = new Set(['id', 'createdAt', 'updatedAt', 'importedAt'])

/**
 * Every article, person, event, import record and bulletin, with links written as the
 * linked record's import key and without ids or timestamps; sorted by key.
 */
export async function databaseSnapshot(payload: Payload): Promise<Record<string, unknown>> {
  const records = await findAll(payload, 'import-records')
  const keyOf = new Map(records.map((record) => [`${record.collection}:${record.docId}`, String(record.key)]))
  const link = (collection: string) => (id: unknown) => keyOf.get(`${collection}:${String(id)}`) ?? `unknown ${collection} ${String(id)}`
  const strip = (value: unknown, links: Record<string, (id: unknown) => string>): unknown => {
    if (Array.isArray(value)) return value.map((item) => strip(item, links))
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value)
          .filter(([name]) => !TIMESTAMPS.has(name))
          .map(([name, item]) => {
            const toKey = links[name]
            if (toKey && item !== null && item !== undefined) return [name, Array.isArray(item) ? item.map(toKey) : toKey(item)]
            return [name, strip(item, links)]
          }),
      )
    }
    return value
  }
  const byKey = (collection: string, docs: Doc[], links: Record<string, (id: unknown) => string>) =>
    Object.fromEntries(
      docs
        .map((doc) => [keyOf.get(`${collection}:${String(doc.id)}`) ?? `unrecorded ${collection} ${String(doc.name ?? doc.title)}`, strip(doc, links)] as const)
        .sort(([a], [b]) => (a < b ? -1 : 1)),
    )
  const noJoins = { joins: false }
  return {
    articles: byKey('articles', await findAll(payload, 'articles', { draft: true }), {
      reporters: link('people'),
      people: link('people'),
      events: link('events'),
    }),
    people: byKey('people', await findAll(payload, 'people', noJoins), { article: link('articles') }),
    events: byKey('events', await findAll(payload, 'events', noJoins), { person: link('people') }),
    importRecords: records
      .map((record) => ({ key: record.key, collection: record.collection, written: record.written, bulletin: record.bulletin }))
      .sort((a, b) => (String(a.key) < String(b.key) ? -1 : 1)),
    bulletins: (await findAll(payload, 'bulletins'))
      .map((bulletin) => strip(bulletin, { articles: link('articles') }))
      .sort((a, b) => (String((a as Doc).sha256) < String((b as Doc).sha256) ? -1 : 1)),
  }
}
