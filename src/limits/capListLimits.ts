import type { CollectionBeforeOperationHook } from 'payload'
import { MAX_LIST_LIMIT } from './requestLimits'

type JoinParams = { limit?: number } & Record<string, unknown>

/** A limit a client may ask for: 0 ("all"), missing-with-pagination-off and huge ones become the cap. */
function capped(limit: unknown): number {
  const value = typeof limit === 'number' ? limit : Number(limit)
  return Number.isFinite(value) && value > 0 ? Math.min(value, MAX_LIST_LIMIT) : MAX_LIST_LIMIT
}

/**
 * Caps how many documents a read over REST or GraphQL returns: `limit=0` or `pagination=false`
 * (Payload: "every document"), limits above MAX_LIST_LIMIT, and the same for join fields
 * (`joins[mentionedIn][limit]=0`; GraphQL asks a join without `limit` for every document).
 * Payload 3.90 has no `maxLimit` option (checked in node_modules/payload/dist). The Local API
 * (importer, scripts, the admin's server-side code) is trusted and left alone.
 */
// Typed for any collection: the hook reads only the arguments every read shares.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const capListLimits: CollectionBeforeOperationHook<any> = ({ args, operation, req }) => {
  if (operation !== 'read' || !req || req.payloadAPI === 'local') return args
  // Server code reading on its own behalf (e.g. hidePositionsFromDrafts) is not a client's list.
  if ((args as { overrideAccess?: boolean }).overrideAccess === true) return args
  const next = { ...args } as unknown as {
    limit?: number
    pagination?: boolean
    joins?: false | Record<string, JoinParams | false>
  }
  if ('limit' in next || 'pagination' in next) {
    const unbounded = next.pagination === false || next.limit === 0
    if (unbounded || (typeof next.limit === 'number' && next.limit > MAX_LIST_LIMIT)) {
      next.limit = capped(unbounded ? 0 : next.limit)
      next.pagination = true
    }
  }
  if (next.joins && typeof next.joins === 'object') {
    next.joins = Object.fromEntries(
      Object.entries(next.joins).map(([path, join]) => [
        path,
        join && typeof join === 'object' && (join.limit === 0 || (join.limit ?? 0) > MAX_LIST_LIMIT)
          ? { ...join, limit: capped(join.limit) }
          : join,
      ]),
    )
  }
  return next as unknown as typeof args
}
