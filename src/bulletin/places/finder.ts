import { COUNTRY_ABBREVIATIONS, LANDMARKS, EVENTS_OF_A_PLACE, PEOPLE_OF_A_PLACE, FACILITIES, FACILITIES_NEEDING_A_NAME, INTERNATIONAL_BODIES, JAPANESE_MINISTRIES, ORGANISATION_HEADS, ORGANISATION_OFFICERS, ORGANISATION_TAILS, PLACE_PREPOSITIONS } from '../vocabulary'
import { ClauseTokens, dictionaryTag, tokenAt, tokenTag, type Token } from '../tokens'
import { loadGazetteer, type KnownPlace, type PlaceKind } from './gazetteer'
import { isGenericPlaceWord, suffixOf, suffixPlaces } from './suffixRules'
import { venueUnits } from './venues'
import { allTransliterationChars, isTransliterationChar } from '../surnames'

/**
 * Every place a text names, as printed: known places from the gazetteer
 * (divisions in full or short form, countries, world regions), places jieba's
 * dictionary tags `ns` (foreign cities, mountains, rivers: 巴黎, 太行山), and
 * places read by their suffix (乱石村, 楚庄水库). A chain of divisions
 * (荥阳市高山镇许村) gives each unit as a place, the way the annotated corpora
 * tag them; the whole chain stays available as an event's venue (venues.ts).
 *
 * A candidate counts only where jieba's cut agrees that it is a word or a run
 * of words: 中国 inside 中国共产党 (one token) or 河北 inside 江河北岸 is not a
 * place. A place followed by an organisation's head (北京市委, 中国政府) is
 * part of that organisation's name and is not counted there.
 */

export interface PlaceMention {
  /** As printed. */
  text: string
  start: number
  end: number
  kind: PlaceKind | 'site'
  /** The gazetteer entry, when the place is a known one. */
  known?: KnownPlace
  /** What found it: the gazetteer, a suffix rule, jieba's ns tag in a place context, a dateline. */
  rule: 'gazetteer' | 'suffix' | 'ns' | 'dateline'
  /** Printed beside another division of the same province (某县—某县, 某县、某县): each is the other's evidence. */
  paired?: boolean
}

const ORG_HEADS = new Set(ORGANISATION_HEADS)
/**
 * The token after the place is an organisation's head (北京市/委, 中国/政府) or a
 * word ending in one (河南省/公安厅); read on tokens, so 北京市/部分 is not 部.
 */
function followedByOrganisation(tokens: Token[], end: number): boolean {
  let at = firstTokenAt(tokens, end)
  if (at === -1) return false
  if (corporateName(tokens, at)) return true
  // A run of up to six nouns after the place (北京市/朝阳区/工商局, 四川省/泸州市/第二/中学) that ends in an
  // organisation's head: the corpora tag the whole as an organisation, and the places inside it as
  // part of its name. Ordinals and numbers (第二, 八一) and verbal nouns (旅游/管理) may stand inside; a verbal
  // noun or a word of kind may open it (某区/实验/小学, 某地/临时/政府), a number only as an ordinal (某国/五/银行
  // counts banks).
  for (let n = 0; n < 6 && at < tokens.length; n++, at++) {
    const t = tokens[at]!
    // Punctuation ends the name (jieba tags it x, like an unknown word): 南非、荷兰、泰国队 is three teams'
    // countries, 英国《泰晤士报》 a country and a paper.
    if (!HAN.test(t.word)) return false
    const tag = tokenTag(t)
    if (ORG_HEADS.has(t.word) || tag === 'nt') return true
    for (let k = 2; k < t.word.length; k++) if (ORG_HEADS.has(t.word.slice(-k))) return true
    // A body and its officer in one word (省委书记, 医院院长, 县委书记): the body is named by the place.
    if (tag === 'n' && OFFICER_AFTER_BODY.test(t.word)) return true
    // A numbered school, hospital, mine or works (一中, 二院, 一矿, 二厂): a body named by the place.
    if (NUMBERED_BODY.test(t.word)) return true
    // A centre of a trade or a service (救灾中心, 航运中心, 活动中心), not the centre of a town (市中心).
    if (t.word.endsWith('中心') && !TOWN_CENTRE.test(t.word)) return true
    // 红十字会, 化肥厂, 党校: a noun ending in an organisation's one-character head.
    // Not a division's name that ends the same way (某省/新会: the county 新会, not a society).
    // jieba files some as abbreviations (农牧局/j, 计生委/j).
    if (t.word.length >= 2 && ORG_TAILS.has(t.word.slice(-1)) && (tag.startsWith('n') || tag === 'j') && tag !== 'ns' && !NOT_AN_ORGANISATION.test(t.word) && !isDivisionName(t.word)) return true
    // A session (第九届, 第二次) dates a body (云南省/第九届/人民代表大会): the place before it is the place it sits for.
    if (/[届次期]$/u.test(t.word)) return false
    if (!NOMINAL.test(tag) && !((n > 0 || tag !== 'm' || t.word.startsWith('第')) && INSIDE_ORGANISATION.test(tag))) return false
  }
  return false
}
/** A division's name or short form that no other division shares (新会, 大厂). */
function isDivisionName(word: string): boolean {
  const known = loadGazetteer().byName.get(word)
  return known !== undefined && !known.ambiguous && known.code !== undefined
}
/**
 * Index of the first token that starts at `offset`, or -1. Tokens are in order of start, so a
 * binary search: a scan from the first token for every candidate place read whole clauses.
 */
function firstTokenAt(tokens: Token[], offset: number): number {
  let lo = 0
  let hi = tokens.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (tokens[mid]!.start < offset) lo = mid + 1
    else hi = mid
  }
  return lo < tokens.length && tokens[lo]!.start === offset ? lo : -1
}
/**
 * Words ending in an organisation's one-character head that name a part of a place (华南/大部, 东部),
 * what a city is to its province (某省/省会), a farmyard (某县/农家/庭院), or a gathering (印度/展销会,
 * 庙会, 运动会, 冬奥会): the place before them stays a place.
 */
const NOT_AN_ORGANISATION = /^(?:[东西南北中大全局内外腹][部]|省会|都会|庭院|宅院|院落|四合院)$|(?:展销|运动|庙|聚|奥|运|博览|交易|展览|晚|联欢|茶话|招待|座谈|研讨|洽谈|订货|峰|年|大|例|舞|音乐|演唱|报告|表彰|庆祝|纪念|动员|发布|灯|盛|集|都)会$/u
/**
 * A company's or a works' name after a place (某地/腾飞/集团, 某省/宏远/经济/开发/总公司, 某市/新/华/机电/有限责任/公司):
 * its words are often verbs, adjectives or unknown to jieba, which the run of nouns in followedByOrganisation
 * does not take; a corporate head within five words closes it. Words of function (的, 在, 和) and of the
 * events that bring a place and a company together (召开, 成立, 投资) end the name.
 */
