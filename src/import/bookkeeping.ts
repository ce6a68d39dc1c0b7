/**
 * The importer's own bookkeeping: the `import-records` rows and the `bulletins` row of a
 * page, read and written through the database adapter (`payload.db`), not the Local API.
 *
 * Why (issue 11, "the decision on speed"): these rows are the importer's memory of what it
 * wrote, not content. Neither collection has a hook that acts on an import's write (the
 * Bulletins hooks return at once on IMPORT_CONTEXT), their access rules are overridden by
 * the importer anyway, and they have no versions; the Local API's per-write work (access,
 * field hooks, validation, the afterRead of the returned document) is paid once per record
 * and the Local API floor (`npm run bench -- import`) does not pay for it. Articles, people and events stay on
 * the Local API: their hooks, validation, versions and access must apply.
 *
 * Only the adapter's generic methods (create, updateOne, find) with `req`, so every read
 * and write is in the page's transaction, on every adapter; no raw SQL. What the Local API
 * would have added is added here: nothing but the timestamps, which the adapters set.
 */
import type { Payload, PayloadRequest, Where } from 'payload'

type Row = Record<string, unknown> & { id: unknown }

/** Every row of `collection` matching `where` (depth 0: links as ids), in the page's transaction. */
export async function findRows(payload: Payload, req: PayloadRequest, collection: 'import-records' | 'bulletins', where: Where, select?: Record<string, true>): Promise<Row[]> {
  const result = await payload.db.find({ collection, where, limit: 0, pagination: false, req, ...(select ? { select } : {}) })
  return result.docs as Row[]
}

/** Creates (id null) or updates a row; returns nothing (the importer never reads a write back). */
export async function writeRow(payload: Payload, req: PayloadRequest, collection: 'import-records' | 'bulletins', id: unknown, data: Record<string, unknown>): Promise<void> {
  if (id === null || id === undefined) await payload.db.create({ collection, data, req, returning: false })
  else await payload.db.updateOne({ collection, id: id as number | string, data, req, returning: false })
}
