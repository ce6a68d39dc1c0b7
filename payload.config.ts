import 'dotenv/config'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig, type Config, type DatabaseAdapterObj, type SanitizedConfig } from 'payload'
import { clientErrorLogger } from './src/api/clientErrorLogger'
import { lockedLooksLikeWrongPassword } from './src/api/lockedLooksLikeWrongPassword'
import { restrictPreferenceWrites } from './src/api/restrictPreferenceWrites'
import { freshCollections } from './src/collections/freshCollections'
import { graphqlCostRule } from './src/limits/graphqlCostRule'
import { MAX_POPULATION_DEPTH } from './src/limits/requestLimits'
import { configureEveryConnection, type SqliteConnectionSettings } from './src/db/sqliteConnections'
import { Users } from './src/collections/Users'
import { hasRole } from './src/access/roles'
import { IMPORT_QUEUE, importPageTask } from './src/jobs/importPageTask'

const rootDir = path.dirname(fileURLToPath(import.meta.url))

/** The database used when DATABASE_URL is unset: an embedded SQLite file, no service needed. */
export const DEFAULT_DATABASE_URL = 'file:./data/bulletin.db'

/** How long a database may take to answer before start-up fails (the issue asks for < 10 s). */
const CONNECT_TIMEOUT_MS = 5_000

/**
 * How long a SQLite writer waits for another's write lock. The longest holder is the
 * importer's page transaction (about 0.3 s for the sample page, a few seconds for the
 * largest pages measured); an editor's save must outlast it comfortably.
 */
export const SQLITE_BUSY_TIMEOUT_MS = 30_000

export type BulletinConfigOptions = {
  /** Overrides process.env.DATABASE_URL (tests pass a fresh database per suite). */
  databaseUrl?: string
  /** Overrides process.env.PAYLOAD_SECRET. */
  secret?: string
  /**
   * Last word on the raw config before Payload sanitises it: tests use it to inject
   * hooks (fault injection), scripts to add plugins.
   */
  configure?: (config: Config) => Config
  /**
   * Run queued import jobs in this process (Payload's `jobs.autoRun`). Default: on in
   * development, off when NODE_ENV=production (workers run them: `npm run worker`);
   * JOBS_AUTORUN=true|false overrides. Scripts and tests pass false.
   */
  runJobs?: boolean
}

/** How often the web process looks for queued imports in development (every 5 s). */
const AUTORUN_CRON = '*/5 * * * * *'

function runsJobsByDefault(): boolean {
  const flag = process.env.JOBS_AUTORUN
  if (flag === 'true' || flag === 'false') return flag === 'true'
  return process.env.NODE_ENV !== 'production'
}

/** The URL with its password masked, for error messages and logs. */
export function describeDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = '***'
    return parsed.toString()
  } catch {
    return url
  }
}

type PgPoolInternals = {
  end(): Promise<void>
  on(event: 'error', listener: (error: Error) => void): void
  _clients?: Array<{ release?: () => void }>
  _idle?: Array<{ client: unknown }>
}

/**
 * Ends the PostgreSQL pool on `payload.destroy()`. The adapter's own destroy leaves it
 * open, with the connection it made at start-up still checked out, which keeps scripts
 * and test runs alive (measured with Payload 3.90.2 on Node 20). We release that
 * connection back into the pool (pg-pool only finishes `end()` once no client is checked
 * out; `_clients`/`_idle` are its private lists, there is no public one) and end the pool.
 */
async function endPostgresPool(pool: PgPoolInternals | undefined): Promise<void> {
  if (!pool) return
  pool.on('error', () => undefined) // a connection dropped while closing is not news
  const idle = new Set((pool._idle ?? []).map((item) => item.client))
  for (const client of pool._clients ?? []) {
    if (!idle.has(client)) client.release?.()
  }
  await pool.end()
}

type AdapterWrapping = {
  /** How to name the database in errors (password masked). */
  label: string
  /** Extra clean-up after the adapter's own destroy(). */
  afterDestroy?: (db: Record<string, unknown>) => Promise<void>
}

