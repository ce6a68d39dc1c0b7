import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { blankFileReport, runReport } from '../../../src/import/report'
import { repoRoot } from './repoPaths'

/**
 * The README's `--json` example names the keys the command really prints, in its order.
 * The real report is built by the functions the CLI prints (runReport over file reports).
 */
function keysInOrder(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => keysInOrder(item, out))
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (!out.includes(key)) out.push(key)
      keysInOrder(item, out)
    }
  }
  return out
}

describe('README examples', () => {
  test('the import --json example has exactly the keys of a real report', () => {
    const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8')
    const block = /`--json` prints[\s\S]*?```json\n([\s\S]*?)```/u.exec(readme)?.[1]
    expect(block).toBeDefined()
    const documented: string[] = []
    for (const m of block!.matchAll(/"(\w+)":/gu)) if (!documented.includes(m[1]!)) documented.push(m[1]!)
    const file = { ...blankFileReport('a.txt', 'x', 'imported', null), conflicts: [{ collection: 'articles' as const, id: '1', key: 'k', fields: ['title'], kept: 'editor' as const }] }
    const real = keysInOrder(JSON.parse(JSON.stringify(runReport([file], false))))
    // Counts' own keys (articles, people, events) are shown once, in `created`.
    expect(documented).toEqual(real)
  })
})
