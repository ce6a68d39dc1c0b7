import type { Access } from 'payload'

/** Any logged-in user or API key, whatever the role. */
export const authenticated: Access = ({ req: { user } }) => Boolean(user)