function corporateName(tokens: Token[], at: number): boolean {
  for (let n = 0; n < 5 && at + n < tokens.length; n++) {
    const t = tokens[at + n]!
    if (!HAN_ONLY.test(t.word)) return false
    if (n > 0 && CORPORATE_HEAD.test(t.word)) return true
    const tag = tokenTag(t)
    // Numbers may name a works (八一, 二五), words of quantity (一些, 几家) describe companies.
    if (!CORPORATE_WORD_TAGS.test(tag) || EVENT_VERBS.has(t.word) || (tag === 'm' && !/^[一二三四五六七八九十〇]+$/u.test(t.word))) return false
  }
  return false
}
const CORPORATE_HEAD = /(?:公司|集团|厂|实业|制药|电器)$/u
const CORPORATE_WORD_TAGS = /^(?:n|nz|ns|nr|nrt|nt|x|j|l|m|vn|b|v|a|s|g|ng|an)$/u
const EVENT_VERBS = new Set([
  '召开', '举行', '举办', '成立', '建立', '组建', '筹建', '兴建', '新建', '扩建', '建设', '创办', '开办', '投资', '收购', '参观', '访问',
  '考察', '视察', '调研', '来到', '进入', '有', '是', '为', '与', '同', '向', '对', '把', '被', '将', '要', '已', '也', '还', '都',
])
const ORG_BODIES = ORGANISATION_HEADS.filter((h) => h.length >= 2).sort((a, b) => b.length - a.length).join('|')
const OFFICER_AFTER_BODY = new RegExp(`^(?:${ORG_BODIES})(?:${ORGANISATION_OFFICERS.join('|')})$`, 'u')
const NUMBERED_BODY = /^[一二三四五六七八九十]{1,2}[中小院矿厂队所团校处]$/u
const TOWN_CENTRE = /^(?:市|城|镇|县城|城市|市区)?中心$/u
/** Tags that may stand inside an organisation's name after its first word (第二/m 中学, 旅游/vn 委员会). */
const INSIDE_ORGANISATION = /^(?:m|vn|b)$/u
const ORG_TAILS = new Set(ORGANISATION_TAILS)
const NOMINAL = /^(?:n|ns|nz|nr|nrt|x|j|l)$/u
const PREPOSITIONS = new Set(PLACE_PREPOSITIONS)
const LANDMARK = new Set(LANDMARKS)
const DIVISION_CHAR = /^[省市县区镇乡村]$/u
const HAN = /\p{Script=Han}/u
/** 新华社 / 本报 / 中新社 / 某某日报, optionally 驻, the place, then the date of the dispatch. */
const DATELINE = /^((?:新华社|中新社|本报|\p{Script=Han}{1,6}?(?:社|报|台))(?:驻)?)((?!记者)\p{Script=Han}{2,8}?)(?:\d{1,2}|[一二三四五六七八九十]{1,3})月/u

/**
 * A division's short form is read only when jieba's dictionary does not know it
 * as an ordinary word: 郑州 and 河南 are ns (or unknown), but the short forms of
 * 合作市, 和平区 and 资源县 are the words 合作, 和平, 资源.
 */
function shortFormReadsAsPlace(known: KnownPlace, name: string): boolean {
  // Provinces' and prefecture cities' short forms are few and well known (jieba's tags for them are
  // unreliable: 石家庄 nr, 大连 d); counties' are thousands, and many are ordinary words.
  if (known.kind === 'province' || known.kind === 'city') return true
  const tag = dictionaryTag(name)
  return tag === null || tag === 'ns' || tag === 'nr' || tag === 'nrt'
}

/**
 * A county's short form right after a place of its own province (广东新会, 陕西米脂, 某州某县: the
 * province or city says which county), or after one in a list (邛崃、大邑、双流): read even when the
 * short form is an ordinary word in jieba's dictionary (新会, 米脂 and 双流 are filed as nouns).
 */
function afterItsProvince(out: PlaceMention[], text: string, at: number, known: KnownPlace): boolean {
  // A part of the province (四川南部: the south of Sichuan, not 南部县) is no county.
  if (known.kind !== 'county' || known.ambiguous || !known.province || PART_OF_A_PLACE.test(text.slice(at, at + 2))) return false
  for (let k = out.length - 1; k >= 0; k--) {
    const m = out[k]!
    if (m.end !== at && !(m.end === at - 1 && LIST_MARKS.has(text[at - 1]!))) continue
    return m.known !== undefined && !m.known.ambiguous && m.known.province === known.province && m.kind !== 'town'
  }
  return false
}
const LIST_MARKS = new Set(['、', '和', '与', '及'])
const PART_OF_A_PLACE = /^[东西南北中]部$/u

/**
 * Two divisions of one province printed side by side (某县—某县 震区, 某县、某县两县): mark both as paired, so
 * each is the other's evidence (index.ts). Two ordinary words that happen to be counties are rarely of one
 * province and side by side.
 */
function markPairs(text: string, out: PlaceMention[]): void {
  for (let k = 1; k < out.length; k++) {
    const a = out[k - 1]!
    const b = out[k]!
    if (!a.known?.province || a.known.ambiguous || b.known?.ambiguous || a.known.province !== b.known?.province) continue
    if (a.known.kind !== 'county' && b.known.kind !== 'county') continue
    const gap = text.slice(a.end, b.start)
    if (gap === '' || PAIR_JOINS.has(gap)) a.paired = b.paired = true
  }
}
const PAIR_JOINS = new Set(['—', '－', '-', '、', '和', '与', '及', '至'])

/**
 * A county's short form that jieba's dictionary knows as a word (新建, 友谊 are ns there), or a county of one
 * character and 县 that starts with a word of function or a verb (和县, 兴县): it needs evidence.
 */
export function countyShortNeedsEvidence(known: KnownPlace, name: string): boolean {
  if (known.kind !== 'county') return false
  if (!known.short) return name.length === 2 && GLUED_FIRST.test(dictionaryTag(name[0]!) ?? '')
  const tag = dictionaryTag(name)
  // Three characters or more that jieba files as a place (某某山, 某某河 as a county's short form): the place; ordinary words are shorter.
  if (name.length >= 3 && tag === 'ns') return false
  return tag !== null
}
/**
 * Tags of a word of function or a verb: a two-character county named by one (和县, 兴县) is as often the word and
 * the level (他和县领导, 科教兴县), so it needs the same evidence as a short form that is a word.
 */
const GLUED_FIRST = /^(?:c|p|v)$/u

/**
 * The gazetteer's lengths by prefix, keyed by the prefix's two UTF-16 units (first, then
 * second): the scan looks up every token start of the text, and a substring per offset to look
 * up by string cost more than the rest of the finder.
 */
let pairTable: { prefixes: Map<string, number[]>; byPair: (Map<number, number[]> | undefined)[] } | null = null
function prefixTable(prefixes: Map<string, number[]>): (Map<number, number[]> | undefined)[] {
  if (pairTable?.prefixes === prefixes) return pairTable.byPair
  const byPair: (Map<number, number[]> | undefined)[] = new Array(0x10000)
  pairBits.fill(0)
  for (const [prefix, lengths] of prefixes) {
    const a = prefix.charCodeAt(0)
    const b = prefix.charCodeAt(1)
    ;(byPair[a] ??= new Map()).set(b, lengths)
    const h = pairHash(a, b)
    pairBits[h >>> 3]! |= 1 << (h & 7)
  }
  pairTable = { prefixes, byPair }
  return byPair
}

/**
 * One bit per hashed pair of first characters (128 KB, about one bit in twenty set): most token starts
 * begin no place, and the bit says so without the lookups in the table of pairs, which the profile
 * showed as cache misses. A set bit may be another pair's (the table then answers); a clear bit is exact.
 */
