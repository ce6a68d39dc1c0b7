/**
 * A signal to `npm run import` reaches the importer: it stops after the page in hand,
 * says so, exits 143, leaves no process behind, and a re-run imports the rest.
 */
import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { describeWithDatabase, type TestPayload } from '../../helpers/payload'
import { exitOf, repoRoot, runImportCli } from './cli'
import { generatePage } from './pageArchive'
import { findAll, startImportTestPayload } from './support'

const PAGES = 8
const SLOW = 600_000
const sample = fs.readFileSync(path.join(repoRoot, 'samples/city-daily-2024-03-12.txt'), 'utf8')

/** Processes whose command line names `marker` (the test's own directory). */
function processesNaming(marker: string): string[] {
  const out = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' })
  return out.split('\n').filter((line) => line.includes(marker) && !line.includes('ps -eo'))
}

await describeWithDatabase('import: signals', () => {
  let db: TestPayload
  let dir: string
  beforeAll(async () => {
    db = await startImportTestPayload()
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bulletin-signal-'))
    for (let index = 0; index < PAGES; index++) {
      // The sample page with another date and a numbered headline: other bytes, other records.
      const page = generatePage(sample, index, '2024-03-01')
      fs.writeFileSync(path.join(dir, page.fileName), page.text.replace('市委常委会召开会议', `市委常委会召开第${index + 1}次会议`))
    }
  }, SLOW)
  afterAll(async () => {
    await db?.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('stops after the page in hand on SIGTERM to the npm process, exits 143, leaves no process and only whole pages; a re-run completes', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: db.databaseUrl }
    delete env.NODE_OPTIONS
    const npm = spawn('npm', ['run', '-s', 'import', '--', dir], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stderr = ''
    const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => npm.on('close', (code, signal) => resolve({ code, signal })))
    await new Promise<void>((resolve) => {
      npm.stderr!.on('data', (chunk) => {
        stderr += chunk
        if ((stderr.match(/^import: \d+\/\d+ imported /gm) ?? []).length >= 2) resolve()
      })
      npm.on('close', () => resolve())
    })
    npm.kill('SIGTERM')
    const ended = await closed
    // npm re-raises the signal its child died of, or exits with the child's code.
    expect(ended.signal === 'SIGTERM' || ended.code === 143).toBe(true)
    expect(stderr).toMatch(/SIGTERM received: stopping after the page in hand/)
    expect(stderr).toMatch(/stopped by SIGTERM after \d+ of 8 files/)
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(processesNaming(dir)).toEqual([])

    const { payload } = db
    const bulletins = await findAll(payload, 'bulletins')
    expect(bulletins.length).toBeGreaterThanOrEqual(2)
    expect(bulletins.length).toBeLessThan(PAGES)
    // Whole pages only: every imported page has all of its articles, nothing else exists.
    const articles = await findAll(payload, 'articles', { draft: true })
    const perPage = bulletins.map((bulletin) => (bulletin.articles as unknown[]).length)
    expect(articles.length).toBe(perPage.reduce((a, b) => a + b, 0))
    expect(new Set(articles.map((article) => (article.source as { sha256: string }).sha256))).toEqual(new Set(bulletins.map((bulletin) => bulletin.sha256)))

    const rerun = await runImportCli(['--json', dir], db.databaseUrl)
    expect(exitOf(rerun, 0)).toBe(0)
    const report = JSON.parse(rerun.stdout)
    expect(report.files.filter((file: { status: string }) => file.status === 'unchanged')).toHaveLength(bulletins.length)
    expect((await findAll(payload, 'bulletins')).length).toBe(PAGES)
  }, SLOW)
})
