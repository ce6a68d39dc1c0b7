/**
 * The only part of the importer that talks to Payload: articles, people and events through
 * the Local API (so hooks, validation, versions and access rules apply on every adapter),
 * the importer's own bookkeeping through the adapter (bookkeeping.ts says why). One page =
 * one transaction carried by `req`: read the page's existing records, plan, write, commit.
 * A failure anywhere rolls the whole page back.
 */
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
  type Where,
} from 'payload'
import { findRows, writeRow } from './bookkeeping'
import type { DesiredPage } from './desired'
import type { ImportCollection } from './fields'
import { stableStringify } from './fields'
import { personKey } from './keys'
import {
  planImport,
  type ExistingDoc,
  type ExistingRecord,
  type ExistingState,
  type ImportPlan,
  type PlanOptions,
  type WrittenMap,
} from './plan'
import { refsIn, resolveRefs } from './refs'

/**
 * Passed as `context` on every write: hooks can tell a mass import from an editor's save
 * and skip side effects (revalidation, notifications) that make no sense per record.
 */
export const IMPORT_CONTEXT = { bulkImport: true } as const

export interface ImportPageOptions extends PlanOptions {
  /** Plan against the database but write nothing. */
  dryRun?: boolean
  /** Attempts for a page whose unique key another process took first. */
  maxAttempts?: number
  /** How long to keep retrying a page while the database is busy (ms). */
  busyBudgetMs?: number
  /**
   * The same page (same bytes) as an earlier import with other options derived it. A page's
   * identity is its bytes: re-imported with a corrected publication or issue date, its
   * records are found under the keys the earlier options gave them and updated in place.
   */
  pageUnder?: (options: { publication: string | null; issueDate: string }) => DesiredPage
  /** Told each time the page is tried again, and why (the worker reports them: contention between workers). */
  onRetry?: (reason: 'busy' | 'taken') => void
}

// Payload's generated types are not part of this module's contract (the lead regenerates
// them); the Local API is called with loosely typed data and ids on purpose.
type LooseDoc = Record<string, unknown> & { id: unknown }
type LooseLocalApi = {
  find(args: Record<string, unknown>): Promise<{ docs: LooseDoc[] }>
  create(args: Record<string, unknown>): Promise<LooseDoc>
  update(args: Record<string, unknown>): Promise<LooseDoc>
}
const api = (payload: Payload) => payload as unknown as LooseLocalApi

async function findAll(payload: Payload, req: PayloadRequest, collection: string, where: Where, extra: Record<string, unknown> = {}) {
  const result = await api(payload).find({ collection, where, pagination: false, depth: 0, joins: false, req, overrideAccess: true, ...extra })
  return result.docs
}

/** Reads what the database holds for one page's keys: a handful of batched queries. */
/**
 * New key → the key the same record had when this page was imported with other options:
 * records of one collection in the order the page lists them (same bytes, same parse,
 * only the keys' publication or dates differ). A collection whose count differs (two
 * events that fall on one day under one date and not the other) is not matched.
 */
function earlierKeys(page: DesiredPage, earlier: DesiredPage): Map<string, string> {
  const mapping = new Map<string, string>()
  for (const collection of ['articles', 'people', 'events'] as const) {
    const now = page.records.filter((record) => record.collection === collection)
    const before = earlier.records.filter((record) => record.collection === collection)
    if (now.length !== before.length) continue
    now.forEach((record, index) => {
      if (record.key !== before[index]!.key) mapping.set(record.key, before[index]!.key)
    })
  }
  return mapping
}

/** What the plan reads of a page's bulletins row (not its stored bytes). */
const BULLETIN_FIELDS = { source: true, publication: true, issueDate: true, importedUnder: true, articles: true } as const

