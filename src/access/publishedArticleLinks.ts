import type { PayloadRequest } from 'payload'

type Id = number | string
type LinkField = 'events' | 'people' | 'reporters'

/**
 * The ids that published articles link to in the given relationship fields, read once per
 * request (cached on req.context): one query over the published articles, reading only those
 * columns. Used by the read access of people and events, which become public through a
 * published article.
 *
 * Why ids and not a `where` through the join fields (`{ 'mentionedIn._status': … }`): that
 * form works on a direct /api/people or /api/events query, but db-drizzle 3.90.2 builds invalid
 * SQL ("no such column: events.id") when the constrained collection is itself reached through
 * a join or a relationship query (a person's `events` join; `/api/articles?where[people.name]…`),
 * which then answer 500. The id list is plain `in`, which every adapter handles.
 */
export async function publishedArticleLinks(req: PayloadRequest, fields: LinkField[]): Promise<Id[]> {
  const key = `publishedArticleLinks:${fields.join(',')}`
  const cached = req.context[key] as Id[] | undefined
  if (cached) return cached
  const reporting = await req.payload.find({
    collection: 'articles',
    where: {
      and: [{ _status: { equals: 'published' } }, { or: fields.map((field) => ({ [field]: { exists: true } })) }],
    },
    select: Object.fromEntries(fields.map((field) => [field, true])),
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const found = new Set<Id>()
  for (const article of reporting.docs as unknown as Array<Record<string, unknown>>) {
    for (const field of fields) {
      for (const link of (article[field] as Array<Id | { id: Id }> | null | undefined) ?? []) {
        found.add(typeof link === 'object' ? link.id : link)
      }
    }
  }
  const ids = [...found]
  req.context[key] = ids
  return ids
}
