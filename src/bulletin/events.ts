import type { EventParticipant, EventType, ParsedEvent, ParticipantRole, TimeOfDay } from './types'
import { findDates, type FoundDate } from './dates'

/**
 * Events an article reports. The main one takes its type from the headline
 * (or the lead sentence), its date from the lead, its places and people from
 * the article; a sentence with a date range and its own kind of event (an
 * exhibition running 8月30日至9月3日) adds another.
 */

const TYPE_WORDS: [EventType, RegExp][] = [
  // 博会 is the short form of 博览会 (农博会, 文博会, 进博会).
  ['exhibition', /展览|博览会|博会|展销会|交易会|展会|画展|书展|影展|办展|展出|展期/gu],
  ['launch', /启动|开幕|开通|上线|揭牌|开工|投运|投产|发布会|首发|开馆|开园/gu],
  ['ceremony', /仪式|典礼|颁奖|授勋|纪念大会|升旗|表彰大会|签约/gu],
  ['inspection', /检查|调研|视察|督导|督查|考察|察看|巡查|暗访/gu],
  ['visit', /会见|会晤|访问|拜会|看望|慰问|接见|出访|来访|访华|到访/gu],
  ['other', /晚会|演出|联欢会|音乐会|运动会|比赛|演练|招聘会|培训班|义诊|志愿服务/gu],
  ['meeting', /会议|座谈会|生活会|常务会|全会|例会|研讨会|论坛|续会|召开|(?<!人民)大会(?!堂)|峰会|会谈|听证会|推进会|部署会|专题会/gu],
]

/** Earliest event word in `text` and the type it stands for. */
export function eventTypeOf(text: string): EventType | null {
  let best: { at: number; type: EventType } | null = null
  for (const [type, re] of TYPE_WORDS) {
    re.lastIndex = 0
    const m = re.exec(text)
    // 'other' only when nothing more specific is named.
    if (m && (best === null || (m.index < best.at && type !== 'other') || best.type === 'other')) best = { at: m.index, type }
  }
  return best?.type ?? null
}

const ORGANIZER = /(?:^|[，。；、：“”（）\s]|由)((?:(?![，。；、：“”（）由])[\p{Script=Han}A-Za-z0-9]){2,30}?)(?:联合)?(?:共同)?(主办|承办|协办)(?=[的、，。；]|单位|$)/gu

/** 河南省机关事务管理局主办、郑州市…承办: who organised it. */
export function findOrganizers(text: string): string[] {
  const out: string[] = []
  if (!/主办|承办|协办/u.test(text)) return out
  for (const m of text.matchAll(ORGANIZER)) {
    // Not split on 和: organisations are named with it (文化和旅游局).
    const name = m[1]!.replace(/^(?:由|经|今年|本次|此次|该活动|活动)/u, '')
    if (name.length >= 2 && !out.includes(name)) out.push(name)
  }
  return out
}

export interface ArticleForEvents {
  index: number
  title: string
  /** All headline lines together (引题, 主题, 副题). */
  headlineText: string
  hasHeadline: boolean
  dateline: string | null
  paragraphs: string[]
  /** People mentioned (reporters excluded), with the offsets of mentions per paragraph. */
  people: { name: string; listed: boolean }[]
  places: string[]
}

export interface EventsFound {
  events: (ParsedEvent & { timeApproximate: boolean })[]
  /** Dates written but not resolvable without an issue date: paragraph index and text. */
  unresolved: { paragraph: number; text: string }[]
}

const NOT_PRESENT_BEFORE = /(?:学习|贯彻|落实|按照|根据|关于|遵照|传达|领会|依照|践行|遵循|纪念|缅怀|引用)$/u
const PUNCT = /[，。；：！？“”‘’（）、]/u
/** Longer than any clause the role patterns read after a list (等…出席…并讲话: at most about 40 characters). */
const CLAUSE_WINDOW = 80

/** Verbs of being there in person: going, inspecting, visiting. */
const ON_SITE = '来到|走进|深入|检查|调研|察看|查看|看望|慰问|考察|视察|参观|走访|带队'
/** A participant who acts without a named role: on site, meeting someone, or speaking their mind. */
const ACTS = new RegExp(`^.{0,12}?(?:${ON_SITE}|会见|表示|指出|强调|要求|希望|提出|率)`, 'u')
const LIST_ON_SITE = new RegExp(`^、[^，。；：！？]{0,30}?(?:${ON_SITE})`, 'u')

