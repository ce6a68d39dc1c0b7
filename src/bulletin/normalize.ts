/**
 * Character-level repair of a page's text. Hand-written because no package
 * does this both right and fast (measured when choosing the libraries: zhlint
 * is right but 0.3 MB/s; pangu/autocorrect insert spaces, the opposite of
 * what a Chinese page needs; NFKC also turns ，into , so it is applied to
 * letters and digits only).
 */

import { stripControlCharacters } from './controlCharacters'

const HAN = /\p{Script=Han}/u

/**
 * Han by UTF-16 unit ranges, because this runs per character. A surrogate
 * (half of a supplementary-plane character, mostly rare Han in these pages)
 * counts as Chinese too.
 */
function isHanCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd800 && c <= 0xdfff)
}

/** CJK punctuation, full-width forms and curly quotes: they count as "Chinese context". */
function isCjkPunctCode(c: number): boolean {
  return (c >= 0x3000 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff0f) || (c >= 0xff1a && c <= 0xff20) || (c >= 0xff3b && c <= 0xff40) ||
    (c >= 0xff5b && c <= 0xff65) || (c >= 0x2018 && c <= 0x201d) || c === 0x2014 || c === 0x2026 || c === 0x00b7
}

export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && HAN.test(ch)
}

export function isChineseContext(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false
  const c = ch.charCodeAt(0)
  return isHanCode(c) || isCjkPunctCode(c) || (c >= 0x2e80 && c < 0x3400 && HAN.test(ch))
}

/** The ASCII form of a full-width digit or Latin letter, a space for an ideographic space, else -1. */
function foldedCode(c: number): number {
  if (c === 0x3000) return 0x20
  return (c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a) ? c - 0xfee0 : -1
}

/**
 * Full-width digits and Latin letters to ASCII (１２月 → 12月, ＡＰＥＣ → APEC); ideographic space to a space.
 * A loop over the codes, not a replace with a function: the call per character replaced showed in the
 * profile (pages print dates and figures in full-width digits).
 */
export function foldWidth(s: string): string {
  let out = ''
  let copied = 0 // s[0, copied) is in out
  for (let i = 0; i < s.length; i++) {
    const folded = foldedCode(s.charCodeAt(i))
    if (folded === -1) continue
    out += s.slice(copied, i) + String.fromCharCode(folded)
    copied = i + 1
  }
  return copied === 0 ? s : out + s.slice(copied)
}

const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '(': '（', ')': '）', '!': '！', '?': '？' }
const CORNER: Record<string, string> = { '『': '“', '』': '”', '「': '“', '」': '”' }

function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a)
}

/** The nearest character on one side, spaces skipped. */
function neighbour(s: string, i: number, step: -1 | 1): string | undefined {
  let k = i + step
  while (k >= 0 && k < s.length && isSpaceCode(s.charCodeAt(k))) k += step
  return k >= 0 && k < s.length ? s[k] : undefined
}

