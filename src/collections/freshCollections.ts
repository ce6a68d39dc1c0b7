import type { CollectionConfig } from 'payload'
import { Articles } from './Articles'
import { Bulletins } from './Bulletins'
import { Events } from './Events'
import { ImportRecords } from './ImportRecords'
import { People } from './People'
import { Users } from './Users'

/**
 * A deep copy of a config tree: arrays and plain objects are copied, everything else
 * (functions, dates, class instances) is shared.
 */
function copyConfigTree<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyConfigTree) as T
  if (value && typeof value === 'object') {
    const proto = Object.getPrototypeOf(value)
    if (proto === Object.prototype || proto === null) {
      return Object.fromEntries(
        Object.entries(value as Record<string, unknown>).map(([key, item]) => [key, copyConfigTree(item)]),
      ) as T
    }
  }
  return value
}

/**
 * The collections as new objects, for one config build. Payload's sanitizer marks the
 * collection objects it is given (`_sanitized`) as soon as it starts, fills them in over
 * several awaits, and returns a marked object as it is. Two builds running at once on shared
 * objects (a test file's import of payload.config.ts starts the default export while the
 * test builds its own) could thus get a half-sanitized collection, and a `configure` that
 * spread it kept the half forever: "Cannot read properties of undefined (reading 'find')"
 * in drizzle's setColumnID. Each createBulletinConfig call gets its own copies instead.
 */
export function freshCollections(): CollectionConfig[] {
  return [Articles, People, Events, Bulletins, ImportRecords, Users].map((collection) =>
    copyConfigTree(collection as CollectionConfig),
  )
}
