import { Forbidden, type Access, type PayloadHandler, type SanitizedConfig } from 'payload'
import { editorsOrAdmins } from '../access/editorsOrAdmins'

const PREFERENCES = 'payload-preferences'

/**
 * Readers never write, not even admin-panel preferences. Payload adds its internal
 * `payload-preferences` collection while it sanitises the config (config/sanitize.js), with
 * write access for any logged-in user and three custom endpoints (`GET|POST|DELETE
 * /api/payload-preferences/:key`) whose POST upserts through the database adapter without
 * any access check (preferences/operations/update.js). No config option reaches it, so the
 * sanitised collection is changed here: its write access and its two writing endpoints
 * require an editor or an admin. Reading one's own preferences stays open to everyone
 * logged in.
 */
export function restrictPreferenceWrites(config: SanitizedConfig): SanitizedConfig {
  const preferences = config.collections.find((collection) => collection.slug === PREFERENCES)
  if (!preferences) throw new Error(`Payload no longer adds a "${PREFERENCES}" collection: revisit restrictPreferenceWrites.`)
  const onlyWriters = (access: Access | undefined): Access => async (args) =>
    editorsOrAdmins(args) ? (access ? access(args) : true) : false
  preferences.access.create = onlyWriters(preferences.access.create)
  preferences.access.update = onlyWriters(preferences.access.update)
  preferences.access.delete = onlyWriters(preferences.access.delete)
  if (preferences.endpoints) {
    preferences.endpoints = preferences.endpoints.map((endpoint) => {
      if (endpoint.method === 'get') return endpoint
      const handler: PayloadHandler = async (req) => {
        if (!req.user || !editorsOrAdmins({ req } as Parameters<Access>[0])) throw new Forbidden(req.t)
        return endpoint.handler(req)
      }
      return { ...endpoint, handler }
    })
  }
  return config
}
