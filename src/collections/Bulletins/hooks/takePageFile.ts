import { createHash } from 'node:crypto'
import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { MAX_PAGE_BYTES } from '../../../import/inputs'
import { IMPORT_CONTEXT } from '../../../import/persist'

/** The fields an editor may correct that change how a stored page is imported. */
const IMPORT_OPTIONS = ['issueDate', 'publication', 'page'] as const

const refuse = (message: string) => new ValidationError({ collection: 'bulletins', errors: [{ path: 'file', message }] })

/**
 * An uploaded page file becomes the bulletin's identity and its stored bytes:
 * - `sha256` of the bytes, the importer's key for the page (the same hash the parser takes);
 * - `pageBytes`, the bytes in base64 in the database, so an import job on any machine can
 *   read the page with nothing but DATABASE_URL (the copy on the web server's disk is for
 *   downloading the original; a worker elsewhere cannot see it);
 * - `importStatus: 'queued'`, on which queueImport queues the job after the write.
 * The same bytes uploaded again are refused, naming the bulletin that has them: a re-upload
 * changes nothing. A stored bulletin keeps its file (another file is another page: upload it
 * as a new bulletin); correcting its issue date, publication or page number queues it again.
 * Nobody but this hook writes `pageBytes`; the importer's own writes pass through untouched.
 */
export const takePageFile: CollectionBeforeChangeHook = async ({ data, req, operation, originalDoc, context }) => {
  if (context[Object.keys(IMPORT_CONTEXT)[0]!]) return data
  const file = req.file
  if (!file?.data?.length) {
    delete data.pageBytes
    // A person (admin, REST) creates a bulletin by uploading its page; trusted code (the
    // import CLI, scripts) may write a row without one.
    if (operation === 'create' && req.user) throw refuse('Choose a page file (a .txt file) to upload.')
    const corrected = operation === 'update' && originalDoc?.sha256 && IMPORT_OPTIONS.some((field) => field in data && String(data[field] ?? '').slice(0, 10) !== String(originalDoc[field] ?? '').slice(0, 10))
    if (corrected) {
      data.importStatus = 'queued'
      // The importer finds the page's records under the keys the earlier values gave them;
      // kept until the re-import (a second correction before it keeps the first values).
      data.importedUnder = originalDoc.importedUnder ?? { publication: originalDoc.publication ?? null, issueDate: originalDoc.issueDate ?? null }
    }
    return data
  }
  if (file.data.length > MAX_PAGE_BYTES) throw refuse(`The page is over ${MAX_PAGE_BYTES / 1024 / 1024} MB; pages that large are refused.`)
  const sha256 = createHash('sha256').update(file.data).digest('hex')
  if (operation === 'update' && originalDoc?.sha256 && originalDoc.sha256 !== sha256) {
    throw refuse('A bulletin keeps the page it was uploaded with: upload another page as a new bulletin.')
  }
  if (operation === 'create') {
    const same = await req.payload.find({
      collection: 'bulletins',
      where: { sha256: { equals: sha256 } },
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
      select: { filename: true, source: true },
    })
    const existing = same.docs[0]
    if (existing) {
      throw refuse(`This page was already uploaded as bulletin ${existing.id} (${existing.filename ?? existing.source ?? 'no file name'}); nothing was changed.`)
    }
  }
  data.sha256 = sha256
  data.pageBytes = file.data.toString('base64')
  data.source = file.name
  data.importStatus = 'queued'
  data.importResult = null
  return data
}
