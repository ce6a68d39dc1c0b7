import * as chrono from 'chrono-node'
import type { TimeOfDay } from './types'
import { boundedMemo } from './memo'

/**
 * Dates and times in a sentence. chrono-node reads the Chinese forms
 * (8月30日, 昨日, 一九九八年一月一日, 8月30日至9月3日); this thin layer adds
 * what it gets wrong or leaves out (measured against chrono-node 2.10.3 on our pages):
 * 晚/晚上 after a date is the evening of that date (chrono moves 晚上 to the
 * reference day), 多/左右/许 make a time approximate, a bare time belongs to
 * the date already in the sentence, the issue date is the reference, and a
 * year-less date well after the issue date is last year's.
 */

export interface FoundDate {
  index: number
  text: string
  /** YYYY-MM-DD; null for a bare time or when unresolvable without an issue date. */
  start: string | null
  end: string | null
  timeOfDay: TimeOfDay | null
  time: string | null
  approximate: boolean
  /** A date was written but cannot be resolved (relative or year-less without an issue date). */
  unresolved: boolean
}

const MAYBE_DATE = /[0-9一二三四五六七八九十〇零两][\s]*[年月日号时点]|[昨今明前]天|[昨今明]日|[昨今明]晚|上午|下午|晚上|凌晨|中午|傍晚|本月|上月|去年|今年|前日|当晚|当天|当日/u
const TIME_WORDS: [RegExp, TimeOfDay][] = [
  [/^(?:晚上|晚间|夜间|深夜|当晚|傍晚|晚|夜)/u, 'evening'],
  [/^(?:上午|早上|早晨|清晨|凌晨|早)/u, 'morning'],
  [/^(?:下午|中午|午后)/u, 'afternoon'],
]
const APPROX_AFTER = /^(?:多|余|左右|许|前后)/u
const APPROX_BEFORE = /(?:约|大约|大概|将近|近)$/u

function ref(issueDate: string): chrono.ParsingReference {
  return { instant: new Date(`${issueDate}T12:00:00+08:00`), timezone: 480 }
}

const pad = (n: number) => String(n).padStart(2, '0')

function ymd(c: chrono.ParsedComponents): string {
  return `${c.get('year')}-${pad(c.get('month')!)}-${pad(c.get('day')!)}`
}

function timeOfDayWord(s: string): TimeOfDay | null {
  for (const [re, tod] of TIME_WORDS) if (re.test(s)) return tod
  return null
}

function shiftYear(date: string, years: number): string {
  return `${Number(date.slice(0, 4)) + years}${date.slice(4)}`
}

