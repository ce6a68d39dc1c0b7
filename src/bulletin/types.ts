/**
 * The parser's public contract: what `parseBulletin` returns and what
 * `npm run parse` prints (see README, "Parse output"). Plain data only, so it
 * serialises to JSON unchanged and the importer can plan from it without the
 * parser's internals. Indexes (`articles`, `events`) point into the arrays of
 * the same bulletin.
 */

export type Encoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'big5' | 'utf-16le' | 'utf-16be'

export type HeadlineRole = 'kicker' | 'title' | 'subtitle'

export interface Headline {
  role: HeadlineRole
  text: string
}

export interface ParsedArticle {
  headlines: Headline[]
  title: string
  kicker: string | null
  subtitle: string | null
  /** 本报讯, 新华社北京1月4日电, … or null when the article has none. */
  dateline: string | null
  reporters: string[]
  paragraphs: string[]
  /** Names of the people mentioned (reporters included), in order of first mention. */
  people: string[]
  places: string[]
  /** Indexes into `ParsedBulletin.events`. */
  events: number[]
  /** 1-based line of the first headline (or first paragraph) in the decoded input. */
  line?: number
  /** The article's original decoded lines, exactly as in the input (line ends as \n), for provenance. */
  sourceText?: string
  /** The byline as printed (（郑报全媒体记者 张昕 孙亚文）, 本报记者 张三), or null. */
  byline?: string | null
  /** Picture notes and credits taken out of the body (（附图片1张）). */
  pictures?: string[]
  /** Page furniture kept out of the body (来源：…, 责任编辑：…). */
  notes?: string[]
  /** One per entry of `places`, same order: the place resolved (郑州 → 郑州市 of GB/T 2260 code 410100). */
  placeDetails?: PlaceDetail[]
  /** Every mention of a person or place in `sourceText`, left to right (for highlighting). */
  mentions?: Mention[]
}

export type MentionKind = 'person' | 'place'

/**
 * A name as printed in the article's `sourceText`: `sourceText.slice(start, end)` is the
 * printed form (张 昕), `text` the name as listed in `people` or `places` (张昕). Offsets
 * are JavaScript string indices (UTF-16 code units).
 */
export interface Mention {
  kind: MentionKind
  text: string
  start: number
  end: number
}

/** A place as printed (`text`, the entry of `places`) and what it was resolved to. */
export interface PlaceDetail {
  text: string
  /** The full name: 郑州市 for 郑州, 河南省 for 河南; the text itself when nothing more is known. */
  name: string
  kind: 'country' | 'province' | 'city' | 'county' | 'town' | 'region' | 'site'
  /** GB/T 2260 code (divisions) or ISO 3166-1 alpha-2 code (countries). */
  code?: string
}

export type PersonRole = 'official' | 'reporter' | 'attendee' | 'chair' | 'speaker' | 'other'

export interface ParsedPerson {
  name: string
  titles: string[]
  roles: PersonRole[]
  /** Indexes into `ParsedBulletin.articles`. */
  articles: number[]
}

export type EventType = 'meeting' | 'inspection' | 'launch' | 'exhibition' | 'ceremony' | 'visit' | 'other'
export type TimeOfDay = 'morning' | 'afternoon' | 'evening'
export type ParticipantRole = 'chair' | 'attendee' | 'speaker' | 'organizer' | 'other'

export interface EventParticipant {
  name: string
  role: ParticipantRole
}

export interface ParsedEvent {
  title: string
  type: EventType
  /** YYYY-MM-DD, or null when the date could not be resolved. */
  startDate: string | null
  endDate: string | null
  timeOfDay: TimeOfDay | null
  /** HH:MM, approximate when the text says so (晚上10点多 → 22:00). */
  time: string | null
  /** The text said 多 / 左右 / 许 / 约 about the time (晚上10点多). */
  timeApproximate?: boolean
  locations: string[]
  organizers: string[]
  participants: EventParticipant[]
  /** Indexes into `ParsedBulletin.articles`. */
  articles: number[]
}

export interface ParseWarning {
  code: string
  message: string
  /** 1-based line in the decoded input, when the warning is about one place. */
  line: number | null
}

export interface ParsedBulletin {
  source: string
  sha256: string
  encoding: Encoding
  issueDate: string | null
  publication: string | null
  articles: ParsedArticle[]
  people: ParsedPerson[]
  events: ParsedEvent[]
  warnings: ParseWarning[]
  /** Set by `npm run parse` when this input could not be read at all (arrays are then empty). */
  error?: { code: string; message: string; line: number | null }
}

export interface ParseOptions {
  /** Path or label of the input, copied to `source`. */
  source: string
  /** YYYY-MM-DD; the reference for 昨日 and year-less dates. */
  issueDate?: string | null
  publication?: string | null
  /** Today as YYYY-MM-DD, given by the caller (the parser has no clock): an issue date after it is warned about. */
  today?: string | null
}

export interface ParseResult {
  bulletins: ParsedBulletin[]
}
