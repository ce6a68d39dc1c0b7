import * as chrono from 'chrono-node'
import type { TimeOfDay } from './types'

/**
 * Dates and times in a sentence. chrono-node reads the Chinese forms
 * (8月30日, 昨日, 一九九八年一月一日, 8月30日至9月3日); this thin layer adds
 * what it gets wrong or leaves out (see docs/chinese-text-libraries.md):
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
    for (const d of findDatesInSentence(m[0], issueDate)) out.push({ ...d, index: d.index + m.index! })
    if (firstOnly && out.some((d) => d.start !== null || d.unresolved)) break
  }
  return out
}

function findDatesInSentence(sentence: string, issueDate: string | null): FoundDate[] {
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
  return out
}
