import { describe, expect, test } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { issueDateFromFileName, parseBulletin } from '../../../src/bulletin/index'
import { checkPage, type ExpectedPage } from './expectedPage'
import { repoRoot } from './repoPaths'

/** Our own pages (tests/fixtures/pages, samples/), each with the result a reader expects. */
const dirs = [path.join(repoRoot, 'tests/fixtures/pages'), path.join(repoRoot, 'samples')]
const pages = dirs.flatMap((d) =>
  readdirSync(d)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ file: path.join(d, f), expected: path.join(d, f.replace(/\.txt$/, '.expected.json')) })),
)

describe('fixture pages in the forms other papers use', () => {
  test('there are pages to check, the README sample among them', () => {
    expect(pages.map((p) => path.basename(p.file))).toContain('city-daily-2024-03-12.txt')
    expect(pages.length).toBeGreaterThanOrEqual(4)
  })

  test.each(pages.map((p) => [path.relative(repoRoot, p.file), p] as const))('%s matches its expected result', (_name, p) => {
    const expected = JSON.parse(readFileSync(p.expected, 'utf8')) as ExpectedPage
    const issueDate = issueDateFromFileName(p.file)
    expect(issueDate).toBe(expected.issueDate)
    const result = parseBulletin(readFileSync(p.file), { source: p.file, issueDate })
    checkPage(result, expected)
    expect(result.warnings).toEqual([])

    // Provenance: each article's original lines, from its first line, in order and without overlap.
    const lines = readFileSync(p.file, 'utf8').split(/\r\n|\r|\n/)
    let previousEnd = 0
    for (const a of result.articles) {
      expect(a.line!).toBeGreaterThan(previousEnd)
      expect(a.sourceText!.split('\n')).toEqual(lines.slice(a.line! - 1, a.line! - 1 + a.sourceText!.split('\n').length))
      previousEnd = a.line! + a.sourceText!.split('\n').length - 1
    }

    // The importer keys events on date + title: the same text gives the same titles.
    const again = parseBulletin(readFileSync(p.file), { source: 'elsewhere.txt', issueDate })
    expect(again.events.map((e) => [e.startDate, e.title])).toEqual(result.events.map((e) => [e.startDate, e.title]))
  })
})
