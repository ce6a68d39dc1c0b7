import type { Token } from './tokens'
import { ClauseTokens, dictionaryTag, tagWithOffsets, tokenTag } from './tokens'
import { boundedMemo } from './memo'
import { allTransliterationChars, isTransliterationChar, japaneseSurnameLength, surnameLength, surnameRank } from './surnames'
import { AFTER_NAME_CHARS, THING_SUFFIX, bmpHanCodes, isCountryName, nameShapedWord, verbGluedOn } from './nameShape'
import { electedNames, forumSpeaker, namesAfterCountries, namesInRolls, namesWithSexNote, spouses } from './nameLists'
import { loadGazetteer } from './places/gazetteer'
import { ACTION_VERBS, ADDRESS_AFTER_NAME, LIST_VERBS, NAMING_WORDS, NOT_NAMES, PERSON_NOUNS, SPEECH_VERB_WORDS, TITLES_AFTER_NAME, TITLE_ENDINGS } from './vocabulary'

/**
 * Any word a token rule starts from: only clauses holding one are read by the token rules. Filed by
 * first character (the words are plain Chinese), so the search forward through a piece reads one
 * flag per character: as a regex alternation of some 250 words it showed in the profile.
 */
/** Adverbs of intent: only a person comes 特地 or 专程 (jieba tags 特地 a noun). */
const INTENT_ADVERBS = new Set(['特地', '特意', '专程', '亲自'])
const TRIGGER_WORDS = [...TITLE_ENDINGS, ...TITLES_AFTER_NAME, ...ADDRESS_AFTER_NAME, ...ACTION_VERBS, ...PERSON_NOUNS, ...NAMING_WORDS, ...INTENT_ADVERBS, ...Array.from('长员师工手警兵士家叫')]
/** By character code: 0 starts no trigger word, 1 starts some, 2 is one itself (长, 员, 家: no word needs reading on). */
const TRIGGER_FIRST = new Uint8Array(0x10000)
const TRIGGER_BY_FIRST = new Map<number, string[]>()
for (const w of TRIGGER_WORDS) {
  const c = w.charCodeAt(0)
  TRIGGER_FIRST[c] = w.length === 1 ? 2 : Math.max(TRIGGER_FIRST[c]!, 1)
  const words = TRIGGER_BY_FIRST.get(c)
  if (words) words.push(w)
  else TRIGGER_BY_FIRST.set(c, [w])
}
/**
 * The first two characters of the longer trigger words, hashed into a filter: 大, 主, 总, 副 start many words
 * and stand everywhere in the text, and the filter passes most of their places without reading a word
 * (a collision only costs the words' reading).
 */
const TRIGGER_PAIR = new Uint8Array(0x10000)
const pairSlot = (first: number, second: number) => (first * 31 + second) & 0xffff
for (const w of TRIGGER_WORDS) if (w.length >= 2) TRIGGER_PAIR[pairSlot(w.charCodeAt(0), w.charCodeAt(1))] = 1
/** Where the first trigger word at or after `from` starts, or Infinity (no word of them holds a clause's end, so none spans two clauses). */
function nextTrigger(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const first = TRIGGER_FIRST[text.charCodeAt(i)]
    if (first === 0) continue
    if (first === 2) return i
    if (TRIGGER_PAIR[pairSlot(text.charCodeAt(i), text.charCodeAt(i + 1))] === 0) continue
    for (const w of TRIGGER_BY_FIRST.get(text.charCodeAt(i))!) if (text.startsWith(w, i)) return i
  }
  return Infinity
}

/**
 * The rule layer for people's names. Jieba's bare `nr` tag is weak (it tags
 * 宁可 and 周全 as names and cuts 周富强 into 周/富强), so a name is only
 * accepted with evidence around it: a title before it (省委常委、市委书记徐立毅),
 * a title after it (习近平总书记), a list ending in 等参加, or a verb that only
 * a person does (张三表示). Every candidate must start with a surname, or be a
 * transliterated foreign name after a title.
 */

export interface NameEvidence {
  name: string
  /** Title chain printed before the name at this place (省委常委, 市委书记). */
  titles: string[]
  /** In an attendance list (甲、乙、丙等参加). */
  listed: boolean
  /** The titles are carried on from the name before in a list, not printed with this name. */
  carried?: boolean
}

const HAN_ONLY = /^\p{Script=Han}+$/u
/** Characters after a name that never end one (为 does: 厉有为). */
const TRAILING_FUNCTION = new Set(Array.from('及在与等的了是说也都就将把被对从向于获访'))
/** Function words and verbs: a single character with one of these tags does not end a name (李德/福 yes, 胡荃/以 no). */
const FUNCTION_TAG = /^(?:v|vn|p|d|c|u|uj|ul|uz|ug|uv|ud|r|m|q|f|y|e|o|t)$/u
/** Punctuation or space: what ends a name for certain (a digit or letter does not). */
const PUNCT_TOKEN = /^[\p{P}\s]+$/u
const NAME_TAGS = new Set(['x', 'nr', 'nrfg', 'nrt'])
/** Single characters that do not end a two-character given name (张三的 is 张三 + 的). */
const STOP_CHARS = new Set(Array.from('的在等和与同及说是到对向把被将以为于也都又就还已曾亦率一了着过讲称要会从而并但或作代主副市省县区镇乡村'))
const TITLE_ENDING_RE = new RegExp(`(?:${[...TITLE_ENDINGS].sort((a, b) => b.length - a.length).join('|')})$`, 'u')
const TITLE_ENDING_SET = new Set(TITLE_ENDINGS)
const TITLE_ENDING_LENGTHS = [...new Set(TITLE_ENDINGS.map((t) => t.length))]
/** Same as TITLE_ENDING_RE.test(word), by set lookups: this runs on every token (the regex is tried from each character). */
function endsWithTitle(word: string): boolean {
  for (const k of TITLE_ENDING_LENGTHS) if (word.length >= k && TITLE_ENDING_SET.has(word.slice(-k))) return true
  return false
}
const TITLES_AFTER = new Set(TITLES_AFTER_NAME)
const ADDRESS_AFTER = new Set(ADDRESS_AFTER_NAME)
const VERBS = new Set(ACTION_VERBS)
/** A word that begins with a verb people do (主持会议, 出席会议): jieba glues some together. */
const STARTS_WITH_VERB = new RegExp(`^(?:${ACTION_VERBS.filter((verb) => verb.length >= 2).join('|')})`, 'u')
/** Adverbs that sit between a surname-like character and a verb, never given names. */
const COMMON_ADVERBS = new Set(['已经', '正在', '一直', '共同', '分别', '先后', '一起', '亲自', '专门', '随后', '同时', '再次', '首先', '还要', '也要', '曾经', '立即', '马上', '始终', '仍然'])
/** Words that put a place after them: 在莫斯科, 于北京, 赴上海, 抵达东京. */
const LOCATIVE_PREPOSITIONS = new Set(['在', '于', '赴', '抵', '抵达', '飞抵', '前往', '途经'])
/** Tags that stop a title chain walked backwards (verbs, prepositions, adverbs, particles, pronouns, conjunctions). */
const CHAIN_STOP = /^(?:v|vn|vd|p|d|u|uj|ul|uz|ug|uv|ud|c|r|y|e|o|t|ad|an|zg|q|l|i)$/u

/** Titles of office (as against 市民, 教授, 志愿者): a person holding one is an official. */
const OFFICE = /(?:书记|常委|委员|委员长|秘书长|主任|主席|[市省县区镇乡村州局厅部处科司署院所站馆社台行团组队会]长|总理|首相|总统|国务卿|国务委员|大使|公使|领事|外长|外相|大臣|议员|总督|议长|政委|司令员|参谋长|检察长|庭长|巡视员|调研员|专员|督察长|指挥长|支书|人大代表|负责人)$/u

export function isOfficeTitle(title: string): boolean {
  return OFFICE.test(title)
}

/**
 * A given name does not end in a title (贺主席 is a surname and a title), in the
 * character that ends an office's name (宣传部, 教育局, 区纪委: followed by 部长, 局长, 书记),
 * nor in a form of address (王师傅, 李阿姨: a surname and how people call someone).
 */
const NOT_NAME_END = /[部局厅委办处署]$|(?:师傅|阿姨|大爷|大妈|大姐|大哥|大叔|大娘|老汉|老头|老太|老人|小姐|兄弟|姐妹|夫妇|夫人|大夫|老总|司令|指导|教练|同学)$/u
/** Offices ending in 长 (所长, 院长, 厂长): 李所长 is a surname and an office, not a name. */
const HEAD_OFFICE = new Set(TITLE_ENDINGS.filter((t) => t.length === 2 && t.endsWith('长')))
/** Function-word tags of a surname character read alone (和/c, 于/p, 都/d). */
const FUNCTION_SURNAME = /^(?:c|p|d)$/u
/** Tags of a lone character that make 曾有, 但少, 和反 a function word and a word. */
const WORD_AFTER_FUNCTION = /^(?:v|vn|d|a|ad|p|c|u[a-z]?)$/u
/**
 * 和李鹏, 都明白, 曾亲临, 但少: a surname character that is also a function word or a verb, before
 * a word (or a name) of its own, is that function word, not a surname.
 */
function functionWordBefore(name: string, sl: number): boolean {
  if (sl !== 1) return false
  const tag = dictionaryTag(name[0]!)
  if (tag === null || !FUNCTION_SURNAME.test(tag)) return false
  const rest = name.slice(1)
  if (rest.length === 1) return !(dictionaryTag(name) ?? '').startsWith('nr') && WORD_AFTER_FUNCTION.test(dictionaryTag(rest) ?? '')
  return dictionaryTag(rest) !== null
}
/** A dotted name's parts hold no title and no conjunction (旅游部长卡尔梅努·韦拉及工业部长蒙塔尔托 is two people and their offices). */
const DOTTED_PART_BAD = new RegExp(`[及和与的、]|${TITLE_ENDINGS.filter((t) => t.length >= 2).join('|')}`, 'u')
function endsInTitleWord(name: string): boolean {
  // Only titles used after a surname (主席, 书记, 市长, 先生): other title words can be given names (王冠军).
  for (const k of [3, 2]) if (name.length > k && TITLES_AFTER.has(name.slice(-k))) return true
  return false
}

