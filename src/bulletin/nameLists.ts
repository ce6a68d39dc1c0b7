import type { ClauseTokens } from './tokens'
import { dictionaryTag } from './tokens'
import { surnameLength } from './surnames'
import { AFTER_NAME_CHARS } from './nameShape'
import { LIST_VERBS, TITLE_ENDINGS } from './vocabulary'

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
const NOTE = '（[^（）]{1,10}）'
const ITEM = `[\\p{Script=Han}·]{2,24}(?:${NOTE})?`
const LIST_SPAN = new RegExp(`${ITEM}(?:、${ITEM})+`, 'gu')
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

/** The name that starts the last item (戊为副省长, 己等出席): at a token boundary. */
function nameAtStart(item: Item, plausible: Plausible): { name: string; tail: string } | null {
  if (wholeName(item, plausible) || item.note !== '') return wholeName(item, plausible) ? { name: item.text, tail: '' } : null
  for (const n of [3, 2]) {
    const name = item.text.slice(0, n)
    if (AFTER_NAME_CHARS.has(name[name.length - 1]!)) continue
    const tail = item.text.slice(n)
    if (tail !== '' && plausible(name) && (ROLE_AFTER.test(tail) || PRESENT_AFTER.test(tail) || /^(?:等|同志|先生|女士|共|各|分别|均|都|和|[一二三四五六七八九十两0-9]+(?:位|人|名))/u.test(tail))) return { name, tail }
  }
  return null
}

const PLACE_END = /[省市县区镇乡村庄州岛山湖江河]$/u

/** Every name read from the lists of people in `text`. */
export function namesInRolls(text: string, clauses: ClauseTokens, plausible: Plausible): ListedName[] {
  const out: ListedName[] = []
  if (!text.includes('、')) return out
  for (const m of text.matchAll(LIST_SPAN)) {
    const items = splitItems(m[0], m.index!)
    if (items.length < 2) continue
    const first = nameAtEnd(items[0]!, clauses, plausible)
    const last = nameAtStart(items[items.length - 1]!, plausible)
    const middle = items.slice(1, -1)
    const middleNames = middle.filter((i) => wholeName(i, plausible)).map((i) => i.text)
    const noted = items.some((i) => PERSON_NOTE.test(i.note))
    // A long roll may hold an item printed oddly (a character the font lacked): in a list that
    // notes sex or nationality, one item in ten may fail and the others still count.
    const failures = middle.length - middleNames.length + (first ? 0 : 1) + (last ? 0 : 1)
    if (failures > (noted ? Math.floor(items.length / 10) : 0)) continue
    const names = [...(first ? [first.name] : []), ...middleNames, ...(last ? [last.name] : [])]
    if (!first || !last) {
      for (const name of names) out.push({ name, role: null })
      continue
    }
    const before = text.slice(Math.max(0, m.index! - 6), m.index!)
    const roleAfter = ROLE_AFTER.exec(last.tail)?.[1] ?? null
    const statedBefore = first.head !== '' && (TITLE_RE.test(first.head.slice(-4)) || ROLE_BEFORE.test(first.head))
    const statedBeforeList = first.head === '' && (/[：:]$/u.test(before) || ROLE_BEFORE.test(before))
    const stated = roleAfter !== null || PRESENT_AFTER.test(last.tail) || statedBefore || statedBeforeList
    const nonWords = names.filter((n) => notAWord(n) && !PLACE_END.test(n)).length
    // A role stated once needs most names to be no ordinary word; a bare list, every name.
    const isRoll = noted || (stated && nonWords * 2 >= names.length) || (names.length >= 3 && nonWords === names.length)
    if (!isRoll) continue
    for (const name of names) if (surnameLength(name) > 0 || name.includes('·') || noted) out.push({ name, role: roleAfter })
  }
  return out
}
