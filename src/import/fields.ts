/**
 * The fields the importer owns, per collection, and how to compare them.
 *
 * Values are compared in "key space": links become import keys (a marker's key, or the
 * key of the record an id belongs to, or `id:<id>` for a record the importer does not
 * know), dates become YYYY-MM-DD, empty strings become null. The same canonical form is
 * hashed into `import-records.written`, so a later run can tell whether the value in the
 * database is still the one the importer wrote (untouched) or an editor's.
 */
import { createHash } from 'node:crypto'
import { isRef } from './refs'

export type ImportCollection = 'articles' | 'people' | 'events'

/** How a field that the importer replaces as a whole is compared. */
export type FieldKind = 'text' | 'number' | 'bool' | 'date' | 'texts' | 'refs:people' | 'refs:events' | 'refs:articles' | 'json' | 'source'

/** Fields the importer only adds items to (never removes or rewrites an item). */
export interface UnionField {
  /** The identity of one item (row or value), in key space. */
  itemKey(item: unknown, keyOfId: KeyOfId): string | null
}

/** The import key of a linked document (by collection and id), or `id:<collection>:<id>` when unknown. */
export type KeyOfId = (collection: ImportCollection, id: unknown) => string

export const replaceFields: Record<ImportCollection, Record<string, FieldKind>> = {
  articles: {
    title: 'text',
    kicker: 'text',
    subtitle: 'text',
    dateline: 'text',
    reporters: 'refs:people',
    body: 'json',
    excerpt: 'text',
    publication: 'text',
    issueDate: 'date',
    page: 'text',
    people: 'refs:people',
    places: 'texts',
    events: 'refs:events',
    language: 'text',
    source: 'source',
  },
  people: { name: 'text' },
  events: {
    title: 'text',
    type: 'text',
    startDate: 'date',
    endDate: 'date',
    timeOfDay: 'text',
    time: 'text',
    timeApproximate: 'bool',
  },
}

const plainValue: UnionField = { itemKey: (item) => text(item) }

export const unionFields: Record<ImportCollection, Record<string, UnionField>> = {
  articles: {},
  people: {
    aliases: { itemKey: (row) => text((row as { name?: unknown } | null)?.name) },
    // One position per title: a title seen again on later pages is not repeated; the
    // first sighting (date and article) is kept, so the list stays short and a re-run in
    // the same order gives the same list.
    positions: { itemKey: (row) => text((row as { title?: unknown } | null)?.title) },
    roles: plainValue,
  },
  events: {
    locations: plainValue,
    organizers: plainValue,
    participants: {
      itemKey: (row, keyOfId) => {
        const person = (row as { person?: unknown } | null)?.person
        return person === null || person === undefined ? null : linkKey('people', person, keyOfId)
      },
    },
  },
}

function text(value: unknown): string | null {
  if (value === null || value === undefined) return null
  const string = String(value)
  return string === '' ? null : string
}

function day(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value
  const date = new Date(value as string)
  return Number.isNaN(date.getTime()) ? String(value) : date.toISOString().slice(0, 10)
}

/** The id of a relationship value (an id, a populated document or a ref marker) in key space. */
function linkKey(collection: ImportCollection, value: unknown, keyOfId: KeyOfId): string {
  if (isRef(value)) return value.$importRef
  if (value && typeof value === 'object' && 'id' in value) return keyOfId(collection, (value as { id: unknown }).id)
  return keyOfId(collection, value)
}

/** Sorted-key JSON, so equal values hash equally whatever order their keys came in. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([name, item]) => `${JSON.stringify(name)}:${stableStringify(item)}`).join(',')}}`
  }
  return JSON.stringify(value ?? null)
}

/** The comparable form of a field value. */
export function canonicalValue(kind: FieldKind, value: unknown, keyOfId: KeyOfId): unknown {
  switch (kind) {
    case 'text':
      return text(value)
    case 'number':
      return value === null || value === undefined || value === '' ? null : Number(value)
    case 'bool':
      return Boolean(value)
    case 'date':
      return day(value)
    case 'texts':
      return Array.isArray(value) ? value.map(text).filter((item) => item !== null) : []
    case 'refs:people':
    case 'refs:events':
    case 'refs:articles': {
      const collection = kind.slice('refs:'.length) as ImportCollection
      return Array.isArray(value)
        ? value.filter((item) => item !== null && item !== undefined).map((item) => linkKey(collection, item, keyOfId))
        : []
    }
    case 'json':
      return value === undefined || value === '' ? null : value
    case 'source': {
      const group = (value ?? {}) as Record<string, unknown>
      return {
        file: text(group.file),
        sha256: text(group.sha256),
        position: canonicalValue('number', group.position, keyOfId),
        line: canonicalValue('number', group.line, keyOfId),
        originalText: text(group.originalText),
        // What the review view marks (src/import/reviewMarks.ts); none is the same as empty.
        mentions: Array.isArray(group.mentions) ? group.mentions : [],
        warnings: Array.isArray(group.warnings) ? group.warnings : [],
      }
    }
  }
}

/** A short digest of a canonical value, stored per field in `import-records.written`. */
export function digest(canonical: unknown): string {
  return createHash('sha256').update(stableStringify(canonical)).digest('hex').slice(0, 16)
}
