/**
 * One `npm test` run covers every database the machine offers:
 * - `unit`: the pure parser and planner, no database.
 * - `int-sqlite`: Local API and importer tests on a fresh embedded SQLite file per test file.
 * - `int-postgres`: the same tests on PostgreSQL, when CI=true or TEST_POSTGRES_URL is set,
 *   plus *.postgres.test.ts (several worker processes on one server database).
 *   Under CI=true an unreachable PostgreSQL fails the run (tests/helpers/payload.ts).
 * The browser test lives apart (`npm run test:e2e`, jest.e2e.config.mjs): it builds the app.
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
    },
    module: { type: 'es6' },
  },
]

const common = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper: { '^@payload-config$': '<rootDir>/payload.config.ts' },
  setupFiles: ['<rootDir>/tests/setup/env.ts'],
}

const withPostgres = process.env.CI === 'true' || Boolean(process.env.TEST_POSTGRES_URL)

export default {
  testTimeout: 120_000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    {
      ...common,
      displayName: 'int-sqlite',
      testMatch: ['<rootDir>/tests/int/**/*.test.ts'],
      // *.postgres.test.ts: what only a shared server database can show (several worker processes).
      testPathIgnorePatterns: ['/node_modules/', '\\.postgres\\.test\\.ts$'],
      globals: { TEST_DATABASE: 'sqlite' },
    },
    ...(withPostgres
      ? [
          {
            ...common,
            displayName: 'int-postgres',
            testMatch: ['<rootDir>/tests/int/**/*.test.ts'],
            globals: { TEST_DATABASE: 'postgres' },
          },
        ]
      : []),
  ],
}
