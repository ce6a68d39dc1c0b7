/**
 * npm run bench -- import --workers 1,2 [--pages 60]
 *
 * Pages/s of `npm run worker` processes sharing one queue on PostgreSQL (issue 11), for each
 * worker count in the same run, and the speed-up over the first count. For each count: a
 * fresh database, the archive of tests/int/import/pageArchive.ts stored and queued by
 * `npm run import -- --queue`, then that many `npm run worker -- --exit-when-idle` started
 * at once. The time is from the earliest worker's start of work to the last one's end, from
 * each worker's own summary (so Payload's start-up in each process is not counted), and
 * every page must end imported, none failed; each worker's column says how many pages it had
 * to redo because another worker held or had just written the same records. The machine's load is printed before and
 * after: on a shared machine, other processes take the cores the workers would use.
 * PostgreSQL comes from BENCH_POSTGRES_URL or TEST_POSTGRES_URL (default postgres://postgres:postgres@127.0.0.1:5432/postgres).
 */
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import pg from 'pg'
import { samplePath, writeArchive } from '../tests/int/import/pageArchive'

const here = path.dirname(fileURLToPath(import.meta.url))
const repoRoot = path.resolve(here, '..')
// One directory per bench run, so two runs at once do not delete each other's archives.
const workDir = path.join(here, '.work', `import-workers-${process.pid}`)

interface Run {
  code: number | null
  stdout: string
  stderr: string
  /** performance.now() when the process ended. */
  endedAt: number
}

function runScript(script: 'import' | 'worker', args: string[], databaseUrl: string): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, NODE_OPTIONS: '' }
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, `scripts/${script}.ts`), ...args], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk) => (stdout += chunk))
  child.stderr.on('data', (chunk) => (stderr += chunk))
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr, endedAt: performance.now() })))
}

async function freshDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const server = process.env.BENCH_POSTGRES_URL || process.env.TEST_POSTGRES_URL || 'postgres://postgres:postgres@127.0.0.1:5432/postgres'
  const name = `bench_workers_${randomBytes(4).toString('hex')}`
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: server, connectionTimeoutMillis: 5_000 })
    await client.connect()
    try {
      await client.query(sql)
    } finally {
      await client.end()
    }
  }
  await admin(`CREATE DATABASE "${name}"`)
  const url = new URL(server)
  url.pathname = `/${name}`
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) }
}

const SUMMARY = /^worker: (\d+) page\(s\): (\d+) imported, (\d+) unchanged, (\d+) failed in ([\d.]+) s.*?(?:, retried (\d+)× \(busy (\d+), taken (\d+)\))?$/m

/** `workers` workers over the queued archive: pages/s from the earliest start of work to the last end. */
async function measure(workers: number, dir: string, pages: number) {
  const db = await freshDatabase()
  try {
    // The queueing run creates the tables (development schema push), so the workers' own
    // start-ups find the schema in place and do not race to create it.
    const queued = await runScript('import', ['--queue', dir], db.url.toString())
    if (queued.code !== 0 || !queued.stdout.includes(`queued ${pages} page(s)`)) throw new Error(`--queue failed: ${queued.stdout}${queued.stderr.slice(-2000)}`)
    const runs = await Promise.all(Array.from({ length: workers }, () => runScript('worker', ['--exit-when-idle', '--poll', '200ms'], db.url)))
    let imported = 0
    let startedAt = Infinity
    let endedAt = 0
    const perWorker: string[] = []
    for (const run of runs) {
      const summary = SUMMARY.exec(run.stdout)
      if (run.code !== 0 || !summary) throw new Error(`a worker failed (exit ${run.code}): ${run.stdout.slice(-1000)}${run.stderr.slice(-2000)}`)
      imported += Number(summary[2])
      const seconds = Number(summary[5])
      startedAt = Math.min(startedAt, run.endedAt - seconds * 1000)
      endedAt = Math.max(endedAt, run.endedAt)
      const retried = summary[6] ? `, ${summary[6]} retries (busy ${summary[7]}, taken ${summary[8]})` : ''
      perWorker.push(`${summary[1]} in ${seconds.toFixed(1)} s${Number(summary[3]) ? ` (${summary[3]} a twin run had imported)` : ''}${retried}`)
    }
    if (imported !== pages) throw new Error(`${imported} of ${pages} pages imported`)
    const seconds = (endedAt - startedAt) / 1000
    return { seconds, rate: pages / seconds, perWorker }
  } finally {
    await db.drop().catch(() => undefined)
  }
}

export default async function importWorkers(argv: string[]) {
  const { values } = parseArgs({ args: argv, options: { workers: { type: 'string', default: '1,2' }, pages: { type: 'string', default: '60' } } })
  const counts = values.workers!.split(',').map((count) => Number(count.trim()))
  if (counts.some((count) => !Number.isInteger(count) || count < 1)) throw new Error(`--workers takes worker counts such as 1,2, got "${values.workers}"`)
  const pages = Number(values.pages)
  const sample = samplePath(repoRoot)
  if (!fs.existsSync(sample)) throw new Error(`bench import needs the shared sample page at ${sample}`)
  fs.rmSync(workDir, { recursive: true, force: true })
  const dir = path.join(workDir, `archive-${pages}`)
  writeArchive(fs.readFileSync(sample, 'utf8'), dir, pages)
  const load = () => os.loadavg().map((value) => value.toFixed(1)).join(' ')
  console.log(`workers on PostgreSQL: ${pages} pages per run, ${os.cpus().length} cores; load average before ${load()}`)
  const rows: string[][] = []
  let base: number | null = null
  for (const count of counts) {
    const result = await measure(count, dir, pages)
    base ??= result.rate
    rows.push([`${count}`, result.rate.toFixed(2), `${result.seconds.toFixed(1)} s`, `${(result.rate / base).toFixed(2)}×`, result.perWorker.join('; ')])
  }
  const header = ['workers', 'pages/s', 'time', `speed-up over ${counts[0]}`, 'pages per worker']
  const widths = header.map((cell, index) => Math.max(cell.length, ...rows.map((row) => row[index]!.length)))
  const line = (cells: string[]) => cells.map((cell, index) => cell.padEnd(widths[index]!)).join(' | ')
  console.log(line(header))
  console.log(widths.map((width) => '-'.repeat(width)).join('-|-'))
  for (const row of rows) console.log(line(row))
  console.log(`load average after ${load()}`)
  fs.rmSync(workDir, { recursive: true, force: true })
}
