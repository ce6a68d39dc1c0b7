import { pinyin } from 'pinyin-pro'

/** Longest title part of a slug, in characters: an address stays typeable for a long headline. */
export const SLUG_TITLE_MAX = 60

/** The day part of a date value (ISO string or Date), or null when there is none. */
export function isoDay(value: unknown): string | null {
  if (!value) return null
  const date = new Date(value as string)
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10)
}

/**
 * A title as URL words: Chinese characters in toneless pinyin, one word per syllable
 * (兰江新桥通车 → lan-jiang-xin-qiao-tong-che), Latin letters and digits kept (NFKC first, so
 * ＡＰＥＣ → apec), everything else a separator. Cut at a word boundary after SLUG_TITLE_MAX.
 */
export function titleWords(title: string): string {
  const syllables = pinyin(title.normalize('NFKC'), { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
  const words = syllables
    .join(' ')
    .toLowerCase()
    .split(/[^a-z0-9]+/u)
    .filter(Boolean)
  let out = ''
  for (const word of words) {
    const next = out ? `${out}-${word}` : word
    if (next.length > SLUG_TITLE_MAX) return out || word.slice(0, SLUG_TITLE_MAX)
    out = next
  }
  return out
}

/** `2024-03-12-lan-jiang-xin-qiao-tong-che`, or null without an issue date or a readable title. */
export function readableSlug(issueDate: unknown, title: unknown): string | null {
  const day = isoDay(issueDate)
  const words = typeof title === 'string' ? titleWords(title) : ''
  return day && words ? `${day}-${words}` : null
}
