import type { ParsedArticle, ParsedPerson, PersonRole } from './types'
import type { ClauseTokens, Token } from './tokens'
import { findNameEvidence, isForeignName, isJapaneseName, isOfficeTitle, isPlausibleName, titleAfter, titlesBefore } from './people'
import { namesBesideKnown } from './nameLists'
import { allTransliterationChars, surnameLength, surnameRank } from './surnames'
import { creditsInText, namesAfterUnit } from './byline'
import { dictionaryTag, tokenTag } from './tokens'
import { isCountryName } from './nameShape'
import { loadGazetteer } from './places/gazetteer'
import { EDITORIAL_TAGS, NOT_NAMES, TIBETAN_NAME_PARTS } from './vocabulary'

/**
 * People across a whole page: names with evidence anywhere (people.ts), then
 * every mention of them in every article, their titles at each mention, and
 * 江主席-style references to the one person of that surname.
 */

/** A headline or paragraph with its tokens (cut lazily, clause by clause). */
export interface Piece {
  text: string
  clauses: ClauseTokens
}

export interface PersonAcc {
  name: string
  titles: string[]
  roles: Set<PersonRole>
  articles: Set<number>
}

export interface PagePeople {
  people: Map<string, PersonAcc>
  /** Per article, the names read from an attendance list there. */
  listed: Map<number, Set<string>>
  /** Per article, names in order of first mention (reporters first: the byline comes first). */
  articlePeople: string[][]
}

export function addUnique(list: string[], items: string[]): void {
  for (const i of items) if (!list.includes(i)) list.push(i)
}

/**
 * The page's known names, longest first, indexed by first character: finding a piece's
 * mentions looks up each character once, where searching the piece for every name cost
 * the names times the text (on a long page, both grow with it).
 */
const FIRST_FILTER_SIZE = 4096
class KnownNames {
  /** By the UTF-16 code of the first character: a number key spares a one-character string per character of the text. */
  readonly byFirst = new Map<number, string[]>()
  /**
   * 1 where some name's first character has this code modulo the filter's size: most characters start no
   * name, and reading a typed array costs less than a map lookup (a small filter: one of 65,536 entries
   * per page cost more to clear than it saved).
   */
  readonly firstCodes = new Uint8Array(FIRST_FILTER_SIZE)
  /** A name's place in `ordered` (longest first): the order mentions claims the text in. */
  readonly rank = new Map<string, number>()
  /** The names, and the lengths they come in, for "does a known name end here". */
  private readonly names: Set<string>
  private readonly lengths: number[]
  constructor(readonly ordered: string[]) {
    ordered.forEach((n, k) => this.rank.set(n, k))
    for (const n of ordered) {
      this.firstCodes[n.charCodeAt(0) & (FIRST_FILTER_SIZE - 1)] = 1
      const list = this.byFirst.get(n.charCodeAt(0))
      if (list) list.push(n)
      else this.byFirst.set(n.charCodeAt(0), [n])
    }
    this.names = new Set(ordered)
    this.lengths = [...new Set(ordered.map((n) => n.length))]
  }

  /** A known name ends at `end` in `text` (徐立毅 before 书记). */
  endsAt(text: string, end: number): boolean {
    for (const l of this.lengths) if (end - l >= 0 && this.names.has(text.slice(end - l, end))) return true
    return false
  }
}

/** Mentions of known names in `text`, longest names first so 周富强 is not also read as 周富. */
function mentions(text: string, known: KnownNames): { name: string; at: number }[] {
  // Every place each name stands, overlapping ones too, in order of the text.
  const hits: { name: string; at: number; rank: number }[] = []
  for (let i = 0; i < text.length; i++) {
    if (known.firstCodes[text.charCodeAt(i) & (FIRST_FILTER_SIZE - 1)] === 0) continue
    const candidates = known.byFirst.get(text.charCodeAt(i))
    if (candidates) for (const name of candidates) if (text.startsWith(name, i)) hits.push({ name, at: i, rank: known.rank.get(name)! })
  }
  if (hits.length === 0) return []
  // Claimed name by name in the page's order (longest first), each name's places in the text's order: the sort is stable.
  hits.sort((a, b) => a.rank - b.rank)
  const taken = new Uint8Array(text.length)
  const out: { name: string; at: number }[] = []
  for (const { name, at } of hits) {
    // 马蒂厄 in 马蒂厄·克雷库: one part of a dotted name is not the person.
    let free = name.includes('·') || (text[at - 1] !== '·' && text[at + name.length] !== '·')
    // 许老 in 许老师, 许老人: an elder's 老 stands only where what follows ends it, as where it was found.
    if (name.length === 2 && name[1] === '老' && at + 2 < text.length && !ELDER_END.test(text[at + 2]!)) free = false
    for (let k = at; k < at + name.length; k++) if (taken[k]) free = false
    if (free) {
      taken.fill(1, at, at + name.length)
      out.push({ name, at })
    }
  }
  return out.sort((a, b) => a.at - b.at)
}