function roleIn(paragraphs: string[], name: string, listed: boolean): ParticipantRole | null {
  let role: ParticipantRole | null = null
  // Speaking says more than attending (出席会议并讲话 is a speaker); chairing says more than both.
  const rank: Record<ParticipantRole, number> = { chair: 5, speaker: 4, attendee: 3, organizer: 2, other: 1 }
  const better = (r: ParticipantRole) => {
    if (role === null || rank[r] > rank[role]) role = r
  }
  if (listed) better('attendee')
  for (const p of paragraphs) {
    let at = p.indexOf(name)
    while (at !== -1) {
      if (!NOT_PRESENT_BEFORE.test(p.slice(Math.max(0, at - 4), at))) {
        const tail = p.slice(at + name.length, at + name.length + 16)
        const cut = tail.search(PUNCT)
        const clause = cut === -1 ? tail : tail.slice(0, cut)
        // The verb of a list is everyone's: 甲、乙出席会议并讲话 — read the clause after the list's last name.
        const listRest = /^[、，](?:[\p{Script=Han}·]{2,16}[、，])*?[\p{Script=Han}·]{2,16}?(?=(?:等[^，。；]{0,8}?)?(?:出席|参加))/u.exec(p.slice(at + name.length, at + name.length + 60))
        // Windows of bounded length, never the rest (or the start) of the paragraph: a name
        // mentioned on every line of a page-long paragraph would make this quadratic.
        const listStart = at + name.length + (listRest?.[0].length ?? 0)
        const listClause = listRest ? p.slice(listStart, listStart + CLAUSE_WINDOW).split(PUNCT)[0]! : ''
        if (/^(?:等[^，。；]{0,8}?)?(?:出席|参加)[^，。；]{0,12}?并(?:讲话|致辞|发言|作报告|作重要讲话)/u.test(clause) ||
          /^(?:等[^，。；]{0,8}?)?(?:出席|参加)[^，。；]{0,12}?并(?:讲话|致辞|发言|作报告|作重要讲话)/u.test(listClause)) better('speaker')
        if (/^.{0,8}?主持/u.test(clause) || p[at - 1] === '由') better('chair')
        else if (/^.{0,8}?(?:参加|出席|列席|参会|到会)/u.test(clause)) better('attendee')
        else if (/^.{0,4}?(?:讲话|致辞|发言|作报告|作了报告|宣讲)/u.test(clause)) better('speaker')
        else if (ACTS.test(clause)) better('other')
        // 甲、省长乙到郑州市调研: the verb after a list of people is every one's.
        else if (LIST_ON_SITE.test(p.slice(at + name.length, at + name.length + 40))) better('other')
      }
      at = p.indexOf(name, at + name.length)
    }
  }
  return role
}

function leadSentence(paragraphs: string[]): string {
  const first = paragraphs[0] ?? ''
  const s = first.split(/[。！？]/u)[0] ?? first
  return s.length > 40 ? `${s.slice(0, 40)}…` : s
}

/** The clause of a sentence that names the event (今年…首次采取线上办展形式), as its title. */
function clauseTitle(sentence: string): string {
  const clauses = sentence.split(/[，；：]/u).filter((c) => c.trim() !== '')
  const withWord = clauses.find((c) => eventTypeOf(c) !== null) ?? clauses[0] ?? sentence
  return withWord.length > 40 ? `${withWord.slice(0, 40)}…` : withWord
}

function emptyTime(): { timeOfDay: TimeOfDay | null; time: string | null; approximate: boolean } {
  return { timeOfDay: null, time: null, approximate: false }
}

/** Sentences worth giving to chrono after the lead: a clock time, or a range of days. */
const CLOCK = /[0-9一二三四五六七八九十两]\s*[点时]/u
const RANGE = /(?:至|到|—|－|-|～|~)\s*(?:[0-9一二三四五六七八九十]+\s*[年月])?[0-9一二三四五六七八九十]+\s*[日号]/u

/** 展期至11月30日 (or 本月30日), 展览将持续至…, 开放至…: the last day of an exhibition whose first day is known. */
const RUNS_UNTIL = /(?:展期|展出|展览|开放|持续|延续|活动)(?:时间)?(?:将)?(?:持续|延续)?(?:至|到)\s*((?:[0-9一二三四五六七八九十〇零]{2,4}\s*年\s*)?(?:[0-9一二三四五六七八九十]{1,2}|本|下)\s*月\s*[0-9一二三四五六七八九十]{1,3}\s*[日号])/u

function runsUntil(paragraphs: string[], reference: string | null, startDate: string): string | null {
  for (const p of paragraphs) {
    const m = RUNS_UNTIL.exec(p)
    if (!m) continue
    const end = findDates(m[1]!, reference).find((d) => d.start !== null)?.start ?? null
    // A year-less end before the start is next year's; keep it only when it reads after the start.
    if (end && end >= startDate) return end
  }
  return null
}

