import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { repoRoot } from './repoPaths'

/**
 * What `npm run parse` reads: a page over the size limit is refused before it is read whole
 * (a device such as /dev/zero too), an unreadable directory is reported like an unreadable
 * file, and a symbolic link to a page is followed.
 *
 * chmod 000 does not stop root from reading, and tests often run as root: then the command
 * runs as the unprivileged user 65534 (nobody), for whom it does.
 */
const asRoot = process.getuid?.() === 0

function parse(args: string[]) {
  const started = Date.now()
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'scripts/parse.ts'), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
    timeout: 120_000,
    maxBuffer: 64 << 20,
    ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, seconds: (Date.now() - started) / 1000 }
}

const page = '会议召开\n\n本报讯（记者 方 正）昨日，市长邵静怡主持会议。\n'
let dir = ''
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'parse-inputs-'))
  chmodSync(dir, 0o755)
})
afterAll(() => {
  try {
    chmodSync(path.join(dir, 'walk', 'locked'), 0o755)
  } catch {}
  rmSync(dir, { recursive: true, force: true })
})

describe('npm run parse: what it reads', () => {
  test('a 20 MB single-line page is refused quickly, with a short error naming the file; /dev/zero too', () => {
    const big = path.join(dir, 'big-2024-01-02.txt')
    writeFileSync(big, Buffer.alloc(20 << 20, '本报讯 市长邵静怡主持会议，')) // one line, exactly 20 MB
    const r = parse([big, '/dev/zero'])
    expect(r.code).toBe(1)
    const out = JSON.parse(r.stdout)
    expect(out.bulletins.map((b: { source: string; error?: { code: string } }) => [b.source, b.error?.code])).toEqual([
      [big, 'too-large'],
      ['/dev/zero', 'too-large'],
    ])
    expect(r.stderr).toContain(`${big}:0: too-large: The page is 20.0 MB; pages over 5.0 MB are refused.`)
    expect(r.stderr).toContain('/dev/zero:0: too-large:')
    // Nothing of the page is echoed back.
    expect(r.stderr.length + r.stdout.length).toBeLessThan(2000)
    // Refused, not parsed: parsing 20 MB takes tens of seconds.
    expect(r.seconds).toBeLessThan(30)
  })

  test('an unreadable subdirectory is reported like an unreadable file, the rest is parsed, the JSON stays whole; a linked page is followed', () => {
    const walk = path.join(dir, 'walk')
    mkdirSync(path.join(walk, 'locked'), { recursive: true })
    mkdirSync(path.join(walk, 'real'))
    writeFileSync(path.join(walk, 'a-2024-01-02.txt'), page)
    writeFileSync(path.join(walk, 'locked', 'hidden.txt'), page)
    writeFileSync(path.join(walk, 'real', 'target.md'), page)
    symlinkSync(path.join('real', 'target.md'), path.join(walk, 'linked-2024-01-02.txt'))
    symlinkSync(walk, path.join(walk, 'real', 'loop')) // a loop: not walked twice
    chmodSync(path.join(walk, 'locked'), 0)
    const r = parse([walk])
    expect(r.code).toBe(1)
    const out = JSON.parse(r.stdout)
    expect(out.bulletins.map((b: { source: string; error?: { code: string }; articles: unknown[] }) => [path.relative(walk, b.source), b.error?.code ?? null, b.articles.length])).toEqual([
      ['a-2024-01-02.txt', null, 1],
      ['linked-2024-01-02.txt', null, 1],
      ['locked', 'unreadable', 0],
    ])
    expect(r.stderr).toContain(`${path.join(walk, 'locked')}:0: unreadable: Permission denied.`)
    expect(r.stderr).not.toMatch(/\n\s+at /u)
  })
})
