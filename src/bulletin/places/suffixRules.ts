import { PLACE_SUFFIXES } from '../vocabulary'
import { dictionaryTag, tokenTag, type Token } from '../tokens'
import { isTransliterationChar, surnameLength } from '../surnames'

/**
 * Places no list holds, read from what they are called (乱石村, 楚庄水库,
 * 北京音乐厅): a name part followed by a place suffix. Where the name starts
 * is the hard part (jieba cuts 楚庄/水库 but also 修建/水库), so the name part
 * is made only of tokens jieba reads as names (ns, nr, nz, unknown x, j) and
 * the whole must be one token or a name token + a suffix token. Single
 * characters of nature (山, 河, 湖) and of divisions (村, 县) are read only
 * inside a token jieba did not find in its dictionary as an ordinary noun
 * (江山, 山区, 农村 are nouns; 太行山 is ns; 许家村 is unknown, x).
 */

const BY_LENGTH = [...PLACE_SUFFIXES].sort((a, b) => b.length - a.length)
const NAME_TAGS = new Set(['ns', 'nr', 'nrt', 'nz', 'x', 'j', 'nrfg'])
/** Tags of a whole token ending in a suffix that may be a place: names and unknown words, not common nouns (农村, 江山). */
const WHOLE_TAGS = new Set(['ns', 'nz', 'x', 'j'])
/** Generic words with a place suffix that name no place. */
const GENERIC = new RegExp(
  '^(?:[个几多两等各每全本该我此这那某].*|[上下中大小新老东西南北内外][村乡镇县市区州省旗山河湖江海岛港路街站]' +
    // A count and a suffix (七山, 一岛, 百强县): how many, not which.
    '|[一二三四五六七八九十百千万]强?[村乡镇县市区山河岛关]' +
    '|.*(?:城市|城镇|城区|郊区|山区|市区|县区|社区|小区|景区|园区|矿区|灾区|林区|牧区|库区|垦区|解放区)' +
    // A kind of land or a relation before 地区 (沿海地区, 北方地区, 周边地区): land described, not named
    // (西南地区, 亚洲地区, 商洛地区 name one).
    '|(?:[东西南北]方|东北|西北|亚太|沿海|沿江|沿边|边境|边远|偏远|贫困|丘陵|山区|平原|高寒|周边|内地)地区)$',
  'u',
)

const HAN_ONLY = /^\p{Script=Han}+$/u

/** A character that can start a village's name by itself: a surname, or one jieba's dictionary does not file as a word of another kind. */
function nameCharacter(c: string): boolean {
  const tag = dictionaryTag(c)
  return surnameLength(c) === 1 || tag === null || /^(?:ns|nr|nrt|nz|j|x)$/u.test(tag)
}

function foreignProvince(name: string, before: string | undefined): boolean {
  if (before === '日本') return false
  const tag = dictionaryTag(name)
  return Array.from(name).every(isTransliterationChar) || tag === 'ns' || tag === 'nr' || tag === 'nrt'
}

/** A word with a place suffix that names no place (城区, 老城区, 个省, 大村). */
export const isGenericPlaceWord = (word: string) => GENERIC.test(word)

/** The suffixes by the code of their last character, longest first: suffixOf runs on every token (a number key spares a string per token). */
const BY_LAST = new Map<number, string[]>()
for (const s of BY_LENGTH) BY_LAST.set(s.charCodeAt(s.length - 1), [...(BY_LAST.get(s.charCodeAt(s.length - 1)) ?? []), s])

export function suffixOf(word: string): string | null {
  const candidates = BY_LAST.get(word.charCodeAt(word.length - 1))
  if (candidates) for (const s of candidates) if (word.endsWith(s)) return s
  return null
}

export interface SuffixPlace {
  start: number
  end: number
}

/**
 * Suffix-rule places among a clause's tokens (offsets into the text).
 * `isPlaceToken(i)` says whether token i is already a known place (gazetteer):
 * a known place before a site suffix token is its name part (北京 + 音乐厅).
 */
export function suffixPlaces(tokens: Token[], isKnownPlace: (t: Token) => boolean): SuffixPlace[] {
  const out: SuffixPlace[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    const suffix = suffixOf(t.word)
    if (!suffix) continue
    const tag = tokenTag(t)
    if (t.word.length > suffix.length) {
      // The whole token is name + suffix (许家村, 太行山, 楚庄水库).
      // jieba reads some sites as organisations (北京音乐厅/nt): a site's suffix of two characters or more says otherwise.
      const siteAsOrganisation = tag === 'nt' && suffix.length >= 2
      if ((!WHOLE_TAGS.has(tag) && !siteAsOrganisation) || GENERIC.test(t.word)) continue
      // A dictionary word of one character + suffix is an ordinary noun (城市, 山村, 海湾); a known name has two (太行山).
      if (tag !== 'x' && t.word.length - suffix.length < 2) continue
      // An unknown word of one character + suffix (许村, 梁村) names a place by a family or a name, not by a
      // verb or an ordinary noun glued to the suffix (包/村, 局/站, 因/村).
      if (tag === 'x' && t.word.length - suffix.length === 1 && !nameCharacter(t.word[0]!)) continue
      // A province no division list holds is a foreign one, its name transliterated or filed as a place
      // (阿塞拜疆省, 魁北克省); Japan's ministries end in 省 too (外务省, 日本大藏省), named with Chinese words.
      if (suffix === '省' && !foreignProvince(t.word.slice(0, -1), tokens[i - 1]?.word)) continue
      let start = t.start
      const prev = tokens[i - 1]
      // A bare known name before a site (北京 + 音乐厅 → one place); a division with its own suffix stays apart (高山镇 | 许村).
      if (prev && suffix.length >= 2 && isKnownPlace(prev) && !suffixOf(prev.word)) start = prev.start
      out.push({ start, end: t.start + t.word.length })
    } else {
      // The token is the suffix alone (楚庄/水库): the name is the token before it, if jieba reads that as a name.
      const prev = tokens[i - 1]
      if (!prev || prev.start + prev.word.length !== t.start || !HAN_ONLY.test(prev.word)) continue
      const prevTag = tokenTag(prev)
      if (!(NAME_TAGS.has(prevTag) || isKnownPlace(prev)) || prev.word.length > 4) continue
      if (suffix.length === 1 && prevTag !== 'x' && prevTag !== 'ns' && prevTag !== 'nr') continue
      const word = prev.word + t.word
      if (GENERIC.test(word) || word.length < 2) continue
      out.push({ start: prev.start, end: t.start + t.word.length })
    }
  }
  return out
}
