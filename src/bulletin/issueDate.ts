/** A calendar date YYYY-MM-DD that exists (2021-02-30 does not). */
export function isValidIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s)
  if (!m) return false
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3])
}

/** The years an issue date may fall in: printed papers, not year 0000 or 9999. */
export const ISSUE_YEARS = { first: 1900, last: 2100 } as const

/**
 * What an issue date may be, for `parse` and `import` alike (and the parser itself): a real
 * calendar date as YYYY-MM-DD in ISSUE_YEARS.
 */
export function isValidIssueDate(s: string): boolean {
  const year = Number(s.slice(0, 4))
  return isValidIsoDate(s) && year >= ISSUE_YEARS.first && year <= ISSUE_YEARS.last
}

/** More than a day after `today` (both YYYY-MM-DD; a day's grace for time zones and tomorrow's paper). */
export function isFutureIssueDate(issueDate: string, today: string): boolean {
  return Date.parse(`${issueDate}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`) > 86_400_000
}

/** The issue date written in a file name: zhengzhou-daily-2021-08-31.txt or rmrb_19980104.txt. */
export function issueDateFromFileName(path: string): string | null {
  const base = path.split(/[\\/]/).pop() ?? path
  const dashed = /(?<!\d)(\d{4})[-_.](\d{2})[-_.](\d{2})(?!\d)/.exec(base)
  const compact = /(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)/.exec(base)
  for (const m of [dashed, compact]) {
    if (!m) continue
    const iso = `${m[1]}-${m[2]}-${m[3]}`
    if (isValidIssueDate(iso)) return iso
  }
  return null
}
