import { describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { repoRoot } from './repoPaths'

/** Comments and docs point only to files that exist in the repository (some named docs/*.md files that never were). */
/** The comment text of a source file (block comment lines and // comments): code may name files elsewhere (../shared). */
function comments(source: string): string {
  return source
    .split('\n')
    .map((line) => (/^\s*(?:\/\*|\*)/u.test(line) ? line : (/(?:^|\s)\/\/(.*)$/u.exec(line)?.[1] ?? '')))
    .join('\n')
}

describe('references to files', () => {
  test('every path that a comment or a doc names exists', () => {
    const files = execFileSync('git', ['ls-files', '*.ts', '*.tsx', '*.mjs', '*.md'], { cwd: repoRoot, encoding: 'utf8' }).split('\n').filter(Boolean)
    expect(files.length).toBeGreaterThan(20)
    const missing: string[] = []
    for (const file of files) {
      const text = file.endsWith('.md') ? readFileSync(path.join(repoRoot, file), 'utf8') : comments(readFileSync(path.join(repoRoot, file), 'utf8'))
      for (const m of text.matchAll(/(?<![\w./-])((?:docs|src|tests|scripts|bench|samples)\/[\w./-]*\.(?:md|ts|mjs|json|txt))(?![\w*])/gu)) {
        if (!existsSync(path.join(repoRoot, m[1]!))) missing.push(`${file}: ${m[1]}`)
      }
    }
    expect(missing).toEqual([])
  })
})
