/**
 * Parse-ahead: while the importer writes page n, a worker thread parses page n + 1.
 *
 * Why: an archive import is two CPU-bound jobs in turn on one thread — the parser (10–25 %
 * of a page's import time, `npm run bench -- import`) and the Local API's writes. On a
 * machine with a second core the parser's share disappears from the wall time. The parser
 * is pure and its result plain data, so it crosses the thread boundary by structured clone
 * unchanged: the page is imported exactly as if it had been parsed in place (one import
 * path; the importer only receives the result earlier).
 *
 * Only the long-running commands use it (`npm run import`, the bench): a single page (an
 * upload, a queued job) has nothing to overlap with. Where a thread cannot start (no tsx
 * loader, e.g. under Jest's VM modules), pages are parsed on the calling thread instead.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { BulletinInputError, parseBulletin, type BulletinInputErrorCode, type ParseOptions, type ParsedBulletin } from '../../bulletin/index'
import type { ParseRequest } from './worker'

export type PageParser = (bytes: Uint8Array, options: ParseOptions) => Promise<ParsedBulletin>

export interface PageParserThread {
  parse: PageParser
  /** Whether pages still go to the thread (false once it failed, died or was closed). */
  readonly running: boolean
  /** The thread's largest heap seen right after a page (bytes; 0 before the first): its memory is not in the caller's heap. */
  readonly peakHeapUsed: number
  /** Stops the thread (call it when the run ends: a live thread keeps the process alive); pages still being parsed are rejected. */
  close(): Promise<void>
}

interface Reply {
  id: number
  parsed?: ParsedBulletin
  heapUsed?: number
  error?: { name: string; message: string; code?: unknown; line?: unknown }
}

/** The error the main thread would have caught, rebuilt from its posted fields. */
function rebuiltError(error: NonNullable<Reply['error']>): Error {
  if (error.name === 'BulletinInputError') {
    return new BulletinInputError(error.code as BulletinInputErrorCode, error.message, typeof error.line === 'number' ? error.line : null)
  }
  const rebuilt = new Error(error.message)
  rebuilt.name = error.name
  return rebuilt
}

const inPlace: PageParser = async (bytes, options) => parseBulletin(bytes, options)

/** `entry`: the thread's script (default ./boot.mjs); the tests point it at one that cannot load. */
export function startPageParserThread(entry = path.join(path.dirname(fileURLToPath(import.meta.url)), 'boot.mjs')): PageParserThread {
  const pending = new Map<number, { resolve: (parsed: ParsedBulletin) => void; reject: (error: Error) => void; bytes: Uint8Array; options: ParseOptions }>()
  let nextId = 0
  let peakHeapUsed = 0
  // Set when the thread failed to start or died: every page from then on is parsed in place.
  let broken = false
  let worker: Worker | null = null
  try {
    worker = new Worker(entry)
  } catch {
    broken = true
  }
  const fallBack = () => {
    if (broken) return
    broken = true
    void worker?.terminate()
    for (const [id, job] of pending) {
      pending.delete(id)
      inPlace(job.bytes, job.options).then(job.resolve, job.reject)
    }
  }
  worker?.on('message', (reply: Reply) => {
    const job = pending.get(reply.id)
    if (!job) return
    pending.delete(reply.id)
    peakHeapUsed = Math.max(peakHeapUsed, reply.heapUsed ?? 0)
    if (reply.error) job.reject(rebuiltError(reply.error))
    else job.resolve(reply.parsed!)
  })
  worker?.on('error', fallBack)
  worker?.on('exit', fallBack)

  return {
    get running() {
      return !broken
    },
    get peakHeapUsed() {
      return peakHeapUsed
    },
    parse(bytes, options) {
      if (broken || !worker) return inPlace(bytes, options)
      return new Promise((resolve, reject) => {
        const id = nextId++
        pending.set(id, { resolve, reject, bytes, options })
        worker!.postMessage({ id, bytes, options } satisfies ParseRequest)
      })
    },
    async close() {
      broken = true
      for (const [id, job] of pending) {
        pending.delete(id)
        job.reject(new Error('the page parser was closed'))
      }
      await worker?.terminate()
    },
  }
}
