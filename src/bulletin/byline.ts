import { surnameLength, surnameRank } from './surnames'
import { removeChineseSpaces } from './normalize'
import { dictionaryTag } from './tokens'
import { loadGazetteer } from './places/gazetteer'
import { isCountryName } from './nameShape'
import { ARTWORK_GENRES, COLUMN_LABELS } from './vocabulary'

/**
 * Datelines and bylines: 本报讯（记者 张 昕 孙亚文）, 本报北京1月4日讯 记者张三报道：,
 * 新华社北京1月4日电（记者张三）, and a byline on its own line (本报记者 张三,
 * 本报评论员, 本报驻俄罗斯记者张三). Read from the line with its spaces kept,
 * because the spaces are what separate reporters' names (张 昕 孙亚文 is
 * 张昕 and 孙亚文; with spaces removed it could be cut any way).
 */

const NUM = '[0-9一二三四五六七八九十〇零两]'
// 日 may be missing in a dateline as printed (新华社某地1月29电): the 电/讯 right after the day still closes the date.
// The day alone (新华社北京1日电, 本报东京3日电, as papers date the day's dispatches) when 电/讯 follows it at once.
const DATE = `(?:(?:${NUM}{2,4}\\s*年\\s*)?${NUM}{1,3}\\s*月\\s*${NUM}{1,3}\\s*(?:日|(?=\\s*(?:专)?[讯电]))|${NUM}{1,3}\\s*日(?=\\s*(?:专)?[讯电]))`
const AGENCY = '(?:新华社|中新社|中通社|新华网|人民网|央视网|中新网|央广网|法新社|路透社|美联社|塔斯社|共同社|合众社|[\\u4e00-\\u9fff]{2,6}?(?:通讯社|社|网|台))'

// A city the reader may not place is followed by its country in brackets: 本报某城（某国）1月5日电.
const COUNTRY_AFTER_CITY = '(?:（[\\u4e00-\\u9fff]{2,8}）)?'