export async function readExistingState(
  payload: Payload,
  req: PayloadRequest,
  page: DesiredPage,
  pageUnder?: ImportPageOptions['pageUnder'],
): Promise<ExistingState> {
  const keys = page.records.map((record) => record.key)
  const collectionOf = new Map(page.records.map((record) => [record.key, record.collection]))
  const records = new Map<string, ExistingRecord>()
  const recordOf = (row: LooseDoc): ExistingRecord => ({
    id: row.id,
    key: String(row.key),
    docId: String(row.docId ?? ''),
    written: (row.written && typeof row.written === 'object' ? row.written : {}) as WrittenMap,
    bulletin: typeof row.bulletin === 'string' ? row.bulletin : null,
  })
  for (const row of await findRows(payload, req, 'import-records', { key: { in: keys } })) records.set(String(row.key), recordOf(row))

  const [bulletinDoc] = await findRows(payload, req, 'bulletins', { sha256: { equals: page.sha256 } }, BULLETIN_FIELDS)
  if (bulletinDoc && pageUnder) {
    // What the page was last imported under: an editor who corrects the bulletin's own fields
    // before a re-import leaves the earlier values in `importedUnder` (Bulletins' takePageFile).
    const under = (bulletinDoc.importedUnder ?? bulletinDoc) as { publication?: unknown; issueDate?: unknown }
    const before = { publication: (under.publication as string | null) || null, issueDate: String(under.issueDate ?? '').slice(0, 10) }
    if (before.issueDate && (before.publication !== page.publication || before.issueDate !== page.issueDate)) {
      const mapping = earlierKeys(page, pageUnder(before))
      const missing = [...mapping].filter(([key]) => !records.has(key))
      if (missing.length) {
        const newKeyOf = new Map(missing.map(([key, old]) => [old, key]))
        for (const row of await findRows(payload, req, 'import-records', { key: { in: [...newKeyOf.keys()] } })) {
          // The stored key stays on the record until the plan rewrites it (see planRecord).
          records.set(newKeyOf.get(String(row.key))!, recordOf(row))
        }
      }
    }
  }

  const docs = new Map<string, ExistingDoc>()
  const idsBy: Record<ImportCollection, string[]> = { articles: [], people: [], events: [] }
  // Several keys can name one document: a merged person's key names the kept person.
  const keysByDoc = new Map<string, string[]>()
  for (const [key, record] of records) {
    const collection = collectionOf.get(key)
    if (!collection || !record.docId) continue
    idsBy[collection].push(record.docId)
    const keys = keysByDoc.get(`${collection}:${record.docId}`) ?? []
    keys.push(key)
    keysByDoc.set(`${collection}:${record.docId}`, keys)
  }
  const adopt = (collection: ImportCollection, doc: LooseDoc, published?: boolean) => {
    for (const key of keysByDoc.get(`${collection}:${String(doc.id)}`) ?? []) docs.set(key, { id: doc.id, doc, published })
  }
  if (idsBy.people.length) for (const doc of await findAll(payload, req, 'people', { id: { in: idsBy.people } })) adopt('people', doc)
  if (idsBy.events.length) for (const doc of await findAll(payload, req, 'events', { id: { in: idsBy.events } })) adopt('events', doc)
  if (idsBy.articles.length) {
    // The live document says whether it is published; the latest version (drafts
    // included) is what an editor last saved, and what the page is compared with.
    const live = await findAll(payload, req, 'articles', { id: { in: idsBy.articles } }, { select: { _status: true } })
    const published = new Set(live.filter((doc) => doc._status === 'published').map((doc) => String(doc.id)))
    const latest = await findAll(payload, req, 'articles', { id: { in: idsBy.articles } }, { draft: true })
    for (const doc of latest) adopt('articles', doc, published.has(String(doc.id)))
  }

  // People the importer has no record of may still exist: created by hand, or renamed by
  // an editor who kept the printed name as an alias.
  const unrecorded = page.records.filter((record) => record.collection === 'people' && !records.has(record.key))
  if (unrecorded.length) {
    const names = unrecorded.map((record) => String(record.fields.name))
    const nameKeys = unrecorded.map((record) => record.key.slice('person:'.length))
    const wanted = new Set(unrecorded.map((record) => record.key))
    const found = await findAll(payload, req, 'people', {
      or: [{ nameKey: { in: nameKeys } }, { 'aliases.name': { in: names } }],
    })
    for (const doc of found) {
      const candidates = [String(doc.nameKey ?? ''), ...((doc.aliases as Array<{ name?: string }> | undefined) ?? []).map((alias) => String(alias.name ?? ''))]
      for (const candidate of candidates) {
        const key = candidate.startsWith('person:') ? candidate : personKey(candidate)
        if (wanted.has(key) && !docs.has(key)) docs.set(key, { id: doc.id, doc })
      }
    }
  }

  // The issue dates of the other pages the records are credited to (plan.ts creditedPage).
  const pageDates = new Map<string, string>()
  const credited = [...new Set([...records.values()].map((record) => record.bulletin).filter((sha): sha is string => Boolean(sha) && sha !== page.sha256))]
  if (credited.length) {
    for (const row of await findRows(payload, req, 'bulletins', { sha256: { in: credited } }, { sha256: true, issueDate: true })) {
      if (row.issueDate) pageDates.set(String(row.sha256), String(row.issueDate).slice(0, 10))
    }
  }

  return { records, docs, bulletin: bulletinDoc ? { id: bulletinDoc.id, doc: bulletinDoc } : null, pageDates }
}

