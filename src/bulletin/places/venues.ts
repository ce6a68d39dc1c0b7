/**
 * Venues: where something happened, for event locations. jieba mis-cuts village
 * and reservoir names (高/山镇, 乔楼/镇楚庄/水库), so venues are read with a pattern:
 * an administrative or facility suffix (省/市/县/区/镇/乡/村/水库/…), chained
 * (荥阳市高山镇许村, kept whole: a venue is one address), after a verb of going
 * somewhere (来到, 走进, 深入到, 前往), between 到/在 and a verb of official work
 * (到中牟县检查, 在新郑市调研), or inside 在…举行/召开. Bare 到 is only read before
 * such a verb: elsewhere it ends too many other words (受到, 达到, 感到). Every place
 * an article names, one by one, is found by `findPlaces` (finder.ts).
 */

const SUFFIX =
  '特别行政区|自治区|自治州|自治县|开发区|示范区|新区|园区|街道|社区|水库|公园|广场|码头|机场|车站|火车站|港口|大桥|小区|大道|大厦|会议中心|会展中心|中心|基地|工地|厂区|学校|医院|大学|中学|小学|宾馆|酒店|礼堂|会堂|会议室|展厅|纪念馆|博物馆|体育馆|省|市|县|区|镇|乡|村|路'
/** A unit's name part: Chinese characters that are not function words. */
const NAME_PART = '(?:(?![的了和与及在是等到对向把从由为着地得之而])\\p{Script=Han}){1,7}?'
const UNIT = `${NAME_PART}(?:${SUFFIX})`
const CHAIN = `(?:${UNIT}){1,4}`
const TRIGGER = '(?:先后)?(?:来到了?|走进|深入到?|前往|抵达|赶赴|赴|走访|到达|莅临|来到|奔赴|转战)'
/** Items of a list of places: 甲、乙和丙. */
const LIST_SEPARATOR = '(?:、|以及|和|及|与)'
const LIST_SPLIT = new RegExp(LIST_SEPARATOR, 'u')
/** Where the place lies, said between the verb and the place (走进位于某市某新区的车间): not part of its name. */
const LIES_IN = '(?:位于|地处|坐落于|设在)?'
const AFTER_VERB = new RegExp(`${TRIGGER}${LIES_IN}((?:${CHAIN})(?:${LIST_SEPARATOR}(?:${CHAIN}))*)`, 'gu')
const WORK = '(?:检查|调研|考察|视察|走访|慰问|看望|督导|指导|督查|暗访|察看|宣讲)'
const HELD = '(?:举行|召开|举办|开幕|启动|揭牌|开展)'
const AT_WORK = new RegExp(`(?:到|在)((?:${CHAIN}))${WORK}`, 'gu')
const VENUE = new RegExp(`在((?:${CHAIN}))(?:组织|隆重|正式|联合)?${HELD}`, 'gu')
/**
 * The words each pattern needs, tested first: the patterns start at every 在 and 到 and try
 * chains of units from there, which the profile showed on every paragraph; most paragraphs hold
 * none of the words that close a match, and then no match is possible.
 */
const HAS_TRIGGER = new RegExp(TRIGGER, 'u')
const HAS_WORK = new RegExp(WORK, 'u')
const HAS_HELD = new RegExp(HELD, 'u')
const matchesOf = (text: string, re: RegExp, needed: RegExp): Iterable<RegExpMatchArray> => (needed.test(text) ? text.matchAll(re) : [])
const UNIT_RE = new RegExp(UNIT, 'gu')

/** Generic words that have a place suffix but name no place. */
const GENERIC = new Set([
  '乡村', '农村', '城乡', '市区', '城区', '山区', '社区', '小区', '地区', '园区', '景区', '县区', '县市', '基层', '城市',
  '省市', '市县', '街道', '村镇', '乡镇', '镇村', '湖区', '库区', '厂区', '校区', '矿区', '灾区', '林区', '牧区', '一线',
  '辖区', '片区', '商圈', '全市', '全省', '全县', '全区', '本市', '我市', '我省', '我县', '我区', '道路', '公路', '马路',
  '铁路', '线路', '思路', '出路', '进路', '新路', '河山', '江山', '中心', '山路', '水路', '岔路', '网路',
])
const BAD_START = /^(?:各|全|我|本|该|这|那|此|每|多|几|一|有关|相关|有些|部分|重点|周边|附近|所在|当地)/u
/**
 * An adjective of size, age or position before a bare suffix or a generic word (新小区,
 * 大村, 老城区) describes a place without naming it; before anything else it starts a
 * name (中牟县, 新郑市, 大兴区).
 */
const DESCRIBER = /^[上下中大小新老]/u
const SUFFIXES = new Set(SUFFIX.split('|'))
const describesWithoutNaming = (unit: string) => DESCRIBER.test(unit) && (SUFFIXES.has(unit.slice(1)) || GENERIC.has(unit.slice(1)))

function validChain(chain: string): boolean {
  const units = chain.match(UNIT_RE) ?? []
  if (units.length === 0) return false
  if (units.some((u) => GENERIC.has(u))) return false
  if (BAD_START.test(chain) || describesWithoutNaming(units[0]!)) return false
  return chain.length >= 2
}

/** A capital's role, printed before its name in a chain (某省省会某市, 某国首都某城, 某区首府某市). */
const CAPITAL_ROLE = /^(?:省会|首府|首都|州府|府城)(?=\p{Script=Han}{2})/u

/** Venues (where something happened) named in `text`, in order, added to `out` (places already there are not repeated). */
export function findVenues(text: string, out: string[] = []): string[] {
  const add = (p: string) => {
    // 望山水库 after 北湖镇望山水库 is the same place named again.
    if (!validChain(p) || out.some((o) => o.includes(p))) return
    const inside = out.findIndex((o) => p.includes(o))
    if (inside !== -1) out[inside] = p
    else out.push(p)
  }
  for (const m of matchesOf(text, AFTER_VERB, HAS_TRIGGER)) for (const p of m[1]!.split(LIST_SPLIT)) add(p)
  for (const m of matchesOf(text, AT_WORK, HAS_WORK)) add(m[1]!)
  for (const m of matchesOf(text, VENUE, HAS_HELD)) add(m[1]!)
  return out
}

/**
 * The units of every venue chain in `text`, with offsets (荥阳市 · 高山镇 · 许村):
 * the trigger (来到, 在…举行) fixes where the chain starts, which jieba's cut
 * often gets wrong for towns and reservoirs (北湖/镇望山/水库).
 */
export function venueUnits(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = []
  const addChain = (chain: string, at: number) => {
    if (!validChain(chain)) return
    let offset = at
    for (const unit of chain.match(UNIT_RE) ?? []) {
      const start = text.indexOf(unit, offset)
      // 云南省/省会昆明市: the word for what the city is to the province is no part of its name.
      const role = CAPITAL_ROLE.exec(unit)?.[0].length ?? 0
      out.push({ start: start + role, end: start + unit.length })
      offset = start + unit.length
    }
  }
  for (const m of matchesOf(text, AFTER_VERB, HAS_TRIGGER)) {
    let at = m.index! + m[0].length - m[1]!.length
    for (const p of m[1]!.split(LIST_SPLIT)) {
      const start = text.indexOf(p, at)
      addChain(p, start)
      at = start + p.length
    }
  }
  for (const m of [...matchesOf(text, AT_WORK, HAS_WORK), ...matchesOf(text, VENUE, HAS_HELD)]) addChain(m[1]!, m.index! + m[0].indexOf(m[1]!, 1))
  return out
}
