import * as migration_20261129_052705_initial from './20261129_052705_initial';

export const migrations = [
  {
    up: migration_20261129_052705_initial.up,
    down: migration_20261129_052705_initial.down,
    name: '20261129_052705_initial'
  },
];
