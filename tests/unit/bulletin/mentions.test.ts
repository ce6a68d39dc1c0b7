import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parseBulletin, parseBulletinText } from '../../../src/bulletin/index'
import { findMentions } from '../../../src/bulletin/mentions'
import { repoRoot, sharedFile } from './repoPaths'

const bare = (s: string) => s.replace(/[\s\u3000]+/gu, '').normalize('NFKC')

describe('mentions: names as offset spans into the article\'s original text', () => {
  test('a name printed with a padding space is found where it is printed', () => {
    const source = '本报讯（记者 冯 岚）昨日，市长邵静怡来到云溪区。冯岚报道。'
    const found = findMentions(source, [
      { kind: 'person', text: '冯岚' },
      { kind: 'person', text: '邵静怡' },
      { kind: 'place', text: '云溪区' },
    ])
    expect(found.map((m) => [m.kind, m.text, source.slice(m.start, m.end)])).toEqual([
      ['person', '冯岚', '冯 岚'],
      ['person', '邵静怡', '邵静怡'],
      ['place', '云溪区', '云溪区'],
      ['person', '冯岚', '冯岚'],
    ])
  })

  test('the longer of two overlapping names wins, and full-width letters match their folded form', () => {
    const source = '在石桥镇柳湾村召开ＡＰＥＣ会议，柳湾村的村民'
    const found = findMentions(source, [
      { kind: 'place', text: '柳湾村' },
      { kind: 'place', text: '石桥镇柳湾村' },
      { kind: 'place', text: 'APEC' },
    ])
    expect(found.map((m) => source.slice(m.start, m.end))).toEqual(['石桥镇柳湾村', 'ＡＰＥＣ', '柳湾村'])
  })

  test('a name is not matched across a line break, and characters that need escaping are literal', () => {
    expect(findMentions('冯\n岚', [{ kind: 'person', text: '冯岚' }])).toEqual([])
    const text = 'a.b(c) 与 ab 与 a+b'
    expect(findMentions(text, [{ kind: 'place', text: 'a+b' }]).map((m) => m.start)).toEqual([text.lastIndexOf('a+b')])
  })

  const pages = [
    path.join(repoRoot, 'samples/city-daily-2024-03-12.txt'),
    ...[sharedFile('samples/zhengzhou-daily-2021-08-31.txt')].filter((f) => f.available).map((f) => f.path),
  ]
  test.each(pages)('every person and place of every article of %s has a mention that slices back to it', (file) => {
    const r = parseBulletin(readFileSync(file), { source: file, issueDate: '2024-03-12' })
    expect(r.articles.length).toBeGreaterThan(0)
    for (const a of r.articles) {
      for (const m of a.mentions!) {
        expect(bare(a.sourceText!.slice(m.start, m.end))).toBe(bare(m.text))
        expect(m.kind === 'person' ? a.people : a.places).toContain(m.text)
      }
      for (const name of a.people) expect(a.mentions!.some((m) => m.kind === 'person' && m.text === name)).toBe(true)
      for (const place of a.places) expect(a.mentions!.some((m) => m.kind === 'place' && m.text === place)).toBe(true)
    }
  })

  test('an article that names nobody has no mentions', () => {
    const r = parseBulletinText('今天天气晴朗。\n', { source: 'x.txt', issueDate: '2024-03-12' })
    expect(r.articles.flatMap((a) => a.mentions ?? [])).toEqual([])
  })

  /**
   * The reading by characters must give what one regular expression of every name gives
   * (alternatives longest first, spaces allowed between characters, folded forms unfolded):
   * that was the implementation, and its meaning is the contract.
   */
  function byOneExpression(sourceText: string, names: string[]): [string, number, number][] {
    const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
    const forms = (c: string) =>
      /[0-9A-Za-z]/u.test(c) ? `[${escape(c)}${String.fromCodePoint(c.codePointAt(0)! + 0xfee0)}]` : /[·・•‧.．]/u.test(c) ? '[·・•‧.．]' : escape(c)
    const ordered = [...new Set(names)].sort((a, b) => b.length - a.length)
    const pattern = new RegExp(ordered.map((n) => `(${Array.from(n, forms).join('[^\\S\\n]*')})`).join('|'), 'gu')
    return [...sourceText.matchAll(pattern)].map((m) => [ordered[m.slice(1).findIndex((g) => g !== undefined)]!, m.index, m.index + m[0].length])
  }

  test.each(pages)('on %s, the same mentions as one expression of every name, with the page\'s names printed in other forms', (file) => {
    const r = parseBulletin(readFileSync(file), { source: file, issueDate: '2024-03-12' })
    const names = [...new Set(r.articles.flatMap((a) => [...a.people, ...a.places]))]
    expect(names.length).toBeGreaterThan(5)
    // Every article's text, then the names again with a space inside, in full-width letters, with another dot.
    const printed = names.map((n, i) => (i % 3 === 0 ? Array.from(n).join(' ') : i % 3 === 1 ? `${n}·${n}` : n.replace(/[A-Za-z0-9]/gu, (c) => String.fromCodePoint(c.codePointAt(0)! + 0xfee0))))
    const sourceText = [...r.articles.map((a) => a.sourceText!), printed.join('，'), 'ＡＢ Ｃ与A B C、a・b'].join('\n')
    const withOdd = [...names, 'ABC', 'a·b', 'C']
    const kinds = withOdd.map((text) => ({ kind: 'place' as const, text }))
    expect(findMentions(sourceText, kinds).map((m) => [m.text, m.start, m.end])).toEqual(byOneExpression(sourceText, withOdd))
  })
})
