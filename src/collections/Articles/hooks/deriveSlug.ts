import { ValidationError, type CollectionBeforeValidateHook, type PayloadRequest, type Where } from 'payload'
import { isoDay, readableSlug } from './readableSlug'

/** Suffixes tried (-2 … -5) before falling back to the page-position form. */
const MAX_SUFFIX = 5

/**
 * The older, positional form: issue date, the first 8 hex digits of the page file's SHA-256
 * and the 1-based position on the page. The last resort when the readable form and its
 * numbered variants are all taken.
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

async function taken(req: PayloadRequest, slug: string, self: unknown): Promise<boolean> {
  const where: Where = self === undefined || self === null ? { slug: { equals: slug } } : { and: [{ slug: { equals: slug } }, { id: { not_equals: self } }] }
  const { totalDocs } = await req.payload.count({ collection: 'articles', where, overrideAccess: true, req })
  return totalDocs > 0
}

/**
 * The first free slug among the readable form, its numbered variants and the positional
 * form (at most MAX_SUFFIX + 1 small indexed queries). The slug is unique across the whole
 * collection (hence per publication too): two papers of one day with one headline get -2.
 * Two importers racing for one slug still collide on the unique index; the importer retries
 * the page, and its fresh read then sees the other's slug.
 */
async function freeSlug(req: PayloadRequest, data: Record<string, unknown>, self: unknown): Promise<string | null> {
  const base = readableSlug(data.issueDate, data.title)
  const candidates = base ? [base, ...Array.from({ length: MAX_SUFFIX - 1 }, (_, i) => `${base}-${i + 2}`)] : []
  for (const candidate of candidates) if (!(await taken(req, candidate, self))) return candidate
  return slugFromSource(data) ?? base
}

/**
 * Fills `slug` when an editor or the importer left it empty, and keeps it once the article
 * is published: a published address is linked from elsewhere and must not break. While a
 * draft, the slug is kept once set too (an import re-run never rewrites it, so re-importing
 * gives the same slug); an editor may type another one.
 */
export const deriveSlug: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  if (!data) return data
  const before = originalDoc as { slug?: string | null; _status?: string; id?: unknown } | undefined
  if (before?.slug && before._status === 'published' && data.slug !== undefined && data.slug !== before.slug) {
    throw new ValidationError(
      {
        collection: 'articles',
        errors: [{ path: 'slug', message: `已发布文章的网址标识不能修改 / a published article keeps its slug (${before.slug})` }],
      },
      req.t,
    )
  }
  if (data.slug) return data
  const merged = { ...originalDoc, ...data }
  if (merged.slug) return data
  const slug = await freeSlug(req, merged, before?.id)
  return slug ? { ...data, slug } : data
}
