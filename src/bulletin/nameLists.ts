import type { ClauseTokens } from './tokens'
import { boundedMemo } from './memo'
import { dictionaryTag } from './tokens'
import { allTransliterationChars, surnameLength } from './surnames'
import { AFTER_NAME_CHARS, bmpHanCodes } from './nameShape'
import { LIST_VERBS, TITLES_AFTER_NAME, TITLE_ENDINGS } from './vocabulary'

/**
 * Lists of people printed without a title on each name: election results
 * (选举甲为省长，乙、丙……戊为副省长), rolls of members (甲、乙（女）、丙（回族）……),
 * those present (出席的有：甲、乙、丙). A list is one of people when its items are
 * name-shaped and the list itself says so once: a role stated for the whole list before or
 * after it, a note of sex or nationality after an item (（女）, （藏族）), or, for a list
 * of three or more, items that are none of them ordinary words.
 */

export interface ListedName {
  name: string
  /** The role the list states once for all its names (副省长 in 乙、丙为副省长), if any. */
  role: string | null
}

type Plausible = (name: string) => boolean

const TITLE_RE = new RegExp(`(?:${[...TITLE_ENDINGS, '成员', '委员', '代表', '主任委员'].sort((a, b) => b.length - a.length).join('|')})`, 'u')
/** 为副省长, 当选为委员, 等为省人大常委会副主任: the role stated after the last name. */
const ROLE_AFTER = new RegExp(`^(?:等(?:同志|人)?)?(?:分别)?(?:当选|被选为|被任命为|任|担任|为)([^，。；：、！？]{0,18}?${TITLE_RE.source})`, 'u')
/** 等参加, 出席, 等同志出席: those present, stated after the list. */
const PRESENT_AFTER = new RegExp(`^(?:等[^，。；：、]{0,10}?)?(?:${LIST_VERBS.join('|')}|出席|获得|荣获|发了奖|当选)`, 'u')
/** 出席的有, 名单如下, 选举: the role stated before the list. */
const ROLE_BEFORE = /(?:有|是|名单|如下|选举|推选|任命|增补|补选|聘请|聘任|邀请|表彰|授予)$/u
/** （女）, （回族）, （女，满族）, （藏族）: a note only a person's name carries. */
const PERSON_NOTE = /^（(?:[男女][，、]?)?(?:[\p{Script=Han}]{1,5}族)?）$/u
/**
 * A 、-list: items of 2–24 Han characters or middle dots, each with an optional note of 1–10 characters in
 * brackets, at least two items. As a regex (the test pins the scanner below to it):
 * `[\p{Script=Han}·]{2,24}(?:（[^（）]{1,10}）)?(?:、[\p{Script=Han}·]{2,24}(?:（[^（）]{1,10}）)?)+` with flags gu.
 */
export interface ListSpan {
  text: string
  /** Offset of `text` in the piece. */
  at: number
}
/**
 * The 、-lists of a text, found once: namesInRolls, namesAfterCountries and namesBesideKnown (twice
 * a page) each read every list of the same piece. The answer depends on the text only; the memo is
 * emptied when it fills, so memory stays flat.
 */
const listSpans = boundedMemo(1024, (text) => scanListSpans(text))