export function isPlausibleName(name: string): boolean {
  // Most candidates are no surname and one or two characters: that is read from the characters, without
  // the memo's lookup (hashing a fresh slice and probing the map showed in the profile at twice the checks).
  if (!name.includes('·') && !surnameAndGivenLength(name)) return false
  return plausibleShape(name)
}
/**
 * The rules ask the same candidates again and again (every list, every token rule, every page's
 * known names): the answer depends on the name only, so it is kept; emptied when full, so memory stays flat.
 */
const plausibleShape = boundedMemo(8192, (name) => nameShapeIsPlausible(name))
/** A surname, then one or two characters: the length test of nameShapeIsPlausible for an undotted name. */
function surnameAndGivenLength(name: string): boolean {
  const sl = surnameLength(name)
  return sl > 0 && name.length >= sl + 1 && name.length <= sl + 2
}
/**
 * A degree adverb and a gradable adjective (太多, 很少, 最好, 挺远): after a surname-like noun it is a
 * clause (车太多了, 钱太少), never a given name. Closed classes of characters, not a list of phrases.
 */
const CLAUSE_GIVEN = /^(?:[不没别未]\p{Script=Han}|起来|下去|出来|上来|过来|下来)$/u
/** The commonest surnames (王 … 贾, about a hundred): after 和 such a character starts the next name. */
const COMMON_SURNAME_RANK = 100
const DEGREE_PHRASE = /^[太很挺最较][多少大小好坏高低快慢远近贵难忙累挤]$/u
function nameShapeIsPlausible(name: string): boolean {
  if (NOT_NAMES.has(name) || isCountryName(name)) return false
  if (name.length === 3 && DEGREE_PHRASE.test(name.slice(1))) return false
  // 萧老/常这样说: 老 after a surname is the elder's honorific (某老), not the start of a given name.
  if (name.length === 3 && name[1] === '老' && surnameLength(name) === 1) return false
  // 车不堵, 乐起来: a negation and a verb, or a verb's complement, after a surname-like word is a clause.
  if (name.length === 3 && surnameLength(name) === 1 && CLAUSE_GIVEN.test(name.slice(1))) return false
  // 和/王晓: 和 (and) before a name of a common surname is the conjunction, though 和 is a surname too.
  if (name.length === 3 && (name[0] === '和' || name[0] === '同') && surnameRank(name.slice(1)) < COMMON_SURNAME_RANK) return false
  if (NOT_NAME_END.test(name) || endsInTitleWord(name) || (name.length === 3 && HEAD_OFFICE.has(name.slice(1)))) return false
  if (name.includes('·')) {
    return name.length >= 3 && Array.from(name).every((c) => c === '·' || /\p{Script=Han}/u.test(c)) &&
      name.split('·').every((p) => p.length <= 10 && !DOTTED_PART_BAD.test(p))
  }
  if (!HAN_ONLY.test(name)) return false
  const sl = surnameLength(name)
  if (functionWordBefore(name, sl)) return false
  if (sl === 0) return false
  return name.length >= sl + 1 && name.length <= sl + 2
}

export function isForeignName(name: string): boolean {
  // Undotted, the usual case: the length and the characters first (no split, no set asked), as most candidates fail there.
  if (!name.includes('·')) return name.length >= 3 && name.length <= 12 && allTransliterationChars(name) && !NOT_NAMES.has(name) && !isCountryName(name)
  if (isCountryName(name)) return false
  const parts = name.split('·')
  // 安东尼奥·古特雷斯: given and family names joined by a middle dot (normalised to ·).
  return name.length <= 24 && parts.every((part) => part !== '' && Array.from(part).every(isTransliterationChar)) && !NOT_NAMES.has(name)
}

/** A foreign name that starts at `offset` as `name`, with any ·-joined parts after it (安东尼奥·古特雷斯). */
function withDottedParts(text: string, offset: number, name: string): string {
  let end = offset + name.length
  while (text[end] === '·' && end + 1 < text.length && isTransliterationChar(text[end + 1]!) && end - offset < 20) {
    let next = end + 1
    while (next < text.length && next - end <= 12 && isTransliterationChar(text[next]!)) next++
    end = next
  }
  return text.slice(offset, end)
}

/** Index of the token that starts at `offset`, or -1. */
function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0
  let hi = tokens.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const s = tokens[mid]!.start
    if (s === offset) return mid
    if (s < offset) lo = mid + 1
    else hi = mid - 1
  }
  return -1
}

/**
 * jieba's tokens of a short window of text (the characters after a title or a name), kept by the window:
 * each cut is a native call, and pages repeat their windows (on the bench pages 1,345 cuts read 315
 * distinct windows). The tokens are only read (a tag filled in is the same for every reader).
 */
const cutWindow: (window: string) => readonly Token[] = boundedMemo(4096, (window) => tagWithOffsets(window))

/** The name that starts at `offset` (just after a title), read from jieba's tokens. */
function nameStartingAt(text: string, tokens: Token[], offset: number): string | null {
  let toks = tokens
  let ti = tokenAt(tokens, offset)
  if (ti === -1) {
    toks = cutWindow(text.slice(offset, offset + 8)).map((t) => ({ ...t, start: t.start + offset }))
    ti = 0
  }
  const t0 = toks[ti]
  if (!t0) return null
  // jieba knows some whole (桥本龙太郎/n); others are read from the text.
  const japanese = japaneseNameAt(text, offset)
  // (Read from the text where jieba glued the next word on, 森田绫香仅/x 以: the name ends before 仅.)
  if (isJapaneseName(t0.word) && !(japanese && japanese.length < t0.word.length)) return t0.word
  if (japanese) return japanese
  const fromTokens = nameFromTokens(text, toks, ti, offset)
  // The tokens' reading stands unless the text reads a longer name with a clear end (徐殿/举/的 →
  // 徐殿举), or none where the text does (敖维忠拉着/x).
  const glued = nameGluedAfterTitle(text, offset)
  if (glued && (fromTokens === null || (glued.length > fromTokens.length && glued.startsWith(fromTokens)))) return glued
  return fromTokens
}

function nameFromTokens(text: string, toks: Token[], ti: number, offset: number): string | null {
  const t0 = toks[ti]!
  // 赫尔/佐克: a foreign name jieba cut into transliterated pieces, the first of which starts with a
  // character that is also a surname: the whole run is the name.
  const t1w = toks[ti + 1]?.word ?? ''
  if (t0.word.length >= 2 && Array.from(t0.word + t1w).every(isTransliterationChar) && t1w.length >= 1 && NAME_TAGS.has(tokenTag(toks[ti + 1]!))) {
    let end = offset
    while (end < text.length && end - offset < 12 && isTransliterationChar(text[end]!)) end++
    const run = text.slice(offset, end)
    if (run === t0.word + t1w && isForeignName(run)) return withDottedParts(text, offset, run)
  }
  const sl = surnameLength(text.slice(offset))
  if (sl > 0) {
    const w = t0.word
    if (w.length > sl && w.length <= sl + 2 && HAN_ONLY.test(w) && !NOT_NAMES.has(w)) {
      // 苗子/涵, 李德/福: a two-character word plus one more character that ends the name.
      const t1 = toks[ti + 1]
      const t2 = toks[ti + 2]
      if (w.length === sl + 1 && t1 && t1.word.length === 1 && HAN_ONLY.test(t1.word) && !STOP_CHARS.has(t1.word)) {
        const clearEnd = !t2 || PUNCT_TOKEN.test(t2.word) || VERBS.has(t2.word)
        // A character jieba calls a verb (苗子/涵/介绍) ends the name only before a clear boundary.
        if (FUNCTION_TAG.test(tokenTag(t1)) ? tokenTag(t1) === 'v' && clearEnd : clearEnd || t2!.word.length >= 2) return w + t1.word
      }
      // 张某读/x 了: an unknown word of a surname, a given character and a verb of one character, before
      // an aspect particle, is a two-character name and the verb (see verbGluedOn).
      if (w.length === sl + 2 && tokenTag(t0) === 'x' && verbGluedOn(w, sl, toks[ti + 1]?.word[0])) {
        return isPlausibleName(w.slice(0, -1)) ? w.slice(0, -1) : null
      }
      // Otherwise the word itself, when jieba reads it as a name or an unknown word (not 干部 after 党员).
      // (Not a word of two characters jieba's dictionary files as a name though it is an ordinary one,
      // 人员/辛勤/汗水, 市民/满怀/喜悦: with a rarer surname, it counts only before a clear end.)
      if (NAME_TAGS.has(tokenTag(t0)) && !(w.length === 2 && dictionaryWordOfARareSurname(w) && !clearEndAt(toks[ti + 1]))) return w
    }
    if (w.length === sl) {
      const t1 = toks[ti + 1]
      if (!t1 || !HAN_ONLY.test(t1.word)) return null
      // 会长/和/田野: a surname character jieba reads as a conjunction or preposition (和, 向, 同, 于)
      // starts a name only when what follows reads as a name too, not as an ordinary word.
      if (/^(?:c|p)$/u.test(tokenTag(t0)) && t1.word.length >= 2 && (!NAME_TAGS.has(tokenTag(t1)) || NOT_NAMES.has(t1.word))) return null
      if (t1.word.length === 1 && !STOP_CHARS.has(t1.word)) {
        const t2 = toks[ti + 2]
        const t3 = toks[ti + 3]
        const third =
          t2 && t2.word.length === 1 && HAN_ONLY.test(t2.word) && !STOP_CHARS.has(t2.word) &&
          (!t3 || !HAN_ONLY.test(t3.word) || VERBS.has(t3.word))
        return w + t1.word + (third ? t2!.word : '')
      }
      // Not a word of position (田/中间/f): 村长田中间的小路 names no one. Nor a country or a province (代表/全/中国/妇女).
      if (t1.word.length === 2 && countryOrProvince(t1.word)) return null
      if (t1.word.length === 2 && !VERBS.has(t1.word) && !CHAIN_STOP.test(tokenTag(t1)) && tokenTag(t1) !== 'f') return w + t1.word
      if (t1.word.length === 2 && tokenTag(t1) === 'v' && !VERBS.has(t1.word)) return w + t1.word
      // 副区长/詹/秋月/，: a word jieba reads as a time or an idiom (秋月, 春风) makes a given name
      // when a clear boundary follows (punctuation, the end, 等, a verb people do); never a function word.
      // 市长/王/立新/主持会议: jieba files some given names as adverbs (立新/d); one counts when a
      // verb people do follows, alone or starting a longer word, and it is no common adverb.
      // 县委书记/冯/立新/昨天, 县长/王/建设/在, 市长/孙/立新/的: so does such a word (an adverb, a verbal
      // noun) before a word of time or a character that follows names: after a title and a surname
      // these end a name, where they would not end an ordinary word.
      const t2 = toks[ti + 2]
      const verbAfter = t2 !== undefined && (VERBS.has(t2.word) || STARTS_WITH_VERB.test(t2.word))
      const boundary = !t2 || PUNCT_TOKEN.test(t2.word) || t2.word === '等' || verbAfter
      const tag1 = tokenTag(t1)
      const nameEndAfter = verbAfter || (t2 !== undefined && (tokenTag(t2) === 't' || (t2.word.length === 1 && AFTER_NAME_CHARS.has(t2.word))))
      if (t1.word.length === 2 && boundary && !VERBS.has(t1.word) && !/^(?:p|c|u[a-z]?|r|d|y|e|o|m|f)$/u.test(tag1)) return w + t1.word
      if (t1.word.length === 2 && /^(?:d|vn)$/u.test(tag1) && nameEndAfter && !VERBS.has(t1.word) && !COMMON_ADVERBS.has(t1.word)) return w + t1.word
    }
  }
  // A transliterated foreign name: the run of transliteration characters.
  let end = offset
  // Up to a title printed after the name (瓦内/夫人): 夫 is a transliteration character too.
  while (end < text.length && end - offset < 12 && isTransliterationChar(text[end]!) && !(end > offset + 1 && text.startsWith('夫人', end))) end++
  const run = text.slice(offset, end)
  if (tokenTag(t0) === 'nrt' && t0.word.length >= 2) {
    // 库尔/nrt 兹/rg: the run goes on over whole tokens of transliteration that are no function words: the name is the run.
    if (run.length > t0.word.length && run.startsWith(t0.word) && isForeignName(run) && runOverWholeTokens(toks, ti, offset + run.length)) return withDottedParts(text, offset, run)
    return withDottedParts(text, offset, t0.word)
  }
  // 安南: a two-character transliteration jieba knows as one word.
  if (run.length === 2 && t0.word === run && /^(?:nr|nrt|ns|x)$/u.test(tokenTag(t0))) return withDottedParts(text, offset, run)
  // 克林顿/nr 特别强调: a run that ends inside a word jieba cut, before a character that goes on with that word,
  // is read to the last token end within it, where a name it tags ends. (Not before a character that ends
  // names, 马洛查恩/一人: jieba glued the name's last character to the count; nor across a middle dot.)
  const runEnd = offset + run.length
  const cutEnd = lastTokenEndWithin(toks, ti, runEnd)
  const goesOn = runEnd < text.length && HAN_ONLY.test(text[runEnd]!) && !AFTER_NAME_CHARS.has(text[runEnd]!) && !NUMERAL_CHARS.has(text[runEnd]!)
  if (cutEnd < runEnd && goesOn && cutEnd - offset >= 2 && !run.includes('·') && (NAME_TAGS.has(tokenTag(t0)) || (tokenTag(t0) === 'ns' && allTransliterationChars(t0.word)))) {
    const whole = text.slice(offset, cutEnd)
    return whole === t0.word || isForeignName(whole) ? withDottedParts(text, offset, whole) : null
  }
  return isForeignName(run) ? withDottedParts(text, offset, run) : null
}

