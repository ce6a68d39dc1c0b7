import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parseBulletinText } from '../../../src/bulletin/index'
import { repoRoot } from './repoPaths'

/**
 * Parsing cost grows with the input, not with its square. Each page is parsed at two sizes
 * and the CPU time (not wall time: the machine is shared) of the larger must stay under
 * three times that of the smaller; a quadratic stage makes it four. The pages are single
 * lines, where one paragraph is the whole page: roleIn, the sentence around a date and the
 * clause around a name each read the whole paragraph per mention before.
 */
const sample = readFileSync(path.join(repoRoot, 'samples/city-daily-2024-03-12.txt'), 'utf8')

/** `unit` repeated to about `chars` characters, each copy numbered (an exact copy of an article is dropped as a duplicate). */
function repeated(unit: string, chars: number): string {
  let out = ''
  for (let i = 0; out.length < chars; i++) out += `${unit}${i}`
  return out.slice(0, chars)
}

function cpuSeconds(text: string): number {
  let best = Infinity
  for (let round = 0; round < 2; round++) {
    const before = process.cpuUsage()
    parseBulletinText(text, { source: 'scaling', issueDate: '2024-03-12' })
    const used = process.cpuUsage(before)
    best = Math.min(best, (used.user + used.system) / 1e6)
  }
  return best
}

const pages: [string, string][] = [
  // Real sentences, every line break removed.
  ['the sample page on one line', sample.replace(/\s*\n\s*/gu, '')],
  // Names, titles, dates and date ranges, with no punctuation at all: one endless clause.
  ['one clause without punctuation', '市委书记张建国主持会议8月30日至9月3日举办展览王丽、李强、赵军出席并讲话由来到北山镇调研上午10时主办承办'],
]

describe('parsing cost is linear in the input', () => {
  test.each(pages)('%s: twice the text costs less than three times the CPU', (_name, unit) => {
    parseBulletinText(repeated(unit, 2000), { source: 'warm-up', issueDate: '2024-03-12' })
    const small = cpuSeconds(repeated(unit, 60_000))
    const large = cpuSeconds(repeated(unit, 120_000))
    expect(large / small).toBeLessThan(3)
  })
})
