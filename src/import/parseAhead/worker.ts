/**
 * The parse-ahead thread (see ./index.ts): parses the pages it is sent, one at a time, with
 * the same `parseBulletin` the main thread would call, and posts back the plain result or
 * the error (BulletinInputError's code and line survive the thread boundary).
 */
import v8 from 'node:v8'
import vm from 'node:vm'
import { parentPort } from 'node:worker_threads'
import { parseBulletin, type ParseOptions } from '../../bulletin/index'

export interface ParseRequest {
  id: number
  bytes: Uint8Array
  options: ParseOptions
}

/**
 * A full collection of this thread's heap every few pages. Why: the thread holds some 35 MB
 * that lives for the whole run (jieba's tag table, the gazetteer) and makes a page's worth of
 * garbage per page; left to itself V8 lets the old generation grow to about four times what
 * survives before collecting, so the thread's heap climbed from ~95 MB to ~140 MB over a long
 * import without holding anything more. A collection costs 30–50 ms (it marks those 35 MB),
 * more than parsing a page, so it runs every COLLECT_EVERY_PAGES pages, not after each: on two
 * cores the thread's time is taken from the importer's writes. The heap then stays at what
 * lives plus a few pages. A worker cannot be started with `--expose-gc`
 * (ERR_WORKER_INVALID_EXEC_ARGV), so the flag is set here and the function taken from a fresh
 * context, the documented way to reach it after start-up.
 */
v8.setFlagsFromString('--expose-gc')
const collectGarbage = vm.runInNewContext('gc') as () => void
const COLLECT_EVERY_PAGES = 5
let pagesParsed = 0

parentPort!.on('message', ({ id, bytes, options }: ParseRequest) => {
  try {
    const parsed = parseBulletin(bytes, options)
    // This thread's own heap right after the page, before its collection: the top of its
    // saw-tooth (process.memoryUsage() in a worker reports its own isolate's heap), for the bench.
    parentPort!.postMessage({ id, parsed, heapUsed: process.memoryUsage().heapUsed })
  } catch (error) {
    const { name, message, code, line } = error as Error & { code?: unknown; line?: unknown }
    parentPort!.postMessage({ id, error: { name, message: message ?? String(error), code, line } })
  }
  pagesParsed += 1
  if (pagesParsed % COLLECT_EVERY_PAGES === 0) collectGarbage()
})
