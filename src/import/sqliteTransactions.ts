/**
 * A guard for configs built without payload.config.ts's SQLite settings (a `configure`
 * that swaps the adapter): payload.config.ts now sets `transactionOptions` and WAL for
 * every process (and src/db/sqliteConnections.ts the busy timeout on every connection),
 * so on the app's own config this changes nothing. Without them, db-sqlite 3.90.2 opens
 * no transactions at all (every write autocommits, a failing page leaves half of it
 * behind) and a COMMIT must wait for every reader. It does nothing on other adapters and
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
