import { afterAll, describe, expect, test } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { BulletinInputError, parseBulletin } from '../../../src/bulletin/index'
import { startPageParserThread, type PageParserThread } from '../../../src/import/parseAhead/index'
import { repoRoot } from '../bulletin/repoPaths'

const fixtures = path.join(repoRoot, 'tests/fixtures/pages')
const pages = [path.join(repoRoot, 'samples/city-daily-2024-03-12.txt'), ...readdirSync(fixtures).filter((file) => file.endsWith('.txt')).map((file) => path.join(fixtures, file))]
const options = { source: 'page.txt', issueDate: '2024-03-12', publication: '澜江日报' }
const opened: PageParserThread[] = []
afterAll(async () => {
  for (const thread of opened) await thread.close()
})

describe('parse-ahead thread', () => {
  test('returns exactly what parseBulletin returns in place, for several pages in flight at once', async () => {
    const thread = startPageParserThread()
    opened.push(thread)
    const bytes = pages.map((file) => readFileSync(file))
    const variants = [...bytes, Buffer.from(bytes[0]!.toString('utf8').replace(/澜江/g, '清河'))]
    const threaded = await Promise.all(variants.map((page) => thread.parse(page, options)))
    expect(threaded).toEqual(variants.map((page) => parseBulletin(page, options)))
    expect(threaded[0]!.articles.length).toBeGreaterThan(2)
    expect(thread.running).toBe(true)
    // Its heap is its own, reported apart (the bench adds it to the importer's).
    expect(thread.peakHeapUsed).toBeGreaterThan(1024 * 1024)
  })

  test('an unreadable page is the same BulletinInputError, with its code and line', async () => {
    const thread = startPageParserThread()
    opened.push(thread)
    const binary = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0x00, 0x01])
    const inPlace = (() => {
      try {
        parseBulletin(binary, options)
      } catch (error) {
        return error as BulletinInputError
      }
      throw new Error('expected the in-place parse to throw')
    })()
    const error = await thread.parse(binary, options).then(
      () => null,
      (caught: unknown) => caught,
    )
    expect(error).toBeInstanceOf(BulletinInputError)
    expect(error).toMatchObject({ code: inPlace.code, line: inPlace.line, message: inPlace.message })
  })

  test('a thread that cannot start leaves the pages to be parsed in place', async () => {
    const thread = startPageParserThread(path.join(repoRoot, 'tests/unit/import/no-such-entry.mjs'))
    opened.push(thread)
    const page = readFileSync(pages[0]!)
    expect(await thread.parse(page, options)).toEqual(parseBulletin(page, options))
    // And still after the thread's failure has been noticed.
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(thread.running).toBe(false)
    expect(thread.peakHeapUsed).toBe(0)
    expect((await thread.parse(page, options)).sha256).toBe(parseBulletin(page, options).sha256)
  })
})
