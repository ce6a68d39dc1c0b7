/**
 * A fresh Payload on a fresh, empty database for each test suite, on whichever database
 * the jest project asks for (`globals.TEST_DATABASE`, see jest.config.mjs):
 * - sqlite: a new file in the OS temp folder;
 * - postgres: `CREATE DATABASE bulletin_test_<random>` on TEST_POSTGRES_URL.
 * Outside CI an unreachable PostgreSQL skips the suite with a printed reason; under
 * CI=true it fails loudly, so CI can never pass without having tested PostgreSQL.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe } from '@jest/globals'
import pg from 'pg'
import { getPayload, type Config, type Payload } from 'payload'
import { createBulletinConfig, describeDatabaseUrl } from '../../payload.config'

declare global {
  // Set per jest project in jest.config.mjs.
  var TEST_DATABASE: 'sqlite' | 'postgres' | undefined
}

export type TestDatabaseKind = 'sqlite' | 'postgres'

export const DEFAULT_TEST_POSTGRES_URL = 'postgres://postgres:postgres@127.0.0.1:5432/postgres'

/** The database this jest project runs against. */
export function testDatabaseKind(): TestDatabaseKind {
  return globalThis.TEST_DATABASE === 'postgres' ? 'postgres' : 'sqlite'
}

/** The PostgreSQL server (any existing database on it) used to create and drop test databases. */
export function testPostgresUrl(): string {
  return process.env.TEST_POSTGRES_URL || DEFAULT_TEST_POSTGRES_URL
}

async function withPostgresClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 })
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end()
  }
}

let availability: Promise<string | null> | undefined

/** Why this project's database cannot be used, or null when it can (checked once per file). */
export function databaseUnavailableReason(): Promise<string | null> {
  if (testDatabaseKind() === 'sqlite') return Promise.resolve(null)
  availability ??= withPostgresClient(testPostgresUrl(), async (client) => {
    await client.query('SELECT 1')
    return null
  }).catch(
    (error: unknown) =>
      `PostgreSQL at ${describeDatabaseUrl(testPostgresUrl())} is unreachable (${
        error instanceof Error ? error.message || error.name : String(error)
      }). Start it (pg_ctlcluster 15 main start) or set TEST_POSTGRES_URL.`,
  )
  return availability
}

/**
 * `describe` that runs only when the project's database is reachable; call it with
 * top-level await. Under CI=true an unreachable database throws instead of skipping.
 */
export async function describeWithDatabase(name: string, body: () => void): Promise<void> {
  const reason = await databaseUnavailableReason()
  const title = `${name} [${testDatabaseKind()}]`
  if (!reason) {
    describe(title, body)
    return
  }
  if (process.env.CI === 'true') {
    throw new Error(`${reason} Under CI=true the ${testDatabaseKind()} tests must run, not skip.`)
  }
  console.warn(`Skipping "${title}": ${reason}`)
  describe.skip(title, body)
}

export type TestPayload = {
  payload: Payload
  /** The URL of the fresh database, e.g. for spawning the import CLI against it. */
  databaseUrl: string
  /** Destroys Payload and deletes the database. */
  stop(): Promise<void>
}

export type StartTestPayloadOptions = {
  /** Changes the raw config before it is built (e.g. to inject a failing hook). */
  configure?: (config: Config) => Config
  /** getPayload cache key; a unique one is generated when omitted. */
  key?: string
}

type FreshDatabase = { databaseUrl: string; drop(): Promise<void> }

async function createFreshDatabase(id: string): Promise<FreshDatabase> {
  if (testDatabaseKind() === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bulletin-test-'))
    return {
      databaseUrl: `file:${path.join(dir, 'test.db')}`,
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    }
  }
  const reason = await databaseUnavailableReason()
  if (reason) throw new Error(reason)
  const serverUrl = testPostgresUrl()
  const name = `bulletin_test_${id}`
  await withPostgresClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`))
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return {
    databaseUrl: url.toString(),
    // FORCE: Payload's pool may still hold a connection after destroy().
    drop: () =>
      withPostgresClient(serverUrl, (client) =>
        client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
      ).then(() => undefined),
  }
}

/** Starts Payload on a new, empty database of the project's kind. */
export async function startTestPayload(options: StartTestPayloadOptions = {}): Promise<TestPayload> {
  const id = `${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`
  const database = await createFreshDatabase(id)
  try {
    const config = await createBulletinConfig({
      databaseUrl: database.databaseUrl,
      configure: options.configure,
    })
    const payload = await getPayload({ config, key: options.key ?? `bulletin-test-${id}` })
    let stopped = false
    return {
      payload,
      databaseUrl: database.databaseUrl,
      async stop() {
        if (stopped) return
        stopped = true
        try {
          await payload.destroy()
        } finally {
          await database.drop()
        }
      },
    }
  } catch (error) {
    await database.drop().catch(() => undefined)
    throw error
  }
}
