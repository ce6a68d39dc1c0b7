import { describe, expect, it } from '@jest/globals'
import { desiredPageFromBulletin } from '../../../src/import/desired'
import { lexicalBodyFromParagraphs, paragraphsFromLexicalBody } from '../../../src/import/lexicalBody'
import { planImport } from '../../../src/import/plan'
import { failedFileReport, fileReportFromPlan, runReport, summaryTable } from '../../../src/import/report'
import { parsedPage } from './parsedPage'

const empty = () => ({ records: new Map(), docs: new Map(), bulletin: null })

describe('lexicalBodyFromParagraphs', () => {
  it('writes one paragraph node per paragraph with every property the editor serialises', () => {
    const body = lexicalBodyFromParagraphs(['第一段。', '第二段。'])
    expect(body.root).toMatchObject({ type: 'root', version: 1, format: '', indent: 0, direction: 'ltr' })
    expect(body.root.children[0]).toEqual({
      type: 'paragraph',
      version: 1,
      format: '',
      indent: 0,
      direction: 'ltr',
      textFormat: 0,
      textStyle: '',
      children: [{ type: 'text', version: 1, text: '第一段。', format: 0, detail: 0, mode: 'normal', style: '' }],
    })
    expect(paragraphsFromLexicalBody(body)).toEqual(['第一段。', '第二段。'])
  })
})

describe('report', () => {
  it('counts a planned page per collection and totals a run, failures included', () => {
    const page = fileReportFromPlan(planImport(desiredPageFromBulletin(parsedPage()), empty()))
    expect(page).toMatchObject({ status: 'imported', error: null, created: { articles: 2, people: 6, events: 2 }, conflicts: [] })
    const failed = failedFileReport('broken.txt', null, 'binary-input: The input is a PNG image, not a text page.')
    const run = runReport([page, failed])
    expect(run.totals).toEqual({
      created: { articles: 2, people: 6, events: 2 },
      updated: { articles: 0, people: 0, events: 0 },
      unchanged: { articles: 0, people: 0, events: 0 },
      skipped: { articles: 0, people: 0, events: 0 },
      conflicts: 0,
      failed: 1,
    })
    const table = summaryTable(run).split('\n')
    expect(table[0]).toMatch(/^file\s+status\s+created a\/p\/e\s+updated a\/p\/e\s+unchanged a\/p\/e\s+conflicts\s+note$/)
    expect(table).toContainEqual(expect.stringMatching(/^broken\.txt\s+failed\s+0\/0\/0.*binary-input/))
    expect(table.at(-1)).toMatch(/^total \(2 files\)\s+1 failed\s+2\/6\/2/)
  })
})