/** Surname + one or two characters, no dictionary word: the shape a name on the far side of a slash must have. */
function nameShaped(n: string): boolean {
  const sl = surnameLength(n)
  return sl > 0 && n.length > sl && n.length <= sl + 2 && /^\p{Script=Han}+$/u.test(n)
}

/**
 * Names paired with a known name by a slash (甲／乙, 丙/丁 in a result of doubles): the unknown
 * side, read as the two or three characters next to the slash that have a name's shape
 * (on the left, the three-character reading first when it starts with a surname).
 */
export function pairedNames(text: string, known: Set<string>): string[] {
  const out: string[] = []
  for (const m of text.matchAll(/[／/]/gu)) {
    const at = m.index!
    const left = [3, 2].map((l) => text.slice(Math.max(0, at - l), at)).filter((n) => n.length >= 2)
    const right = [3, 2].map((l) => text.slice(at + 1, at + 1 + l))
    const knownLeft = left.find((n) => known.has(n))
    const knownRight = right.find((n) => known.has(n))
    if (knownLeft && !knownRight) {
      // 董某/文, 甲/图: after a slash, 文 and 图 are the roles of a credit, not a surname.
      if (/^[文图摄]/u.test(right[0]!)) continue
      const n = right.find((r) => nameShaped(r) && (r.length === 2 || !known.has(r.slice(0, 2))))
      // The three-character reading only when the third character does not start the sentence's next word (甲/乙负于…).
      const pick = n && n.length === 3 && /[负胜以和与在获击战不则摘夺将分均也都]/u.test(n[2]!) ? right[1] : n
      if (pick && nameShaped(pick)) out.push(pick)
    } else if (knownRight && !knownLeft) {
      const n = left.find((l) => nameShaped(l))
      if (n) out.push(n)
    }
  }
  return out
}

/**
 * 甲和乙, 丙与丁: two people joined by a conjunction where one is a person of the page (found with
 * evidence elsewhere) make the other one a person too, when it is one whole token jieba reads as a
 * name or an unknown word (nr, nrt, x), of a name's shape, no dictionary word, place or country.
 * Read on jieba's tokens, so 李鹏和中国政府 or 张三和王府井 stay as they are.
 */
const PAIR_JOINS = new Set(['和', '与', '同', '及'])
const PAIR_TAGS = /^(?:nr|nrfg|nrt|x)$/u
export function joinedNames(text: string, clauses: ClauseTokens, known: Set<string>, like: (n: string) => boolean): string[] {
  const out: string[] = []
  if (!/[和与同及]/u.test(text)) return out
  const gazetteer = loadGazetteer().byName
  const joinable = (t: Token | undefined): t is Token => {
    if (!t || known.has(t.word) || !PAIR_TAGS.test(tokenTag(t)) || !/^\p{Script=Han}{2,8}$/u.test(t.word)) return false
    const tag = dictionaryTag(t.word)
    // 赵家: a surname and 家 is a family.
    return like(t.word) && (tag === null || tag.startsWith('nr')) && !gazetteer.has(t.word) && !isCountryName(t.word) && !(t.word.length === 2 && t.word.endsWith('家'))
  }
  for (const [start] of clauses.spans()) {
    const tokens = clauses.at(start)
    for (let i = 1; i + 1 < tokens.length; i++) {
      const join = tokens[i]!.word
      if (join.length !== 1 || !PAIR_JOINS.has(join)) continue
      const left = tokens[i - 1]!
      const right = tokens[i + 1]!
      if (known.has(left.word) && joinable(right)) out.push(right.word)
      else if (known.has(right.word) && joinable(left)) out.push(left.word)
    }
  }
  return out
}

