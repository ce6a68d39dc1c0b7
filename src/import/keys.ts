/**
 * Stable import keys: the identity of an imported record, derived only from its source,
 * so the same page always maps to the same records (idempotent re-import) and two
 * processes importing at once collide on `import-records.key` (unique) instead of
 * creating duplicates.
 */
import { normalizeNameKey } from '../bulletin/normalize'

/** Title form used in keys: NFKC, no whitespace, no punctuation or symbols, lower case. */
export function normalizeTitleKey(title: string): string {
  return title
    .normalize('NFKC')
    .replace(/[\s\p{P}\p{S}]+/gu, '')
    .toLowerCase()
}

/**
 * An article: publication + issue date + normalised title + the title's occurrence on the
 * page (0 for the first article with that title).
 *
 * The brief suggested the position on the page instead of the occurrence. Position alone
 * shifts every following key when a corrected page gains or loses an article, and the
 * importer would then pour one article's text into another's record; the occurrence
 * number only disambiguates repeated titles (两则"简讯") and is stable under such shifts.
 * The position is still stored, in `source.position`.
 */
export function articleKey(publication: string | null, issueDate: string, title: string, occurrence: number): string {
  return `article:${publication ?? ''}|${issueDate}|${normalizeTitleKey(title)}|${occurrence}`
}

/** A person: the normalised name (the same function fills `people.nameKey`). */
export function personKey(name: string): string {
  return `person:${normalizeNameKey(name)}`
}

/** An event: its date (start date, else the issue date) + normalised title. */
export function eventKey(date: string, title: string): string {
  return `event:${date}|${normalizeTitleKey(title)}`
}

export { normalizeNameKey }
