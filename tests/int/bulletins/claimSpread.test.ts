/**
 * Which job a worker claims (src/jobs/claimSpread.ts): one of the oldest CLAIM_SPREAD
 * runnable jobs of its queue, never one that is running, finished or of another queue,
 * so that two workers polling together rarely claim the same page.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { CLAIM_SPREAD, pickJob } from '../../../src/jobs/claimSpread'
import { describeWithDatabase, type TestPayload } from '../../helpers/payload'
import { startImportTestPayload } from '../import/support'

const QUEUE = 'claim-spread-test'

await describeWithDatabase('claiming import jobs', () => {
  let app: TestPayload
  let payload: Payload
  const queued: Array<string | number> = []

  beforeAll(async () => {
    app = await startImportTestPayload()
    payload = app.payload
    // In creation order, a millisecond apart so that createdAt orders them.
    for (let index = 0; index < CLAIM_SPREAD + 4; index++) {
      const job = await payload.jobs.queue({ task: 'importPage', queue: QUEUE, input: { bulletin: `page-${index}` } })
      queued.push(job.id)
      await new Promise((resolve) => setTimeout(resolve, 2))
    }
    await payload.jobs.queue({ task: 'importPage', queue: 'another-queue', input: { bulletin: 'elsewhere' } })
  }, 300_000)

  afterAll(async () => {
    await app?.stop()
  })

  it('picks among the oldest CLAIM_SPREAD queued jobs of its queue, by the random draw', async () => {
    expect(await pickJob(payload, QUEUE, () => 0)).toBe(queued[0])
    expect(await pickJob(payload, QUEUE, () => 0.999)).toBe(queued[CLAIM_SPREAD - 1])
    const picks = new Set<string | number>()
    for (let draw = 0; draw < CLAIM_SPREAD; draw++) picks.add((await pickJob(payload, QUEUE, () => draw / CLAIM_SPREAD))!)
    expect([...picks].sort()).toEqual(queued.slice(0, CLAIM_SPREAD).sort())
  })

  it('never picks a job that is running or finished; null when none is left', async () => {
    await payload.db.updateMany({ collection: 'payload-jobs', where: { id: { equals: queued[0] } }, data: { processing: true }, returning: false })
    await payload.db.updateMany({ collection: 'payload-jobs', where: { id: { equals: queued[1] } }, data: { completedAt: new Date().toISOString() }, returning: false })
    expect(await pickJob(payload, QUEUE, () => 0)).toBe(queued[2])
    expect(await pickJob(payload, QUEUE, () => 0.999)).toBe(queued[CLAIM_SPREAD + 1])
    await payload.db.updateMany({ collection: 'payload-jobs', where: { queue: { equals: QUEUE } }, data: { processing: true }, returning: false })
    expect(await pickJob(payload, QUEUE)).toBeNull()
    expect(await pickJob(payload, 'another-queue', () => 0)).not.toBeNull()
  })
})
