import { describe, expect, it } from '@jest/globals'
import { desiredPageFromBulletin, PageRejectedError, type DesiredPage } from '../../../src/import/desired'
import { planImport, type ExistingState, type ImportPlan } from '../../../src/import/plan'
import { resolveRefs } from '../../../src/import/refs'
import { parsedPage } from './parsedPage'

/**
 * The database as the planner sees it, kept in memory: applying a plan here does what
 * persistPlan does to real rows (ids for new records, links resolved, import records).
 */
class MemoryState {
  private nextId = 1
  readonly docs = new Map<string, { id: number; doc: Record<string, unknown>; published?: boolean }>()
  readonly records = new Map<string, { id: number; key: string; docId: string; written: Record<string, string | string[]>; bulletin?: string }>()
  bulletin: { id: number; doc: Record<string, unknown> } | null = null
  /** Issue date of every page applied, by SHA-256 (what readExistingState reads from bulletins). */
  readonly pageDates = new Map<string, string>()

  existing(page: DesiredPage): ExistingState {
    const keys = new Set(page.records.map((record) => record.key))
    return {
      records: new Map([...this.records].filter(([key]) => keys.has(key))),
      docs: new Map([...this.docs].filter(([key]) => keys.has(key))),
      bulletin: this.bulletin,
      pageDates: this.pageDates,
    }
  }

  apply(plan: ImportPlan) {
    const ids = new Map<string, number>()
    for (const [key, { id }] of this.docs) ids.set(key, id)
    for (const record of plan.records) if (record.action === 'create') ids.set(record.key, this.nextId++)
    const resolve = (key: string) => ids.get(key)
    for (const record of plan.records) {
      const data = resolveRefs(record.data, resolve) as Record<string, unknown>
      if (record.action === 'create') {
        this.docs.set(record.key, { id: ids.get(record.key)!, doc: { id: ids.get(record.key), ...data }, published: data._status === 'published' })
      } else if (record.action === 'update') {
        const current = this.docs.get(record.key)!
        current.doc = { ...current.doc, ...data }
        if (data._status === 'published') current.published = true
      }
      if (record.importRecord.action !== 'none') {
        this.records.set(record.key, { id: this.nextId++, key: record.key, docId: String(ids.get(record.key)), written: record.written, bulletin: record.bulletin })
      }
    }
    if (plan.bulletin.action !== 'unchanged') {
      this.pageDates.set(plan.sha256, String(plan.bulletin.data.issueDate))
      this.bulletin = { id: this.bulletin?.id ?? this.nextId++, doc: resolveRefs(plan.bulletin.data, resolve) as Record<string, unknown> }
    }
  }

  docOf(keyPrefix: string) {
    const entry = [...this.docs].find(([key]) => key.startsWith(keyPrefix))
    if (!entry) throw new Error(`no record ${keyPrefix}`)
    return entry[1]
  }
}

const actions = (plan: ImportPlan) => {
  const counts: Record<string, number> = {}
  for (const record of plan.records) counts[`${record.collection}:${record.action}`] = (counts[`${record.collection}:${record.action}`] ?? 0) + 1
  return counts
}

function importInto(state: MemoryState, page: DesiredPage, options = {}) {
  const plan = planImport(page, state.existing(page), options)
  state.apply(plan)
  return plan
}

