/**
 * Every column that holds a calendar day (a `dayDateField`, src/fields/dayDate.ts), for
 * the data migrations that bring stored days into the one form the field now writes
 * (midnight UTC). Tables and columns as Payload names them on both SQL adapters.
 */
export const DAY_COLUMNS: ReadonlyArray<{ table: string; column: string }> = [
  { table: 'articles', column: 'issue_date' },
  { table: '_articles_v', column: 'version_issue_date' },
  { table: 'events', column: 'start_date' },
  { table: 'events', column: 'end_date' },
  { table: 'people_positions', column: 'as_of' },
  { table: 'bulletins', column: 'issue_date' },
]