const NUMERAL_CHARS = new Set(Array.from('一二三四五六七八九十两几'))
/** A two-character word in jieba's dictionary whose first character is a rarer surname (辛勤, 满怀, 晋级): as often the word as a name. */
function dictionaryWordOfARareSurname(w: string): boolean {
  return surnameRank(w) > RARE_SURNAME_RANK && dictionaryTag(w) !== null
}
/** What may follow a name: nothing, punctuation, a character that follows names, 等, or a verb people do. */
function clearEndAt(t: Token | undefined): boolean {
  return !t || PUNCT_TOKEN.test(t.word) || (t.word.length === 1 && AFTER_NAME_CHARS.has(t.word)) || t.word === '等' || VERBS.has(t.word) || STARTS_WITH_VERB.test(t.word)
}

/** The end of the last of the tokens from `toks[ti]` on that ends at or before `end`. */
function lastTokenEndWithin(toks: Token[], ti: number, end: number): number {
  let last = toks[ti]!.start
  for (let k = ti; k < toks.length && toks[k]!.start + toks[k]!.word.length <= end; k++) last = toks[k]!.start + toks[k]!.word.length
  return last
}

/** The tokens after `toks[ti]` end exactly at `end`, and none of them is a function word, a number or a verb (兹/rg is; 多/m, 特别/d are not). */
const NOT_IN_A_RUN = /^(?:m|mq|p|c|u[a-z]?|d|v|vn|r|f|q)$/u
function runOverWholeTokens(toks: Token[], ti: number, end: number): boolean {
  for (let k = ti + 1; k < toks.length; k++) {
    const t = toks[k]!
    if (t.start >= end) return t.start === end
    if (t.start + t.word.length > end || NOT_IN_A_RUN.test(tokenTag(t))) return false
  }
  return toks[toks.length - 1]!.start + toks[toks.length - 1]!.word.length === end
}

/**
 * 参谋长/王业/明率/80名, 副总经理/敖维忠拉着, 院长/徐殿/举/的: jieba's HMM often glues a name's last
 * character to the word after it, or the name to a verb or preposition, so the tokens right after a
 * title do not end where the name does. Read from the text instead: a surname and two given characters
 * (else one) that end at a clear boundary. The given name may not end in a character that never ends
 * one, may not make a dictionary word with the character after it (张明/表示, not 张明表/示), and what
 * follows must be punctuation, the end, or a word that follows a name (a verb, a preposition, 的, 在).
 */
/** A country or a province (中国, 河北): never a given name; cities and counties are (张德安, 赖丽水). */
function countryOrProvince(word: string): boolean {
  return isCountryName(word) || loadGazetteer().byName.get(word)?.kind === 'province'
}

function nameGluedAfterTitle(text: string, offset: number): string | null {
  const sl = surnameLength(text.slice(offset))
  if (sl === 0) return null
  for (const given of [2, 1]) {
    const end = offset + sl + given
    const name = text.slice(offset, end)
    if (name.length !== sl + given || !HAN_ONLY.test(name) || !isPlausibleName(name) || verbGluedOn(name, sl, text[end])) continue
    if (Array.from(name.slice(sl)).some((c) => STOP_CHARS.has(c))) continue
    // jieba's dictionary files some names as places or idioms (罗干/ns, 石四皓/i): such a word counts
    // when it is no place the gazetteer knows; any other word does not.
    const nameTag = dictionaryTag(name)
    const properWord = nameTag !== null && /^(?:ns|i)$/u.test(nameTag) && !loadGazetteer().byName.has(name)
    if (nameTag !== null && !nameTag.startsWith('nr') && !properWord) continue
    // Not an ordinary word read from its start (负责人/强调/伊, 队员/成绩/均, 战士/高兴/地): the surname and
    // the first given character make no word other than a name, and no word runs on past the name (战天斗地).
    const head = dictionaryTag(text.slice(offset, offset + sl + 1))
    if (head !== null && !head.startsWith('nr') && !(properWord && given === 1)) return null
    if ([1, 2].some((k) => end + k <= text.length && dictionaryTag(text.slice(offset, end + k)) !== null)) continue
    // Nor a surname-like character before a verb, a word of time or of position (时/强调, 长孙/介绍, 战/隆冬, 田/中间).
    const givenTag = dictionaryTag(name.slice(sl))
    // 全/中国: a given part that is a country or a province makes a phrase, not a name.
    if (given === 2 && countryOrProvince(name.slice(sl))) continue
    if (VERBS.has(name.slice(sl)) || (givenTag !== null && /^(?:v|vn|vd|t|d|p|c|r|m|f)$/u.test(givenTag))) continue
    // Nor the start of a transliterated name (卢卡/申科): that is read whole elsewhere.
    if (Array.from(text.slice(offset, end + 1)).every(isTransliterationChar)) return null
    const rest = text.slice(end)
    if (rest === '' || PUNCT_TOKEN.test(rest[0]!)) return name
    if (!HAN_ONLY.test(rest[0]!)) continue
    // The last given character and the next one(s) make no word (张明/表示: 明表 is none, but 表示 is).
    if (dictionaryTag(text.slice(end - 1, end + 1)) !== null || dictionaryTag(text.slice(end - 1, end + 2)) !== null) continue
    // A character that follows names (为, 在, 的 …) starts the next word whatever jieba makes of it: no cut needed.
    if (AFTER_NAME_CHARS.has(rest[0]!)) return name
    const nextWord = cutWindow(rest.slice(0, 6))[0]
    if (!nextWord) continue
    const tag = tokenTag(nextWord)
    if (VERBS.has(nextWord.word) || STARTS_WITH_VERB.test(nextWord.word) || AFTER_NAME_CHARS.has(nextWord.word[0]!) ||
      /^(?:v|p|c|t|u[a-z]?)$/u.test(tag) || (tag === 'x' && /^(?:v|p)$/u.test(dictionaryTag(nextWord.word[0]!) ?? ''))) return name
  }
  return null
}

/**
 * A Japanese name after a title (会长松本健太郎为团长): a Japanese family name, then a given
 * name of two or three characters that ends at a clear boundary (punctuation, the end, a
 * preposition or particle, a verb people do, a title). Cut from the text, not from jieba's
 * tokens, which split these names anywhere (松本/健/太郎).
 */
const JAPANESE_GIVEN_END = /^(?:[，。；：、！？“”（）\s\d]|$|为|在|的|等|和|与|同|率|一行|说|表示|指出|会见|访问|首相|先生|女士|会长|社长|议员|大使|外相|仅|以|夺|获|也|都|就|将|已|曾|还|又|则|是|被|把|向|对|从|今天|昨天|日前|近日)/u
/** One-character words that end a Japanese given name: a third given character that is one of them is the next word (绫香/仅以). */
const JAPANESE_END_CHARS = new Set(Array.from('为在的等和与同率说仅以夺获也都就将已曾还又则是被把向对从'))
function japaneseNameAt(text: string, offset: number): string | null {
  if (japaneseSurnameLength(text.slice(offset, offset + 2)) === 0) return null
  // Two or three characters (健太郎, 惠三): a one-character reading (中村/里/的) is too often a word.
  for (const given of [3, 2]) {
    if (given === 3 && JAPANESE_END_CHARS.has(text[offset + 4] ?? '')) continue
    const name = text.slice(offset, offset + 2 + given)
    if (name.length === 2 + given && HAN_ONLY.test(name) && !Array.from(name.slice(2)).some((c) => STOP_CHARS.has(c)) &&
      JAPANESE_GIVEN_END.test(text.slice(offset + 2 + given))) return name
  }
  return null
}

