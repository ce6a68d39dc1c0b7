import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parseBulletin } from '../../../src/bulletin/index'
import { checkPage, type ExpectedPage } from './expectedPage'
import { sharedFile } from './repoPaths'

const page = sharedFile('samples/zhengzhou-daily-2021-08-31.txt')
const expectedFile = sharedFile('samples/zhengzhou-daily-2021-08-31.expected.json')
const run = page.available && expectedFile.available ? describe : describe.skip

run('the real sample page (../shared/samples/zhengzhou-daily-2021-08-31.txt)', () => {
  const bytes = () => readFileSync(page.path)
  const expected = () => JSON.parse(readFileSync(expectedFile.path, 'utf8')) as ExpectedPage
  const parse = () => parseBulletin(bytes(), { source: 'zhengzhou-daily-2021-08-31.txt', issueDate: expected().issueDate, publication: '郑州日报' })

  test('matches every item of the expected result', () => {
    checkPage(parse(), expected())
  })

  test('has 18 body paragraphs, with Chinese spaces removed and punctuation made full-width', () => {
    const r = parse()
    const paragraphs = r.articles.flatMap((a) => a.paragraphs)
    expect(paragraphs).toHaveLength(18)
    for (const p of paragraphs) {
      expect(p).not.toMatch(/\p{Script=Han}\s+\p{Script=Han}/u)
      expect(p).not.toMatch(/[,;:"()]/u)
    }
    expect(paragraphs[0]).toContain('8月30日，在收听收看')
    expect(paragraphs.join('')).toContain('“零新增”不等于“零风险”')
  })

  test('reports the source, encoding, hash and publication, and no warnings', () => {
    const r = parse()
    expect(r.encoding).toBe('utf-8')
    expect(r.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(r.publication).toBe('郑州日报')
    expect(r.warnings).toEqual([])
  })

  test('each article keeps its first line and its original text', () => {
    const r = parse()
    const text = bytes().toString('utf8')
    const lines = text.split('\n')
    expect(r.articles.map((a) => a.line)).toEqual([1, 23, 37, 51])
    for (const a of r.articles) {
      expect(a.sourceText!.split('\n')[0]).toBe(lines[a.line! - 1])
      expect(text).toContain(a.sourceText!)
    }
  })

  test('the evening inspection carries 晚上10点多 as about 22:00', () => {
    const r = parse()
    const inspection = r.events.find((e) => e.type === 'inspection')!
    expect(inspection).toMatchObject({ timeOfDay: 'evening', time: '22:00', timeApproximate: true })
    expect(inspection.title).toBe('徐立毅随机检查防汛工作并看望值守人员')
  })

  test('without an issue date, 昨日 and 8月30日 are left null and each is warned about', () => {
    const r = parseBulletin(bytes(), { source: 'page.txt' })
    expect(r.issueDate).toBeNull()
    expect(r.warnings.map((w) => w.code)).toContain('issue-date-unknown')
    expect(r.events.every((e) => e.startDate === null && e.endDate === null)).toBe(true)
    const unresolved = r.warnings.filter((w) => w.code === 'date-unresolved')
    expect(unresolved.length).toBeGreaterThanOrEqual(4)
    expect(unresolved.every((w) => typeof w.line === 'number')).toBe(true)
  })
})