const DIGIT = /[0-9]/
const MARKS = /[,;:()!?"『』「」]/g

/**
 * ASCII punctuation inside Chinese text to its full-width form. A mark is
 * converted when a neighbour (spaces skipped) is Chinese; 1,000 and 10:30 stay.
 * ASCII double quotes alternate “ ” within a line that has Chinese in it;
 * corner quotes 『』「」 become “ ”.
 */
export function fullWidthPunctuation(s: string, keepCorners = false): string {
  MARKS.lastIndex = 0
  if (!MARKS.test(s)) return s
  const hasHan = HAN.test(s)
  // In a Chinese line every " becomes a curly quote, so it is Chinese context too.
  const context = (ch: string | undefined) => isChineseContext(ch) || (hasHan && ch === '"')
  let open = true
  return s.replace(MARKS, (c: string, i: number) => {
    const corner = CORNER[c]
    if (corner) return keepCorners ? c : corner
    if (c === '"') {
      if (!hasHan) return c
      const q = open ? '“' : '”'
      open = !open
      return q
    }
    const left = neighbour(s, i, -1)
    const right = neighbour(s, i, 1)
    if ((c === ',' || c === ':') && DIGIT.test(left ?? '') && DIGIT.test(right ?? '')) return c
    return context(left) || context(right) ? FULL[c]! : c
  })
}

/** Spaces next to Chinese text are typesetting artefacts (张 昕, 常态 化); spaces between Latin words stay. */
export function removeChineseSpaces(s: string): string {
  if (!/[^\S\r\n]/u.test(s)) return s
  return s
    .replace(/[^\S\r\n]+/gu, (gap, at: number, whole: string) => {
      const left = whole[at - 1]
      const right = whole[at + gap.length]
      if (left === undefined || right === undefined) return ''
      return isChineseContext(left) || isChineseContext(right) ? '' : ' '
    })
}

const BULLET = /^[\s\u3000]*[●○■□◆◇▲△▼▽★☆◎◉•▶►▪▫]+[\s\u3000]*/u
const SEPARATOR = /^[\s\u3000]*[-—─━=＝_＿*＊~～]{3,}[\s\u3000]*$/u

export interface NormalizedLine {
  /** Width-folded, punctuation-repaired, spaces kept (bylines are read from this: 张 昕 孙亚文). */
  spaced: string
  /** `spaced` with the spaces inside Chinese text removed and ends trimmed: what the result shows. */
  text: string
  /** The line began with a bullet (●, ■, …), which is dropped. */
  bullet: boolean
  /** The line is a rule (———, ＝＝＝): a visual separator, dropped. */
  separator: boolean
}

/**
 * `keepCorners`: corner quotes 『』「」 stay as printed (headlines are shown as printed;
 * body text gets “” so that every reader of it sees one kind of quote).
 */
export function normalizeLine(raw: string, keepCorners = false): NormalizedLine {
  if (SEPARATOR.test(raw)) return { spaced: '', text: '', bullet: false, separator: true }
  const bulletMatch = BULLET.exec(raw)
  const body = bulletMatch ? raw.slice(bulletMatch[0].length) : raw
  // An ideographic space is a wide gap (headlines run together on one line): keep it wider than a space.
  const spaced = fullWidthPunctuation(foldWidth(body.replace(/\u3000/gu, '  ')), keepCorners).trim()
  return { spaced, text: removeChineseSpaces(spaced).trim(), bullet: Boolean(bulletMatch), separator: false }
}

export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n|\u2028|\u2029/)
}

/**
 * Paragraphs run together on one line, each indented with ideographic spaces after the
 * last one's closing mark (。　　下一段), are read as separate lines: a bullet that opens one
 * of them (。　　●下一段) is a bullet, dropped like one at a line's start.
 */
export function runTogetherParagraphs(line: string): string[] {
  return line.split(/(?<=[。！？…][”’」』]?)\u3000{2,}/u)
}

/**
 * The whole text as the parser sees it: every line normalised as above.
 * The "nothing lost" property is stated against this.
 */
export function normalizeBulletinText(text: string): string {
  return splitLines(stripControlCharacters(text.replace(/^\ufeff/, '')).text)
    .map((line) => runTogetherParagraphs(line).map((piece) => normalizeLine(piece).text).join(' '))
    .join('\n')
}

/**
 * The key that identifies a person across pages: spaces removed, widths
 * folded, compatibility forms (NFKC) on letters and digits, Latin lower-cased,
 * the many middle dots of transliterated names made one.
 */
export function normalizeNameKey(name: string): string {
  return foldWidth(name)
    .replace(/[\s\u3000]+/gu, '')
    .replace(/[\p{L}\p{N}]/gu, (c) => c.normalize('NFKC'))
    .replace(/[•・‧∙⋅･]/g, '·')
    .toLowerCase()
}
