/**
 * runImport: every input through parse → desired records → plan → persist, one page at a
 * time, one transaction per page. A page that fails is reported and the run goes on.
 */
import type { Payload } from 'payload'
import { issueDateFromFileName, parseBulletin } from '../bulletin/index'
import { desiredPageFromBulletin } from './desired'
import { describeReadError, type ImportInput } from './inputs'
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

/** Imports one input; never throws (a failure is a failed report). */
export async function importInput(payload: Payload, input: ImportInput, options: RunImportOptions = {}): Promise<FileReport> {
  let bytes: Uint8Array
  try {
    bytes = await input.read()
  } catch (error) {
    return failedFileReport(input.source, null, `cannot read ${input.source}: ${describeReadError(error)}`)
  }
  let sha256: string | null = null
  try {
    const issueDate = options.issueDate ?? (input.source === '-' ? null : issueDateFromFileName(input.source))
    const parsed = parseBulletin(bytes, { source: input.source, issueDate, publication: options.publication ?? null, today: options.today ?? null })
    sha256 = parsed.sha256
    const earlier = options.seen?.get(sha256)
    if (earlier !== undefined) {
      return { ...blankFileReport(input.source, sha256, 'unchanged', null), warnings: [`same content as ${earlier}: not imported twice`] }
    }
    options.seen?.set(sha256, input.source)
    const page = desiredPageFromBulletin(parsed, { issueDate, publication: options.publication, page: options.page })
    // The same bytes as other options would read them: how an earlier import keyed them.
    const pageUnder = (earlier: { publication: string | null; issueDate: string }) =>
      desiredPageFromBulletin(parseBulletin(bytes, { source: input.source, issueDate: earlier.issueDate, publication: earlier.publication }), { ...earlier, page: options.page })
    const plan = await importPage(payload, page, { ...options, pageUnder })
    const warnings = parsed.warnings.map((warning) => `${warning.line ? `line ${warning.line}: ` : ''}${warning.code}: ${warning.message}`)
    return fileReportFromPlan(plan, warnings)
  } catch (error) {
    return failedFileReport(input.source, sha256, describeError(error))
  }
}

export async function runImport(payload: Payload, inputs: ImportInput[], options: RunImportOptions = {}): Promise<RunReport> {
  const files: FileReport[] = []
  const seen = new Map<string, string>()
  const pageDone = collectEveryFewPages()
  for (const input of inputs) {
    if (options.shouldStop?.()) break
    const report = await importInput(payload, input, { ...options, seen })
    files.push(report)
    pageDone()
    options.onFile?.(report, files.length, inputs.length)
  }
  return runReport(files, Boolean(options.dryRun))
}
