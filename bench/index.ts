/**
 * npm run bench -- <name> [args...]: runs bench/<name>.ts. A bench module
 * exports `default async function (args: string[])` and prints a table.
 * Any bench/*.ts file (other than this one) is a bench; there is no list to keep.
 */
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const available = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && !f.endsWith('.d.ts'))
  .map((f) => f.slice(0, -3))
  .sort()

const [name, ...args] = process.argv.slice(2)

function usage(): string {
  return `Usage: npm run bench -- <name> [args...]\n\nAvailable benches:\n${available.map((b) => `  ${b}`).join('\n')}\n`
}

if (!name || name === '--help' || name === '-h') {
  process.stdout.write(usage())
  process.exitCode = name ? 0 : 2
} else if (!available.includes(name)) {
  process.stderr.write(`No bench called "${name}".\n\n${usage()}`)
  process.exitCode = 2
} else {
  const mod = (await import(pathToFileURL(path.join(here, `${name}.ts`)).href)) as { default?: (args: string[]) => Promise<void> | void }
  if (typeof mod.default === 'function') await mod.default(args)
}
