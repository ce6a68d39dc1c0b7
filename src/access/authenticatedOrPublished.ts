import type { Access } from 'payload'

/**
 * Logged-in users (any role, readers included) see drafts; anonymous visitors get a
 * query constraint instead of `true`, because Payload serves drafts to anyone whose
 * read access is `true` (measured: drafts are public by default).
 */
export const authenticatedOrPublished: Access = ({ req: { user } }) => {
  if (user) return true
  return { _status: { equals: 'published' } }
}
