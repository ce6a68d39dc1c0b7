import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { normalizeBulletinText, parseBulletinText, type ParsedBulletin } from '../../../src/bulletin/index'
import { repoRoot } from './repoPaths'

/**
 * Nothing is lost: every non-whitespace character of the normalised input
 * ends up in a headline, dateline, byline, paragraph, picture note, page
 * note (来源：…) or warning (lines without a body are quoted in a no-body warning),
 * except the second copy of an article printed twice, which is expected once; and no
 * string makes the parser throw.
 */

/** Headlines keep the corner quotes as printed (『』「」) where the body has “”: the same mark either way. */
const QUOTE: Record<string, string> = { '『': '“', '「': '“', '』': '”', '」': '”' }

function counts(s: string): Map<string, number> {
  const m = new Map<string, number>()
  for (const ch of s) {
    const c = QUOTE[ch] ?? ch
    if (!/\s/u.test(c)) m.set(c, (m.get(c) ?? 0) + 1)
  }
  return m
}

function output(r: ParsedBulletin): string {
  const parts: string[] = []
  for (const a of r.articles) {
    parts.push(...a.headlines.map((h) => h.text), a.dateline ?? '', a.byline ?? '', ...a.paragraphs, ...(a.pictures ?? []), ...(a.notes ?? []))
  }
  parts.push(...r.warnings.map((w) => w.message))
  return parts.join('\n')
}

/**
 * The lines of an article printed twice on the page: the copy is kept once (a
 * duplicate-article warning says which lines repeat which), so its characters are
 * expected once, not twice.
 */
function copyLines(r: ParsedBulletin): Set<number> {
  const out = new Set<number>()
  for (const w of r.warnings) {
    if (w.code !== 'duplicate-article') continue
    const m = /^Lines? (\d+)(?:–(\d+))? repeats? the article at line \d+/u.exec(w.message)
    expect(m).not.toBeNull()
    for (let l = Number(m![1]); l <= Number(m![2] ?? m![1]); l++) out.add(l)
  }
  return out
}

/** Characters of the input missing from the output (with how many are missing). */
function lost(input: string, r: ParsedBulletin): [string, number][] {
  const have = counts(output(r))
  const missing: [string, number][] = []
  const copies = copyLines(r)
  const expected = normalizeBulletinText(input).split('\n').filter((_, i) => !copies.has(i + 1)).join('\n')
  for (const [c, n] of counts(expected)) {
    const got = have.get(c) ?? 0
    if (got < n) missing.push([c, n - got])
  }
  return missing
}

function check(input: string): void {
  const r = parseBulletinText(input, { source: 'prop', issueDate: '2021-08-31' })
  expect(r.warnings.filter((w) => w.code === 'parser-error')).toEqual([])
  expect(lost(input, r)).toEqual([])
}

const pages = [path.join(repoRoot, 'tests/fixtures/pages'), path.join(repoRoot, 'samples')].flatMap((d) =>
  readdirSync(d)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(path.join(d, f), 'utf8')),
)

/** Pieces real pages are made of, to splice into pages at random. */
const pieces = fc.constantFrom(
  '本报讯（记者 张 三 李四）', '新华社北京１月４日电（记者 王 五）', '本报记者 赵六', '本报评论员', '（附图片１张）',
  '●', '———', '\r\n', '\n\n', '　　', ' ', '"', '『', '』', '、', '等参加会议。', '市委书记', '8月30日晚', '昨日',
  '晚上10点多', '至9月3日', '主办、', '承办的', '来到', '镇', '村', '（', '）', '(', ')', ',', '。', '——', '1,000', 'ＡＢＣ１２３',
)

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(pieces, fc.string({ unit: 'binary', maxLength: 8 })) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('crlf' as const) }),
  fc.record({ kind: fc.constant('duplicateLine' as const), at: fc.nat() }),
)

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never

function apply(page: string, ms: Mutation[]): string {
  let s = page
  for (const m of ms) {
    if (m.kind === 'insert') {
      const at = m.at % (s.length + 1)
      s = s.slice(0, at) + m.text + s.slice(at)
    } else if (m.kind === 'delete') {
      const at = m.at % (s.length + 1)
      s = s.slice(0, at) + s.slice(at + m.length)
    } else if (m.kind === 'crlf') s = s.replace(/\r?\n/g, '\r\n')
    else {
      const lines = s.split('\n')
      const k = m.at % lines.length
      lines.splice(k, 0, lines[k]!)
      s = lines.join('\n')
    }
  }
  return s
}

