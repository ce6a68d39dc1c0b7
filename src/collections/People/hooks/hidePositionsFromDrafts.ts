import type { CollectionAfterReadHook } from 'payload'

type Id = number | string
type PositionRow = { article?: Id | { id: Id } | null } & Record<string, unknown>

const CACHE_KEY = 'publishedArticleIds'

function articleId(row: PositionRow): Id | null {
  const value = row.article
  if (value === null || value === undefined) return null
  return typeof value === 'object' ? value.id : value
}

/**
 * For anonymous readers, drops the positions a person was seen holding in articles that are
 * not published (a title and an office from a draft are as unpublished as the draft).
 * A position an editor entered without an article stays. Logged-in users, and server code
 * reading with access overridden, see every row.
 * Which articles are published is asked once per request and article (cached on
 * req.context), so a list of people costs one small query per person at most.
 */
export const hidePositionsFromDrafts: CollectionAfterReadHook = async ({ doc, overrideAccess, req }) => {
  // Trusted reads (the importer, scripts: Local API with access overridden) see every row, or
  // the importer would take the hidden rows for an editor's deletion.
  if (overrideAccess === true || req.user || !Array.isArray(doc?.positions) || doc.positions.length === 0) return doc
  const rows = doc.positions as PositionRow[]
  const cache = ((req.context[CACHE_KEY] as Map<string, boolean> | undefined) ??= new Map())
  const unknown = [...new Set(rows.map(articleId).filter((id): id is Id => id !== null))].filter(
    (id) => !cache.has(String(id)),
  )
  if (unknown.length > 0) {
    const published = await req.payload.find({
      collection: 'articles',
      where: { and: [{ id: { in: unknown } }, { _status: { equals: 'published' } }] },
      select: {},
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    const ids = new Set(published.docs.map((article) => String(article.id)))
    for (const id of unknown) cache.set(String(id), ids.has(String(id)))
  }
  return {
    ...doc,
    positions: rows.filter((row) => {
      const id = articleId(row)
      return id === null || cache.get(String(id)) === true
    }),
  }
}
