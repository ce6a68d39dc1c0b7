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

export interface Token {
  word: string
  tag: string
  /** Offset of the token in the tagged string (UTF-16 units). */
  start: number
}

/** Tag `text` (HMM on, so unknown names come out whole as `x`) and keep where each token starts. */
export function tagWithOffsets(text: string): Token[] {
  const tagged = jieba().tag(text, true)
  const out: Token[] = new Array(tagged.length)
  let at = 0
  for (let i = 0; i < tagged.length; i++) {
    const t = tagged[i]!
    const found = text.indexOf(t.word, at)
    const start = found === -1 ? at : found
    out[i] = { word: t.word, tag: t.tag, start }
    at = start + t.word.length
  }
  return out
}

/** Tag of `word` when jieba reads it alone as one dictionary word, else null. */
export function dictionaryTag(word: string): string | null {
  const t = jieba().tag(word, false)
  return t.length === 1 ? t[0]!.tag : null
}