/** Titles after which a Japanese family name alone is the person (桥本首相): offices of Japanese public life and forms of address. */
const JAPANESE_TITLES_AFTER = new Set(['首相', '外相', '大臣', '藏相', '议员', '社长', '会长', '先生', '女士', '总裁', '知事', '市长', '大使', '干事长', '官房长官'])

export function isJapaneseName(name: string): boolean {
  return name.length >= 3 && name.length <= 5 && japaneseSurnameLength(name) === 2 && HAN_ONLY.test(name)
}

/**
 * A token with a tag that would stop a title chain but belongs to the title: a lone
 * administrative unit jieba tags zg (村/党支部/书记), a verb between nouns inside an
 * organisation's name (国际贸易/促进/协会会长, 权益/保护/委员会), a title jieba files as
 * an idiom (前首相/i).
 */
function partOfTitle(tokens: Token[], k: number): boolean {
  const t = tokens[k]!
  if (t.word.length === 1) return /^[村镇乡区县市省州]$/u.test(t.word)
  // jieba files some titles as idioms (前首相/i) or verbal nouns (助理/vn).
  if (/^(?:i|vn)$/u.test(tokenTag(t))) return endsWithTitle(t.word)
  const before = tokens[k - 1]
  const after = tokens[k + 1]
  return t.word.length === 2 && tokenTag(t) === 'v' && !VERBS.has(t.word) && before !== undefined && after !== undefined &&
    /^(?:n|nt|ns|nz|j)$/u.test(tokenTag(before)) && /^(?:n|nt|nz|j)$/u.test(tokenTag(after))
}

const GLUED_PREPOSITION = /^(?:据|经|由|向|对|与|同|从|被|让|请|给|为|把|将)(?=[市省县区镇乡村国州])/u

/** The title chain that ends right before token `ti` (exclusive), walking back to a verb or punctuation. */
function titleChainBefore(tokens: Token[], ti: number): string[] {
  let k = ti - 1
  const parts: string[] = []
  let length = 0
  while (k >= 0) {
    const t = tokens[k]!
    if (t.word === '、') {
      parts.unshift(t.word)
      k--
      continue
    }
    if (!/\p{Script=Han}/u.test(t.word) || /[0-9]/u.test(t.word)) break
    // jieba mis-cuts unknown organisations (区住/建/局局长); a lone verb character between nouns is part of the name.
    const before = tokens[k - 1]
    const strayVerb = t.word.length === 1 && tokenTag(t) === 'v' && before !== undefined && /^(?:n|nt|ns|nz|j|x)$/u.test(tokenTag(before)) && /\p{Script=Han}/u.test(before.word)
    if (CHAIN_STOP.test(tokenTag(t)) && !strayVerb && !partOfTitle(tokens, k)) break
    // A verb people do ends the chain whatever jieba's dictionary calls it (会见/n), unless
    // it is also a title (代表).
    if (t.word.length >= 2 && VERBS.has(t.word) && !endsWithTitle(t.word)) break
    // A count or age (78/岁) is not part of a title; an ordinal or grade is (第一副总理, 一级巡视员).
    if (tokenTag(t) === 'm' && !/^第|级$/u.test(t.word)) break
    length += t.word.length
    if (length > 30) break
    parts.unshift(t.word)
    k--
  }
  // 国务委员兼国务院秘书长: 兼 joins two offices held at once. Only the titles right before
  // the name count: the walk may have passed another person (甲兼乙鲁国平、丙 for the name after 丙).
  // 据市/气象局: jieba glues a preposition to the place that starts the title (unknown word, x).
  const chain = parts.join('').replace(GLUED_PREPOSITION, '').split(/、|兼/u).filter((p) => p !== '')
  const out: string[] = []
  for (let j = chain.length - 1; j >= 0 && endsWithTitle(chain[j]!); j--) out.unshift(chain[j]!)
  return out
}

const LIST_ITEM = '[\\p{Script=Han}·]{2,16}'
const LIST_VERB_HINT = new RegExp(LIST_VERBS.join('|'), 'u')
/** 等, 等同志, 等200余人, 等二十多名: what may stand between a list and its verb. */
const LIST_TAIL = '(?:等(?:同志|人|领导|负责同志|[0-9一二三四五六七八九十百千]+[余多]?(?:人|名|位)(?:代表|干部|群众|居民|村民)?)?)?'
const LIST_RE = new RegExp(`((?:${LIST_ITEM}[、，])+[\\p{Script=Han}·]{2,16}?)${LIST_TAIL}(?:${LIST_VERBS.join('|')})`, 'gu')

/**
 * The stretches of `text` a LIST_RE match can lie in: the regex reads only Han, ·, 、, ， and ASCII digits
 * and has no anchor or lookaround, so each stretch alone gives the same matches as the whole text. Only
 * stretches holding a separator and a list verb can match: the regex was tried from every character of
 * the others too, backtracking through their runs of Han (it showed in the profile).
 */
function listVerbStretches(text: string): string[] {
  const han = bmpHanCodes()
  const out: string[] = []
  let start = 0
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : -1
    // Surrogates stay inside (an astral Han character); keeping a character the regex cannot read is always safe.
    if (c !== -1 && (han[c] === 1 || c === 0xb7 || c === 0x3001 || c === 0xff0c || (c >= 0x30 && c <= 0x39) || (c >= 0xd800 && c <= 0xdfff))) continue
    if (i > start) {
      const stretch = text.slice(start, i)
      if ((stretch.includes('、') || stretch.includes('，')) && LIST_VERB_HINT.test(stretch)) out.push(stretch)
    }
    start = i + 1
  }
  return out
}

/** A list item that is a name, or a title chain then a name (区委副书记贾文涛). */
function nameInItem(item: string): string | null {
  if (isPlausibleName(item) || isForeignName(item)) return item
  for (const n of [3, 2]) {
    const tail = item.slice(-n)
    const head = item.slice(0, -n)
    if (item.length > n && isPlausibleName(tail) && (endsWithTitle(head) || /(?:领导|负责同志)$/u.test(head))) return tail
  }
  return null
}

function lastName(item: string): string | null {
  if (isPlausibleName(item) || isForeignName(item)) return item
  for (const n of [3, 2]) {
    const tail = item.slice(-n)
    if (tail.length === n && isPlausibleName(tail)) return tail
  }
  return null
}

/** 甲、乙、丙等参加: every item must look like a name, or the list is not one of people. */
/** 出席会议的还有甲、乙、丙: a list introduced after the verb. */
const LIST_AFTER_RE = new RegExp(`(?:${LIST_VERBS.slice(0, 6).join('|')})[^。；，]{0,10}?(?:的|人员)?(?:领导|同志|嘉宾)?(?:还)?有((?:${LIST_ITEM}、)+[\\p{Script=Han}·]{2,16}?)(?=等|[。；，]|$)`, 'gu')

/**
 * The items of a list, a title chain that 、 splits kept whole with its name
 * (区委副书记、区长柏文清 is one person, not an item 区委副书记 and another).
 */
function listItems(group: string): string[] {
  const out: string[] = []
  let pending = ''
  for (const item of group.split('、')) {
    const whole = pending ? `${pending}、${item}` : item
    if (endsWithTitle(whole) && nameInItem(whole) === null) pending = whole
    else {
      out.push(whole)
      pending = ''
    }
  }
  if (pending) out.push(pending)
  return out
}

function namesInLists(text: string): string[][] {
  const out: string[][] = []
  if (!text.includes('、') || !LIST_VERB_HINT.test(text)) return out
  for (const m of text.matchAll(LIST_AFTER_RE)) {
    const items = listItems(m[1]!).map(nameInItem)
    if (items.every((n) => n !== null)) out.push(items as string[])
  }
  for (const m of listVerbStretches(text).flatMap((stretch) => [...stretch.matchAll(LIST_RE)])) {
    // 省领导甲、乙，市领导丙、丁等出席: groups separated by commas, each validated on its own.
    const groups = m[1]!.split('，').map(listItems)
    const named = groups.map((items, gi) => {
      const first = nameInItem(items[0]!) ?? (gi === 0 ? lastName(items[0]!) : null)
      const rest = items.slice(1).map(nameInItem)
      return first && rest.every((n) => n !== null) ? [first, ...(rest as string[])] : null
    })
    if (named.every((g) => g !== null) && named.flat().length >= 2) out.push(...(named as string[][]))
  }
  return out
}

/**
 * Evidence for names in one piece of text (a headline or paragraph), its
 * tokens cut clause by clause on demand.
 */
