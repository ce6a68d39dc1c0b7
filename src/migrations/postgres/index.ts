import * as migration_20261129_052705_initial from './20261129_052705_initial';
import * as migration_20261129_075405_internal_collections_unlocked from './20261129_075405_internal_collections_unlocked';

export const migrations = [
  {
    up: migration_20261129_052705_initial.up,
    down: migration_20261129_052705_initial.down,
    name: '20261129_052705_initial',
  },
  {
    up: migration_20261129_075405_internal_collections_unlocked.up,
    down: migration_20261129_075405_internal_collections_unlocked.down,
    name: '20261129_075405_internal_collections_unlocked'
  },
];