const ASTRAL_HAN = /^\p{Script=Han}$/u
/** UTF-16 units of the code point at `i` (2 for a surrogate pair). */
function unitsAt(text: string, i: number): number {
  const c = text.charCodeAt(i)
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return 1
  const d = text.charCodeAt(i + 1)
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1
}
/** The code point at `i` is a Han character or a middle dot: what a list's item is made of. */
function itemCharAt(text: string, i: number, han: Uint8Array): boolean {
  const c = text.charCodeAt(i)
  if (c === 0xb7) return true
  return unitsAt(text, i) === 2 ? ASTRAL_HAN.test(text.slice(i, i + 2)) : han[c] === 1
}
/** Where the item characters starting at `i` end. */
function itemRunEnd(text: string, i: number, han: Uint8Array): number {
  while (i < text.length && itemCharAt(text, i, han)) i += unitsAt(text, i)
  return i
}
/** Code points in text[from, to). */
function codePoints(text: string, from: number, to: number): number {
  let n = 0
  for (let i = from; i < to; i += unitsAt(text, i)) n++
  return n
}
/** Where a note （…） of 1–10 characters starting at `i` ends, or -1. */
function noteEnd(text: string, i: number): number {
  if (text[i] !== '（') return -1
  let k = i + 1
  let n = 0
  while (k < text.length && text[k] !== '（' && text[k] !== '）') {
    k += unitsAt(text, k)
    n++
  }
  return text[k] === '）' && n >= 1 && n <= 10 ? k + 1 : -1
}
/** After the first item ends at `e`: where the list ends (its optional note, then 、 and items as far as they go), or -1 without a second item. */
function listEnd(text: string, e: number, han: Uint8Array): number {
  const note = noteEnd(text, e)
  let end = note === -1 ? e : note
  let items = 1
  while (text[end] === '、') {
    const start = end + 1
    const run = itemRunEnd(text, start, han)
    // Up to 24 characters: a longer run's item stops inside it, and so does the list.
    let itemEnd = start
    let n = 0
    while (itemEnd < run && n < 24) {
      itemEnd += unitsAt(text, itemEnd)
      n++
    }
    if (n < 2) break
    const itemNote = noteEnd(text, itemEnd)
    end = itemNote === -1 ? itemEnd : itemNote
    items++
  }
  return items >= 2 ? end : -1
}
/**
 * Every 、-list, leftmost first and not overlapping, as the regex's matchAll finds them: one pass over
 * the characters instead of the regex's attempt (and backtracking over up to 24 characters) at each
 * of them, which showed in the profile. An item is the whole run of item characters before its 、 or
 * note; a first run longer than 24 is read from its last 24 characters (where the regex's attempts reach).
 */
export function scanListSpans(text: string): ListSpan[] {
  const out: ListSpan[] = []
  if (!text.includes('、')) return out
  const han = bmpHanCodes()
  let p = 0
  let sep = -1
  while (p < text.length) {
    // A list's first 、 stands within 70 units of its start (24 characters of two units at most, a note of
    // at most 22): starts further before the next 、 fail, and are skipped unread.
    if (sep < p && (sep = text.indexOf('、', p)) === -1) break
    if (p < sep - 70) p = sep - 70
    if (!itemCharAt(text, p, han)) {
      p += unitsAt(text, p)
      continue
    }
    const e = itemRunEnd(text, p, han)
    let count = codePoints(text, p, e)
    let start = p
    for (; count > 24; count--) start += unitsAt(text, start)
    const end = count >= 2 ? listEnd(text, e, han) : -1
    if (end === -1) {
      p = e
      continue
    }
    out.push({ text: text.slice(start, end), at: start })
    p = end
  }
  return out
}
const HAN = /^[\p{Script=Han}·]+$/u

interface Item {
  text: string
  note: string
  /** Offset of `text` in the piece. */
  at: number
}

function splitItems(span: string, at: number): Item[] {
  const out: Item[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i <= span.length; i++) {
    const c = span[i]
    if (c === '（') depth++
    else if (c === '）') depth--
    else if ((c === '、' && depth === 0) || i === span.length) {
      const raw = span.slice(start, i)
      const n = raw.indexOf('（')
      out.push({ text: n === -1 ? raw : raw.slice(0, n), note: n === -1 ? '' : raw.slice(n), at: at + start })
      start = i + 1
    }
  }
  return out
}

/** Not an ordinary word of the dictionary (a name jieba knows is tagged nr). */
function notAWord(name: string): boolean {
  const tag = dictionaryTag(name)
  return tag === null || tag.startsWith('nr')
}

/** An item that is one name as it stands. */
function wholeName(item: Item, plausible: Plausible): boolean {
  if (PERSON_NOTE.test(item.note)) return HAN.test(item.text) && item.text.length >= 2 && item.text.length <= 12
  return plausible(item.text)
}