export function findNameEvidence(text: string, clauses: ClauseTokens): NameEvidence[] {
  const found: NameEvidence[] = []
  const firstTitles = new Map<string, string[]>() // a name's first titles: a list lookup in linear time
  const push = (name: string | null, titles: string[] = [], listed = false, carried = false) => {
    // A title word is no name, whatever jieba tags it (省长/顾问/nr 宣布: the governor's adviser).
    if (!name || NOT_NAMES.has(name) || TITLE_ENDING_SET.has(name)) return
    // 宋健/在, 曹志/及: a function word read as the end of a given name.
    if (name.length === 3 && !name.includes('·') && TRAILING_FUNCTION.has(name[2]!) && isPlausibleName(name.slice(0, 2))) name = name.slice(0, 2)
    found.push({ name, titles, listed, carried })
    if (titles.length > 0 && !firstTitles.has(name)) firstTitles.set(name, titles)
  }
  clauses.cutAll()
  // The next trigger at or after a clause's start, found by one forward search through the piece
  // instead of a test on a copy of every clause (the same clauses come out: matches never cross a clause end).
  let trigger = -1
  // Likewise the next middle dot (a search from every clause to the piece's end cost a long piece the square of its length).
  let dot = -2
  for (const [start, end] of clauses.spans()) {
    const tokens = clauses.at(start)
    if (trigger < start && trigger !== Infinity) trigger = nextTrigger(text, start)
    if (trigger < end) tokenRules(text, tokens, push)
    if (dot !== -1 && dot < start) dot = text.indexOf('·', start)
    if (dot !== -1 && dot < end) for (const name of dottedNames(text, tokens)) push(name)
    for (let i = 0; i < tokens.length; i++) {
      const shaped = nameShapedWord(text, tokens, i)
      if (shaped && isPlausibleName(shaped)) push(shaped)
      else if (tokens[i - 1]?.word === '的') push(ownedName(tokens, i) ?? japaneseAfterJapan(text, tokens, i))

    }
  }
  // A title before the first name of a list carries on to the names after it that have none of
  // their own (副市长周海涛、刘思远参加: both are vice mayors).
  for (const group of namesInLists(text)) {
    let carry: string[] = []
    for (const name of group) {
      const own = firstTitles.get(name) ?? []
      if (own.length > 0) carry = own
      push(name, own.length > 0 ? own : carry, true, own.length === 0 && carry.length > 0)
    }
  }
  for (const n of authorsOfWorks(text)) push(n)
  for (const n of namesBeforeEtc(text, clauses)) push(n)
  for (const n of namesBeforePositionNote(text, clauses)) push(n)
  for (const n of namesWithSexNote(text, isAnyPlausibleName)) push(n)
  push(forumSpeaker(text, isAnyPlausibleName))
  for (const n of spouses(text, isAnyPlausibleName)) push(n, [], true)
  for (const n of namesAfterCountries(text, isCountryName, isAnyPlausibleName)) push(n, [], true)
  for (const r of electedNames(text, isAnyPlausibleName)) push(r.name, [r.role!])
  for (const r of namesInRolls(text, clauses, isAnyPlausibleName)) {
    push(r.name, r.role ? [r.role] : [], false, r.role !== null)
  }
  return found
}

/**
 * 某某等人, 某某等12位同志, 甲、某某等同志: 等 then people (人, a count of persons, 同志), or 等 then a word
 * about the whole group (等为…表演, 等也, 等分别), says that the word before it is one of them. The word must have a name's shape, be no ordinary word (a name jieba knows
 * is tagged nr), start where a token starts and end at 等; the other items of a 、-list before it are
 * then read by the page's list rule (namesBesideKnown). Not 等人流, 等人口 (等 then another word).
 */
const ETC_PEOPLE = /等(?:(?:人|同志|[0-9一二三四五六七八九十百两]+[余多]?(?:位|名|人))(?![流口群员工士次们])|(?=也|都|先后|分别|相继|纷纷|亲切|一起|一同|为))/gu
function namesBeforeEtc(text: string, clauses: ClauseTokens): string[] {
  if (!text.includes('等')) return []
  return namesEndingAt(text, ETC_PEOPLE, (name, from, end) => {
    if (name.length === 4 && surnameLength(name) !== 2) return false
    if (!isPlausibleName(name)) return false
    // 干/a 面条/n 等: a surname that is a word of its own before a noun is that word and a thing.
    if (name.length === 3 && /^(?:a|v|n)$/u.test(dictionaryTag(name[0]!) ?? '') && dictionaryTag(name.slice(1)) === 'n') return false
    const tokens = clauses.at(from)
    // Where a token starts, and not inside a word running on from before (…大学柳欣 yes: 大学/柳欣).
    return tokenAt(tokens, from) !== -1 && tokenAt(tokens, end) !== -1
  })
}

/**
 * 图为贫困户某某（右）…, 某某（左二）和某某: a note of where someone stands in the picture follows people
 * only. The word before it must have a name's shape (a Chinese name, a transliteration), be no ordinary
 * word or known place, and start where a token starts.
 */
const POSITION_NOTE = /[（(](?:[前后]排?)?[左右中][一二三四五六七八九十1-9]?[）)]/gu
function namesBeforePositionNote(text: string, clauses: ClauseTokens): string[] {
  if (!text.includes('左') && !text.includes('右') && !text.includes('中')) return []
  return namesEndingAt(text, POSITION_NOTE, (name, from) => {
    if (name.length === 4 && surnameLength(name) !== 2 && !isForeignName(name)) return false
    if (!isAnyPlausibleName(name) || isCountryName(name)) return false
    const tokens = clauses.at(from)
    const k = tokenAt(tokens, from)
    // Not a conjunction or preposition jieba cut off as a word (和/陈某（右）): the name starts after it.
    return k !== -1 && !(tokens[k]!.word.length === 1 && /^(?:c|p|u[a-z]?)$/u.test(tokenTag(tokens[k]!)))
  })
}

/**
 * The walk the rules share that read a name from a marker after it (某某等人, 某某（右）): at each match
 * of `marker`, the longest of the four-, three- and two-character words ending there that is no word
 * jieba's dictionary files as other than a name, no place the gazetteer knows, and passes the rule's
 * own checks (`accepts`, given where the word starts and ends).
 */
function namesEndingAt(text: string, marker: RegExp, accepts: (name: string, from: number, end: number) => boolean): string[] {
  const out: string[] = []
  for (const m of text.matchAll(marker)) {
    const end = m.index!
    for (const n of [4, 3, 2]) {
      const from = end - n
      if (from < 0) continue
      const name = text.slice(from, end)
      const tag = dictionaryTag(name)
      if ((tag !== null && !tag.startsWith('nr')) || loadGazetteer().byName.has(name) || !accepts(name, from, end)) continue
      out.push(name)
      break
    }
  }
  return out
}

/** A Chinese, foreign or Japanese name (a module function, so no closure is made per call). */
function isAnyPlausibleName(n: string): boolean {
  return isPlausibleName(n) || isForeignName(n) || isJapaneseName(n)
}

/**
 * 某某斯基的《第一钢琴协奏曲》, 某某芬《第五交响乐》: a transliterated name of three characters or
 * more right before the title of a work (with or without 的) is its author. Not a country, and
 * not a word jieba files as a place (ns).
 */
function authorsOfWorks(text: string): string[] {
  const out: string[] = []
  if (!text.includes('《')) return out
  for (let i = text.indexOf('《'); i !== -1; i = text.indexOf('《', i + 1)) {
    const end = text[i - 1] === '的' ? i - 1 : i
    let start = end
    while (start > 0 && end - start < 8 && isTransliterationChar(text[start - 1]!) && text[start - 1] !== '·') start--
    const name = text.slice(start, end)
    // The run must start at a clear boundary (punctuation, a space, 是/和/与/了), not inside a word.
    const before = text[start - 1] ?? ''
    if (name.length < 3 || !(before === '' || /[\s，。、；：“”（）]|是|和|与|了|读|的/u.test(before))) continue
    if (isForeignName(name) && !/^ns/u.test(dictionaryTag(name) ?? '') && !loadGazetteer().byName.has(name)) out.push(name)
  }
  return out
}

/** A token that may be part of a foreign name around a middle dot: not a title, a verb people do, or a function word. */
function dottedNamePart(t: Token, nextToDot: boolean): boolean {
  const w = t.word
  if (!HAN_ONLY.test(w) || endsWithTitle(w) || TITLES_AFTER.has(w) || VERBS.has(w) || STOP_CHARS.has(w) || isCountryName(w)) return false
  if (Array.from(w).every(isTransliterationChar)) return true
  const tag = tokenTag(t)
  // A lone character or a word of a place (美国/ns 人/n) is part of the name only right at the dot.
  return /^(?:nr|nrt|nrfg|x)$/u.test(tag) || (nextToDot && (/^(?:ns|nz)$/u.test(tag) || (w.length === 1 && !FUNCTION_TAG.test(tag))))
}

/** Where the transliterated end of a long unknown word starts (顾问欧德 → 2), or 0 to take it whole. */
function gluedEnd(w: string): number {
  if (w.length <= 3 || Array.from(w).every(isTransliterationChar)) return 0
  let c = w.length
  while (c > 0 && isTransliterationChar(w[c - 1]!)) c--
  return c === w.length ? 0 : c
}
/** Length of the transliterated start of a long unknown word (索罗斯成 → 3), or 0 to take it whole. */
function gluedStart(w: string): number {
  if (w.length <= 3 || Array.from(w).every(isTransliterationChar)) return 0
  let c = 0
  while (c < w.length && isTransliterationChar(w[c]!)) c++
  return c === 0 ? 0 : c
}

/**
 * Foreign and minority names written with a middle dot (马蒂厄·克雷库, 司马义·艾买提,
 * 图伊莱帕·塞莱莱·马列莱高伊): the tokens on both sides of each dot that can be part
 * of a name, out to a title, a verb or a function word. Read whole, so that its first
 * part alone (马蒂厄) is never taken for the person.
 */
function dottedNames(text: string, tokens: Token[]): string[] {
  const out: string[] = []
  for (let k = 1; k < tokens.length - 1; k++) {
    if (tokens[k]!.word !== '·' || (k > 1 && tokens[k - 2]!.word === '·')) continue
    let from = k
    let chars = 0
    let leftStart = -1
    while (from > 0 && chars < 10 && dottedNamePart(tokens[from - 1]!, from === k) && tokens[from - 1]!.start + tokens[from - 1]!.word.length === tokens[from]!.start) {
      from--
      const w = tokens[from]!.word
      chars += w.length
      // 顾问欧德/x: an unknown word jieba glued to what stands before the name; only its transliterated end is the name.
      const cut = gluedEnd(w)
      if (cut > 0) {
        leftStart = tokens[from]!.start + cut
        break
      }
    }
    if (from === k) continue
    let to = k
    let part = 0
    let rightEnd = -1
    while (to + 1 < tokens.length) {
      const t = tokens[to + 1]!
      if (t.start !== tokens[to]!.start + tokens[to]!.word.length) break
      if (t.word === '·') { if (part === 0) break; part = 0; to++; continue }
      if (!dottedNamePart(t, tokens[to]!.word === '·') || part >= 10) break
      part += t.word.length
      to++
      // 索罗斯成/x, 布鲁杰尔迪访巴/x: only the transliterated start is the name.
      const keep = gluedStart(t.word)
      if (keep > 0) {
        rightEnd = t.start + keep
        break
      }
    }
    if (tokens[to]!.word === '·') to--
    if (to <= k) continue
    const name = text.slice(leftStart >= 0 ? leftStart : tokens[from]!.start, rightEnd >= 0 ? rightEnd : tokens[to]!.start + tokens[to]!.word.length)
    if (name.split('·').every((p) => p.length >= 1) && name.length >= 4 && !isCountryName(name)) out.push(name)
  }
  return out
}

