/** Runs the import command as a user would, in a child process, against a given database. */
import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

export interface CliResult {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

export function startImportCli(args: string[], databaseUrl: string, input?: Uint8Array | string): { child: ChildProcess; done: Promise<CliResult> } {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl }
  delete env.NODE_OPTIONS // jest's --experimental-vm-modules is not the CLI's business
  // `node --import tsx`, not the tsx binary: that one runs the script in a second process,
  // which a SIGKILL sent to the first would leave running.
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'scripts/import.ts'), ...args], {
    cwd: repoRoot,
    env,
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout!.on('data', (chunk) => (stdout += chunk))
  child.stderr!.on('data', (chunk) => (stderr += chunk))
  if (input !== undefined) child.stdin!.end(input)
  else child.stdin!.end()
  const done = new Promise<CliResult>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })))
  return { child, done }
}

export function runImportCli(args: string[], databaseUrl: string, input?: Uint8Array | string): Promise<CliResult> {
  return startImportCli(args, databaseUrl, input).done
}

/** The exit code, with the end of stderr attached when it is not the expected one (for the failure message). */
export function exitOf(result: CliResult, expected: number): number | string | null {
  if (result.code === expected) return result.code
  const tail = result.stderr.split('\n').filter((line) => !/Pulling schema|^import: \d+\//.test(line)).slice(-15).join('\n')
  return `${String(result.code ?? result.signal)}; stderr:\n${tail}`
}
