// @ts-nocheck -- a data migration written by hand (see src/fields/dayDate.ts); typed like the generated ones
import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'
import { DAY_COLUMNS } from '../dayColumns'

/**
 * Calendar days were stored as midnight of the session's time zone by the importer's
 * creates (`2024-03-12` into a timestamptz) and as 12:00 UTC by the admin's day picker;
 * `where[issueDate][equals]=2024-03-12` compares with `2024-03-12T00:00:00.000Z` and found
 * only some. Every day becomes midnight UTC of the day it shows in the session's time
 * zone (the zone the importer's bare days were read in; 12:00 UTC is the same day in
 * every zone from UTC-11 to UTC+11).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const { table, column } of DAY_COLUMNS) {
    const day = `(("${column}" AT TIME ZONE current_setting('TimeZone'))::date)::timestamp AT TIME ZONE 'UTC'`
    await db.execute(sql.raw(`UPDATE "${table}" SET "${column}" = ${day} WHERE "${column}" IS NOT NULL AND "${column}" <> ${day}`))
  }
}

/** Nothing to undo: the old forms were one day written several ways, and every form still reads as that day. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
