import type { Access, FieldAccess } from 'payload'
import { hasRole } from './roles'

/** Only users with the `admin` role. */
export const admins: Access = ({ req: { user } }) => hasRole(user, 'admin')

/** Field-level variant: only admins may set the field (e.g. a user's roles). */
export const adminsFieldLevel: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')
