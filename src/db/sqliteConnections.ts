/**
 * SQLite under concurrent use: every connection waits for the write lock, and a
 * transaction takes the lock only when it first touches the database.
 *
 * Why this is hand-written (measured with @payloadcms/db-sqlite 3.90.2 and
 * @libsql/client 0.14, lib-esm/sqlite3.js):
 * - db-sqlite runs `PRAGMA busy_timeout` (and `synchronous`) once, on the first
 *   connection of its client. But `client.transaction()` takes the client's connection
 *   for the transaction and lets the client open a new one on its next use, with libsql's
 *   defaults: no busy timeout. From the first transaction on, every statement outside a
 *   transaction and every later `BEGIN` ran with busy_timeout 0 and failed at once with
 *   "database is locked" whenever another writer held the lock (editors' saves during an
 *   import: 32 of 68 PATCH requests answered 500 within 0.2 s).
 * - drizzle's libsql session calls `client.transaction()` (mode "write", i.e.
 *   `BEGIN IMMEDIATE`) as soon as Payload's `initTransaction` runs, before the operation
 *   has done anything, so the write lock is held from the start of the operation. Payload's
 *   forgot-password then deadlocks against itself: it opens its transaction, and next
 *   writes `resetPasswordRequestedAt` *outside* it (on purpose, so the reservation
 *   survives a rollback), on another connection, which waits for the lock its own request
 *   holds (500 "database is locked" on every request).
 *
 * `configureEveryConnection` fixes both on the adapter's client: every connection the
 * client opens gets the PRAGMAs before its first statement, and a transaction begins
 * (`BEGIN IMMEDIATE`, so it never has to upgrade a read lock and fail with
 * SQLITE_BUSY_SNAPSHOT) at its first statement instead of at `initTransaction`.
 */
import type { DatabaseAdapterObj } from 'payload'

interface LibsqlResult {
  rows: Array<Record<string, unknown>>
}

interface LibsqlTransaction {
  execute(statement: unknown, args?: unknown): Promise<LibsqlResult>
  batch(statements: unknown[]): Promise<LibsqlResult[]>
  executeMultiple(sql: string): Promise<void>
  commit(): Promise<void>
  rollback(): Promise<void>
  close(): void
  readonly closed: boolean
}

interface LibsqlClient {
  execute(statement: unknown, args?: unknown): Promise<LibsqlResult>
  transaction(mode?: string): Promise<LibsqlTransaction>
}

export interface SqliteConnectionSettings {
  /** How long a writer waits for another writer's lock before "database is locked". */
  busyTimeoutMs: number
  /** WAL journaling (on-disk databases); `synchronous` and the journal size are per connection. */
  wal: false | { journalSizeLimit: number; synchronous: 'OFF' | 'NORMAL' | 'FULL' | 'EXTRA' }
}

/** The per-connection PRAGMAs (journal_mode=WAL itself is stored in the file: set once by db-sqlite). */
export function connectionPragmas(settings: SqliteConnectionSettings): string[] {
  const pragmas = [`PRAGMA busy_timeout = ${Math.max(0, Math.floor(settings.busyTimeoutMs))}`]
  if (settings.wal) {
    pragmas.push(`PRAGMA synchronous = ${settings.wal.synchronous}`)
    pragmas.push(`PRAGMA journal_size_limit = ${settings.wal.journalSizeLimit}`)
  }
  return pragmas
}

/**
 * One write transaction at a time per process. libsql's driver is synchronous: a `BEGIN`
 * that waits for the lock (busy_timeout) blocks the whole event loop, so a second request
 * of the same process waiting for the first one's lock would stop the first one from ever
 * finishing (two editors saving at once: both 500 after the full timeout, measured). Within
 * a process, transactions queue here instead; between processes, the busy timeout waits.
 */
class TransactionQueue {
  private tail: Promise<void> = Promise.resolve()

  /** Resolves with the release function once every earlier transaction has finished. */
  acquire(timeoutMs: number): Promise<() => void> {
    let release!: () => void
    const finished = new Promise<void>((resolve) => (release = resolve))
    const earlier = this.tail
    this.tail = earlier.then(() => finished)
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        // Give the turn up when it comes: the ones queued behind still get theirs.
        void earlier.then(release)
        reject(Object.assign(new Error(`SQLITE_BUSY: database is locked (waited ${timeoutMs} ms for this process's other transactions)`), { code: 'SQLITE_BUSY' }))
      }, timeoutMs)
      void earlier.then(() => {
        clearTimeout(timer)
        resolve(release)
      })
    })
  }
}

