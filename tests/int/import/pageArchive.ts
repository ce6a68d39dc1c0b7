/**
 * An archive of varied pages generated from the real sample page: every page keeps the
 * sample's structure (four articles, bylines, lists of attendees, dated events) with
 * other names, dates and places, so the importer meets people who recur across pages
 * and people who appear once. Deterministic: page n is always the same text.
 * Used by the crash/concurrency tests and by `npm run bench -- import`.
 */
import fs from 'node:fs'
import path from 'node:path'

/** Where the shared sample lives: beside the repository (CI clones shared/ next to it). */
export function samplePath(repoRoot: string): string {
  return path.resolve(repoRoot, '../shared/samples/zhengzhou-daily-2021-08-31.txt')
}

/** Names in the sample that stay the same on every page (people who recur). */
const RECURRING = ['徐立毅', '习近平']
/** Names in the sample replaced per page; byline names keep their inner space. */
const VARIED = ['侯红', '周富强', '杨福平', '牛卫国', '黄卿', '吕挺琳', '杜新军', '李喜安', '胡荃', '张 昕', '孙亚文', '董艳竹', '裴 其娟']
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '罗', '郑']
const GIVEN = ['伟', '芳', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '涛', '明', '超', '秀英', '建华', '志强', '海燕', '玉兰', '国庆', '红梅']
const COUNTIES = ['荥阳', '巩义', '登封', '新密', '新郑', '中牟']

/** mulberry32: a tiny seeded PRNG, so the archive is the same on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A pool of synthetic names: large enough that most people appear on several pages, not all. */
function namePool(size: number, seed = 7, exclude: readonly string[] = []): string[] {
  const next = random(seed)
  const pool = new Set<string>()
  while (pool.size < size) {
    const name = SURNAMES[Math.floor(next() * SURNAMES.length)]! + GIVEN[Math.floor(next() * GIVEN.length)]!
    if (!RECURRING.includes(name) && !exclude.includes(name) && !VARIED.some((original) => original.replace(/\s/g, '') === name)) pool.add(name)
  }
  return [...pool]
}

const POOL = namePool(120)

/**
 * Another archive's pages: other names (a pool drawn with another seed) from another start
 * date, so none of its articles, people or events is a record of the default archive (the
 * bench's preload: a database that already holds a large, unrelated archive).
 */
export interface ArchiveVariant {
  /** Seed of the name pool (the default archive's is 7). */
  nameSeed: number
  startDate: string
}

const pools = new Map<number, string[]>([[7, POOL]])
// Disjoint from the default pool (20 surnames × 22 given names leave room for both).
const poolOf = (seed: number) => pools.get(seed) ?? pools.set(seed, namePool(120, seed, POOL)).get(seed)!

function addDays(iso: string, days: number): Date {
  const date = new Date(`${iso}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date
}
const chineseDay = (date: Date) => `${date.getUTCMonth() + 1}月${date.getUTCDate()}日`

export interface GeneratedPage {
  fileName: string
  issueDate: string
  text: string
}

/** Page `index` (0-based) of the archive: issue date `startDate` + index days. */
export function generatePage(sample: string, index: number, startDate = '2021-01-01', nameSeed = 7): GeneratedPage {
  const pool = poolOf(nameSeed)
  const issueDate = addDays(startDate, index).toISOString().slice(0, 10)
  const next = random(1000 + index)
  const used = new Set<string>()
  let text = sample
  for (const original of VARIED) {
    let name: string
    do name = pool[Math.floor(next() * pool.length)]!
    while (used.has(name))
    used.add(name)
    const replacement = original.includes(' ') ? `${name[0]} ${name.slice(1)}` : name
    text = text.split(original).join(replacement)
  }
  text = text
    .split('8月30日').join(chineseDay(addDays(issueDate, -1)))
    .split('9月3日').join(chineseDay(addDays(issueDate, 3)))
    .split('荥阳').join(COUNTIES[index % COUNTIES.length]!)
  return { fileName: `city-daily-${issueDate}.txt`, issueDate, text }
}

/** Writes pages [from, to) into `dir`, one file each; returns their paths. */
export function writeArchive(sample: string, dir: string, count: number, from = 0, variant?: ArchiveVariant): string[] {
  fs.mkdirSync(dir, { recursive: true })
  const files: string[] = []
  for (let index = from; index < from + count; index++) {
    const page = variant ? generatePage(sample, index, variant.startDate, variant.nameSeed) : generatePage(sample, index)
    const file = path.join(dir, page.fileName)
    fs.writeFileSync(file, page.text)
    files.push(file)
  }
  return files
}
