/**
 * npm run worker -- [--queue NAME] [--exit-when-idle] [--poll 2s]
 * npm run worker -- --requeue-stuck [--queue NAME] [--older-than 10m]
 *
 * Runs import jobs (src/jobs/importPageTask.ts) from the database named by DATABASE_URL,
 * one page at a time, until stopped (SIGINT/SIGTERM: after the page in hand), printing a
 * line per page and a summary. Any number of workers, on any machines, may share a queue:
 * each needs only DATABASE_URL (the pages' bytes are in the database).
 * Exit codes: 0 done, 1 some page failed, 2 bad usage or database unreachable.
 */
import 'dotenv/config'
import { parseArgs } from 'node:util'
import type { Payload } from 'payload'
import { logName } from '../src/import/inputs'
import { collectEveryFewPages } from '../src/import/pageMemory'
import type { FileReport } from '../src/import/report'
import { IMPORT_QUEUE, importedPages } from '../src/jobs/importPageTask'
import { pickJob } from '../src/jobs/claimSpread'
import { requeueStuckJobs } from '../src/jobs/requeueStuck'
import { keepStdoutForTheReport, startScriptPayload } from './scriptPayload'
import { exitCodeForSignal, stopOnSignal } from './stopOnSignal'

const USAGE = `Usage: npm run worker -- [options]

Runs queued page imports (queued by uploads or npm run import -- --queue).

Options:
  --queue NAME        the job queue to work on (default: ${IMPORT_QUEUE})
  --exit-when-idle    stop once no job is left (default: wait for more)
  --poll DURATION     how often an idle worker looks for jobs (default: 2s)
  --requeue-stuck     put jobs stuck in processing (their worker died) back, then exit
  --older-than DURATION  with --requeue-stuck: processing for longer than this (default: 10m)
  -h, --help          show this help

DURATION: a number with s, m or h (90s, 10m, 1h).`

class UsageError extends Error {}

function parseDuration(text: string, option: string): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim())
  if (!match) throw new UsageError(`${option} must be a duration such as 90s, 10m or 1h, got "${text}"`)
  const unit = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 }[(match[2] ?? 's') as 'ms' | 's' | 'm' | 'h']
  return Number(match[1]) * unit
}

function parseCommandLine(argv: string[]) {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: false,
      strict: true,
      options: {
        queue: { type: 'string', default: IMPORT_QUEUE },
        'exit-when-idle': { type: 'boolean', default: false },
        poll: { type: 'string', default: '2s' },
        'requeue-stuck': { type: 'boolean', default: false },
        'older-than': { type: 'string', default: '10m' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  const { values } = parsed
  if (!values.queue.trim()) throw new UsageError('--queue needs a name')
  return {
    help: values.help,
    queue: values.queue.trim(),
    exitWhenIdle: values['exit-when-idle'],
    pollMs: parseDuration(values.poll, '--poll'),
    requeueStuck: values['requeue-stuck'],
    olderThanMs: parseDuration(values['older-than'], '--older-than'),
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
/** ", retried 3× (busy 2, taken 1)": pages redone because another worker held or had written the same records. */
const retryNote = (retries: FileReport['retries']) =>
  retries && retries.busy + retries.taken ? `, retried ${retries.busy + retries.taken}× (busy ${retries.busy}, taken ${retries.taken})` : ''
const triple = (counts: FileReport['created']) => `${counts.articles}/${counts.people}/${counts.events}`

async function work(payload: Payload, options: ReturnType<typeof parseCommandLine>, print: (text: string) => void): Promise<number> {
  const stop = stopOnSignal('worker')
  const totals = { imported: 0, unchanged: 0, failed: 0 }
  const retries = { busy: 0, taken: 0 }
  // One transaction per page, as in runImport: the same SQLite connection leak to release.
  const pageDone = collectEveryFewPages()
  importedPages.on('page', (report, bulletin) => {
    pageDone()
    totals[report.status] += 1
    retries.busy += report.retries?.busy ?? 0
    retries.taken += report.retries?.taken ?? 0
    const detail = report.status === 'failed' ? report.error : `created ${triple(report.created)} updated ${triple(report.updated)} unchanged ${triple(report.unchanged)} (articles/people/events)`
    print(`worker: ${report.status} ${logName(report.source)} (bulletin ${bulletin}): ${detail}${retryNote(report.retries)}\n`)
  })
  const started = Date.now()
  while (!stop.received()) {
    // One job at a time: a worker holds at most one page, so a killed worker strands one job.
    let job
    try {
      job = await pickJob(payload, options.queue)
      // A job another worker claimed between the pick and the run is not run again here: the
      // runner finds nothing, and the loop picks again.
      if (job !== null) await payload.jobs.run({ queue: options.queue, where: { id: { equals: job } }, limit: 1, sequential: true, silent: true })
    } catch (error) {
      // Payload's runner throws when the job row is gone under it: another worker was handed the
      // same job (payload#11865), finished it first and deleted it. The page is the twin's; the
      // import itself cannot be hurt (see importPageTask). Anything else (a lost database) waits a poll.
      process.stderr.write(`worker: the job runner failed (${error instanceof Error ? error.message : String(error)}); going on\n`)
      await sleep(options.pollMs)
      continue
    }
    if (job !== null) continue
    if (options.exitWhenIdle) break
    await sleep(options.pollMs)
  }
  const pages = totals.imported + totals.unchanged + totals.failed
  const seconds = (Date.now() - started) / 1000
  print(
    `worker: ${pages} page(s): ${totals.imported} imported, ${totals.unchanged} unchanged, ${totals.failed} failed in ${seconds.toFixed(1)} s` +
      (pages && seconds > 0 ? ` (${(pages / seconds).toFixed(2)} pages/s)` : '') +
      retryNote(retries) +
      '\n',
  )
  const stopSignal = stop.received()
  if (stopSignal) return exitCodeForSignal(stopSignal)
  return totals.failed ? 1 : 0
}

async function main(argv: string[]): Promise<number> {
  const print = keepStdoutForTheReport()
  let options
  try {
    options = parseCommandLine(argv)
  } catch (error) {
    process.stderr.write(`worker: ${(error as Error).message}\n\n${USAGE}\n`)
    return 2
  }
  if (options.help) {
    print(`${USAGE}\n`)
    return 0
  }
  let payload: Payload
  try {
    payload = await startScriptPayload()
  } catch (error) {
    process.stderr.write(`worker: ${(error as Error).message}\n`)
    return 2
  }
  try {
    if (options.requeueStuck) {
      const ids = await requeueStuckJobs(payload, { queue: options.queue, olderThanMs: options.olderThanMs })
      print(`worker: put ${ids.length} stuck job(s) back in the queue ${options.queue}${ids.length ? `: ${ids.join(', ')}` : ''}\n`)
      return 0
    }
    return await work(payload, options, print)
  } finally {
    await payload.destroy().catch(() => undefined)
  }
}

// Explicit exit: a PostgreSQL pool can keep the event loop alive after destroy().
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`worker: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exit(1)
  },
)
