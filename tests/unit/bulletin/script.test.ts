import { describe, expect, test } from '@jest/globals'
import { normalizeBulletinText, parseBulletinText } from '../../../src/bulletin/index'
import { simplifiedCopy } from '../../../src/bulletin/script'

// An invented page in traditional characters, in the forms of a Hong Kong daily.
const PAGE = [
  '特區政府舉行青年就業論壇',
  '本報訊（記者 于志明）勞工及福利局局長鄭國棟昨日出席在灣仔會議中心舉行的青年就業論壇並致辭。',
  '鄭國棟表示，政府將於明年推出新一輪培訓計劃，並與廣州、深圳的企業加強合作。',
  '',
  '新界北發展計劃諮詢展開',
  '本報訊（記者 范曉雯）發展局昨日宣布，新界北發展計劃公眾諮詢將於下月展開，為期三個月。',
  '',
].join('\n')

describe('pages in traditional characters', () => {
  test('are read through a simplified copy of the same length', () => {
    const copy = simplifiedCopy(PAGE)
    expect(copy).not.toBeNull()
    expect(copy!.text).toHaveLength(PAGE.length)
    expect(copy!.text).toContain('本报讯（记者 于志明）劳工及福利局局长郑国栋')
  })

  test('give reporters, people and places in the characters the page prints', () => {
    const r = parseBulletinText(PAGE, { source: 'hk', issueDate: '2024-05-10' })
    expect(r.articles.map((a) => a.title)).toEqual(['特區政府舉行青年就業論壇', '新界北發展計劃諮詢展開'])
    expect(r.articles.map((a) => a.reporters)).toEqual([['于志明'], ['范曉雯']])
    expect(r.articles[0]!.people).toEqual(expect.arrayContaining(['于志明', '鄭國棟']))
    expect(r.articles[0]!.places).toEqual(expect.arrayContaining(['廣州', '深圳']))
    expect(r.articles[0]!.paragraphs[1]).toBe('鄭國棟表示，政府將於明年推出新一輪培訓計劃，並與廣州、深圳的企業加強合作。')
  })

  test('a surname keeps its own character where the same simplified character stands for another in the prose (于 beside 於, 范 beside 範)', () => {
    const page = PAGE + '模範工人于大海、范小強昨日獲頒獎章。\n'
    const r = parseBulletinText(page, { source: 'hk', issueDate: '2024-05-10' })
    const names = r.people.map((p) => p.name)
    expect(names).toEqual(expect.arrayContaining(['于志明', '范曉雯']))
    expect(names.some((n) => n.startsWith('於') || n.startsWith('範'))).toBe(false)
    const mention = r.articles[0]!.mentions!.find((m) => m.text === '鄭國棟')!
    expect(r.articles[0]!.sourceText!.slice(mention.start, mention.end)).toBe('鄭國棟')
  })

  test('nothing of the page is lost or changed: every character of the text comes back, in its own form', () => {
    const page = PAGE + '模範工人于大海、范小強昨日獲頒獎章。\n'
    const r = parseBulletinText(page, { source: 'hk', issueDate: '2024-05-10' })
    const printed = r.articles.flatMap((a) => [...a.headlines.map((h) => h.text), a.dateline ?? '', a.byline ?? '', ...a.paragraphs]).join('')
    const characters = (s: string) => Array.from(s.replace(/\s/gu, '')).sort().join('')
    expect(characters(printed)).toBe(characters(normalizeBulletinText(page)))
  })

  test('a page in simplified characters is parsed as it is', () => {
    expect(simplifiedCopy('本报讯（记者 于志明）劳工及福利局局长郑国栋昨日出席论坛并致辞。')).toBeNull()
    expect(simplifiedCopy('臺')).toBeNull()
  })
})
