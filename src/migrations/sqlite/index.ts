import * as migration_20261129_052656_initial from './20261129_052656_initial';
import * as migration_20261129_075355_internal_collections_unlocked from './20261129_075355_internal_collections_unlocked';
import * as migration_20261201_210000_day_dates_at_utc_midnight from './20261201_210000_day_dates_at_utc_midnight';
import * as migration_20261202_143958_editors_desk from './20261202_143958_editors_desk';

export const migrations = [
  {
    up: migration_20261129_052656_initial.up,
    down: migration_20261129_052656_initial.down,
    name: '20261129_052656_initial',
  },
  {
    up: migration_20261129_075355_internal_collections_unlocked.up,
    down: migration_20261129_075355_internal_collections_unlocked.down,
    name: '20261129_075355_internal_collections_unlocked',
  },
  {
    up: migration_20261201_210000_day_dates_at_utc_midnight.up,
    down: migration_20261201_210000_day_dates_at_utc_midnight.down,
    name: '20261201_210000_day_dates_at_utc_midnight',
  },
  {
    up: migration_20261202_143958_editors_desk.up,
    down: migration_20261202_143958_editors_desk.down,
    name: '20261202_143958_editors_desk'
  },
];