/**
 * Writes a plan inside the transaction carried by `req`. Returns the `importedAt` stamped
 * on the page's bulletins row (written whenever anything of the page is), or null when
 * the plan writes nothing: importPage reads it back after the commit to prove the commit
 * happened.
 */
/** A write's error (a field too long for Payload's validation) says which record and which line of the page it came from. */
function namingRecord(error: unknown, record: { collection: string; label: string; data: Record<string, unknown> }): unknown {
  if (!(error instanceof Error)) return error
  const line = (record.data.source as { line?: unknown } | undefined)?.line
  error.message = `${record.collection} "${record.label.slice(0, 40)}"${typeof line === 'number' ? ` (line ${line})` : ''}: ${error.message}`
  return error
}

/**
 * Lets the event loop run between two writes. Why: on SQLite the driver is synchronous behind
 * its promises, so a page's writes never reach the event loop's I/O phase; without this a
 * file read or a message from the parse-ahead thread started during a page is only seen when
 * the page ends, and runImport's read and parse ahead overlap nothing (`npm run bench --
 * import`, SQLite, 40 pages: the importer waited 0.6 s for parses the thread had been given
 * too late; 0.1 s with this). One turn of the loop costs microseconds against a write's milliseconds.
 */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve))

export async function persistPlan(payload: Payload, plan: ImportPlan, req: PayloadRequest): Promise<string | null> {
  const ids = new Map<string, unknown>()
  for (const record of plan.records) if (record.docId !== null && record.docId !== undefined) ids.set(record.key, record.docId)
  const resolve = (key: string) => {
    if (!ids.has(key)) throw new Error(`import: link to ${key} before it was written`)
    return ids.get(key)
  }
  // select id only: the importer never reads what a write returns, so Payload can skip populating it.
  const common = { req, depth: 0, overrideAccess: true, context: IMPORT_CONTEXT, select: { id: true } }
  const deferred: Array<{ collection: ImportCollection; key: string; data: Record<string, unknown> }> = []

  for (const record of plan.records) {
    if (record.action !== 'create' && record.action !== 'update') continue
    // Fields linking to records created later in this page (a person's position points
    // to an article that links back to the person) are written in a second pass.
    const now: Record<string, unknown> = {}
    const later: Record<string, unknown> = {}
    for (const [field, value] of Object.entries(record.data)) {
      const pending = [...refsIn(value)].some((key) => !ids.has(key))
      ;(pending ? later : now)[field] = value
    }
    if (Object.keys(later).length) deferred.push({ collection: record.collection, key: record.key, data: later })
    await yieldToEventLoop()
    try {
      if (record.action === 'create') {
        const created = await api(payload).create({ collection: record.collection, data: resolveRefs(now, resolve), ...common })
        ids.set(record.key, created.id)
      } else if (Object.keys(now).length) {
        await api(payload).update({
          collection: record.collection,
          id: record.docId,
          data: resolveRefs(now, resolve),
          draft: record.saveAsDraftVersion,
          ...common,
        })
      }
    } catch (error) {
      throw namingRecord(error, record)
    }
  }
  for (const pending of deferred) {
    const planned = plan.records.find((record) => record.key === pending.key)!
    await api(payload).update({
      collection: pending.collection,
      id: ids.get(pending.key),
      data: resolveRefs(pending.data, resolve),
      draft: planned.saveAsDraftVersion,
      ...common,
    })
  }

  for (const record of plan.records) {
    if (record.importRecord.action === 'none') continue
    const data = { collection: record.collection, key: record.key, docId: String(ids.get(record.key)), written: record.written, bulletin: record.bulletin }
    await writeRow(payload, req, 'import-records', record.importRecord.action === 'create' ? null : record.importRecord.id, data)
  }

  const wroteRecords = plan.records.some((record) => record.action === 'create' || record.action === 'update' || record.importRecord.action !== 'none')
  if (plan.bulletin.action === 'unchanged' && !wroteRecords) return null
  const importedAt = new Date().toISOString()
  const data = { ...(resolveRefs(plan.bulletin.data, resolve) as Record<string, unknown>), importedAt }
  await writeRow(payload, req, 'bulletins', plan.bulletin.action === 'create' ? null : plan.bulletin.id, data)
  return importedAt
}

