import { PLACE_SUFFIXES } from '../vocabulary'
import { dictionaryTag, tokenTag, type Token } from '../tokens'
import { isTransliterationChar, surnameLength } from '../surnames'
import { loadGazetteer } from './gazetteer'

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
  '^(?:[个几多两等各每全本该我此这某].*|那[个些里].*|[上下中大小新老东西南北内外][村乡镇县市区州省旗山河湖江海岛港路街站]' +
    // A count and a suffix (七山, 一岛, 百强县): how many, not which.
    '|[一二三四五六七八九十百千万]强?[村乡镇县市区山河岛关]' +
    '|.*(?:城市|城镇|城区|郊区|市区|县区|社区|小区|景区|园区|矿区|灾区|林区|牧区|库区|垦区|解放区)' +
    '|山区' +
    // A kind of land or a relation before 地区 (沿海地区, 北方地区, 周边地区): land described, not named
    // (西南地区, 亚洲地区, 商洛地区 name one).
    '|(?:[东西南北]方|东北|西北|亚太|沿海|沿江|沿边|边境|边远|偏远|贫困|丘陵|山区|平原|高寒|周边|内地)地区' +
    // Bodies that end like places (省直机关, 某市海关, 某某军区, 某某军分区) and the bare level of an autonomous division.
    '|.*(?:机关|海关|军区|军分区)|自治[区州县旗]' +
    // Ways and lines no one visits as a place (铁路, 高速公路, 集成电路, 致富路), and land described (偏远农村, 贫困山区).
    '|.*(?:铁路|公路|电路|道路|富路|铺路|江山|农村|新村|居民区)|(?:偏远|边远|贫困|广大|重灾|革命老区|另一个).+' +
    // Words of the landscape, not names (深山, 后山, 山乡, 渔村, 山村).
    '|深山.*|后山|山乡|渔村|山村|山林|山梁|山脚|山洞|浅海|海湾|湖水|河里' +
    '|.+个[村乡镇县市区省]' +
    // Troupes named after their kind of opera (某地京剧院, 某省话剧院) and power stations (某某核电站): bodies and works.
    '|.*[京评话歌越豫川昆舞沪黄梅]剧院|.*电站' +
    // Slogans of a policy (科技兴县, 依法治省) and the home one comes from (家乡).
    '|..[兴治强富][国省市县乡村镇]|.*家乡' +
    // A kind of building, not the name of one (清真寺 "a mosque").
    '|清真寺)$',
  'u',
)

const HAN_ONLY = /^\p{Script=Han}+$/u
const SHRINES = /[寺庙观祠桥]$/u

/** A character that can start a village's name by itself: a surname, or one jieba's dictionary does not file as a word of another kind. */
function nameCharacter(c: string): boolean {
  const tag = dictionaryTag(c)
  return surnameLength(c) === 1 || tag === null || /^(?:ns|nr|nrt|nz|j|x)$/u.test(tag)
}

/** A photo's caption glued to what it shows (图为酒店, 图为镇): 图为 is "the picture shows". */
const PHOTO_CAPTION = /^图为/u
const FUNCTION_TAGS = /^(?:p|d|c|r|t|f|m|q|u|uj|ul|uz|ug|y|e|v)$/u
/** The word's first character is a function word or a verb (not a surname, unless the name is that character alone). */
function gluedToFunctionWord(word: string, bare: boolean): boolean {
  const c = word[0]!
  const tag = dictionaryTag(c)
  if (tag === null || !FUNCTION_TAGS.test(tag)) return false
  // Before a longer name a surname may start it (许家村), unless it is a word of function first (曾/以商场).
  return bare || surnameLength(c) !== 1 || /^(?:p|d|c|r|u|uj|y|e)$/u.test(tag)
}

function foreignProvince(name: string, before: string | undefined): boolean {
  if (before === '日本') return false
  const tag = dictionaryTag(name)
  return Array.from(name).every(isTransliterationChar) || tag === 'ns' || tag === 'nr' || tag === 'nrt'
}

/**
 * Four-character set phrases of the landscape, as jieba's dictionary files them (often as ns): repeats
 * (AABB, ABAC, ABCA: 山山水水, 人山人海) and pairs (荒山野岭, 五湖四海, 上山下乡). Read only on dictionary words
 * with two characters of the landscape, so an unknown name (某水坪村) or a transliteration of the same shape stays.
 */
