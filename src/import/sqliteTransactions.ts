/**
 * Stopgap until payload.config.ts passes `transactionOptions` to the SQLite adapter
 * (requested in /work/notes/importer-requests.md): @payloadcms/db-sqlite 3.90.2 only
 * opens real transactions when that option is set, otherwise `initTransaction` is a
 * no-op and every write autocommits, so a crash or a failing hook would leave half a
 * page behind. This wraps the adapter to use the drizzle transaction functions the
 * adapter already ships; it does nothing on other adapters or once the option is set.
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
        const db = adapter.init(args) as ReturnType<typeof adapter.init> & { transactionOptions?: unknown }
        if (!db.transactionOptions) {
          db.transactionOptions = {}
          db.beginTransaction = beginTransaction
        }
        return db
      },
    },
  }
}
