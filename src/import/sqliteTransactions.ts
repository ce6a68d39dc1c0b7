/**
 * Stopgap until payload.config.ts configures the SQLite adapter for concurrent writers
 * (requested in /work/notes/importer-requests.md). With the adapter's defaults:
 * - no `transactionOptions` → @payloadcms/db-sqlite 3.90.2 opens no transactions at all
 *   (`initTransaction` is a no-op, every write autocommits), so a crash or a failing hook
 *   leaves half a page behind;
 * - no `wal` → a COMMIT must wait for every reader of the file, and libsql's later
 *   connections have no busy timeout, so the COMMIT fails with SQLITE_BUSY, which
 *   drizzle's transaction wrapper swallows (the page looks imported but was rolled back;
 *   measured with two importers on one file).
 * This wraps the adapter to use the drizzle transaction functions it already ships and
 * WAL journaling (readers never block a commit). It does nothing on other adapters and
 * leaves settings the config already makes alone.
 */
import { beginTransaction } from '@payloadcms/drizzle'
import type { Config } from 'payload'

export function withSqliteTransactions(config: Config): Config {
  const adapter = config.db
  if (adapter.name !== 'sqlite') return config
  return {
    ...config,
    db: {
      ...adapter,
      init: (args) => {
        const db = adapter.init(args) as ReturnType<typeof adapter.init> & {
          transactionOptions?: unknown
          wal?: false | { journalSizeLimit: number; synchronous: string }
          clientConfig?: { url?: string }
        }
        if (!db.transactionOptions) {
          db.transactionOptions = {}
          db.beginTransaction = beginTransaction
        }
        const onDisk = db.clientConfig?.url?.startsWith('file:') && !db.clientConfig.url.includes(':memory:')
        if (!db.wal && onDisk) db.wal = { journalSizeLimit: 64 * 1024 * 1024, synchronous: 'NORMAL' }
        return db
      },
    },
  }
}