const PAIR_BITS = 20
const pairBits = new Uint8Array(1 << (PAIR_BITS - 3))
const pairHash = (a: number, b: number) => (Math.imul((a << 16) | b, 0x9e3779b1) >>> (32 - PAIR_BITS))
const mayStartPlace = (a: number, b: number) => {
  const h = pairHash(a, b)
  return (pairBits[h >>> 3]! & (1 << (h & 7))) !== 0
}

const EVENTS_OF = new Set(EVENTS_OF_A_PLACE)
/** The length of the place before a word of EVENTS_OF_A_PLACE at the end of `word` (淮河流域 → 2), when jieba files it as a place; else 0. */
function placeBeforeItsEvent(word: string): number {
  for (const tail of EVENTS_OF) {
    if (!word.endsWith(tail) || word.length - tail.length < 2) continue
    const place = word.slice(0, -tail.length)
    return dictionaryTag(place) === 'ns' && !isGenericPlaceWord(place) ? place.length : 0
  }
  return 0
}
const FACILITY_SET = new Set(FACILITIES)
const PEOPLE_OF = new Set(PEOPLE_OF_A_PLACE)
const NEEDS_A_NAME = new Set(FACILITIES_NEEDING_A_NAME)
const FACILITY_BY_LENGTH = [...FACILITIES].sort((a, b) => b.length - a.length)
/** Tags of the words of a facility's name between its place and its head (世纪/n, 桃仙/nz, 八一/m, 国际/n). */
const FACILITY_NAME_TAGS = /^(?:n|nz|ns|nr|nrt|nt|x|j|l|vn|b)$/u
/** Words of how many or which (各大, 大小, 一家): facilities of a place described, not one named. */
const FACILITY_DESCRIBERS = /^(?:各大|大小|各|一家|几家|多家|这家|那家)$/u

/**
 * The end of a facility named after the place that ends at `end` (某京/星光/剧院, 某城/某某/机场,
 * 某市/翠湖公园, 某省/某原火车站), read from token `from` on: up to three words of a name, the last
 * ending in a facility's head; -1 when the words after the place are not such a name.
 */
function facilityAfter(tokens: Token[], from: number, end: number, country: boolean): number {
  if (tokens[from]?.start !== end) return -1
  for (let n = 0; n < 3 && from + n < tokens.length; n++) {
    const t = tokens[from + n]!
    if (!HAN_ONLY.test(t.word) || FACILITY_DESCRIBERS.test(t.word) || !FACILITY_NAME_TAGS.test(tokenTag(t))) return -1
    const head = FACILITY_BY_LENGTH.find((f) => t.word.endsWith(f))
    // A troupe named like a theatre (京剧院, 话剧院) is a body, not a building.
    if (head && isGenericPlaceWord(t.word)) return -1
    if (head) {
      // The head alone right after the place (北京/饭店 is fine, 上海/市场 is not a site) or a head that needs a name.
      // A country's name before a bare head (某国/大饭店) says whose kind of hotel it is, not where.
      if (n === 0 && t.word.length - head.length < 2 && (NEEDS_A_NAME.has(head) || country)) return -1
      return t.start + t.word.length
    }
  }
  return -1
}
/**
 * 科教兴县, 工业强县, 旅游富市: a means, then a verb of making prosper and the unit it makes so, is a
 * slogan, not the county or city whose name is those two characters (兴县, 富县). Read so only right
 * after a word of what a place does (a noun or a verb, not a place, a preposition or 的).
 */
const PROSPER_UNIT = /^[兴富强][县市]$/u
const MEANS_TAGS = /^(?:n|vn|v|an|nz)$/u
function sloganOfAUnit(tokens: Token[], ti: number, name: string): boolean {
  const prev = tokens[ti - 1]
  if (!PROSPER_UNIT.test(name) || !prev || prev.start + prev.word.length !== tokens[ti]!.start || prev.word.length < 2) return false
  return MEANS_TAGS.test(tokenTag(prev)) && !isKnownPlaceToken(prev)
}

const HAN_ONLY = /^\p{Script=Han}+$/u

/** A token that names a place by itself: a known one, or a word jieba tags ns (a module function: no closure per call). */
function isKnownPlaceToken(t: Token): boolean {
  return loadGazetteer().byName.has(t.word) || tokenTag(t) === 'ns'
}

/** Whether a token of `tokens`, from index `from` on, ends exactly at `offset` (tokens are in order; names are a few tokens long). */
function tokenEndsAt(tokens: Token[], from: number, offset: number): boolean {
  for (let k = from; k < tokens.length; k++) {
    const end = tokens[k]!.start + tokens[k]!.word.length
    if (end >= offset) return end === offset
  }
  return false
}

/**
 * The tokens of each clause with a Chinese character in it (the only clauses a place is read from),
 * found once for the finder's four passes: the clauses by one forward search through the text (a
 * test on a copy of every clause, made again by each pass, showed in the profile), their tokens by
 * one lookup each.
 */
function chineseClauseTokens(clauses: ClauseTokens): Token[][] {
  const han = /\p{Script=Han}/gu
  const out: Token[][] = []
  let next = -1 // the first Chinese character at or after the clause's start
  for (const [start, end] of clauses.spans()) {
    if (next < start) {
      han.lastIndex = start
      next = han.exec(clauses.text)?.index ?? Infinity
    }
    if (next < end) out.push(clauses.at(start))
  }
  return out
}

