import type { DateField, FieldHook } from 'payload'

type DayDateOptions = Omit<DateField, 'type' | 'admin'> & { admin?: DateField['admin'] }

const DAY = /^(\d{4})-(\d{2})-(\d{2})/

/** How the admin shows a day: date-fns' full date in the admin's language. */
export const DAY_DISPLAY_FORMAT = 'PPPP'

/**
 * The one stored form of a calendar day: midnight UTC, `YYYY-MM-DDT00:00:00.000Z`.
 *
 * Why this form: Payload turns a date in a query into `new Date(value).toISOString()`
 * (@payloadcms/drizzle sanitizeQueryValue), so `where[issueDate][equals]=2024-03-12`
 * compares with `2024-03-12T00:00:00.000Z`. Stored in that form, `equals`, `in` and the
 * ranges of the README find the day on SQLite (text), PostgreSQL (timestamptz) and
 * MongoDB (Date) alike. Before, the importer stored `2024-03-12` on create and Payload an
 * ISO timestamp after an update, and the admin's day picker sends 12:00 UTC of the day
 * picked: three forms for one day, of which `equals` found only one.
 *
 * Which day a value means:
 * - a string that starts with `YYYY-MM-DD` (a bare day, or an ISO timestamp in any
 *   offset) is that day as written: the writer's own calendar day, so
 *   `2024-03-12T00:00:00+08:00` from a client in Shanghai stays the 12th;
 * - a Date (or a number) is its UTC day: the admin's picker pins the day picked to 12:00
 *   UTC, whatever the editor's time zone (an editor in Asia/Shanghai who picks 12 March
 *   sends 2024-03-12T12:00:00.000Z and gets 2024-03-12 back).
 * Returns null for an empty value and the value itself when it is not a date (Payload's
 * date validation then reports it).
 */
export function normalizeDay(value: unknown): unknown {
  if (value === null || value === undefined || value === '') return value === '' ? null : value
  if (typeof value === 'string') {
    const match = DAY.exec(value.trim())
    if (!match) return value
    const day = `${match[1]}-${match[2]}-${match[3]}`
    const date = new Date(`${day}T00:00:00.000Z`)
    // 2024-02-30 is not a day: leave it to validation rather than roll it into March.
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day) ? date.toISOString() : value
  }
  if (value instanceof Date || typeof value === 'number') {
    const date = new Date(value)
    if (Number.isNaN(date.getTime())) return value
    return `${date.toISOString().slice(0, 10)}T00:00:00.000Z`
  }
  return value
}

/** The field hook: every write path (admin, REST, GraphQL, Local API, importer) stores one form. */
export const storeDayAtUtcMidnight: FieldHook = ({ value }) => normalizeDay(value)

/**
 * A calendar day (issue dates, event dates, "as of" dates): the admin shows a day picker
 * with no time, so editors are not asked for an hour the paper never printed, and every
 * write stores the day in one form (see normalizeDay).
 */
export function dayDateField(options: DayDateOptions): DateField {
  return {
    ...options,
    type: 'date',
    hooks: {
      ...options.hooks,
      beforeValidate: [storeDayAtUtcMidnight, ...(options.hooks?.beforeValidate ?? [])],
    },
    admin: {
      ...options.admin,
      // The picker's input in the admin's language (see DayDateField for why Payload's is English).
      components: { Field: '/src/components/DayDateField#DayDateField', ...options.admin?.components },
      // PPPP: the admin language's full date, 2021年8月31日 星期二 in Chinese (date-fns zh-CN).
      date: { pickerAppearance: 'dayOnly', displayFormat: DAY_DISPLAY_FORMAT, ...options.admin?.date },
    },
  } as DateField
}
