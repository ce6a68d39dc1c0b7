/**
 * Links between records of one page are planned before the linked records exist, so the
 * plan refers to them by import key with a marker object; persist swaps each marker for
 * the record's id once it has one.
 */

export interface RefMarker {
  $importRef: string
}

export function ref(key: string): RefMarker {
  return { $importRef: key }
}

export function isRef(value: unknown): value is RefMarker {
  return typeof value === 'object' && value !== null && typeof (value as RefMarker).$importRef === 'string'
}

/** Every key referenced anywhere inside a value. */
export function refsIn(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (isRef(value)) into.add(value.$importRef)
  else if (Array.isArray(value)) for (const item of value) refsIn(item, into)
  else if (value && typeof value === 'object') for (const item of Object.values(value)) refsIn(item, into)
  return into
}

/** A copy of `value` with every marker replaced by `resolve(key)`. */
export function resolveRefs(value: unknown, resolve: (key: string) => unknown): unknown {
  if (isRef(value)) return resolve(value.$importRef)
  if (Array.isArray(value)) return value.map((item) => resolveRefs(item, resolve))
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, resolveRefs(item, resolve)]))
  }
  return value
}
