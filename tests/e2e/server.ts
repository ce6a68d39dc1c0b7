/**
 * The production app as a user runs it: `next build`, then `npm start` (migrations, then
 * `next start`) on a fresh SQLite file and a free port.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { unusedPort } from '../helpers/ports'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** Runs `npm run build` unless E2E_REUSE_BUILD=true and a build exists (for local iteration). */
export function buildApp(env: NodeJS.ProcessEnv): void {
  if (process.env.E2E_REUSE_BUILD === 'true' && fs.existsSync(path.join(repoRoot, '.next/BUILD_ID'))) return
  const result = spawnSync('npm', ['run', 'build'], { cwd: repoRoot, env, stdio: 'inherit' })
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status ?? result.signal})`)
}

export type RunningApp = { baseUrl: string; databaseUrl: string; stop(): Promise<void> }

/** Starts `npm start` on a fresh database and waits until the REST API answers. */
export async function startApp(env: NodeJS.ProcessEnv): Promise<RunningApp> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bulletin-e2e-'))
  const databaseUrl = `file:${path.join(dir, 'e2e.db')}`
  const port = await unusedPort()
  const baseUrl = `http://127.0.0.1:${port}`
  const log = fs.openSync(path.join(dir, 'server.log'), 'a')
  const child: ChildProcess = spawn('npm', ['start'], {
    cwd: repoRoot,
    env: { ...env, DATABASE_URL: databaseUrl, PORT: String(port) },
    stdio: ['ignore', log, log],
    detached: true, // its own process group, so stop() ends npm, payload and next together
  })
  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {
        // already gone
      }
      await new Promise((resolve) => child.once('exit', resolve))
    }
    fs.closeSync(log)
    fs.rmSync(dir, { recursive: true, force: true })
  }
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break
    try {
      const response = await fetch(`${baseUrl}/api/articles`)
      if (response.status === 200) return { baseUrl, databaseUrl, stop }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  const output = fs.readFileSync(path.join(dir, 'server.log'), 'utf8')
  await stop()
  throw new Error(`npm start did not serve ${baseUrl}/api/articles within 120 s:\n${output}`)
}
