import { createHash } from 'node:crypto'
import type {
  Encoding,
  Headline,
  ParsedArticle,
  ParsedBulletin,
  ParsedEvent,
  ParseOptions,
  ParseWarning,
} from './types'
import { decodeBulletinBytes } from './decode'
import { segmentArticles, type SegmentedArticle } from './segment'
import { checkArticles } from './articleChecks'
import { stripControlCharacters } from './controlCharacters'
import { simplifiedCopy } from './script'
import { impossibleDates } from './impossibleDates'
import { splitLines } from './normalize'
import { ClauseTokens, cutTogether } from './tokens'
import { findPagePeople, listPeople, type Piece } from './pagePeople'
import { findArticlePlaces, findVenues, withoutPeople, type ArticlePlaces } from './places/index'
import { findEvents } from './events'
import { isFutureIssueDate, isValidIssueDate } from './issueDate'
import { findMentions } from './mentions'

/**
 * bytes → text → blocks → articles → people · places · events. Pure: no
 * clock, no file system, no database; everything it has to say about the
 * input travels in `warnings` with a line number.
 */

export type ParseTextOptions = ParseOptions & { encoding?: Encoding; sha256?: string }

/** Parse a page's bytes. Throws `BulletinInputError` only when the bytes are not text at all. */
/** A dispatch line among an article's notes: （本报某城1月13日电）, （新华社某城电）. */
const DISPATCH_NOTE = /^[（(](?:本报|新华社|中新社)驻?\p{Script=Han}{2,8}?(?:\d{1,2}月\d{1,2}日)?电[）)]$/u

export function parseBulletin(bytes: Uint8Array, options: ParseOptions): ParsedBulletin {
  const { text, encoding } = decodeBulletinBytes(bytes)
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  return parseBulletinText(text, { ...options, encoding, sha256 })
}

/** Parse a page's text. Never throws: whatever goes wrong becomes a warning. */
export function parseBulletinText(text: string, options: ParseTextOptions): ParsedBulletin {
  try {
    // A page in traditional characters is read through a simplified copy and handed back in its own (script.ts).
    const simplified = simplifiedCopy(text)
    if (simplified) return simplified.restore(parseText(simplified.text, { ...options, sha256: options.sha256 ?? sha256Of(text) }))
    return parseText(text, options)
  } catch (err) {
    // A bug must not lose the page: hand it back whole, as one article, and say so.
    const base = header(text, options)
    base.warnings.push({
      code: 'parser-error',
      message: `The parser failed on this page (${err instanceof Error ? err.message : String(err)}); its text is kept as one paragraph.`,
      line: null,
    })
    base.articles.push({
      headlines: [], title: '', kicker: null, subtitle: null, dateline: null, reporters: [],
      paragraphs: [text.replace(/^\ufeff/, '')], people: [], places: [], events: [], line: 1, sourceText: text,
    })
    return base
  }
}

const sha256Of = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

function header(text: string, options: ParseTextOptions): ParsedBulletin {
  return {
    source: options.source,
    sha256: options.sha256 ?? sha256Of(text),
    encoding: options.encoding ?? 'utf-8',
    issueDate: null,
    publication: options.publication ?? null,
    articles: [],
    people: [],
    events: [],
    warnings: [],
  }
}

function titleOf(headlines: Headline[], paragraphs: string[]): string {
  const t = headlines.find((h) => h.role === 'title') ?? headlines[0]
  // The title is one key (events are keyed on date + title): phrase breaks kept in the headline are not part of it.
  if (t) return t.text.replace(/\s+/gu, '')
  const first = paragraphs[0] ?? ''
  const s = first.split(/[。！？]/u)[0] ?? first
  return s.length > 40 ? `${s.slice(0, 40)}…` : s
}

/** Chinese characters and letters of any script, counted without building arrays (pages can be large). */
function countLetters(text: string): { han: number; letters: number } {
  let han = 0
  let letters = 0
  const letter = /\p{L}/u
  const hanRe = /\p{Script=Han}/u
  for (const c of text) {
    const code = c.codePointAt(0)!
    if (code < 0x80) {
      if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) letters++
    } else if ((code >= 0x4e00 && code <= 0x9fff) || hanRe.test(c)) {
      han++
      letters++
    } else if (letter.test(c)) letters++
  }
  return { han, letters }
}