function daysBetween(a: string, b: string): number {
  return (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86400000
}

/**
 * chrono-node 2.10 reads no 本月15日 / 上月 / 下月: each is rewritten to the year and
 * month it means against the issue date before chrono reads the sentence, and the
 * results' offsets are mapped back to the sentence as printed.
 */
const RELATIVE_MONTH = /([本上下])月(?=[0-9一二三四五六七八九十两]{1,3}[日号])/gu
const MONTH_STEP: Record<string, number> = { 本: 0, 上: -1, 下: 1 }

function resolveRelativeMonths(sentence: string, issueDate: string): { text: string; toPrinted: (index: number) => number } {
  const shifts: Array<{ at: number; delta: number }> = []
  let text = ''
  let last = 0
  for (const m of sentence.matchAll(RELATIVE_MONTH)) {
    const months = Number(issueDate.slice(0, 4)) * 12 + Number(issueDate.slice(5, 7)) - 1 + MONTH_STEP[m[1]!]!
    const replacement = `${Math.floor(months / 12)}年${(months % 12) + 1}月`
    text += sentence.slice(last, m.index) + replacement
    shifts.push({ at: text.length, delta: replacement.length - m[0].length })
    last = m.index! + m[0].length
  }
  if (!shifts.length) return { text: sentence, toPrinted: (index) => index }
  text += sentence.slice(last)
  return { text, toPrinted: (index) => index - shifts.filter((shift) => shift.at <= index).reduce((sum, shift) => sum + shift.delta, 0) }
}

/** 12月30日至31日: chrono reads the start only; the end's day is in the start's month, or the next. */
const DAY_ONLY_END = /^\s*(?:至|到|—+|－|-|~|～)\s*([0-9]{1,2})\s*[日号]/u

function endOnDay(start: string, day: number): string | null {
  const startDay = Number(start.slice(8, 10))
  if (day < 1 || day > 31 || day === startDay) return null
  const date = new Date(`${start.slice(0, 8)}01T00:00:00Z`)
  if (day < startDay) date.setUTCMonth(date.getUTCMonth() + 1)
  date.setUTCDate(day)
  return date.getUTCDate() === day ? date.toISOString().slice(0, 10) : null
}

/** Two references far apart: a date that reads differently against them depends on the reference. */
const PROBE_A = '2001-03-15'
const PROBE_B = '2013-10-20'

/**
 * Dates in a paragraph: chrono runs only on the sentences that may hold one
 * (and match `only` when given; chrono is the slowest stage otherwise),
 * stopping at the first sentence with a date when `firstOnly`; offsets are
 * kept paragraph-wide.
 */
export function findDates(paragraph: string, issueDate: string | null, only?: RegExp, firstOnly = false): FoundDate[] {
  if (!MAYBE_DATE.test(paragraph)) return []
  const out: FoundDate[] = []
  const sentence = /[^。！？；]+[。！？；]*/gu
  for (const m of paragraph.matchAll(sentence)) {
    if (!MAYBE_DATE.test(m[0]) || (only && !only.test(m[0]))) continue
    for (const d of datesInSentence(m[0], issueDate)) out.push({ ...d, index: d.index + m.index! })
    if (firstOnly && out.some((d) => d.start !== null || d.unresolved)) break
  }
  return out
}

/**
 * The events layer reads the same lead paragraphs more than once (the event's date, then a bare
 * time, then a date range), and chrono is the slowest stage: a sentence's dates are kept for the
 * next call with the same reference. The answer depends on the sentence and the reference only;
 * the kept objects are never handed out (findDates copies them), and the memo is emptied when it
 * fills, so memory stays flat however many pages a process parses.
 */
const datesByKey = boundedMemo(512, (key) => {
  const split = key.indexOf('\u0000')
  return findDatesInSentence(key.slice(split + 1), key.slice(0, split) || null)
})
function datesInSentence(printed: string, issueDate: string | null): FoundDate[] {
  return datesByKey(`${issueDate ?? ''}\u0000${printed}`)
}

function findDatesInSentence(printed: string, issueDate: string | null): FoundDate[] {
  const { text: sentence, toPrinted } = issueDate ? resolveRelativeMonths(printed, issueDate) : { text: printed, toPrinted: (index: number) => index }
  let results: chrono.ParsedResult[]
  let probe: chrono.ParsedResult[] | null = null
  try {
    results = chrono.zh.hans.parse(sentence, ref(issueDate ?? PROBE_A))
    if (!issueDate) probe = chrono.zh.hans.parse(sentence, ref(PROBE_B))
  } catch {
    return []
  }
  const out: FoundDate[] = []
  for (let r = 0; r < results.length; r++) {
    const res = results[r]!
    const text = res.text.replace(/[，,。、；\s]+$/u, '')
    const after = sentence.slice(res.index + text.length)
    const before = sentence.slice(0, res.index)
    // A part of day alone (晚上) is no date of its own, though chrono gives it the reference day.
    const partOfDayOnly = /^(?:晚上|晚间|夜间|夜里|上午|下午|中午|早上|早晨|清晨|凌晨|傍晚|晚|夜)$/u.test(text)
    const hasDay = !partOfDayOnly && (res.start.isCertain('day') || res.start.isCertain('weekday') || /[昨今明前]|当天|当日|当晚/u.test(text))
    const hasHour = res.start.isCertain('hour')
    // chrono reads 第一时间 and 一时 as 01:00: a bare time needs digits, 点/分 or a part of day.
    if (!hasDay && hasHour && (!/[0-9]|点|分|午|晚|凌晨|早/u.test(text) || /第$/u.test(before))) continue
    let start: string | null = hasDay ? ymd(res.start) : null
    let end: string | null = hasDay && res.end ? ymd(res.end) : null
    if (start && !end) {
      const range = DAY_ONLY_END.exec(after)
      if (range) end = endOnDay(start, Number(range[1]))
    }
    let unresolved = false
    if (hasDay && !issueDate) {
      const twin = probe?.find((p) => p.index === res.index)
      const dependent = !twin || ymd(twin.start) !== start || (res.end && twin.end && ymd(twin.end) !== end)
      if (dependent) {
        start = null
        end = null
        unresolved = true
      }
    } else if (hasDay && issueDate && !res.start.isCertain('year') && start && daysBetween(issueDate, start) > 60) {
      start = shiftYear(start, -1)
      if (end) end = shiftYear(end, -1)
    }
    let timeOfDay = timeOfDayWord(after) ?? timeOfDayWord(text.replace(/^[^上下晚早凌中午傍夜]*/u, ''))
    let time: string | null = null
    if (hasHour) {
      const h = res.start.get('hour')!
      time = `${pad(h)}:${pad(res.start.get('minute') ?? 0)}`
      timeOfDay ??= timeOfDayWord(text) ?? (h < 12 ? 'morning' : h < 18 ? 'afternoon' : 'evening')
    } else if (!hasDay) {
      // chrono read a bare 晚上 / 上午 as a date on the reference day: keep only the part of day.
      timeOfDay ??= timeOfDayWord(text)
    }
    const approximate = hasHour && (APPROX_AFTER.test(after) || APPROX_BEFORE.test(before))
    // 8月30日晚上 comes back as two results; fold the second into the first.
    const prev = out[out.length - 1]
    if (!hasDay && prev && prev.start !== null && sentence.slice(prev.index + prev.text.length, res.index).trim() === '') {
      prev.timeOfDay ??= timeOfDay
      prev.time ??= time
      prev.approximate ||= approximate
      continue
    }
    out.push({ index: res.index, text, start, end, timeOfDay, time, approximate, unresolved })
  }
  // Without an issue date a relative month cannot be resolved, but it was written.
  if (!issueDate) {
    for (const m of printed.matchAll(/[本上下]月[0-9一二三四五六七八九十两]{1,3}[日号]/gu)) {
      out.push({ index: m.index!, text: m[0], start: null, end: null, timeOfDay: null, time: null, approximate: false, unresolved: true })
    }
  }
  if (sentence === printed) return out
  return out.map((found) => {
    const index = toPrinted(found.index)
    return { ...found, index, text: printed.slice(index, toPrinted(found.index + found.text.length)) }
  })
}
