import type { Access } from 'payload'
import { hasRole } from './roles'

/** Writing content needs an editor or an admin; readers (API keys) never write. */
export const editorsOrAdmins: Access = ({ req: { user } }) => hasRole(user, 'editor', 'admin')