describe('desiredPageFromBulletin', () => {
  it('keys people by normalised name, so 张 昕 and 张昕 are one person', () => {
    const page = desiredPageFromBulletin(parsedPage())
    const people = page.records.filter((record) => record.collection === 'people')
    expect(people.map((person) => person.fields.name).sort()).toEqual(['侯红', '孙亚文', '周富强', '张昕', '徐立毅', '裴其娟'].sort())
    expect(people.find((person) => person.label === '张昕')!.unions.roles).toEqual(['reporter'])
  })

  it('links positions to the article where the title was seen', () => {
    const page = desiredPageFromBulletin(parsedPage())
    const xu = page.records.find((record) => record.key === 'person:徐立毅')!
    const firstArticle = page.records.find((record) => record.collection === 'articles')!
    expect(xu.unions.positions).toEqual([
      { title: '省委常委', organization: null, asOf: '2021-08-31', article: { $importRef: firstArticle.key } },
      { title: '市委书记', organization: null, asOf: '2021-08-31', article: { $importRef: firstArticle.key } },
    ])
  })

  it('rejects a page without an issue date and a page without articles', () => {
    expect(() => desiredPageFromBulletin(parsedPage({ issueDate: null }))).toThrow(PageRejectedError)
    expect(() => desiredPageFromBulletin(parsedPage({ articles: [] }))).toThrow(/no recognisable article/)
    expect(desiredPageFromBulletin(parsedPage({ issueDate: null }), { issueDate: '2021-08-31' }).issueDate).toBe('2021-08-31')
  })

  it('keeps article keys when an article is inserted before the others', () => {
    const before = desiredPageFromBulletin(parsedPage())
    const base = parsedPage()
    const inserted = parsedPage({ articles: [{ ...base.articles[1]!, title: '新增简讯', people: [], reporters: [], events: [] }, ...base.articles] })
    const after = desiredPageFromBulletin(inserted)
    const keys = (page: DesiredPage) => page.records.filter((record) => record.collection === 'articles').map((record) => record.key)
    expect(keys(after)).toEqual(expect.arrayContaining(keys(before)))
  })
})

