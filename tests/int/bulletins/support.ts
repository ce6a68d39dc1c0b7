/** Pieces shared by the bulletin upload and worker tests: users, multipart uploads, job runs. */
import { spawn, type ChildProcess } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { IMPORT_QUEUE } from '../../../src/jobs/importPageTask'
import { apiClient, type Credentials } from '../app/apiClient'
import { repoRoot, type CliResult } from '../import/cli'

export const fixturePage = (name: string) => path.join(repoRoot, 'tests/fixtures/pages', name)
export const readFixture = (name: string) => fs.readFileSync(fixturePage(name))

export type Api = ReturnType<typeof apiClient>
export type Users = { admin: Credentials; editor: Credentials; reader: Credentials }

/** An admin (the first user), an editor and a reader with an API key, logged in over REST. */
export async function createUsers(payload: Payload, api: Api): Promise<Users> {
  const readerKey = randomUUID()
  await payload.create({ collection: 'users', data: { email: 'admin@example.com', password: 'admin-pass' } })
  await payload.create({ collection: 'users', data: { email: 'editor@example.com', password: 'editor-pass', roles: ['editor'] } })
  await payload.create({
    collection: 'users',
    data: { email: 'reader@example.com', password: 'reader-pass', roles: ['reader'], enableAPIKey: true, apiKey: readerKey },
  })
  return {
    admin: { token: await api.login('admin@example.com', 'admin-pass') },
    editor: { token: await api.login('editor@example.com', 'editor-pass') },
    reader: { apiKey: readerKey },
  }
}

/** `POST /api/bulletins` as multipart: the page file plus `_payload` JSON, as a tool sends it. */
export async function uploadPage(
  api: Api,
  as: Credentials | undefined,
  file: { name: string; bytes: Uint8Array; type?: string },
  fields: Record<string, unknown> = {},
): Promise<{ status: number; body: any }> {
  const form = new FormData()
  form.append('file', new Blob([Buffer.from(file.bytes)], { type: file.type ?? 'text/plain' }), file.name)
  form.append('_payload', JSON.stringify(fields))
  const headers: Record<string, string> = {}
  if (as?.token) headers.Authorization = `JWT ${as.token}`
  if (as?.apiKey) headers.Authorization = `users API-Key ${as.apiKey}`
  const response = await api.send(new Request(new URL('/api/bulletins', api.origin), { method: 'POST', headers, body: form }))
  const text = await response.text()
  return { status: response.status, body: text ? JSON.parse(text) : null }
}

/** Runs queued import jobs until none is left, as a worker would; returns how many ran. */
export async function runImportJobs(payload: Payload): Promise<number> {
  let ran = 0
  for (;;) {
    const result = await payload.jobs.run({ queue: IMPORT_QUEUE, limit: 10, sequential: true, silent: true })
    const count = Object.keys(result.jobStatus ?? {}).length
    ran += count
    if (result.noJobsRemaining || count === 0) return ran
  }
}

/** Every job row of the import queue (completed ones are deleted by Payload). */
export async function jobsOfQueue(payload: Payload) {
  const found = await payload.find({ collection: 'payload-jobs', where: { queue: { equals: IMPORT_QUEUE } }, pagination: false, depth: 0 })
  return found.docs
}

/** Starts one of the project's scripts (scripts/<name>.ts) as a user would, against a given database. */
export function startScript(name: 'import' | 'worker', args: string[], databaseUrl: string): { child: ChildProcess; done: Promise<CliResult> } {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl }
  delete env.NODE_OPTIONS // jest's --experimental-vm-modules is not the script's business
  // `node --import tsx`, one process: a SIGKILL reaches the script itself.
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, `scripts/${name}.ts`), ...args], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout!.on('data', (chunk) => (stdout += chunk))
  child.stderr!.on('data', (chunk) => (stderr += chunk))
  const done = new Promise<CliResult>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })))
  return { child, done }
}

/** Runs one of the project's scripts to its end. */
export function runScript(name: 'import' | 'worker', args: string[], databaseUrl: string): Promise<CliResult> {
  return startScript(name, args, databaseUrl).done
}

/**
 * What an import did (tests/int/import/support.ts databaseSnapshot), without what differs
 * between the job path and the CLI path by construction (ids, times, the stored file and
 * the job's report on the bulletin).
 */
export function importedRecords(snapshot: Record<string, unknown>) {
  const bulletins = (snapshot.bulletins as Array<Record<string, unknown>>).map(({ sha256, source, publication, issueDate, articles, importStatus }) => ({
    sha256,
    source,
    publication,
    issueDate,
    articles,
    importStatus,
  }))
  return { ...snapshot, bulletins }
}
