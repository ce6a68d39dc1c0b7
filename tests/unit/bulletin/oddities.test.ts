import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { isValidIssueDate, parseBulletinText } from '../../../src/bulletin/index'
import { repoRoot } from './repoPaths'

/** Input that looks fine and is not: invisible characters, impossible dates, odd issue dates, odd file names. */

function cli(script: 'parse' | 'import', args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, `scripts/${script}.ts`), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
    timeout: 120_000,
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

let dir = ''
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'oddities-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('control characters', () => {
  test('BEL, ANSI escapes, U+202E and zero-width spaces are stripped from titles and names, with a warning on the line', () => {
    const page = '市长\u202e邵静怡\u0007调研\u001b[31m秋粮\u001b[0m收购\n\n本报讯（记者 方正）昨日，市长邵\u200b静怡到中牟县调研秋粮收购工作。\n'
    const r = parseBulletinText(page, { source: 'x', issueDate: '2021-08-31' })
    expect(r.articles[0]!.title).toBe('市长邵静怡调研秋粮收购')
    expect(r.articles[0]!.paragraphs[0]).toBe('昨日，市长邵静怡到中牟县调研秋粮收购工作。')
    expect(r.people.map((p) => p.name)).toContain('邵静怡')
    expect(r.warnings.filter((w) => w.code === 'control-characters')).toEqual([
      { code: 'control-characters', message: '4 invisible control characters removed (U+202E, U+0007, an ANSI escape).', line: 1 },
      { code: 'control-characters', message: '1 invisible control character removed (U+200B).', line: 3 },
    ])
  })
})

describe('impossible dates', () => {
  test('2月30日 and 25时70分 are warned about on their line and left null', () => {
    const r = parseBulletinText('会议召开\n\n本报讯 2月30日25时70分，市长邵静怡主持召开会议。\n', { source: 'x', issueDate: '2021-03-05' })
    expect(r.warnings.filter((w) => w.code === 'date-impossible')).toEqual([
      { code: 'date-impossible', message: '"2月30日" is not a date on any calendar; left null.', line: 3 },
      { code: 'date-impossible', message: '"25时70分" is not a time of day; left null.', line: 3 },
    ])
    expect(r.events[0]).toMatchObject({ startDate: null, time: null })
  })

  test('real dates are not warned about (2月29日 in a leap year, 24时)', () => {
    const r = parseBulletinText('本报讯 2月29日24时，市长邵静怡主持召开会议。\n', { source: 'x', issueDate: '2024-03-05' })
    expect(r.warnings.filter((w) => w.code === 'date-impossible')).toEqual([])
  })
})

describe('issue dates: one rule for parse and import', () => {
  test('a real calendar date in 1900–2100', () => {
    expect(isValidIssueDate('2021-08-31')).toBe(true)
    expect(isValidIssueDate('0000-01-01')).toBe(false)
    expect(isValidIssueDate('1899-12-31')).toBe(false)
    expect(isValidIssueDate('9999-12-31')).toBe(false)
    expect(isValidIssueDate('2021-02-30')).toBe(false)
  })

  test('both commands refuse --issue-date 0000-01-01 (exit 2; import wrote it before)', () => {
    const parse = cli('parse', ['--issue-date', '0000-01-01', 'x.txt'])
    const imp = cli('import', ['--issue-date', '0000-01-01', 'x.txt'])
    expect([parse.code, imp.code]).toEqual([2, 2])
    expect(parse.stderr).toContain('--issue-date must be')
    expect(imp.stderr).toContain('--issue-date must be')
  })

  test('an issue date more than a day after today is warned about; the parser is told today by its caller', () => {
    const page = '本报讯 昨日，市长邵静怡主持召开会议。\n'
    const future = parseBulletinText(page, { source: 'x', issueDate: '2030-01-03', today: '2030-01-01' })
    expect(future.warnings.filter((w) => w.code === 'issue-date-future')).toEqual([
      { code: 'issue-date-future', message: 'The issue date 2030-01-03 is after today (2030-01-01).', line: null },
    ])
    expect(parseBulletinText(page, { source: 'x', issueDate: '2030-01-02', today: '2030-01-01' }).warnings.map((w) => w.code)).not.toContain('issue-date-future')
    // The CLI passes today's date: a page dated 2099 is warned about.
    const file = path.join(dir, 'page-2099-01-01.txt')
    writeFileSync(file, page)
    expect(cli('parse', [file]).stderr).toContain(`${file}:0: issue-date-future: The issue date 2099-01-01 is after today`)
  })
})

describe('file names in the log', () => {
  test('a newline in a file name does not break the one-line-per-file log of parse', () => {
    const file = path.join(dir, 'two\nlines.txt')
    writeFileSync(file, '本报讯 8月30日，市长邵静怡主持召开会议。\n')
    const r = cli('parse', [file])
    expect(r.code).toBe(0)
    const lines = r.stderr.trim().split('\n')
    expect(lines.length).toBeGreaterThan(0)
    for (const line of lines) expect(line.startsWith(`${JSON.stringify(file)}:`)).toBe(true)
    expect(JSON.parse(r.stdout).bulletins[0].source).toBe(file)
  })
})