/**
 * 对戈/林斯基/总统: jieba glued a foreign name's first characters to the word before it, as an
 * unknown word (tag x). Its trailing transliteration characters, when a character that is not one
 * comes before them, belong to the name; a dictionary word is never taken apart.
 */
function gluedTransliteration(tokens: Token[], k: number): string {
  const glued = tokens[k]
  const next = tokens[k + 1]
  if (!glued || !next || tokenTag(glued) !== 'x' || !HAN_ONLY.test(glued.word) || glued.start + glued.word.length !== next.start) return ''
  let c = glued.word.length
  while (c > 1 && isTransliterationChar(glued.word[c - 1]!)) c--
  return c < glued.word.length && !isTransliterationChar(glued.word[c - 1]!) ? glued.word.slice(c) : ''
}

/**
 * A word for a job, not only an office: nouns ending in 长/员/师/工/手/警/兵/士 (厂长, 干警, 战士,
 * 总工程师, 选手), and in 家 when longer than two characters (艺术家; not 国家, 大家). A class
 * of endings read with jieba's noun tag, so that 成长/v or 擅长/v never counts.
 */
const JOB_END = /[长员师工手警兵士]$|..家$/u
const PERSON_NOUN_SET = new Set(PERSON_NOUNS)
const NAMING_WORD_SET = new Set(NAMING_WORDS)
function isJobNoun(t: Token, flags: number): boolean {
  if ((flags & (PERSON_NOUN | NAMING_WORD)) !== 0) return true
  return (flags & JOB_SHAPE) !== 0 && /^(?:n|nz|j)$/u.test(tokenTag(t))
}
/** The word's own part of isJobNoun: a job's ending, two to six characters of Han. */
function jobShaped(word: string): boolean {
  return word.length >= 2 && word.length <= 6 && JOB_END.test(word) && HAN_ONLY.test(word)
}


/**
 * 总理/差瓦立/宣布, 大使/宰赫迪: right after a title, a word jieba does not know (tag x) of a name's
 * length, ending where a name ends (punctuation, a verb people do, a function word), is the person
 * the title belongs to: mostly a foreign name with a character the transliteration table lacks.
 */
function unknownWordAfterTitle(tokens: Token[], at: number): string | null {
  const k = tokenAt(tokens, at)
  if (k === -1) return null
  const t = tokens[k]!
  // jieba's dictionary files some foreign names as names of its own (加尧姆/nr, 卢日科夫/nr): read the same way,
  // three characters or more (the Chinese names it files are read by the surname rules before this).
  const tag = tokenTag(t)
  const known = tag === 'nr' || tag === 'nrt'
  if ((tag !== 'x' && !known) || !HAN_ONLY.test(t.word) || t.word.length < (known ? 3 : 2) || t.word.length > (known ? 6 : 4)) return null
  if (known && (NOT_NAMES.has(t.word) || loadGazetteer().byName.has(t.word))) return null
  if (STOP_CHARS.has(t.word[t.word.length - 1]!) || NOT_NAME_END.test(t.word) || isCountryName(t.word)) return null
  // Not a function word glued to what follows (对/台, 这/篇, 之/命, 一/职), nor one glued to the end (…因).
  if (/^(?:p|c|r|u[a-z]?|m|d|f)$/u.test(dictionaryTag(t.word[0]!) ?? '') || /^(?:p|c|u[a-z]?|f)$/u.test(dictionaryTag(t.word[t.word.length - 1]!) ?? '')) return null
  // A name's make-up: half its characters or more used in transliteration (宰赫迪, 谢哈布丁), or a
  // surname and two more characters (获邀, 投卷, 近万人 are neither).
  const translit = Array.from(t.word).filter(isTransliterationChar).length
  const next = tokens[k + 1]
  // 总理/差瓦立/宣布: an unknown word of three characters with one of them a transliteration, before a
  // verb only people do, is a name with characters the table lacks.
  const beforeVerb = next !== undefined && VERBS.has(next.word)
  const madeOfName = translit * 2 >= t.word.length || (t.word.length === 3 && surnameLength(t.word) === 1) || (tag === 'x' && t.word.length === 3 && translit >= 1 && beforeVerb)
  if (!madeOfName) return null
  // 瓦内/夫人: the person's wife, printed after the name. 卢日科夫/22日: a date right after the name.
  const clearEnd = !next || PUNCT_TOKEN.test(next.word) || VERBS.has(next.word) || STOP_CHARS.has(next.word) || TITLES_AFTER.has(next.word) || next.word === '夫人' || /^(?:p|c|v|f|m)$/u.test(tokenTag(next))
  return clearEnd ? t.word : null
}

/**
 * 书记/罗干/出席, 法官/哥顿/在, 会长/樱内义雄/为: right after a title, a word jieba's dictionary files as
 * a place (ns) but shaped as a name (a surname and one or two characters, a Japanese name, or a
 * transliteration of three or more) and ending clearly is the person; a place the gazetteer knows is not.
 */
function placeTaggedName(tokens: Token[], at: number): string | null {
  const k = tokenAt(tokens, at)
  if (k === -1) return null
  const t = tokens[k]!
  if (tokenTag(t) !== 'ns' || !HAN_ONLY.test(t.word) || loadGazetteer().byName.has(t.word) || isCountryName(t.word)) return null
  const next = tokens[k + 1]
  const clearEnd = !next || PUNCT_TOKEN.test(next.word) || VERBS.has(next.word) || STARTS_WITH_VERB.test(next.word) || /^(?:p|c|v|m)$/u.test(tokenTag(next))
  if (!clearEnd) return null
  const shaped = (surnameLength(t.word) === 1 && (t.word.length === 2 || t.word.length === 3) && isPlausibleName(t.word)) || isJapaneseName(t.word) ||
    (t.word.length >= 3 && isForeignName(t.word))
  return shaped ? t.word : null
}

/** 部长/科恩, 外长/迪尼: a two-character transliteration jieba reads as one name (nr, nrt) right after a title. */
function shortTransliteration(tokens: Token[], at: number, name: string): boolean {
  const k = tokenAt(tokens, at)
  return name.length === 2 && k !== -1 && tokens[k]!.word === name && /^(?:nr|nrt)$/u.test(tokenTag(tokens[k]!)) &&
    Array.from(name).every(isTransliterationChar) && surnameLength(name) === 0
}

/**
 * 德国的某某, 江苏的某某, 沈阳队的某某, 27岁的某某: in results and portraits a country, a province, a team or
 * an age, then 的, puts a person after it. The word must be one jieba reads as a name (nr, nrt, or unknown),
 * of a name's shape, and end clearly (punctuation, a verb people do, 名列, 在, a number: 31岁的某某2001年…).
 */
const RESULT_VERBS = new Set(['名列', '位列', '排名', '屈居', '夺得', '获得', '战胜', '击败', '负于', '以', '在', '和', '与', '也', '则', '是'])
function ownedName(tokens: Token[], i: number): string | null {
  const t = tokens[i]!
  if (i < 2 || tokens[i - 1]!.word !== '的' || !HAN_ONLY.test(t.word) || !/^(?:nr|nrt|nrfg|x)$/u.test(tokenTag(t))) return null
  if (!ownerOfName(tokens[i - 2]!) && !(tokens[i - 2]!.word === '岁' && tokenTag(tokens[i - 3] ?? t) === 'm')) return null
  const after = tokens[i + 1]
  const clearEnd = !after || PUNCT_TOKEN.test(after.word) || VERBS.has(after.word) || RESULT_VERBS.has(after.word) || /^(?:p|v|m)$/u.test(tokenTag(after))
  // A Chinese name jieba does not know as a word, or knows as a name of three characters (祝词 is filed nr).
  const chinese = isPlausibleName(t.word) && (dictionaryTag(t.word) === null || (t.word.length === 3 && dictionaryTag(t.word)!.startsWith('nr')))
  const shaped = chinese || (isForeignName(t.word) && !isCountryName(t.word)) ||
    (t.word.length === 2 && Array.from(t.word).every(isTransliterationChar) && surnameLength(t.word) === 0 && tokenTag(t) !== 'x')
  // 某某以/x 21∶18: jieba glued the preposition of a score to the name; the name is what comes before it.
  if (after && tokenTag(after) === 'm' && t.word.length === 3 && t.word.endsWith('以') && tokenTag(t) === 'x' && isPlausibleName(t.word.slice(0, 2))) return t.word.slice(0, 2)
  return clearEnd && shaped && !loadGazetteer().byName.has(t.word) ? t.word : null
}

/** 日本的高桥美奈夺冠: after 日本的, a Japanese family name starts a name read from the text (jieba cuts these anywhere). */
function japaneseAfterJapan(text: string, tokens: Token[], i: number): string | null {
  if (i < 2 || tokens[i - 2]!.word !== '日本' || japaneseSurnameLength(text.slice(tokens[i]!.start, tokens[i]!.start + 2)) === 0) return null
  return japaneseNameAt(text, tokens[i]!.start)
}

function ownerOfName(t: Token): boolean {
  if (isCountryName(t.word)) return true
  // 某某队的某某: a team (沈阳队, 八一队) puts its player after 的 as a country does.
  if (t.word.length >= 3 && t.word.endsWith('队') && HAN_ONLY.test(t.word)) return true
  if (/^[0-9０-９一二三四五六七八九十]+岁$/u.test(t.word)) return true
  // A province or city the gazetteer knows (江苏, 大连): jieba's ns alone holds words such as 新春.
  const known = loadGazetteer().byName.get(t.word)
  return known !== undefined && known.kind !== 'county' && known.kind !== 'town'
}

/** The two characters at `at` make an ordinary word (高出, 荣获), not the start of a name. */
function ordinaryWordAt(text: string, at: number): boolean {
  const two = text.slice(at, at + 2)
  const tag = dictionaryTag(two)
  return (tag !== null && !tag.startsWith('nr')) || VERBS.has(two)
}

/** 副 cut off the title after it (某某/副/总理): the title 副总理 when the two tokens touch and make one of TITLES_AFTER_NAME. */
function viceTitleAt(tokens: Token[], i: number): string | null {
  const t = tokens[i]!
  const next = tokens[i + 1]
  if (t.word !== '副' || !next || next.start !== t.start + 1) return null
  const title = '副' + next.word
  return TITLES_AFTER.has(title) ? title : null
}

