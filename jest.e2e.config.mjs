/**
 * The browser test (`npm run test:e2e`): builds the app, starts it on a fresh SQLite
 * database and drives the admin in headless Chromium. Kept apart from `npm test`
 * because it builds (minutes, ~2 GB of memory).
 */
export default {
  displayName: 'e2e',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      { jsc: { target: 'es2022', parser: { syntax: 'typescript', tsx: true } }, module: { type: 'es6' } },
    ],
  },
  testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
  // next build alone takes 1–4 minutes on 2 idle cores, over 6 when they are busy.
  testTimeout: 30 * 60 * 1000,
}
