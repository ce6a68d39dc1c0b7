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
 */
let tagsByWord: Map<string, string> | null = null

function tagTable(): Map<string, string> {
  if (tagsByWord) return tagsByWord
  const table = new Map<string, string>()
  const tags = new Map<string, string>()
  const text = new TextDecoder().decode(dict)
  let at = 0
  while (at < text.length) {
    let end = text.indexOf('\n', at)
    if (end === -1) end = text.length
    const lastSpace = text.lastIndexOf(' ', end)
    const firstSpace = text.indexOf(' ', at)
    if (firstSpace > at && lastSpace > firstSpace && lastSpace < end) {
      const word = text.slice(at, firstSpace)
      if (!table.has(word)) {
        // One string per tag (about 60 of them), not one per word: the rules compare tags on every token.
        const tag = text.slice(lastSpace + 1, end).trim()
        let shared = tags.get(tag)
        if (shared === undefined) tags.set(tag, (shared = tag))
        table.set(word, shared)
      }
    }
    at = end + 1
  }
  tagsByWord = table
  return table
}

export function tagOf(word: string): string {
  const t = tagTable().get(word)
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
  return tagTable().get(word) ?? null
}

/** Characters that end a clause, by code: the scan reads every character of a piece, and a regex test per character showed in the profile. */
const CLAUSE_END_CODES = new Set(Array.from('，。；：！？,;:!?\n“”（）', (c) => c.charCodeAt(0)))

/**
 * A text's tokens, cut clause by clause on demand. jieba cuts at punctuation
 * anyway, so a clause's tokens are the same as in the whole text; most clauses
 * (about 70% of a page) hold nothing the name rules look for and are never cut.
 */
export class ClauseTokens {
  private readonly cache = new Map<number, Token[]>()
  /** Every clause's span, found once: finding it again per lookup cost a page without punctuation the square of its length. */
  private clauseSpans: [number, number][] | null = null
  constructor(readonly text: string) {}

  /** [start, end) of the clause around `offset`. */
  span(offset: number): [number, number] {
    const spans = this.spans()
    let lo = 0
    let hi = spans.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const [start, end] = spans[mid]!
      if (offset < start) hi = mid - 1
      else if (offset > end) lo = mid + 1
      else return [start, end]
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
      if (i === this.text.length || CLAUSE_END_CODES.has(this.text.charCodeAt(i))) {
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
    if (this.cache.size > 0 || this.text === '') return
    const tokens = tagWithOffsets(this.text)
    let k = 0
    for (const [start, end] of this.spans()) {
      while (k < tokens.length && tokens[k]!.start < start) k++
      const from = k
      while (k < tokens.length && tokens[k]!.start < end) k++
      this.cache.set(start, tokens.slice(from, k))
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
