import * as migration_20261129_052656_initial from './20261129_052656_initial';
import * as migration_20261129_075355_internal_collections_unlocked from './20261129_075355_internal_collections_unlocked';

export const migrations = [
  {
    up: migration_20261129_052656_initial.up,
    down: migration_20261129_052656_initial.down,
    name: '20261129_052656_initial',
  },
  {
    up: migration_20261129_075355_internal_collections_unlocked.up,
    down: migration_20261129_075355_internal_collections_unlocked.down,
    name: '20261129_075355_internal_collections_unlocked'
  },
];
