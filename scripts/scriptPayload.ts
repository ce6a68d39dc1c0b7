/**
 * Payload as the command-line tools (import, worker) start it: the app's config with errors
 * only, on stderr (stdout is the tool's report), no jobs run on a timer (the worker runs
 * them itself), and a failure to connect that names the database.
 */
import { getPayload, type Payload } from 'payload'
import { withSqliteTransactions } from '../src/import/sqliteTransactions'

export class DatabaseUnreachableError extends Error {}

/** Payload, its logger and drizzle's schema push write to stdout; the report owns stdout. */
export function keepStdoutForTheReport(): (text: string) => void {
  const write = process.stdout.write.bind(process.stdout)
  process.stdout.write = ((chunk: unknown, ...rest: unknown[]) =>
    (process.stderr.write as (...args: unknown[]) => boolean)(chunk, ...rest)) as typeof process.stdout.write
  return (text) => void write(text)
}

export async function startScriptPayload(): Promise<Payload> {
  const { createBulletinConfig, describeDatabaseUrl, DEFAULT_DATABASE_URL } = await import('../payload.config')
  // The tools serve no HTTP and sign nothing; a fresh clone without .env can import.
  const secret = process.env.PAYLOAD_SECRET || 'bulletin-import-cli-local'
  const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL
  try {
    const config = await createBulletinConfig({
      secret,
      runJobs: false,
      configure: (raw) => ({
        ...withSqliteTransactions(raw),
        // Only errors, and on stderr: stdout is the report's.
        logger: { options: { level: 'error' }, destination: process.stderr },
      }),
    })
    return await getPayload({ config })
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new DatabaseUnreachableError(
      reason.includes(describeDatabaseUrl(url)) ? reason : `Cannot connect to the database ${describeDatabaseUrl(url)}: ${reason}`,
    )
  }
}