/** The name that ends the first item (国务委员宋健, 出席的有王力平): at a token boundary. */
function nameAtEnd(item: Item, clauses: ClauseTokens, plausible: Plausible): { name: string; head: string } | null {
  if (wholeName(item, plausible)) return { name: item.text, head: '' }
  const dot = item.text.indexOf('·')
  const candidates = [3, 2, 4]
  for (const n of candidates) {
    if (item.text.length <= n) continue
    const from = dot !== -1 ? Math.min(dot, item.text.length - n) : item.text.length - n
    const name = item.text.slice(from)
    const head = item.text.slice(0, from)
    if (dot !== -1 && from !== dot && !plausible(name)) continue
    if (!(plausible(name) || (PERSON_NOTE.test(item.note) && HAN.test(name)))) continue
    const tokens = clauses.at(item.at + from)
    if (TITLE_RE.test(head.slice(-4)) || ROLE_BEFORE.test(head) || tokens.some((t) => t.start === item.at + from)) return { name, head }
  }
  return null
}

/**
 * What may follow the last name of a list in running text: 等, a count (三位), a conjunction
 * before one more person (以及丙同志), an adverb of the whole list (分别, 均), 的 (甲、乙、丙的作品), or a title
 * printed after names that the whole list shares (甲、乙博士, 丙、丁教授).
 * The list still has to pass the checks in namesInRolls (a stated role, or names that are no words).
 */
const LAST_ITEM_TAIL = /^(?:等|同志|先生|女士|共|各|分别|均|都|也|还|和|以及|及|的|[一二三四五六七八九十两0-9]+(?:位|人|名))/u
const CONJUNCTION_TAIL = /^(?:和|以及|及|的)/u
const TITLE_TAIL = new RegExp(`^(?:${[...TITLES_AFTER_NAME].sort((a, b) => b.length - a.length).join('|')})`, 'u')
/** 乙博士演唱: a title after the last name, not the title of a name after it (甲、党组书记乙: 党组 is no name). */
function titleTail(tail: string, plausible: Plausible): boolean {
  const m = TITLE_TAIL.exec(tail)
  if (!m) return false
  const rest = tail.slice(m[0].length)
  return !plausible(rest.slice(0, 2)) && !plausible(rest.slice(0, 3))
}

/** The name that starts the last item (戊为副省长, 己等出席): at a token boundary. */
function nameAtStart(item: Item, plausible: Plausible): { name: string; tail: string } | null {
  if (wholeName(item, plausible) || item.note !== '') return wholeName(item, plausible) ? { name: item.text, tail: '' } : null
  for (const n of [3, 2]) {
    const name = item.text.slice(0, n)
    if (AFTER_NAME_CHARS.has(name[name.length - 1]!)) continue
    const tail = item.text.slice(n)
    // Before 及/和/的 the item may go on as a phrase (商务及经济发展局局长…): an ordinary word there is no name.
    const lastItemTail = LAST_ITEM_TAIL.test(tail) && (!CONJUNCTION_TAIL.test(tail) || notAWord(name))
    if (tail !== '' && plausible(name) && (ROLE_AFTER.test(tail) || PRESENT_AFTER.test(tail) || lastItemTail || titleTail(tail, plausible))) return { name, tail }
  }
  return null
}

const PLACE_END = /[省市县区镇乡村庄州岛山湖江河]$/u

/** Two or three Han characters, no dictionary word and no place: how a name with a rare surname looks in a roll. */
function rareSurnameName(item: Item): boolean {
  return item.note === '' && /^\p{Script=Han}{2,3}$/u.test(item.text) && notAWord(item.text) && !PLACE_END.test(item.text) &&
    !Array.from(item.text).some((c) => AFTER_NAME_CHARS.has(c))
}

/** 乙和丙, 乙及丙: two names an item joins with a conjunction (甲、乙和丙、丁), else the item itself. */
function splitJoined(item: Item, plausible: Plausible): Item[] {
  const m = /^(\p{Script=Han}{2,3})(和|及|以及|与)(\p{Script=Han}{2,3})$/u.exec(item.text)
  if (!m || item.note !== '' || !plausible(m[1]!) || !plausible(m[3]!)) return [item]
  return [
    { text: m[1]!, note: '', at: item.at },
    { text: m[3]!, note: '', at: item.at + m[1]!.length + m[2]!.length },
  ]
}

/**
 * 金佛、金条、金表 or 乐起来、雅起来: a bare list whose items mostly share their first or their last
 * character is a list of things made on one pattern, not of people, even after 有 (rolls that share
 * a surname are printed with notes or a role after them, and are read as such).
 */
