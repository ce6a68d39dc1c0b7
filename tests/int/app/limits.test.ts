import { afterAll, beforeAll, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { MAX_LIST_LIMIT, MAX_REQUEST_BODY_BYTES } from '../../../src/limits/requestLimits'
import { describeWithDatabase, startTestPayload, type TestPayload } from '../../helpers/payload'
import { apiClient } from './apiClient'

type Api = ReturnType<typeof apiClient>

const PEOPLE = MAX_LIST_LIMIT + 1
const LINKED_PEOPLE = 26
const ARTICLES = 8

/** The query: people → articles mentioning them → their people → …, `levels` joins deep. */
function nestedJoinQuery(levels: number): string {
  let inner = 'name'
  for (let level = 0; level < levels; level += 1) {
    inner = `name mentionedIn { docs { title people { ${inner} } } }`
  }
  return `{ People { docs { ${inner} } } }`
}

/** A body stream of `megabytes` 1 MB chunks, made only as they are read; `pulled()` says how many were. */
function lazyBody(megabytes: number) {
  let pulled = 0
  const chunk = new Uint8Array(1024 * 1024).fill(0x20)
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= megabytes) return controller.close()
      pulled += 1
      controller.enqueue(chunk)
    },
  })
  return { stream, pulled: () => pulled }
}

await describeWithDatabase('request limits over REST and GraphQL', () => {
  let app: TestPayload
  let payload: Payload
  let api: Api

  beforeAll(async () => {
    app = await startTestPayload({ key: 'default' })
    payload = app.payload
    api = apiClient(payload.config)
    // The shape that took the server down: every article mentions every person.
    const people = []
    for (let index = 0; index < PEOPLE; index += 1) {
      people.push(await payload.create({ collection: 'people', data: { name: `人物${index}` }, depth: 0 }))
    }
    const linked = people.slice(0, LINKED_PEOPLE).map((person) => person.id)
    const articles = []
    for (let index = 0; index < ARTICLES; index += 1) {
      articles.push(
        await payload.create({
          collection: 'articles',
          data: {
            title: `报道${index}`,
            _status: 'published',
            // The first article names everyone, so every person is public.
            people: index === 0 ? people.map((person) => person.id) : linked,
            reporters: linked.slice(0, 3),
          },
          depth: 0,
        }),
      )
    }
    for (const person of people.slice(0, LINKED_PEOPLE)) {
      await payload.update({
        collection: 'people',
        id: person.id,
        data: { positions: articles.map((article) => ({ title: '职务', article: article.id })) },
        depth: 0,
      })
    }
  })

  afterAll(async () => {
    await app?.stop()
  })

  it('refuses the nested join query 5 and 15 levels deep at once, and stays usable', async () => {
    for (const levels of [5, 15]) {
      const started = Date.now()
      const response = await api.graphql(nestedJoinQuery(levels))
      const elapsed = Date.now() - started
      expect([levels, response.body.data ?? null]).toEqual([levels, null])
      expect(response.body.errors?.[0]?.message).toMatch(/nested \d+ levels deep|could touch about/)
      expect(elapsed).toBeLessThan(3_000)
    }
    // Two levels is a real question ("who else is in the articles naming X") and is answered.
    const shallow = await api.graphql(nestedJoinQuery(1))
    expect(shallow.body.errors).toBeUndefined()
    expect(shallow.body.data.People.docs.length).toBeGreaterThan(0)
    // Many cheap lists side by side are as costly as one deep one.
    const wide = await api.graphql(
      `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: People(limit: 100) { docs { mentionedIn { docs { title } } } }`).join(' ')} }`,
    )
    expect(wide.body.errors?.[0]?.message).toMatch(/could touch about/)
    const after = await api.request('GET', '/people?limit=1')
    expect(after.status).toBe(200)
  })

  it(`returns at most ${MAX_LIST_LIMIT} documents per list, whatever limit or pagination is asked`, async () => {
    for (const query of ['limit=0', 'limit=100000', 'pagination=false']) {
      const response = await api.request('GET', `/people?${query}&depth=0`)
      expect([query, response.status, response.body.docs.length]).toEqual([query, 200, MAX_LIST_LIMIT])
    }
    const gql = await api.graphql(`{ People(limit: 0) { docs { id } } }`)
    expect(gql.body.data.People.docs).toHaveLength(MAX_LIST_LIMIT)
    // The Local API (importer, scripts) is not capped.
    expect((await payload.find({ collection: 'people', pagination: false, depth: 0 })).docs).toHaveLength(PEOPLE)
  })

  it('caps REST depth: depth=10 on a list answers what depth=2 answers', async () => {
    const deep = await api.request('GET', '/people?depth=10&limit=5&sort=createdAt')
    const capped = await api.request('GET', '/people?depth=2&limit=5&sort=createdAt')
    expect(deep.status).toBe(200)
    expect(JSON.stringify(deep.body).length).toBe(JSON.stringify(capped.body).length)
  })

  it(`refuses a request body over ${MAX_REQUEST_BODY_BYTES} bytes with 413 without reading it whole`, async () => {
    const url = `${api.origin}/api/articles`
    // No Content-Length (chunked): read only up to the limit.
    const chunked = lazyBody(200)
    const response = await api.send(
      new Request(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: chunked.stream,
        duplex: 'half',
      } as RequestInit),
    )
    expect(response.status).toBe(413)
    expect(chunked.pulled()).toBeLessThanOrEqual(Math.ceil(MAX_REQUEST_BODY_BYTES / (1024 * 1024)) + 2)
    // A declared Content-Length over the limit: nothing is read.
    const declared = lazyBody(200)
    const refused = await api.send(
      new Request(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Content-Length': String(200 * 1024 * 1024) },
        body: declared.stream,
        duplex: 'half',
      } as RequestInit),
    )
    expect(refused.status).toBe(413)
    expect(declared.pulled()).toBeLessThanOrEqual(2)
    // GraphQL too.
    const gqlBody = lazyBody(200)
    const gql = await api.sendGraphql(
      new Request(`${api.origin}/api/graphql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: gqlBody.stream,
        duplex: 'half',
      } as RequestInit),
    )
    expect(gql.status).toBe(413)
    // An ordinary body still goes through (anonymous create: refused by access, not by size).
    expect((await api.request('POST', '/articles', { body: { title: 'x' } })).status).toBe(403)
  })
})
