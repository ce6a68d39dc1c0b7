import { NotFound, type PayloadRequest } from 'payload'

type Id = number | string
type Loose = Record<string, unknown> & { id: Id }

/** At most this many people merged into one in a request: bounded cost per request. */
export const MERGE_MAX = 20

export interface MergeResult {
  keep: Id
  merged: Id[]
  articles: number
  events: number
  aliases: string[]
}

type LooseLocalApi = {
  find(args: Record<string, unknown>): Promise<{ docs: Loose[] }>
  update(args: Record<string, unknown>): Promise<Loose>
  delete(args: Record<string, unknown>): Promise<Loose>
}

const idOf = (value: unknown): Id => (value && typeof value === 'object' ? (value as { id: Id }).id : (value as Id))
const sameId = (a: unknown, b: unknown) => String(idOf(a)) === String(idOf(b))

/** The links with every merged id replaced by the kept id, each person once, order kept. */
function repoint(links: unknown, keep: Id, merged: Set<string>): Id[] {
  const out: Id[] = []
  for (const link of Array.isArray(links) ? links : []) {
    const id = merged.has(String(idOf(link))) ? keep : idOf(link)
    if (!out.some((other) => sameId(other, id))) out.push(id)
  }
  return out
}

const mentions = (links: unknown, merged: Set<string>) => Array.isArray(links) && links.some((link) => merged.has(String(idOf(link))))

/**
 * Merges people into one, inside the transaction `req` carries (the caller begins and
 * commits it; any throw rolls everything back): articles (reporters, people mentioned) and
 * event participants are re-pointed to the kept person; the merged people's names, aliases,
 * positions (one per title, the kept person's first) and roles move to the kept person; the
 * importer's records of the merged people now name the kept one, so a later import of a page
 * that prints a merged name links to the kept person; the merged people are deleted.
 * Every read and write goes through the Local API with the caller's access.
 */
export async function mergePeople(req: PayloadRequest, keep: Id, mergeIds: Id[]): Promise<MergeResult> {
  // Loosely typed on purpose: ids are numbers or strings by adapter, and the generated
  // types (numbers here) are not this module's contract.
  const payload = req.payload as unknown as LooseLocalApi
  const asUser = { req, overrideAccess: false, user: req.user, depth: 0 } as const
  const wanted = [keep, ...mergeIds]
  const found = (await payload.find({ collection: 'people', where: { id: { in: wanted } }, pagination: false, joins: false, ...asUser }))
    .docs
  const missing = wanted.filter((id) => !found.some((doc) => sameId(doc.id, id)))
  if (missing.length) throw new NotFound(req.t)
  const kept = found.find((doc) => sameId(doc.id, keep))!
  const others = mergeIds.map((id) => found.find((doc) => sameId(doc.id, id))!)
  const merged = new Set(mergeIds.map(String))
  const mergedList = [...merged].map((id) => others.find((doc) => String(doc.id) === id)!.id)

  // Articles: the live documents; a pending draft of a published article is re-pointed too.
  const byLink = { or: [{ reporters: { in: mergedList } }, { people: { in: mergedList } }] }
  const live = (await payload.find({ collection: 'articles', where: byLink, pagination: false, draft: false, ...asUser })).docs
  const latest = (await payload.find({ collection: 'articles', where: byLink, pagination: false, draft: true, ...asUser })).docs
  const articleIds = new Set([...live, ...latest].map((doc) => String(doc.id)))
  const repointArticle = (doc: Loose, draft: boolean) =>
    payload.update({
      collection: 'articles',
      id: doc.id,
      data: { reporters: repoint(doc.reporters, kept.id, merged), people: repoint(doc.people, kept.id, merged) },
      draft,
      ...asUser,
    })
  for (const doc of live) await repointArticle(doc, false)
  for (const doc of latest) {
    // Only a pending draft on top of a published article is a separate version to re-point.
    const liveDoc = live.find((other) => sameId(other, doc.id))
    if (doc._status === 'draft' && (!liveDoc || liveDoc._status === 'published')) await repointArticle(doc, true)
  }

  const events = (await payload.find({ collection: 'events', where: { 'participants.person': { in: mergedList } }, pagination: false, ...asUser }))
    .docs
  for (const event of events) {
    const rows: Array<Record<string, unknown>> = []
    for (const row of (event.participants as Array<Record<string, unknown>> | undefined) ?? []) {
      const person = merged.has(String(idOf(row.person))) ? kept.id : idOf(row.person)
      if (rows.some((other) => sameId(other.person, person))) continue
      rows.push({ ...row, person })
    }
    await payload.update({ collection: 'events', id: event.id, data: { participants: rows.map(({ id: _rowId, ...row }) => row) }, ...asUser })
  }

  // Names, aliases, positions and roles of the merged people move to the kept one.
  const aliasRows = ((kept.aliases as Array<{ name?: string }> | undefined) ?? []).map((row) => ({ name: row.name }))
  const names = new Set([String(kept.name), ...aliasRows.map((row) => String(row.name))])
  const positions = ((kept.positions as Array<Record<string, unknown>> | undefined) ?? []).map(({ id: _rowId, ...row }) => row)
  const roles = new Set((kept.roles as string[] | undefined) ?? [])
  const added: string[] = []
  for (const other of others) {
    for (const name of [other.name, ...((other.aliases as Array<{ name?: string }> | undefined) ?? []).map((row) => row.name)]) {
      if (typeof name !== 'string' || !name || names.has(name)) continue
      names.add(name)
      aliasRows.push({ name })
      added.push(name)
    }
    for (const { id: _rowId, ...row } of (other.positions as Array<Record<string, unknown>> | undefined) ?? []) {
      if (!positions.some((position) => position.title === row.title)) positions.push({ ...row, article: row.article ? idOf(row.article) : null })
    }
    for (const role of (other.roles as string[] | undefined) ?? []) roles.add(role)
  }

  // The merged people go first: the kept person then takes their names without a nameKey clash.
  for (const other of others) await payload.delete({ collection: 'people', id: other.id, ...asUser })
  await payload.update({
    collection: 'people',
    id: kept.id,
    data: {
      aliases: aliasRows,
      positions: positions.map((row) => ({ ...row, article: row.article ? idOf(row.article) : null })),
      roles: [...roles],
    },
    ...asUser,
  })

  // The importer's own records (internal, hence access overridden): a merged person's key
  // now names the kept person.
  const records = await payload.find({
    collection: 'import-records',
    where: { and: [{ collection: { equals: 'people' } }, { docId: { in: mergedList.map(String) } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  for (const record of records.docs) {
    await payload.update({ collection: 'import-records', id: record.id, data: { docId: String(kept.id) }, depth: 0, overrideAccess: true, req })
  }

  return { keep: kept.id, merged: mergedList, articles: articleIds.size, events: events.length, aliases: added }
}
