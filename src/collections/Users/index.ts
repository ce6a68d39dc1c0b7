import type { CollectionConfig } from 'payload'
import { admins, adminsFieldLevel } from '../../access/admins'
import { adminsOrEditorSelf } from '../../access/adminsOrEditorSelf'
import { adminsOrSelf } from '../../access/adminsOrSelf'
import { ROLES } from '../../access/roles'
import { capListLimits } from '../../limits/capListLimits'
import { evenLoginTiming } from './hooks/evenLoginTiming'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'

/**
 * Whether someone is signed in: not on the create-first-user screen. Payload renders every
 * field of the users collection there, its API-key fields included, although the edit
 * view keeps them in its own API-key panel; the first account needs none of them.
 */
const signedIn = (_data: unknown, _siblingData: unknown, { user }: { user?: unknown }) => Boolean(user)

const roleLabels = {
  admin: { en: 'Admin', zh: '管理员' },
  editor: { en: 'Editor', zh: '编辑' },
  reader: { en: 'Reader (read-only)', zh: '读者（只读）' },
} as const

/**
 * Newsroom accounts. Admins manage users; editors write content; readers (typically an
 * API key for a consumer site) only read. Payload's lockout limits password guessing.
 */
export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  labels: {
    singular: { en: 'User', zh: '用户' },
    plural: { en: 'Users', zh: '用户' },
  },
  auth: {
    useAPIKey: true,
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'roles'],
    group: { en: 'Administration', zh: '管理' },
  },
  access: {
    read: adminsOrSelf,
    create: admins,
    // Readers (API keys) never write, not even their own account; editors keep theirs.
    update: adminsOrEditorSelf,
    delete: admins,
    // Unlocking lifts the login lockout: only admins, or anyone could guess passwords without end.
    unlock: admins,
  },
  hooks: { beforeOperation: [capListLimits, evenLoginTiming], beforeChange: [firstUserIsAdmin] },
  fields: [
    { name: 'name', type: 'text', label: { en: 'Name', zh: '姓名' } },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      defaultValue: ['editor'],
      saveToJWT: true,
      label: { en: 'Roles', zh: '角色' },
      options: ROLES.map((value) => ({ value, label: roleLabels[value] })),
      access: { create: adminsFieldLevel, update: adminsFieldLevel },
      admin: {
        // Not on the create-first-user screen (nobody is logged in there): the first account
        // is made an admin whatever is sent (firstUserIsAdmin), so offering 编辑 would mislead.
        condition: signedIn,
      },
    },
    // Payload's own API-key fields (auth.useAPIKey), merged by name with these: only the
    // condition is ours, so the first screen does not offer an API key.
    { name: 'enableAPIKey', type: 'checkbox', admin: { condition: signedIn } },
    { name: 'apiKey', type: 'text', admin: { condition: signedIn } },
    { name: 'hasAPIKey', type: 'checkbox', virtual: true, admin: { condition: signedIn } },
  ],
}
