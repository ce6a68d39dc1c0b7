import type { CollectionAfterChangeHook } from 'payload'
import { IMPORT_PAGE_TASK, IMPORT_QUEUE } from '../../../jobs/importPageTask'

/**
 * Queues the page's import as a job when a save marked the bulletin `queued` (takePageFile
 * does: a new page file, or a corrected issue date, publication or page number). The
 * save's own `req` carries its transaction, so the job row exists only if the bulletin's
 * write committed. A bulletin already queued gets no second job: the one waiting reads the
 * bulletin's latest fields when it runs.
 */
export const queueImport: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (doc.importStatus !== 'queued' || previousDoc?.importStatus === 'queued') return doc
  await req.payload.jobs.queue({
    task: IMPORT_PAGE_TASK,
    queue: IMPORT_QUEUE,
    input: { bulletin: String(doc.id) },
    req,
    overrideAccess: true,
  })
  return doc
}