/**
 * A transaction that begins on its first statement. Statements issued at once (Payload
 * runs some queries of one request in parallel) share the one `BEGIN`.
 */
function lazyTransaction(begin: () => Promise<LibsqlTransaction>, queue: TransactionQueue, timeoutMs: number): LibsqlTransaction {
  let started: Promise<LibsqlTransaction> | null = null
  let release: (() => void) | null = null
  let finished = false
  const real = () =>
    (started ??= queue.acquire(timeoutMs).then(async (done) => {
      release = done
      try {
        return await begin()
      } catch (error) {
        done()
        throw error
      }
    }))
  const end = async (how: (transaction: LibsqlTransaction) => Promise<void>) => {
    finished = true
    if (!started) return
    try {
      await how(await started)
    } finally {
      release?.()
    }
  }
  return {
    execute: async (statement, args) => (await real()).execute(statement, args),
    batch: async (statements) => (await real()).batch(statements),
    executeMultiple: async (sql) => (await real()).executeMultiple(sql),
    commit: () => end((transaction) => transaction.commit()),
    rollback: () => end((transaction) => transaction.rollback().catch(() => undefined)),
    close() {
      void end(async (transaction) => transaction.close()).catch(() => undefined)
    },
    get closed() {
      return finished
    },
  }
}

/**
 * Makes `client` apply `pragmas` to every connection it opens. Relies on the libsql
 * client's statements running synchronously inside its async methods (the local client
 * calls the native driver synchronously): `transaction()` has detached its connection by
 * the time it returns its promise, so the PRAGMAs run on the replacement before anything
 * else can use it. tests/int/app/concurrentWrites.test.ts reads them back.
 */
export function configureClient<T extends object>(client: T, pragmas: string[], busyTimeoutMs: number): T {
  const libsql = client as unknown as LibsqlClient & { [configured]?: true }
  if (libsql[configured]) return client
  const transaction = libsql.transaction.bind(libsql)
  const queue = new TransactionQueue()
  const configureNextConnection = () => Promise.all(pragmas.map((pragma) => libsql.execute(pragma)))
  libsql.transaction = async (mode?: string) =>
    lazyTransaction(
      async () => {
        const begun = transaction(mode)
        const applied = configureNextConnection()
        const [tx] = await Promise.all([begun, applied.catch(() => undefined)])
        return tx
      },
      queue,
      busyTimeoutMs,
    )
  // A write outside any transaction (Payload makes some on purpose, e.g. forgot-password's
  // reservation) waits its turn too: waiting in the driver would block the event loop while
  // this process's open transaction holds the lock it waits for.
  const execute = libsql.execute.bind(libsql)
  libsql.execute = async (statement: unknown, args?: unknown) => {
    const sql = typeof statement === 'string' ? statement : String((statement as { sql?: unknown })?.sql ?? '')
    if (READ_ONLY.test(sql)) return execute(statement, args)
    const release = await queue.acquire(busyTimeoutMs)
    try {
      return await execute(statement, args)
    } finally {
      release()
    }
  }
  libsql[configured] = true
  // The connection the client has now (db-sqlite set only busy_timeout and synchronous on it).
  void configureNextConnection().catch(() => undefined)
  return client
}

/** Statements that take no write lock (WAL readers never wait). */
const READ_ONLY = /^\s*(select|pragma)\b/i

const configured = Symbol('bulletin.sqliteConnectionsConfigured')

/**
 * Wraps the SQLite adapter so that the client db-sqlite creates in `connect()` is
 * configured as soon as it is assigned, before the schema push or any query runs.
 */
export function configureEveryConnection(adapter: DatabaseAdapterObj, settings: SqliteConnectionSettings): DatabaseAdapterObj {
  const pragmas = connectionPragmas(settings)
  return {
    ...adapter,
    init: (args) => {
      const db = adapter.init(args)
      let client: object | undefined = (db as { client?: object }).client
      Object.defineProperty(db, 'client', {
        configurable: true,
        enumerable: true,
        get: () => client,
        set: (value: object | undefined) => {
          client = value ? configureClient(value, pragmas, settings.busyTimeoutMs) : value
        },
      })
      return db
    },
  }
}
