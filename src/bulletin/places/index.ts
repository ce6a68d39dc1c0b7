/**
 * Places: every place an article names (finder.ts, from the gazetteer,
 * suffix rules, jieba's ns tag in a place context and datelines), resolved in
 * the article's context (shortForms.ts), and the venues of events (venues.ts).
 */
import type { PlaceDetail } from '../types'
import { ClauseTokens } from '../tokens'
import { countyShortNeedsEvidence, findPlaceMentions, type PlaceMention } from './finder'
import { resolveInContext } from './shortForms'

export { findVenues } from './venues'
export { findPlaceMentions, type PlaceMention } from './finder'
export { loadGazetteer, type KnownPlace, type PlaceKind } from './gazetteer'
export { shortForm } from './shortForms'

export interface ArticlePlaces {
  /** As printed, distinct, in order of first mention. */
  places: string[]
  /** One per entry of `places`: the resolved full name (郑州 → 郑州市) and the kind. */
  details: PlaceDetail[]
}

/**
 * The places of one article's texts (headlines, dateline, paragraphs). A
 * county's short form that is also an ordinary word (新建, 友谊) and a short
 * form shared by several divisions (朝阳: 朝阳市, 朝阳区) count only with
 * evidence in the article: another place of the same province.
 */
export function findArticlePlaces(texts: (string | ClauseTokens)[]): ArticlePlaces {
  const mentions: PlaceMention[] = []
  for (const t of texts) mentions.push(...findPlaceMentions(typeof t === 'string' ? new ClauseTokens(t) : t))
  const provinces = new Set<string>()
  const fullNames = new Set<string>()
  // A dispatch filed from a county (本报某县1月19日电) names it as a place: the dateline is its evidence.
  const filedFrom = new Set(mentions.filter((m) => m.rule === 'dateline').map((m) => m.text))
  for (const m of mentions) {
    if (!m.known || m.known.ambiguous || (countyShortNeedsEvidence(m.known, m.text) && !filedFrom.has(m.text) && !m.paired)) continue
    if (m.known.province) provinces.add(m.known.province)
    fullNames.add(m.known.name)
  }
  const places: string[] = []
  const details: PlaceDetail[] = []
  for (const m of mentions) {
    if (places.includes(m.text)) continue
    const known = m.known
    let name = known?.name ?? m.text
    if (known?.ambiguous) {
      const resolved = resolveInContext(known.candidates ?? [], provinces)
      if (resolved) name = resolved
      else if (known.kind === 'county' || known.kind === 'town') continue
      else name = m.text
    } else if (known && countyShortNeedsEvidence(known, m.text) && !filedFrom.has(m.text) && !m.paired) {
      if (!fullNames.has(known.name) && !(known.province && provinces.has(known.province))) continue
    }
    places.push(m.text)
    details.push({ text: m.text, name, kind: m.kind, ...(known?.code && !known.ambiguous ? { code: known.code } : {}) })
  }
  return { places, details }
}

/**
 * A place read from its suffix or jieba's tag that is a person found with evidence on the same page
 * (张江河 after 村长, 李凤岭 in a list of names) is that person: names end in 江, 河, 岭, 峰 too.
 * Known places (the gazetteer's) stay, whatever the name rules said.
 */
export function withoutPeople(found: ArticlePlaces, people: { has(name: string): boolean; keys(): Iterable<string> }, articleText = ''): ArticlePlaces {
  const names = [...people.keys()]
  const keep = found.details.map((d) => (d.kind !== 'site' || !people.has(d.text)) && !onlyInsideNames(d.text, articleText, names))
  return { places: found.places.filter((_, i) => keep[i]), details: found.details.filter((_, i) => keep[i]) }
}

/**
 * A place printed only inside the name of a person found on the page (北海 in 田北海, 江山 in
 * 李江山): the article names the person, not the place. Known places too: a name is read with
 * evidence (a title, a list), and every spelling of a city is somebody's given name somewhere.
 */
function onlyInsideNames(place: string, text: string, names: string[]): boolean {
  const holders = names.filter((n) => n.length > place.length && n.includes(place))
  if (holders.length === 0 || text === '') return false
  let seen = false
  for (let at = text.indexOf(place); at !== -1; at = text.indexOf(place, at + 1)) {
    seen = true
    if (!holders.some((n) => text.startsWith(n, at - n.indexOf(place)))) return false
  }
  return seen
}

/** Places named in `text`, as printed, in order, added to `out` (a place already there is not repeated). */
export function findPlaces(text: string | ClauseTokens, out: string[] = []): string[] {
  for (const p of findArticlePlaces([text]).places) if (!out.includes(p)) out.push(p)
  return out
}
