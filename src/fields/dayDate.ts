import type { DateField } from 'payload'

type DayDateOptions = Omit<DateField, 'type' | 'admin'> & { admin?: DateField['admin'] }

/**
 * A calendar day (issue dates, event dates, "as of" dates): the admin shows a day picker
 * with no time, so editors are not asked for an hour the paper never printed.
 */
export function dayDateField(options: DayDateOptions): DateField {
  return {
    ...options,
    type: 'date',
    admin: {
      ...options.admin,
      date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd', ...options.admin?.date },
    },
  } as DateField
}
