import { DIVISION_SUFFIXES, PEOPLES } from '../vocabulary'

/**
 * The short form papers print for a division: its name without the level
 * (郑州市 → 郑州, 河南省 → 河南) and, for an autonomous division, without the
 * peoples it is named for (广西壮族自治区 → 广西, 湘西土家族苗族自治州 → 湘西,
 * 新疆维吾尔自治区 → 新疆). Null when nothing of two characters or more is left
 * (a one-character short form, 和 of 和县, is never read: too many words).
 */
const PEOPLE_ALTERNATION = [...PEOPLES].sort((a, b) => b.length - a.length).join('|')
const TRAILING_PEOPLE = new RegExp(`(?:${PEOPLE_ALTERNATION})族?$`, 'u')

export function shortForm(name: string): string | null {
  const suffix = DIVISION_SUFFIXES.find((s) => name.endsWith(s) && name.length > s.length)
  if (!suffix) return null
  let stem = name.slice(0, -suffix.length)
  if (suffix.startsWith('自治')) {
    // Several peoples may be named (土家族苗族): strip them one by one, keeping at least two characters.
    for (let m = stem.match(TRAILING_PEOPLE); m && stem.length - m[0].length >= 2; m = stem.match(TRAILING_PEOPLE)) {
      stem = stem.slice(0, -m[0].length)
    }
  }
  return stem.length >= 2 ? stem : null
}

/**
 * Resolve an ambiguous short form in context: of its candidate divisions, the
 * one in a province the page names (朝阳 on a page about 北京 → 朝阳区), else null.
 */
export function resolveInContext(candidates: { name: string; province?: string }[], pageProvinces: Set<string>): string | null {
  const inPage = candidates.filter((c) => c.province !== undefined && pageProvinces.has(c.province))
  return inPage.length === 1 ? inPage[0]!.name : null
}
