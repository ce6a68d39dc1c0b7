/**
 * Which queued job a worker asks Payload's runner for. Left to itself, `payload.jobs.run`
 * claims the oldest queued job with a find followed by an update (@payloadcms/drizzle
 * 3.90.2 updateJobs: not atomic, payload#11865), so two workers that poll at the same
 * moment are handed the same job. Worse, the pair then stays in step: both finish that page
 * together (one imports it, its twin waits for the locks and finds it unchanged) and both
 * claim the next oldest job at once again. Two workers measured 0.88× the pages/s of one.
 *
 * A worker therefore picks one job at random among the oldest few queued ones and asks the
 * runner for exactly that job (the runner's own conditions, queued and not processing,
 * still apply). Two workers polling together now pick the same job with a chance of
 * 1 in CLAIM_SPREAD instead of always, and a twin run stays harmless (see importPageTask).
 * Pages still go roughly in queue order: each job waits for at most CLAIM_SPREAD - 1 younger ones.
 */
import type { Payload, Where } from 'payload'

/** How many of the oldest queued jobs a worker chooses among. */
export const CLAIM_SPREAD = 16

/** Jobs the runner itself would take: queued on `queue`, not running, not finished, not failed, due. */
function runnable(queue: string, now: Date): Where {
  return {
    and: [
      { queue: { equals: queue } },
      { processing: { equals: false } },
      { completedAt: { exists: false } },
      { hasError: { not_equals: true } },
      { or: [{ waitUntil: { exists: false } }, { waitUntil: { less_than: now.toISOString() } }] },
    ],
  }
}

/** The id of a job to run next, or null when the queue has none. `random` is for tests. */
export async function pickJob(payload: Payload, queue: string, random: () => number = Math.random): Promise<string | number | null> {
  const oldest = await payload.find({
    collection: 'payload-jobs',
    where: runnable(queue, new Date()),
    sort: 'createdAt',
    limit: CLAIM_SPREAD,
    pagination: false,
    depth: 0,
    select: { queue: true },
  })
  if (!oldest.docs.length) return null
  return oldest.docs[Math.floor(random() * oldest.docs.length)]!.id
}
