import crypto from 'node:crypto'
import { promisify } from 'node:util'
import type { CollectionBeforeOperationHook } from 'payload'

const pbkdf2 = promisify(crypto.pbkdf2)

/**
 * Payload 3.90's password hash parameters (PBKDF2-SHA256, 600,000 iterations, 32-byte key:
 * payload/dist/auth/strategies/local/generatePasswordSaltHash.js; not exported, hence
 * repeated here). If Payload changes them, the login timing test notices.
 */
const ITERATIONS = 600_000
const KEY_LENGTH = 32
const DUMMY_SALT = crypto.randomBytes(32).toString('hex')

/**
 * Makes a login for an unknown email, or for a locked account, take as long as one with a
 * wrong password. Payload answers those two at once (no user: no hash to check; locked:
 * refused before the check), while a real account costs a PBKDF2 of ~0.2 s: the difference
 * told anyone which emails have accounts. Here the same hash is computed, on a throw-away
 * salt, and Payload then refuses the login as before (the answers themselves are made alike
 * by lockedLooksLikeWrongPassword).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const evenLoginTiming: CollectionBeforeOperationHook<any> = async ({ args, collection, operation, req }) => {
  if (operation !== 'login') return args
  const email = (args as { data?: { email?: unknown } }).data?.email
  const password = (args as { data?: { password?: unknown } }).data?.password
  if (typeof email !== 'string' || typeof password !== 'string' || password.trim() === '') return args
  const user = await req.payload.db.findOne<{ id: number | string; lockUntil?: string | null }>({
    collection: collection.slug,
    where: { email: { equals: email.toLowerCase().trim() } },
    req,
  })
  const locked = Boolean(user?.lockUntil && new Date(user.lockUntil).getTime() > Date.now())
  if (!user || locked) await pbkdf2(password, DUMMY_SALT, ITERATIONS, KEY_LENGTH, 'sha256')
  return args
}
