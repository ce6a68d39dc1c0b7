/** A calendar date YYYY-MM-DD that exists (2021-02-30 does not). */
export function isValidIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s)
  if (!m) return false
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3])
}

/** The issue date written in a file name: zhengzhou-daily-2021-08-31.txt or rmrb_19980104.txt. */
export function issueDateFromFileName(path: string): string | null {
  const base = path.split(/[\\/]/).pop() ?? path
  const dashed = /(?<!\d)(\d{4})[-_.](\d{2})[-_.](\d{2})(?!\d)/.exec(base)
  const compact = /(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)/.exec(base)
  for (const m of [dashed, compact]) {
    if (!m) continue
    const iso = `${m[1]}-${m[2]}-${m[3]}`
    if (isValidIsoDate(iso) && Number(m[1]) >= 1900) return iso
  }
  return null
}
