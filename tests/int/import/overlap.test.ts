import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { parseBulletin, type ParseOptions } from '../../../src/bulletin/index'
import { collectInputs } from '../../../src/import/inputs'
import { runImport } from '../../../src/import/run'
import { describeWithDatabase, type TestPayload } from '../../helpers/payload'
import { samplePath, writeArchive } from './pageArchive'
import { startImportTestPayload } from './support'

/**
 * With a parser of its own (the parse-ahead thread), runImport reads and parses page n + 1
 * while page n is written. On SQLite the driver is synchronous behind its promises, so this
 * only holds if the importer lets the event loop run during a page (persist.ts
 * yieldToEventLoop): otherwise the next page's file read completes when the page ends and
 * its parse overlaps nothing.
 */
const sample = samplePath(process.cwd())
const haveSample = fs.existsSync(sample)
if (!haveSample) {
  if (process.env.CI === 'true') throw new Error(`missing ${sample}: CI must provide ../shared beside the repository`)
  console.warn(`Skipping the parse-ahead overlap test: ${sample} is missing`)
}

await (haveSample ? describeWithDatabase : async (name: string, body: () => void) => describe.skip(name, body))('import: the next page is read and parsed while one is written', () => {
  let db: TestPayload
  let dir: string
  beforeAll(async () => {
    db = await startImportTestPayload()
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'overlap-'))
    writeArchive(fs.readFileSync(sample, 'utf8'), dir, 3)
  })
  afterAll(async () => {
    await db?.stop()
    if (dir) fs.rmSync(dir, { recursive: true, force: true })
  })

  it('starts parsing each next page before the page in hand is done', async () => {
    const events: string[] = []
    const parsePage = async (bytes: Uint8Array, options: ParseOptions) => {
      events.push(`parse ${path.basename(options.source ?? '')}`)
      return parseBulletin(bytes, options)
    }
    const inputs = await collectInputs([dir])
    const report = await runImport(db.payload, inputs, {
      parsePage,
      onFile: (file) => events.push(`done ${path.basename(file.source)}`),
    })
    expect(report.totals.failed).toBe(0)
    expect(report.files.map((file) => file.status)).toEqual(['imported', 'imported', 'imported'])
    const [first, second, third] = inputs.map((input) => path.basename(input.source))
    expect(events).toEqual([`parse ${first}`, `parse ${second}`, `done ${first}`, `parse ${third}`, `done ${second}`, `done ${third}`])
  })
})