/**
 * Wraps an adapter so that a failure to connect says which database could not be reached,
 * not just "ECONNREFUSED" (the person starting the app may not know which URL was used),
 * and so that destroy() really lets go of the database.
 */
function wrapAdapter(adapter: DatabaseAdapterObj, { label, afterDestroy }: AdapterWrapping): DatabaseAdapterObj {
  return {
    ...adapter,
    init: (args) => {
      const db = adapter.init(args)
      const connect = db.connect
      if (connect) {
        db.connect = async (...connectArgs) => {
          // The SQL adapters also reject their internal `initializing` promise, with
          // `undefined`, when the connection fails; nobody awaits it, so Node would report
          // an unhandled rejection "undefined" on top of the real error below.
          const initializing = (db as { initializing?: Promise<unknown> }).initializing
          initializing?.catch(() => undefined)
          try {
            return await connect.apply(db, connectArgs)
          } catch (error) {
            const reason = error instanceof Error ? error.message : String(error)
            // connect() also pushes the dev schema: a failed query there is not a connection problem.
            const what = /^Failed query:/m.test(reason)
              ? `Could not set up the schema of the database ${label}`
              : `Cannot connect to the database ${label}`
            throw new Error(`${what}: ${reason}`, { cause: error })
          }
        }
      }
      const destroy = db.destroy
      if (afterDestroy) {
        db.destroy = async () => {
          await destroy?.apply(db)
          await afterDestroy(db as unknown as Record<string, unknown>)
        }
      }
      return db
    },
  }
}

/**
 * Chooses the adapter from the URL's scheme. This is the only place in the code base that
 * knows which database runs; everything else talks to Payload.
 */
async function databaseAdapterFor(url: string): Promise<DatabaseAdapterObj> {
  const label = describeDatabaseUrl(url)
  if (url.startsWith('file:')) {
    const file = url.slice('file:'.length)
    // libsql does not create missing folders (a fresh clone has no data/).
    if (file && !file.startsWith(':memory:')) {
      fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
    }
    const { sqliteAdapter } = await import('@payloadcms/db-sqlite')
    const onDisk = Boolean(file) && !file.includes(':memory:')
    // Every process (admin, API, importer) on one file: WAL so readers never block a
    // writer's commit, and a busy timeout on every connection (src/db/sqliteConnections.ts)
    // so a writer waits for the lock instead of failing.
    const connections: SqliteConnectionSettings = {
      busyTimeoutMs: SQLITE_BUSY_TIMEOUT_MS,
      wal: onDisk ? { journalSizeLimit: 64 * 1024 * 1024, synchronous: 'NORMAL' } : false,
    }
    return wrapAdapter(
      configureEveryConnection(
        sqliteAdapter({
          client: { url },
          migrationDir: path.resolve(rootDir, 'src/migrations/sqlite'),
          busyTimeout: connections.busyTimeoutMs,
          wal: connections.wal,
          // Without this option db-sqlite 3.90 makes beginTransaction a no-op and every write
          // autocommits; the importer needs one real transaction per page (all or nothing).
          transactionOptions: {},
        }),
        connections,
      ),
      { label },
    )
  }
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    const { postgresAdapter } = await import('@payloadcms/db-postgres')
    return wrapAdapter(
      postgresAdapter({
        pool: { connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS },
        migrationDir: path.resolve(rootDir, 'src/migrations/postgres'),
      }),
      {
        label,
        afterDestroy: async (db) => {
          await endPostgresPool(db.pool as PgPoolInternals | undefined)
          db.pool = undefined
        },
      },
    )
  }
  if (url.startsWith('mongodb://') || url.startsWith('mongodb+srv://')) {
    const { mongooseAdapter } = await import('@payloadcms/db-mongodb')
    return wrapAdapter(
      mongooseAdapter({
        url,
        connectOptions: {
          serverSelectionTimeoutMS: CONNECT_TIMEOUT_MS,
          connectTimeoutMS: CONNECT_TIMEOUT_MS,
        },
        migrationDir: path.resolve(rootDir, 'src/migrations/mongodb'),
      }),
      { label },
    )
  }
  throw new Error(
    `DATABASE_URL "${label}" is not supported: use file:<path> (SQLite), postgres://… (PostgreSQL) or mongodb://… (MongoDB).`,
  )
}

