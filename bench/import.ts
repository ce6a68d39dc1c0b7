/**
 * npm run bench -- import [--pages 300] [--db sqlite,postgres] [--memory 150,300,600] [--growth 50]
 * npm run bench -- import --workers 1,2 [--pages 60]   (bench/importWorkers.ts)
 * npm run bench -- import … --parse-ahead off   (each page parsed on the importer's thread, for comparison)
 *
 * Builds an archive of varied pages (tests/int/import/pageArchive.ts: the shared sample
 * page with names, dates and places changed), imports it with the importer into a fresh
 * SQLite file and a fresh PostgreSQL database, and prints records/s and peak memory side
 * by side with a raw-driver insert (@libsql/client, pg) of the same rows into the same
 * database: every row the importer left in the importer's tables (documents, versions,
 * relationship and array rows, import records, bulletins) is read back, deleted and
 * inserted again row by row, one transaction per page's share of rows.
 * A second table says where the importer's time goes: every Local API call it made (count,
 * total, mean) and the rest (parsing, planning). From those means it derives a floor: the
 * rate if every record cost exactly one Local API write of its kind and nothing else (no
 * reads, no bookkeeping, no second pass, no parsing), the best any Local-API importer
 * could do on this database. Each importer process starts its parser (jieba's dictionary)
 * on a page outside the archive before the clock starts, as it starts Payload: a one-time
 * cost per process, printed apart, that a short run would otherwise spread over its pages.
 * --memory: the importer's peak heap (and its heap after a full collection at the end, what
 * it retains) at each archive size, each in a fresh database (`none` skips it).
 * --growth N: pages/s importing N pages into a database that already holds 10×N pages of
 * another archive (other names, other dates: none of its records is one of the N pages'),
 * against the same N pages into an empty database, measured before and after (`0` skips it).
 * A last table says, per target of issue 11, what was measured and whether it is met.
 * Every measurement runs in its own child process, so one does not inherit another's heap.
 * PostgreSQL comes from BENCH_POSTGRES_URL or TEST_POSTGRES_URL (default postgres://postgres:postgres@127.0.0.1:5432/postgres).
 */
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import v8 from 'node:v8'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { createClient } from '@libsql/client'
import pg from 'pg'
import { getPayload, type Payload } from 'payload'
import { parseBulletin, type ParseOptions } from '../src/bulletin/index'
import { collectInputs } from '../src/import/inputs'
import { recordsWritten } from '../src/import/report'
import { startPageParserThread } from '../src/import/parseAhead/index'
import { runImport } from '../src/import/run'
import { withSqliteTransactions } from '../src/import/sqliteTransactions'
import { samplePath, writeArchive } from '../tests/int/import/pageArchive'

const here = path.dirname(fileURLToPath(import.meta.url))
const repoRoot = path.resolve(here, '..')
// One directory per bench run, so two runs at once do not delete each other's archives.
const workDir = path.join(here, '.work', `import-${process.pid}`)

interface CallStats {
  calls: number
  ms: number
}

interface Measurement {
  records: number
  pages: number
  seconds: number
  cpuSeconds: number
  peakRssMb: number
  peakHeapMb: number
  /** Heap after a full collection at the end of the first pass: what the importer retains. */
  retainedHeapMb?: number
  /** Second pass over the same archive: every page unchanged. */
  rerunSeconds?: number
  /** The parser's one-time start (jieba's dictionary, compiled code) before the timed import. */
  warmUpSeconds?: number
  rows?: number
  /** Local API calls of the first pass, by "operation collection". */
  calls?: Record<string, CallStats>
  /** Records created and updated, by collection. */
  written?: { created: Record<string, number>; updated: Record<string, number> }
}

/**
 * Counts and times every Local API call the importer makes, by wrapping the three methods
 * it uses, and every adapter call it makes itself (its bookkeeping, src/import/bookkeeping.ts:
 * `db.create …`), not those the Local API makes inside its own calls (bench only: the
 * importer itself is not instrumented). The importer runs one call at a time, so a counter
 * of Local API calls in flight tells the two apart.
 */
