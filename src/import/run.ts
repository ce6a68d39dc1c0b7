/**
 * runImport: every input through parse → desired records → plan → persist, one page at a
 * time, one transaction per page. A page that fails is reported and the run goes on.
 */
import type { Payload } from 'payload'
import { issueDateFromFileName, parseBulletin, type ParsedBulletin } from '../bulletin/index'
import { desiredPageFromBulletin } from './desired'
import { describeReadError, type ImportInput } from './inputs'
import type { PageParser } from './parseAhead/index'
import { importPage } from './persist'
import { collectEveryFewPages } from './pageMemory'
import { blankFileReport, failedFileReport, fileReportFromPlan, runReport, type FileReport, type RunReport } from './report'

export interface RunImportOptions {
  /** YYYY-MM-DD for every page; otherwise from the file name or the text. */
  issueDate?: string | null
  publication?: string | null
  /** The page number (版次) of every page, as given by an upload or --page. */
  page?: string | null
  publish?: boolean
  dryRun?: boolean
  restoreDeleted?: boolean
  /** Today as YYYY-MM-DD: an issue date after it is warned about. */
  today?: string | null
  /** Called after each page, e.g. to move a progress bar. */
  onFile?: (report: FileReport, done: number, total: number) => void
  /**
   * SHA-256 → source of the pages already imported in this run. A second file with the
   * same bytes is reported unchanged instead of re-importing it under its own name (which
   * would flip the articles' `source.file` back and forth on every run).
   */
  seen?: Map<string, string>
  /**
   * Asked before each page: true stops the run there (a signal arrived). The page in hand
   * is always finished first, so the database holds whole pages only.
   */
  shouldStop?: () => boolean
  /**
   * Parses a page (default: `parseBulletin` on this thread). runImport given one reads and
   * parses the next page while the current one is written (parseAhead/index.ts).
   */
  parsePage?: PageParser
}

/** A page read and parsed, or why it could not be: the part of a page's import that needs no database. */
export type PreparedPage =
  | { ok: true; bytes: Uint8Array; issueDate: string | null; parsed: ParsedBulletin }
  | { ok: false; stage: 'read' | 'parse'; error: unknown }

/** Reads and parses one input; never rejects (the failure is in the result). */
export async function preparePage(input: ImportInput, options: RunImportOptions = {}): Promise<PreparedPage> {
  let bytes: Uint8Array
  try {
    bytes = await input.read()
  } catch (error) {
    return { ok: false, stage: 'read', error }
  }
  const issueDate = options.issueDate ?? (input.source === '-' ? null : issueDateFromFileName(input.source))
  const parseOptions = { source: input.source, issueDate, publication: options.publication ?? null, today: options.today ?? null }
  try {
    const parsed = options.parsePage ? await options.parsePage(bytes, parseOptions) : parseBulletin(bytes, parseOptions)
    return { ok: true, bytes, issueDate, parsed }
  } catch (error) {
    return { ok: false, stage: 'parse', error }
  }
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const line = (error as { line?: number | null }).line
  const details = (error as { data?: { errors?: Array<{ message?: string; path?: string }> } }).data?.errors
  const extra = details?.length ? ` (${details.map((detail) => `${detail.path ?? ''}: ${detail.message ?? ''}`).join('; ')})` : ''
  const code = (error as { code?: unknown }).code
  const prefix = typeof code === 'string' && /^[a-z]+(-[a-z]+)*$/.test(code) ? `${code}: ` : ''
  return `${prefix}${line ? `line ${line}: ` : ''}${error.message}${extra}`
}

/** Imports one input; never throws (a failure is a failed report). `prepared`: the input already read and parsed. */
export async function importInput(payload: Payload, input: ImportInput, options: RunImportOptions = {}, prepared?: Promise<PreparedPage>): Promise<FileReport> {
  const page = await (prepared ?? preparePage(input, options))
  if (!page.ok && page.stage === 'read') return failedFileReport(input.source, null, `cannot read ${input.source}: ${describeReadError(page.error)}`)
  if (!page.ok) return failedFileReport(input.source, null, describeError(page.error))
  const { bytes, issueDate, parsed } = page
  const sha256 = parsed.sha256
  try {
    const earlier = options.seen?.get(sha256)
    if (earlier !== undefined) {
      return { ...blankFileReport(input.source, sha256, 'unchanged', null), warnings: [`same content as ${earlier}: not imported twice`] }
    }
    options.seen?.set(sha256, input.source)
    const desired = desiredPageFromBulletin(parsed, { issueDate, publication: options.publication, page: options.page })
    // The same bytes as other options would read them: how an earlier import keyed them.
    const pageUnder = (earlier: { publication: string | null; issueDate: string }) =>
      desiredPageFromBulletin(parseBulletin(bytes, { source: input.source, issueDate: earlier.issueDate, publication: earlier.publication }), { ...earlier, page: options.page })
    const retries = { busy: 0, taken: 0 }
    const plan = await importPage(payload, desired, { ...options, pageUnder, onRetry: (reason) => (retries[reason] += 1) })
    const warnings = parsed.warnings.map((warning) => `${warning.line ? `line ${warning.line}: ` : ''}${warning.code}: ${warning.message}`)
    const report = fileReportFromPlan(plan, warnings)
    return retries.busy || retries.taken ? { ...report, retries } : report
  } catch (error) {
    return failedFileReport(input.source, sha256, describeError(error))
  }
}

export async function runImport(payload: Payload, inputs: ImportInput[], options: RunImportOptions = {}): Promise<RunReport> {
  const files: FileReport[] = []
  const seen = new Map<string, string>()
  const pageDone = collectEveryFewPages()
  // With a parser of its own thread, the next page is read and parsed while this one is written.
  const prepare = (index: number) => (options.parsePage && index < inputs.length ? preparePage(inputs[index]!, options) : undefined)
  let next = prepare(0)
  for (const [index, input] of inputs.entries()) {
    if (options.shouldStop?.()) break
    const prepared = next
    next = prepare(index + 1)
    const report = await importInput(payload, input, { ...options, seen }, prepared)
    files.push(report)
    pageDone()
    options.onFile?.(report, files.length, inputs.length)
  }
  return runReport(files, Boolean(options.dryRun))
}
