/**
 * What a parsed page says the database should contain: one desired record per article,
 * person and event, keyed, with links as ref markers. Pure: no database, no clock.
 */
import path from 'node:path'
import type { ParsedArticle, ParsedBulletin, ParsedEvent, PersonRole } from '../bulletin/types'
import type { ImportCollection } from './fields'
import { articleKey, eventKey, personKey } from './keys'
import { lexicalBodyFromParagraphs } from './lexicalBody'
import { ref, type RefMarker } from './refs'
import { reviewMarks } from './reviewMarks'

export interface DesiredRecord {
  collection: ImportCollection
  key: string
  /** A short human label for reports (title or name). */
  label: string
  /** Fields the importer replaces as a whole (see fields.ts `replaceFields`). */
  fields: Record<string, unknown>
  /** Items the importer adds to list fields (see fields.ts `unionFields`). */
  unions: Record<string, unknown[]>
  /** Fields written only when the record is created. */
  onCreate: Record<string, unknown>
}

export interface DesiredPage {
  source: string
  sha256: string
  publication: string | null
  issueDate: string
  /** People first, then events, then articles: the order links can be resolved in. */
  records: DesiredRecord[]
  bulletin: { sha256: string; source: string; publication: string | null; issueDate: string; articles: RefMarker[] }
}

/** Why a page cannot be imported at all; nothing of it is written. */
export class PageRejectedError extends Error {
  constructor(
    readonly code: 'issue-date-unknown' | 'no-articles',
    message: string,
    readonly line: number | null = null,
  ) {
    super(message)
    this.name = 'PageRejectedError'
  }
}

export interface DesiredPageOptions {
  issueDate?: string | null
  publication?: string | null
  /** The page number (版次) when the uploader or the command line gives it. */
  page?: string | null
}

/** The 0-based occurrence of each article's title on the page (for repeated titles). */
function titleOccurrences(titles: string[]): number[] {
  const seen = new Map<string, number>()
  return titles.map((title) => {
    const count = seen.get(title) ?? 0
    seen.set(title, count + 1)
    return count
  })
}

function articleTitle(article: ParsedArticle): string {
  const title = article.title?.trim()
  if (title) return title
  // Short brief items have no headline; the admin needs a title, so the first words stand in.
  const first = (article.paragraphs[0] ?? '').replace(/\s+/g, '')
  return first.length > 24 ? `${first.slice(0, 24)}…` : first || '（无标题）'
}

function originalText(article: ParsedArticle): string {
  const withSource = article as ParsedArticle & { sourceText?: string }
  if (typeof withSource.sourceText === 'string' && withSource.sourceText) return withSource.sourceText
  return [...article.headlines.map((headline) => headline.text), ...article.paragraphs].join('\n\n')
}

function excerpt(paragraphs: string[]): string | null {
  const first = paragraphs.find((paragraph) => paragraph.trim())
  if (!first) return null
  return first.length > 120 ? `${first.slice(0, 120)}…` : first
}