function parseText(input: string, options: ParseTextOptions): ParsedBulletin {
  const { text, warnings: controlWarnings } = stripControlCharacters(input.replace(/^\ufeff/, ''))
  const result = header(input, options)
  const warnings: ParseWarning[] = result.warnings
  warnings.push(...controlWarnings)

  let issueDate = options.issueDate ?? null
  if (issueDate !== null && !isValidIssueDate(issueDate)) {
    warnings.push({ code: 'issue-date-invalid', message: `The issue date "${issueDate}" is not a YYYY-MM-DD date of 1900–2100; relative and year-less dates are left unresolved.`, line: null })
    issueDate = null
  }
  result.issueDate = issueDate
  if (issueDate !== null && options.today && isFutureIssueDate(issueDate, options.today)) {
    warnings.push({ code: 'issue-date-future', message: `The issue date ${issueDate} is after today (${options.today}).`, line: null })
  }
  if (issueDate === null) {
    warnings.push({
      code: 'issue-date-unknown',
      message: 'No issue date (give --issue-date or put the date in the file name); relative and year-less dates (昨日, 8月30日) are left null.',
      line: null,
    })
  }

  const { han, letters } = countLetters(text)
  if (han === 0 || han / Math.max(1, letters) < 0.3) {
    warnings.push({ code: 'not-chinese', message: `The text is not Chinese (${han} Chinese characters of ${letters} letters); names, places and events are not looked for.`, line: null })
  }
  const chinese = han > 0 && han / Math.max(1, letters) >= 0.3

  const checked = checkArticles(segmentArticles(text).articles)
  const segmented = checked.articles
  warnings.push(...checked.warnings)
  const year = issueDate === null ? null : Number(issueDate.slice(0, 4))
  for (const a of segmented) for (const p of a.paragraphs) warnings.push(...impossibleDates(p.text, p.line, year))
  const rawLines = splitLines(text)

  // Headlines and paragraphs, each cut into tokens lazily (clause by clause) and shared by the rule layers.
  // Captions of the article's pictures come last (图为某某（左）在…): they name people and places as the body does.
  const pieces: Piece[][] = segmented.map((a) =>
    [...a.headlines.map((h) => h.text), ...a.paragraphs.map((p) => p.text), ...a.pictures].map((t) => ({ text: t, clauses: new ClauseTokens(t) })),
  )
  // Datelines and the dispatch lines closing articles (（本报某城1月13日电）, kept in notes) are read for places too.
  const datelines = segmented.map((a) => (a.dateline ? new ClauseTokens(a.dateline) : null))
  const filedNotes = segmented.map((a) => a.notes.filter((n) => DISPATCH_NOTE.test(n)).map((n) => new ClauseTokens(n)))
  // The rule layers read every piece of a Chinese page: cut them all in one call to jieba.
  if (chinese) cutTogether([...pieces.flat().map((p) => p.clauses), ...datelines.filter((d) => d !== null), ...filedNotes.flat()])

  // Names with evidence anywhere on the page, then every mention of them.
  const { people, listed, articlePeople } = findPagePeople(
    segmented.map((a, ai) => ({ reporters: [...a.reporters, ...a.photographers.filter((n) => !a.reporters.includes(n))], pieces: pieces[ai]!, notes: a.notes, captions: a.pictures.length })),
    chinese,
  )

  // Places, events.
  const events: ParsedEvent[] = []
  const articleEvents: number[][] = segmented.map(() => [])
  // Every place named in the headlines, the dateline and the body; events keep their venues (chains kept whole).
  const articlePlaces = segmented.map((a, ai) => {
    if (!chinese) return { places: [], details: [] }
    const texts = pieces[ai]!.map((p) => p.clauses)
    const dateline = datelines[ai]
    // A dispatch line closing the article is kept among its notes: it names where it was filed.
    const articleText = [...pieces[ai]!.map((p) => p.text), a.dateline ?? '', ...filedNotes[ai]!.map((n) => n.text)].join('\n')
    return withoutPeople(findArticlePlaces([...(dateline ? [...texts.slice(0, a.headlines.length), dateline, ...texts.slice(a.headlines.length)] : texts), ...filedNotes[ai]!]), people, articleText)
  })
  const articleVenues: string[][] = segmented.map((a) => {
    const out: string[] = []
    if (chinese) for (const p of a.paragraphs) findVenues(p.text, out)
    return out
  })
  segmented.forEach((a, ai) => {
    if (!chinese) return
    const title = titleOf(a.headlines, a.paragraphs.map((p) => p.text))
    const found = findEvents(
      {
        index: ai,
        title,
        headlineText: a.headlines.map((h) => h.text).join(' '),
        hasHeadline: a.headlines.length > 0,
        dateline: a.dateline,
        paragraphs: a.paragraphs.map((p) => p.text),
        people: articlePeople[ai]!
          .filter((n) => !a.reporters.includes(n) && !a.photographers.includes(n))
          .map((n) => ({ name: n, listed: listed.get(ai)?.has(n) ?? false })),
        places: articleVenues[ai]!,
      },
      issueDate,
    )
    for (const u of found.unresolved) {
      warnings.push({
        code: 'date-unresolved',
        message: `"${u.text}" cannot be resolved without an issue date; left null.`,
        line: a.paragraphs[u.paragraph]?.line ?? a.firstLine,
      })
    }
    for (const e of found.events) {
      articleEvents[ai]!.push(events.length)
      events.push(e)
      for (const p of e.participants) {
        const acc = people.get(p.name)
        if (acc && p.role !== 'other' && p.role !== 'organizer') acc.roles.add(p.role)
      }
    }
  })

  result.articles = segmented.map((a, ai) => toArticle(a, articlePeople[ai]!, articlePlaces[ai]!, articleEvents[ai]!, rawLines))
  result.events = events
  result.people = listPeople(people, result.articles)

  if (!result.articles.some((a) => a.paragraphs.length > 0)) {
    warnings.push({ code: 'no-articles', message: 'No article body was found on this page (no paragraphs of text).', line: null })
  }
  return result
}

function toArticle(a: SegmentedArticle, people: string[], found: ArticlePlaces, events: number[], rawLines: string[]): ParsedArticle {
  const paragraphs = a.paragraphs.map((p) => p.text)
  const sub = a.headlines.filter((h) => h.role === 'subtitle').map((h) => h.text)
  const sourceText = rawLines.slice(a.firstLine - 1, a.lastLine).join('\n')
  return {
    headlines: a.headlines,
    title: titleOf(a.headlines, paragraphs),
    kicker: a.headlines.find((h) => h.role === 'kicker')?.text ?? null,
    subtitle: sub.length ? sub.join(' ') : null,
    dateline: a.dateline,
    reporters: a.reporters,
    paragraphs,
    people,
    places: found.places,
    events,
    line: a.firstLine,
    sourceText,
    byline: a.byline,
    pictures: a.pictures,
    notes: a.notes,
    placeDetails: found.details,
    mentions: findMentions(sourceText, [
      ...people.map((text) => ({ kind: 'person' as const, text })),
      ...found.places.map((text) => ({ kind: 'place' as const, text })),
    ]),
  }
}
