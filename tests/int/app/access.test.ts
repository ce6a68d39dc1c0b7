import { randomUUID } from 'node:crypto'
import { performance } from 'node:perf_hooks'
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { describeWithDatabase, startTestPayload, type TestPayload } from '../../helpers/payload'
import { apiClient, type Credentials } from './apiClient'

type Api = ReturnType<typeof apiClient>

const ARTICLE_BY_ID = `query ($id: ${'$ID_TYPE'}!) { Article(id: $id) { id title _status } }`
const ARTICLE_LIST = `{ Articles(limit: 100) { totalDocs docs { id title _status } } }`

await describeWithDatabase('access over REST and GraphQL', () => {
  let app: TestPayload
  let payload: Payload
  let api: Api
  let editor: Credentials
  let admin: Credentials
  const readerKey = randomUUID()
  const reader: Credentials = { apiKey: readerKey }
  let idType: string

  beforeAll(async () => {
    app = await startTestPayload({ key: 'default' })
    payload = app.payload
    api = apiClient(payload.config)
    idType = payload.db.defaultIDType === 'number' ? 'Int' : 'String'
    // The first user becomes admin (see Users hooks), the others get the roles asked for.
    await payload.create({ collection: 'users', data: { email: 'admin@example.com', password: 'admin-pass' } })
    await payload.create({
      collection: 'users',
      data: { email: 'editor@example.com', password: 'editor-pass', roles: ['editor'] },
    })
    await payload.create({
      collection: 'users',
      data: { email: 'reader@example.com', password: 'reader-pass', roles: ['reader'], enableAPIKey: true, apiKey: readerKey },
    })
    admin = { token: await api.login('admin@example.com', 'admin-pass') }
    editor = { token: await api.login('editor@example.com', 'editor-pass') }
  })

  afterAll(async () => {
    await app?.stop()
  })

  const byId = () => ARTICLE_BY_ID.replace('$ID_TYPE', idType)

  it('hides a draft from anonymous REST and GraphQL, lists and single documents, until it is published', async () => {
    const draft = await payload.create({ collection: 'articles', data: { title: '草稿文章' } })
    expect(draft._status).toBe('draft')

    const list = await api.request('GET', '/articles')
    expect(list.status).toBe(200)
    expect(list.body.docs.map((doc: { id: unknown }) => doc.id)).not.toContain(draft.id)
    expect((await api.request('GET', `/articles/${draft.id}`)).status).toBe(404)
    const asDraft = await api.request('GET', `/articles/${draft.id}?draft=true`)
    expect(asDraft.body?.title).toBeUndefined()
    const where = await api.request('GET', `/articles?where[_status][equals]=draft&draft=true`)
    expect(where.body.docs ?? []).toEqual([])

    const gqlList = await api.graphql(ARTICLE_LIST)
    expect(gqlList.body.data.Articles.docs.map((doc: { id: unknown }) => doc.id)).not.toContain(draft.id)
    const gqlOne = await api.graphql(byId(), { variables: { id: draft.id } })
    expect(gqlOne.body.data?.Article ?? null).toBeNull()
    const gqlDrafts = await api.graphql(`{ Articles(draft: true) { docs { id } } }`)
    expect(gqlDrafts.body.data.Articles.docs.map((doc: { id: unknown }) => doc.id)).not.toContain(draft.id)

    // An editor publishes it over REST: now everyone sees it.
    const published = await api.request('PATCH', `/articles/${draft.id}`, {
      body: { _status: 'published' },
      as: editor,
    })
    expect(published.status).toBe(200)
    const after = await api.request('GET', `/articles/${draft.id}`)
    expect(after.status).toBe(200)
    expect(after.body.title).toBe('草稿文章')
    expect((await api.request('GET', '/articles')).body.docs.map((doc: { id: unknown }) => doc.id)).toContain(draft.id)
    const gqlAfter = await api.graphql(byId(), { variables: { id: draft.id } })
    expect(gqlAfter.body.data.Article).toMatchObject({ title: '草稿文章', _status: 'published' })
    const gqlListAfter = await api.graphql(ARTICLE_LIST)
    expect(gqlListAfter.body.data.Articles.docs.map((doc: { id: unknown }) => doc.id)).toContain(draft.id)
  })

  it('answers 403 to anonymous create, update and delete on every content collection', async () => {
    const article = await payload.create({ collection: 'articles', data: { title: '已发布', _status: 'published' } })
    const person = await payload.create({ collection: 'people', data: { name: '路人甲' } })
    const event = await payload.create({ collection: 'events', data: { title: '座谈会' } })
    const existing = { articles: article.id, people: person.id, events: event.id }
    const bodies = { articles: { title: 'x' }, people: { name: '路人乙' }, events: { title: 'y' } }
    for (const slug of ['articles', 'people', 'events'] as const) {
      expect([slug, (await api.request('POST', `/${slug}`, { body: bodies[slug] })).status]).toEqual([slug, 403])
      expect([slug, (await api.request('PATCH', `/${slug}/${existing[slug]}`, { body: bodies[slug] })).status]).toEqual([slug, 403])
      expect([slug, (await api.request('DELETE', `/${slug}/${existing[slug]}`)).status]).toEqual([slug, 403])
    }
    // Nothing changed underneath.
    expect((await payload.findByID({ collection: 'articles', id: article.id })).title).toBe('已发布')
    expect((await payload.count({ collection: 'people', where: { name: { equals: '路人乙' } } })).totalDocs).toBe(0)

    const mutation = await api.graphql(`mutation { createArticle(data: { title: "匿名" }) { id } }`)
    expect(mutation.body.errors?.[0]?.extensions?.statusCode).toBe(403)
    expect((await payload.count({ collection: 'articles', where: { title: { equals: '匿名' } } })).totalDocs).toBe(0)
  })

  it('lets anyone read people and events, but not users, import records or bulletins', async () => {
    expect((await api.request('GET', '/people')).status).toBe(200)
    expect((await api.request('GET', '/events')).status).toBe(200)
    expect((await api.request('GET', '/users')).status).toBe(403)
    expect((await api.request('GET', '/import-records')).status).toBe(403)
    expect((await api.request('GET', '/bulletins')).status).toBe(403)
  })

  it('lets only admins read import records, over REST and GraphQL', async () => {
    const record = await payload.create({
      collection: 'import-records',
      data: { collection: 'people', key: 'person:只给管理员看', docId: '1', written: { name: 'x' } },
    })
    for (const as of [undefined, editor, reader]) {
      expect((await api.request('GET', '/import-records', { as })).status).toBe(403)
      expect((await api.request('GET', `/import-records/${record.id}`, { as })).status).toBe(403)
      const gql = await api.graphql(`{ ImportRecords { docs { id key } } }`, { as })
      expect(gql.body.data?.ImportRecords ?? null).toBeNull()
      expect(gql.body.errors?.[0]?.extensions?.statusCode).toBe(403)
    }
    const asAdmin = await api.request('GET', `/import-records/${record.id}`, { as: admin })
    expect(asAdmin.status).toBe(200)
    expect(asAdmin.body.key).toBe('person:只给管理员看')
    const gqlAdmin = await api.graphql(`{ ImportRecords { docs { id key } } }`, { as: admin })
    expect(gqlAdmin.body.data.ImportRecords.docs.map((doc: { key: string }) => doc.key)).toContain('person:只给管理员看')
  })

  it('lets a logged-in editor edit an article', async () => {
    const article = await payload.create({ collection: 'articles', data: { title: '旧标题' } })
    const response = await api.request('PATCH', `/articles/${article.id}`, {
      body: { title: '新标题' },
      as: editor,
    })
    expect(response.status).toBe(200)
    expect(response.body.doc.title).toBe('新标题')
    expect((await payload.findByID({ collection: 'articles', id: article.id, draft: true })).title).toBe('新标题')
  })

  it('lets a read-only API key read drafts but never write', async () => {
    const draft = await payload.create({ collection: 'articles', data: { title: '只读可见的草稿' } })
    const read = await api.request('GET', `/articles/${draft.id}?draft=true`, { as: reader })
    expect(read.status).toBe(200)
    expect(read.body.title).toBe('只读可见的草稿')
    const gql = await api.graphql(byId(), { variables: { id: draft.id }, as: reader })
    expect(gql.body.data.Article.title).toBe('只读可见的草稿')

    expect((await api.request('POST', '/articles', { body: { title: 'x' }, as: reader })).status).toBe(403)
    expect((await api.request('PATCH', `/articles/${draft.id}`, { body: { title: 'x' }, as: reader })).status).toBe(403)
    expect((await api.request('DELETE', `/articles/${draft.id}`, { as: reader })).status).toBe(403)
    expect((await api.request('POST', '/people', { body: { name: '某人' }, as: reader })).status).toBe(403)
    const mutation = await api.graphql(
      `mutation ($id: ${idType}!) { updateArticle(id: $id, data: { title: "x" }) { id } }`,
      { variables: { id: draft.id }, as: reader },
    )
    expect(mutation.body.errors?.[0]?.extensions?.statusCode).toBe(403)
    expect((await payload.findByID({ collection: 'articles', id: draft.id, draft: true })).title).toBe('只读可见的草稿')

    // A made-up key is nobody: back to anonymous, the draft is hidden again.
    const stranger = await api.request('GET', `/articles/${draft.id}`, { as: { apiKey: randomUUID() } })
    expect(stranger.status).toBe(404)
  })

  it('lets only admins manage users, and keeps editors from promoting themselves', async () => {
    const byEditor = await api.request('POST', '/users', {
      body: { email: 'new@example.com', password: 'new-pass-1' },
      as: editor,
    })
    expect(byEditor.status).toBe(403)
    const byAdmin = await api.request('POST', '/users', {
      body: { email: 'new@example.com', password: 'new-pass-1', roles: ['reader'] },
      as: admin,
    })
    expect(byAdmin.status).toBe(201)
    expect(byAdmin.body.doc.roles).toEqual(['reader'])

    const me = (await api.request('GET', '/users/me', { as: editor })).body.user
    await api.request('PATCH', `/users/${me.id}`, { body: { roles: ['admin'] }, as: editor })
    const after = await payload.findByID({ collection: 'users', id: me.id })
    expect(after.roles).toEqual(['editor'])
    // An editor sees only their own account.
    const list = await api.request('GET', '/users', { as: editor })
    expect(list.body.docs.map((user: { email: string }) => user.email)).toEqual(['editor@example.com'])
  })

  it('locks an account after 5 failed logins, even for the right password', async () => {
    await payload.create({
      collection: 'users',
      data: { email: 'victim@example.com', password: 'right-pass', roles: ['editor'] },
    })
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const wrong = await api.request('POST', '/users/login', {
        body: { email: 'victim@example.com', password: `wrong-${attempt}` },
      })
      expect(wrong.status).toBe(401)
    }
    const right = await api.request('POST', '/users/login', {
      body: { email: 'victim@example.com', password: 'right-pass' },
    })
    expect(right.status).not.toBe(200)
    expect(right.body.token).toBeUndefined()
  })

  it('lets only admins unlock an account', async () => {
    await payload.create({
      collection: 'users',
      data: { email: 'locked@example.com', password: 'locked-pass', roles: ['editor'] },
    })
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await api.request('POST', '/users/login', { body: { email: 'locked@example.com', password: `bad-${attempt}` } })
    }
    const isLocked = async () =>
      Boolean((await payload.find({ collection: 'users', where: { email: { equals: 'locked@example.com' } }, showHiddenFields: true })).docs[0]?.lockUntil)
    expect(await isLocked()).toBe(true)
    for (const [who, as] of [['reader', reader], ['editor', editor], ['anonymous', undefined]] as const) {
      const response = await api.request('POST', '/users/unlock', { body: { email: 'locked@example.com' }, as })
      expect([who, response.status]).toEqual([who, 403])
    }
    expect(await isLocked()).toBe(true)
    expect((await api.request('POST', '/users/unlock', { body: { email: 'locked@example.com' }, as: admin })).status).toBe(200)
    expect(await isLocked()).toBe(false)
  })

  it('keeps a reader key from changing its own account or preferences; an editor keeps their own', async () => {
    const me = (await api.request('GET', '/users/me', { as: reader })).body.user
    expect(me.email).toBe('reader@example.com')
    for (const body of [{ email: 'taken@example.com' }, { password: 'new-pass-123' }, { apiKey: randomUUID() }]) {
      const response = await api.request('PATCH', `/users/${me.id}`, { body, as: reader })
      expect([Object.keys(body)[0], response.status]).toEqual([Object.keys(body)[0], 403])
    }
    expect((await payload.findByID({ collection: 'users', id: me.id })).email).toBe('reader@example.com')
    expect((await api.request('GET', '/users/me', { as: reader })).body.user.email).toBe('reader@example.com')

    expect((await api.request('POST', '/payload-preferences/nav', { body: { value: { open: true } }, as: reader })).status).toBe(403)
    expect((await api.request('POST', '/payload-preferences', { body: { key: 'nav', value: {} }, as: reader })).status).toBe(403)
    expect((await api.request('DELETE', '/payload-preferences/nav', { as: reader })).status).toBe(403)
    expect((await payload.count({ collection: 'payload-preferences' })).totalDocs).toBe(0)

    // Editors may still keep their own login in order, and their admin preferences.
    const editorMe = (await api.request('GET', '/users/me', { as: editor })).body.user
    const renamed = await api.request('PATCH', `/users/${editorMe.id}`, { body: { name: '编辑甲' }, as: editor })
    expect(renamed.status).toBe(200)
    const saved = await api.request('POST', '/payload-preferences/nav', { body: { value: { open: true } }, as: editor })
    expect(saved.status).toBe(200)
    expect((await api.request('GET', '/payload-preferences/nav', { as: editor })).body.value).toEqual({ open: true })
  })

  it('answers a login for an unknown email as slowly as one with a wrong password', async () => {
    const accounts = ['timing-1@example.com', 'timing-2@example.com', 'timing-3@example.com', 'timing-4@example.com']
    for (const email of accounts) {
      await payload.create({ collection: 'users', data: { email, password: 'timing-pass', roles: ['editor'] } })
    }
    const timeLogin = async (email: string) => {
      const started = performance.now()
      const response = await api.request('POST', '/users/login', { body: { email, password: 'not-the-password' } })
      expect(response.status).toBe(401)
      return performance.now() - started
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
    await timeLogin(accounts[0]) // warm-up
    await timeLogin('nobody-0@example.com')
    const existing: number[] = []
    const unknown: number[] = []
    // Interleaved, so that a busy machine slows both alike; at most 2 attempts per account, no lockout.
    for (let round = 0; round < 6; round += 1) {
      existing.push(await timeLogin(accounts[round % accounts.length]))
      unknown.push(await timeLogin(`nobody-${round}@example.com`))
    }
    const ratio = median(unknown) / median(existing)
    expect(ratio).toBeGreaterThan(0.6)
    expect(ratio).toBeLessThan(1.6)
  })

  it('answers a locked account exactly like a wrong password, over REST and GraphQL', async () => {
    await payload.create({ collection: 'users', data: { email: 'guarded@example.com', password: 'guarded-pass', roles: ['editor'] } })
    const attempts = []
    for (let attempt = 1; attempt <= 6; attempt += 1) {
      attempts.push(await api.request('POST', '/users/login', { body: { email: 'guarded@example.com', password: `wrong-${attempt}` } }))
    }
    const locked = await api.request('POST', '/users/login', { body: { email: 'guarded@example.com', password: 'guarded-pass' } })
    const unknown = await api.request('POST', '/users/login', { body: { email: 'nobody@example.com', password: 'guarded-pass' } })
    expect(locked.body.token).toBeUndefined()
    for (const response of [...attempts, locked]) {
      expect({ status: response.status, body: response.body }).toEqual({ status: unknown.status, body: unknown.body })
    }
    const gqlLogin = (email: string, password: string) =>
      api.graphql(`mutation { loginUser(email: "${email}", password: "${password}") { token } }`)
    const gqlLocked = await gqlLogin('guarded@example.com', 'guarded-pass')
    const gqlUnknown = await gqlLogin('nobody@example.com', 'guarded-pass')
    const shape = (body: any) => ({ message: body.errors?.[0]?.message, extensions: body.errors?.[0]?.extensions })
    expect(shape(gqlLocked.body)).toEqual(shape(gqlUnknown.body))
    expect(shape(gqlUnknown.body).message).toBe('The email or password provided is incorrect.')
  })

  it('names no field in GraphQL error messages ("Did you mean …")', async () => {
    const probes = [
      `{ Articles { docs { titl } } }`,
      `{ Articles(limt: 1) { docs { title } } }`,
      `query ($w: Artcle_where) { Articles(where: $w) { docs { title } } }`,
      `{ Articles(where: { titl: { equals: "x" } }) { docs { title } } }`,
    ]
    for (const query of probes) {
      const response = await api.graphql(query)
      const messages = (response.body.errors ?? []).map((error: { message: string }) => error.message)
      expect([query, messages.length > 0]).toEqual([query, true])
      expect([query, messages.join(' ')]).toEqual([query, expect.not.stringMatching(/Did you mean/)])
    }
  })
})