export function findPlaceMentions(clauses: ClauseTokens): PlaceMention[] {
  const { byName, lengthsByPrefix } = loadGazetteer()
  const text = clauses.text
  const out: PlaceMention[] = []
  let clauseStart = -1
  let cut: { tokens: Token[] } | null = null
  const tokensAt = (offset: number) => {
    const [start] = clauses.span(offset)
    if (start !== clauseStart || !cut) {
      cut = { tokens: clauses.at(offset) }
      clauseStart = start
    }
    return cut
  }

  // Units of venue chains first (来到荥阳市高山镇许村): their start is fixed by the verb before them.
  // One flag per character, allocated whole: an empty array written at scattered offsets turns into a slow dictionary.
  const taken = new Uint8Array(text.length + 1)
  for (const u of venueUnits(text)) {
    const unit = text.slice(u.start, u.end)
    const suffix = suffixOf(unit)
    // A generic word (偏远农村) is no unit, unless it is a division's own name (肥城市 is not 肥 + 城市).
    if (!suffix || taken[u.start] || taken[u.end - 1] || (isGenericPlaceWord(unit) && !byName.has(unit))) continue
    const cut = tokensAt(u.start).tokens
    // 来到某县化肥厂, 在某区实验小学: the chain names a body, and its units are part of the body's name.
    if (followedByOrganisation(cut, u.end)) continue
    for (const part of knownPlaceRun(unit, byName, (k) => cut.some((t) => t.start === u.start + k))) {
      const start = u.start + part.offset
      const known = byName.get(part.text)
      out.push({ text: part.text, start, end: start + part.text.length, kind: known?.kind ?? 'site', known, rule: 'suffix' })
    }
    for (let k = u.start; k < u.end; k++) taken[k] = 1
  }

  // Known places, longest first at each offset, where the cut agrees. A known place must start where a
  // token starts, so only token starts are looked up (every clause with Chinese in it is cut below anyway),
  // not every character: the lookups in the prefix table were a tenth of the places' time.
  const byPair = prefixTable(lengthsByPrefix)
  const chineseClauses = chineseClauseTokens(clauses)
  for (const tokens of chineseClauses) {
    let skipTo = 0
    for (let ti = 0; ti < tokens.length; ti++) {
      const i = tokens[ti]!.start
      if (i < skipTo || i >= text.length - 1 || taken[i]) continue
      if (!mayStartPlace(text.charCodeAt(i), text.charCodeAt(i + 1))) continue
      const lengths = byPair[text.charCodeAt(i)]?.get(text.charCodeAt(i + 1))
      if (!lengths) continue
      const t = tokens[ti]!
      for (const len of lengths) {
        // A name that ends where no token does is read only as the start of its token (某京站, below): the
        // test comes before the lookup, which most candidates then never reach (the profile showed the
        // lookups, a new string each, at a tenth of the places' time).
        const endsAtToken = tokenEndsAt(tokens, ti, i + len)
        if (!endsAtToken && len >= t.word.length) continue
        // The token's own string when the name is the whole token: its hash is computed once, a slice's on every lookup.
        const name = len === t.word.length ? t.word : text.slice(i, i + len)
        const known = byName.get(name)
        if (!known || name.length !== len) continue
        if (!endsAtToken) {
          // A place and a facility in one token (某京站, 某城动物园): the facility, named after the place.
          const rest = t.start === i ? t.word.slice(len) : ''
          if (rest && (rest === '站' || (FACILITY_SET.has(rest) && !NEEDS_A_NAME.has(rest))) && !taken[i + t.word.length - 1]) {
            out.push({ text: t.word, start: i, end: i + t.word.length, kind: 'site', rule: 'suffix' })
            for (let k = i; k < i + t.word.length; k++) taken[k] = 1
            skipTo = i + t.word.length
            break
          }
          // The people, the states or the speech of a place in one word (美国人, 东欧国家, 四川话): the place.
          if (rest && PEOPLE_OF.has(rest) && !known.ambiguous && (known.kind === 'country' || known.kind === 'region' || known.kind === 'province') && !taken[i]) {
            out.push({ text: name, start: i, end: i + len, kind: known.kind, known, rule: 'gazetteer' })
            for (let k = i; k < i + len; k++) taken[k] = 1
            skipTo = i + t.word.length
            break
          }
          // What happens at a place, in one word with it (某港回归, 某地口岸): the place.
          if (rest && EVENTS_OF.has(rest) && !known.ambiguous && (!known.short || shortFormReadsAsPlace(known, name)) && !taken[i]) {
            out.push({ text: name, start: i, end: i + len, kind: known.kind, known, rule: 'gazetteer' })
            for (let k = i; k < i + len; k++) taken[k] = 1
            skipTo = i + t.word.length
            break
          }
          continue
        }
        if (known.short && !shortFormReadsAsPlace(known, name) && !afterItsProvince(out, text, i, known)) continue
        // A short form with a division's suffix after it is another, longer name (北湖 + 镇 is 北湖镇, not 北湖区).
        if (known.short && DIVISION_CHAR.test(text[i + len] ?? '')) continue
        if (!known.short && (known.kind === 'county' || known.kind === 'town') && isGenericPlaceWord(name)) continue
        if (taken[i + len - 1]) continue
        if (len === 2 && sloganOfAUnit(tokens, ti, name)) continue
        const facilityEnd = facilityAfter(tokens, ti + 1, i + len, known.kind === 'country')
        if (facilityEnd > 0 && !taken.subarray(i, facilityEnd).some(Boolean)) {
          out.push({ text: text.slice(i, facilityEnd), start: i, end: facilityEnd, kind: 'site', rule: 'suffix' })
          for (let k = i; k < facilityEnd; k++) taken[k] = 1
          skipTo = facilityEnd
          break
        }
        if (followedByOrganisation(tokens, i + len)) break
        // A new district (某某新区) is printed as its name and the word 新区, and the corpora tag the name: the place.
        const printed = !known.short && known.kind === 'county' && len >= 4 && name.endsWith('新区') ? len - 2 : len
        out.push({ text: name.slice(0, printed), start: i, end: i + printed, kind: known.kind, known, rule: 'gazetteer' })
        for (let k = i; k < i + len; k++) taken[k] = 1
        skipTo = i + len
        break
      }
    }
  }

  // Towns and villages printed after their county (鄢陵县/只乐乡/吕屯村): jieba cuts their names anywhere,
  // but a known division before them says where the chain starts.
  // (`late`: read after the suffix rules, whose finds inside a unit, 栗于/坪乡, give way to the whole unit.)
  const followChain = (m: PlaceMention, late = false) => {
    let at = m.end
    for (let n = 0; n < 2; n++) {
      let unit = LOWER_UNIT.exec(text.slice(at, at + 8))?.[0]
      // 某某村 + 村民, 某某乡 + 乡长: the suffix doubled starts the next word.
      if (unit && /([乡镇村])\1$/u.test(unit)) unit = unit.slice(0, -1)
      if (!unit || (taken[at] && !late) || isGenericPlaceWord(unit) || LOWER_UNIT_GENERIC.test(unit) || followedByOrganisation(tokensAt(at).tokens, at + unit.length)) break
      if (late) {
        const end = at + unit.length
        // The unit ends where a token does (看望/乡亲 has no 看望乡 in it).
        const toks = tokensAt(at).tokens
        if (!toks.some((t) => t.start + t.word.length === end)) break
        const overlapping = out.filter((o) => o.start < end && o.end > at)
        if (overlapping.some((o) => o.start < at || o.end > end)) break
        for (const o of overlapping) out.splice(out.indexOf(o), 1)
      }
      out.push({ text: unit, start: at, end: at + unit.length, kind: 'site', rule: 'suffix' })
      for (let k = at; k < at + unit.length; k++) taken[k] = 1
      at += unit.length
    }
  }
  for (const m of [...out]) if (m.rule === 'gazetteer' && !m.known?.short && /[省市县区旗州镇乡]$/u.test(m.text)) followChain(m)

  for (const v of villagesByTheirOwn(text, taken, (offset) => tokensAt(offset).tokens)) {
    out.push({ text: text.slice(v.start, v.end), start: v.start, end: v.end, kind: 'site', rule: 'suffix' })
    for (let k = v.start; k < v.end; k++) taken[k] = 1
  }

  // A dateline names where the dispatch was filed (新华社莫斯科1月14日电, 本报驻东京记者): foreign cities jieba tags nr.
  const dateline = text.match(DATELINE)
  // Found already by the gazetteer (本报某县1月19日电): it is still the place the dispatch was filed from.
  const filed = dateline ? out.find((m) => m.start === dateline[1]!.length && m.text === dateline[2]) : undefined
  if (filed) filed.rule = 'dateline'
  else if (dateline && !taken[dateline.index! + dateline[1]!.length]) {
    const start = dateline[1]!.length
    const name = dateline[2]!
    out.push({ text: name, start, end: start + name.length, kind: byName.get(name)?.kind ?? 'site', known: byName.get(name), rule: 'dateline' })
    for (let k = start; k < start + name.length; k++) taken[k] = 1
  }
  // The same inside the text: a dispatch line closing an article （本报伊斯兰堡1月14日电）, （本报渥太华电）, and a
  // correspondent's post (本报驻布鲁塞尔记者, 本社驻巴黎和伦敦记者).
  for (const m of dispatchPlaces(text)) {
    if (taken.subarray(m.start, m.end).some(Boolean)) continue
    const known = byName.get(m.text)
    if (!known && tokenTag({ word: m.text, start: m.start }) === 'nt') continue // 驻联合国记者: a body, not a place.
    out.push({ ...m, kind: known?.kind ?? 'site', known, rule: 'dateline' })
    for (let k = m.start; k < m.end; k++) taken[k] = 1
  }

  // Suffix rules and jieba's ns, clause by clause, where no known place is.
  for (const tokens of chineseClauses) {
    for (const found of suffixPlaces(tokens, isKnownPlaceToken)) {
      // A range and its hill country, cut apart by jieba (某某山/区): the hill country is the place named.
      const p = text.endsWith('山', found.end) && tokens.some((t) => t.start === found.end && t.word === '区') && !isGenericPlaceWord(text.slice(found.start, found.end + 1)) ? { start: found.start, end: found.end + 1 } : found
      // A known name read already (浦东新区, given as 浦东) is no site named after the place inside it.
      if (taken[p.start] && byName.has(text.slice(p.start, p.end))) continue
      if (taken.subarray(p.start, p.end).some(Boolean) && !(taken[p.start] && p.end - p.start > 0 && isSite(text, p, out))) continue
      if (followedByOrganisation(tokens, p.end)) continue
      for (const part of knownPlaceRun(text.slice(p.start, p.end), byName, (k) => tokens.some((t) => t.start === p.start + k))) {
        const start = p.start + part.offset
        const known = part.offset > 0 || part.text.length < p.end - p.start ? byName.get(part.text) : undefined
        out.push({ text: part.text, start, end: start + part.text.length, kind: known?.kind ?? 'site', known, rule: 'suffix' })
      }
      for (let k = p.start; k < p.end; k++) taken[k] = 1
    }
    for (let ti = 0; ti < tokens.length; ti++) {
      const t = tokens[ti]!
      // jieba's ns alone is weak (城市, 新春, 上市 are ns in its dictionary): read it after a word of place (在巴黎).
      // The context is checked first: it is a few lookups in small sets, where the tag of a token the name
      // rules did not read is a lookup in the whole dictionary (the profile showed those at a twentieth of
      // the parse); few tokens have a place's context, so few tags are looked up.
      const prev = tokenAt(tokens, ti - 1)
      if (t.word.length < 2 || taken[t.start]) continue
      // A river or a town jieba keeps in one word with what happens at it (某河流域, 某城奥运会): the place.
      const eventOf = t.word.length >= 4 ? placeBeforeItsEvent(t.word) : 0
      if (eventOf > 0) {
        out.push({ text: t.word.slice(0, eventOf), start: t.start, end: t.start + eventOf, kind: 'site', rule: 'ns' })
        for (let k = t.start; k < t.start + eventOf; k++) taken[k] = 1
        continue
      }
      const afterPreposition = prev !== undefined && PREPOSITIONS.has(prev.word)
      const inContext = placeContext(tokens, ti, byName)
      const landmark = LANDMARK.has(t.word)
      if (!afterPreposition && !inContext && !landmark && !riverName(t)) continue
      const tag = landmark ? 'ns' : tokenTag(t)
      const afterMotion = afterPreposition && MOTION_TO_A_PLACE.has(prev.word)
      if (tag !== 'ns' && !((inContext || afterMotion) && foreignPlaceName(tokens, ti, tag, byName, afterMotion)) && !placeOfAnAct(tokens, ti, tag)) continue
      // 在 + a time or a state that jieba files as ns (在喜庆之际, 在欢庆佳节, 在长达一年): a time
      // word, a number or 之际 after it says when, not where.
      if (afterPreposition && !inContext && saysWhen(tokenAt(tokens, ti + 1))) continue
      if (isGenericPlaceWord(t.word)) continue
      const e = t.start + t.word.length
      if (followedByOrganisation(tokens, e)) continue
      // A river's bank that jieba keeps in one word with it (约旦河西岸): the place is the river.
      const bank = BANK.exec(t.word)
      if (bank) {
        const end = e - bank[0].length
        out.push({ text: text.slice(t.start, end), start: t.start, end, kind: 'site', rule: 'ns' })
        for (let k = t.start; k < end; k++) taken[k] = 1
        continue
      }
      out.push({ text: t.word, start: t.start, end: e, kind: 'site', rule: 'ns' })
      for (let k = t.start; k < e; k++) taken[k] = 1
    }
  }
  // A county read by its suffix starts a chain too (绵竹县/两路镇): the counties of other decades, since made
  // cities or merged, are in no current list.
  for (const m of [...out]) if (m.rule === 'suffix' && !m.known && /^\p{Script=Han}{2,4}[县旗]$/u.test(m.text)) followChain(m, true)

  // A name and the word 地区 after it (某某/地区: a foreign district, a region no list holds).
  for (const tokens of chineseClauses) {
    for (const m of namedAreas(tokens, byName)) {
      if (taken.subarray(m.start, m.end).some(Boolean) || followedByOrganisation(tokens, m.end)) continue
      out.push({ text: text.slice(m.start, m.end), start: m.start, end: m.end, kind: 'site', rule: 'suffix' })
      for (let k = m.start; k < m.end; k++) taken[k] = 1
    }
  }
  // A foreign town named after its country and a word of what it is (某国东部城市某某, 某国的边境小镇某某):
  // transliterated names jieba cuts into pieces or does not know.
  for (const tokens of chineseClauses) {
    for (const m of townsAfterTheirCountry(tokens, byName)) {
      if (taken.subarray(m.start, m.end).some(Boolean)) continue
      out.push({ text: text.slice(m.start, m.end), start: m.start, end: m.end, kind: 'site', rule: 'ns' })
      for (let k = m.start; k < m.end; k++) taken[k] = 1
    }
  }

  out.sort((a, b) => a.start - b.start)
  markPairs(text, out)
  return withRegionCompounds(text, withNamedCompounds(out.filter((m) => !namesABody(m))))
}

