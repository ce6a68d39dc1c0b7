import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { BulletinInputError, parseBulletin, type ParsedBulletin } from '../../../src/bulletin/index'
import { repoRoot } from './repoPaths'

const samplePath = path.join(repoRoot, 'samples/city-daily-2024-03-12.txt')
const utf8 = readFileSync(samplePath)
const text = utf8.toString('utf8')

function utf16be(s: string): Buffer {
  const le = Buffer.from(s, 'utf16le')
  const be = Buffer.alloc(le.length)
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1]!
    be[i + 1] = le[i]!
  }
  return be
}

const variants: [string, Uint8Array][] = [
  ['utf-8', utf8],
  ['utf-8-bom', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8])],
  // Made with `iconv -f UTF-8 -t GB18030` from samples/city-daily-2024-03-12.txt.
  ['gb18030', readFileSync(path.join(repoRoot, 'tests/fixtures/pages/encodings/city-daily-2024-03-12.gb18030.txt'))],
  ['utf-16le', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
  ['utf-16be', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)])],
]

const withoutBytes = (r: ParsedBulletin) => ({ ...r, sha256: '', encoding: 'utf-8' })

describe('encodings', () => {
  const reference = parseBulletin(utf8, { source: 'page', issueDate: '2024-03-12' })

  test.each(variants)('%s gives the same result and reports its encoding', (encoding, bytes) => {
    const r = parseBulletin(bytes, { source: 'page', issueDate: '2024-03-12' })
    expect(r.encoding).toBe(encoding)
    expect(r.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(withoutBytes(r)).toEqual(withoutBytes(reference))
    expect(r.articles).toHaveLength(3)
  })

  test('UTF-16 without a BOM is recognised by where its NUL bytes fall', () => {
    const le = parseBulletin(Buffer.from(text, 'utf16le'), { source: 'page', issueDate: '2024-03-12' })
    const be = parseBulletin(utf16be(text), { source: 'page', issueDate: '2024-03-12' })
    expect([le.encoding, be.encoding]).toEqual(['utf-16le', 'utf-16be'])
    expect(withoutBytes(le)).toEqual(withoutBytes(reference))
    expect(withoutBytes(be)).toEqual(withoutBytes(reference))
  })

  test('the hash is of the bytes, so each encoding hashes differently', () => {
    const hashes = variants.map(([, b]) => parseBulletin(b, { source: 'page' }).sha256)
    expect(new Set(hashes).size).toBe(variants.length)
  })

  test('a traditional page in Big5 is read as Big5, not as the rare characters GB18030 makes of its bytes; a GBK page stays GB18030', () => {
    // 本報訊（記者 陳家豪）行政長官李志強昨日出席論壇並致辭。 in Big5 (invented; written with Python's big5 codec).
    const big5 = Buffer.from('a5bbb3f8b054a15db04faacc20b3afae61bba8a15ea6e6ac46aaf8a978a7f5a7d3b16aac51a4e9a558ae75bdd7bec2a8c3ad50c3e3a1430a', 'hex')
    const r = parseBulletin(big5, { source: 'hk', issueDate: '2024-05-10' })
    expect(r.encoding).toBe('big5')
    expect(r.articles[0]!.dateline).toBe('本報訊')
    expect(r.articles[0]!.reporters).toEqual(['陳家豪'])
    expect(parseBulletin(variants.find(([name]) => name === 'gb18030')![1], { source: 'page' }).encoding).toBe('gb18030')
  })

  test('GB18030 four-byte characters decode exactly', () => {
    const r = parseBulletin(readFileSync(path.join(repoRoot, 'tests/fixtures/pages/encodings/four-byte.gb18030.txt')), { source: 'x', issueDate: '2020-01-01' })
    expect(r.encoding).toBe('gb18030')
    expect(r.articles[0]!.paragraphs.join('')).toContain('刘䶮')
    expect(r.articles[0]!.paragraphs.join('')).toContain('𠀀字')
  })
})

function inputError(bytes: Uint8Array): BulletinInputError {
  try {
    parseBulletin(bytes, { source: 'bad' })
  } catch (e) {
    if (e instanceof BulletinInputError) return e
    throw e
  }
  throw new Error('expected a BulletinInputError')
}

describe('input that is not a text page', () => {
  test('empty input', () => {
    const e = inputError(new Uint8Array())
    expect(e.code).toBe('empty-input')
    expect(e.message).toMatch(/empty/)
  })

  test('whitespace only, with a BOM', () => {
    expect(inputError(Buffer.from('\ufeff  \r\n\r\n\t', 'utf8')).code).toBe('empty-input')
  })

  test('a PNG image is named as such', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])
    const e = inputError(png)
    expect(e.code).toBe('binary-input')
    expect(e.message).toContain('PNG')
  })

  test('other binary (NUL bytes) is refused', () => {
    const e = inputError(Buffer.from([0x41, 0x00, 0x42, 0x00, 0x01, 0x02, 0x03]))
    expect(e.code).toBe('binary-input')
  })

  test('bytes that are neither UTF-8 nor GB18030 give the line of the first bad byte', () => {
    const bytes = Buffer.concat([Buffer.from('第一行\n第二行\n', 'utf8'), Buffer.from([0xff, 0xff, 0x0a])])
    const e = inputError(bytes)
    expect(e.code).toBe('undecodable')
    expect(e.line).toBe(3)
  })

  test('a UTF-16 BOM over an odd number of bytes is undecodable', () => {
    expect(inputError(Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x42])).code).toBe('undecodable')
  })

  test('text that is not Chinese is parsed with a warning, not an empty success', () => {
    const r = parseBulletin(Buffer.from('Council meets on Monday\n\nThe mayor, Ann Smith, said the budget was balanced.\n'), { source: 'en.txt', issueDate: '2024-01-02' })
    expect(r.warnings.map((w) => w.code)).toContain('not-chinese')
    expect(r.people).toEqual([])
    expect(r.articles.flatMap((a) => a.paragraphs).join(' ')).toContain('Ann Smith')
  })

  test('a page with only headlines says there are no articles', () => {
    const r = parseBulletin(Buffer.from('市领导调研春耕\n'), { source: 'x.txt', issueDate: '2024-01-02' })
    expect(r.warnings.map((w) => w.code)).toContain('no-articles')
  })
})