function timeLocalApi(payload: Payload): { stats: Record<string, CallStats>; stop(): void } {
  const stats: Record<string, CallStats> = {}
  let inLocalApi = 0
  const wrap = (target: Record<string, (args: { collection: string }) => Promise<unknown>>, ops: readonly string[], prefix: string) =>
    ops.map((op) => {
      const original = target[op]!
      target[op] = async (args) => {
        const nested = prefix !== '' && inLocalApi > 0
        if (prefix === '') inLocalApi += 1
        const started = performance.now()
        try {
          return await original.call(target, args)
        } finally {
          if (prefix === '') inLocalApi -= 1
          if (!nested) {
            const entry = (stats[`${prefix}${op} ${args.collection}`] ??= { calls: 0, ms: 0 })
            entry.calls += 1
            entry.ms += performance.now() - started
          }
        }
      }
      return () => (target[op] = original)
    })
  const restore = [
    ...wrap(payload as unknown as Record<string, (args: { collection: string }) => Promise<unknown>>, ['create', 'update', 'find'], ''),
    ...wrap(payload.db as unknown as Record<string, (args: { collection: string }) => Promise<unknown>>, ['create', 'updateOne', 'find'], 'db.'),
  ]
  return { stats, stop: () => restore.forEach((undo) => undo()) }
}

/** Peak heap, sampled: process.resourceUsage() only knows the peak RSS. */
/**
 * The heap's peak, sampled every 20 ms. With v8's heap statistics, not process.memoryUsage():
 * in an importer process the latter cost ~0.8 ms a call (it also measures the process's RSS
 * and array buffers), 4 % of the importer's time in a CPU profile, all of it counted against
 * the importer in the floor ratio.
 */