const BODIES = new Set([...INTERNATIONAL_BODIES, ...JAPANESE_MINISTRIES])
const ABBREVIATION = new Set(COUNTRY_ABBREVIATIONS)
/**
 * Names that read like places and are bodies or relations: international bodies (联合国, 北约), Japan's
 * ministries (大藏省), and a pair of countries' abbreviations that jieba tags ns (中美, 美苏, 欧美) when no
 * list of places holds it (中非 the country, 中欧 the region stay).
 */
function namesABody(m: PlaceMention): boolean {
  if (BODIES.has(m.text)) return true
  return m.rule === 'ns' && m.text.length === 2 && ABBREVIATION.has(m.text[0]!) && ABBREVIATION.has(m.text[1]!)
}

/**
 * A province or country and the place in it, read as one word (某省某市 by a venue pattern, 中国香港 by
 * jieba): the corpora tag each place, so the word is given as its two places. Only a province's or a
 * country's name splits off, and only before a name of two characters or more with a place's suffix
 * or a known name (北京市 stays whole: 市 alone is no place).
 */
function knownPlaceRun(word: string, byName: Map<string, KnownPlace>, cutAt: (offset: number) => boolean): { text: string; offset: number }[] {
  for (let len = Math.min(word.length - 2, 7); len >= 2; len--) {
    const head = byName.get(word.slice(0, len))
    if (!head || (head.kind !== 'province' && head.kind !== 'country')) continue
    const rest = byName.get(word.slice(len))
    // A district after its city stays one name (某市某某新区), as the corpora tag it; a city or a province
    // after its province or country is a place of its own. jieba's cut must agree, or the country's name is
    // only the start of another's (马里 + 兰州 in 马里兰州); a country before one of its provinces (中国香港) is
    // in one word there.
    if (rest && (rest.kind === 'city' || rest.kind === 'province') && (cutAt(len) || (head.kind === 'country' && rest.kind === 'province')))
      return [{ text: word.slice(0, len), offset: 0 }, { text: word.slice(len), offset: len }]
  }
  return [{ text: word, offset: 0 }]
}