/** Builds the whole Payload config for one database. */
export async function createBulletinConfig(options: BulletinConfigOptions = {}): Promise<SanitizedConfig> {
  const databaseUrl = options.databaseUrl || process.env.DATABASE_URL || DEFAULT_DATABASE_URL
  const secret = options.secret ?? process.env.PAYLOAD_SECRET
  if (!secret) {
    throw new Error('PAYLOAD_SECRET is not set: copy .env.example to .env and set a long random string.')
  }

  // Node 20 hang workaround (measured: 40–60 % of tsx runs exited silently without it): lexical's Node entry does a
  // top-level `await import`; loading it on its own first, before the Payload wrapper,
  // stopped tsx scripts and the payload CLI from exiting silently.
  await import('lexical')
  const { lexicalEditor } = await import('@payloadcms/richtext-lexical')

  const loggingLevels = { AuthenticationError: 'info', LockedAuth: 'warn' } as const

  const config: Config = {
    secret,
    serverURL: process.env.PAYLOAD_PUBLIC_SERVER_URL || undefined,
    db: await databaseAdapterFor(databaseUrl),
    editor: lexicalEditor(),
    collections: freshCollections(),
    admin: {
      user: Users.slug,
      importMap: {
        baseDir: rootDir,
        importMapFile: path.resolve(rootDir, 'src/app/(payload)/admin/importMap.js'),
      },
      meta: { titleSuffix: ' · Bulletin CMS' },
      // Timestamps (created, updated) in the admin's language: 2021年8月31日 下午 3:05 in Chinese.
      dateFormat: 'PPP p',
      // Gravatar is fetched from the internet: newsroom machines may have none.
      avatar: 'default',
    },
    i18n: {
      supportedLanguages: { en, zh },
      fallbackLanguage: 'en',
    },
    // Request limits (src/limits/requestLimits.ts): REST `depth` above the cap is lowered to
    // it; GraphQL operations too deep or too costly are refused before they run.
    maxDepth: MAX_POPULATION_DEPTH,
    graphQL: { disable: false, validationRules: (args) => [graphqlCostRule(args)] },
    hooks: { afterError: [lockedLooksLikeWrongPassword] },
    jobs: {
      tasks: [importPageTask],
      // Payload lets any logged-in user queue and run jobs by default (/api/payload-jobs/run).
      access: {
        queue: ({ req }) => hasRole(req.user, 'editor', 'admin'),
        run: ({ req }) => hasRole(req.user, 'admin'),
        cancel: ({ req }) => hasRole(req.user, 'admin'),
      },
      autoRun: (options.runJobs ?? runsJobsByDefault()) ? [{ cron: AUTORUN_CRON, queue: IMPORT_QUEUE, limit: 5 }] : undefined,
    },
    // A wrong password is the visitor's mistake, not a server error; a locked account is
    // worth a warning (someone may be guessing passwords). Refusals are logged as one line.
    loggingLevels,
    logger: clientErrorLogger(loggingLevels),
    typescript: { outputFile: path.resolve(rootDir, 'src/payload-types.ts') },
    telemetry: false,
  }

  return restrictPreferenceWrites(await buildConfig(options.configure ? options.configure(config) : config))
}

const defaultConfig = createBulletinConfig()
// Modules that only want createBulletinConfig (tests, scripts) import this file too: keep a
// broken environment from surfacing as an unhandled rejection there. Payload still awaits
// the promise itself and sees the error.
defaultConfig.catch(() => undefined)

export default defaultConfig