/** A name by its shape alone: Chinese, foreign (transliterated or ·-joined) or Japanese. */
const nameLike = (n: string): boolean => isPlausibleName(n) || isForeignName(n) || isJapaneseName(n)

/**
 * …。（宝华）: a tag of two characters after the last sentence of an article is its writer's
 * signature, often a pen name without a surname. Not an editor's note (（完）, （掌声）), a place
 * or country, nor an ordinary word (a dictionary word counts only when the dictionary files it as
 * a name or proper noun).
 */
const CLOSING_TAG = /(?:^|[。！？”’」』])[（(](\p{Script=Han}{2})[）)]$/u
export function penNameClosing(text: string): string | null {
  const m = CLOSING_TAG.exec(text.trim())
  if (!m) return null
  const tag = m[1]!
  if (EDITORIAL_TAGS.has(tag) || NOT_NAMES.has(tag) || isCountryName(tag) || loadGazetteer().byName.has(tag)) return null
  const dict = dictionaryTag(tag)
  return dict === null || /^(?:nr|nrfg|nrt|nz|x)$/u.test(dict) ? tag : null
}

/** …。（某省某县某单位甲乙）: a reader's signature with the unit or place before the names, closing an article. */
const SIGNATURE_TAG = /(?:^|[。！？”’」』])[（(](\p{Script=Han}{4,30})[）)]$/u
function signatureClosing(text: string): string[] {
  const m = SIGNATURE_TAG.exec(text.trim())
  if (!m) return []
  const gazetteer = loadGazetteer().byName
  return namesAfterUnit(m[1]!, (w) => gazetteer.has(w) || isCountryName(w)) ?? []
}

/** The family part of a dotted foreign name (萨默斯 of 劳伦斯·萨默斯), when it can stand for the person alone. */
export function familyPartOfDotted(name: string): string[] {
  const dot = name.lastIndexOf('·')
  if (dot < 0) return []
  const last = name.slice(dot + 1)
  return last.length >= 2 && last.length <= 6 && allTransliterationChars(last) && !NOT_NAMES.has(last) && !isCountryName(last) ? [last] : []
}

/**
 * 老郑, 小冯: 老 or 小 and a common surname is how a story names someone it knows well, when what
 * follows ends the name (punctuation, 说, 的, 和 …). Not the end of a word (养老金, 从小), nor a
 * word the dictionary knows as something other than a name.
 */
const FAMILIAR = /([老小])(\p{Script=Han})(?=[，。、！？”：；说和也的又就却在对是])/gu
export function familiarNames(text: string): string[] {
  const out: string[] = []
  for (const m of text.matchAll(FAMILIAR)) {
    const name = m[0]
    if (surnameRank(m[2]!) >= 80 || out.includes(name)) continue
    const at = m.index!
    if (at > 0 && dictionaryTag(text.slice(at - 1, at + 1)) !== null) continue
    const tag = dictionaryTag(name)
    if (tag !== null && !/^nr/u.test(tag)) continue
    out.push(name)
  }
  return out
}

/**
 * 许老, 侯老: a surname and 老 is how a story names an eminent elder, written in full elsewhere on the
 * page. Read only for a surname some person of the page has, where what follows ends the name (not 是:
 * 王老是迟到 reads 老是), and where the two characters make no word (古老, 元老, 敬老).
 */
const ELDER_END = /[，。、！？”：；说和也的又就却在对常将]/u
const ELDER = new RegExp(`(\\p{Script=Han})老(?=${ELDER_END.source})`, 'gu')
export function eldersOfKnownSurname(text: string, surnames: ReadonlySet<string>): string[] {
  const out: string[] = []
  if (surnames.size === 0 || !text.includes('老')) return out
  for (const m of text.matchAll(ELDER)) {
    const name = m[0]
    if (!surnames.has(m[1]!) || out.includes(name) || dictionaryTag(name) !== null) continue
    const at = m.index!
    if (at > 0 && dictionaryTag(text.slice(at - 1, at + 1)) !== null) continue
    out.push(name)
  }
  return out
}