const AUTONOMOUS = /自治[县州旗]$/u
/**
 * Compounds the annotated corpora tag as one place: a facility after the place it is named for, when
 * the two were found apart (某城 + 某某机场), and an autonomous county or prefecture after its province
 * (某省 + 某某族自治县): the province there says which one, as part of its name.
 */
function withNamedCompounds(out: PlaceMention[]): PlaceMention[] {
  const merged: PlaceMention[] = []
  for (const m of out) {
    const facility = m.kind === 'site' && FACILITY_BY_LENGTH.some((f) => m.text.endsWith(f) && m.text.length > f.length)
    const autonomous = AUTONOMOUS.test(m.text)
    const prev = merged[merged.length - 1]
    if (prev && prev.end === m.start && ((facility && prev.kind !== 'region') || (autonomous && prev.kind === 'province'))) {
      merged[merged.length - 1] = { text: prev.text + m.text, start: prev.start, end: m.end, kind: 'site', rule: m.rule }
      continue
    }
    merged.push(m)
  }
  return merged
}

/**
 * Verbs of going to, coming from or staying at a place (抵达某某, 来自某某): a foreign name after them is a
 * town. Not 在, 从, 于 or 同: people and things stand after those too (在某某看来, 从雷达上).
 */
const MOTION_TO_A_PLACE = new Set(PLACE_PREPOSITIONS.filter((w) => w.length === 2 || w === '赴' || w === '驻'))
/** Tags jieba gives foreign towns it files as names of people (多伦多/nrt, 马德里/nr) or does not know (x). */
const FOREIGN_NAME_TAGS = new Set(['nr', 'nrt', 'x'])
/**
 * A transliterated name that jieba tags as a person's or does not know, where only a town stands: after
 * a word of what it is (首都某某), before a word only a place takes (某某街头), or after its country in
 * the run of a sentence (某国某某举行). Not an item of a list (a list of results names sportsmen after
 * their countries), and not a piece of a longer name (埃斯波/斯托: a transliterated word beside it). A
 * person found on the page is given back to the people by withoutPeople (index.ts).
 */
function foreignPlaceName(tokens: Token[], ti: number, tag: string, byName: Map<string, KnownPlace>, afterPreposition = false): boolean {
  const t = tokens[ti]!
  if (!FOREIGN_NAME_TAGS.has(tag) || t.word.length < 2 || !allTransliterationChars(t.word)) return false
  const prev = tokenAt(tokens, ti - 1)
  const next = tokenAt(tokens, ti + 1)
  const prevJoined = prev !== undefined && prev.start + prev.word.length === t.start
  const nextJoined = next !== undefined && next.start === t.start + t.word.length
  // 城市 alone is too common a word (这座城市某某人很多): a town after it needs its country (townsAfterTheirCountry).
  const headBefore = (prevJoined && PLACE_HEADS.has(prev.word) && prev.word !== '城市') || afterPreposition
  const tailAfter = nextJoined && PLACE_TAILS.has(next.word)
  const countryBefore = prevJoined && byName.get(prev.word)?.kind === 'country' && next !== undefined && HAN.test(next.word)
  if (!headBefore && !tailAfter && !countryBefore) return false
  const pieceOfName = (n: Token | undefined) => n !== undefined && HAN_ONLY.test(n.word) && allTransliterationChars(n.word)
  return !(prevJoined && !headBefore && !countryBefore && pieceOfName(prev)) && !(nextJoined && !tailAfter && pieceOfName(next))
}

/**
 * A name jieba files as a person's between 在 and the verb of the sentence (在某某举行, 在某某表示, 在某某设立):
 * where the act takes place; a person stands there only under someone's lead (在某某陪同下, 在某某看来),
 * which these verbs say. A person found on the page is given back by withoutPeople (index.ts).
 */
function placeOfAnAct(tokens: Token[], ti: number, tag: string): boolean {
  if (tag !== 'nr' && tag !== 'nrt') return false
  const t = tokens[ti]!
  if (!transliterated(t.word)) return false
  const prev = tokenAt(tokens, ti - 1)
  const next = tokenAt(tokens, ti + 1)
  if (!prev || !LOCATIVE.has(prev.word) || !next || next.start !== t.start + t.word.length || t.word.length < 2) return false
  return tokenTag(next) === 'v' && !UNDER_THE_LEAD_OF.has(next.word)
}
/**
 * Written in transliteration characters but for one at most, in a name of three or more (波士顿, 某某宫):
 * a foreign name; jieba's nr also holds Chinese phrases (今天上午, 新春佳节), which this keeps out.
 */
function transliterated(word: string): boolean {
  let other = 0
  for (const c of word) if (!isTransliterationChar(c)) other++
  return other === 0 || (other === 1 && word.length >= 3)
}
const LOCATIVE = new Set(['在', '于'])
const UNDER_THE_LEAD_OF = new Set(['陪同', '主持', '带领', '率领', '指导', '帮助', '支持', '关怀', '领导', '倡导', '推动', '组织', '看来', '看', '说', '提议', '建议', '指挥', '鼓励', '感召', '影响', '教育', '启发', '培养', '关心', '督促', '主演', '执导', '演唱', '演奏', '扮演', '饰演'])

/**
 * A river of one or two characters and 江 or 河 that jieba's dictionary files as a place (某江, 某河): a
 * name wherever it stands, unlike jieba's other ns words (城市, 新春). Not the words of water and land
 * that end the same way (山河, 江河, 长河, 银河, 运河: the GENERIC words of suffixRules hold 大河, 内河).
 */
function riverName(t: Token): boolean {
  const last = t.word.charCodeAt(t.word.length - 1)
  if ((last !== 0x6c5f && last !== 0x6cb3) || t.word.length > 3) return false // 江, 河
  return tokenTag(t) === 'ns' && !WATER_AND_LAND.test(t.word)
}
const WATER_AND_LAND = /^(?:[山江河湖海水].*|长河|天河|银河|冰河|运河|界河|满江|星河)$/u

const WHEN_AFTER = new Set(['之际', '之初', '之时', '之后', '底下', '当中'])
function saysWhen(next: Token | undefined): boolean {
  if (!next) return false
  if (WHEN_AFTER.has(next.word)) return true
  const tag = tokenTag(next)
  return tag === 't' || (tag === 'm' && HAN.test(next.word) === false) || /^[\d０-９一二三四五六七八九十百千半几]+/u.test(next.word)
}

