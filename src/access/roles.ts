/**
 * The three roles of the newsroom. `reader` is for API-key consumers: it may read
 * (drafts included) but never write.
 */
export const ROLES = ['admin', 'editor', 'reader'] as const
export type Role = (typeof ROLES)[number]

/**
 * True when the user holds at least one of the given roles. Takes any user shape (server
 * `req.user`, the admin's client user) since all carry `roles` from the users collection.
 */
export function hasRole(user: unknown, ...roles: Role[]): boolean {
  const held = (user as { roles?: unknown } | null | undefined)?.roles
  return Array.isArray(held) && held.some((role) => (roles as string[]).includes(role))
}