const DATELINES: RegExp[] = [
  // (本报专讯: the paper's own exclusive)
  /^(据)?(本报|本刊)\s*专?讯/u,
  // Other papers name themselves: 晚报讯, 江城晚报讯, 都市报讯, 大河网讯, 文汇报讯, 解放军报讯, 明报讯 (a paper's name
  // ending in 报 or 网, then 讯, closed by a space, a bracket, 记者 or the end: 日报讯息 is a word).
  /^(据)?[\u4e00-\u9fff]{1,8}?(?:报|网)\s*讯(?=[\s（(]|记者|$)/u,
  new RegExp(`^(据)?(?:本报|本刊)(?:驻)?\\s*[\\u4e00-\\u9fff]{0,10}?${COUNTRY_AFTER_CITY}\\s*(?:${DATE})\\s*(?:专)?(?:讯|电)`, 'u'),
  /^(据)?(?:本报|本刊)[\u4e00-\u9fff]{2,8}?(?:讯|电)(?=[\s（(]|记者)/u,
  // (讯 for an agency's dated dispatch too, as it was printed in the 1940s and 1950s: 新华社某地十二月一日讯)
  new RegExp(`^(据)?${AGENCY}\\s*[\\u4e00-\\u9fff]{0,12}?${COUNTRY_AFTER_CITY}\\s*(?:${DATE})\\s*(?:专)?[电讯]`, 'u'),
  // A dispatch with no date (新华社北京电, 新华社电) and a website's item (央视网消息, 新华网北京5月6日消息): closed by a space, a
  // bracket or 记者. (Not 据新华社某地电: retold with no date, it is an item of a compiled column more often than a story's lead.)
  // (讯 as an agency printed it in earlier decades: 新华社讯, 中新社讯)
  new RegExp(`^(?!据)${AGENCY}\\s*[\\u4e00-\\u9fff]{0,8}?(?:专)?[电讯](?=[\\s（(]|记者|$)`, 'u'),
  // Retold with neither place nor date (据新华社电, 据中新社电): nothing else can be the item's source.
  new RegExp(`^据${AGENCY}\\s*(?:专)?电(?=[\\s（(]|记者|$)`, 'u'),
  // A story compiled from several sources: 本报综合报道, 综合消息, 本报综合外电报道, 据本报综合报道.
  /^(据)?(?:本报|本刊)?\s*综合\s*[\u4e00-\u9fff]{0,6}?(?:报道|消息|电)(?=[\s（(：:]|记者|$)/u,
  new RegExp(`^(据)?${AGENCY}\\s*(?:[\\u4e00-\\u9fff]{0,8}?\\s*(?:${DATE})?)?\\s*消息(?=[\\s（(：:]|记者|$)`, 'u'),
]

const ROLE = '(?:特约|特派|首席|见习|实习|驻[\\u4e00-\\u9fff]{1,8}?)?(?:摄影记者|记者|通讯员|实习生|特约评论员|评论员|撰稿人|撰稿)'
/**
 * Outlets named before a role. Printed outlets are matched whole; any other outlet only
 * where it starts the byline or follows a separator, because several outlets' reporters
 * run together (通讯员甲新华社记者乙): a lazy "any characters + 社" would swallow 甲.
 */
const OUTLET = '(?:本报|本刊|新华社|中新社|中通社|人民网|新华网|中央人民广播电台|中央电视台|中国国际广播电台|(?<![\\u4e00-\\u9fff])[\\u4e00-\\u9fffA-Za-z]{0,10}?(?:报|社|台|网|媒体|中心))'
const ORG_ROLE = new RegExp(`${OUTLET}?${ROLE}`, 'gu')

export interface Lead {
  dateline: string | null
  /** The byline as printed (brackets kept), spaces between names kept. */
  byline: string | null
  reporters: string[]
  /** What follows the dateline and byline, spaces kept. */
  rest: string
}

/** Where the desk's credit starts inside a byline: 责任编辑, 责编, 美编, 校对, 编辑 after a separator. */
const EDITOR_IN_BYLINE = /(?:责任编辑|责编|美编|校对|(?<=^|[\s、，,/／|｜：:])编辑)/u

/** The commonest surnames (王, 李, 张 … 田): one of these after two characters starts the second name of a run of five. */
const VERY_COMMON_SURNAME_RANK = 50

function splitRunTogether(token: string): string[] {
  // 甲乙丙 of three or four names (an end tag of a team of reporters): cut by the shape of names,
  // kept only when it gives three names or more (fewer would have been read below).
  if (token.length >= 7 && token.length <= 12) {
    const names = cutCommonNames(token)
    return names && names.length >= 3 ? names : [token]
  }
  // 张三李四: two names with nothing between. Split where both halves start with a surname.
  if (token.length < 4 || token.length > 6) return [token]
  // 司马云鹏 is one name with a compound surname, not 司马 + 云鹏.
  if (surnameLength(token) === 2 && token.length <= 4) return [token]
  const isName = (n: string) => surnameLength(n) > 0 && n.length > surnameLength(n) && n.length <= surnameLength(n) + 2
  // Five characters: a three-character name first (王彦田周亮 → 王彦田, 周亮), as given names
  // of two characters are the commoner; 2 + 3 when 3 + 2 does not give two surnames, or when the
  // second name's surname is then one of the commonest and commoner than the other way's (徐勤王荣志 → 徐勤, 王荣志: 王 is a far
  // commoner surname than 荣, which is as often a given name's character).
  const splits = token.length === 4 ? [2] : token.length === 5 ? [3, 2] : [3]
  const fits = splits.filter((k) => isName(token.slice(0, k)) && isName(token.slice(k)))
  if (fits.length === 0) return [token]
  const k = fits.length === 2 && surnameRank(token.slice(2)) < VERY_COMMON_SURNAME_RANK && surnameRank(token.slice(2)) < surnameRank(token.slice(3)) ? 2 : fits[0]!
  return [token.slice(0, k), token.slice(k)]
}

/** Reporters' names from a byline's inside: 郑报全媒体记者 张 昕 孙亚文 → 张昕, 孙亚文. */
/**
 * `roleStated`: the byline states the role and where it ends (记者甲、乙报道：): every item of two or
 * three characters between is a name then, a surname the table lacks (rare ones) included, unless
 * it is an ordinary word.
 */
export function readReporters(inner: string, roleStated = false): string[] {
  // The desk's credit after the reporters' (本报记者 甲 责任编辑 乙): an editor is no reporter.
  const desk = EDITOR_IN_BYLINE.exec(inner)
  const withoutRoles = (desk ? inner.slice(0, desk.index) : inner)
    .replace(ORG_ROLE, ' ')
    .replace(/作者(?:\s*[：:]|\s+)/gu, ' ')
    // Where the picture was taken (张三摄于某国, 李四摄自某县): the place is no second name.
    .replace(/(?:摄影报道|摄影|摄)[于自][^\s、，,;；/／|]{1,24}$/u, ' ')
    // Where the report was filed: 记者甲／某地报道 (as Taiwan's papers print it), 记者 甲 某地报道 (a place the gazetteer knows).
    .replace(/[/／]\s*\p{Script=Han}{2,8}?报道(?=[\s：:]*$)/u, ' ')
    .replace(/(?<=\s)(\p{Script=Han}{2,8}?)报道(?=[\s：:]*$)/u, (all, place: string) => (placeOrBody(place) ? ' ' : all))
    // (and what the named did: 报道, 摄, 整理 a compiled piece, 编译 a translated one, 采写)
    .replace(/(?<=^|[\s、，,/／])(?:报道|摄影|摄|整理|编译|采写)(?=[\s、，,/／：:]|$)/gu, ' ')
    .replace(/(?:报道|摄|整理|编译|采写)(?=[\s：:]*$)/u, ' ')
  const split = withoutRoles.split(/[\s、，,;；/／|｜：:]+/u).filter(Boolean)
  // 文 and 图 are roles (文/张三, 张三 图 李四), except right after a lone character: there
  // they are the second half of a name the typesetter spread out (龚 文).
  const role = (p: string) => /^(?:文|图|文图|图文|文[·・]图|图[·・]文|撰文|文字|摄影)$/u.test(p)
  const parts = split.filter((p, i) => !role(p) || (i > 0 && !role(split[i - 1]!) && split[i - 1]!.length === 1 && surnameLength(split[i - 1]!) === 1))
  const joined: string[] = []
  for (let i = 0; i < parts.length; i++) {
    let p = parts[i]!
    // A lone character (or a lone compound surname, 欧阳 晨) is half a name spread out by the typesetter (张 昕).
    const lone = p.length === 1 || (p.length === 2 && surnameLength(p) === 2)
    if (lone && i + 1 < parts.length && parts[i + 1]!.length <= 2) {
      p += parts[++i]!
    }
    joined.push(p)
  }
  const names: string[] = []
  for (const j of joined) {
    for (const n of splitRunTogether(j)) {
      // A reporter's name: a surname and one or two characters, or a transliteration with a middle dot.
      const sl = surnameLength(n)
      const chinese = sl > 0 && n.length > sl && n.length <= sl + 2 && /^\p{Script=Han}+$/u.test(n)
      const unlisted = roleStated && sl === 0 && /^\p{Script=Han}{2,3}$/u.test(n) && /^(?:nr|nrfg|nrt)?$/u.test(dictionaryTag(n) ?? '')
      if ((chinese || unlisted || /^[\p{Script=Han}]+·[\p{Script=Han}·]+$/u.test(n)) && !/^(?:本报|本刊|新华社|记者|通讯员|等)$/u.test(n)) names.push(n)
    }
  }
  return names
}

/** Built once: readLead runs on every paragraph, and compiling these per call showed in the profile. */
const ROLE_RE = new RegExp(ROLE, 'u')
const OPEN_BYLINE = new RegExp(`^(?:[\\u4e00-\\u9fff]{0,12}?(?:报|社|台|网|媒体|中心))?${ROLE}[^，。：:；！？（）()]{1,60}?(?:报道[：:]?|[：:])`, 'u')

function looksLikeByline(inner: string): boolean {
  if (ROLE_RE.test(inner)) return true
  // （文/张三）, （文·图/张三）: a writer's credit closing the piece.
  if (WRITER_CREDIT_AT_START.test(inner.trim())) return readReporters(inner).length > 0
  // （张三 李四）: only names.
  const parts = inner.split(/[\s、，,]+/u).filter(Boolean)
  // Names run together (张三李四) count when they split into names by their shape.
  return parts.length > 0 && parts.every((p) => /^\p{Script=Han}+$/u.test(p) && (p.length <= 3 || splitRunTogether(p).length >= 2)) &&
    readReporters(inner).every((n) => surnameLength(n) > 0) && readReporters(inner).length > 0 &&
    readReporters(inner).join('').length === inner.replace(/[\s、，,]/gu, '').length
}

/** A dateline printed in a box (【本报讯】, 【新华社北京3月5日电】, ［本报讯］), as many papers set it. */
const BOXED = /^[【［[〔]\s*([^【】［］[\]〔〕]{2,40}?)\s*[】］\]〕]/u

/** The dateline at the start of a paragraph (boxed or not) and what follows it. */
function readDateline(spaced: string): { dateline: string; rest: string } | null {
  const boxed = BOXED.exec(spaced)
  if (boxed) {
    // The box holds the dateline and nothing else: the box is kept with it, as printed.
    const inner = boxed[1]!
    const m = DATELINES.map((re) => re.exec(inner)).find((found) => found !== null)
    if (m && m[0].trim().length === inner.trim().length) return { dateline: removeChineseSpaces(boxed[0]).trim(), rest: spaced.slice(boxed[0].length) }
  }
  for (const re of DATELINES) {
    const m = re.exec(spaced)
    if (m) return { dateline: removeChineseSpaces(m[0]).trim(), rest: spaced.slice(m[0].length) }
  }
  return null
}

/** The dateline and byline at the start of a paragraph, if any. */
export function readLead(spaced: string): Lead | null {
  const found = readDateline(spaced)
  const dateline: string | null = found?.dateline ?? null
  let rest = found?.rest ?? spaced
  let byline: string | null = null
  let reporters: string[] = []
  const afterSpace = rest.replace(/^\s+/u, '')
  const bracket = /^[（(]([^（）()]{0,60}?)[）)]/u.exec(afterSpace)
  // A byline in a box at the start of the report: 【记者甲／某地报道】, 〔本报记者 甲〕 (Taiwan's and Hong Kong's papers).
  const boxed = BOXED.exec(afterSpace)
  const boxedReporters = boxed && ROLE_AT_START.test(boxed[1]!.trim()) ? readReporters(boxed[1]!) : []
  if (boxed && boxedReporters.length > 0) {
    byline = removeChineseSpaces(boxed[0]).trim()
    reporters = boxedReporters
    rest = afterSpace.slice(boxed[0].length)
  } else if (bracket && looksLikeByline(bracket[1]!)) {
    byline = bracket[0]
    reporters = readReporters(bracket[1]!, ROLE_RE.test(bracket[1]!))
    rest = afterSpace.slice(bracket[0].length)
  } else {
    // 记者张三报道：/ 记者 张三 李四 报道 — needs 报道 or a colon to know where it ends.
    // Several outlets' reporters in one dateline: 中央人民广播电台记者甲、新华社记者乙、本报记者丙报道：
    const open = OPEN_BYLINE.exec(afterSpace)
    // 记者张三从某部获悉：ends in a colon too, but the colon closes a sentence, not a byline.
    const opening = dateline !== null ? reporterAfterDateline(afterSpace) : null
    if (open && (dateline !== null || /报道/u.test(open[0])) && !(opening && !/报道/u.test(open[0]))) {
      byline = open[0]
      reporters = readReporters(open[0], /报道[：:]?$/u.test(open[0]))
      rest = afterSpace.slice(open[0].length)
    } else if (opening) {
      // 记者张三从某部获悉：the sentence goes on, so the rest keeps it; only the name is read.
      reporters = [opening]
    } else if (dateline !== null) {
      const spacedOut = bylineClosedBySpace(afterSpace)
      if (spacedOut) {
        byline = afterSpace.slice(0, spacedOut.length)
        reporters = spacedOut.reporters
        rest = afterSpace.slice(spacedOut.length)
      }
    }
  }
  if (dateline === null && byline === null) return null
  if (dateline !== null && reporters.length === 0) reporters = reporterInDateline(dateline)
  return { dateline, byline: byline === null ? null : tidyByline(byline), reporters, rest: rest.replace(/^\s+/u, '') }
}

const ROLE_AT_START = new RegExp(`^(?:${OUTLET})?${ROLE}`, 'u')
const NAME_TOKEN = /^[\p{Script=Han}·]{2,4}$/u

/**
 * 本报北京3月4日电 记者张三 代表们… / 本报讯 记者 张三 通讯员 李四 今天…: after a dateline, a role and names
 * with neither 报道 nor a colon, closed by a space, the report going on after it. Read word by word (words are
 * what the spaces separate): each a role, a name, or a role and a name; the first that is none of these opens
 * the report. A name is surname + 1–2 characters and no ordinary word (记者张三 周末… keeps 周末 in the report).
 * Returns the byline's length in `rest`, or null.
 */
function bylineClosedBySpace(rest: string): { length: number; reporters: string[] } | null {
  if (!ROLE_AT_START.test(rest)) return null
  const reporters: string[] = []
  const word = /(\S+)(\s+)/gu
  let end = 0
  for (let m = word.exec(rest); m !== null; m = word.exec(rest)) {
    const bare = m[1]!.replace(ORG_ROLE, '')
    if (bare !== '') {
      const names = NAME_TOKEN.test(bare) ? readReporters(bare) : []
      const plainName = names.length === 1 && names[0] === bare && /^(?:nr|nrfg|nrt)?$/u.test(dictionaryTag(bare) ?? '')
      if (!plainName) break
      reporters.push(bare)
    } else if (!ROLE_AT_START.test(m[1]!)) break
    end = m.index + m[0].length
  }
  // Something must follow: a byline alone on the rest of the line is a standalone byline's business.
  return reporters.length > 0 && end < rest.length ? { length: end, reporters } : null
}

/**
 * The reporter named inside the dateline, between the agency and the place: 中央社记者甲某地3日电, 本报记者甲某地1月4日电.
 * Name and place are run together: the name is surname + 1–2 characters, and the reading that leaves a place the
 * gazetteer or the dictionary knows wins; else a name of three characters, unless that leaves one character for the place.
 */
const REPORTER_IN_DATELINE = new RegExp(`^(?:据)?(?:本报|${AGENCY})(?:特派|驻\\p{Script=Han}{1,8}?)?记者(\\p{Script=Han}{2,12}?)${COUNTRY_AFTER_CITY}\\s*(?:${DATE})\\s*(?:专)?[电讯]$`, 'u')
function reporterInDateline(dateline: string): string[] {
  if (!dateline.includes('记者')) return []
  const run = REPORTER_IN_DATELINE.exec(dateline)?.[1]
  const sl = run ? surnameLength(run) : 0
  if (!run || sl === 0) return []
  const readings = [sl + 2, sl + 1].filter((k) => k <= run.length && (run.length - k === 0 || run.length - k >= 2))
  const known = (place: string) => place === '' || placeOrBody(place) || dictionaryTag(place) === 'ns'
  const k = readings.find((len) => known(run.slice(len))) ?? readings[0]
  return k === undefined ? [] : [run.slice(0, k)]
}

/** Spaces inside a byline separate names; keep one between names, none inside one. */
function tidyByline(byline: string): string {
  return byline.replace(/\s+/gu, ' ').trim()
}

/** An outlet printed before the role on a byline line: 本报, 新华社, and a paper's or a desk's own (郑报全媒体, 融媒体, 新闻中心). */
const BYLINE_OUTLET = '(?:本报|本刊|新华社|中新社|[\\u4e00-\\u9fff]{0,10}?(?:报|社|台|网|媒体|中心))'
/** Who wrote a piece, as papers print it: 文/甲, 文/图 甲, 文·图/甲, 撰文/甲 摄影/乙, 文 | 甲, 图/文 甲 (a picture's credit alone, 图/乙, is not). */
const WRITER_CREDIT = '(?:撰文|文字|文)(?:\\s*[·・、]?\\s*(?:图|摄影))?\\s*[/／|｜]|(?:图|摄影)\\s*[·・、]?\\s*文\\s*[/／|｜]|文\\s*[/／]\\s*图|图\\s*[/／]\\s*文'
const WRITER_CREDIT_AT_START = new RegExp(`^(?:${WRITER_CREDIT})`, 'u')
const STANDALONE = new RegExp(
  `^(?:${BYLINE_OUTLET}?${ROLE}|作者(?:\\s*[：:]|\\s+)|${WRITER_CREDIT})[\\s\\p{Script=Han}·、，,/／]{0,40}$`,
  'u',
)

/** A line that is only a byline: 本报记者 张三 李四 / 本报评论员 / 本报驻俄罗斯记者张三 / 文/张三. */
export function readStandaloneByline(spaced: string): Lead | null {
  const line = spaced.trim()
  if (line.length > 48 || !STANDALONE.test(line)) return null
  if (/[。！？]$/u.test(line)) return null
  // A line that states a role (本报记者 …) names reporters: a surname the table lacks (操, 言) is read too, as in 记者甲、乙报道：.
  const reporters = readReporters(line, ROLE_RE.test(line))
  // 本报记者深入一线采访 is a sentence; a byline names someone or ends with the role (本报评论员).
  if (reporters.length === 0 && !/(?:评论员|记者|通讯员|撰稿人)$/u.test(line)) return null
  return { dateline: null, byline: tidyByline(line), reporters, rest: '' }
}

/** A byline printed at the end of an article: （记者 张三）/（张三 李四）. */
export function readTrailingByline(text: string): { byline: string; reporters: string[]; before: string } | null {
  const m = /[（(]([^（）()]{2,40})[）)]$/u.exec(text)
  if (!m || !looksLikeByline(m[1]!)) return null
  const reporters = readReporters(m[1]!)
  if (reporters.length === 0) return null
  return { byline: m[0], reporters, before: text.slice(0, m.index) }
}

/**
 * A line that is only a name tag or a dispatch tag closing an article: （张三）, （张三李四）,
 * （本报专电）, （本报珀斯1月14日电）, （新华社稿）, （作者为…）, a retold dispatch （据新华社电）, （据新华社某地1月4日电）. After it the article is over.
 */
const DISPATCH_TAG = /^(?:本报|新华社|中新社)[\u4e00-\u9fff0-9一二三四五六七八九十〇]{0,16}?(?:专?电|讯|稿)$|^新华社(?:发|稿)$|^作者(?:为|系|是)|^(?:据)?[\u4e00-\u9fff]{2,12}(?:报|社|台)(?:消息|供稿)?$|^据[\u4e00-\u9fff]{1,10}?(?:报|社|台)[\u4e00-\u9fff0-9０-９]{0,14}?(?:专?电|讯)$/u
export type ClosingTag = { kind: 'byline'; byline: string; reporters: string[] } | { kind: 'dispatch'; text: string }
export function readClosingTag(text: string): ClosingTag | null {
  const m = /^[（(]([^（）()]{1,40})[）)]$/u.exec(text.trim())
  if (!m) return null
  const inner = m[1]!
  if (DISPATCH_TAG.test(inner.replace(/\s+/gu, ''))) return { kind: 'dispatch', text: m[0] }
  if (/摄|照片|图/u.test(inner)) return null
  const trailing = readTrailingByline(text.trim())
  return trailing && trailing.before === '' ? { kind: 'byline', byline: trailing.byline, reporters: trailing.reporters } : null
}

/**
 * An author's line under a headline, or a signature after a letter: only names, spaced or
 * separated (韩钟, 于志毅 刘星, 于志毅、刘星; names run together are read only in an end tag), with a pen name in brackets (韩钟（昆音）). Every
 * character must belong to a name read by the shape of Chinese names (surname + 1–2).
 */
export function readAuthorLine(spaced: string): Lead | null {
  const line = spaced.trim()
  const bare = line.replace(/[（(][\u4e00-\u9fff·]{1,6}[）)]$/u, '')
  if (bare.length < 2 || bare.length > 16 || !/^[\u4e00-\u9fff·\s、]+$/u.test(bare)) return null
  // Several names run together with no separator are read only inside an end tag （甲乙）: on a
  // line of its own, a short headline (郑州建成新桥) has the same shape as two names.
  if (!/[\s、]/u.test(bare) && bare.replace(/·/gu, '').length > 4) return null
  const reporters = readReporters(bare)
  if (reporters.length === 0 || reporters.join('').length !== bare.replace(/[\s、]/gu, '').length) return null
  // 江西, 东盟 alone under a headline: a region's label over its part of a roundup, not an author; 简讯 over briefs: a column's.
  if (reporters.length === 1 && (placeOrBody(reporters[0]!) || COLUMN_LABEL_SET.has(reporters[0]!))) return null
  return { dateline: null, byline: tidyByline(line), reporters, rest: '' }
}

const COLUMN_LABEL_SET = new Set(COLUMN_LABELS)

/** A place the gazetteer knows, a country, or a word jieba files as an organisation or abbreviation (东盟/j). */
function placeOrBody(word: string): boolean {
  return loadGazetteer().byName.has(word) || isCountryName(word) || /^(?:nt|j)$/u.test(dictionaryTag(word) ?? '')
}

/** A run of Chinese names with nothing between them (甲乙丙丁戊), cut by the shape of names: surname + 1–2 characters. */
function cutNames(run: string): string[] | null {
  if (run === '') return []
  const sl = surnameLength(run)
  if (sl === 0) return null
  // Three characters first (given names of two are the commoner), then two.
  for (const len of [sl + 2, sl + 1]) {
    if (len > run.length) continue
    const rest = cutNames(run.slice(len))
    if (rest) return [run.slice(0, len), ...rest]
  }
  return null
}

/**
 * A run of three or four names (甲乙丙丁) cut into names whose surnames are all common ones
 * (the first 200 of the table: a rare surname is as often an ordinary character, 国家计委…),
 * choosing among the possible cuts the one whose surnames are the commonest in sum
 * (高琪罗华宇 is 高琪 + 罗华宇, not 高琪罗 + 华宇: 罗 is a commoner surname than 华).
 */
const COMMON_SURNAME_RANK = 200
function cutCommonNames(run: string): string[] | null {
  let best: { names: string[]; cost: number } | null = null
  const walk = (at: number, names: string[], cost: number) => {
    if (at === run.length) {
      if (!best || cost < best.cost) best = { names: [...names], cost }
      return
    }
    const rest = run.slice(at)
    const rank = surnameRank(rest)
    if (rank >= COMMON_SURNAME_RANK) return
    const sl = surnameLength(rest)
    for (const len of [sl + 1, sl + 2]) {
      if (len > rest.length) continue
      const piece = rest.slice(0, len)
      // A place or a word the dictionary knows (江苏, 常州市, 读者) is no name: a signature (江苏读者甲) is not a run of names.
      const tag = dictionaryTag(piece)
      if ((tag !== null && !/^nr/u.test(tag)) || /[市省县区乡镇村者部局厅委处所站场厂院校]$/u.test(piece)) continue
      walk(at + len, [...names, piece], cost + rank)
    }
  }
  walk(0, [], 0)
  return (best as { names: string[] } | null)?.names ?? null
}

/** Words that end a job title or an institution, after which an author's name is printed (…大学教授张三, 中国剧协副主席李四). */
const TITLE_END = /(?:长|主席|书记|主任|教授|员|编辑|记者|导演|委员|代表|总裁|经理|总监|顾问|讲师|专家|干部|职工|战士|大学|学院|研究所|研究院|中心|公司|集团|报社|电台|剧团|剧院|工厂|总厂|医院)$/u

/** The names at the end of a line after a title or an institution: the shortest tail that reads as names. */
function namesAfterTitle(line: string): string[] | null {
  if (line.length > 28 || !/^[\p{Script=Han}、]+$/u.test(line)) return null
  for (let len = 2; len <= 9 && len <= line.length - 2; len++) {
    const head = line.slice(0, line.length - len)
    if (!TITLE_END.test(head)) continue
    const names = cutNames(line.slice(line.length - len))
    if (names) return names
  }
  return null
}

/** Last characters of a unit or place a reader signs with before the name (…县委宣传部, …日报社, …车辆场, …某部). */
const UNIT_END = /[市县区州乡镇村部处局站场社台报队所厂院校团连营室厅委司行]$/u
/** What a name never ends in: a unit's or place's last character, so a tail 玄武区 is no name. */
const NOT_NAME_LAST = /[市省县区州乡镇村部处局站场社台报队所厂院校者委厅司]$/u

/**
 * A reader's signature closing a letter: a unit or place, then one to three names run on
 * (江南某县人民广播电台甲乙, 某省某市甲, 某军区某部甲). The shortest tail that reads as names
 * (surname + 1–2 characters each, none a dictionary word other than a name, none ending like a
 * unit) after a head that ends like a unit or is a known place.
 */
export function namesAfterUnit(inner: string, isPlace: (word: string) => boolean): string[] | null {
  if (inner.length < 4 || inner.length > 30 || !/^\p{Script=Han}+$/u.test(inner)) return null
  for (let len = 2; len <= 9 && len <= inner.length - 2; len++) {
    const head = inner.slice(0, inner.length - len)
    if (!UNIT_END.test(head) && !isPlace(head)) continue
    const names = cutNames(inner.slice(inner.length - len))
    if (names && names.every((n) => !NOT_NAME_LAST.test(n) && !isPlace(n) && /^(?:nr|nrfg|nrt)?$/u.test(dictionaryTag(n) ?? ''))) return names
  }
  return null
}

/**
 * The author's line printed under a headline, in the forms that are not a plain name list
 * (readAuthorLine reads those): names run together (林文广郑晓岚), a job title or an
 * institution before the name (中国剧协副主席李四, 某某大学陆明严华), a reporter whose
 * name does not start with a common surname (本报记者晓岑), or a pen name of two or three
 * characters (竹溪) when prose follows (over a dispatch, a short line is a region's label: 湖南).
 * Read only where the caller knows the line sits between a headline and the body: on its own,
 * 郑州建成新桥 has the shape of two names.
 */
export function readCreditUnderHeadline(text: string, proseFollows: boolean): Lead | null {
  const line = text.trim()
  const credit = (reporters: string[]): Lead => ({ dateline: null, byline: line, reporters, rest: '' })
  if (/^\p{Script=Han}{2,3}$/u.test(line)) return proseFollows ? credit(cutNames(line) ? [line] : []) : null
  if (/^\p{Script=Han}{2,3}$/u.test(line)) return credit(cutNames(line) ? [line] : [])
  const reporter = /^(?:本报|新华社)?(?:特约|驻\p{Script=Han}{1,8}?)?记者(\p{Script=Han}{2,3})$/u.exec(line)
  if (reporter) return credit([reporter[1]!])
  const run = /^\p{Script=Han}{4,9}$/u.test(line) ? cutNames(line) : null
  if (run && run.length >= 2) return credit(run)
  const titled = namesAfterTitle(line)
  return titled ? credit(titled) : null
}

/**
 * Photo credits inside a caption or at the end of a paragraph: （张三摄）, （张三李四摄）,
 * （新华社记者张三摄）, （张三摄影报道）, （本报记者张三摄于某地）, （压题照片为张三摄）.
 * The bracket must close right after 摄 (or 摄于…/摄自… naming where): a bracket that only
 * contains 摄 somewhere (（摄制组…）) is not a credit.
 */
const IN_TEXT_CREDIT = /[（(](?:压题照片|照片|图片|图)?(?:为|：|:)?([^（）()：:，。]{2,24}?)\s*(?:摄影报道|摄影|摄)(?:[于自][^（）()]{1,24})?[）)]/gu
/** （张三画）, （李四绘）, （王五作）: the artist of a picture printed in the caption. */
const ARTIST_CREDIT = /[（(]([^（）()：:，。]{2,12}?)(?:画|绘|作|书|刻)[）)]/gu
/** 虎啸图（中国画）（张三）, 春风（行书）（荷兰：某某）: the artwork's kind in brackets, then the artist alone in brackets. */
const GENRE_THEN_ARTIST = new RegExp(`[（(](?:${ARTWORK_GENRES.join('|')})[）)][（(](?:[\\p{Script=Han}]{2,6}[：:])?([^（）()：:，。、]{2,12})[）)]`, 'gu')
export function creditsInText(text: string): string[] {
  const names: string[] = []
  // Every credit closes a bracket: most paragraphs have none, and three searches through them showed in the profile.
  if (!text.includes('）') && !text.includes(')')) return names
  for (const m of [...text.matchAll(IN_TEXT_CREDIT), ...text.matchAll(ARTIST_CREDIT), ...text.matchAll(GENRE_THEN_ARTIST)]) {
    const inner = m[1]!
    const found = readReporters(inner)
    // Every character of the credit, once roles are dropped, must belong to the names read.
    const bare = inner.replace(ORG_ROLE, '').replace(/[\s、，,/／]/gu, '')
    if (found.length > 0 && found.join('').length === bare.length) for (const n of found) if (!names.includes(n)) names.push(n)
  }
  return names
}

/**
 * 本报讯 记者张三从某部获悉： / 记者张三日前在…: a reporter named after the dateline with no
 * 报道 or colon, followed by the words that open the report. The name is surname + 1–2
 * characters; the shorter reading wins when the opening word starts right after it (张三从…).
 */
const REPORT_OPENING = /^(?:从|在|日前|近日|最近|前不久|昨天|今天|昨日|今日|获悉|了解到|采访|走访|随)/u
export function reporterAfterDateline(rest: string): string | null {
  const m = /^(?:本报|新华社)?记者(\p{Script=Han}{2,5})/u.exec(rest.trim())
  if (!m) return null
  const run = m[1]!
  const sl = surnameLength(run)
  if (sl === 0) return null
  for (const len of [sl + 1, sl + 2]) {
    if (len >= run.length + 1) continue
    const after = rest.trim().slice(m[0].length - run.length + len)
    if (REPORT_OPENING.test(after)) return run.slice(0, len)
  }
  return null
}