const NUM = '(?:\\d{1,2}|[一二三四五六七八九十]{1,3})'
const NAME = '((?:(?!记者)\\p{Script=Han}){2,8}?)'
/** （本报伊斯兰堡1月14日电）, （新华社渥太华电）: the place of a dispatch, closing an article. */
const DISPATCH_CLOSING = new RegExp(`[（(](?:本报|新华社|中新社)驻?${NAME}(?:${NUM}月${NUM}日)?电[）)]`, 'gu')
/** 本报驻东京记者, 本社驻巴黎和伦敦记者: where a correspondent is posted. */
const POSTED = new RegExp(`(?:本报|本社|新华社|中新社)(?:常)?驻((?:(?!记者)\\p{Script=Han}){2,6}?)(?:(?:和|、)((?:(?!记者)\\p{Script=Han}){2,6}?))?(?:首席)?记者`, 'gu')

/** Places named by dispatch lines and correspondents' posts anywhere in a text. */
export function dispatchPlaces(text: string): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = []
  for (const re of [DISPATCH_CLOSING, POSTED]) {
    for (const m of text.matchAll(re)) {
      let at = m.index!
      for (const name of m.slice(1)) {
        if (!name) continue
        const start = text.indexOf(name, at)
        out.push({ text: name, start, end: start + name.length })
        at = start + name.length
      }
    }
  }
  return out
}

/**
 * A named place before 地区 is one place with it, and a place before that is part of its name
 * (张家口地区, 河北省张家口地区, 西藏那曲地区), the way the annotated corpora tag such compounds; a
 * region of the world or of China (华南地区, 东南亚地区) stays itself: their tagging of those varies.
 */
function withRegionCompounds(text: string, out: PlaceMention[]): PlaceMention[] {
  const merged: PlaceMention[] = []
  for (const m of out) {
    let cur = m
    if (m.kind !== 'region' && !m.text.endsWith('地区') && text.startsWith('地区', m.end) && !isGenericPlaceWord(m.text + '地区')) {
      cur = { ...m, text: m.text + '地区', end: m.end + 2, kind: 'site', known: undefined }
    }
    if (cur.text.endsWith('地区') && cur.kind !== 'region') {
      // Places run on before it (河北省/张家口地区, 中国/张家口地区): one name.
      while (merged.length > 0 && merged[merged.length - 1]!.end === cur.start && merged[merged.length - 1]!.kind !== 'region') {
        const p = merged.pop()!
        cur = { ...cur, text: p.text + cur.text, start: p.start, kind: 'site', known: undefined }
      }
    }
    merged.push(cur)
  }
  return merged
}

/** Tags of a word that names the area before 地区: places, names and words jieba does not know (transliterations). */
const AREA_NAME_TAGS = new Set(['ns', 'nr', 'nrt', 'nz', 'x', 'j'])
/**
 * Areas named by a word and 地区 that jieba cuts apart (某某/地区: 奎松地区, 西海固地区), the way the corpora tag
 * them, as one place. The name is of two characters or more (a transliteration jieba cut in pieces is taken
 * whole: 奇里/诺奇/地区); a known place before 地区 is left to withRegionCompounds (a region stays itself), and
 * a people (彝族地区) or land described (沿海地区) is no name.
 */
function namedAreas(tokens: Token[], byName: Map<string, KnownPlace>): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = []
  for (let ti = 1; ti < tokens.length; ti++) {
    const t = tokens[ti]!
    if (t.word !== '地区') continue
    const prev = tokens[ti - 1]!
    if (prev.start + prev.word.length !== t.start || prev.word.length > 6 || !HAN_ONLY.test(prev.word)) continue
    if (!AREA_NAME_TAGS.has(tokenTag(prev)) || byName.has(prev.word) || prev.word.endsWith('族') || isGenericPlaceWord(prev.word + '地区')) continue
    const foreign = allTransliterationChars(prev.word)
    if (tokenTag(prev) === 'x' && !foreign && gluedToAWord(prev.word)) continue
    let start = prev.start
    if (foreign) {
      for (let k = ti - 2; k >= 0 && ti - k <= 3; k--) {
        const p = tokens[k]!
        if (p.start + p.word.length !== start || !HAN_ONLY.test(p.word) || !allTransliterationChars(p.word) || byName.has(p.word)) break
        start = p.start
      }
    }
    if (t.start - start < 2) continue
    out.push({ start, end: t.start + t.word.length })
  }
  return out
}
/** An unknown word that starts or ends with a word of function (省因, 在此): a cut glued to the sentence, not a name. */
function gluedToAWord(word: string): boolean {
  const first = dictionaryTag(word[0]!)
  const last = dictionaryTag(word[word.length - 1]!)
  return /^(?:p|c|u|uj|ul|d|r|y)$/u.test(first ?? '') || /^(?:p|c|r|u|uj|ul|y)$/u.test(last ?? '')
}

const DIRECTION = /^[东西南北中]{1,2}$/u
/** The bank of a river or lake named before it (…河西岸, …湖东岸). */
const BANK = /(?<=\p{Script=Han}{2}[河江湖])[东西南北]岸$/u
/** A town or village right after the division it is in: a name of one to four characters that are no function words, then 乡, 镇 or 村. */
const LOWER_UNIT = /^(?:(?![的了和与及在是等到对向把从由为着地得之而有各全每该本我省市县区])\p{Script=Han}){1,4}?(?:乡|镇|村)(?![乡镇村])|^(?:(?![的了和与及在是等到对向把从由为着地得之而有各全每该本我省市县区])\p{Script=Han}){1,3}?[乡镇](?:村)/u
/** Words that end in 乡, 镇, 村 and name none (乡镇, 农村, 城乡, 村村). */
const LOWER_UNIT_GENERIC = /^(?:[乡镇村城农山渔]+[乡镇村]|.*(?:农村|城镇|专业村|文明村|示范村|贫困村|重点村|特色村|模范村|小康村))$/u

/**
 * 大石村村民, 大石村委会, 大石村党支部: the village's own people and bodies right after a word and 村 say
 * that the word is a village's name, which jieba cuts anywhere and no list holds (a common noun, 大石,
 * or no word at all). The name runs back from 村 to where a token starts, over characters that are no
 * function words or division suffixes (在某某村, 某乡某某村), two to four of them; not a word that
 * describes a village (贫困村, 先进村, 试点村), nor one a place found already covers.
 */
