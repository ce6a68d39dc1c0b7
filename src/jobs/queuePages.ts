/**
 * `npm run import -- --queue`: stores each page on the `bulletins` upload collection (its
 * bytes in the database, its options as fields) and lets the collection's hook queue one
 * import job per page, to be run by `npm run worker` on any machine. Nothing is imported here.
 */
import { createHash } from 'node:crypto'
import path from 'node:path'
import type { Payload } from 'payload'
import { describeReadError, type ImportInput } from '../import/inputs'
import { collectEveryFewPages } from '../import/pageMemory'

export interface QueueOptions {
  issueDate?: string | null
  publication?: string | null
  page?: string | null
}

export interface QueueReport {
  /** Pages stored and queued. */
  queued: Array<{ source: string; bulletin: string | number }>
  /** Pages whose bytes a bulletin holds already: nothing stored, nothing queued. */
  alreadyStored: Array<{ source: string; bulletin: string | number }>
  failed: Array<{ source: string; error: string }>
}

export async function queuePages(payload: Payload, inputs: ImportInput[], options: QueueOptions = {}, onPage?: (done: number) => void): Promise<QueueReport> {
  const report: QueueReport = { queued: [], alreadyStored: [], failed: [] }
  // Each stored page is a transaction (the bulletin and its job): the same leak as runImport's.
  const pageDone = collectEveryFewPages()
  for (const input of inputs) {
    try {
      let bytes: Buffer
      try {
        bytes = Buffer.from(await input.read())
      } catch (error) {
        throw new Error(`cannot read ${input.source}: ${describeReadError(error)}`)
      }
      const sha256 = createHash('sha256').update(bytes).digest('hex')
      const [existing] = (await payload.find({ collection: 'bulletins', where: { sha256: { equals: sha256 } }, limit: 1, depth: 0, select: { sha256: true } })).docs
      if (existing) {
        report.alreadyStored.push({ source: input.source, bulletin: existing.id })
        continue
      }
      const name = input.source === '-' ? 'stdin.txt' : path.basename(input.source)
      const created = await payload.create({
        collection: 'bulletins',
        data: { publication: options.publication ?? null, issueDate: options.issueDate ?? null, page: options.page ?? null },
        file: { data: bytes, mimetype: 'text/plain', name, size: bytes.length },
        depth: 0,
      })
      report.queued.push({ source: input.source, bulletin: created.id })
    } catch (error) {
      const details = (error as { data?: { errors?: Array<{ message?: string }> } }).data?.errors?.map((item) => item.message).join('; ')
      report.failed.push({ source: input.source, error: details || (error instanceof Error ? error.message : String(error)) })
    } finally {
      pageDone()
      onPage?.(report.queued.length + report.alreadyStored.length + report.failed.length)
    }
  }
  return report
}
