import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parseBulletin } from '../../../src/bulletin/index'
import { findDateMentions } from '../../../src/bulletin/dateMentions'
import { plainTextOfLexical } from '../../../src/collections/Articles/hooks/copyBodyText'
import { latestPosition } from '../../../src/components/PeopleCells/latestPosition'
import { drawableMarks, segmentText } from '../../../src/components/SourceReview/segments'
import { lexicalBodyFromParagraphs } from '../../../src/import/lexicalBody'
import { reviewMarks, warningsOfArticle } from '../../../src/import/reviewMarks'
import { repoRoot } from '../bulletin/repoPaths'

describe('review panel: the original text cut into marked pieces', () => {
  const text = '市长邵静怡来到云溪区。'
  test('joined back, the pieces are the text; each mark covers its span', () => {
    const marks = [
      { kind: 'place', start: 7, end: 10 },
      { kind: 'person', start: 2, end: 5 },
    ]
    const pieces = segmentText(text, marks)
    expect(pieces.map((p) => p.text).join('')).toBe(text)
    expect(pieces.filter((p) => p.mark).map((p) => [p.mark!.kind, p.text])).toEqual([
      ['person', '邵静怡'],
      ['place', '云溪区'],
    ])
  })
  test('overlapping, out-of-range and malformed marks are left out, not drawn wrong', () => {
    const marks = [{ kind: 'person', start: 2, end: 5 }, { kind: 'place', start: 4, end: 6 }, { kind: 'date', start: 9, end: 99 }, { kind: 'x', start: 0, end: 1 }, null, 'a']
    expect(drawableMarks(text, marks)).toEqual([{ kind: 'person', start: 2, end: 5 }])
    expect(segmentText(text, 'not a list')).toEqual([{ text, mark: null }])
  })
})

describe('dates in the original text', () => {
  test('a date with full-width digits is found where it is printed, with the day it means', () => {
    const source = '本报讯（记者 方 远）３月１１日下午，市长来到云溪区。\n立即行动，昨日完成。'
    const found = findDateMentions(source, '2024-03-12')
    expect(found.map((d) => [source.slice(d.start, d.end), d.date])).toEqual([
      ['３月１１日', '2024-03-11'],
      ['昨日', '2024-03-11'],
    ])
  })
  test('on the sample page every article mark slices back to its text, and names and dates do not overlap', () => {
    const file = path.join(repoRoot, 'samples/city-daily-2024-03-12.txt')
    const parsed = parseBulletin(readFileSync(file), { source: file, issueDate: '2024-03-12' })
    let dates = 0
    for (const article of parsed.articles) {
      const { mentions } = reviewMarks(article, parsed.warnings, parsed.issueDate)
      for (const [i, mark] of mentions.entries()) {
        if (mark.kind === 'date') {
          dates++
          expect(article.sourceText!.slice(mark.start, mark.end)).toBe(mark.text)
        }
        if (i > 0) expect(mark.start).toBeGreaterThanOrEqual(mentions[i - 1]!.end)
      }
    }
    expect(dates).toBeGreaterThan(0)
  })
})

describe("an article's warnings", () => {
  test('are the page warnings on its own lines; page-wide warnings stay with the page', () => {
    const article = { line: 10, sourceText: 'a\nb\nc' } as Parameters<typeof warningsOfArticle>[0]
    const warnings = [
      { code: 'before', message: 'x', line: 9 },
      { code: 'first', message: 'x', line: 10 },
      { code: 'last', message: 'x', line: 12 },
      { code: 'after', message: 'x', line: 13 },
      { code: 'page', message: 'x', line: null },
    ]
    expect(warningsOfArticle(article, warnings).map((w) => w.code)).toEqual(['first', 'last'])
  })
})

describe('plain copy of the body for search', () => {
  test('one line per paragraph, no markup; empty or foreign values give null', () => {
    expect(plainTextOfLexical(lexicalBodyFromParagraphs(['第一段防汛。', '第二段。']))).toBe('第一段防汛。\n第二段。')
    expect(plainTextOfLexical(lexicalBodyFromParagraphs([]))).toBeNull()
    expect(plainTextOfLexical('<p>x</p>')).toBeNull()
    expect(plainTextOfLexical(null)).toBeNull()
  })
})

describe('latest title of a person', () => {
  test('the latest day wins, a later row wins a tie, rows without a title are skipped', () => {
    expect(latestPosition([{ title: '市长', asOf: '2021-08-31' }, { title: '副市长', asOf: '2020-01-05' }])?.title).toBe('市长')
    expect(latestPosition([{ title: 'A', asOf: '2021-08-31T00:00:00.000Z' }, { title: 'B', asOf: '2021-08-31' }])?.title).toBe('B')
    expect(latestPosition([{ title: '市长', asOf: null }, { title: '', asOf: '2030-01-01' }])?.title).toBe('市长')
    expect(latestPosition([])).toBeNull()
  })
})