/** Further than any sentence that names an event reaches from its date. */
const SENTENCE_REACH = 300

/**
 * The sentence around `index`, reaching at most SENTENCE_REACH characters either way: a
 * paragraph without 。 (or without a single ！) is one long sentence, and reading all of it
 * for every date in it made a long paragraph cost the square of its length.
 */
function sentenceAround(p: string, index: number): string {
  const from = Math.max(0, index - SENTENCE_REACH)
  const before = p.slice(from, index)
  const lastEnd = Math.max(before.lastIndexOf('。'), before.lastIndexOf('！'), before.lastIndexOf('？'))
  const after = p.slice(index, index + SENTENCE_REACH)
  const end = after.search(/[。！？]/u)
  return p.slice(lastEnd === -1 ? from : from + lastEnd + 1, end === -1 ? index + after.length : index + end)
}

export function findEvents(a: ArticleForEvents, issueDate: string | null): EventsFound {
  const unresolved: EventsFound['unresolved'] = []
  const lead = leadSentence(a.paragraphs)
  const type = eventTypeOf(a.headlineText) ?? eventTypeOf(lead)
  const events: EventsFound['events'] = []
  if (type === null) return { events, unresolved }

  // 新华社北京1月4日电 … 今天下午: a dispatch's 今天 is its dateline's day, not the issue's.
  const datelineDate = a.dateline ? (findDates(a.dateline, issueDate).find((d) => d.start !== null) ?? null) : null
  const reference = datelineDate?.start ?? issueDate

  // The event's date: the first date in the first two paragraphs, else the dateline's.
  let date: FoundDate | null = null
  for (let i = 0; i < Math.min(2, a.paragraphs.length) && !date; i++) {
    date = findDates(a.paragraphs[i]!, reference, undefined, true).find((d) => d.start !== null || d.unresolved) ?? null
    if (date?.unresolved) unresolved.push({ paragraph: i, text: date.text })
  }
  if (!date) date = datelineDate
  const when = date ? { timeOfDay: date.timeOfDay, time: date.time, approximate: date.approximate } : emptyTime()
  if (!when.time) {
    // A bare time later in the article (晚上10点多) belongs to the event's day.
    let bare: FoundDate | undefined
    for (let i = 0; i < a.paragraphs.length && !bare; i++) {
      bare = findDates(a.paragraphs[i]!, reference, CLOCK).find((d) => d.start === null && !d.unresolved && d.time !== null)
    }
    if (bare && (when.timeOfDay === null || when.timeOfDay === bare.timeOfDay)) {
      when.time = bare.time
      when.timeOfDay ??= bare.timeOfDay
      when.approximate = bare.approximate
    }
  }
  const participants: EventParticipant[] = []
  for (const p of a.people) {
    const role = roleIn(a.paragraphs, p.name, p.listed)
    if (role) participants.push({ name: p.name, role })
  }
  const text = a.paragraphs.join('\n')
  const startDate = date?.start ?? null
  events.push({
    title: a.hasHeadline ? a.title : lead,
    type,
    startDate,
    // An exhibition's run is the event; a launch (宣传周…启动，将持续到…) is one day, whatever it opens.
    endDate: date?.end ?? (startDate && type === 'exhibition' ? runsUntil(a.paragraphs, reference, startDate) : null),
    timeOfDay: when.timeOfDay,
    time: when.time,
    timeApproximate: when.approximate,
    locations: a.places,
    organizers: findOrganizers(text),
    participants,
    articles: [a.index],
  })

  // Further events: a sentence with a date range and its own event word (an exhibition's run).
  a.paragraphs.forEach((p, pi) => {
    if (!RANGE.test(p)) return
    for (const d of findDates(p, reference, RANGE)) {
      if (d.unresolved) unresolved.push({ paragraph: pi, text: d.text })
      if (d.end === null || (date && d.index === date.index && pi < 2)) continue
      const sentence = sentenceAround(p, d.index)
      const t = eventTypeOf(sentence)
      if (t === null) continue
      events.push({
        title: clauseTitle(sentence.trim()),
        type: t,
        startDate: d.start,
        endDate: d.end,
        timeOfDay: d.timeOfDay,
        time: d.time,
        timeApproximate: d.approximate,
        locations: [],
        organizers: findOrganizers(sentence),
        participants: [],
        articles: [a.index],
      })
    }
  })
  return { events, unresolved }
}
