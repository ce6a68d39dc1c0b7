import type { CollectionBeforeValidateHook } from 'payload'

/** The day part of a date value (ISO string or Date), or null when there is none. */
function isoDay(value: unknown): string | null {
  if (!value) return null
  const date = new Date(value as string)
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10)
}

/**
 * Builds a stable slug from where the article was printed: issue date, the first 8 hex
 * digits of the page file's SHA-256 (so two papers of the same day do not collide) and
 * the 1-based position on the page. Returns null when there is not enough to go on.
 */
export function slugFromSource(data: {
  issueDate?: unknown
  source?: { sha256?: string | null; position?: number | null } | null
}): string | null {
  const day = isoDay(data.issueDate)
  const position = data.source?.position
  if (!day || typeof position !== 'number') return null
  const page = data.source?.sha256 ? `${data.source.sha256.slice(0, 8)}-` : ''
  return `${day}-${page}${String(position + 1).padStart(2, '0')}`
}

/** Fills `slug` when an editor or the importer left it empty. */
export const deriveSlug: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  if (!data || data.slug) return data
  const merged = { ...originalDoc, ...data }
  if (merged.slug) return data
  const slug = slugFromSource(merged)
  return slug ? { ...data, slug } : data
}
