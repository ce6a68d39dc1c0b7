/**
 * The `importPage` job: imports one stored bulletin (an uploaded or queued page) through
 * the importer's one path (`importInput` → parse → plan → persist, one transaction per
 * page) and records the outcome on the bulletin (`importStatus`, `importResult`).
 *
 * The job's input is only the bulletin's id: the page's bytes live on the bulletin row
 * (`pageBytes`, in the database), so a worker on any machine with DATABASE_URL can run it.
 * A job run twice (Payload can hand one job to two workers, payload#11865; a requeued job
 * whose worker was only slow) is harmless: the page transaction makes the second run find
 * every record unchanged (or lose the race for a unique key and retry to the same end), and
 * the bulletin keeps the report of the run that imported the page (see importStoredBulletin).
 */
import { EventEmitter } from 'node:events'
import type { Payload, TaskConfig } from 'payload'
import { blankFileReport, type FileReport } from '../import/report'
import { importInput } from '../import/run'

export const IMPORT_PAGE_TASK = 'importPage'

/** The queue `npm run import -- --queue`, uploads and `npm run worker` use unless told otherwise. */
export const IMPORT_QUEUE = 'imports'

/**
 * Every page a job finished in this process, with its report: `npm run worker` prints a
 * line per page from it (a job's own log row may already be deleted when run() returns).
 */
export const importedPages = new EventEmitter<{ page: [report: FileReport, bulletinId: string | number] }>()

type StoredBulletin = {
  id: number | string
  filename?: string | null
  source?: string | null
  publication?: string | null
  issueDate?: string | null
  page?: string | null
  pageBytes?: string | null
  importStatus?: string | null
}

/** A bulletin whose import finished: only a save that queues it again (status queued) asks for another. */
const finished = (status: string | null | undefined) => status === 'imported' || status === 'failed'

/**
 * The job's reads and writes of the bulletin row go through the database adapter, not the
 * Local API. Why: the row's import fields (status, report) are the importer's bookkeeping
 * (issue 11, "the decision on speed"; src/import/bookkeeping.ts); the Bulletins hooks must
 * not act on them (a status write is no new page file and must queue no import; the adapter
 * runs no hooks), and the Local API's per-call work
 * on an upload collection (access, the read of the row before an update, afterRead and the
 * file URL of the result) was paid three times a page by every worker for nothing.
 */
async function setStatus(payload: Payload, id: number | string, data: Record<string, unknown>): Promise<void> {
  await payload.db.updateOne({ collection: 'bulletins', id, data, returning: false })
}

async function readBulletin(payload: Payload, id: number | string, select?: Record<string, true>): Promise<StoredBulletin | null> {
  return (await payload.db.findOne({ collection: 'bulletins', where: { id: { equals: id } }, ...(select ? { select } : {}) })) as StoredBulletin | null
}

async function statusOf(payload: Payload, id: number | string): Promise<string | null> {
  return (await readBulletin(payload, id, { importStatus: true }))?.importStatus ?? null
}

/** Runs the import of one bulletin and stores its report on it; returns the report. */
export async function importStoredBulletin(payload: Payload, id: number | string): Promise<FileReport> {
  const bulletin = await readBulletin(payload, id)
  if (!bulletin) throw new Error(`bulletin ${id} does not exist (deleted after it was queued?)`)
  // The name as uploaded (the stored file may be renamed to keep names unique on disk).
  const source = bulletin.source || bulletin.filename || `bulletin-${id}.txt`
  if (finished(bulletin.importStatus)) {
    // Another run of this job (a twin, or the slow run of a requeued job) finished the page
    // already; its report stays on the bulletin. Every queuing save marks the bulletin queued.
    const report: FileReport = { ...blankFileReport(source, null, 'unchanged', null), warnings: ['already imported by another run of this job'] }
    importedPages.emit('page', report, id)
    return report
  }
  await setStatus(payload, id, { importStatus: 'importing' })
  const bytes = bulletin.pageBytes ? Buffer.from(bulletin.pageBytes, 'base64') : null
  const report = await importInput(
    payload,
    {
      source,
      read: async () => {
        if (!bytes) throw new Error('the bulletin holds no page file')
        return bytes
      },
    },
    {
      issueDate: bulletin.issueDate ? bulletin.issueDate.slice(0, 10) : null,
      publication: bulletin.publication || null,
      page: bulletin.page || null,
      today: new Date().toLocaleDateString('sv'),
    },
  )
  if (report.status === 'unchanged' && (await statusOf(payload, id)) === 'imported') {
    // A twin run imported the page while this one waited for its locks: keep the twin's report.
    importedPages.emit('page', report, id)
    return report
  }
  await setStatus(payload, id, { importStatus: report.status === 'failed' ? 'failed' : 'imported', importResult: report })
  importedPages.emit('page', report, id)
  return report
}

export const importPageTask: TaskConfig<{ input: { bulletin: string }; output: { status: string } }> = {
  slug: IMPORT_PAGE_TASK,
  label: 'Import a page',
  // The id as text: numbers on SQL, strings on MongoDB; findByID takes either form.
  inputSchema: [{ name: 'bulletin', type: 'text', required: true }],
  outputSchema: [{ name: 'status', type: 'text' }],
  // A failed page fails for a reason a retry cannot cure (no issue date, not text); a busy
  // database is already retried inside importPage.
  retries: 0,
  handler: async ({ input, req }) => {
    const report = await importStoredBulletin(req.payload, input.bulletin)
    // Thrown so the job is marked failed too; the reason is already stored on the bulletin.
    if (report.status === 'failed') throw new Error(report.error ?? 'import failed')
    return { output: { status: report.status } }
  },
}
