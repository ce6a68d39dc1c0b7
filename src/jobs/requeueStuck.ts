/**
 * Puts import jobs stuck in `processing` back in the queue. Payload 3.x leaves a job whose
 * worker died (SIGKILL, a lost machine) marked processing forever (payload#17220), and no
 * worker picks it up again. A job counts as stuck when it has been processing, unfinished,
 * for longer than `olderThanMs` since its last update (a page takes seconds). Putting back
 * one whose worker is only slow is harmless: the page transaction and the importer's
 * idempotence make the second run find every record unchanged.
 */
import type { Payload, Where } from 'payload'

export async function requeueStuckJobs(payload: Payload, options: { queue: string; olderThanMs: number; now?: Date }): Promise<Array<string | number>> {
  const before = new Date((options.now ?? new Date()).getTime() - options.olderThanMs).toISOString()
  const stillStuck: Where[] = [{ queue: { equals: options.queue } }, { processing: { equals: true } }, { completedAt: { exists: false } }]
  const stuck = await payload.find({
    collection: 'payload-jobs',
    where: { and: [...stillStuck, { updatedAt: { less_than: before } }] },
    pagination: false,
    depth: 0,
    select: { queue: true },
  })
  const ids = stuck.docs.map((job) => job.id)
  if (ids.length) {
    // The adapter directly, as Payload's own job runner writes jobs (no hooks on payload-jobs).
    await payload.db.updateMany({ collection: 'payload-jobs', where: { and: [...stillStuck, { id: { in: ids } }] }, returning: false, data: { processing: false } })
  }
  return ids
}
