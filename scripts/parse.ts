/**
 * npm run parse -- [--issue-date YYYY-MM-DD] [--publication NAME] <file|dir|->...
 *
 * Prints {"bulletins":[…]} to stdout, one bulletin at a time (a directory of
 * thousands of pages is never held in memory), and every warning to stderr as
 * `path:line: code: message`. An input that cannot be read (missing, empty,
 * binary, undecodable) appears in the output with an `error` {code, message,
 * line} and empty arrays, is reported on stderr, and makes the exit code 1.
 * Exit 2 is bad usage.
 */
import { parseArgs } from 'node:util'
import { BulletinInputError, isValidIssueDate, issueDateFromFileName, parseBulletin, type ParsedBulletin } from '../src/bulletin/index'
import { describeReadError, InputReadError, logName, MAX_PAGE_BYTES, walkInputs } from '../src/import/inputs'

const USAGE = `Usage: npm run parse -- [--issue-date YYYY-MM-DD] [--publication NAME] <file|dir|->...

  <file>   a page's text (UTF-8 with or without BOM, GB18030/GBK, UTF-16 with BOM)
  <dir>    every *.txt under it, recursively, in name order (symbolic links followed)
  -        standard input

  --issue-date   the page's date, the reference for 昨日 and 8月30日 (default: a date in the file name)
  --publication  the paper's name, copied to each bulletin
  -h, --help     this text

A page over ${MAX_PAGE_BYTES / 1024 / 1024} MB is refused (error too-large) without being read whole.
Prints {"bulletins":[...]} to stdout; warnings also go to stderr as path:line: code: message.
Exit 0 when every input parsed, 1 when any could not be read, 2 on bad usage.`

function usage(message: string): never {
  process.stderr.write(`${message}\n\n${USAGE}\n`)
  process.exit(2)
}

// A reader that stops early (`| head`) is not an error of ours.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw err
})

function write(s: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(s)) resolve()
    else process.stdout.once('drain', () => resolve())
  })
}

/** Today on this machine's calendar, for the parser's future-date warning (the parser itself has no clock). */
function localToday(): string {
  const now = new Date()
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`
}

function failed(source: string, code: string, message: string, line: number | null, issueDate: string | null, publication: string | null): ParsedBulletin {
  return { source, sha256: '', encoding: 'utf-8', issueDate, publication, articles: [], people: [], events: [], warnings: [], error: { code, message, line } }
}

async function main(): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        'issue-date': { type: 'string' },
        publication: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    })
  } catch (err) {
    usage(err instanceof Error ? err.message : String(err))
  }
  const { values, positionals } = parsed
  if (values.help) {
    process.stdout.write(`${USAGE}\n`)
    return 0
  }
  if (positionals.length === 0) usage('No input given.')
  const givenDate = values['issue-date'] ?? null
  if (givenDate !== null && !isValidIssueDate(givenDate)) usage(`--issue-date must be a date as YYYY-MM-DD (years 1900–2100), not "${givenDate}".`)
  const today = localToday()
  const publication = values.publication ?? null

  let status = 0
  let first = true
  await write('{"bulletins":[\n')
  {
    for await (const input of walkInputs(positionals)) {
      const path = input.source
      const shown = logName(path) // one line per warning, whatever the file is called
      const issueDate = givenDate ?? (path === '-' ? null : issueDateFromFileName(path))
      let bulletin: ParsedBulletin
      try {
        const bytes = await input.read()
        bulletin = parseBulletin(bytes, { source: path, issueDate, publication, today })
        for (const w of bulletin.warnings) process.stderr.write(`${shown}:${w.line ?? 0}: ${w.code}: ${w.message}\n`)
      } catch (err) {
        status = 1
        if (err instanceof BulletinInputError) {
          bulletin = failed(path, err.code, err.message, err.line, issueDate, publication)
          process.stderr.write(`${shown}:${err.line ?? 0}: ${err.code}: ${err.message}\n`)
        } else {
          const code = err instanceof InputReadError ? err.code : 'unreadable'
          const message = describeReadError(err)
          bulletin = failed(path, code, message, null, issueDate, publication)
          process.stderr.write(`${shown}:0: ${code}: ${message}\n`)
        }
      }
      await write(`${first ? '' : ',\n'}${JSON.stringify(bulletin, null, 2)}`)
      first = false
    }
  }
  await write('\n]}\n')
  return status
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (err) => {
    process.stderr.write(`parse: ${err instanceof Error ? err.stack : String(err)}\n`)
    process.exitCode = 1
  },
)