function heapSampler() {
  const heapUsed = () => v8.getHeapStatistics().used_heap_size
  let peak = heapUsed()
  const timer = setInterval(() => (peak = Math.max(peak, heapUsed())), 20)
  return () => {
    clearInterval(timer)
    return Math.max(peak, heapUsed())
  }
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10

/**
 * Child: the importer over `dir` into `url`. With `preload`, that directory is imported
 * first, untimed (the database then holds an archive already). `rerun`: a second, timed pass
 * over `dir` (every page unchanged).
 */
async function importerWorker(url: string, dir: string, options: { rerun: boolean; preload?: string; parseAhead: boolean }): Promise<Measurement> {
  const { createBulletinConfig } = await import('../payload.config')
  const config = await createBulletinConfig({
    databaseUrl: url,
    secret: 'bench',
    configure: (raw) => ({ ...withSqliteTransactions(raw), logger: { options: { level: 'error' }, destination: process.stderr } }),
  })
  const payload = await getPayload({ config })
  if (options.preload) {
    const preloaded = await runImport(payload, await collectInputs([options.preload]))
    if (preloaded.totals.failed) throw new Error(`preload: ${preloaded.totals.failed} pages failed`)
  }
  const inputs = await collectInputs([dir])
  // The parser's start-up (jieba loads its dictionary on the first page, ~1–3 s) is paid once
  // per process, like Payload's own init before it; an archive of thousands of pages, or a
  // worker that runs for days, never sees it again. Paid here, untimed, on a page that is not
  // in the archive, so that a 20-page run measures what each page costs (printed apart below).
  // The importer parses ahead on a thread of its own, as `npm run import` does (parseAhead/): it
  // starts its parser the same way.
  const parser = options.parseAhead ? startPageParserThread() : null
  const parsePage = parser?.parse
  const warmStarted = performance.now()
  const warmUpPage = fs.readFileSync(path.join(repoRoot, 'samples/city-daily-2024-03-12.txt'))
  await (parsePage ?? (async (bytes: Uint8Array, parseOptions: ParseOptions) => parseBulletin(bytes, parseOptions)))(warmUpPage, { source: 'warm-up', issueDate: '2024-03-12' })
  const warmUpSeconds = (performance.now() - warmStarted) / 1000
  const peakHeap = heapSampler()
  const timer = timeLocalApi(payload)
  const cpu = process.cpuUsage()
  const started = performance.now()
  const report = await runImport(payload, inputs, { parsePage })
  const seconds = (performance.now() - started) / 1000
  const used = process.cpuUsage(cpu)
  // The parse-ahead thread's heap is its own isolate's, not in the sampler's: added, as an upper bound of the two together.
  const heap = peakHeap() + (parser?.peakHeapUsed ?? 0)
  timer.stop()
  if (report.totals.failed) throw new Error(`${report.totals.failed} pages failed: ${report.files.find((file) => file.error)?.error}`)
  ;(globalThis as { gc?: () => void }).gc?.() // the child runs with --expose-gc
  const retained = process.memoryUsage().heapUsed
  let rerunSeconds: number | undefined
  if (options.rerun) {
    const rerunStarted = performance.now()
    await runImport(payload, inputs, { parsePage })
    rerunSeconds = (performance.now() - rerunStarted) / 1000
  }
  await parser?.close()
  await payload.destroy()
  return {
    records: recordsWritten(report),
    pages: inputs.length,
    seconds,
    cpuSeconds: (used.user + used.system) / 1e6,
    peakRssMb: mb(process.resourceUsage().maxRSS * 1024),
    peakHeapMb: mb(heap),
    retainedHeapMb: mb(retained),
    rerunSeconds,
    warmUpSeconds,
    calls: timer.stats,
    written: { created: { ...report.totals.created }, updated: { ...report.totals.updated } },
  }
}

/** Seconds if every record written had cost one Local API write of its kind, at this run's means. */
function floorSeconds(importer: Measurement): number {
  let ms = 0
  for (const [op, counts] of [['create', importer.written!.created], ['update', importer.written!.updated]] as const) {
    for (const [collection, count] of Object.entries(counts)) {
      const stats = importer.calls![`${op} ${collection}`]
      if (count && stats) ms += count * (stats.ms / stats.calls)
    }
  }
  return ms / 1000
}

/** Where the importer's time went: one row per Local API call kind, then everything else. */
function breakdownRows(kind: string, importer: Measurement): string[][] {
  const total = importer.seconds * 1000
  const entries = Object.entries(importer.calls!).sort((a, b) => b[1].ms - a[1].ms)
  const apiMs = entries.reduce((sum, [, stats]) => sum + stats.ms, 0)
  const share = (ms: number) => `${Math.round((ms / total) * 100)}%`
  return [
    ...entries.map(([call, stats]) => [kind, call, `${stats.calls}`, `${(stats.ms / 1000).toFixed(1)}`, `${(stats.ms / stats.calls).toFixed(2)}`, share(stats.ms)]),
    [kind, 'parse, plan, report (no Local API, no db.*)', '', `${((total - apiMs) / 1000).toFixed(1)}`, '', share(total - apiMs)],
  ]
}

/** Tables the importer writes to (users, preferences, migrations and locks are not its rows). */
const isImporterTable = (name: string) => !/^(payload_|users|sqlite_|_cf_|libsql_)/.test(name)

/** Child: the same rows through the raw driver, into the same database. */
async function rawWorker(url: string, pages: number): Promise<Measurement> {
  const peakHeap = heapSampler()
  let rows: Array<{ table: string; row: Record<string, unknown> }> = []
  let insertChunks: (chunks: Array<typeof rows>) => Promise<void>
  let close: () => Promise<void>
  if (url.startsWith('file:')) {
    const client = createClient({ url })
    const names = (await client.execute("SELECT name FROM sqlite_master WHERE type = 'table'")).rows.map((row) => String(row.name)).filter(isImporterTable)
    // Parents before children, so every row's foreign keys exist when it goes in (libsql
    // opens a new connection per transaction, so PRAGMA foreign_keys cannot be switched off).
    const parents = new Map<string, string[]>()
    for (const name of names) parents.set(name, (await client.execute(`PRAGMA foreign_key_list("${name}")`)).rows.map((row) => String(row.table)).filter((t) => t !== name))
    const tables: string[] = []
    const visit = (name: string) => {
      if (tables.includes(name)) return
      for (const parent of parents.get(name) ?? []) if (names.includes(parent)) visit(parent)
      tables.push(name)
    }
    names.forEach(visit)
    const byTable = new Map<string, Array<Record<string, unknown>>>()
    for (const table of [...tables].reverse()) {
      byTable.set(table, (await client.execute(`SELECT * FROM "${table}"`)).rows.map((row) => ({ ...row }) as Record<string, unknown>))
      await client.execute(`DELETE FROM "${table}"`) // children first
    }
    rows = tables.flatMap((table) => byTable.get(table)!.map((row) => ({ table, row })))
    insertChunks = async (chunks) => {
      for (const chunk of chunks) {
        const tx = await client.transaction('write')
        for (const { table, row } of chunk) {
          const columns = Object.keys(row)
          await tx.execute({
            sql: `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(',')}) VALUES (${columns.map(() => '?').join(',')})`,
            args: columns.map((c) => row[c] as never),
          })
        }
        await tx.commit()
      }
    }
    close = async () => client.close()
  } else {
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    await client.query('SET session_replication_role = replica') // no FK triggers: rows go back in any order
    const tables = (await client.query("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).rows.map((row) => String(row.tablename)).filter(isImporterTable)
    for (const table of tables) {
      for (const row of (await client.query(`SELECT * FROM "${table}"`)).rows) rows.push({ table, row })
      await client.query(`DELETE FROM "${table}"`)
    }
    insertChunks = async (chunks) => {
      for (const chunk of chunks) {
        await client.query('BEGIN')
        for (const { table, row } of chunk) {
          const columns = Object.keys(row)
          const values = columns.map((c) => (row[c] !== null && typeof row[c] === 'object' && !(row[c] instanceof Date) ? JSON.stringify(row[c]) : row[c]))
          await client.query(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(',')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(',')})`, values)
        }
        await client.query('COMMIT')
      }
    }
    close = () => client.end()
  }
  // As many transactions as the importer used (one per page), each with an equal share of rows.
  const size = Math.ceil(rows.length / pages)
  const chunks = Array.from({ length: pages }, (_, index) => rows.slice(index * size, (index + 1) * size))
  const total = rows.length
  rows = []
  const cpu = process.cpuUsage()
  const started = performance.now()
  await insertChunks(chunks)
  const seconds = (performance.now() - started) / 1000
  const used = process.cpuUsage(cpu)
  await close()
  return { records: 0, pages, seconds, cpuSeconds: (used.user + used.system) / 1e6, peakRssMb: mb(process.resourceUsage().maxRSS * 1024), peakHeapMb: mb(peakHeap()), rows: total }
}

function runWorker(args: string[]): Measurement {
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(here, 'index.ts'), ...args], {
    cwd: repoRoot,
    env: { ...process.env, NODE_OPTIONS: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * 1024 * 1024,
  })
  const line = out.toString().trim().split('\n').pop()!
  // Each measurement as it lands, so a run cut short still leaves its figures.
  process.stderr.write(`measured ${args.slice(2, 4).join(' ')} ${args[args.indexOf('--dir') + 1] ?? ''}${args.includes('--preload') ? ' (preloaded)' : ''}: ${line}\n`)
  return JSON.parse(line) as Measurement
}

interface Database {
  kind: 'sqlite' | 'postgres'
  url: string
  drop(): Promise<void>
}

async function freshDatabase(kind: 'sqlite' | 'postgres'): Promise<Database> {
  const id = randomBytes(4).toString('hex')
  if (kind === 'sqlite') {
    const file = path.join(workDir, `bench-${id}.db`)
    return { kind, url: `file:${file}`, drop: async () => removeSqlite(`file:${file}`) }
  }
  const server = process.env.BENCH_POSTGRES_URL || process.env.TEST_POSTGRES_URL || 'postgres://postgres:postgres@127.0.0.1:5432/postgres'
  const admin = new pg.Client({ connectionString: server, connectionTimeoutMillis: 5_000 })
  await admin.connect()
  await admin.query(`CREATE DATABASE "bench_import_${id}"`)
  await admin.end()
  const url = new URL(server)
  url.pathname = `/bench_import_${id}`
  return {
    kind,
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: server })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS "bench_import_${id}" WITH (FORCE)`)
      await client.end()
    },
  }
}

function removeSqlite(url: string) {
  const file = url.slice('file:'.length)
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true })
}

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - text.length))

