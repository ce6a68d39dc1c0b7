/**
 * npm run import -- [--issue-date YYYY-MM-DD] [--publication NAME] [--page N] [--publish] [--dry-run]
 *                   [--json] [--restore-deleted] [--queue] <file|dir|->...
 *
 * With --queue nothing is imported here: each page is stored (bulletins collection, bytes in
 * the database) and one import job queued per page, for `npm run worker` on any machine.
 *
 * Imports printed pages into Payload (see src/import/). Exit codes: 0 every page imported
 * or unchanged, 1 some page failed (the others were still imported), 2 bad usage or the
 * database could not be reached. With --json, stdout carries exactly one JSON document.
 */
import 'dotenv/config'
import { parseArgs } from 'node:util'
import cliProgress from 'cli-progress'
import type { Payload } from 'payload'
import { isValidIssueDate } from '../src/bulletin/index'
import { collectInputs, logName } from '../src/import/inputs'
import { recordsWritten, summaryTable, type FileReport } from '../src/import/report'
import { startPageParserThread } from '../src/import/parseAhead/index'
import { runImport } from '../src/import/run'
import { queuePages } from '../src/jobs/queuePages'
import { keepStdoutForTheReport, startScriptPayload as startPayload } from './scriptPayload'
import { exitCodeForSignal, stopOnSignal } from './stopOnSignal'

const USAGE = `Usage: npm run import -- [options] <file|dir|->...

Imports bulletin pages (text files; directories are searched for *.txt; - reads stdin)
into the database named by DATABASE_URL (default: the embedded SQLite file).

Options:
  --issue-date YYYY-MM-DD  issue date of every page (default: from the file name or the text)
  --publication NAME       publication (newspaper) name, e.g. 郑州日报
  --page N                 page number (版次) of every page
  --publish                publish imported articles (default: drafts)
  --dry-run                plan against the database and report, write nothing
  --json                   print one JSON report on stdout
  --restore-deleted        re-create records an editor deleted
  --queue                  store each page and queue one import job per page (run them
                           with npm run worker); prints how many were queued
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
        page: { type: 'string' },
        queue: { type: 'boolean', default: false },
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
  if (values.queue && (values['dry-run'] || values.publish || values['restore-deleted'])) {
    throw new UsageError('--queue only stores and queues pages: --dry-run, --publish and --restore-deleted do not apply')
  }
  return {
    help: values.help,
    issueDate,
    publication: values.publication?.trim() || null,
    page: values.page?.trim() || null,
    queue: values.queue,
    publish: values.publish,
    dryRun: values['dry-run'],
    json: values.json,
    restoreDeleted: values['restore-deleted'],
    operands: positionals,
    today: new Date().toLocaleDateString('sv'), // YYYY-MM-DD on this machine's calendar
  }
}

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

  if (options.queue) return queueOnly(payload, inputs, options, printReport)

  // The page in hand is always finished first (scripts/stopOnSignal.ts).
  const stop = stopOnSignal('import')

  const bar = progressBar(inputs.length)
  const started = Date.now()
  let written = 0
  // Several pages: the next one is parsed on a second thread while this one is written.
  const parser = inputs.length > 1 ? startPageParserThread() : null
  const report = await runImport(payload, inputs, {
    ...options,
    parsePage: parser?.parse,
    shouldStop: () => stop.received() !== null,
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
  await parser?.close()

  if (options.json) {
    printReport(`${JSON.stringify(report, null, 2)}\n`)
  } else {
    printReport(`${summaryTable(report)}\n`)
    for (const file of report.files) {
      if (file.status === 'failed') process.stderr.write(`import: ${logName(file.source)}: ${file.error}\n`)
    }
  }
  await payload.destroy().catch(() => undefined)
  const stopSignal = stop.received()
  if (stopSignal) {
    const left = inputs.length - report.files.length
    process.stderr.write(
      `import: stopped by ${stopSignal} after ${report.files.length} of ${inputs.length} files; ${left} not imported. Run the same command again to import the rest.\n`,
    )
    return exitCodeForSignal(stopSignal)
  }
  return report.totals.failed > 0 ? 1 : 0
}

/** --queue: store and queue every page, print the count (or the JSON report), exit 1 if a page could not be stored. */
async function queueOnly(
  payload: Payload,
  inputs: Awaited<ReturnType<typeof collectInputs>>,
  options: ReturnType<typeof parseCommandLine>,
  printReport: (text: string) => void,
): Promise<number> {
  const report = await queuePages(payload, inputs, options, (done) => {
    if (inputs.length > 1 && !options.json) process.stderr.write(`import: ${done}/${inputs.length} stored\n`)
  })
  if (options.json) printReport(`${JSON.stringify(report, null, 2)}\n`)
  else {
    const already = report.alreadyStored.length ? `; ${report.alreadyStored.length} already stored (not queued again)` : ''
    const failed = report.failed.length ? `; ${report.failed.length} failed` : ''
    printReport(`queued ${report.queued.length} page(s)${already}${failed}\n`)
    for (const file of report.failed) process.stderr.write(`import: ${logName(file.source)}: ${file.error}\n`)
  }
  await payload.destroy().catch(() => undefined)
  return report.failed.length ? 1 : 0
}

// Explicit exit: a PostgreSQL pool can keep the event loop alive after destroy().
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`import: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exit(1)
  },
)
