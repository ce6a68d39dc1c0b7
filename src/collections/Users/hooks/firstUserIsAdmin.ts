import type { CollectionBeforeChangeHook } from 'payload'

/**
 * The first account ever created (the "create first user" screen) becomes an admin,
 * whatever roles were sent: otherwise a fresh install would have nobody able to manage users.
 */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
  if (totalDocs === 0) return { ...data, roles: ['admin'] }
  return data
}
