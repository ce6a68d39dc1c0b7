import type { CollectionBeforeValidateHook } from 'payload'
// The parser's key function: people found on pages and people typed in the admin get one key.
import { normalizeNameKey } from '../../../bulletin/normalize'

/**
 * Keeps `name` in display form (spaces removed) and fills `nameKey` from it when empty,
 * so people created by hand in the admin are de-duplicated like imported ones.
 */
export const setNameKey: CollectionBeforeValidateHook = ({ data }) => {
  if (!data) return data
  const next = { ...data }
  if (typeof next.name === 'string') next.name = next.name.replace(/\s+/gu, '')
  if (!next.nameKey && typeof next.name === 'string' && next.name) {
    next.nameKey = normalizeNameKey(next.name)
  }
  return next
}
