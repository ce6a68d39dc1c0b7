/**
 * planImport: from what a page says (DesiredPage) and what the database holds
 * (ExistingState), decide per record whether to create, update, leave, or skip it, and
 * which fields an editor changed since the importer last wrote them (conflicts, where the
 * editor's value is kept). Pure: the caller reads the state and writes the plan.
 */
import type { DesiredPage, DesiredRecord } from './desired'
import {
  canonicalValue,
  digest,
  replaceFields,
  stableStringify,
  unionFields,
  type ImportCollection,
  type KeyOfId,
} from './fields'
import { isRef, type RefMarker } from './refs'
import { foldSamePeople } from './samePerson'

/** Per field: digest of what the importer last wrote (replaced fields) or the item keys it added (list fields). */
export type WrittenMap = Record<string, string | string[]>

export interface ExistingRecord {
  /** The import record's own id. */
  id: unknown
  key: string
  docId: string
  written: WrittenMap
  /** The SHA-256 of the page the record is credited to (`import-records.bulletin`). */
  bulletin?: string | null
}

export interface ExistingDoc {
  id: unknown
  /** The latest version of the document (drafts included), depth 0. */
  doc: Record<string, unknown>
  /** Articles: whether the live document is published (an editor's decision the importer keeps). */
  published?: boolean
}

export interface ExistingState {
  /** Import records of this page's keys. */
  records: Map<string, ExistingRecord>
  /** The documents of this page's keys: through their import record, or found by name. */
  docs: Map<string, ExistingDoc>
  /** The bulletins row of this page's SHA-256. */
  bulletin: ExistingDoc | null
  /** Issue date (YYYY-MM-DD) of the other pages the records are credited to, by SHA-256. */
  pageDates?: Map<string, string>
}

export interface PlanOptions {
  publish?: boolean
  restoreDeleted?: boolean
}

export type RecordAction = 'create' | 'update' | 'unchanged' | 'skipped'

export interface PlannedRecord {
  collection: ImportCollection
  key: string
  label: string
  action: RecordAction
  /** The existing document's id (update, unchanged). */
  docId: unknown
  /** Fields to write, Payload-shaped, links as ref markers. Empty unless create/update. */
  data: Record<string, unknown>
  /** Fields an editor changed that the page would change too: the editor's value is kept. */
  conflicts: string[]
  /** The next `import-records.written`. */
  written: WrittenMap
  importRecord: { action: 'create' | 'update' | 'none'; id: unknown }
  /** The page the import record credits: the earliest that printed the record (see creditedPage). */
  bulletin: string
  /** Articles: save the changes as a new draft version, leaving the published version live. */
  saveAsDraftVersion: boolean
}

export interface PlannedBulletin {
  action: 'create' | 'update' | 'unchanged'
  id: unknown
  data: Record<string, unknown>
}

export interface ImportPlan {
  source: string
  sha256: string
  records: PlannedRecord[]
  bulletin: PlannedBulletin
}

/** Replaces markers to skipped records by null and drops them (and rows that need them) from lists. */
function withoutSkipped(value: unknown, skipped: Set<string>, requiredRowRef: string | null = null): unknown {
  const skippedRef = (item: unknown) => isRef(item) && skipped.has(item.$importRef)
  if (Array.isArray(value)) {
    return value
      .filter((item) => !skippedRef(item))
      .filter((item) => !(requiredRowRef && item && typeof item === 'object' && skippedRef((item as Record<string, unknown>)[requiredRowRef])))
      .map((item) => withoutSkipped(item, skipped))
  }
  if (skippedRef(value)) return null
  if (value && typeof value === 'object' && !isRef(value)) {
    return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, withoutSkipped(item, skipped)]))
  }
  return value
}