const SET_PHRASE = /^(?:(.)\1(.)\2|(.)(.)\3.|(.)..\5|.(.).(.))$/u
const LANDSCAPE = /[山岭峰湖海江河水乡村桥港路]/gu
function isSetPhrase(word: string): boolean {
  // Not a village or a township: a four-character name ending in 村, 乡, 镇 (某水坪村, 某路沟乡) is one, however it is filed.
  return word.length === 4 && !/[村乡镇]$/u.test(word) && SET_PHRASE.test(word) && (word.match(LANDSCAPE)?.length ?? 0) >= 2 && /[山岭峰湖海江河水乡村桥港]/u.test(word[1]! + word[3]!) && dictionaryTag(word) !== null
}

/** A word with a place suffix that names no place (城区, 老城区, 个省, 大村), or a set phrase of the landscape (荒山野岭). */
export const isGenericPlaceWord = (word: string) => GENERIC.test(word) || isSetPhrase(word) || hillCountryDescribed(word)

/**
 * Hill country is a place when named for its range (某某山区: the range 某某山 is a word jieba's dictionary
 * knows, or a transliterated name) or filed as a place itself (某某山区/ns, districts such as 萧山区 among them);
 * 贫困山区, 西部山区 and a region's hill country (某西山区) describe land.
 */
function hillCountryDescribed(word: string): boolean {
  if (!word.endsWith('山区') || word.length < 4) return false
  // The hill country itself filed as a place (某某山区/ns): named.
  if (dictionaryTag(word) === 'ns') return false
  const range = word.slice(0, -1)
  const tag = dictionaryTag(range)
  // A transliteration jieba does not know (a word it knows, 扎根/ns, is the verb: 扎根山区 is to settle there).
  const name = word.slice(0, -2)
  return !(tag === 'ns' || tag === 'nz' || (Array.from(name).every(isTransliterationChar) && dictionaryTag(name) === null))
}

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
      // A temple, a palace, a tower or a bridge jieba files as a person's name (某某寺/nr, 某州桥/nr): names of
      // people do not end in these.
      const shrine = (tag === 'nr' || tag === 'nrt') && t.word.length >= 3 && SHRINES.test(t.word)
      if ((!WHOLE_TAGS.has(tag) && !siteAsOrganisation && !shrine) || isGenericPlaceWord(t.word)) continue
      // A dictionary word of one character + suffix is an ordinary noun (城市, 山村, 海湾); a known name has two (太行山).
      if (tag !== 'x' && t.word.length - suffix.length < 2) continue
      // An unknown word of one character + suffix (许村, 梁村) names a place by a family or a name, not by a
      // verb or an ordinary noun glued to the suffix (包/村, 局/站, 因/村).
      if (tag === 'x' && t.word.length - suffix.length === 1 && !nameCharacter(t.word[0]!)) continue
      // An unknown word that starts with a word of function (由/镇, 包/村, 以/大商场, 图为/镇): a verb or a
      // preposition glued to the suffix, not a name; a surname may start a longer name (许家村).
      if (tag === 'x' && (gluedToFunctionWord(t.word, t.word.length - suffix.length === 1) || PHOTO_CAPTION.test(t.word))) continue
      // A province no division list holds is a foreign one, its name transliterated or filed as a place
      // (阿塞拜疆省, 魁北克省); Japan's ministries end in 省 too (外务省, 日本大藏省), named with Chinese words.
      if (suffix === '省' && !foreignProvince(t.word.slice(0, -1), tokens[i - 1]?.word)) continue
      let start = t.start
      const prev = tokens[i - 1]
      // A bare known name before a site (北京 + 音乐厅 → one place); a division with its own suffix stays apart (高山镇 | 许村).
      // (known to the gazetteer: jieba also tags ns words of direction and bearing, 西北, 东临, that name nothing)
      if (prev && suffix.length >= 2 && isKnownPlace(prev) && loadGazetteer().byName.has(prev.word) && !suffixOf(prev.word)) start = prev.start
      out.push({ start, end: t.start + t.word.length })
    } else {
      // The token is the suffix alone (楚庄/水库): the name is the token before it, if jieba reads that as a name.
      const prev = tokens[i - 1]
      if (!prev || prev.start + prev.word.length !== t.start || !HAN_ONLY.test(prev.word)) continue
      const prevTag = tokenTag(prev)
      if (!(NAME_TAGS.has(prevTag) || isKnownPlace(prev)) || prev.word.length > 4) continue
      if (prevTag === 'x' && (gluedToFunctionWord(prev.word, prev.word.length === 1) || PHOTO_CAPTION.test(prev.word))) continue
      if (suffix.length === 1 && prevTag !== 'x' && prevTag !== 'ns' && prevTag !== 'nr') continue
      const word = prev.word + t.word
      if (isGenericPlaceWord(word) || word.length < 2) continue
      out.push({ start: prev.start, end: t.start + t.word.length })
    }
  }
  return out
}
