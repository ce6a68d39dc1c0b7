// @ts-nocheck -- a data migration written by hand (see src/fields/dayDate.ts); typed like the generated ones
import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
import { DAY_COLUMNS } from '../dayColumns'

/**
 * Calendar days were stored as `2024-03-12` by the importer's creates and as ISO
 * timestamps by updates and the admin (12:00 UTC); `where[issueDate][equals]=2024-03-12`
 * compares with `2024-03-12T00:00:00.000Z` and found only some. Every day becomes
 * `YYYY-MM-DDT00:00:00.000Z`, the day taken as written (the first ten characters), as
 * normalizeDay does for new writes.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const { table, column } of DAY_COLUMNS) {
    await db.run(
      sql.raw(
        `UPDATE \`${table}\` SET \`${column}\` = substr(\`${column}\`, 1, 10) || 'T00:00:00.000Z' ` +
          `WHERE \`${column}\` GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' AND \`${column}\` <> substr(\`${column}\`, 1, 10) || 'T00:00:00.000Z'`,
      ),
    )
  }
}

/** Nothing to undo: the old forms were one day written several ways, and every form still reads as that day. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