function printTable(header: string[], rows: string[][]) {
  const widths = header.map((cell, index) => Math.max(cell.length, ...rows.map((row) => (row[index] ?? '').length)))
  console.log(header.map((cell, index) => pad(cell, widths[index]!)).join(' | '))
  console.log(widths.map((width) => '-'.repeat(width)).join('-|-'))
  for (const row of rows) console.log(row.map((cell, index) => pad(cell, widths[index]!)).join(' | '))
}

/** One row of the targets table (issue 11): what was measured against what is wanted. */
type TargetRow = [db: string, measure: string, value: string, target: string, met: string]

const percent = (ratio: number) => `${Math.round(ratio * 100)}%`
const verdict = (ok: boolean) => (ok ? 'yes' : 'NO')

export default async function bench(argv: string[]) {
  // --workers N,M: worker processes sharing a queue, a bench of its own (bench/importWorkers.ts).
  if (argv.some((arg) => arg === '--workers' || arg.startsWith('--workers='))) return (await import('./importWorkers')).default(argv)
  const { values } = parseArgs({
    args: argv,
    options: {
      pages: { type: 'string', default: '300' },
      db: { type: 'string', default: 'sqlite,postgres' },
      memory: { type: 'string', default: '150,300,600' },
      growth: { type: 'string', default: '50' },
      worker: { type: 'string' },
      url: { type: 'string' },
      dir: { type: 'string' },
      preload: { type: 'string' },
      rerun: { type: 'boolean', default: false },
      // `off`: the importer parses each page on its own thread, as before parse-ahead (for a comparison run).
      'parse-ahead': { type: 'string', default: 'on' },
    },
  })
  if (values.worker) {
    const result =
      values.worker === 'importer'
        ? await importerWorker(values.url!, values.dir!, { rerun: values.rerun!, preload: values.preload, parseAhead: values['parse-ahead'] !== 'off' })
        : await rawWorker(values.url!, Number(values.pages))
    process.stdout.write(`${JSON.stringify(result)}\n`)
    process.exit(0) // PostgreSQL pools can keep the worker alive
  }

  const sample = samplePath(repoRoot)
  if (!fs.existsSync(sample)) throw new Error(`bench import needs the shared sample page at ${sample}`)
  const pages = Number(values.pages)
  const memorySizes = values.memory === 'none' ? [] : values.memory!.split(',').map(Number).filter((size) => size > 0)
  const growth = Number(values.growth)
  fs.rmSync(workDir, { recursive: true, force: true })
  const text = fs.readFileSync(sample, 'utf8')
  const archives = new Map<number, string>()
  for (const size of new Set([pages, ...memorySizes, ...(growth > 0 ? [growth] : [])])) {
    archives.set(size, path.join(workDir, `archive-${size}`))
    writeArchive(text, archives.get(size)!, size)
  }
  // The preload: ten times the measured archive, other names, other dates (pageArchive.ts ArchiveVariant).
  const preloadDir = path.join(workDir, `preload-${growth * 10}`)
  if (growth > 0) writeArchive(text, preloadDir, growth * 10, 0, { nameSeed: 11, startDate: '1991-01-01' })
  const bytes = fs.readdirSync(archives.get(pages)!).reduce((sum, file) => sum + fs.statSync(path.join(archives.get(pages)!, file)).size, 0)
  console.log(
    `archive: ${pages} pages (${Math.round(bytes / 1024)} KiB); memory at ${memorySizes.join('/') || '-'} pages; ` +
      `growth: ${growth || '-'} pages into empty vs preloaded with ${growth * 10}; machine load ${(await import('node:os')).loadavg()[0]!.toFixed(1)}`,
  )

  /** The importer over `size` pages in a fresh database of `kind`, in its own child process. */
  const importInto = async (kind: Database['kind'], dir: string, extra: string[] = []) => {
    const db = await freshDatabase(kind)
    try {
      return runWorker(['import', '--worker', 'importer', '--url', db.url, '--dir', dir, '--parse-ahead', values['parse-ahead']!, ...extra])
    } finally {
      await db.drop().catch(() => undefined)
    }
  }

  const rows: string[][] = []
  const floorRows: string[][] = []
  const breakdown: string[][] = []
  const memoryRows: string[][] = []
  const growthRows: string[][] = []
  const targets: TargetRow[] = []
  const warmUps: string[] = []
  for (const kind of values.db!.split(',') as Array<'sqlite' | 'postgres'>) {
    let full: Database
    try {
      full = await freshDatabase(kind)
    } catch (error) {
      rows.push([kind, `skipped: ${(error as Error).message}`])
      continue
    }
    let importer: Measurement
    try {
      importer = runWorker(['import', '--worker', 'importer', '--url', full.url, '--dir', archives.get(pages)!, '--rerun', '--parse-ahead', values['parse-ahead']!])
      const raw = runWorker(['import', '--worker', 'raw', '--url', full.url, '--pages', String(pages)])
      const rate = importer.records / importer.seconds
      const rawRate = importer.records / raw.seconds
      const floor = floorSeconds(importer)
      if (importer.warmUpSeconds !== undefined) warmUps.push(`${kind} ${importer.warmUpSeconds.toFixed(1)} s`)
      const floorRate = importer.records / floor
      breakdown.push(...breakdownRows(kind, importer))
      rows.push([
        kind,
        `${Math.round(rate)}`,
        `${Math.round(rawRate)}`,
        percent(rate / rawRate),
        `${Math.round(floorRate)} (${percent(floorRate / rawRate)})`,
        `${importer.records} records, ${raw.rows} rows`,
        `${importer.seconds.toFixed(1)} s (cpu ${importer.cpuSeconds.toFixed(1)} s)`,
        `${raw.seconds.toFixed(1)} s (cpu ${raw.cpuSeconds.toFixed(1)} s)`,
        `${(pages / importer.rerunSeconds!).toFixed(1)}`,
        `${importer.peakRssMb} MB`,
        `${raw.peakRssMb} MB`,
      ])
      floorRows.push([
        kind,
        `${(pages / importer.seconds).toFixed(2)}`,
        `${Math.round(rate)}`,
        `${(pages / floor).toFixed(2)}`,
        `${Math.round(floorRate)}`,
        percent(rate / floorRate),
      ])
      targets.push([kind, `importer / Local API floor (${pages} pages)`, percent(rate / floorRate), '>= 80%', verdict(rate / floorRate >= 0.8)])
    } finally {
      await full.drop().catch(() => undefined)
    }

    if (memorySizes.length) {
      const bySize: Array<readonly [number, Measurement]> = []
      for (const size of memorySizes) bySize.push([size, size === pages ? importer! : await importInto(kind, archives.get(size)!)])
      for (const [size, measured] of bySize) {
        memoryRows.push([kind, `${size}`, `${measured.peakHeapMb} MB`, `${measured.retainedHeapMb} MB`, `${measured.peakRssMb} MB`, `${(size / measured.seconds).toFixed(2)}`])
      }
      const smallest = bySize[0]!
      const largest = bySize[bySize.length - 1]!
      if (largest[0] > smallest[0]) {
        const ratio = largest[1].peakHeapMb / smallest[1].peakHeapMb
        targets.push([kind, `peak heap ${largest[0]} / ${smallest[0]} pages`, `${largest[1].peakHeapMb} / ${smallest[1].peakHeapMb} MB = ${percent(ratio)}`, '<= 110%', verdict(ratio <= 1.1)])
      }
    }

    if (growth > 0) {
      // Empty before and after the preloaded run, so a change in the machine's load between
      // them shows (the machine is shared) and the ratio is taken against their mean.
      const emptyBefore = await importInto(kind, archives.get(growth)!)
      const preloaded = await importInto(kind, archives.get(growth)!, ['--preload', preloadDir])
      const emptyAfter = await importInto(kind, archives.get(growth)!)
      const pagesPerSecond = (measured: Measurement) => growth / measured.seconds
      const empty = (pagesPerSecond(emptyBefore) + pagesPerSecond(emptyAfter)) / 2
      const ratio = pagesPerSecond(preloaded) / empty
      growthRows.push([
        kind,
        `${pagesPerSecond(emptyBefore).toFixed(2)} / ${pagesPerSecond(emptyAfter).toFixed(2)}`,
        `${pagesPerSecond(preloaded).toFixed(2)}`,
        `${Math.round(preloaded.records / preloaded.seconds)} vs ${Math.round(((emptyBefore.records + emptyAfter.records) / (emptyBefore.seconds + emptyAfter.seconds)))}`,
        percent(ratio),
      ])
      targets.push([kind, `pages/s into ${growth * 10} preloaded / into empty (${growth} pages)`, percent(ratio), '>= 90%', verdict(ratio >= 0.9)])
    }
  }
  const header = ['db', 'importer rec/s', 'raw rec/s', 'importer/raw', 'Local API floor rec/s (/raw)', 'written', 'importer time', 'raw insert time', 're-import pages/s', 'importer peak RSS', 'raw peak RSS']
  printTable(header, rows)
  console.log('records = articles + people + events created or updated; raw rec/s = the same records over the raw insert time of their rows;')
  console.log('Local API floor = the rate if each record cost exactly one Local API write of its kind (at the means below) and nothing else.')
  if (warmUps.length) console.log(`Not in the importer time: the parser's one-time start in each importer process (jieba's dictionary), ${warmUps.join(', ')}.`)
  console.log('')
  printTable(['db', 'importer pages/s', 'importer rec/s', 'floor pages/s', 'floor rec/s', 'importer / floor'], floorRows)
  console.log('')
  printTable(['db', 'importer time spent in', 'calls', 'seconds', 'mean ms', 'share'], breakdown)
  if (memoryRows.length) {
    console.log('')
    printTable(['db', 'pages', 'peak heap', 'heap retained (after gc)', 'peak RSS', 'pages/s'], memoryRows)
    console.log('peak heap = the importer thread\'s peak + the parse-ahead thread\'s (sampled after each page); retained = the importer thread\'s; RSS = the process.')
  }
  if (growthRows.length) {
    console.log('')
    printTable(['db', 'pages/s into empty (before / after)', `pages/s into ${growth * 10} preloaded`, 'rec/s preloaded vs empty', 'preloaded / empty'], growthRows)
  }
  console.log('')
  printTable(['db', 'measure', 'value', 'target', 'met?'], targets)
  fs.rmSync(workDir, { recursive: true, force: true })
}
