/**
 * npm run bench -- parse [--mb 8,16,32] [--rounds 2]
 * npm run bench -- parse --scaling 0.5,1,2,4
 *
 * Throughput (MB/s of input bytes) and peak memory of `parseBulletin`, side
 * by side with bare @node-rs/jieba `tag()` over the same text, at several
 * input sizes. Pages are generated one at a time from the fixture pages (and
 * the shared sample when present) with names, dates and places varied, the
 * way a directory of pages is read one file at a time; so memory should stay
 * flat as the input grows. Each measurement runs in its own child process so
 * one does not inherit the other's heap. Throughput is shown by CPU time and
 * by wall time: on a shared machine wall time mostly measures the neighbours.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { Jieba } from '@node-rs/jieba'
import { dict } from '@node-rs/jieba/dict.js'
import { parseBulletin } from '../src/bulletin/index'

const here = path.dirname(fileURLToPath(import.meta.url))
const repoRoot = path.resolve(here, '..')

interface Base {
  text: string
  names: string[]
  places: string[]
}

export function basePages(): Base[] {
  const files = [path.join(repoRoot, 'tests/fixtures/pages'), path.join(repoRoot, 'samples')].flatMap((d) =>
    readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => path.join(d, f)),
  )
  const shared = path.resolve(repoRoot, '../shared/samples/zhengzhou-daily-2021-08-31.txt')
  if (existsSync(shared)) files.push(shared)
  return files.map((f) => {
    const bytes = readFileSync(f)
    const r = parseBulletin(bytes, { source: f, issueDate: '2021-08-31' })
    return { text: bytes.toString('utf8'), names: r.people.map((p) => p.name), places: r.articles.flatMap((a) => a.places) }
  })
}

/** A small deterministic generator, so every run times the same pages. */
export function rng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

const SURNAMES = Array.from('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢')
const GIVEN = Array.from('建国华明丽静伟芳军强磊洋勇艳杰娟涛超秀霞平刚桂英玉兰春梅海波宇浩然思远嘉怡子涵欣悦晨阳立新卫东')
const PLACE = Array.from('东西南北青云石柳桃杏松竹梅兰金银凤龙安宁和平新丰乐')

export function variant(base: Base, next: () => number): string {
  const pick = <T>(xs: T[]) => xs[Math.floor(next() * xs.length)]!
  let text = base.text
  for (const n of base.names) {
    const fresh = pick(SURNAMES) + Array.from({ length: n.length - 1 }, () => pick(GIVEN)).join('')
    text = text.split(n).join(fresh)
  }
  for (const p of base.places) {
    const fresh = Array.from(p).map((c, i) => (i < p.length - 1 && next() < 0.5 ? pick(PLACE) : c)).join('')
    text = text.split(p).join(fresh)
  }
  return text.replace(/(\d{1,2})月(\d{1,2})日/gu, () => `${1 + Math.floor(next() * 12)}月${1 + Math.floor(next() * 28)}日`)
}

interface Measure {
  tool: string
  mb: number
  seconds: number
  /** CPU time (user + system) spent in the timed calls: steadier than wall time on a shared machine. */
  cpuSeconds: number
  pages: number
  peakRss: number
  peakHeap: number
  loadSeconds: number
}

function measure(tool: 'parser' | 'jieba', targetMb: number): Measure {
  const t0 = performance.now()
  const jieba = tool === 'jieba' ? Jieba.withDict(dict) : null
  if (tool === 'parser') parseBulletin(Buffer.from('本报讯 昨日，市长张三来到北山镇。'), { source: 'warm-up', issueDate: '2021-08-31' })
  const loadSeconds = (performance.now() - t0) / 1000
  const bases = basePages()
  const next = rng(42)
  global.gc?.()
  let peakRss = 0
  let peakHeap = 0
  let bytesDone = 0
  let pages = 0
  let seconds = 0
  let cpuSeconds = 0
  const target = targetMb * 1024 * 1024
  while (bytesDone < target) {
    const text = variant(bases[pages % bases.length]!, next)
    const bytes = Buffer.from(text, 'utf8')
    const start = performance.now()
    const cpu = process.cpuUsage()
    if (tool === 'parser') parseBulletin(bytes, { source: `page-${pages}.txt`, issueDate: '2021-08-31' })
    else jieba!.tag(text, true)
    const used = process.cpuUsage(cpu)
    seconds += (performance.now() - start) / 1000
    cpuSeconds += (used.user + used.system) / 1e6
    bytesDone += bytes.length
    pages++
    if (pages % 20 === 0) {
      const m = process.memoryUsage()
      peakRss = Math.max(peakRss, m.rss)
      peakHeap = Math.max(peakHeap, m.heapUsed)
    }
  }
  const m = process.memoryUsage()
  peakRss = Math.max(peakRss, m.rss)
  peakHeap = Math.max(peakHeap, m.heapUsed)
  return { tool, mb: bytesDone / 1024 / 1024, seconds, cpuSeconds, pages, peakRss, peakHeap, loadSeconds }
}

/**
 * --scaling: one page per size, every line break removed (a single line, one paragraph: the
 * shape that made the parser quadratic), parsed in this process; CPU seconds per size and
 * the ratio to the size before. Linear cost doubles with the size; quadratic quadruples.
 */