function oneFamilyOfWords(names: string[]): boolean {
  const most = (key: (n: string) => string) => {
    const counts = new Map<string, number>()
    for (const n of names) counts.set(key(n), (counts.get(key(n)) ?? 0) + 1)
    return Math.max(...counts.values()) * 2 > names.length
  }
  return most((n) => n[0]!) || most((n) => n[n.length - 1]!)
}

/** Every name read from the lists of people in `text`. */
export function namesInRolls(text: string, clauses: ClauseTokens, plausible: Plausible): ListedName[] {
  const out: ListedName[] = []
  if (!text.includes('、')) return out
  for (const m of listSpans(text)) {
    const raw = splitItems(m.text, m.at)
    if (raw.length < 2) continue
    const items = [raw[0]!, ...raw.slice(1, -1).flatMap((i) => splitJoined(i, plausible)), raw[raw.length - 1]!]
    const first = nameAtEnd(items[0]!, clauses, plausible)
    const last = nameAtStart(items[items.length - 1]!, plausible)
    const middle = items.slice(1, -1)
    const middleNames = middle.filter((i) => wholeName(i, plausible)).map((i) => i.text)
    const noted = items.some((i) => PERSON_NOTE.test(i.note))
    const roleAfter = last ? (ROLE_AFTER.exec(last.tail)?.[1] ?? null) : null
    const statedAfter = last !== null && (roleAfter !== null || PRESENT_AFTER.test(last.tail))
    // In a roll that notes sex or nationality, or whose role is stated once (乙、丙……戊为副省长),
    // an item of a name's length that is no word of the dictionary is a name even with a surname
    // the table lacks (沃, 字, 老).
    const before = text.slice(Math.max(0, m.at - 6), m.at)
    const statedBefore = first !== null && first.head !== '' && (TITLE_RE.test(first.head.slice(-4)) || ROLE_BEFORE.test(first.head))
    const statedBeforeList = first !== null && first.head === '' && (/[：:]$/u.test(before) || ROLE_BEFORE.test(before))
    const stated = statedAfter || statedBefore || statedBeforeList
    const rare = noted || stated ? middle.filter((i) => !wholeName(i, plausible) && rareSurnameName(i)).map((i) => i.text) : []
    // A long list may hold an item printed oddly (a character the font lacked, a title between two
    // names): one item in ten of a roll that notes sex or nationality, one in five of a list of
    // five or more, may fail and the others still count; the list must still show it is one of people.
    const failures = middle.length - middleNames.length - rare.length + (first ? 0 : 1) + (last ? 0 : 1)
    const allowed = noted ? Math.floor(items.length / 10) : items.length >= 5 ? Math.floor(items.length / 5) : 0
    if (failures > allowed) continue
    const names = [...(first ? [first.name] : []), ...middleNames, ...(last ? [last.name] : [])]
    const nonWords = names.filter((n) => notAWord(n) && !PLACE_END.test(n)).length
    // A role stated once needs most names to be no ordinary word; a bare list, every name.
    const patterned = roleAfter === null && names.length >= 3 && oneFamilyOfWords(names)
    const isRoll = noted || (!patterned && ((stated && nonWords * 2 >= names.length) || (names.length >= 3 && nonWords === names.length)))
    if (!isRoll) continue
    for (const name of names) if (surnameLength(name) > 0 || name.includes('·') || noted) out.push({ name, role: roleAfter })
    for (const name of rare) out.push({ name, role: roleAfter })
  }
  return out
}

/**
 * 看望了甲、乙、丙、丁等同志: a list of names where some items are people already known on the
 * page (found with evidence elsewhere: a title, a byline, a verb) and the role is not stated.
 * Items beside a known name in one 、-list are of the same kind: each other item of a name's
 * shape (a surname and one or two characters that are no dictionary word, a foreign or Japanese
 * name) is a person too. One item in five of a long list may fail (a title, an odd print).
 */