function unique<T>(items: T[], keyOf: (item: T) => string): T[] {
  const seen = new Set<string>()
  return items.filter((item) => {
    const key = keyOf(item)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

const displayName = (name: string) => name.replace(/\s+/gu, '')

/** Turns a parsed page into the records it should produce. Throws PageRejectedError. */
export function desiredPageFromBulletin(bulletin: ParsedBulletin, options: DesiredPageOptions = {}): DesiredPage {
  const issueDate = bulletin.issueDate ?? options.issueDate ?? null
  if (!issueDate) {
    throw new PageRejectedError(
      'issue-date-unknown',
      'the issue date could not be resolved from the text or the file name; pass --issue-date YYYY-MM-DD',
    )
  }
  if (bulletin.articles.length === 0) {
    throw new PageRejectedError('no-articles', 'no recognisable article on the page')
  }
  const publication = bulletin.publication ?? options.publication ?? null
  const file = path.basename(bulletin.source)

  // People: everyone the parser listed, plus reporters and participants it may not have.
  const people = new Map<string, DesiredRecord>()
  const personRecord = (name: string): DesiredRecord => {
    const key = personKey(name)
    let record = people.get(key)
    if (!record) {
      const display = displayName(name)
      record = {
        collection: 'people',
        key,
        label: display,
        fields: { name: display },
        unions: { aliases: [], positions: [], roles: [] },
        onCreate: { nameKey: key.slice('person:'.length) },
      }
      people.set(key, record)
    }
    return record
  }
  const addRole = (record: DesiredRecord, role: PersonRole) => {
    if (!record.unions.roles!.includes(role)) record.unions.roles!.push(role)
  }

  const titles = bulletin.articles.map(articleTitle)
  const occurrences = titleOccurrences(titles.map((title) => articleKey(null, '', title, 0)))
  const articleKeys = titles.map((title, index) => articleKey(publication, issueDate, title, occurrences[index]!))

  for (const person of bulletin.people) {
    if (!person.name.trim()) continue
    const record = personRecord(person.name)
    for (const role of person.roles) addRole(record, role)
    const firstArticle = person.articles[0]
    for (const title of person.titles) {
      const positions = record.unions.positions as Array<{ title: string }>
      if (positions.some((position) => position.title === title)) continue
      positions.push({
        title,
        organization: null,
        asOf: issueDate,
        article: firstArticle === undefined ? null : ref(articleKeys[firstArticle]!),
      } as { title: string })
    }
  }
  for (const article of bulletin.articles) {
    for (const name of article.reporters) addRole(personRecord(name), 'reporter')
    for (const name of article.people) personRecord(name)
  }

  // Events: two parsed events with the same key (same day, same title) are one record.
  const events = new Map<string, DesiredRecord>()
  const eventKeys = bulletin.events.map((event: ParsedEvent) => {
    const key = eventKey(event.startDate ?? issueDate, event.title)
    let record = events.get(key)
    if (!record) {
      record = {
        collection: 'events',
        key,
        label: event.title,
        fields: {
          title: event.title,
          type: event.type,
          startDate: event.startDate ?? issueDate,
          endDate: event.endDate,
          timeOfDay: event.timeOfDay,
          time: event.time,
          timeApproximate: Boolean((event as ParsedEvent & { timeApproximate?: boolean }).timeApproximate),
        },
        unions: { locations: [], organizers: [], participants: [] },
        onCreate: {},
      }
      events.set(key, record)
    }
    for (const location of event.locations) if (!record.unions.locations!.includes(location)) record.unions.locations!.push(location)
    for (const organizer of event.organizers) if (!record.unions.organizers!.includes(organizer)) record.unions.organizers!.push(organizer)
    const participants = record.unions.participants as Array<{ person: RefMarker; role: string }>
    for (const participant of event.participants) {
      const person = personRecord(participant.name)
      if (participants.some((row) => row.person.$importRef === person.key)) continue
      participants.push({ person: ref(person.key), role: participant.role })
    }
    return key
  })

  const articles: DesiredRecord[] = bulletin.articles.map((article, position) => {
    const peopleRefs = unique(article.people.map((name) => personKey(name)), (key) => key).map(ref)
    const reporterRefs = unique(article.reporters.map((name) => personKey(name)), (key) => key).map(ref)
    const eventRefs = unique(
      article.events.map((index) => eventKeys[index]).filter((key): key is string => Boolean(key)),
      (key) => key,
    ).map(ref)
    return {
      collection: 'articles',
      key: articleKeys[position]!,
      label: titles[position]!,
      fields: {
        title: titles[position],
        kicker: article.kicker,
        subtitle: article.subtitle,
        dateline: article.dateline,
        reporters: reporterRefs,
        body: lexicalBodyFromParagraphs(article.paragraphs),
        excerpt: excerpt(article.paragraphs),
        publication,
        issueDate,
        page: options.page ?? null,
        people: peopleRefs,
        places: unique(article.places, (place) => place),
        events: eventRefs,
        language: 'zh-CN',
        source: {
          file,
          sha256: bulletin.sha256,
          position,
          line: article.line ?? null,
          originalText: originalText(article),
          // Only marks into the parser's own sourceText: offsets mean nothing in the fallback text.
          ...(article.sourceText ? reviewMarks(article, bulletin.warnings, issueDate) : { mentions: [], warnings: [] }),
        },
      },
      unions: {},
      onCreate: {},
    }
  })

  return {
    source: bulletin.source,
    sha256: bulletin.sha256,
    publication,
    issueDate,
    records: [...people.values(), ...events.values(), ...articles],
    bulletin: { sha256: bulletin.sha256, source: file, publication, issueDate, articles: unique(articleKeys, (key) => key).map(ref) },
  }
}