function sameList(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/**
 * Where the importer puts a list item it adds: lists it writes stay in one canonical order
 * (positions by the day first seen, then title; other lists by item key), so pages imported
 * in any order, by any number of workers, leave the same list. An item goes before the
 * first item that sorts after it; an editor's own order of the rest is kept.
 */
const PARTICIPANT_ROLE_ORDER = ['chair', 'speaker', 'organizer', 'attendee', 'other']

function canonicalOrder(field: string, item: unknown, itemKey: string): string {
  // Participants: the one who chaired first, then speakers, organisers, the rest (as a page lists them).
  if (field === 'participants') {
    const rank = PARTICIPANT_ROLE_ORDER.indexOf(String((item as { role?: unknown } | null)?.role))
    return `${rank < 0 ? PARTICIPANT_ROLE_ORDER.length : rank}|${itemKey}`
  }
  if (field !== 'positions') return itemKey
  const asOf = (item as { asOf?: unknown } | null)?.asOf
  return `${typeof asOf === 'string' || asOf instanceof Date ? new Date(asOf).toISOString().slice(0, 10) : '9999-99-99'}|${itemKey}`
}

function insertInOrder(list: unknown[], item: unknown, order: (item: unknown) => string | null): void {
  const wanted = order(item)!
  const at = list.findIndex((other) => (order(other) ?? '') > wanted)
  if (at < 0) list.push(item)
  else list.splice(at, 0, item)
}

const dayOf = (value: unknown): string | null => (value === null || value === undefined || value === '' ? null : new Date(value as string).toISOString().slice(0, 10))

/**
 * A position the importer wrote, seen again on a page printed earlier: the earliest sighting
 * is kept, whatever order the pages come in (pages of one day keep the sighting first
 * imported: see below). Returns the item to write, or null to leave it.
 */
function earlierSighting(current: unknown, seen: unknown, keyOfId: KeyOfId): unknown | null {
  const now = current as { asOf?: unknown; article?: unknown }
  const page = seen as { asOf?: unknown; article?: unknown }
  const articleKey = (value: unknown) => (value === null || value === undefined ? '' : isRef(value) ? value.$importRef : keyOfId('articles', (value as { id?: unknown })?.id ?? value))
  const [pageDay, nowDay] = [dayOf(page.asOf) ?? '9999-99-99', dayOf(now.asOf) ?? '9999-99-99']
  const [pageArticle, nowArticle] = [articleKey(page.article), articleKey(now.article)]
  // The same day: the article key decides, when the current article's key is known (one of
  // this page's); an article of another page is only known by id, and then the current
  // sighting stays (so that re-importing either page changes nothing).
  const earlier = pageDay < nowDay || (pageDay === nowDay && !nowArticle.startsWith('id:') && pageArticle < nowArticle)
  return earlier ? { ...(current as Record<string, unknown>), asOf: page.asOf, article: page.article } : null
}

/**
 * The page an import record credits: the earliest printed (issue date, then SHA-256) of the
 * pages that wrote the record, so that it does not depend on which page was imported first.
 */
function creditedPage(page: DesiredPage, record: ExistingRecord | undefined, existing: ExistingState): string {
  const before = record?.bulletin
  if (!before || before === page.sha256) return page.sha256
  const date = existing.pageDates?.get(before)
  if (date === undefined) return before // that page's row is gone: its credit stays
  return `${date}|${before}` < `${page.issueDate}|${page.sha256}` ? before : page.sha256
}

function planRecord(
  desired: DesiredRecord,
  existing: ExistingState,
  skipped: Set<string>,
  keyOfId: KeyOfId,
  options: PlanOptions,
  page: DesiredPage,
): PlannedRecord {
  const record = existing.records.get(desired.key)
  const current = existing.docs.get(desired.key)
  const planned: PlannedRecord = {
    collection: desired.collection,
    key: desired.key,
    label: desired.label,
    action: 'unchanged',
    docId: current?.id ?? null,
    data: {},
    conflicts: [],
    written: {},
    importRecord: { action: record ? 'none' : 'create', id: record?.id ?? null },
    bulletin: creditedPage(page, record, existing),
    saveAsDraftVersion: false,
  }
  if (skipped.has(desired.key)) {
    planned.action = 'skipped'
    planned.importRecord.action = 'none'
    return planned
  }
  const creating = !current
  const doc = current?.doc ?? {}
  // A document found by name but never written by the importer has no history: every
  // difference is treated as the editor's choice.
  const lastWritten: WrittenMap = current && record && record.docId === String(current.id) ? record.written : {}
  const written: WrittenMap = {}

  // A printed name the person carries as an alias (an editor renamed or merged them) is not
  // a rival to the name: nothing to write, nothing to report.
  const aliasNames = Array.isArray(doc.aliases) ? (doc.aliases as Array<{ name?: unknown }>).map((row) => row?.name) : []
  const printedAlias = desired.collection === 'people' && !creating && aliasNames.includes(desired.fields.name)
  for (const [field, kind] of Object.entries(replaceFields[desired.collection])) {
    if (!(field in desired.fields)) continue
    if (printedAlias && field === 'name') {
      if (lastWritten.name !== undefined) written.name = lastWritten.name
      continue
    }
    const wanted = withoutSkipped(desired.fields[field], skipped)
    const wantedDigest = digest(canonicalValue(kind, wanted, keyOfId))
    if (creating) {
      planned.data[field] = wanted
      written[field] = wantedDigest
      continue
    }
    const currentDigest = digest(canonicalValue(kind, doc[field], keyOfId))
    if (currentDigest === wantedDigest) {
      written[field] = wantedDigest
    } else if (lastWritten[field] === currentDigest) {
      planned.data[field] = wanted
      written[field] = wantedDigest
    } else {
      planned.conflicts.push(field)
      if (lastWritten[field] !== undefined) written[field] = lastWritten[field]!
    }
  }

  const unions = { ...desired.unions }
  if (desired.collection === 'people' && !creating && doc.name !== desired.fields.name) {
    // An editor renamed the person: the printed name stays findable as an alias.
    unions.aliases = [...(unions.aliases ?? []), { name: desired.fields.name }]
  }
  for (const [field, union] of Object.entries(unionFields[desired.collection])) {
    const items = withoutSkipped(unions[field] ?? [], skipped, field === 'participants' ? 'person' : null) as unknown[]
    const currentItems = Array.isArray(doc[field]) ? (doc[field] as unknown[]) : []
    const present = new Set(currentItems.map((item) => union.itemKey(item, keyOfId)))
    const previously = Array.isArray(lastWritten[field]) ? (lastWritten[field] as string[]) : []
    const next = [...previously]
    const merged = [...currentItems]
    let changed = false
    let removedByEditor = false
    const order = (item: unknown) => {
      const key = union.itemKey(item, keyOfId)
      return key === null ? null : canonicalOrder(field, item, key)
    }
    for (const item of items) {
      const itemKey = union.itemKey(item, keyOfId)
      if (itemKey === null) continue
      if (present.has(itemKey)) {
        if (!next.includes(itemKey)) next.push(itemKey)
        if (field === 'positions' && previously.includes(itemKey)) {
          const at = merged.findIndex((other) => union.itemKey(other, keyOfId) === itemKey)
          const earlier = at >= 0 ? earlierSighting(merged[at], item, keyOfId) : null
          if (earlier) {
            merged.splice(at, 1)
            insertInOrder(merged, earlier, order)
            changed = true
          }
        }
      } else if (previously.includes(itemKey)) {
        removedByEditor = true
      } else {
        insertInOrder(merged, item, order)
        present.add(itemKey)
        next.push(itemKey)
        changed = true
      }
    }
    if (changed) planned.data[field] = merged
    if (removedByEditor) planned.conflicts.push(field)
    // A set: sorted, so that the order pages came in leaves no trace in the record.
    next.sort()
    written[field] = next
  }

  if (creating) {
    Object.assign(planned.data, desired.onCreate)
    if (desired.collection === 'articles') planned.data._status = options.publish ? 'published' : 'draft'
    planned.action = 'create'
  } else {
    if (desired.collection === 'articles') {
      const changed = Object.keys(planned.data).length > 0
      if (options.publish && (changed || !current!.published)) {
        planned.data._status = 'published'
      } else if (changed) {
        // An article an editor published stays published: the import becomes a draft
        // version for the editor to review, the live version is untouched.
        if (current!.published) planned.saveAsDraftVersion = true
        else planned.data._status = 'draft'
      }
    }
    planned.action = Object.keys(planned.data).length > 0 ? 'update' : 'unchanged'
  }

  planned.written = written
  if (record) {
    const docChanged = record.docId !== (current ? String(current.id) : record.docId)
    // Key order is not kept by every database (PostgreSQL jsonb sorts keys).
    const writtenChanged = stableStringify(record.written ?? {}) !== stableStringify(written)
    // A record found under the key earlier options gave it (a corrected re-import) takes its new key.
    const rekeyed = record.key !== desired.key
    const recredited = (record.bulletin ?? null) !== planned.bulletin
    planned.importRecord.action = planned.action !== 'unchanged' || docChanged || writtenChanged || rekeyed || recredited ? 'update' : 'none'
  }
  return planned
}

/** Decides what importing one page does to the database. */
export function planImport(printed: DesiredPage, existing: ExistingState, options: PlanOptions = {}): ImportPlan {
  // Two printed names of one (merged) person are one record.
  const page = foldSamePeople(printed, existing)
  // Ids are only unique within a collection (SQL adapters number each table from 1).
  const collectionOf = new Map(page.records.map((record) => [record.key, record.collection]))
  const idToKey = new Map<string, string>()
  for (const [key, record] of existing.records) idToKey.set(`${collectionOf.get(key)}:${record.docId}`, key)
  for (const [key, current] of existing.docs) idToKey.set(`${collectionOf.get(key)}:${String(current.id)}`, key)
  const keyOfId: KeyOfId = (collection, id) => {
    if (isRef(id)) return id.$importRef
    return idToKey.get(`${collection}:${String(id)}`) ?? `id:${collection}:${String(id)}`
  }

  // Deleted by an editor: the import record remains, the document is gone.
  const skipped = new Set<string>()
  if (!options.restoreDeleted) {
    for (const desired of page.records) {
      if (existing.records.has(desired.key) && !existing.docs.has(desired.key)) skipped.add(desired.key)
    }
  }

  const records = page.records.map((desired) => planRecord(desired, existing, skipped, keyOfId, options, page))

  const wantedBulletin = {
    sha256: page.bulletin.sha256,
    source: page.bulletin.source,
    publication: page.bulletin.publication,
    issueDate: page.bulletin.issueDate,
    articles: withoutSkipped(page.bulletin.articles, skipped) as RefMarker[],
    // Not compared below: an import job marks its bulletin 'importing' while it runs.
    importStatus: 'imported',
    importedUnder: null,
  }
  let bulletin: PlannedBulletin
  if (!existing.bulletin) {
    bulletin = { action: 'create', id: null, data: wantedBulletin }
  } else {
    const doc = existing.bulletin.doc
    const same =
      canonicalValue('text', doc.source, keyOfId) === wantedBulletin.source &&
      canonicalValue('text', doc.publication, keyOfId) === canonicalValue('text', wantedBulletin.publication, keyOfId) &&
      canonicalValue('date', doc.issueDate, keyOfId) === wantedBulletin.issueDate &&
      !doc.importedUnder &&
      sameList(canonicalValue('refs:articles', doc.articles, keyOfId), canonicalValue('refs:articles', wantedBulletin.articles, keyOfId))
    bulletin = same
      ? { action: 'unchanged', id: existing.bulletin.id, data: {} }
      : { action: 'update', id: existing.bulletin.id, data: wantedBulletin }
  }

  return { source: page.source, sha256: page.sha256, records, bulletin }
}
