import { commitTransaction, initTransaction, killTransaction, type Endpoint, type PayloadRequest } from 'payload'
import { hasRole } from '../../../access/roles'

/** Publishes every draft article of one page, all or none: the result of `POST /api/bulletins/:id/publish`. */
export interface PublishPageResult {
  bulletin: string | number
  /** Articles that were drafts and are now published. */
  published: Array<string | number>
  /** Articles of the page that were published already. */
  alreadyPublished: Array<string | number>
}

/**
 * Publishes all that page's draft articles in one transaction. Payload does not
 * authenticate custom endpoints: this one answers 401 to anonymous callers and 403 to
 * anyone but editors and admins, and then reads and writes with the caller's own access.
 */
export async function publishPage(req: PayloadRequest, id: string | number): Promise<PublishPageResult> {
  const { payload } = req
  const bulletin = await payload.findByID({ collection: 'bulletins', id, depth: 0, req, overrideAccess: false, select: { articles: true } })
  const articleIds = ((bulletin.articles ?? []) as Array<number | string | { id: number | string }>).map((item) => (typeof item === 'object' ? item.id : item))
  const result: PublishPageResult = { bulletin: bulletin.id, published: [], alreadyPublished: [] }
  if (!articleIds.length) return result
  // The latest version of each (an editor's unpublished edits included) is what gets published.
  const latest = await payload.find({
    collection: 'articles',
    where: { id: { in: articleIds } },
    draft: true,
    depth: 0,
    pagination: false,
    req,
    overrideAccess: false,
    select: { _status: true },
  })
  for (const article of latest.docs) {
    if (article._status === 'published') {
      result.alreadyPublished.push(article.id)
      continue
    }
    await payload.update({ collection: 'articles', id: article.id, data: { _status: 'published' }, draft: false, depth: 0, req, overrideAccess: false })
    result.published.push(article.id)
  }
  return result
}

export const publishPageEndpoint: Endpoint = {
  path: '/:id/publish',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return Response.json({ errors: [{ message: 'Log in as an editor to publish a page.' }] }, { status: 401 })
    if (!hasRole(req.user, 'editor', 'admin')) return Response.json({ errors: [{ message: 'Only editors and admins may publish a page.' }] }, { status: 403 })
    const id = req.routeParams?.id as string | undefined
    if (!id) return Response.json({ errors: [{ message: 'No bulletin id.' }] }, { status: 400 })
    const ownTransaction = await initTransaction(req)
    try {
      const result = await publishPage(req, id)
      if (ownTransaction) await commitTransaction(req)
      return Response.json(result)
    } catch (error) {
      if (ownTransaction) await killTransaction(req)
      const status = (error as { status?: number }).status ?? 500
      return Response.json({ errors: [{ message: error instanceof Error ? error.message : String(error) }] }, { status })
    }
  },
}