/**
 * 男的叫某某，, 一位名叫某某的老人: after 叫 (or 名叫, 取名…) the name runs to the clause's end or to 的;
 * jieba often cuts it elsewhere (某月/端的). A surname and one or two characters of a name's shape,
 * then punctuation or 的. Bare 叫 only after a word for someone (伤者, 妈妈, 男的, 一位): 叫好, 叫他 are other words.
 */
const CALLED_END = /^(?:[，。；！？、）”]|的|$)/u
function calledName(text: string, tokens: Token[], i: number): string | null {
  const t = tokens[i]!
  if (t.word === '叫') {
    const prev = tokens[i - 1]
    // Not after a count (一头叫某某: animals and things are named too, 一个叫某某的寨子).
    if (!prev || !(prev.word === '的' || prev.word.endsWith('位') || prev.word.endsWith('者') || /^(?:n|nr)$/u.test(tokenTag(prev)))) return null
  } else if (!NAMING_WORD_SET.has(t.word)) return null
  const at = t.start + t.word.length
  const sl = surnameLength(text.slice(at, at + 2))
  if (sl === 0) return null
  for (const given of [1, 2]) {
    const name = text.slice(at, at + sl + given)
    if (name.length !== sl + given || !CALLED_END.test(text.slice(at + sl + given, at + sl + given + 1))) continue
    const tag = dictionaryTag(name)
    // A place is named so too (名叫某厝, 叫某寨): not a name ending in a place's suffix.
    return isPlausibleName(name) && !THING_SUFFIX.has(name[name.length - 1]!) && (tag === null || tag.startsWith('nr')) && !loadGazetteer().byName.has(name) ? name : null
  }
  return null
}

const SPEECH_VERBS = new Set(SPEECH_VERB_WORDS)
/** Tags of a first half a name may be cut into (某家/nrfg, 某祖/x, 某汉/ns, 某代/t), not an ordinary word (高兴/a 地). */
const CUT_HEAD_TAGS = /^(?:nr|nrfg|nrt|x|ns|t)$/u
/** Tags of a two-character word that may be a given name after a lone surname (建成/v, 长青/n), not a function word. */
const CUT_GIVEN_BAD = /^(?:r|m|q|d|p|c|u[a-z]?|f|t|y|e|o)$/u
/**
 * 某家/强/认为, 某祖/某/说, 何/建成/认为: the two tokens before a verb of speech that make a name of three
 * characters (a surname, no dictionary word, a name's shape), when jieba cut it as a two-character piece
 * of a name, place or time and one more character, or as a lone surname and a two-character word that is
 * no function word and no verb people do. The name starts where a token starts (中国人民认为 has none).
 */
function nameCutBeforeSpeech(text: string, tokens: Token[], i: number): string | null {
  const a = tokens[i - 1]!
  const b = tokens[i]!
  if (a.start + a.word.length !== b.start || a.word.length + b.word.length !== 3 || !HAN_ONLY.test(a.word + b.word)) return null
  const name = a.word + b.word
  if (surnameLength(name) !== 1 || dictionaryTag(name) !== null || !isPlausibleName(name) || loadGazetteer().byName.has(name)) return null
  if (a.word.length === 2) {
    // 贺电/中/指出: a word of position after it (中, 上, 里) is no given name's end.
    if (!CUT_HEAD_TAGS.test(tokenTag(a)) || STOP_CHARS.has(b.word) || /^[地得们]$/u.test(b.word) || /^(?:f|m|q|p|c|u[a-z]?|d|r|y|e|o)$/u.test(tokenTag(b))) return null
  } else {
    const tag = tokenTag(b)
    if (/^(?:c|p|d|u[a-z]?)$/u.test(dictionaryTag(a.word) ?? '') && tokenTag(a) !== 'r') return null
    if (VERBS.has(b.word) || CUT_GIVEN_BAD.test(tag) || NOT_NAMES.has(b.word)) return null
    // 韩/j 警方/n, 来/v 电话/n: a surname character that is a word of its own before a noun is that word and the noun.
    const own = dictionaryTag(a.word)
    if (tag === 'n' && own !== null && !own.startsWith('nr')) return null
  }
  // Not the end of a longer word or name running on from before (某某处/某代某 yes; 中/国人/民 no: a token boundary is required).
  const before = tokens[i - 2]
  if (before && before.start + before.word.length === a.start && a.word.length === 1 && NAME_TAGS.has(tokenTag(before)) && before.word.length === 1) return null
  return name
}

/** What a word is to the token rules, as bits (a word may be several: 代表 is a title and a verb). */
const NAMING_WORD = 1
const TITLE_WORD = 2
const ACTION_VERB = 4
const PERSON_NOUN = 8
const ADDRESS_WORD = 16
const TITLE_AFTER_NAME = 32
const SPEECH_VERB = 64
const ENDS_IN_TITLE = 128
const JOB_SHAPE = 256
/** Codes of the first characters of the words the flags name, and of the last characters of title and job endings. */
const FLAG_WORD_FIRST = new Uint8Array(0x10000)
for (const w of [...NAMING_WORDS, ...TITLE_ENDINGS, ...ACTION_VERBS, ...PERSON_NOUNS, ...ADDRESS_AFTER_NAME, ...TITLES_AFTER_NAME, ...SPEECH_VERB_WORDS]) FLAG_WORD_FIRST[w.charCodeAt(0)] = 1
const ENDING_LAST = new Uint8Array(0x10000)
for (const w of [...TITLE_ENDINGS, ...Array.from('长员师工手警兵士家')]) ENDING_LAST[w.charCodeAt(w.length - 1)] = 1
/**
 * The word's bits. Most tokens start no word of the sets and end in no title or job: two typed-array
 * reads settle those, where the rules asked a set or two each (and sliced the word for its title ending)
 * on every token, the next token and the one after it.
 */
function wordFlags(word: string): number {
  let flags = 0
  if (FLAG_WORD_FIRST[word.charCodeAt(0)] === 1) {
    flags =
      (NAMING_WORD_SET.has(word) ? NAMING_WORD : 0) | (TITLE_ENDING_SET.has(word) ? TITLE_WORD : 0) | (VERBS.has(word) ? ACTION_VERB : 0) |
      (PERSON_NOUN_SET.has(word) ? PERSON_NOUN : 0) | (ADDRESS_AFTER.has(word) ? ADDRESS_WORD : 0) | (TITLES_AFTER.has(word) ? TITLE_AFTER_NAME : 0) |
      (SPEECH_VERBS.has(word) ? SPEECH_VERB : 0)
  }
  if (ENDING_LAST[word.charCodeAt(word.length - 1)] === 1) flags |= (endsWithTitle(word) ? ENDS_IN_TITLE : 0) | (jobShaped(word) ? JOB_SHAPE : 0)
  return flags
}

/** Surnames past this rank are as often the ordinary word their character is (但, 和, 车). */
const RARE_SURNAME_RANK = 150
const RARE_SURNAME_FUNCTION_TAG = /^(?:c|d|p|r|u[a-z]?)$/u
const PHRASE_TAG = /^(?:d|m|a|ad|c|p|r|u[a-z]?)$/u
/**
 * A rare surname that reads as words with what follows it: a function word first (但经, 但 "but" +
 * 经), or a phrase after it (车太多: 车 + 太多 "too many"). Read before a verb with no other
 * evidence, such a run is the sentence's words, not a name.
 */
function wordsOfARareSurname(word: string): boolean {
  const sl = surnameLength(word)
  if (sl !== 1 || surnameRank(word) <= RARE_SURNAME_RANK) return false
  return RARE_SURNAME_FUNCTION_TAG.test(dictionaryTag(word[0]!) ?? '') || PHRASE_TAG.test(dictionaryTag(word.slice(1)) ?? '')
}

