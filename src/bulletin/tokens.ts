import { Jieba } from '@node-rs/jieba'
import { dict } from '@node-rs/jieba/dict.js'

/**
 * One jieba instance per process, built on first use (building it parses the
 * 5 MB dictionary, about half a second) and reused by every parse. It is never
 * given page-specific words (`loadDict` would make one page's result depend on
 * the pages parsed before it); names found on a page are matched by the rule
 * layer instead.
 */
let instance: Jieba | null = null

export function jieba(): Jieba {
  instance ??= Jieba.withDict(dict)
  return instance
}

/**
 * Part-of-speech tags by word, read from the same dictionary jieba loads.
 * jieba's own `tag()` is `cut()` plus this lookup (unknown words: `x`, ASCII
 * digits `m`, other ASCII `eng`), but it builds an object per token across the
 * native boundary, which makes it twice as slow as `cut()`; doing the lookup
 * here gives the same tags faster (pinned by a test against `tag()`).
 *
 * The table is an open-addressing hash over typed arrays, not a Map of
 * 350,000 strings: the rules look tags up on most tokens, and in a Map each
 * lookup reads a bucket, an entry and a key string scattered over some 40 MB
 * of heap (the profile showed the lookups at a tenth of the parse, nearly all
 * of it waiting on memory). Here a lookup reads one slot pair and the word's
 * characters, both in compact arrays, and the heap holds no per-word objects.
 */
interface TagTable {
  /** Two int32 per slot: the word's offset into `chars` and its length (offset * 32 + length; 0 = empty), then its tag's index. */
  slots: Int32Array
  mask: number
  chars: Uint16Array
  tags: string[]
}
let tagTableCache: TagTable | null = null

/** FNV-1a over the UTF-16 units of `s[from, to)`. */
function hashUnits(s: string, from: number, to: number): number {
  let h = 0x811c9dc5
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
  return h >>> 0
}

function tagTable(): TagTable {
  if (tagTableCache) return tagTableCache
  const text = new TextDecoder().decode(dict)
  // Lines of the dictionary: "word frequency tag"; the first line of a word wins.
  const entries: { at: number; end: number; tag: string }[] = []
  let units = 0
  let at = 0
  while (at < text.length) {
    let end = text.indexOf('\n', at)
    if (end === -1) end = text.length
    const lastSpace = text.lastIndexOf(' ', end)
    const firstSpace = text.indexOf(' ', at)
    if (firstSpace > at && lastSpace > firstSpace && lastSpace < end) {
      entries.push({ at, end: firstSpace, tag: text.slice(lastSpace + 1, end).trim() })
      units += firstSpace - at
    }
    at = end + 1
  }
  let size = 1
  while (size < entries.length * 3) size <<= 1
  const table: TagTable = { slots: new Int32Array(size * 2), mask: size - 1, chars: new Uint16Array(units + 1), tags: [] }
  const tagIndex = new Map<string, number>()
  let used = 1 // offset 0 is kept free, so a packed 0 means an empty slot
  for (const e of entries) {
    const length = e.end - e.at
    let slot = hashUnits(text, e.at, e.end) & table.mask
    let known = false
    while (table.slots[slot * 2] !== 0) {
      if (sameUnits(table, slot, text, e.at, length)) {
        known = true
        break
      }
      slot = (slot + 1) & table.mask
    }
    if (known) continue
    if (length >= 32 || used + length > table.chars.length) continue // no dictionary word is this long (the longest has 16)
    for (let k = 0; k < length; k++) table.chars[used + k] = text.charCodeAt(e.at + k)
    let t = tagIndex.get(e.tag)
    if (t === undefined) {
      t = table.tags.length
      tagIndex.set(e.tag, t)
      table.tags.push(e.tag)
    }
    table.slots[slot * 2] = used * 32 + length
    table.slots[slot * 2 + 1] = t
    used += length
  }
  tagTableCache = table
  return table
}

/** Whether the word in `slot` is `s[from, from + length)`. */
function sameUnits(table: TagTable, slot: number, s: string, from: number, length: number): boolean {
  const packed = table.slots[slot * 2]!
  if ((packed & 31) !== length) return false
  const offset = packed >>> 5
  for (let k = 0; k < length; k++) if (table.chars[offset + k] !== s.charCodeAt(from + k)) return false
  return true
}

/** The dictionary's tag of `word`, or undefined. */
function lookUpTag(word: string): string | undefined {
  const table = tagTable()
  const length = word.length
  if (length === 0 || length >= 32) return undefined
  let slot = hashUnits(word, 0, length) & table.mask
  while (table.slots[slot * 2] !== 0) {
    if (sameUnits(table, slot, word, 0, length)) return table.tags[table.slots[slot * 2 + 1]!]
    slot = (slot + 1) & table.mask
  }
  return undefined
}

export function tagOf(word: string): string {
  const t = lookUpTag(word)
  if (t !== undefined) return t
  let eng = 0
  let digits = 0
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    const digit = c >= 0x30 && c <= 0x39
    if (digit || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) {
      eng++
      if (digit) digits++
    }
  }
  return eng === 0 ? 'x' : eng === digits ? 'm' : 'eng'
}

export interface Token {
  word: string
  /** Filled on first use by `tokenTag`: most tokens never need one. */
  tag?: string
  /** Offset of the token in the tagged string (UTF-16 units). */
  start: number
}

/**
 * `tokens[i]`, or undefined before the first and after the last. The rules read the tokens beside
 * each one (i - 1, i + 1); a read past an array's end, and one at index -1 above all (a property
 * name to V8, not an element), leaves the fast path: a micro-benchmark of the pattern ran 5-8 times
 * slower than with the bounds tested first.
 */
