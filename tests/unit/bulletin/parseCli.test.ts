import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { repoRoot } from './repoPaths'

/** `npm run parse` is `tsx scripts/parse.ts`; run that directly, as a child process. */
function parse(args: string[], input?: string) {
  const r = spawnSync(path.join(repoRoot, 'node_modules/.bin/tsx'), [path.join(repoRoot, 'scripts/parse.ts'), ...args], {
    cwd: repoRoot,
    input,
    encoding: 'utf8',
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

let dir = ''
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'parse-cli-'))
  mkdirSync(path.join(dir, 'sub'))
  writeFileSync(path.join(dir, 'b-2024-01-02.txt'), '会议召开\n\n本报讯（记者 方 正）昨日，市长邵静怡主持会议。\n')
  writeFileSync(path.join(dir, 'sub', 'a.txt'), '本报讯 8月30日，北湖镇召开会议。\n')
  writeFileSync(path.join(dir, 'notes.md'), '不是页面')
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('npm run parse', () => {
  test('one page: the JSON contract on stdout, exit 0, issue date from the file name', () => {
    const r = parse(['samples/city-daily-2024-03-12.txt'])
    expect(r.code).toBe(0)
    const out = JSON.parse(r.stdout)
    expect(out.bulletins).toHaveLength(1)
    const b = out.bulletins[0]
    expect(b).toMatchObject({ source: 'samples/city-daily-2024-03-12.txt', encoding: 'utf-8', issueDate: '2024-03-12', publication: null })
    expect(Object.keys(b.articles[0])).toEqual(expect.arrayContaining(['headlines', 'title', 'kicker', 'subtitle', 'dateline', 'reporters', 'paragraphs', 'people', 'places', 'events', 'line', 'sourceText']))
    expect(b.events[0]).toEqual(expect.objectContaining({ type: 'meeting', startDate: '2024-03-11', timeApproximate: false }))
    expect(r.stderr).toBe('')
  })

  test('a directory recursively (*.txt only, in name order); a page without a date in its name is warned about per file', () => {
    const r = parse(['--publication', '城市日报', dir])
    expect(r.code).toBe(0)
    const out = JSON.parse(r.stdout)
    expect(out.bulletins.map((b: { source: string }) => path.relative(dir, b.source))).toEqual(['b-2024-01-02.txt', path.join('sub', 'a.txt')])
    expect(out.bulletins[0]).toMatchObject({ issueDate: '2024-01-02', publication: '城市日报' })
    expect(out.bulletins[0].events[0].startDate).toBe('2024-01-01')
    expect(out.bulletins[1].issueDate).toBeNull()
    expect(out.bulletins[1].events[0].startDate).toBeNull()
    expect(r.stderr).toContain(`${path.join(dir, 'sub', 'a.txt')}:0: issue-date-unknown:`)
    expect(r.stderr).toMatch(/a\.txt:1: date-unresolved: "8月30日"/)
  })

  test('--issue-date applies to every input and standard input is read from -', () => {
    const r = parse(['--issue-date', '2021-08-31', '-'], '本报讯 昨日，北湖镇召开会议。\n')
    expect(r.code).toBe(0)
    const b = JSON.parse(r.stdout).bulletins[0]
    expect(b).toMatchObject({ source: '-', issueDate: '2021-08-31' })
    expect(b.events[0].startDate).toBe('2021-08-30')
  })

  test('an unreadable input: listed with an error and empty arrays, reported on stderr, exit 1; the others still parse', () => {
    const png = path.join(dir, 'image.txt')
    writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))
    try {
      const r = parse([png, path.join(dir, 'missing.txt'), 'samples/city-daily-2024-03-12.txt'])
      expect(r.code).toBe(1)
      const out = JSON.parse(r.stdout)
      expect(out.bulletins.map((b: { error?: { code: string } }) => b.error?.code ?? null)).toEqual(['binary-input', 'unreadable', null])
      expect(out.bulletins[0]).toMatchObject({ articles: [], people: [], events: [] })
      expect(r.stderr).toContain(`${png}:0: binary-input: The input is a PNG image`)
      expect(r.stderr).toContain('missing.txt:0: unreadable: No such file.')
    } finally {
      rmSync(png)
    }
  })

  test.each([
    [[], 'No input given.'],
    [['--issue-date', '2021-02-30', 'x.txt'], '--issue-date must be a date'],
    [['--bogus', 'x.txt'], "Unknown option '--bogus'"],
  ])('bad usage %j: exit 2 with the usage text', (args, message) => {
    const r = parse(args)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(message)
    expect(r.stderr).toContain('Usage: npm run parse --')
    expect(r.stdout).toBe('')
  })
})
