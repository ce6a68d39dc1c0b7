/**
 * Checks a parse result against an expected-result file written by a person
 * reading the page (the format of ../shared/samples/*.expected.json, plus a
 * few optional keys our own fixtures use). Every key present is checked.
 */
import { expect } from '@jest/globals'
import type { ParsedBulletin, ParsedEvent } from '../../../src/bulletin/index'

export interface ExpectedEvent {
  type: string
  startDate?: string
  endDate?: string
  timeOfDay?: string
  time?: string
  timeApproximate?: boolean
  chair?: string
  participantsInclude?: string[]
  locationsInclude?: string[]
  organizersInclude?: string[]
}

export interface ExpectedArticle {
  headlines: string[]
  headlineRoles?: string[]
  dateline: string | null
  byline?: string
  reporters: string[]
  paragraphs: number
  firstParagraphStartsWith?: string
  paragraphContains?: string[]
  pictures?: string[]
  people: string[]
  places?: string[]
  events?: ExpectedEvent[]
}

export interface ExpectedPage {
  issueDate: string
  articles: ExpectedArticle[]
  people: { name: string; titlesInclude?: string[]; roles?: string[] }[]
  peopleExactly: number
  brokenParagraphsToRejoin?: string[]
}

const noSpace = (s: string) => s.replace(/\s+/gu, '')
const sorted = (xs: string[]) => [...xs].sort()

function matchEvent(events: ParsedEvent[], e: ExpectedEvent): ParsedEvent {
  const candidates = events.filter((x) => x.type === e.type)
  expect({ type: e.type, found: candidates.length > 0 }).toEqual({ type: e.type, found: true })
  return candidates[0]!
}

export function checkPage(result: ParsedBulletin, expected: ExpectedPage): void {
  expect(result.issueDate).toBe(expected.issueDate)
  expect(result.articles).toHaveLength(expected.articles.length)

  expected.articles.forEach((ea, i) => {
    const a = result.articles[i]!
    const where = `article ${i}`
    expect({ where, headlines: a.headlines.map((h) => noSpace(h.text)) }).toEqual({ where, headlines: ea.headlines.map(noSpace) })
    if (ea.headlineRoles) expect(a.headlines.map((h) => h.role)).toEqual(ea.headlineRoles)
    if (ea.headlines.length > 0) expect(a.title).toBe(noSpace(a.headlines.find((h) => h.role === 'title')!.text))
    expect({ where, dateline: a.dateline }).toEqual({ where, dateline: ea.dateline })
    if (ea.byline !== undefined) expect(a.byline).toBe(ea.byline)
    expect({ where, reporters: a.reporters }).toEqual({ where, reporters: ea.reporters })
    expect({ where, paragraphs: a.paragraphs.length }).toEqual({ where, paragraphs: ea.paragraphs })
    if (ea.firstParagraphStartsWith) expect(a.paragraphs[0]!.startsWith(ea.firstParagraphStartsWith)).toBe(true)
    for (const c of ea.paragraphContains ?? []) expect({ where, contains: c, found: a.paragraphs.some((p) => p.includes(c)) }).toEqual({ where, contains: c, found: true })
    if (ea.pictures) expect(a.pictures).toEqual(ea.pictures)
    expect({ where, people: sorted(a.people) }).toEqual({ where, people: sorted(ea.people) })
    if (ea.places) expect({ where, places: sorted(a.places) }).toEqual({ where, places: sorted(ea.places) })
    if (ea.events) {
      const events = a.events.map((k) => result.events[k]!)
      expect({ where, events: events.length }).toEqual({ where, events: ea.events.length })
      for (const ee of ea.events) {
        const ev = matchEvent(events, ee)
        expect(ev.articles).toContain(i)
        expect(ev.title.length).toBeGreaterThan(0)
        if (ee.startDate) expect({ where, type: ee.type, startDate: ev.startDate }).toEqual({ where, type: ee.type, startDate: ee.startDate })
        expect({ where, type: ee.type, endDate: ev.endDate }).toEqual({ where, type: ee.type, endDate: ee.endDate ?? null })
        if (ee.timeOfDay) expect(ev.timeOfDay).toBe(ee.timeOfDay.split(' ')[0])
        if (ee.time) expect(ev.time).toBe(ee.time)
        if (ee.timeApproximate !== undefined) expect(ev.timeApproximate).toBe(ee.timeApproximate)
        if (ee.chair) expect(ev.participants.filter((p) => p.role === 'chair').map((p) => p.name)).toEqual([ee.chair])
        for (const n of ee.participantsInclude ?? []) expect(ev.participants.map((p) => p.name)).toContain(n)
        for (const l of ee.locationsInclude ?? []) expect(ev.locations).toContain(l)
        for (const o of ee.organizersInclude ?? []) expect(ev.organizers).toContain(o)
      }
    }
  })

  expect(sorted(result.people.map((p) => p.name))).toEqual(sorted(expected.people.map((p) => p.name)))
  expect(result.people).toHaveLength(expected.peopleExactly)
  for (const ep of expected.people) {
    const p = result.people.find((x) => x.name === ep.name)!
    for (const t of ep.titlesInclude ?? []) expect({ name: ep.name, titles: p.titles }).toEqual({ name: ep.name, titles: expect.arrayContaining([t]) })
    for (const r of ep.roles ?? []) expect({ name: ep.name, roles: p.roles }).toEqual({ name: ep.name, roles: expect.arrayContaining([r]) })
    // Every person's articles mention them.
    for (const k of p.articles) expect(result.articles[k]!.people).toContain(p.name)
  }
  for (const pair of expected.brokenParagraphsToRejoin ?? []) {
    const [before, after] = pair.split('|') as [string, string]
    const joined = result.articles.flatMap((a) => a.paragraphs).some((p) => p.includes(before + after))
    expect({ pair, joined }).toEqual({ pair, joined: true })
  }
}