function tokenRules(text: string, tokens: Token[], push: (name: string | null, titles?: string[], listed?: boolean) => void): void {
  // The bits of this token, the next and the one after, carried along: one lookup per token.
  let flags = tokens.length > 0 ? wordFlags(tokens[0]!.word) : 0
  let nextFlags = tokens.length > 1 ? wordFlags(tokens[1]!.word) : 0
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    const afterFlags = i + 2 < tokens.length ? wordFlags(tokens[i + 2]!.word) : 0
    if (t.word === '叫' || (flags & NAMING_WORD) !== 0) push(calledName(text, tokens, i))
    // A title, then a name right after it.
    // jieba files some titles as idioms (前首相/i).
    const title = (flags & ENDS_IN_TITLE) !== 0
    // jieba files a few titles as verbs (选手/v); a whole title word counts whatever its tag, unless it is
    // also a verb people do (代表).
    const wholeTitle = (flags & TITLE_WORD) !== 0 && (flags & ACTION_VERB) === 0
    const personWord = (flags & (PERSON_NOUN | NAMING_WORD)) !== 0
    if ((title || isJobNoun(t, flags)) && (wholeTitle || personWord || tokenTag(t) === 'i' || (!CHAIN_STOP.test(tokenTag(t)) && /^(?:n|nr|nz|j|b|x|nt|ng)/u.test(tokenTag(t))))) {
      const at = t.start + t.word.length
      // After a word for a job (not an office), a surname that is also a verb or function word
      // reads as that word (专家来讲学, 工人都犯过).
      // Not when jieba read the surname into a longer unknown word or name (董事长/莫始奎/x).
      const at0 = tokenAt(tokens, at)
      // 都能安 is 都 + 能安: a verb or modal right after the surname character keeps it a function word.
      const gluedIntoName = at0 !== -1 && tokens[at0]!.word.length >= 3 && /^(?:x|nr)$/u.test(tokenTag(tokens[at0]!)) &&
        !/^(?:v|vn|p|c|u[a-z]?)$/u.test(dictionaryTag(tokens[at0]!.word[1]!) ?? '')
      const weakSurname = !isOfficeTitle(t.word) && !gluedIntoName && japaneseNameAt(text, at) === null && /^(?:c|p|d|v|m|r|u[a-z]?)$/u.test(dictionaryTag(text[at] ?? '') ?? '')
      // After a word for who someone is (名将, 学生: no office), the surname and the next character make
      // no ordinary word (学生高出近…, 老将荣获…): the same text after an office reads as a name more surely.
      // (Not a transliterated name jieba reads whole, 名将/波波夫/nr, whose first two characters are some other word.)
      const wordAfterPersonNoun = personWord && !wholeTitle && ordinaryWordAt(text, at) && !(at0 !== -1 && /^(?:nr|nrt)$/u.test(tokenTag(tokens[at0]!)) && tokens[at0]!.word.length >= 3 && isForeignName(tokens[at0]!.word))
      const read = weakSurname || wordAfterPersonNoun ? null : nameStartingAt(text, tokens, at)
      // The word after the title read whole (加尧姆/nr): its own checks stand for the shape checks below.
      const unknown = read === null && title && !weakSurname ? unknownWordAfterTitle(tokens, at) : null
      const name = read ?? unknown ?? (title && !weakSurname ? placeTaggedName(tokens, at) : null)
      if (name && name !== t.word && (name === unknown || isPlausibleName(name) || isForeignName(name) || isJapaneseName(name) || shortTransliteration(tokens, at, name) || (tokenAt(tokens, at) !== -1 && /^(?:nrt|x)$/u.test(tokenTag(tokens[tokenAt(tokens, at)]!))))) {
        // 名叫某某: a word that introduces a name gives no title.
        const naming = (flags & NAMING_WORD) !== 0
        const chain = naming ? [] : titleChainBefore(tokens, i + 1)
        push(name, chain.length ? chain : naming ? [] : [t.word])
      }
    }
    // A name, then a title after it (习近平总书记, 叶利钦总统).
    // 某某师傅, 某某机长: a form of address after a full name marks a person too, and gives no title.
    const address = (flags & ADDRESS_WORD) !== 0
    // 某某/副/总理: jieba cuts 副 off some titles; 副 and the title after it are one title after the name.
    const titleAfterName = (flags & TITLE_AFTER_NAME) !== 0 ? t.word : viceTitleAt(tokens, i)
    if ((titleAfterName !== null || address) && i > 0) {
      const p = tokens[i - 1]!
      const titles = address ? [] : [titleAfterName!]
      if (address && p.start + p.word.length === t.start) {
        // 赵家父子: a surname and 家 is the family, not a person.
        if (HAN_ONLY.test(p.word) && NAME_TAGS.has(tokenTag(p)) && isPlausibleName(p.word) && !(p.word.length === 2 && p.word.endsWith('家'))) push(p.word, titles)
        else if (i > 1) {
          const s = tokens[i - 2]!
          const combined = s.word + p.word
          if (s.word.length === surnameLength(s.word) && s.word.length > 0 && /^(?:nr|x)$/u.test(tokenTag(s)) && p.word.length <= 2 && !STOP_CHARS.has(p.word) &&
            HAN_ONLY.test(p.word) && isPlausibleName(combined)) push(combined, titles)
        }
      } else if (p.start + p.word.length === t.start) {
        const glued = Array.from(p.word).every(isTransliterationChar) ? gluedTransliteration(tokens, i - 2) : ''
        if (glued && isForeignName(glued + p.word)) push(glued + p.word, titles)
        else if (isJapaneseName(p.word)) push(p.word, titles)
        // 桥本首相, 松田外相: a Japanese family name alone before a title stands for the person, as in Japanese usage.
        else if (p.word.length === 2 && japaneseSurnameLength(p.word) === 2 && JAPANESE_TITLES_AFTER.has(titleAfterName!)) push(p.word, titles)
        // 苏某为/副省长: 为 before a title says what the person was made (elected, appointed), it ends no name there.
        else if (p.word.length === 3 && p.word.endsWith('为') && isPlausibleName(p.word.slice(0, 2))) push(p.word.slice(0, 2), titles)
        else if (HAN_ONLY.test(p.word) && NAME_TAGS.has(tokenTag(p)) && (isPlausibleName(p.word) || isForeignName(p.word))) push(p.word, titles)
        // 周恩来/t 总理: jieba's dictionary files a few names under other tags; three characters of a
        // name's shape right before a title are the name, whatever the tag, unless a function word.
        else if (p.word.length === 3 && HAN_ONLY.test(p.word) && /^(?:t|n|nz|i)$/u.test(tokenTag(p)) && dictionaryTag(p.word.slice(0, 2)) === null && isPlausibleName(p.word)) push(p.word, titles)
        else if (NAME_TAGS.has(tokenTag(p)) && Array.from(p.word).every(isTransliterationChar)) {
          // 巴尔/科夫/总统: a foreign name jieba cut in pieces; gather the transliterated tokens before the title.
          let k = i - 1
          let name = ''
          while (k >= 0 && Array.from(tokens[k]!.word).every(isTransliterationChar) && name.length + tokens[k]!.word.length <= 10) {
            name = tokens[k]!.word + name
            k--
          }
          name = gluedTransliteration(tokens, k) + name
          if (isForeignName(name)) push(name, titles)
        } else if (i > 1) {
          const s = tokens[i - 2]!
          const combined = s.word + p.word
          if (s.word.length === surnameLength(s.word) && s.word.length > 0 && /^(?:nr|x)$/u.test(tokenTag(s)) && p.word.length <= 2 && !STOP_CHARS.has(p.word) &&
            HAN_ONLY.test(p.word) && isPlausibleName(combined)) push(combined, titles)
        }
      }
    }
    // 德国的某某, 27岁的某某: in results and portraits a country, a province or an age, then 的, puts a
    // person after it; the word must be a name jieba reads as one (nr, nrt, or unknown) and end clearly.
    // A name, then a verb only a person does (张三表示).
    const next = tokens[i + 1]
    // Not after a number: 200/余人/参加 is a count of people, not a name. Not after a
    // preposition of place either: 在/莫斯科/表示 says where it was said (jieba's dictionary
    // files some cities, 莫斯科 among them, as personal names).
    // (Read only when a verb follows: the tag of every token's neighbour is a dictionary lookup. Written
    // inline, not as two closures per token: creating them cost more than the tests.)
    if (next && (nextFlags & ACTION_VERB) !== 0 && NAME_TAGS.has(tokenTag(t)) && HAN_ONLY.test(t.word) && isPlausibleName(t.word) &&
      !(i > 0 && tokenTag(tokens[i - 1]!) === 'm') && !(i > 0 && LOCATIVE_PREPOSITIONS.has(tokens[i - 1]!.word)) &&
      (flags & (TITLE_WORD | ENDS_IN_TITLE)) === 0 && !wordsOfARareSurname(t.word)) {
      const dictTag = tokenTag(t) === 'x' ? null : dictionaryTag(t.word)
      if (dictTag === null || dictTag.startsWith('nr')) push(t.word)
    }
    // A two-character transliterated name jieba's dictionary files as a place (某京/ns 表示, 某根/ns 表示满意/n,
    // 某京/ns 特地/n 赶来): before a verb only people do, alone or starting the next word, or an adverb of
    // intent, it is the person. Not a place the gazetteer or the country list knows, nor after 在 (在某京表示) or an adverb or a verb (亲自/登门/慰问: a verb jieba files as a place).
    if (next && t.word.length === 2 && allTransliterationChars(t.word) && HAN_ONLY.test(next.word) &&
      ((nextFlags & ACTION_VERB) !== 0 || INTENT_ADVERBS.has(next.word) || STARTS_WITH_VERB.test(next.word)) &&
      !(i > 0 && (LOCATIVE_PREPOSITIONS.has(tokens[i - 1]!.word) || /^(?:d|ad|v|vn|p)$/u.test(tokenTag(tokens[i - 1]!)))) && tokenTag(t) === 'ns' &&
      !isCountryName(t.word) && !loadGazetteer().byName.has(t.word) && !NOT_NAMES.has(t.word)) {
      push(t.word)
    }
    // 某家/强/认为, 何/建成/认为: a three-character name jieba cut in two before a verb of speech.
    if (next && (nextFlags & SPEECH_VERB) !== 0 && i > 0) push(nameCutBeforeSpeech(text, tokens, i))
    // 周/富强/表示: jieba cut a name made of a surname and a dictionary word.
    const after = tokens[i + 2]
    if (next && after && (afterFlags & ACTION_VERB) !== 0 && tokenTag(t) === 'nr' && t.word.length === 1 && surnameLength(t.word) === 1 &&
      next.word.length <= 2 && HAN_ONLY.test(next.word) && (nextFlags & ACTION_VERB) === 0 && !STOP_CHARS.has(next.word) && isPlausibleName(t.word + next.word)) {
      push(t.word + next.word)
    }
    flags = nextFlags
    nextFlags = afterFlags
  }
}

/** Title chain printed right before `offset` in `text` (for a known name found there by search). */
export function titlesBefore(text: string, clauses: ClauseTokens, offset: number): string[] {
  if (offset === 0 || /[，。；：！？,;:!?“”（）]/u.test(text[offset - 1]!)) return []
  const tokens = clauses.at(offset)
  const ti = tokenAt(tokens, offset)
  if (ti <= 0) return []
  const prev = tokens[ti - 1]!
  if (endsWithTitle(prev.word)) {
    const chain = titleChainBefore(tokens, ti)
    return chain.length ? chain : [prev.word]
  }
  // The title was cut across tokens (社区/网格/员): find it in the text, walk back from the token where it starts.
  const ending = TITLE_ENDING_RE.exec(text.slice(Math.max(0, offset - 6), offset))
  if (!ending) return []
  const titleStart = offset - ending[0].length
  let k = ti - 1
  while (k > 0 && tokens[k]!.start > titleStart) k--
  if (tokens[k]!.start > titleStart || CHAIN_STOP.test(tokenTag(tokens[k]!))) return []
  // Nouns right before the title's first token belong to it (社区 + 网格员).
  let from = tokens[k]!.start
  for (let j = k - 1; j >= 0 && /^(?:n|ns|nt|nz|j|b)$/u.test(tokenTag(tokens[j]!)) && offset - tokens[j]!.start <= 16; j--) {
    from = tokens[j]!.start
  }
  return [text.slice(from, offset)]
}

/** Title printed right after a name at `end` (习近平总书记 → 总书记). */
export function titleAfter(text: string, end: number): string | null {
  const titles = TITLES_AFTER_BY_FIRST.get(text.charCodeAt(end))
  if (titles) for (const t of titles) if (text.startsWith(t, end)) return t
  return null
}
/** The titles titleAfter reads (not 同志, 先生, 女士), in their order, by first character: it runs at every mention of every name. */
const TITLES_AFTER_BY_FIRST = new Map<number, string[]>()
for (const t of TITLES_AFTER_NAME) {
  if (t === '同志' || t === '先生' || t === '女士') continue
  const list = TITLES_AFTER_BY_FIRST.get(t.charCodeAt(0))
  if (list) list.push(t)
  else TITLES_AFTER_BY_FIRST.set(t.charCodeAt(0), [t])
}
