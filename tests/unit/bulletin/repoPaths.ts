import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

/**
 * A file from ../shared (beside the repo, in CI as here). Missing outside CI:
 * say so and skip; missing under CI=true: fail, because then the test proves nothing.
 */
export function sharedFile(relative: string): { path: string; available: boolean } {
  const p = path.resolve(repoRoot, '../shared', relative)
  const available = existsSync(p)
  if (!available) {
    if (process.env.CI === 'true') throw new Error(`${p} is missing: CI must have ../shared beside the repository.`)
    console.warn(`Skipping tests that need ${p}: file not found (set up ../shared beside the repository to run them).`)
  }
  return { path: p, available }
}
