import { afterAll, beforeAll, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { describeWithDatabase, startTestPayload, type TestPayload } from '../../helpers/payload'

/** A Lexical document in the full node shape the admin writes (one paragraph per string). */
function lexicalParagraphs(paragraphs: string[]) {
  return {
    root: {
      type: 'root',
      format: '' as const,
      indent: 0,
      version: 1,
      direction: 'ltr' as const,
      children: paragraphs.map((text) => ({
        type: 'paragraph',
        format: '' as const,
        indent: 0,
        version: 1,
        direction: 'ltr' as const,
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', detail: 0, format: 0, mode: 'normal', style: '', text, version: 1 }],
      })),
    },
  }
}

function idOf(value: unknown): unknown {
  return value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value
}

await describeWithDatabase('collections: create and read back with relationships', () => {
  let app: TestPayload
  let payload: Payload

  beforeAll(async () => {
    app = await startTestPayload()
    payload = app.payload
  })

  afterAll(async () => {
    await app?.stop()
  })

  it('stores a person with aliases, positions and roles, and derives the name key', async () => {
    const person = await payload.create({
      collection: 'people',
      data: {
        name: '张 昕',
        aliases: [{ name: '张昕同志' }],
        positions: [{ title: '市委书记', organization: '郑州市委', asOf: '1998-01-04T00:00:00.000Z' }],
        roles: ['official', 'chair'],
      },
    })
    const read = await payload.findByID({ collection: 'people', id: person.id })
    expect(read.name).toBe('张昕')
    expect(read.nameKey).toBe('张昕')
    expect(read.aliases?.map((alias) => alias.name)).toEqual(['张昕同志'])
    expect(read.positions?.[0]).toMatchObject({ title: '市委书记', organization: '郑州市委' })
    expect(read.positions?.[0]?.asOf?.slice(0, 10)).toBe('1998-01-04')
    expect(read.roles).toEqual(['official', 'chair'])
  })

  it('refuses a second person with the same normalised name', async () => {
    await payload.create({ collection: 'people', data: { name: '李四' } })
    await expect(payload.create({ collection: 'people', data: { name: '李 四' } })).rejects.toThrow()
  })

  it('links an article to people and events, and shows the reverse links on both', async () => {
    const reporter = await payload.create({ collection: 'people', data: { name: '王记者', roles: ['reporter'] } })
    const official = await payload.create({ collection: 'people', data: { name: '赵市长', roles: ['official'] } })
    const event = await payload.create({
      collection: 'events',
      data: {
        title: '全市经济工作会议',
        type: 'meeting',
        startDate: '1998-01-03T00:00:00.000Z',
        timeOfDay: 'morning',
        time: '09:30',
        timeApproximate: true,
        locations: ['市委礼堂'],
        organizers: ['市委', '市政府'],
        participants: [{ person: official.id, role: 'chair' }],
      },
    })
    const article = await payload.create({
      collection: 'articles',
      data: {
        title: '全市经济工作会议召开',
        kicker: '抓住机遇',
        subtitle: '赵市长主持',
        dateline: '本报讯',
        reporters: [reporter.id],
        body: lexicalParagraphs(['第一段。', '第二段。']),
        excerpt: '第一段。',
        publication: '郑州日报',
        issueDate: '1998-01-04T00:00:00.000Z',
        page: '1',
        people: [official.id],
        places: ['郑州'],
        events: [event.id],
        source: { file: 'p1.txt', sha256: 'ab'.repeat(32), position: 2, line: 10, originalText: '原文' },
        _status: 'published',
      },
    })

    const read = await payload.findByID({ collection: 'articles', id: article.id, depth: 1 })
    expect(read.title).toBe('全市经济工作会议召开')
    // Issue 10: the readable form (issue date + title in pinyin) replaced the positional one.
    expect(read.slug).toBe('1998-01-04-quan-shi-jing-ji-gong-zuo-hui-yi-zhao-kai')
    expect(read.language).toBe('zh-CN')
    expect(read.reporters?.map(idOf)).toEqual([reporter.id])
    expect(read.people?.map(idOf)).toEqual([official.id])
    expect(read.events?.map(idOf)).toEqual([event.id])
    expect(read.places).toEqual(['郑州'])
    expect(read.source).toMatchObject({ file: 'p1.txt', position: 2, line: 10, originalText: '原文' })
    const paragraphs = (read.body as ReturnType<typeof lexicalParagraphs>).root.children
    expect(paragraphs.map((node) => node.children[0].text)).toEqual(['第一段。', '第二段。'])

    const readEvent = await payload.findByID({ collection: 'events', id: event.id, depth: 0 })
    expect(readEvent.participants?.map((p) => [idOf(p.person), p.role])).toEqual([[official.id, 'chair']])
    expect(readEvent.articles?.docs?.map(idOf)).toEqual([article.id])

    const readOfficial = await payload.findByID({ collection: 'people', id: official.id, depth: 0 })
    expect(readOfficial.mentionedIn?.docs?.map(idOf)).toEqual([article.id])
    expect(readOfficial.events?.docs?.map(idOf)).toEqual([event.id])
    const readReporter = await payload.findByID({ collection: 'people', id: reporter.id, depth: 0 })
    expect(readReporter.reported?.docs?.map(idOf)).toEqual([article.id])
    expect(readReporter.mentionedIn?.docs ?? []).toEqual([])
  })

  it('gives articles readable slugs: date + pinyin, unique, kept once published', async () => {
    const make = (publication: string) =>
      payload.create({ collection: 'articles', data: { title: '兰江新桥通车', publication, issueDate: '2024-03-12T00:00:00.000Z' } })
    const first = await make('澜江日报')
    const otherPaper = await make('澜江晚报')
    const samePaper = await make('澜江日报')
    expect([first.slug, otherPaper.slug, samePaper.slug]).toEqual([
      '2024-03-12-lan-jiang-xin-qiao-tong-che',
      '2024-03-12-lan-jiang-xin-qiao-tong-che-2',
      '2024-03-12-lan-jiang-xin-qiao-tong-che-3',
    ])
    // A draft's headline fixed and the article published: the address stays.
    await payload.update({ collection: 'articles', id: first.id, data: { title: '兰江二桥通车', _status: 'published' } })
    const published = await payload.findByID({ collection: 'articles', id: first.id })
    expect(published.slug).toBe('2024-03-12-lan-jiang-xin-qiao-tong-che')
    await expect(
      payload.update({ collection: 'articles', id: first.id, data: { slug: 'another-address' } }),
    ).rejects.toThrow(/slug|网址标识/)
    expect((await payload.findByID({ collection: 'articles', id: first.id })).slug).toBe('2024-03-12-lan-jiang-xin-qiao-tong-che')
    // A draft's slug an editor may still type.
    const retyped = await payload.update({ collection: 'articles', id: samePaper.id, data: { slug: 'lan-jiang-xin-qiao' } })
    expect(retyped.slug).toBe('lan-jiang-xin-qiao')
  })

  it('stores a bulletin and its import records', async () => {
    const article = await payload.create({ collection: 'articles', data: { title: '简讯' } })
    const bulletin = await payload.create({
      collection: 'bulletins',
      data: {
        sha256: 'cd'.repeat(32),
        source: 'page-1.txt',
        publication: '郑州日报',
        issueDate: '1998-01-04T00:00:00.000Z',
        importedAt: new Date().toISOString(),
        articles: [article.id],
        importStatus: 'imported',
      },
    })
    const record = await payload.create({
      collection: 'import-records',
      data: {
        collection: 'articles',
        key: 'zzrb/1998-01-04/0/简讯',
        docId: String(article.id),
        written: { title: 'hash-1' },
        bulletin: 'cd'.repeat(32),
      },
    })
    const readBulletin = await payload.findByID({ collection: 'bulletins', id: bulletin.id, depth: 0 })
    expect(readBulletin.articles?.map(idOf)).toEqual([article.id])
    expect(readBulletin.importStatus).toBe('imported')
    const found = await payload.find({
      collection: 'import-records',
      where: { key: { equals: 'zzrb/1998-01-04/0/简讯' } },
    })
    expect(found.docs.map((doc) => doc.id)).toEqual([record.id])
    expect(found.docs[0]?.written).toEqual({ title: 'hash-1' })
  })

  it('makes the first user an admin and later users editors by default', async () => {
    const first = await payload.create({
      collection: 'users',
      data: { email: 'first@example.com', password: 'secret-1', roles: ['reader'] },
    })
    const second = await payload.create({
      collection: 'users',
      data: { email: 'second@example.com', password: 'secret-2' },
    })
    expect(first.roles).toEqual(['admin'])
    expect(second.roles).toEqual(['editor'])
  })
})