export function namesBesideKnown(text: string, clauses: ClauseTokens, known: Set<string>, plausible: Plausible): string[] {
  const out: string[] = []
  if (!text.includes('、') || known.size === 0) return out
  const either: Plausible = (n) => known.has(n) || plausible(n)
  for (const m of listSpans(text)) {
    const raw = splitItems(m.text, m.at)
    if (raw.length < 2) continue
    const items = [raw[0]!, ...raw.slice(1, -1).flatMap((i) => splitJoined(i, either)), ...(raw.length > 1 ? splitLastJoined(raw[raw.length - 1]!, either) : [])]
    const first = nameAtEnd(items[0]!, clauses, either)
    const last = nameAtStart(items[items.length - 1]!, either) ?? knownAtStart(items[items.length - 1]!, known)
    const middle = items.slice(1, -1).filter((i) => wholeName(i, either)).map((i) => i.text)
    const names = [...(first ? [first.name] : []), ...middle, ...(last ? [last.name] : [])]
    const failures = items.length - names.length
    if (failures > (items.length >= 5 ? Math.floor(items.length / 5) : 0)) continue
    const knownCount = names.filter((n) => known.has(n)).length
    if (knownCount === 0) continue
    // The unknown items must be no ordinary word (安全、文明 beside a name stay words).
    for (const raw of names) {
      // 乙等, 丙以(及): a word after the list read as the end of a given name.
      const n = raw.length === 3 && !known.has(raw) && (AFTER_NAME_CHARS.has(raw[2]!) || raw[2] === '以') && plausible(raw.slice(0, 2)) ? raw.slice(0, 2) : raw
      if (!known.has(n) && (notAWord(n) || n.includes('·')) && !PLACE_END.test(n)) out.push(n)
    }
  }
  return out
}

/**
 * 甲、乙在会上发言: the last item starts with a name known on the page and goes on with the sentence,
 * after a character that follows names (在, 的, 也, 对): the known name ends the list, whatever the
 * sentence says next.
 */
function knownAtStart(item: Item, known: Set<string>): { name: string } | null {
  if (item.note !== '') return null
  for (const n of [3, 2]) {
    const name = item.text.slice(0, n)
    if (item.text.length > n && known.has(name) && AFTER_NAME_CHARS.has(item.text[n]!)) return { name }
  }
  return null
}

/**
 * 甲（某国，女，田径），乙（某国，男，足球）: a name with a note that gives a sex as one of its parts (a list of
 * athletes, a roll of winners), whatever separates the items. The name runs from the punctuation before it
 * to the bracket, two to eight characters of Han (a dotted name too), no dictionary word but a name.
 */
const SEX_NOTE = /(?<=^|[，。；、：）\s])([\p{Script=Han}·]{2,8})（([^（）]{1,24})）/gu
export function namesWithSexNote(text: string, plausible: Plausible): string[] {
  const out: string[] = []
  if (!text.includes('男') && !text.includes('女')) return out
  for (const m of text.matchAll(SEX_NOTE)) {
    const parts = m[2]!.split(/[，、,]/u)
    if (parts.length < 2 || !parts.some((p) => p === '男' || p === '女')) continue
    const name = m[1]!
    if (notAWord(name) && !PLACE_END.test(name) && (plausible(name) || HAN.test(name))) out.push(name)
  }
  return out
}

/** 乙和丙 as the last item (甲、乙和丙): the two names, else the item itself. */
function splitLastJoined(item: Item, plausible: Plausible): Item[] {
  const m = /^(\p{Script=Han}{2,3})(和|及|以及|与)(\p{Script=Han}{2,})$/u.exec(item.text)
  if (!m || item.note !== '' || !plausible(m[1]!)) return [item]
  return [
    { text: m[1]!, note: '', at: item.at },
    { text: m[3]!, note: '', at: item.at + m[1]!.length + m[2]!.length },
  ]
}

/**
 * 选举甲为省长, 选举乙（藏族）为省人大常委会主任, 任命丙为副秘书长: an election or appointment names
 * one person and the office in one clause. The name is what stands between the verb and 为 (with a
 * note of nationality or sex after it), when it has a name's shape and the office ends in a title.
 */
const ELECTED = new RegExp(`(?:选举|推选|选出|任命|补选|增补|聘任|聘请|提名)([\\p{Script=Han}·]{2,16}?)(（[^（）]{1,10}）)?(?:当选|担任|为)([^，。；：、！？]{0,18}?${TITLE_RE.source})`, 'gu')
export function electedNames(text: string, plausible: Plausible): ListedName[] {
  const out: ListedName[] = []
  if (!/选|任命|聘|提名|增补/u.test(text)) return out
  for (const m of text.matchAll(ELECTED)) {
    const name = m[1]!
    // With a note of nationality or sex (（藏族）) a longer name is still one (卓玛次仁).
    const noted = m[2] !== undefined && PERSON_NOTE.test(m[2]) && /^\p{Script=Han}{2,8}$/u.test(name)
    if ((plausible(name) || noted) && (notAWord(name) || name.includes('·'))) out.push({ name, role: m[3]! })
  }
  return out
}

