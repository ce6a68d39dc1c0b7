/**
 * What to read: files, directories (every *.txt below them, in a stable order so a re-run
 * after a crash walks the pages in the same order), or `-` for standard input. One walker
 * and one reader for both commands (`parse` and `import`), so both see the same pages.
 */
import { createReadStream, type Stats } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'

/**
 * The largest page either command reads: a printed page is tens of kilobytes, so 5 MB is
 * a whole issue pasted into one file with room to spare. Anything larger is refused before
 * it is read whole (the parser holds a page in memory several times over).
 */
export const MAX_PAGE_BYTES = 5 * 1024 * 1024

export interface ImportInput {
  /** The name shown in reports: the path as given, or `-` for standard input. */
  source: string
  read(): Promise<Uint8Array>
}

/** A page that cannot be read, with a short reason (never the page's content). */
export class InputReadError extends Error {
  readonly code: 'too-large' | 'unreadable'
  constructor(code: 'too-large' | 'unreadable', message: string) {
    super(message)
    this.name = 'InputReadError'
    this.code = code
  }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

function tooLarge(size: number | null): InputReadError {
  const what = size === null ? `more than ${mb(MAX_PAGE_BYTES)}` : mb(size)
  return new InputReadError('too-large', `The page is ${what}; pages over ${mb(MAX_PAGE_BYTES)} are refused.`)
}

/** A short reason for a failed read, by error code (Node's own messages repeat the path and syscall). */
export function describeReadError(error: unknown): string {
  if (error instanceof InputReadError) return error.message
  const code = (error as NodeJS.ErrnoException | null)?.code
  switch (code) {
    case 'ENOENT':
      return 'No such file.'
    case 'EACCES':
    case 'EPERM':
      return 'Permission denied.'
    case 'EISDIR':
      return 'Is a directory.'
    case 'ELOOP':
      return 'Too many levels of symbolic links.'
    default:
      return code ? `Cannot be read (${code}).` : error instanceof Error ? error.message.slice(0, 200) : String(error).slice(0, 200)
  }
}

/** Reads at most `limit + 1` bytes of a stream: a device (/dev/zero), a FIFO or stdin never makes us read without bound. */
async function readBounded(stream: NodeJS.ReadableStream & { destroy?: () => void }, limit: number): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  let total = 0
  for await (const chunk of stream) {
    const buffer = chunk as Buffer
    chunks.push(buffer)
    total += buffer.length
    if (total > limit) {
      stream.destroy?.()
      throw tooLarge(null)
    }
  }
  return Buffer.concat(chunks, total)
}

/** A file's bytes; its size is checked (stat) before it is read, and the read stops past the limit. */
export async function readPageFile(file: string, limit = MAX_PAGE_BYTES): Promise<Uint8Array> {
  const info = await fs.stat(file)
  if (info.isDirectory()) throw Object.assign(new Error('Is a directory.'), { code: 'EISDIR' })
  if (info.isFile() && info.size > limit) throw tooLarge(info.size)
  // A regular file that grows while we read it, or a device with no size, is still cut off at the limit.
  return readBounded(createReadStream(file), limit)
}

export function readPageStdin(limit = MAX_PAGE_BYTES): Promise<Uint8Array> {
  return readBounded(process.stdin, limit)
}

/**
 * A file name as it is shown in a one-line-per-file log: a name with a line end or another
 * control character in it is quoted and escaped as JSON, so one file is always one line.
 */
export function logName(name: string): string {
  return /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u.test(name) ? JSON.stringify(name) : name
}

const isPage = (name: string) => name.toLowerCase().endsWith('.txt')
const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)

function failing(source: string, error: unknown): ImportInput {
  return { source, read: () => Promise.reject(error) }
}

function fileInput(file: string): ImportInput {
  return { source: file, read: () => readPageFile(file) }
}

/**
 * Every *.txt below `dir`, depth first, entries in name order. Symbolic links are followed
 * (a linked page or directory is read like any other); a directory already visited (a link
 * loop, or two links to one place) is not entered again. A subdirectory that cannot be
 * listed is yielded as an input whose read fails, so it is reported like an unreadable
 * file and the walk goes on.
 */
async function* pagesBelow(dir: string, visited: Set<string>): AsyncGenerator<ImportInput> {
  let entries
  try {
    entries = (await fs.readdir(dir, { withFileTypes: true })).sort(byName)
  } catch (error) {
    yield failing(dir, error)
    return
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name)
    let info: Stats | null = entry.isSymbolicLink() ? await fs.stat(full).catch(() => null) : null
    if (entry.isSymbolicLink() && info === null) {
      // A dangling link named like a page is a page that cannot be read: say so.
      if (isPage(entry.name)) yield fileInput(full)
      continue
    }
    const isDirectory = info ? info.isDirectory() : entry.isDirectory()
    const isFile = info ? info.isFile() : entry.isFile()
    if (isDirectory) {
      info ??= await fs.stat(full).catch(() => null)
      const key = info ? `${info.dev}:${info.ino}` : full
      if (visited.has(key)) continue
      visited.add(key)
      yield* pagesBelow(full, visited)
    } else if (isFile && isPage(entry.name)) yield fileInput(full)
  }
}

/**
 * Expands the command-line operands, lazily (a directory of thousands of pages is listed as
 * it is read). A path that does not exist or cannot be read stays in the list, so its
 * failure is reported with the other files instead of stopping the run.
 */
export async function* walkInputs(operands: string[]): AsyncGenerator<ImportInput> {
  for (const operand of operands) {
    if (operand === '-') {
      yield { source: '-', read: () => readPageStdin() }
      continue
    }
    const info = await fs.stat(operand).catch(() => null)
    if (info?.isDirectory()) yield* pagesBelow(operand, new Set([`${info.dev}:${info.ino}`]))
    else yield fileInput(operand)
  }
}

/** All inputs at once (the importer shows a count and a progress bar). */
export async function collectInputs(operands: string[]): Promise<ImportInput[]> {
  const inputs: ImportInput[] = []
  for await (const input of walkInputs(operands)) inputs.push(input)
  return inputs
}