function scaling(sizes: number[]): void {
  const bases = basePages()
  parseBulletin(Buffer.from(bases[0]!.text), { source: 'warm-up', issueDate: '2021-08-31' })
  console.log('| single-line page MB | CPU s | × previous size | CPU s per MB |')
  console.log('|---:|---:|---:|---:|')
  let previous: number | null = null
  for (const mb of sizes) {
    // Pages varied (names, places, dates) as in the main bench: exact copies would be dropped as duplicates.
    const next = rng(7)
    const parts: string[] = []
    for (let size = 0, i = 0; size < mb * 1024 * 1024; i++) {
      const part = variant(bases[i % bases.length]!, next).replace(/\s*\n\s*/gu, '')
      parts.push(part)
      size += Buffer.byteLength(part)
    }
    const bytes = Buffer.from(parts.join(''))
    const cpu = process.cpuUsage()
    parseBulletin(bytes, { source: `line-${mb}.txt`, issueDate: '2021-08-31' })
    const used = process.cpuUsage(cpu)
    const seconds = (used.user + used.system) / 1e6
    const realMb = bytes.length / 1024 / 1024
    console.log(`| ${realMb.toFixed(2)} | ${seconds.toFixed(2)} | ${previous === null ? '' : (seconds / previous).toFixed(2)} | ${(seconds / realMb).toFixed(2)} |`)
    previous = seconds
  }
}

const MiB = (n: number) => (n / 1024 / 1024).toFixed(0)

export default async function run(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { mb: { type: 'string', default: '8,16,32' }, rounds: { type: 'string', default: '2' }, worker: { type: 'string' }, scaling: { type: 'string' } },
  })
  if (values.scaling) {
    scaling(values.scaling.split(',').map(Number).filter((n) => n > 0))
    return
  }
  if (values.worker) {
    const [tool, mb] = values.worker.split(':') as ['parser' | 'jieba', string]
    process.stdout.write(JSON.stringify(measure(tool, Number(mb))))
    return
  }
  const sizes = values.mb!.split(',').map(Number).filter((n) => n > 0)
  const rounds = Math.max(1, Number(values.rounds))
  // Tagger and parser alternate, each round in fresh processes; the best round
  // of each is kept, so a busy machine (other jobs on the cores) skews less.
  const rows: Measure[] = []
  for (const mb of sizes) {
    const best = new Map<string, Measure>()
    for (let round = 0; round < rounds; round++) {
      for (const tool of ['jieba', 'parser'] as const) {
        process.stderr.write(`measuring ${tool} on ${mb} MB (round ${round + 1}/${rounds})…\n`)
        const out = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url.replace(/parse\.ts$/, 'index.ts')), 'parse', '--worker', `${tool}:${mb}`], {
          encoding: 'utf8',
          maxBuffer: 1 << 20,
          stdio: ['ignore', 'pipe', 'inherit'],
        })
        const m = JSON.parse(out) as Measure
        const prev = best.get(tool)
        if (!prev || m.mb / m.cpuSeconds > prev.mb / prev.cpuSeconds) best.set(tool, { ...m, peakRss: Math.max(m.peakRss, prev?.peakRss ?? 0), peakHeap: Math.max(m.peakHeap, prev?.peakHeap ?? 0) })
        else prev.peakRss = Math.max(prev.peakRss, m.peakRss), (prev.peakHeap = Math.max(prev.peakHeap, m.peakHeap))
      }
    }
    rows.push(best.get('jieba')!, best.get('parser')!)
  }
  const header = ['input MB', 'pages', 'tool', 'MB/s (CPU)', 'MB/s (wall)', 'peak RSS MB', 'peak heapUsed MB', 'load s']
  const lines = rows.map((r) => [
    r.mb.toFixed(1), String(r.pages), r.tool === 'jieba' ? 'bare jieba tag()' : 'parseBulletin', (r.mb / r.cpuSeconds).toFixed(2), (r.mb / r.seconds).toFixed(2),
    MiB(r.peakRss), MiB(r.peakHeap), r.loadSeconds.toFixed(2),
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)))
  const fmt = (cells: string[]) => `| ${cells.map((c, i) => c.padStart(widths[i]!)).join(' | ')} |`
  console.log(fmt(header))
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`)
  for (const l of lines) console.log(fmt(l))
  for (const mb of sizes) {
    const j = rows.find((r) => r.tool === 'jieba' && Math.round(r.mb) >= mb - 1 && Math.round(r.mb) <= mb + 1)
    const p = rows.find((r) => r.tool === 'parser' && Math.round(r.mb) >= mb - 1 && Math.round(r.mb) <= mb + 1)
    if (j && p) {
      const cpu = (p.mb / p.cpuSeconds / (j.mb / j.cpuSeconds)) * 100
      const wall = (p.mb / p.seconds / (j.mb / j.seconds)) * 100
      console.log(`${mb} MB: parser at ${cpu.toFixed(0)}% of the bare tagger's throughput by CPU time (${wall.toFixed(0)}% by wall time; target 50%)`)
    }
  }
}