describe('planImport', () => {
  it('creates every record of a new page as a draft', () => {
    const state = new MemoryState()
    const plan = importInto(state, desiredPageFromBulletin(parsedPage()))
    expect(actions(plan)).toEqual({ 'people:create': 6, 'events:create': 2, 'articles:create': 2 })
    expect(plan.records.filter((record) => record.collection === 'articles').every((record) => record.data._status === 'draft')).toBe(true)
    expect(plan.bulletin.action).toBe('create')
  })

  it('plans nothing for the same page a second time', () => {
    const state = new MemoryState()
    const page = desiredPageFromBulletin(parsedPage())
    importInto(state, page)
    const again = planImport(page, state.existing(page))
    expect(actions(again)).toEqual({ 'people:unchanged': 6, 'events:unchanged': 2, 'articles:unchanged': 2 })
    expect(again.records.every((record) => record.importRecord.action === 'none' && record.conflicts.length === 0)).toBe(true)
    expect(again.bulletin.action).toBe('unchanged')
  })

  it('keeps an editor’s title, reports it, and still updates the fields the editor left alone', () => {
    const state = new MemoryState()
    importInto(state, desiredPageFromBulletin(parsedPage()))
    state.docOf('article:').doc.title = '编辑改过的标题'
    const changed = parsedPage()
    changed.articles[0]!.paragraphs = [...changed.articles[0]!.paragraphs, '新增的一段。']
    const page = desiredPageFromBulletin(changed)
    const plan = planImport(page, state.existing(page))
    const article = plan.records.find((record) => record.collection === 'articles' && record.conflicts.length)!
    expect(article.conflicts).toEqual(['title'])
    expect(article.action).toBe('update')
    // The original text (provenance) follows the page too.
    expect(Object.keys(article.data).sort()).toEqual(['_status', 'body', 'source'])
  })

  it('keeps a published article published: changes go into a draft version', () => {
    const state = new MemoryState()
    importInto(state, desiredPageFromBulletin(parsedPage()))
    state.docOf('article:').published = true
    const changed = parsedPage()
    changed.articles[0]!.paragraphs = ['改写后的正文。']
    const page = desiredPageFromBulletin(changed)
    const article = planImport(page, state.existing(page)).records.find((record) => record.collection === 'articles' && record.action === 'update')!
    expect(article.saveAsDraftVersion).toBe(true)
    expect(article.data._status).toBeUndefined()
  })

  it('publishes drafts with --publish', () => {
    const state = new MemoryState()
    const page = desiredPageFromBulletin(parsedPage())
    importInto(state, page)
    const plan = planImport(page, state.existing(page), { publish: true })
    const articles = plan.records.filter((record) => record.collection === 'articles')
    expect(articles.map((record) => [record.action, record.data._status])).toEqual([['update', 'published'], ['update', 'published']])
  })

  it('does not re-create a record an editor deleted, unless asked to', () => {
    const state = new MemoryState()
    const page = desiredPageFromBulletin(parsedPage())
    importInto(state, page)
    const eventKey = page.records.find((record) => record.collection === 'events')!.key
    state.docs.delete(eventKey)
    const plan = planImport(page, state.existing(page))
    expect(plan.records.find((record) => record.key === eventKey)!.action).toBe('skipped')
    // The article that reported it no longer links to it: its events field changes, and
    // since the importer wrote the old value, that is an update, not a conflict.
    const article = plan.records.find((record) => record.collection === 'articles' && record.action === 'update')!
    expect(article.data.events).toEqual([])
    const restored = planImport(page, state.existing(page), { restoreDeleted: true })
    expect(restored.records.find((record) => record.key === eventKey)!.action).toBe('create')
  })

  it('adds new participants and positions from a later page but never re-adds what an editor removed', () => {
    const state = new MemoryState()
    const page = desiredPageFromBulletin(parsedPage())
    importInto(state, page)
    const xu = state.docOf('person:徐立毅')
    xu.doc.positions = (xu.doc.positions as Array<{ title: string }>).filter((position) => position.title !== '省委常委')
    const later = parsedPage({ sha256: 'b'.repeat(64) })
    later.people[0]!.titles = ['省委常委', '市委书记', '市人大常委会主任']
    const laterPage = desiredPageFromBulletin(later)
    const plan = planImport(laterPage, state.existing(laterPage))
    const person = plan.records.find((record) => record.key === 'person:徐立毅')!
    expect(person.conflicts).toEqual(['positions'])
    // Added in the lists' canonical order (day first seen, then title), not at the end.
    expect((person.data.positions as Array<{ title: string }>).map((position) => position.title)).toEqual(['市人大常委会主任', '市委书记'])
  })

  it('treats a person found by name without an import record as the editor’s', () => {
    const state = new MemoryState()
    const page = desiredPageFromBulletin(parsedPage())
    const existing = state.existing(page)
    existing.docs.set('person:徐立毅', { id: 99, doc: { id: 99, name: '徐立毅同志', roles: ['official'] } })
    const plan = planImport(page, existing)
    const person = plan.records.find((record) => record.key === 'person:徐立毅')!
    expect(person.action).toBe('update')
    expect(person.conflicts).toEqual(['name'])
    expect(person.importRecord.action).toBe('create')
    expect(person.data.roles).toEqual(['chair', 'official'])
  })

  it('ends with the same records whatever order two pages are imported in (workers finish pages in any order)', () => {
    const first = desiredPageFromBulletin(parsedPage())
    const laterParsed = parsedPage({ sha256: 'b'.repeat(64), issueDate: '2021-09-02' })
    laterParsed.people[0]!.titles = ['市人大常委会主任', '市委书记']
    laterParsed.people[0]!.roles = ['speaker', 'official']
    const later = desiredPageFromBulletin(laterParsed)
    const person = (state: MemoryState) => {
      const { doc } = state.docOf('person:徐立毅')
      // Ids differ by order of creation: the article as its key.
      const articleKey = (id: unknown) => [...state.docs].find(([key, entry]) => key.startsWith('article:') && entry.id === id)?.[0]
      const positions = (doc.positions as Array<{ title: string; asOf: string; article: unknown }>).map(({ title, asOf, article }) => ({ title, asOf, article: articleKey(article) }))
      return { roles: doc.roles, positions, record: state.records.get('person:徐立毅')!.written, credited: state.records.get('person:徐立毅')!.bulletin }
    }
    const inOrder = new MemoryState()
    importInto(inOrder, first)
    importInto(inOrder, later)
    const reversed = new MemoryState()
    importInto(reversed, later)
    importInto(reversed, first)
    expect(person(reversed)).toEqual(person(inOrder))
    // The earliest sighting of 市委书记 (the first page's) is kept, and the record credits that page.
    expect(person(inOrder).positions.find((position) => position.title === '市委书记')!.asOf).toBe('2021-08-31')
    expect(person(inOrder).credited).toBe(first.sha256)
  })
})
