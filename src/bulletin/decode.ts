import type { Encoding } from './types'
import { BulletinInputError } from './errors'

export interface DecodedText {
  text: string
  encoding: Encoding
}

const PNG = [0x89, 0x50, 0x4e, 0x47]
const PDF = [0x25, 0x50, 0x44, 0x46]
const ZIP = [0x50, 0x4b, 0x03, 0x04]
const GZIP = [0x1f, 0x8b]
const JPEG = [0xff, 0xd8, 0xff]

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  if (bytes.length < sig.length) return false
  return sig.every((b, i) => bytes[i] === b)
}

function describeBinary(bytes: Uint8Array): string | null {
  if (startsWith(bytes, PNG)) return 'a PNG image'
  if (startsWith(bytes, JPEG)) return 'a JPEG image'
  if (startsWith(bytes, PDF)) return 'a PDF document'
  if (startsWith(bytes, ZIP)) return 'a ZIP archive (perhaps a .docx)'
  if (startsWith(bytes, GZIP)) return 'a gzip archive'
  return null
}

/**
 * Text has no NUL bytes and few C0 control characters; binary files have
 * plenty of both. Looks at the first 64 KiB only, which is enough to tell.
 */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65536)
  let control = 0
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!
    if (b === 0) return true
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++
  }
  return n > 0 && control / n > 0.05
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++
  return line
}

/** Byte offset of the first invalid UTF-8 sequence (a hand check; TextDecoder does not say where). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    let need = 0
    if (b < 0x80) need = 0
    else if (b >= 0xc2 && b <= 0xdf) need = 1
    else if (b >= 0xe0 && b <= 0xef) need = 2
    else if (b >= 0xf0 && b <= 0xf4) need = 3
    else return i
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]
      if (c === undefined || (c & 0xc0) !== 0x80) return i
    }
    i += need + 1
  }
  return -1
}

/**
 * UTF-16 saved without a BOM: the NUL bytes of its ASCII characters (line
 * ends at least) fall on one parity, and it decodes to readable text.
 */
function utf16WithoutBom(bytes: Uint8Array): DecodedText | null {
  if (bytes.length % 2 !== 0) return null
  const n = Math.min(bytes.length, 65536)
  let even = 0
  let odd = 0
  for (let i = 0; i < n; i++) if (bytes[i] === 0) (i % 2 === 0 ? even++ : odd++)
  // Mostly on one side (a Chinese character's own byte is 0 now and then, 一 is 00 4E).
  if (even + odd < 2 || Math.min(even, odd) * 8 > Math.max(even, odd)) return null
  const encoding = odd > even ? 'utf-16le' : 'utf-16be'
  const text = tryDecode(encoding, bytes)
  if (text === null || text.trim() === '') return null
  const sample = text.slice(0, 4096)
  const control = (sample.match(/[\u0000-\u0008\u000e-\u001f]/gu) ?? []).length
  return control / sample.length < 0.01 ? { text, encoding } : null
}

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return null
  }
}

/**
 * Bytes to text: BOMs first (UTF-8, UTF-16 LE/BE), then strict UTF-8, then
 * GB18030 (a superset of GBK and GB2312, what older Chinese pages use) or Big5
 * (traditional pages of Hong Kong and Taiwan), whichever reads as Chinese text.
 * Strict UTF-8 rejects GBK bytes reliably, so the order cannot mistake one for the other.
 */
export function decodeBulletinBytes(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new BulletinInputError('empty-input', 'The input is empty (0 bytes).')
  let result: DecodedText | null = null
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = tryDecode('utf-8', bytes.subarray(3))
    if (text === null) {
      const at = firstInvalidUtf8(bytes.subarray(3)) + 3
      throw new BulletinInputError('undecodable', `The input starts with a UTF-8 byte-order mark but has invalid UTF-8 at byte ${at}.`, lineOfByte(bytes, at))
    }
    result = { text, encoding: 'utf-8-bom' }
  } else if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const le = bytes[0] === 0xff
    const body = bytes.subarray(2)
    const text = body.length % 2 === 0 ? tryDecode(le ? 'utf-16le' : 'utf-16be', body) : null
    if (text === null) {
      throw new BulletinInputError('undecodable', `The input starts with a UTF-16 ${le ? 'LE' : 'BE'} byte-order mark but is not valid UTF-16.`)
    }
    result = { text, encoding: le ? 'utf-16le' : 'utf-16be' }
  } else {
    const kind = describeBinary(bytes)
    if (kind) throw new BulletinInputError('binary-input', `The input is ${kind}, not a text page.`)
    const utf16 = utf16WithoutBom(bytes)
    if (utf16) return utf16
    if (looksBinary(bytes)) {
      throw new BulletinInputError('binary-input', 'The input looks binary (NUL bytes or many control characters), not a text page.')
    }
    const utf8 = tryDecode('utf-8', bytes)
    if (utf8 !== null) result = { text: utf8, encoding: 'utf-8' }
    else {
      const gb = tryDecode('gb18030', bytes)
      const big5 = tryDecode('big5', bytes)
      if (big5 !== null && commonShare(big5) > commonShare(gb ?? '')) return nonEmpty({ text: big5, encoding: 'big5' })
      if (gb === null) {
        const at = firstInvalidUtf8(bytes)
        throw new BulletinInputError('undecodable', `The input is neither UTF-8 nor GB18030 (first invalid byte at offset ${at}).`, lineOfByte(bytes, at))
      }
      result = { text: gb, encoding: 'gb18030' }
    }
  }
  return nonEmpty(result)
}

function nonEmpty(result: DecodedText): DecodedText {
  if (result.text.trim() === '') throw new BulletinInputError('empty-input', 'The input holds only whitespace.')
  return result
}

/**
 * Characters among the commonest of Chinese text that the simplification left as they were (的,
 * 一, 是, 在 … 研, 究): they make a third of a real page in either script. Big5 (the traditional
 * pages of Hong Kong and Taiwan) and GB18030 decode each other's bytes without an error, into
 * rare characters; the decoding in which these are common is the page's.
 */
const COMMON_IN_BOTH_SCRIPTS = new Set(
  '的一是在不了有人我他中大上年日月和地出也要以生自之家可小心多天而能好都然起成事只作想看文方用主行又如前所本公同三已老部市省工全新民提高加重合表示名明其位外及此但今次二十五四百千政府社定期安建特西北南山水金石田力手口子女立品理法保由相各取受向活原命思性化物果空研究',
)

/** Share of the Chinese characters at the start of `text` that are common in both scripts. */
function commonShare(text: string): number {
  let han = 0
  let common = 0
  for (const c of text.slice(0, 4000)) {
    if (!/\p{Script=Han}/u.test(c)) continue
    han++
    if (COMMON_IN_BOTH_SCRIPTS.has(c)) common++
  }
  return han === 0 ? 0 : common / han
}