/**
 * 某·某某今天上午, 某·某某均, 某·某先生: a dotted name read on to the next · or punctuation takes
 * the words after it too. Its last part ends before a word of time, a courtesy title or a function
 * word that no transliteration uses (a trigger counts from the second character of the part on).
 */
const DOTTED_TAIL = /(?<=·[^·]+?)(?:今天|昨天|明天|前天|上午|下午|晚上|当天|日前|近日|先生|女士|博士|夫人|保持|表示|[等在均用获说也已将曾是对向同与])[^·]*$/u
export function trimDottedTail(name: string): string {
  const m = DOTTED_TAIL.exec(name)
  return m ? name.slice(0, m.index) : name
}

/** 格桑顿珠: two Tibetan name elements in a row, not part of a dotted name (阿沛·阿旺晋美 is read whole elsewhere). */
const TIBETAN_FIRST = new Uint8Array(0x10000)
for (const p of TIBETAN_NAME_PARTS) TIBETAN_FIRST[p.charCodeAt(0)] = 1
export function tibetanNames(text: string): string[] {
  const out: string[] = []
  for (let i = 0; i + 4 <= text.length; i++) {
    // Most characters start no element: a number lookup spares a two-character string per character.
    if (TIBETAN_FIRST[text.charCodeAt(i)] === 0) continue
    if (!TIBETAN_NAME_PARTS.has(text.slice(i, i + 2)) || !TIBETAN_NAME_PARTS.has(text.slice(i + 2, i + 4))) continue
    const name = text.slice(i, i + 4)
    if (text[i - 1] !== '·' && text[i + 4] !== '·' && !out.includes(name)) out.push(name)
  }
  return out
}

const REFERENCE_TITLES = /(总书记|书记|主席|总理|总统|市长|省长|部长|主任|局长|县长|区长|首相)/gu

