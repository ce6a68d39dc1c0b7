import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { describeWithDatabase, startTestPayload, type TestPayload } from '../../helpers/payload'
import { apiClient, type Credentials } from './apiClient'

type Api = ReturnType<typeof apiClient>
/** Ids of a list or join, whether its documents are populated or (depth 0) ids. */
const ids = (docs: Array<unknown>) => docs.map((doc) => (doc && typeof doc === 'object' ? (doc as { id: unknown }).id : doc))

await describeWithDatabase('what published articles vouch for: people and events', () => {
  let app: TestPayload
  let payload: Payload
  let api: Api
  const reader: Credentials = { apiKey: randomUUID() }
  let draftOnly: { id: number }
  let both: { id: number }
  let draftEvent: { id: number }
  let publicEvent: { id: number }
  let draft: { id: number }
  let published: { id: number }

  beforeAll(async () => {
    app = await startTestPayload({ key: 'default' })
    payload = app.payload
    api = apiClient(payload.config)
    await payload.create({ collection: 'users', data: { email: 'admin@example.com', password: 'admin-pass' } })
    await payload.create({
      collection: 'users',
      data: { email: 'reader@example.com', password: 'reader-pass', roles: ['reader'], enableAPIKey: true, apiKey: reader.apiKey },
    })
    draftOnly = await payload.create({ collection: 'people', data: { name: '草稿人物' } })
    both = await payload.create({ collection: 'people', data: { name: '公开人物' } })
    draftEvent = await payload.create({
      collection: 'events',
      data: { title: '未发布的会议', participants: [{ person: draftOnly.id, role: 'chair' }, { person: both.id, role: 'attendee' }] },
    })
    publicEvent = await payload.create({
      collection: 'events',
      data: { title: '已发布的会议', participants: [{ person: both.id, role: 'chair' }] },
    })
    draft = await payload.create({
      collection: 'articles',
      data: { title: '草稿', people: [draftOnly.id, both.id], events: [draftEvent.id] },
    })
    published = await payload.create({
      collection: 'articles',
      data: { title: '已发布', _status: 'published', people: [both.id], events: [publicEvent.id] },
    })
    await payload.update({
      collection: 'people',
      id: both.id,
      data: {
        positions: [
          { title: '市长', article: published.id },
          { title: '新任书记', article: draft.id },
          { title: '编辑录入的职务' },
        ],
      },
    })
  })

  afterAll(async () => {
    await app?.stop()
  })

  it('shows anonymous readers only events a published article reports', async () => {
    expect(ids((await api.request('GET', '/events')).body.docs)).toEqual([publicEvent.id])
    expect((await api.request('GET', `/events/${draftEvent.id}`)).status).toBe(404)
    expect((await api.request('GET', `/events?where[title][equals]=未发布的会议`)).body.docs).toEqual([])
    const gql = await api.graphql(`{ Events { docs { id title } } }`)
    expect(ids(gql.body.data.Events.docs)).toEqual([publicEvent.id])
    // Through a person's `events` join too.
    const person = await api.request('GET', `/people/${both.id}`)
    expect(ids(person.body.events.docs)).toEqual([publicEvent.id])
    const gqlPerson = await api.graphql(`{ People { docs { id events { docs { id title } } } } }`)
    expect(gqlPerson.body.errors).toBeUndefined()
    expect(gqlPerson.body.data.People.docs.flatMap((doc: any) => ids(doc.events.docs))).toEqual([publicEvent.id])
    // Logged in, everything.
    expect(ids((await api.request('GET', '/events', { as: reader })).body.docs).sort()).toEqual([draftEvent.id, publicEvent.id].sort())
  })

  it('shows anonymous readers only people a published article names, and only positions from published articles', async () => {
    expect(ids((await api.request('GET', '/people')).body.docs)).toEqual([both.id])
    expect((await api.request('GET', `/people/${draftOnly.id}`)).status).toBe(404)
    const person = await api.request('GET', `/people/${both.id}?depth=0`)
    expect(person.body.positions.map((row: { title: string }) => row.title)).toEqual(['市长', '编辑录入的职务'])
    expect(ids(person.body.mentionedIn.docs)).toEqual([published.id])
    const gql = await api.graphql(`{ People { docs { name positions { title article { id } } } } }`)
    expect(gql.body.errors).toBeUndefined()
    expect(gql.body.data.People.docs).toEqual([
      { name: '公开人物', positions: [{ title: '市长', article: { id: published.id } }, { title: '编辑录入的职务', article: null }] },
    ])
    // A published article's populated people follow the same rule.
    const article = await api.request('GET', `/articles/${published.id}?depth=1`)
    expect(article.body.people[0].positions.map((row: { title: string }) => row.title)).toEqual(['市长', '编辑录入的职务'])
    // A query through the relationship finds nothing more than the person list does.
    const byName = await api.request('GET', `/articles?where[people.name][equals]=草稿人物`)
    expect(byName.status).toBe(200)
    expect(byName.body.docs).toEqual([])
    // The importer (Local API, no user, access overridden) sees every row, or it would take
    // the hidden ones for an editor's deletion.
    expect((await payload.findByID({ collection: 'people', id: both.id, depth: 0 })).positions).toHaveLength(3)
    // Logged in, everything.
    const asReader = await api.request('GET', `/people/${both.id}?depth=0`, { as: reader })
    expect(asReader.body.positions).toHaveLength(3)
    expect(ids((await api.request('GET', '/people', { as: reader })).body.docs)).toHaveLength(2)
  })

  it('makes an event and a position public when their article is published', async () => {
    await payload.update({ collection: 'articles', id: draft.id, data: { _status: 'published' } })
    expect(ids((await api.request('GET', '/events')).body.docs).sort()).toEqual([draftEvent.id, publicEvent.id].sort())
    expect((await api.request('GET', `/people/${draftOnly.id}`)).status).toBe(200)
    const person = await api.request('GET', `/people/${both.id}?depth=0`)
    expect(person.body.positions).toHaveLength(3)
  })
})