/**
 * Opens the page's transaction. On PostgreSQL at REPEATABLE READ: two workers importing
 * pages that share a person both read the person, then both write it; at the default READ
 * COMMITTED the second write would silently replace the first (its plan was made from the
 * row before the first commit: a lost position or role). At REPEATABLE READ the second
 * write fails with a serialization error (40001), and the page is retried from a fresh
 * read like a busy database. SQLite serialises writers already; elsewhere the adapter's default.
 */
async function beginPageTransaction(payload: Payload, req: PayloadRequest): Promise<void> {
  if (payload.db.name !== 'postgres') {
    await initTransaction(req)
    return
  }
  const id = await payload.db.beginTransaction({ isolationLevel: 'repeatable read' } as never)
  if (id) req.transactionID = id
}

/** Thrown when a commit did not stick; importPage retries the page like a busy database. */
class CommitLostError extends Error {
  readonly code = 'SQLITE_BUSY'
}

/**
 * drizzle's transaction wrapper (@payloadcms/drizzle 3.90.2, transactions/beginTransaction)
 * swallows an error thrown by COMMIT, so `commitTransaction` can return although the page
 * was rolled back. Reading the page's marker row back is the only way to know.
 */
async function assertCommitted(payload: Payload, sha256: string, importedAt: string): Promise<void> {
  const req = await createLocalReq({ context: { ...IMPORT_CONTEXT } }, payload)
  const [row] = await findRows(payload, req, 'bulletins', { sha256: { equals: sha256 } }, { importedAt: true })
  const stored = row?.importedAt ? new Date(String(row.importedAt)).toISOString() : null
  if (stored !== importedAt) throw new CommitLostError(`the commit of ${sha256.slice(0, 12)}… did not persist (database busy); retrying`)
}

/** The error, its causes, and the validation messages Payload wraps around them. */
function errorChain(error: unknown): string {
  const parts: string[] = []
  let current: unknown = error
  for (let depth = 0; current && depth < 6; depth++) {
    const item = current as { message?: string; code?: string; data?: { errors?: Array<{ message?: string }> }; cause?: unknown }
    parts.push(`${item.code ?? ''} ${item.message ?? ''}`)
    for (const detail of item.data?.errors ?? []) parts.push(detail.message ?? '')
    current = item.cause
  }
  return parts.join(' | ')
}

