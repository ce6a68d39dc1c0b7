import type { ParseWarning } from './types'

/**
 * Dates and times no calendar or clock has (2月30日, 13月5日, 25时70分). chrono-node reads
 * none of them (the event's date or time stays null), silently; this says so, on the line.
 */
const MONTH_DAY = /(?:(\d{4})\s*年\s*)?(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/gu
const CLOCK = /(?<!\d)(\d{1,2})\s*[时点]\s*(\d{1,2})\s*分/gu

function realMonthDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** `year`: the issue date's (for 2月29日); a leap year when unknown, so only what no year has is flagged. */
export function impossibleDates(text: string, line: number, year: number | null): ParseWarning[] {
  const out: ParseWarning[] = []
  if (!/[月时点]/u.test(text)) return out
  for (const m of text.matchAll(MONTH_DAY)) {
    if (!realMonthDay(m[1] ? Number(m[1]) : (year ?? 2000), Number(m[2]), Number(m[3]))) {
      out.push({ code: 'date-impossible', message: `"${m[0]}" is not a date on any calendar; left null.`, line })
    }
  }
  for (const m of text.matchAll(CLOCK)) {
    if (Number(m[1]) > 24 || Number(m[2]) > 59) out.push({ code: 'date-impossible', message: `"${m[0]}" is not a time of day; left null.`, line })
  }
  return out
}
