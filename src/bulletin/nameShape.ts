import { createRequire } from 'node:module'
import type { Token } from './tokens'
import { dictionaryTag, tokenTag } from './tokens'
import { isTransliterationChar, surnameLength } from './surnames'

/**
 * What a Chinese personal name looks like when nothing around it says "person".
 * jieba (HMM on) returns an unknown three-character run as one word (tag x), and its
 * dictionary holds many real names (tag nr); either is a name when its shape agrees:
 * a surname, two characters that do not make an ordinary word with it, and no ending
 * that names a place, an institution or a kind of thing. Measured on real pages this
 * reading alone is right about 19 times in 20; the page layer then finds every other
 * mention of the name.
 */

/**
 * Last characters that make a word a place, an institution or a thing rather than a
 * given name (石家庄, 张家口, 罗庄镇, 麻醉科, 许可证, 严肃性, 幸存者, 明白人; 厝, a village in the south-east).
 * A class of suffix morphemes, not a list of words.
 */
export const THING_SUFFIX = new Set(Array.from('口庄村镇乡县市区省州屯寨堡厝湾港湖河岛寺庙祠宫园楼阁街路巷桥站场店馆院校所局厂部处委会社团队科室组性者人证费权卡化法词赛业品机车船剂药粉画诗曲歌舞剧'))

/** Characters that follow a name in a sentence and are never the end of one (陈旭/为, 曹志/及). */
export const AFTER_NAME_CHARS = new Set(Array.from('为及以向用于在和与同摄读译等的了是说也都就将把被对从'))

/** Han characters of the BMP, by code, 1 for Han (built from the regex once, so it agrees with it by construction). */
let hanCodes: Uint8Array | null = null
export function bmpHanCodes(): Uint8Array {
  if (hanCodes) return hanCodes
  hanCodes = new Uint8Array(0x10000)
  const han = /\p{Script=Han}/u
  for (let c = 0; c < 0x10000; c++) if (han.test(String.fromCharCode(c))) hanCodes[c] = 1
  return hanCodes
}

/** Tags of a surname character that, read alone, is a function word (于/p, 但/c, 都/d): 于本周, 都能安. */
const FUNCTION_WORD_TAGS = new Set(['p', 'c', 'd', 'u', 'uj', 'ul', 'uz', 'ug', 'uv', 'ud', 'y', 'e', 'o'])
/** Tags of a surname character that is an ordinary content word (时/n, 高/a, 安/v): its word must read as a name throughout. */
const CONTENT_WORD_TAGS = new Set(['v', 'vn', 'a', 'ad', 'an', 'n', 'ns', 'ng', 'm', 't', 'f', 'q'])
const NAME_WORD_TAGS = new Set(['x', 'nr', 'nrfg'])
const HAN3 = /^\p{Script=Han}{3}$/u

/**
 * The three-character word at `tokens[i]`, when it has the shape of a Chinese name on
 * its own; else null. Never part of a foreign name written with a middle dot (马蒂厄·克雷库):
 * that whole name is read elsewhere.
 */
/** Aspect particles: they follow a verb, never a name. */
const ASPECT = new Set(['了', '着', '过'])
/**
 * A surname, a given character and a verb of one character before an aspect particle (张某读了, 王某收过):
 * the name is the first two, the verb takes the particle. Not when the given characters make a word
 * (刘建成了: 建成 is a word, and a given name made of one).
 */
export function verbGluedOn(name: string, sl: number, next: string | undefined): boolean {
  return next !== undefined && ASPECT.has(next) && name.length === sl + 2 && dictionaryTag(name[name.length - 1]!) === 'v' && dictionaryTag(name.slice(sl)) === null
}

export function nameShapedWord(text: string, tokens: Token[], i: number): string | null {
  const t = tokens[i]!
  const w = t.word
  // The checks on characters come before the tag: most tokens fail them, and the tag is a lookup in the whole dictionary
  // (the surname before the regex: it is a typed-array read).
  if (w.length !== 3 || surnameLength(w) !== 1 || !HAN3.test(w)) return null
  if (text[t.start - 1] === '·' || text[t.start + 3] === '·') return null
  // 弗/罗兰德: right after a lone character jieba also reads as a name, the word is the end of a longer
  // (foreign) name, not a name of its own.
  const prev = tokens[i - 1]
  if (prev && prev.word.length === 1 && prev.start + 1 === t.start && tokenTag(prev) === 'nr' && isTransliterationChar(prev.word)) return null
  if (THING_SUFFIX.has(w[2]!) || AFTER_NAME_CHARS.has(w[2]!)) return null
  if (!NAME_WORD_TAGS.has(tokenTag(t))) return null
  // Surname + first given character as an ordinary word (严肃性, 明白人, 古城墙): a word, not a name.
  if (dictionaryTag(w.slice(0, 2)) !== null) return null
  const s1 = dictionaryTag(w[0]!)
  if (s1 !== null && FUNCTION_WORD_TAGS.has(s1)) return null
  // 时/n 胜时, 高/a 素质: with a surname that is also a common word, the given name must not be a word either.
  if (s1 !== null && CONTENT_WORD_TAGS.has(s1) && dictionaryTag(w.slice(1)) !== null) return null
  // A pronoun inside (信其轻: 宁可信其重、不可信其轻) is no given name; with a surname that is a
  // common word, no function word may stand inside either.
  const inner = [dictionaryTag(w[1]!), dictionaryTag(w[2]!)]
  if (inner.includes('r')) return null
  if ((s1 === null || CONTENT_WORD_TAGS.has(s1)) && inner.some((tag) => tag !== null && FUNCTION_WORD_TAGS.has(tag))) return null
  // Not the first part of a place or an institution jieba cut off (张三/村, 区文旅/局局长).
  const next = tokens[i + 1]
  if (next && next.start === t.start + 3 && THING_SUFFIX.has(next.word[0]!)) return null
  // Nor a two-character name with a verb glued on (张某读/x 了).
  if (verbGluedOn(w, 1, next?.word[0])) return null
  return w
}

/**
 * Country names in Chinese (i18n-iso-countries' zh locale): 贝宁总统, 伊拉克外长 put a country
 * where a foreign name could stand, and jieba's dictionary files some as personal names.
 */
const require = createRequire(import.meta.url)
let countries: Set<string> | null = null
export function isCountryName(word: string): boolean {
  if (!countries) {
    const zh = require('i18n-iso-countries/langs/zh.json') as { countries: Record<string, string | string[]> }
    countries = new Set(Object.values(zh.countries).flat().flatMap((n) => [n, n.replace(/(?:共和国|王国)$/u, '')]))
  }
  return countries.has(word)
}