/**
 * Why a page's transaction failed, when it is worth trying again from a fresh read:
 * `busy` — the database is locked by another writer (SQLite) or picked this transaction
 * as a deadlock/serialisation victim (PostgreSQL); `taken` — another process created one
 * of the page's records first (a unique import key, name key, slug or page hash).
 */
export function retryableWriteError(error: unknown): 'busy' | 'taken' | null {
  const chain = errorChain(error)
  if (/SQLITE_BUSY|database is locked|40P01|40001|deadlock detected|could not serialize/i.test(chain)) return 'busy'
  if (/23505|SQLITE_CONSTRAINT_UNIQUE|UNIQUE constraint failed|must be unique/i.test(chain)) return 'taken'
  return null
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** What a plan was made from, to tell whether a retry could plan anything different. */
function stateFingerprint(existing: ExistingState): string {
  return stableStringify({
    records: [...existing.records].map(([key, record]) => [key, record.id, record.docId, record.written]),
    docs: [...existing.docs].map(([key, doc]) => [key, doc.id, doc.published ?? null]),
    bulletin: existing.bulletin?.id ?? null,
  })
}

/**
 * Imports one page atomically: one transaction for the read, the plan and every write.
 * A page that lost a race is retried from a fresh read, with jittered back-off: a taken
 * key a few times (the second read sees the other process's records), a busy database
 * for as long as `busyBudgetMs` (another importer may hold SQLite's single write lock
 * for a whole page at a time). A taken key whose fresh read finds the same records as
 * the failed attempt cannot be cured by trying again (the page collides with something
 * it does not know, e.g. a slug an editor gave another article): it fails at once, as
 * does any other validation error.
 *
 * A dry run goes the same way, writes included, and rolls the transaction back instead
 * of committing: it reports what the real run would do, failures included. Where the
 * adapter has no transactions (MongoDB without a replica set) it only plans.
 */
export async function importPage(payload: Payload, page: DesiredPage, options: ImportPageOptions = {}): Promise<ImportPlan> {
  const maxTaken = options.maxAttempts ?? 5
  const busyDeadline = Date.now() + (options.busyBudgetMs ?? 120_000)
  let taken = 0
  let failedFrom: string | null = null
  let lastError: unknown = null
  for (let attempt = 1; ; attempt++) {
    const req = await createLocalReq({ context: { ...IMPORT_CONTEXT } }, payload)
    let plannedFrom: string | null = null
    try {
      await beginPageTransaction(payload, req)
      const inTransaction = Boolean(req.transactionID)
      const existing = await readExistingState(payload, req, page, options.pageUnder)
      plannedFrom = stateFingerprint(existing)
      if (failedFrom !== null && plannedFrom === failedFrom) throw lastError
      const plan = planImport(page, existing, options)
      if (options.dryRun && !inTransaction) return plan
      const marker = await persistPlan(payload, plan, req)
      if (options.dryRun) {
        await killTransaction(req)
        return plan
      }
      await commitTransaction(req)
      if (marker) await assertCommitted(payload, page.sha256, marker)
      return plan
    } catch (error) {
      await killTransaction(req)
      if (lastError !== null && error === lastError) throw error
      const reason = retryableWriteError(error)
      if (reason === 'taken') taken += 1
      const retry = (reason === 'taken' && taken < maxTaken) || (reason === 'busy' && Date.now() < busyDeadline)
      if (!retry) throw error
      options.onRetry?.(reason)
      if (reason === 'taken') {
        failedFrom = plannedFrom
        lastError = error
      }
      await sleep(Math.min(1_000, 20 * 2 ** Math.min(attempt, 6)) * (0.5 + Math.random()))
    }
  }
}
