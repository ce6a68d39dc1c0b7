/**
 * Keeps the bulletin's edit form in step with the import job without a reload. The form
 * holds the bulletin as it was when the page opened (importStatus queued, no articles, the
 * issue date empty when the file name gives it); the import panel polls the bulletin and
 * hands each fresh copy here.
 * - Fields only the importer writes (status, time, articles) always take the stored value.
 * - Fields an editor may also fill (publication, issue date, page) take the stored value
 *   only while the form's is empty: an editor's unsaved entry is never overwritten.
 * Both the value and the initial value are set, so the form does not count them as the
 * editor's changes, and a later save sends what the import stored instead of blanks.
 */
import type { useForm } from '@payloadcms/ui'

type FormApi = Pick<ReturnType<typeof useForm>, 'dispatchFields' | 'getField'>

const IMPORTER_FIELDS = ['importStatus', 'importedAt', 'articles'] as const
const EDITOR_FIELDS = ['publication', 'issueDate', 'page'] as const

const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

export function syncFormWithBulletin(bulletin: Record<string, unknown>, form: FormApi): void {
  for (const path of IMPORTER_FIELDS) {
    const field = form.getField(path)
    if (!field || !(path in bulletin) || same(field.value, bulletin[path])) continue
    form.dispatchFields({ type: 'UPDATE', path, value: bulletin[path], initialValue: bulletin[path] })
  }
  for (const path of EDITOR_FIELDS) {
    const field = form.getField(path)
    if (!field || isEmpty(bulletin[path]) || !isEmpty(field.value)) continue
    form.dispatchFields({ type: 'UPDATE', path, value: bulletin[path], initialValue: bulletin[path] })
  }
}
