/**
 * After an editor merged people (POST /api/people/merge), several printed names can lead to
 * one document: the merged person's import key now names the kept person, and the kept
 * person lists the merged name as an alias. A page that prints both names must plan one
 * record for that document, not two racing updates of it: this folds the page's people
 * records that share a document into one, and points every link at it. Pure.
 */
import type { DesiredPage, DesiredRecord } from './desired'
import type { ExistingState } from './plan'
import { isRef, ref } from './refs'

/** Rewrites ref markers by `rename`, dropping repeats in lists (a person linked twice). */
function renamed(value: unknown, rename: Map<string, string>): unknown {
  if (isRef(value)) return rename.has(value.$importRef) ? ref(rename.get(value.$importRef)!) : value
  if (Array.isArray(value)) {
    const seen = new Set<string>()
    const out: unknown[] = []
    for (const item of value) {
      const next = renamed(item, rename)
      const refKey = isRef(next) ? next.$importRef : next && typeof next === 'object' && isRef((next as { person?: unknown }).person) ? `person:${(next as { person: { $importRef: string } }).person.$importRef}` : null
      if (refKey !== null) {
        if (seen.has(refKey)) continue
        seen.add(refKey)
      }
      out.push(next)
    }
    return out
  }
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, renamed(item, rename)]))
  return value
}

export function foldSamePeople(page: DesiredPage, existing: ExistingState): DesiredPage {
  const byDoc = new Map<string, DesiredRecord[]>()
  for (const record of page.records) {
    if (record.collection !== 'people') continue
    const doc = existing.docs.get(record.key)
    if (!doc) continue
    const group = byDoc.get(String(doc.id)) ?? []
    group.push(record)
    byDoc.set(String(doc.id), group)
  }
  const rename = new Map<string, string>()
  const folded = new Map<string, DesiredRecord>()
  for (const group of byDoc.values()) {
    if (group.length < 2) continue
    const doc = existing.docs.get(group[0]!.key)!.doc
    // The record whose key is the document's own name key leads; else the first printed.
    const lead = group.find((record) => record.key === `person:${String(doc.nameKey ?? '')}`) ?? group[0]!
    const unions: Record<string, unknown[]> = Object.fromEntries(Object.entries(lead.unions).map(([name, items]) => [name, [...items]]))
    for (const other of group) {
      if (other === lead) continue
      rename.set(other.key, lead.key)
      ;(unions.aliases ??= []).push({ name: other.fields.name })
      for (const [name, items] of Object.entries(other.unions)) (unions[name] ??= []).push(...items)
    }
    folded.set(lead.key, { ...lead, unions })
  }
  if (rename.size === 0) return page
  const records = page.records
    .filter((record) => !rename.has(record.key))
    .map((record) => folded.get(record.key) ?? record)
    .map((record) => ({ ...record, fields: renamed(record.fields, rename) as DesiredRecord['fields'], unions: renamed(record.unions, rename) as DesiredRecord['unions'] }))
  return { ...page, records }
}
