import * as OpenCC from 'opencc-js/t2cn'

/**
 * Pages printed in traditional characters (papers of Hong Kong, Macau, Taiwan and overseas, and
 * the mainland's own before the simplification): every rule of the parser leans on simplified
 * Chinese (jieba's dictionary, the surnames, the titles, the gazetteer), so such a page is read
 * through a simplified copy, made by OpenCC (the conversion tables every Chinese text tool uses:
 * word-level, so 乾隆 stays 乾 where 乾燥 becomes 干), and everything found is handed back in
 * the page's own characters. The copy has the page's length, so every offset holds in both.
 *
 * Handing back cannot be done by converting the other way: simplified 于 is traditional 於 in
 * prose and 于 as a surname, 范 is 範 in 模範 and 范 as a surname. So each string of the result
 * takes the characters printed at the place it came from: found whole in the copy, it is the
 * page's text at that place; a paragraph (lines joined, spaces dropped) is walked along the copy
 * character by character; only what matches no place (rare) takes, character by character, the
 * form the page itself uses most for that simplified character.
 */

let converter: ((text: string) => string) | null = null
/** Hong Kong's forms in, the mainland's out: 'hk' also reads the standard traditional forms (and Taiwan's, but for a few variants). */
const toSimplified = (text: string) => (converter ??= OpenCC.Converter({ from: 'hk', to: 'cn' }))(text)

/** The unified ideographs of the BMP (extension A and the main block): where nearly all of both scripts lie. */
const FIRST_IDEOGRAPH = 0x3400
const LAST_IDEOGRAPH = 0x9fff

/**
 * The characters only traditional text uses (the single characters of OpenCC's
 * traditional-to-mainland table that change), one flag per ideograph: telling a page's script
 * is then a read per character, where converting a sample of every page (nearly all
 * simplified) cost a twentieth of the parse, and a Set of strings still a fortieth.
 */
let traditionalOnly: Uint8Array | null = null
function traditionalFlags(): Uint8Array {
  if (traditionalOnly) return traditionalOnly
  const flags = new Uint8Array(LAST_IDEOGRAPH - FIRST_IDEOGRAPH + 1)
  for (const group of OpenCC.Locale.to.cn!) {
    for (const dict of group) {
      const pairs = typeof dict === 'string' ? dict.split('|').map((pair) => pair.split(' ') as [string, string]) : dict
      for (const [from, to] of pairs) {
        const code = from?.length === 1 ? from.charCodeAt(0) : -1
        if (code >= FIRST_IDEOGRAPH && code <= LAST_IDEOGRAPH && from !== to) flags[code - FIRST_IDEOGRAPH] = 1
      }
    }
  }
  return (traditionalOnly = flags)
}

/** Enough of the page to tell its script. */
const SAMPLE_LENGTH = 1000
/** Share of the sample's Chinese characters only traditional text has: about a quarter in traditional text, none in simplified. */
const TRADITIONAL_SHARE = 0.05
const MIN_TRADITIONAL = 5
const SPACE = /[\s\u3000]/u

/** Result fields that are not the page's text (the caller's own values, codes). */
const NOT_PAGE_TEXT = new Set(['source', 'sha256', 'encoding', 'publication', 'issueDate', 'code'])

export interface SimplifiedCopy {
  /** The page in simplified characters, unit for unit as long as the page. */
  text: string
  /** `value` (a parse result) with every string in it in the page's own characters. */
  restore<T>(value: T): T
}

function readsTraditional(text: string): boolean {
  const traditional = traditionalFlags()
  let han = 0
  let only = 0
  const end = Math.min(text.length, SAMPLE_LENGTH)
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i)
    if (code < FIRST_IDEOGRAPH || code > LAST_IDEOGRAPH) continue
    han++
    only += traditional[code - FIRST_IDEOGRAPH]!
  }
  return only >= MIN_TRADITIONAL && only / han >= TRADITIONAL_SHARE
}

/** The simplified copy, unit for unit: whole text first (word-level), one character at a time if that changed the length. */
function sameLengthCopy(text: string): string | null {
  const whole = toSimplified(text)
  if (whole.length === text.length) return whole
  const byCharacter = Array.from(text, (c) => {
    const s = toSimplified(c)
    return s.length === c.length ? s : c
  }).join('')
  return byCharacter.length === text.length ? byCharacter : null
}

/** Null when the page is in simplified characters (nearly every page): it is parsed as it is. */
export function simplifiedCopy(page: string): SimplifiedCopy | null {
  if (!readsTraditional(page)) return null
  const copy = sameLengthCopy(page)
  if (copy === null) return null

  // The page's most used form of each simplified character that stands for another.
  const forms = new Map<string, Map<string, number>>()
  for (let i = 0; i < copy.length; i++) {
    if (copy[i] === page[i]) continue
    const counts = forms.get(copy[i]!) ?? new Map<string, number>()
    counts.set(page[i]!, (counts.get(page[i]!) ?? 0) + 1)
    forms.set(copy[i]!, counts)
  }
  const usual = new Map([...forms].map(([c, counts]) => [c, [...counts].sort((a, b) => b[1] - a[1])[0]![0]]))
  const byUsualForm = (s: string) => Array.from(s, (c) => usual.get(c) ?? c).join('')

  /** Along the copy from `at`: spaces and line ends the string dropped are skipped, a character normalised (, → ，) is kept as the string has it. */
  const walk = (s: string, at: number): string | null => {
    let out = ''
    let j = at
    let misses = 0
    for (const c of s) {
      while (j < copy.length && copy[j] !== c && SPACE.test(copy[j]!) && !SPACE.test(c)) j++
      if (copy.startsWith(c, j)) {
        out += page.slice(j, j + c.length)
        j += c.length
      } else {
        if (usual.has(c) || ++misses > 2 + s.length / 10) return null
        out += c
        j += c.length
      }
    }
    return out
  }

  const restoreString = (s: string): string => {
    if (!Array.from(s).some((c) => usual.has(c))) return s
    const at = copy.indexOf(s)
    if (at !== -1) return page.slice(at, at + s.length)
    const start = copy.indexOf(s.slice(0, Math.min(4, s.length)))
    return (start !== -1 ? walk(s, start) : null) ?? byUsualForm(s)
  }

  const restoreValue = (value: unknown): unknown => {
    if (typeof value === 'string') return restoreString(value)
    if (Array.isArray(value)) return value.map(restoreValue)
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, NOT_PAGE_TEXT.has(key) ? item : restoreValue(item)]))
    }
    return value
  }

  return { text: copy, restore: <T>(value: T) => restoreValue(value) as T }
}
