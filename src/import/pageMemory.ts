/**
 * Keeps a long page loop's memory flat, on every adapter. Two causes were measured:
 *
 * - SQLite: a native-memory leak in @libsql/client 0.x (as shipped with @payloadcms/db-sqlite
 *   3.90.2). Every transaction takes the client's connection and the client opens a new one for
 *   what follows, but `Sqlite3Transaction` never closes the one it took (lib-esm/sqlite3.js:
 *   commit() and rollback() leave the database open). The connection, with its page cache and
 *   prepared statements, is only freed when V8 garbage-collects its wrapper, and V8 sees almost
 *   nothing of that native memory, so it rarely bothers: one transaction per page grew the
 *   importer by ~2.5 MB a page (1.5 GB RSS after 300 pages; flat at ~400 MB with a collection
 *   every 20 pages).
 * - PostgreSQL: no leak (the heap after a full collection stayed at ~118 MB from 150 to 600
 *   pages), but V8 postpones major collections while the heap limit allows, so the peak heap
 *   grew with the archive (269 → 370 MB from 150 to 600 pages): garbage a worker running for
 *   days would carry next to the other processes of its machine.
 *
 * The remedy is the same for both, so it does not ask which adapter runs: a full collection
 * every RELEASE_EVERY_PAGES pages (~50–100 ms with the importer's live heap, against several
 * seconds of importing). Node only exposes `gc` with --expose-gc; the flag can be set at run
 * time and the function fetched from a fresh context, which is what this does (once).
 */
import v8 from 'node:v8'
import vm from 'node:vm'

let collect: (() => void) | null | undefined

export function collectGarbage(): void {
  if (collect === undefined) {
    try {
      const existing = (globalThis as { gc?: () => void }).gc
      if (existing) collect = existing
      else {
        v8.setFlagsFromString('--expose-gc')
        collect = vm.runInNewContext('gc') as () => void
      }
    } catch {
      collect = null
    }
  }
  collect?.()
}

/** Pages between two collections: often enough to keep memory flat, rarely enough to cost nothing. */
export const RELEASE_EVERY_PAGES = 20

/**
 * For a loop over pages: call once per page; every RELEASE_EVERY_PAGES-th call collects.
 * Every page loop that opens a transaction per page (runImport, `--queue`, the worker) needs it.
 */
export function collectEveryFewPages(): () => void {
  let pages = 0
  return () => {
    pages += 1
    if (pages % RELEASE_EVERY_PAGES === 0) collectGarbage()
  }
}