export function tokenAt(tokens: Token[], i: number): Token | undefined {
  return i >= 0 && i < tokens.length ? tokens[i] : undefined
}

/** The token's part-of-speech tag (looked up once, then kept). */
export function tokenTag(t: Token): string {
  return (t.tag ??= tagOf(t.word))
}

/** Cut `text` (HMM on, so unknown names come out whole and tagged `x`), tag each word, keep where it starts. */
export function tagWithOffsets(text: string): Token[] {
  const words = jieba().cut(text, true)
  const out: Token[] = new Array(words.length)
  let at = 0
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!
    const start = text.startsWith(word, at) ? at : Math.max(at, text.indexOf(word, at))
    // `tag` present from the start (filled later): every token keeps one shape, so the rule layers' property reads stay monomorphic.
    out[i] = { word, tag: undefined, start }
    at = start + word.length
  }
  return out
}

/** Tag of `word` when jieba reads it alone as one dictionary word, else null. */
export function dictionaryTag(word: string): string | null {
  return lookUpTag(word) ?? null
}

/**
 * Characters that end a clause, as a table by code (1 = ends one): the scan reads every character
 * of a piece, and a regex test per character showed in the profile, then a Set lookup per character.
 */
const CLAUSE_END = new Uint8Array(0x10000)
for (const c of '，。；：！？,;:!?\n“”（）') CLAUSE_END[c.charCodeAt(0)] = 1

/**
 * A text's tokens, cut clause by clause on demand. jieba cuts at punctuation
 * anyway, so a clause's tokens are the same as in the whole text; most clauses
 * (about 70% of a page) hold nothing the name rules look for and are never cut.
 */
export class ClauseTokens {
  private readonly cache = new Map<number, Token[]>()
  /** Set once the whole text's tokens are filed (a text of punctuation alone has no clause to file them under). */
  private filed = false
  /** Every clause's span, found once: finding it again per lookup cost a page without punctuation the square of its length. */
  private clauseSpans: [number, number][] | null = null
  constructor(readonly text: string) {}

  /** [start, end) of the clause around `offset` (the span kept in `spans()`, not a copy: every token lookup asks). */
  span(offset: number): readonly [number, number] {
    const spans = this.spans()
    let lo = 0
    let hi = spans.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const span = spans[mid]!
      if (offset < span[0]) hi = mid - 1
      else if (offset > span[1]) lo = mid + 1
      else return span
    }
    // Between two clause ends (a run of punctuation): the empty clause there.
    return [offset, offset]
  }

  /** Every clause's span, in order. */
  spans(): [number, number][] {
    if (this.clauseSpans) return this.clauseSpans
    const out: [number, number][] = []
    let start = 0
    for (let i = 0; i <= this.text.length; i++) {
      if (i === this.text.length || CLAUSE_END[this.text.charCodeAt(i)] === 1) {
        if (i > start) out.push([start, i])
        start = i + 1
      }
    }
    this.clauseSpans = out
    return out
  }

  /**
   * Cut the whole text in one call and file its tokens by clause: the name rules now read
   * every clause, and one native call per piece costs less than one per clause.
   */
  cutAll(): void {
    if (this.isCut || this.text === '') return
    this.fileByClause(tagWithOffsets(this.text))
  }

  /** Whether the text's tokens are filed already (by `cutAll` or `cutTogether`). */
  get isCut(): boolean {
    return this.filed || this.cache.size > 0
  }

  /**
   * File the whole text's tokens under their clauses: `tokens[from, to)`, in order, whose offsets
   * are counted from `shift` (cutTogether's joined texts), made offsets in this text.
   */
  fileByClause(tokens: Token[], from = 0, to = tokens.length, shift = 0): void {
    this.filed = true
    for (let k = from; k < to; k++) tokens[k]!.start -= shift
    let k = from
    for (const [start, end] of this.spans()) {
      while (k < to && tokens[k]!.start < start) k++
      const first = k
      while (k < to && tokens[k]!.start < end) k++
      this.cache.set(start, tokens.slice(first, k))
    }
  }

  /** Tokens of the clause around `offset`, offsets counted in the whole text. */
  at(offset: number): Token[] {
    const [start, end] = this.span(offset)
    let tokens = this.cache.get(start)
    if (!tokens) {
      tokens = tagWithOffsets(this.text.slice(start, end))
      for (const t of tokens) t.start += start
      this.cache.set(start, tokens)
    }
    return tokens
  }
}

/**
 * Cut many texts (a page's headlines and paragraphs) in one native call and file each one's tokens
 * by clause, as `cutAll` would: one call per page instead of one per piece (20,000 calls to 4,000 over
 * the bench pages and the devset). Measured, the gain is a few per cent, not the calls' share of the
 * profile: jieba's own cut is most of that time, joined or apart. The texts are joined with a line
 * break, which jieba always cuts at (it is a token of its own), so each text's tokens are those of
 * cutting it alone. A text ending in \r is left to `cutAll`: jieba would read \r\n as one token.
 */
export function cutTogether(texts: ClauseTokens[]): void {
  const batch = texts.filter((c) => !c.isCut && c.text !== '' && !c.text.endsWith('\r'))
  if (batch.length === 0) return
  const tokens = tagWithOffsets(batch.map((c) => c.text).join('\n'))
  let k = 0
  let base = 0
  for (const c of batch) {
    const end = base + c.text.length
    const from = k
    while (k < tokens.length && tokens[k]!.start < end) k++
    c.fileByClause(tokens, from, k, base)
    while (k < tokens.length && tokens[k]!.start <= end) k++ // the line break between this text and the next
    base = end + 1
  }
}
