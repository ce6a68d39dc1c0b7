import { commitTransaction, initTransaction, killTransaction, type Endpoint } from 'payload'
import { hasRole } from '../../../access/roles'
import { MERGE_MAX, mergePeople } from './mergePeople'

type Id = number | string

const isId = (value: unknown): value is Id =>
  (typeof value === 'number' && Number.isInteger(value) && value > 0) || (typeof value === 'string' && /^[\w-]{1,64}$/u.test(value))

/** Why a body is not `{ keep: id, merge: [id, …] }` with 1…MERGE_MAX distinct ids other than keep. */
function invalidBody(body: unknown): string | null {
  const { keep, merge } = (body ?? {}) as { keep?: unknown; merge?: unknown }
  if (!isId(keep)) return 'keep: a person id'
  if (!Array.isArray(merge) || merge.length === 0 || merge.length > MERGE_MAX) return `merge: 1 to ${MERGE_MAX} person ids`
  if (!merge.every(isId)) return 'merge: person ids'
  const all = [keep, ...merge].map(String)
  if (new Set(all).size !== all.length) return 'merge: distinct ids, not including keep'
  return null
}

const error = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

/**
 * `POST /api/people/merge` `{ keep, merge: [ids] }`. Payload does not authenticate custom
 * endpoints: the handler says 401 to anonymous callers and 403 to readers itself. The whole
 * merge is one transaction.
 */
export const mergePeopleEndpoint: Endpoint = {
  path: '/merge',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return error(401, 'log in to merge people')
    if (!hasRole(req.user, 'editor', 'admin')) return error(403, 'only editors and admins merge people')
    let body: unknown
    try {
      body = await req.json?.()
    } catch {
      return error(400, 'a JSON body { keep, merge } is required')
    }
    const invalid = invalidBody(body)
    if (invalid) return error(400, invalid)
    const { keep, merge } = body as { keep: Id; merge: Id[] }
    const shouldCommit = await initTransaction(req)
    try {
      const result = await mergePeople(req, keep, merge)
      if (shouldCommit) await commitTransaction(req)
      return Response.json(result)
    } catch (failure) {
      await killTransaction(req)
      const status = (failure as { status?: number }).status ?? 500
      return error(status, status === 404 ? 'unknown person id' : (failure as Error).message)
    }
  },
}
