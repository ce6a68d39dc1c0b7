/**
 * Character-level repair of a page's text. Hand-written because no package
 * does this both right and fast (see docs/chinese-text-libraries.md: zhlint
 * is right but 0.3 MB/s; pangu/autocorrect insert spaces, the opposite of
 * what a Chinese page needs; NFKC also turns ，into , so it is applied to
 * letters and digits only).
 */

const HAN = /\p{Script=Han}/u
/** CJK punctuation, full-width forms and curly quotes: they count as "Chinese context". */
const CJK_PUNCT = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2018-\u201d\u2014\u2026\u00b7]/u

export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && HAN.test(ch)
}

export function isChineseContext(ch: string | undefined): boolean {
  return ch !== undefined && (HAN.test(ch) || CJK_PUNCT.test(ch))
}

/** Full-width digits and Latin letters to ASCII (１２月 → 12月, ＡＰＥＣ → APEC); ideographic space to a space. */
export function foldWidth(s: string): string {
  return s.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\u3000]/g, (c) =>
    c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  )
}

const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '(': '（', ')': '）', '!': '！', '?': '？' }
const CORNER: Record<string, string> = { '『': '“', '』': '”', '「': '“', '」': '”' }

function neighbour(s: string, i: number, step: -1 | 1): string | undefined {
  let k = i + step
  while (k >= 0 && k < s.length && /\s/u.test(s[k]!)) k += step
  return k >= 0 && k < s.length ? s[k] : undefined
}

const DIGIT = /[0-9]/

/**
 * ASCII punctuation inside Chinese text to its full-width form. A mark is
 * converted when a neighbour (spaces skipped) is Chinese; 1,000 and 10:30 stay.
 * ASCII double quotes alternate “ ” within a line that has Chinese in it;
 * corner quotes 『』「」 become “ ”.
 */
export function fullWidthPunctuation(s: string): string {
  const hasHan = HAN.test(s)
  let out = ''
  let open = true
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!
    if (CORNER[c]) {
      out += CORNER[c]
      continue
    }
    if (c === '"' && hasHan) {
      out += open ? '“' : '”'
      open = !open
      continue
    }
    const full = FULL[c]
    if (full) {
      const left = neighbour(s, i, -1)
      const right = neighbour(s, i, 1)
      const leftCtx = isChineseContext(left) || (out.length > 0 && isChineseContext(out[out.length - 1]))
      if ((c === ',' || c === ':') && DIGIT.test(left ?? '') && DIGIT.test(right ?? '')) out += c
      else if (leftCtx || isChineseContext(right)) out += full
      else out += c
      continue
    }
    out += c
  }
  return out
}

/** Spaces next to Chinese text are typesetting artefacts (张 昕, 常态 化); spaces between Latin words stay. */
export function removeChineseSpaces(s: string): string {
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

export function normalizeLine(raw: string): NormalizedLine {
  if (SEPARATOR.test(raw)) return { spaced: '', text: '', bullet: false, separator: true }
  const bulletMatch = BULLET.exec(raw)
  const body = bulletMatch ? raw.slice(bulletMatch[0].length) : raw
  // An ideographic space is a wide gap (headlines run together on one line): keep it wider than a space.
  const spaced = fullWidthPunctuation(foldWidth(body.replace(/\u3000/gu, '  '))).replace(/\s+$/u, '').replace(/^\s+/u, '')
  return { spaced, text: removeChineseSpaces(spaced).trim(), bullet: Boolean(bulletMatch), separator: false }
}

export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n|\u2028|\u2029/)
}

/**
 * The whole text as the parser sees it: every line normalised as above.
 * The "nothing lost" property is stated against this.
 */
export function normalizeBulletinText(text: string): string {
  return splitLines(text.replace(/^\ufeff/, ''))
    .map((l) => normalizeLine(l).text)
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