describe('nothing lost, never throws', () => {
  test('each fixture page as it is', () => {
    expect(pages.length).toBeGreaterThanOrEqual(4)
    for (const p of pages) check(p)
  })

  test('an article printed twice is kept once and the copy is not counted as lost; a page of bylines only makes no article', () => {
    const article = '会议召开\n\n本报讯（记者 方正）昨日，市长邵静怡主持会议。\n\n'
    const r = parseBulletinText(article + article + article, { source: 'x', issueDate: '2021-08-31' })
    expect(r.articles).toHaveLength(1)
    expect(r.warnings.filter((w) => w.code === 'duplicate-article')).toEqual([
      { code: 'duplicate-article', message: 'Lines 5–7 repeat the article at line 1; it is kept once.', line: 5 },
      { code: 'duplicate-article', message: 'Lines 9–11 repeat the article at line 1; it is kept once.', line: 9 },
    ])
    expect(lost(article + article + article, r)).toEqual([])
    const bylines = '本报记者 张三\n\n本报评论员\n\n本报记者 李四\n'
    const b = parseBulletinText(bylines, { source: 'y', issueDate: '2021-08-31' })
    expect(b.articles).toEqual([])
    expect(b.warnings.map((w) => w.code)).toEqual(['no-body', 'no-articles'])
    expect(lost(bylines, b)).toEqual([])
  })

  test('a bullet opening a paragraph run together on one line is a bullet, as at a line start (a seed fast-check found)', () => {
    for (const input of ['。　　●', '会议要求。　　●加强值守。', '会议要求。　　●']) check(input)
    const r = parseBulletinText('本报讯 会议要求。　　●加强值守。', { source: 'x', issueDate: '2021-08-31' })
    expect(r.articles.flatMap((a) => a.paragraphs)).toEqual(['会议要求。', '加强值守。'])
  })

  test('the two halves of a character split by a line break stay two broken characters (U+FFFD), not one joined (a seed fast-check found)', () => {
    const input = '本报讯 安全风险交织叠\ud800\n\udc00加。'
    check(input)
    const r = parseBulletinText(input, { source: 'x', issueDate: '2021-08-31' })
    expect(r.articles.flatMap((a) => a.paragraphs).join('')).toBe('安全风险交织叠\ufffd\ufffd加。')
  })

  test('a dateline left without a paragraph before the last paragraphs of a page does not stop the parser (a seed fast-check found)', () => {
    const input = '节能宣传周启动\n\n本报讯(记者 吕 晴)昨日,宣传周活动在广场启动。\n本报讯(记者 吕 晴)\r\n活动持续到6月21日。\n\n工作人员提醒市民,用电高峰来临,电器用完要及时断电。\n\n有关负责人介绍,今年将推动节能工作常态长效,优先保障居民生活用电。\n'
    check(input)
  })

  test('a dateline on a line of its own over the last paragraphs of the page (a seed fast-check found)', () => {
    check('本报讯（记者 方正）\n\n副市长邵静怡在启动仪式上讲话。她说，各地要把好事办好，让物资一件不少地送到群众家里。\n\n邵静怡、许文斌等出席启动仪式。\n')
  })

  test('the checker notices a lost character', () => {
    const r = parseBulletinText('本报讯 昨日开会。', { source: 'x' })
    r.articles[0]!.paragraphs = ['昨日开']
    expect(lost('本报讯 昨日开会。', r)).toEqual([['会', 1], ['。', 1]])
  })

  test('random strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), check), { numRuns: Number(process.env.FC_RUNS ?? 300) })
  })

  test('random strings of Chinese, punctuation and line breaks', () => {
    const chars = fc.constantFrom(...Array.from('我市讯报本记者张三李四，。、“”（）()",:;等参加会议书记主任市长月日晚点多 \n\r\t　●—１２ＡＢ'))
    fc.assert(fc.property(fc.array(chars, { maxLength: 400 }).map((a) => a.join('')), check), { numRuns: Number(process.env.FC_RUNS ?? 300) })
  })

  test('mutated real-looking pages', () => {
    fc.assert(
      fc.property(fc.constantFrom(...pages), fc.array(mutation, { maxLength: 8 }), (page, ms) => check(apply(page, ms))),
      { numRuns: Number(process.env.FC_RUNS ?? 150) },
    )
  })
})