/** `captions`: how many of an article's pieces, at the end, are the captions of its pictures (after its last paragraph). */
export function findPagePeople(articles: { reporters: string[]; pieces: Piece[]; notes?: string[]; captions?: number }[], chinese: boolean): PagePeople {
  const people = new Map<string, PersonAcc>()
  const listed = new Map<number, Set<string>>()
  const person = (name: string): PersonAcc => {
    let p = people.get(name)
    if (!p) {
      p = { name, titles: [], roles: new Set(), articles: new Set() }
      people.set(name, p)
    }
    return p
  }
  // Titles a list carried on to a name (副区长甲、乙: 乙 a vice head too) are a guess; they
  // count only for someone with no title of their own anywhere on the page (a mixed list
  // 区委书记甲、乙 is wrong about 乙 when 乙 is 区长 elsewhere).
  const carried = new Map<string, string[]>()
  articles.forEach((a, ai) => {
    for (const r of a.reporters) person(r).roles.add('reporter')
    if (!chinese) return
    for (const piece of a.pieces) {
      // Photo credits inside a caption or paragraph （张三摄）: the photographer is a reporter.
      for (const r of creditsInText(piece.text)) person(r).roles.add('reporter')
      for (const ev of findNameEvidence(piece.text, piece.clauses)) {
        const p = person(trimDottedTail(ev.name))
        if (ev.carried) addUnique(carried.get(p.name) ?? (carried.set(p.name, []).get(p.name)!), ev.titles)
        else addUnique(p.titles, ev.titles)
        if (ev.listed) {
          p.roles.add('attendee')
          if (!listed.has(ai)) listed.set(ai, new Set())
          listed.get(ai)!.add(p.name)
        }
      }
    }
  })
  // …。（某某）closing an article, or a note of its own under it: a signature, a pen name no name rule
  // reads (no surname) and a reader's unit before the names included.
  const signed = articles.map((a) => {
    const names: string[] = []
    if (!chinese) return names
    const last = a.pieces[a.pieces.length - 1 - (a.captions ?? 0)]
    for (const text of [...(last ? [last.text] : []), ...(a.notes ?? [])]) {
      const pen = penNameClosing(text)
      addUnique(names, [...(pen ? [pen] : []), ...signatureClosing(text)])
    }
    for (const n of names) person(n).roles.add('reporter')
    return names
  })
  // 甲／乙: a pair (doubles partners, co-authors) where one side is a person of the page makes the other one too.
  const firstKnown = new Set(people.keys())
  if (chinese) {
    articles.forEach((a) => {
      for (const piece of a.pieces) {
        for (const n of pairedNames(piece.text, firstKnown)) person(n)
        for (const n of joinedNames(piece.text, piece.clauses, firstKnown, nameLike)) person(n)
        for (const n of familiarNames(piece.text)) person(n)
        for (const n of tibetanNames(piece.text)) person(n)
      }
    })
  }
  // 看望了甲、乙、丙等: the other name-shaped items of a 、-list that holds a known name are people
  // too; twice, so that names found so unlock a second list.
  if (chinese) {
    for (let round = 0; round < 2; round++) {
      const before = people.size
      const page = new Set(people.keys())
      for (const a of articles) for (const piece of a.pieces) for (const n of namesBesideKnown(piece.text, piece.clauses, page, nameLike)) person(trimDottedTail(n))
      if (people.size === before) break
    }
  }
  // 劳伦斯·萨默斯 … 萨默斯说: a foreign name is written in full once, then by its last part alone. The
  // part counts only where it stands free (mentions skips it inside the dotted name) and only when
  // it is written in transliteration characters (not a Chinese word that happens to end the name).
  // 许老 for a person of surname 许 the page names in full.
  if (chinese) {
    const surnames = new Set<string>()
    for (const n of people.keys()) if (surnameLength(n) === 1 && n.length >= 2 && n[1] !== '老' && isPlausibleName(n)) surnames.add(n[0]!)
    for (const a of articles) for (const piece of a.pieces) for (const n of eldersOfKnownSurname(piece.text, surnames)) person(n)
  }
  if (chinese) for (const n of [...people.keys()]) for (const last of familyPartOfDotted(n)) person(last)
  const known = new KnownNames([...people.keys()].filter((n) => n.length > 0).sort((a, b) => b.length - a.length))
  const bySurname = new Map<string, string[]>()
  for (const n of known.ordered) {
    const s = n.slice(0, Math.max(1, surnameLength(n)))
    const list = bySurname.get(s)
    if (list) list.push(n)
    else bySurname.set(s, [n])
  }

  const articlePeople = articles.map((a, ai) => {
    const names: string[] = []
    addUnique(names, a.reporters)
    addUnique(names, signed[ai]!)
    for (const piece of a.pieces) {
      for (const m of mentions(piece.text, known)) {
        addUnique(names, [m.name])
        const p = people.get(m.name)!
        addUnique(p.titles, titlesBefore(piece.text, piece.clauses, m.at))
        const after = titleAfter(piece.text, m.at + m.name.length)
        if (after) addUnique(p.titles, [after])
      }
      // 江主席, 徐书记: a surname and a title stand for the one known person with that surname.
      for (const m of piece.text.matchAll(REFERENCE_TITLES)) {
        const at = m.index! - 1
        const s = piece.text[at]
        if (!s) continue
        const candidates = bySurname.get(s) ?? []
        // Not when the character is the end of a full name already (徐立毅书记), nor inside a longer word.
        const isPartOfName = known.endsAt(piece.text, m.index!)
        if (candidates.length === 1 && !isPartOfName && !/\p{Script=Han}/u.test(piece.text[at - 1] ?? '')) {
          addUnique(names, candidates)
        }
      }
    }
    for (const n of names) people.get(n)?.articles.add(ai)
    return names
  })
  for (const [name, titles] of carried) {
    const p = people.get(name)!
    if (p.titles.length === 0) addUnique(p.titles, titles)
  }
  return { people, listed, articlePeople }
}

/** The page's people in order of first mention, with roles settled (official by title of office, else other). */
export function listPeople(people: Map<string, PersonAcc>, articles: ParsedArticle[]): ParsedPerson[] {
  const firstMention = new Map<string, number>()
  articles.forEach((a, ai) => a.people.forEach((n, k) => firstMention.has(n) || firstMention.set(n, ai * 100000 + k)))
  return [...people.values()]
    .filter((p) => p.articles.size > 0)
    .sort((a, b) => firstMention.get(a.name)! - firstMention.get(b.name)!)
    .map((p) => {
      if (p.titles.some(isOfficeTitle)) p.roles.add('official')
      if (p.roles.size === 0) p.roles.add('other')
      return { name: p.name, titles: p.titles, roles: [...p.roles], articles: [...p.articles].sort((x, y) => x - y) }
    })
}
