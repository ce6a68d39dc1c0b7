/**
 * The parse-ahead thread (see ./index.ts): parses the pages it is sent, one at a time, with
 * the same `parseBulletin` the main thread would call, and posts back the plain result or
 * the error (BulletinInputError's code and line survive the thread boundary).
 */
import { parentPort } from 'node:worker_threads'
import { parseBulletin, type ParseOptions } from '../../bulletin/index'

export interface ParseRequest {
  id: number
  bytes: Uint8Array
  options: ParseOptions
}

parentPort!.on('message', ({ id, bytes, options }: ParseRequest) => {
  try {
    const parsed = parseBulletin(bytes, options)
    // This thread's own heap (process.memoryUsage() in a worker reports its isolate's heap), for the bench.
    parentPort!.postMessage({ id, parsed, heapUsed: process.memoryUsage().heapUsed })
  } catch (error) {
    const { name, message, code, line } = error as Error & { code?: unknown; line?: unknown }
    parentPort!.postMessage({ id, error: { name, message: message ?? String(error), code, line } })
  }
})
