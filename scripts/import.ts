/**
 * npm run import -- [--issue-date YYYY-MM-DD] [--publication NAME] [--publish] [--dry-run]
 *                   [--json] [--restore-deleted] <file|dir|->...
 *
 * Imports printed pages into Payload (see src/import/). Exit codes: 0 every page imported
 * or unchanged, 1 some page failed (the others were still imported), 2 bad usage or the
 * database could not be reached. With --json, stdout carries exactly one JSON document.
 */
import 'dotenv/config'
import { parseArgs } from 'node:util'
import cliProgress from 'cli-progress'
import { getPayload, type Payload } from 'payload'
import { isValidIssueDate } from '../src/bulletin/index'
import { collectInputs, logName } from '../src/import/inputs'
import { recordsWritten, summaryTable, type FileReport } from '../src/import/report'
import { runImport } from '../src/import/run'
import { withSqliteTransactions } from '../src/import/sqliteTransactions'

const USAGE = `Usage: npm run import -- [options] <file|dir|->...

Imports bulletin pages (text files; directories are searched for *.txt; - reads stdin)
into the database named by DATABASE_URL (default: the embedded SQLite file).

Options:
  --issue-date YYYY-MM-DD  issue date of every page (default: from the file name or the text)
  --publication NAME       publication (newspaper) name, e.g. 郑州日报
  --publish                publish imported articles (default: drafts)
  --dry-run                plan against the database and report, write nothing
  --json                   print one JSON report on stdout
  --restore-deleted        re-create records an editor deleted
  -h, --help               show this help

Exit codes: 0 imported or unchanged, 1 some file failed, 2 bad usage or database unreachable,
130/143 stopped by SIGINT/SIGTERM after the page in hand (run again to import the rest).`

class UsageError extends Error {}

function parseCommandLine(argv: string[]) {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        'issue-date': { type: 'string' },
        publication: { type: 'string' },
        publish: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        'restore-deleted': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  const { values, positionals } = parsed
  const issueDate = values['issue-date'] ?? null
  if (issueDate !== null) {
    // The parser's own rule, so parse and import accept the same dates.
    if (!isValidIssueDate(issueDate)) throw new UsageError(`--issue-date must be a real date as YYYY-MM-DD (years 1900–2100), got "${issueDate}"`)
  }
  if (!values.help && positionals.length === 0) throw new UsageError('no file, directory or - given')
  return {
    help: values.help,
    issueDate,
    publication: values.publication?.trim() || null,
    publish: values.publish,
    dryRun: values['dry-run'],
    json: values.json,
    restoreDeleted: values['restore-deleted'],
    operands: positionals,
    today: new Date().toLocaleDateString('sv'), // YYYY-MM-DD on this machine's calendar
  }
}

/** Payload, its logger and drizzle's schema push write to stdout; the report owns stdout. */
function keepStdoutForTheReport(): (text: string) => void {
  const write = process.stdout.write.bind(process.stdout)
  process.stdout.write = ((chunk: unknown, ...rest: unknown[]) =>
    (process.stderr.write as (...args: unknown[]) => boolean)(chunk, ...rest)) as typeof process.stdout.write
  return (text) => void write(text)
}

async function startPayload(): Promise<Payload> {
  const { createBulletinConfig, describeDatabaseUrl, DEFAULT_DATABASE_URL } = await import('../payload.config')
  // The importer serves no HTTP and signs nothing; a fresh clone without .env can import.
  const secret = process.env.PAYLOAD_SECRET || 'bulletin-import-cli-local'
  const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL
  try {
    const config = await createBulletinConfig({
      secret,
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

class DatabaseUnreachableError extends Error {}

function progressBar(total: number) {
  if (total < 2 || !process.stderr.isTTY) return null
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: 'importing |{bar}| {value}/{total} files · {rate} records/s · ETA {eta_formatted} · {file}',
      hideCursor: true,
      etaBuffer: 20,
    },
    cliProgress.Presets.shades_classic,
  )
  bar.start(total, 0, { rate: '0', file: '' })
  return bar
}

async function main(argv: string[]): Promise<number> {
  const printReport = keepStdoutForTheReport()
  let options
  try {
    options = parseCommandLine(argv)
  } catch (error) {
    process.stderr.write(`import: ${(error as Error).message}\n\n${USAGE}\n`)
    return 2
  }
  if (options.help) {
    printReport(`${USAGE}\n`)
    return 0
  }
  const inputs = await collectInputs(options.operands)
  if (inputs.length === 0) {
    process.stderr.write(`import: no *.txt file found in ${options.operands.join(', ')}\n`)
    return 2
  }

  let payload: Payload
  try {
    payload = await startPayload()
  } catch (error) {
    process.stderr.write(`import: ${(error as Error).message}\n`)
    return 2
  }

  // SIGINT (Ctrl-C) or SIGTERM (kill, npm forwarding either): finish the page in hand,
  // report what was done and exit 130/143. A second signal stops at once; the open page's
  // transaction is then rolled back by the database, so still only whole pages remain.
  let stopSignal: NodeJS.Signals | null = null
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopSignal) process.exit(exitCodeForSignal(signal))
    stopSignal = signal
    process.stderr.write(`\nimport: ${signal} received: stopping after the page in hand (again to stop at once)\n`)
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)

  const bar = progressBar(inputs.length)
  const started = Date.now()
  let written = 0
  const report = await runImport(payload, inputs, {
    ...options,
    shouldStop: () => stopSignal !== null,
    onFile: (file: FileReport, done: number) => {
      written += recordsWritten(file)
      const seconds = (Date.now() - started) / 1000
      const rate = seconds > 0 ? Math.round(written / seconds).toString() : '0'
      if (bar) bar.update(done, { rate, file: file.source })
      // Not a terminal (a log file, CI, a supervising process): one line per page instead.
      else if (inputs.length > 1) process.stderr.write(`import: ${done}/${inputs.length} ${file.status} ${logName(file.source)}\n`)
    },
  })
  bar?.stop()

  if (options.json) {
    printReport(`${JSON.stringify(report, null, 2)}\n`)
  } else {
    printReport(`${summaryTable(report)}\n`)
    for (const file of report.files) {
      if (file.status === 'failed') process.stderr.write(`import: ${logName(file.source)}: ${file.error}\n`)
    }
  }
  await payload.destroy().catch(() => undefined)
  if (stopSignal) {
    const left = inputs.length - report.files.length
    process.stderr.write(
      `import: stopped by ${stopSignal} after ${report.files.length} of ${inputs.length} files; ${left} not imported. Run the same command again to import the rest.\n`,
    )
    return exitCodeForSignal(stopSignal)
  }
  return report.totals.failed > 0 ? 1 : 0
}

/** The shell's convention: 128 + the signal's number (SIGINT 130, SIGTERM 143). */
function exitCodeForSignal(signal: NodeJS.Signals): number {
  return signal === 'SIGINT' ? 130 : 143
}

// Explicit exit: a PostgreSQL pool can keep the event loop alive after destroy().
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`import: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exit(1)
  },
)
