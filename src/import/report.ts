/**
 * The import report: per file what was created, updated, left unchanged, skipped and
 * which editor changes were kept (conflicts); totals over the run; and the terminal
 * summary table. `--json` prints `RunReport` as is.
 */
import type { ImportCollection } from './fields'
import type { ImportPlan } from './plan'

export type Counts = Record<ImportCollection, number>

export interface Conflict {
  collection: ImportCollection
  id: string
  /** The import key, so a conflict on a record can be traced to the page that reported it. */
  key: string
  fields: string[]
  kept: 'editor'
}

export interface FileReport {
  source: string
  sha256: string | null
  status: 'imported' | 'unchanged' | 'failed'
  error: string | null
  created: Counts
  updated: Counts
  unchanged: Counts
  /** Records an editor deleted; not re-created without --restore-deleted. */
  skipped: Counts
  conflicts: Conflict[]
  /** Records updated, and which of their fields the page changed (e.g. after a corrected --publication). */
  changes: Array<{ collection: ImportCollection; id: string; key: string; fields: string[] }>
  /** Parser warnings worth a look (line numbers in the decoded page). */
  warnings: string[]
  /**
   * Only when the page had to be tried again: how often, by cause — `busy` (the database was
   * locked, or another transaction changed a row this page also changes) or `taken` (another
   * process created one of the page's records first). Each retry redoes the page.
   */
  retries?: { busy: number; taken: number }
}

export interface RunReport {
  dryRun: boolean
  files: FileReport[]
  totals: {
    created: Counts
    updated: Counts
    unchanged: Counts
    skipped: Counts
    conflicts: number
    failed: number
  }
}

export const zeroCounts = (): Counts => ({ articles: 0, people: 0, events: 0 })

/** The report of a page that was planned (and, unless a dry run, written). */
export function fileReportFromPlan(plan: ImportPlan, warnings: string[] = []): FileReport {
  const report: FileReport = {
    source: plan.source,
    sha256: plan.sha256,
    status: 'unchanged',
    error: null,
    created: zeroCounts(),
    updated: zeroCounts(),
    unchanged: zeroCounts(),
    skipped: zeroCounts(),
    conflicts: [],
    changes: [],
    warnings,
  }
  for (const record of plan.records) {
    if (record.action === 'update') {
      report.changes.push({ collection: record.collection, id: String(record.docId), key: record.key, fields: Object.keys(record.data).filter((field) => field !== '_status') })
    }
    const bucket = { create: report.created, update: report.updated, unchanged: report.unchanged, skipped: report.skipped }[record.action]
    bucket[record.collection] += 1
    if (record.conflicts.length) {
      report.conflicts.push({ collection: record.collection, id: String(record.docId), key: record.key, fields: record.conflicts, kept: 'editor' })
    }
  }
  const wrote = plan.records.some((record) => record.action === 'create' || record.action === 'update') || plan.bulletin.action !== 'unchanged'
  report.status = wrote ? 'imported' : 'unchanged'
  return report
}

/** A report with nothing counted: a page that failed, or one that was skipped. */
export function blankFileReport(source: string, sha256: string | null, status: FileReport['status'], error: string | null): FileReport {
  return {
    source,
    sha256,
    status,
    error,
    created: zeroCounts(),
    updated: zeroCounts(),
    unchanged: zeroCounts(),
    skipped: zeroCounts(),
    conflicts: [],
    changes: [],
    warnings: [],
  }
}

/** The report of a page that could not be imported; nothing of it was written. */
export function failedFileReport(source: string, sha256: string | null, error: string): FileReport {
  return blankFileReport(source, sha256, 'failed', error)
}

const add = (into: Counts, from: Counts) => {
  for (const collection of Object.keys(into) as ImportCollection[]) into[collection] += from[collection]
}

export function runReport(files: FileReport[], dryRun = false): RunReport {
  const totals = { created: zeroCounts(), updated: zeroCounts(), unchanged: zeroCounts(), skipped: zeroCounts(), conflicts: 0, failed: 0 }
  for (const file of files) {
    add(totals.created, file.created)
    add(totals.updated, file.updated)
    add(totals.unchanged, file.unchanged)
    add(totals.skipped, file.skipped)
    totals.conflicts += file.conflicts.length
    if (file.status === 'failed') totals.failed += 1
  }
  return { dryRun, files, totals }
}

/** Records written (created + updated) in a report: the numerator of records/s. */
export function recordsWritten(report: RunReport | FileReport): number {
  const source = 'totals' in report ? report.totals : report
  return Object.values(source.created).reduce((a, b) => a + b, 0) + Object.values(source.updated).reduce((a, b) => a + b, 0)
}

const triple = (counts: Counts) => `${counts.articles}/${counts.people}/${counts.events}`

function pad(cells: string[], widths: number[]): string {
  return cells.map((cell, index) => cell + ' '.repeat(Math.max(0, widths[index]! - displayWidth(cell)))).join('  ').trimEnd()
}

/** Terminal columns of a string: CJK characters take two. */
function displayWidth(text: string): number {
  let width = 0
  for (const char of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(char) ? 2 : 1
  return width
}

/** The summary printed at the end of a terminal run. */
export function summaryTable(report: RunReport): string {
  const header = ['file', 'status', 'created a/p/e', 'updated a/p/e', 'unchanged a/p/e', 'conflicts', 'note']
  const rows = report.files.map((file) => [
    file.source,
    file.status,
    triple(file.created),
    triple(file.updated),
    triple(file.unchanged),
    String(file.conflicts.length),
    file.error ?? (file.conflicts.length ? file.conflicts.map((conflict) => `${conflict.collection} ${conflict.id}: ${conflict.fields.join(',')}`).join('; ') : ''),
  ])
  const totals = report.totals
  rows.push([
    `total (${report.files.length} files)`,
    `${totals.failed} failed`,
    triple(totals.created),
    triple(totals.updated),
    triple(totals.unchanged),
    String(totals.conflicts),
    report.dryRun ? 'dry run: nothing written' : '',
  ])
  const widths = header.map((cell, index) => Math.max(displayWidth(cell), ...rows.map((row) => displayWidth(row[index]!))))
  const rule = widths.map((width) => '-'.repeat(width)).join('  ')
  return [pad(header, widths), rule, ...rows.slice(0, -1).map((row) => pad(row, widths)), rule, pad(rows.at(-1)!, widths)].join('\n')
}