const VILLAGE_OWN = /村(?=村民|村委|村党|村干部|村支书|村小学|委会|民委员会|党支部|党总支)/gu
const NOT_IN_VILLAGE_NAME = /[的了和与及在是等到对向把从由为着地得之而有各全每该本我这那个省市县区乡镇村\d一二三四五六七八九十百千万两几]/u
const DESCRIBING_TAGS = /^(?:a|ad|an|v|vn|vd|d|m|r|b|f|t)$/u
const VILLAGE_NAME_TAGS = /^(?:n|ns|nr|nrt|nrfg|nz|x|j|ng|s|zg)$/u
function villagesByTheirOwn(text: string, taken: Uint8Array, tokensAt: (offset: number) => Token[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = []
  if (!text.includes('村')) return out
  for (const m of text.matchAll(VILLAGE_OWN)) {
    const end = m.index! + 1
    if (taken[m.index!]) continue
    let from = m.index!
    while (from > 0 && m.index! - from < 4 && !taken[from - 1] && HAN.test(text[from - 1]!) && !NOT_IN_VILLAGE_NAME.test(text[from - 1]!)) from--
    const tokens = tokensAt(m.index!)
    // Where a token starts: the longest such reading of two characters or more.
    while (from <= m.index! - 2 && !tokens.some((t) => t.start === from)) from++
    const part = text.slice(from, m.index!)
    if (part.length < 2 || !tokens.some((t) => t.start === from)) continue
    const unit = part + '村'
    if (DESCRIBING_TAGS.test(dictionaryTag(part) ?? '') || isGenericPlaceWord(unit) || LOWER_UNIT_GENERIC.test(unit)) continue
    // Nouns and names only (人/被/选进/村委会 is a clause: a preposition and a verb inside); a single
    // character of size or bearing may start the name (大/石, 东/胡同).
    const inside = tokens.filter((t) => t.start >= from && t.start < m.index!)
    if (!inside.every((t) => VILLAGE_NAME_TAGS.test(tokenTag(t)) || (t.word.length === 1 && /^(?:a|f|b)$/u.test(tokenTag(t))))) continue
    out.push({ start: from, end })
  }
  return out
}

const TOWN_HEADS = new Set(['城市', '首都', '首府', '名城', '小镇', '小城', '古城', '港市', '港口', '省会', '重镇', '边城'])
/**
 * Transliterated names right after a word of what they are (城市, 首都, 小镇), when a country is named in
 * the four words before that word (某国/东部/城市/某某): the country says the name is one of its towns.
 */
function townsAfterTheirCountry(tokens: Token[], byName: Map<string, KnownPlace>): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = []
  for (let ti = 1; ti < tokens.length - 1; ti++) {
    if (!TOWN_HEADS.has(tokens[ti]!.word)) continue
    let country = false
    for (let k = Math.max(0, ti - 4); k < ti; k++) if (byName.get(tokens[k]!.word)?.kind === 'country') country = true
    if (!country) continue
    let end = tokens[ti]!.start + tokens[ti]!.word.length
    const start = end
    for (let k = ti + 1; k < tokens.length && end - start < 8; k++) {
      const t = tokens[k]!
      if (t.start !== end || !HAN_ONLY.test(t.word) || !allTransliterationChars(t.word)) break
      end = t.start + t.word.length
    }
    if (end - start >= 2) out.push({ start, end })
  }
  return out
}

/** Words before a place that say what it is (首都巴西利亚, 旅游城市…). */
const PLACE_HEADS = new Set(['首都', '首府', '城市', '港口', '港市', '名城', '古城', '市郊', '州府', '省会', '小城', '小镇'])
/** Words after a place that only a place takes (…举行, …附近, …街头, …消息). */
const PLACE_TAILS = new Set([
  '举行', '举办', '召开', '附近', '街头', '市中心', '郊区', '市郊', '消息', '以南', '以北', '以东', '以西', '境内', '一带', '近郊', '上空',
  // Games named after their host city (悉尼奥运会, 长野冬奥会) and a place's shores and banks.
  '奥运会', '冬奥会', '亚运会', '世博会', '沿岸', '两岸', '流域', '上游', '下游', '中游', '河畔', '湖畔', '之滨', '岸边',
])

/**
 * jieba's ns word in a context that makes it a place: right after a country (澳大利亚/霍巴特, a city of
 * that country), after a word that says what it is (首都/巴西利亚), or before a word only a place takes
 * (…/举行, …/附近).
 */
function placeContext(tokens: Token[], ti: number, byName: Map<string, KnownPlace>): boolean {
  const t = tokens[ti]!
  const prev = tokenAt(tokens, ti - 1)
  const next = tokenAt(tokens, ti + 1)
  const adjacentPrev = prev !== undefined && prev.start + prev.word.length === t.start
  if (adjacentPrev && PLACE_HEADS.has(prev.word) && !DIRECTION.test(t.word)) return true
  // After a country only a transliterated name that runs on into the sentence (澳大利亚霍巴特举行): a
  // Chinese word there is an ordinary one (美国朝野, 中国远古), and one before 、 or · a sportsman or a
  // name in a list of results.
  // (the table test of the word first: a regex run and a lookup in the gazetteer cost more, at every token)
  if (adjacentPrev && next !== undefined && allTransliterationChars(t.word) && HAN.test(next.word) && byName.get(prev.word)?.kind === 'country') return true
  if (next !== undefined && next.start === t.start + t.word.length && PLACE_TAILS.has(next.word)) return true
  return inListOfPlaces(tokens, ti, byName)
}

const NOT_A_LISTED_PLACE = /(?:度|(?<!共和)国|国家|联盟|海滨|池塘)$/u
const ITEM_ENDS = new Set(['的', '等', '等地', '地区', '之间', '一线'])
const LIST_JOINS = new Set(['、', '和', '与', '及', '以及', '或'])
/**
 * A word jieba tags ns that stands in a list with a known place or another such word (黄河、淮河和
 * 珠江; 布达佩斯和维也纳): items of one list are of one kind. Only names jieba's dictionary knows
 * as places count as the other item, so a list of ordinary words stays ordinary.
 */
function inListOfPlaces(tokens: Token[], ti: number, byName: Map<string, KnownPlace>): boolean {
  // No list without a join on either side: two lookups in a small set, before any regex (most tokens stop here).
  if (!LIST_JOINS.has(tokenAt(tokens, ti - 1)?.word ?? '') && !LIST_JOINS.has(tokenAt(tokens, ti + 1)?.word ?? '')) return false
  // Directions (东北, 西南) and words of measure or kind (深度, 大国) are ns in jieba's dictionary too.
  if (DIRECTION.test(tokens[ti]!.word) || NOT_A_LISTED_PLACE.test(tokens[ti]!.word)) return false
  const prev = tokenAt(tokens, ti - 1)
  const next = tokenAt(tokens, ti + 1)
  // The item ends where the word does (…珠江的, …珠江、): a word that runs on is part of another name (陆海 of 陆海平/等).
  if (next !== undefined && HAN.test(next.word) && !LIST_JOINS.has(next.word) && !ITEM_ENDS.has(next.word) && !PLACE_TAILS.has(next.word)) return false
  return (prev !== undefined && LIST_JOINS.has(prev.word) && placeLike(tokenAt(tokens, ti - 2), byName)) || (next !== undefined && LIST_JOINS.has(next.word) && placeLike(tokenAt(tokens, ti + 2), byName))
}

/**
 * A list's other item that reads as a place. A function of the module, not a closure made per call:
 * under tsx (the bench, the CLI) every closure created is also wrapped to keep its name, which the
 * profile showed at a twentieth of the places' time.
 */
function placeLike(t: Token | undefined, byName: Map<string, KnownPlace>): boolean {
  return t !== undefined && t.word.length >= 2 && (byName.has(t.word) || tokenTag(t) === 'ns') && !isGenericPlaceWord(t.word)
}

/** A site named after a known place (北京 + 音乐厅): the known place's mention gives way to the whole. */
function isSite(text: string, p: { start: number; end: number }, out: PlaceMention[]): boolean {
  const inside = out.findIndex((m) => m.start === p.start && m.end < p.end)
  if (inside === -1) return false
  out.splice(inside, 1)
  void text
  return true
}

