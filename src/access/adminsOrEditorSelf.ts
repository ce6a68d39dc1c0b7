import type { Access } from 'payload'
import { hasRole } from './roles'

/**
 * Changing an account: admins change any; an editor changes only their own (name, email,
 * password, API key: people who write the paper keep their own login in order). A reader
 * changes nothing, not even itself: a reader is an API key for a consumer site, and a key
 * that could rewrite its own account (email, password, a new key) would be a key that writes.
 */
export const adminsOrEditorSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  if (hasRole(user, 'editor')) return { id: { equals: user.id } }
  return false
}
