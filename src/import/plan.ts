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

function planRecord(
  desired: DesiredRecord,
  existing: ExistingState,
  skipped: Set<string>,
  keyOfId: KeyOfId,
  options: PlanOptions,
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
    const added: unknown[] = []
    let removedByEditor = false
    for (const item of items) {
      const itemKey = union.itemKey(item, keyOfId)
      if (itemKey === null) continue
      if (present.has(itemKey)) {
        if (!next.includes(itemKey)) next.push(itemKey)
      } else if (previously.includes(itemKey)) {
        removedByEditor = true
      } else {
        added.push(item)
        present.add(itemKey)
        next.push(itemKey)
      }
    }
    if (added.length > 0) planned.data[field] = [...currentItems, ...added]
    if (removedByEditor) planned.conflicts.push(field)
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
    planned.importRecord.action = planned.action !== 'unchanged' || docChanged || writtenChanged || rekeyed ? 'update' : 'none'
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

  const records = page.records.map((desired) => planRecord(desired, existing, skipped, keyOfId, options))

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