/**
 * 美国甲、加拿大乙、德国丙 (results, line-ups): a list whose every item is a country then one
 * more word is a list of people of those countries, the word after each country being the
 * person, when it is no dictionary word (美国纽约、英国伦敦 are places jieba knows). Three
 * items at least; the first may carry words before its country (仰泳美国甲).
 */
export function namesAfterCountries(text: string, isCountry: (w: string) => boolean, plausible: Plausible): string[] {
  const out: string[] = []
  if (!text.includes('、')) return out
  for (const m of listSpans(text)) {
    const items = splitItems(m.text, m.at)
    if (items.length < 3) continue
    // Later items first, stopping at the first that is no person: the first item is the costly one
    // (words may stand before its country), and most lists are not of people.
    const names: string[] = new Array(items.length)
    let k = items.length - 1
    for (; k >= 0; k--) {
      const name = personAfterCountry(items[k]!.text, k === 0, isCountry, plausible)
      if (name === null) break
      names[k] = name
    }
    if (k < 0) out.push(...names)
  }
  return out
}

function personAfterCountry(item: string, first: boolean, isCountry: (w: string) => boolean, plausible: Plausible): string | null {
  for (let from = 0; from <= (first ? item.length - 4 : 0); from++) {
    for (let len = Math.min(7, item.length - from - 2); len >= 2; len--) {
      if (!isCountry(item.slice(from, from + len))) continue
      const rest = item.slice(from + len)
      // 澳大利亚托普: a two-character transliteration the dictionary files as a foreign name (nrt, nr).
      const shortForeign = rest.length === 2 && allTransliterationChars(rest) && /^nr/u.test(dictionaryTag(rest) ?? '')
      if (rest.length >= 2 && rest.length <= 10 && (plausible(rest) || shortForeign) && notAWord(rest) && !isCountry(rest) && !PLACE_END.test(rest) && !/[队的人]/u.test(rest)) return rest
      return null
    }
  }
  return null
}

/**
 * 甲夫人乙 (in rolls of guests: 、甲夫人乙、丙夫人丁、): a husband and his wife, each standing whole
 * between the list's separators and 夫人. Both sides must have a name's shape.
 */
const SPOUSE = /(?<=^|[、，。；：（）\s“”])([\p{Script=Han}·]{2,16}?)夫人([\p{Script=Han}·]{2,10}?)(?=[、，。；：（）\s“”]|等|$)/gu
export function spouses(text: string, plausible: Plausible): string[] {
  const out: string[] = []
  if (!text.includes('夫人')) return out
  for (const m of text.matchAll(SPOUSE)) {
    // The husband may end a longer clause (出席的还有甲夫人乙): his name after 有/是/和 or a title.
    const left = plausible(m[1]!) ? m[1]! : ([3, 2].map((n) => m[1]!.slice(-n)).find((n, k) => {
      const head = m[1]!.slice(0, m[1]!.length - [3, 2][k]!)
      return head !== '' && plausible(n) && (/(?:有|是|和|及|与|同)$/u.test(head) || new RegExp(`(?:${TITLE_RE.source})$`, 'u').test(head))
    }) ?? null)
    if (left && plausible(m[2]!)) out.push(left, m[2]!)
  }
  return out
}

/**
 * 某某（某部某司司长）：at the start of a paragraph: a speaker of a forum or a round table, with
 * who they are in brackets and what they said after the colon. The name must have a name's shape;
 * the bracket says what the person is (anything short of a sentence).
 */
const FORUM_SPEAKER = /^([\p{Script=Han}·]{2,12})[（(]([^（）()。；]{2,40})[）)][：:]/u
export function forumSpeaker(text: string, plausible: Plausible): string | null {
  const m = FORUM_SPEAKER.exec(text.trim())
  return m && plausible(m[1]!) ? m[1]! : null
}
