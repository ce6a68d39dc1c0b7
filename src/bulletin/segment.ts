import type { Headline, HeadlineRole } from './types'
import { normalizeLine, removeChineseSpaces, runTogetherParagraphs, splitLines } from './normalize'
import { loadGazetteer } from './places/gazetteer'
import { COLUMN_LABELS } from './vocabulary'
import { surnameLength } from './surnames'
import { readAuthorLine, readClosingTag, readCreditUnderHeadline, readLead, readReporters, readStandaloneByline, readTrailingByline, type ClosingTag, type Lead } from './byline'

/**
 * Lines → blocks → articles. A block is one non-blank line. Articles start at
 * a dateline (本报讯, 新华社…电), at a byline line, or at a group of headline
 * lines; a paragraph that a page broke mid-sentence (often across a blank
 * line) is joined back to the one before it.
 */

export interface Block {
  line: number
  text: string
  spaced: string
  raw: string
  bullet: boolean
}

export interface Paragraph {
  text: string
  line: number
  /** A subheading or other line that nothing is joined onto. */
  closed?: boolean
}

export interface SegmentedArticle {
  headlines: Headline[]
  /** Each headline's line, parallel to `headlines`. */
  headlineLines: number[]
  dateline: string | null
  byline: string | null
  reporters: string[]
  paragraphs: Paragraph[]
  pictures: string[]
  /** Names credited in picture lines (晚报记者 吕明轩 摄, （图／记者 张三）): people on the page, not bylines. */
  photographers: string[]
  /** Page furniture lines (来源：…, 责任编辑：…). */
  notes: string[]
  firstLine: number
  lastLine: number
}

export interface Segmentation {
  articles: SegmentedArticle[]
  /** Lines dropped as rules (———) are not content; kept for the record. */
  separators: number[]
}

const SENTENCE_END = /[。！？!?…；;][”’」』）)]*$/u
const PICTURE_ALONE =
  /^图为|^(?:[（(]\s*)?(?:附|见)?(?:图片|照片|图|彩图)\s*[0-9一二三四五六七八九十]+\s*(?:张|幅)(?:\s*[）)])?$|^(?:[（(][^（）()]{0,30}(?:摄|摄影|摄影报道|照片|供图)(?:[于自][^（）()]{1,24})?[）)]){1,3}$|^(?:本报|新华社)?(?:记者)?\s*[\p{Script=Han}\s]{2,12}摄(?:影报道)?$|^[（(]\s*(?:(?:题图|插图|刊头)\p{Script=Han}{0,4}|图|摄影|供图|图片)\s*[/／：:][^（）()]{1,30}[）)]$|^(?:图|摄影|供图|图片)\s*[/／|｜：:]\s*[\p{Script=Han}\s、·]{2,24}$/u
/** The credit in a picture line: what follows 图／ or precedes a final 摄, after the caption's last punctuation. */
const PICTURE_CREDIT = /(?:^[（(]?\s*(?:(?:题图|插图|刊头)\p{Script=Han}{0,4}|图|摄影|图片)\s*[/／：:]([^（）()]{1,30}?)[）)]?$)|(?:(?:^|[。！？，）)（(])([^。！？，（）()]{1,30}?)\s*摄(?:影报道|影)?(?:[于自][^（）()]{1,24})?\s*[）)]?$)/u
/** Page furniture from web copies of pages: 来源：, 发布时间：, 责任编辑： (kept as notes, never headlines). */
/** Also a page's editor (本版责任编辑某某, 本版编辑：某某) and where to send letters (来信请寄：…). */
const META_LINE = /^(?:来源|稿源|发布时间|发布日期|时间|日期|责任编辑|编辑|校对|审核|字号|点击|浏览|阅读|版次|版名|来信请寄|来稿请寄)[：:]|^本版(?:责任)?编辑/u
/**
 * The desk's credits printed under an article or at the foot of a page: 责编：某某, 编辑/某某, 校对 某某, 美编：某某,
 * several on one line (责编：甲 校对：乙). Page furniture (a note), never a headline, and the editors no reporters.
 * Read with spaces kept: a role and a name are told apart by a separator. With a space alone only a role that is
 * no headline's word (校对 某某, not 统筹 城乡发展), and every name starting with a surname; 校对某某 run together is left alone.
 */
const EDITOR_ROLE = '(?:责任编辑|责编|编辑|美编|美术编辑|校对|审校|审核|审签|终审|复审|初审|值班编辑|版式设计|版式|组版|排版|制图|统筹|策划)'
const EDITOR_NAMES = '[\\p{Script=Han}·]{2,4}(?:[\\s、，,]+[\\p{Script=Han}·]{2,4})*'
const EDITOR_LINE = new RegExp(`^(?:${EDITOR_ROLE}\\s*[：:/／|｜]\\s*${EDITOR_NAMES}\\s*)+$`, 'u')
const EDITOR_SPACED = /^(?:责任编辑|责编|编辑|美编|校对|审校)\s+([\p{Script=Han}·]{2,4}(?:[\s、]+[\p{Script=Han}·]{2,4})*)$/u
/** A bracketed byline that states a role (（记者 甲）, （本报通讯员 乙）): a bare name tag （甲） is as often a signature. */
const ROLE_TAG = /^[（(][^（）()]*(?:记者|通讯员|实习生|撰稿)/u

/**
 * A photographer's line ending in 摄影 (某某摄影, 本报记者某某摄影): only when what precedes is names and roles, every
 * character read (风光摄影, a headline, is not one).
 */
function photographerLine(text: string): boolean {
  if (text.length > 24 || !text.endsWith('摄影')) return false
  const names = pictureCredits(text)
  return names.length > 0 && names.join('').length === text.replace(PHOTO_ROLES, '').length
}

/** A picture's credit labelled as one: （图：某某）, （摄影/某某）. */
const PHOTO_LABEL = /^[（(]\s*(?:图|摄影|图片)\s*[：:/／]/u
/** A photo credit after a caption's last sentence, no brackets: …。某某摄, …。本报记者某某摄影. */
const CAPTION_CREDIT = /(?<=[。！？][”’]?)(?:本报|新华社)?(?:\p{Script=Han}{0,8}?(?:记者|通讯员))?\p{Script=Han}{2,8}摄(?:影)?$/u
/** What a credit holds besides the names. */
const PHOTO_ROLES = /(?:本报|新华社)|\p{Script=Han}{0,8}?(?:记者|通讯员)|摄影?$/gu

/** The same credit in brackets closing a paragraph: …。（责任编辑：某某）, …。（编辑 某某）, …（本文编辑：某某）. */
const EDITOR_TAG = new RegExp(`[（(]\\s*(?:本文|本版)?${EDITOR_ROLE}\\s*[：:/／]?\\s*[\\p{Script=Han}·、\\s]{2,30}[）)]$`, 'u')
export function isEditorLine(spaced: string): boolean {
  const line = spaced.trim()
  if (line.length > 60 || !/^(?:责|编|美|校|审|终|复|初|值|版|组|排|制|统|策)/u.test(line)) return false
  if (EDITOR_LINE.test(line)) return true
  const m = EDITOR_SPACED.exec(line)
  return m !== null && m[1]!.split(/[\s、]+/u).every((n) => surnameLength(n) > 0)
}
/**
 * The page's folio line, copied with the text (江城晚报 2019年7月12日 星期五 A05 城事, 人民日报 1998年3月6日 第4版):
 * a paper's name and the date, with a weekday or page number. It is page furniture (a note), never a headline.
 */
const FOLIO_DATE = /(?:[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日|[一二三四五六七八九〇零]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)/u
const FOLIO = new RegExp(`^(?:\\p{Script=Han}{2,10}?(?:报|刊))?${FOLIO_DATE.source}(?:(?:星期|周)[一二三四五六日天])?(?:第?[0-9一二三四五六七八九十]{1,3}版|[A-Z][0-9]{1,2}版?)?[\\p{Script=Han}·]{0,8}$`, 'u')
export function isFolioLine(text: string): boolean {
  if (text.length > 40 || !FOLIO.test(text)) return false
  // A paper's name before the date, or a weekday or page number after it: a bare date is not enough.
  return /^\p{Script=Han}{2,10}?(?:报|刊)[0-9一二三四五六七八九〇零]/u.test(text) || /(?:星期|周)[一二三四五六日天]|版/u.test(text)
}

/** A lead that opens a news story: a date or 昨日/近日 at the start of a paragraph. */
const STORY_LEAD = /^(?:[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日|[0-9]{4}年|[昨今前]日|[昨今]天|近日|日前|近期|连日来|今年以来|本月|上周|记者从|记者[0-9一二三四五六七八九十]{1,2}月)/u
const PICTURE_TRAILING = /[（(]\s*(?:附|见)?(?:图片|照片|图|彩图)\s*[0-9一二三四五六七八九十]+\s*(?:张|幅)\s*[）)]$/u

/** Photographers named in a picture line, read like a byline (readReporters keeps only what looks like a name). */
export function pictureCredits(spaced: string): string[] {
  const m = PICTURE_CREDIT.exec(spaced.trim())
  const credit = m?.[1] ?? m?.[2]
  return credit ? readReporters(credit) : []
}

export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text)
}

/** Short, unpunctuated, Chinese: what a headline line looks like. */
function headlineLike(b: Block): boolean {
  const t = b.text
  if (t.length === 0 || t.length > 48) return false
  if (!/\p{Script=Han}/u.test(t)) return false
  if (endsSentence(t) || /[：:，,、]$/u.test(t)) return false
  if (/[。]/u.test(t)) return false
  if ((t.match(/，/gu) ?? []).length > 2) return false
  if (PICTURE_ALONE.test(t) || photographerLine(t) || META_LINE.test(t) || isFolioLine(t) || isEditorLine(b.spaced)) return false
  if (leadOf(b.spaced) || readStandaloneByline(b.spaced)) return false
  // A numbered caption with its photographer's credit (2、瑞雪兆丰年（某某摄）) is one of the pictures an article printed, not a headline.
  if (creditedNumberedCaption(t)) return false
  // A row of a table (1997年183012, 1某某股份19.63): more digits than Chinese characters. A headline is words
  // (a date alone, 1988年7月, heads an entry of a chronicle: it stays a headline line).
  if (tableRow(t)) return false
  return true
}

const ALONE_DATE = /^[0-9]{4}年(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?$/u
function tableRow(t: string): boolean {
  return /[0-9].*[0-9].*[0-9]/u.test(t) && !ALONE_DATE.test(t) && (t.match(/[0-9]/gu) ?? []).length > (t.match(/\p{Script=Han}/gu) ?? []).length
}
/** The number of a caption in a picture column, then a title-like caption, then its credit: 2、…（某某摄）, 图③…（新华社记者某某摄）. */
export function creditedNumberedCaption(text: string): boolean {
  // (a caption that is a sentence, 2：某地花市红火。（某某摄）, ends with the credit as any caption does: the credit ends it)
  return CAPTION_NUMBER.test(text) && /摄(?:影)?[）)]$/u.test(text) && !/[。！？]/u.test(text)
}

function toBlocks(text: string): { blocks: Block[]; separators: number[] } {
  const blocks: Block[] = []
  const separators: number[] = []
  splitLines(text).forEach((line, i) => {
    for (const raw of runTogetherParagraphs(line)) {
      const n = normalizeLine(raw)
      if (n.separator) separators.push(i + 1)
      else if (n.text !== '') blocks.push({ line: i + 1, text: n.text, spaced: n.spaced, raw, bullet: n.bullet })
    }
  })
  return { blocks, separators }
}

/**
 * A first line that leads into the second instead of standing on its own is
 * an 引题 (kicker), whatever its length: one that ends in a dash or colon
 * (金秋时节访农家——), one that reports someone speaking, with what was said
 * as the title below (张三在全省工作会议上强调 / 以更大力度…), and a question
 * over a statement (暑假来了，孩子们去哪儿玩？ / 市青少年宫推出40余门课程).
 * Length alone is no signal (a long explanatory second line is a 副题 as
 * often as a short first line is an 引题), so without one of these the pair
 * stays title + subtitle.
 */
const LEAD_IN_END = /(?:——|—|：|:|…)$/u
const SPEECH_VERB = '(?:强调|指出|表示|要求|提出|说|希望|寄语|勉励|指示)$'
/** …会见客人时强调, …之际表示; …会议上强调 and …讲话中指出 only with the 在 that opens the phrase. */
const SPEECH_END = new RegExp(`(?:时|之际|期间)${SPEECH_VERB}`, 'u')
const SPEECH_END_AT = new RegExp(`在.+(?:上|中|后)${SPEECH_VERB}`, 'u')
/**
 * A first line that names the occasion (我市收听收看省委…专题会议, 市领导参加党支部组织生活会,
 * 在全国…会议上) or sets the scene in time (春节前夕, 抗洪期间) is an 引题 over the message;
 * a first line that is itself the news (徐立毅随机检查防汛工作并看望值守人员, …会议在京举行)
 * is the 主题, and the line under it a 副题.
 */
const COLUMN_LABEL_SET = new Set(COLUMN_LABELS)
const OCCASION_END = /(?:会议|大会|[^机社工协学]会|论坛|峰会|仪式|典礼|座谈|活动|之际|前夕|期间|以来|时节|时刻|上|中|时)$/u
export function readsAsKicker(first: string, second: string): boolean {
  if (/^——|^—/u.test(second)) return false
  // A column's label over the headline (国际要闻 / 某某呼吁…): the line above the 主题, never the 主题 itself.
  if (COLUMN_LABEL_SET.has(first)) return true
  if (LEAD_IN_END.test(first) || OCCASION_END.test(first)) return true
  if (SPEECH_END.test(first) || SPEECH_END_AT.test(first)) return true
  return /[？?]$/u.test(first) && !/[？?！!]$/u.test(second)
}

/** A line that can only be a 副题: it opens with a dash (——记…, ——访…) or is a deck of bullet points (●…●…). */
const SUBTITLE_START = /^(?:——|—|[●○■□◆◇▲△▼▽★☆◎◉•▶►▪▫])/u

/**
 * Headline roles by the convention of Chinese papers: one line is the title; of two, a second
 * line opening with —— or a bullet is a 副题 and otherwise the first is the 引题 (it sets the
 * scene or the occasion: 我市收听收看…专题会议 / 健全完善…安全), the second the 主题;
 * with three or more, 引题 / 主题 / 副题…, unless the second line is already a 副题 (主题 / ——副题 / ●…).
 *
 * Lines run together with a wide gap (two spaces, a tab, an ideographic
 * space) are split first. A single space between phrases of two characters or more is a
 * phrase break (发扬连续作战 敢打必胜精神) and is kept as an ideographic space; spaces between
 * single characters are letter-spacing (图 片 新 闻) and are dropped. A line of parallel
 * phrases that is not split keeps one ideographic space between them.
 */
/** Phrases of a headline line kept apart by an ideographic space; letter-spacing removed. */
function phraseBreaks(piece: string): string {
  const words = piece.split(/\s+/u).filter((w) => w !== '')
  const phrases = words.length >= 2 && words.every((w) => w.length >= 2 && /^\p{Script=Han}/u.test(w) && /\p{Script=Han}$/u.test(w))
  return phrases ? words.join('\u3000') : removeChineseSpaces(piece).trim()
}

export function assignHeadlineRoles(lines: { spaced: string; text: string }[]): Headline[] {
  const parts: string[] = []
  for (const l of lines) {
    const pieces = l.spaced
      .split(/\t|[ ]{2,}/u)
      .map((p) => phraseBreaks(p.trim()))
      .filter((p) => p !== '')
    const phrases = pieces.length >= 2 && pieces.every((p) => p.length >= 4)
    if (phrases && pieces.length === 2 && lines.length < 3) parts.push(...pieces)
    // Parallel phrases of one headline line (坚持以人民为中心  推动高质量发展) keep a gap
    // between them, as printed; gluing them would make one run-on phrase.
    else if (phrases) parts.push(pieces.join('\u3000'))
    else parts.push(pieces.length === 1 ? pieces[0]! : l.text)
  }
  const roles: HeadlineRole[] =
    parts.length === 1
      ? ['title']
      : parts.length === 2
        ? readsAsKicker(parts[0]!, parts[1]!) && !SUBTITLE_START.test(parts[1]!) ? ['kicker', 'title'] : ['title', 'subtitle']
        : SUBTITLE_START.test(parts[1]!) && !SUBTITLE_START.test(parts[0]!)
          ? ['title', ...Array<HeadlineRole>(parts.length - 1).fill('subtitle')]
          : ['kicker', 'title', ...Array<HeadlineRole>(parts.length - 2).fill('subtitle')]
  return parts.map((text, i) => ({ role: roles[i]!, text }))
}

function newArticle(line: number): SegmentedArticle {
  return { headlines: [], headlineLines: [], dateline: null, byline: null, reporters: [], paragraphs: [], pictures: [], photographers: [], notes: [], firstLine: line, lastLine: line }
}

/**
 * What a block is, read from the block alone. Each kind has a handler in
 * segmentArticles; context (what came before and after) is the handler's business.
 * `examples` are checked by a unit test (segmentRules.test.ts), so a rule and its
 * documentation cannot drift apart.
 */
export type BlockKind = 'picture' | 'note' | 'closing' | 'dateline' | 'byline' | 'author' | 'headline' | 'paragraph'

interface BlockFacts {
  kind: BlockKind
  lead: Lead | null
  closing: { pictures: string[]; tags: ClosingTag[] } | null
  author: Lead | null
}

/** A line of bracketed tags only: （邝启明摄）（新华社稿）, （张三李四）, （本报专电）. */
function readClosingLine(text: string): BlockFacts['closing'] {
  if (!/^(?:[（(][^（）()]{1,40}[）)])+$/u.test(text)) return null
  const groups = text.match(/[（(][^（）()]{1,40}[）)]/gu) ?? []
  const tags: ClosingTag[] = []
  const pictures: string[] = []
  for (const g of groups) {
    const tag = readClosingTag(g)
    if (tag) tags.push(tag)
    else if (/摄|照片|图/u.test(g)) pictures.push(g)
    else return null
  }
  return tags.length ? { pictures, tags } : null
}

/**
 * A signature date (above), or a line wholly in brackets that is neither a name tag nor a picture credit: an author's
 * institution closing a letter (（某县交警大队王明）), a source (（本栏均据新华社电）), or under a
 * headline the date of a speech (（一九九八年一月十五日）). Never a headline line; a bare section
 * number (（二）) is left to the body.
 */
/**
 * The date (and place) a letter or an essay is signed with, on its own line after the body:
 * 2019年12月, 张三李四2019年12月, 2020年1月29日于某地, ——编者.
 */
const SIGNATURE_DATE = /^\p{Script=Han}{0,8}?(?:[0-9]{4}|[一二三四五六七八九〇零]{4})年[0-9一二三四五六七八九十]{1,2}月(?:[0-9一二三四五六七八九十]{1,3}日)?(?:于\p{Script=Han}{1,8})?$|^[—－-]{2,}\s*编者$/u

function readEndNote(text: string): string | null {
  if (SIGNATURE_DATE.test(text)) return text
  if (!/^[（(][^（）()]{1,40}[）)]$/u.test(text) || /^[（(][一二三四五六七八九十0-9]{1,3}[）)]$/u.test(text)) return null
  // Marks such as （A、D） (where the text jumps on) are not notes of the article's end.
  if ((text.match(/\p{Script=Han}/gu) ?? []).length < 2) return null
  // (a picture's credit or caption is no end note; 图书 is books: （以上图书某书店有售，地址：…） is a note)
  return /摄|照片|图(?!书)/u.test(text) ? null : text
}

/**
 * readLead of the last line asked about: classifying a line asks up to four times (is it a headline,
 * a dateline, a byline, then its lead), and readLead tries a dozen patterns each time. Its result is
 * only read, never changed, so one object can answer every ask.
 */
let lastLead: { spaced: string; lead: Lead | null } | null = null
function leadOf(spaced: string): Lead | null {
  if (lastLead?.spaced !== spaced) lastLead = { spaced, lead: readLead(spaced) }
  return lastLead.lead
}

export const BLOCK_RULES: { kind: BlockKind; test: (b: Block) => boolean; examples: string[] }[] = [
  { kind: 'picture', test: (b) => PICTURE_ALONE.test(b.text) || photographerLine(b.text), examples: ['王明摄影', '本报记者 王明 李华摄影', '（附图片1张）', '图为市民在公园晨练。', '（新华社记者张三摄）', '（张三摄于某国）', '晚报记者 吕明轩 摄', '（图／记者 王明）', '（新华社记者张三摄）（数码传真照片）', '（本报记者李四摄自某县灾区现场）', '（题图速写：王明）', '图/王明', '摄影：本报记者 王明 李华'] },
  { kind: 'note', test: (b) => META_LINE.test(b.text) || isFolioLine(b.text) || isEditorLine(b.spaced), examples: ['来源：江城日报', '责任编辑：张三', '人民日报1998年3月6日第4版', '本版责任编辑张三', '来信请寄：某市某路某号', '责编：张三', '编辑/李四', '校对 王五', '责编：张三 校对：李四 美编：王五'] },
  { kind: 'closing', test: (b) => readClosingLine(b.text) !== null || readEndNote(b.text) !== null, examples: ['（张三）', '（张三李四）', '（本报专电）', '（据新华社电）', '（本报珀斯1月14日电）', '（邝启明摄）（新华社稿）', '（作者为市审计局局长）', '（某县交警大队王明）', '（二〇〇三年五月九日）', '2019年12月', '2020年1月29日于某地', '（以上图书某书店有售，地址：某路）'] },
  { kind: 'dateline', test: (b) => Boolean(leadOf(b.spaced)?.dateline), examples: ['本报讯 昨日上午', '新华社北京1月4日电（记者张三）国家主席', '本报北京1月15日讯中央电视台记者甲乙、本报记者丙丁报道：'] },
  { kind: 'byline', test: (b) => readStandaloneByline(b.spaced) !== null || leadOf(b.spaced) !== null, examples: ['本报记者 张三 李四', '本报评论员', '本报驻俄罗斯记者张三', '记者张三报道：会议'] },
  { kind: 'author', test: (b) => readAuthorLine(b.spaced) !== null, examples: ['韩钟', '于志毅 刘星', '于志毅、刘星', '韩钟（昆音）'] },
  { kind: 'headline', test: (b) => headlineLike(b), examples: ['图片新闻', '老街换新颜', '八达岭隧道建成（图片）', '山居秋色（中国画）', '贡献在天涯——访某大学校长', '少讲套话'] },
  { kind: 'paragraph', test: () => true, examples: ['今年以来，我市投入专项资金。', '1996年352611', '1某某股份19.63'] },
]

function classify(b: Block): BlockFacts {
  const kind = BLOCK_RULES.find((r) => r.test(b))!.kind
  return {
    kind,
    lead: kind === 'dateline' || kind === 'byline' ? leadOf(b.spaced) ?? readStandaloneByline(b.spaced) : null,
    closing: kind === 'closing' ? readClosingLine(b.text) ?? { pictures: [], tags: [{ kind: 'dispatch', text: b.text }] } : null,
    author: kind === 'author' ? readAuthorLine(b.spaced) : null,
  }
}

/**
 * A short tag in brackets after the last sentence of a paragraph (…开幕。（文涛）, …。（据新华社）,
 * …。（本栏均据新华社电）): a signature or a source that ends the article, even when it is a
 * pen name no name rule reads. The next headline opens a new article; more body does not.
 */
const TRAILING_TAG = /[。！？”’」』][（(][^（）()，。、；：]{1,24}[）)]$/u

/** An editor's note opening a piece: 编者按：…, 【编者按】…, 编者的话：… (with text after it: 编者按 alone is a column's label). */
const EDITORS_NOTE = /^[【［[]?\s*编者(?:按|的话)\s*[】］\]]?\s*[：:]?\s*\S/u

/** The number of a caption in a picture column: 2、…, 2：…, 图②… */
const CAPTION_NUMBER = /^(?:[0-9]{1,2}[、：:．.]|图?[②-⑩]|图[0-9]{1,2}[：:])/u

/** A headline that announces pictures: （图片）, （附图片2张）, or a picture column's label. */
const PICTURE_HEADLINE = /[（(](?:附)?(?:图片|照片)\s*(?:[0-9一二三四五六七八九十]+\s*(?:张|幅))?[）)]$|^(?:图片新闻|新闻图片|图片报道|摄影报道|新闻照片)$/u
/**
 * The title of a printed artwork with its medium in brackets (山居秋色（中国画）, 春（木刻）,
 * 福寿（篆刻）, 一行诗句（行书）): a picture item of its own, like a headline ending in （图片）.
 */
const ARTWORK_TITLE = /[（(](?:中国画|国画|油画|版画|木刻|水彩画?|水粉画?|水墨画?|彩墨画?|素描|速写|漫画|年画|壁画|宣传画|剪纸|书法|篆刻|行书|草书|楷书|隶书|篆书|小篆|大篆|行草|雕塑|摄影)[）)]$/u
/** A headline line that announces a picture or an artwork: the picture is the item's content, and the line ends its headline. */
export function announcesPicture(text: string): boolean {
  return PICTURE_HEADLINE.test(text) || ARTWORK_TITLE.test(text)
}
/** The label a page prints before the captions of an article's pictures. */
const PICTURES_LABEL = /^(?:图片|照片|图)[：:]$/u
/** A picture title of a few characters, as in a list of them under 图片：. */
const SHORT_CAPTION = /^\p{Script=Han}{2,6}$/u
/** A caption that ends with its artist's or photographer's tag: 古桥（速写）（某某）, 夜读（某某画）. */
const CREDITED_CAPTION = /[（(][^（）()]{1,16}[）)]$/u

/** A numbered section heading inside a body: 一、…, （二）…, 3.… */
const NUMBERED = /^(?:第[一二三四五六七八九十百零〇0-9]+(?:章|节|部分|条)|[一二三四五六七八九十]+[、.．]|[0-9]{1,2}[、.．]|[（(][一二三四五六七八九十0-9]{1,2}[）)]|[①-⑳])/u

/**
 * The line as printed for a headline: a bullet that opens a deck line is kept (●重申…●亚洲…),
 * and so are corner quotes (学术『大家』): a headline is shown as the paper printed it.
 */
function headlineSource(b: Block): { spaced: string; text: string } {
  const printed = /[『』「」]/u.test(b.raw) ? normalizeLine(b.raw, true) : b
  if (!b.bullet) return { spaced: printed.spaced, text: printed.text }
  const mark = /[●○■□◆◇▲△▼▽★☆◎◉•▶►▪▫]/u.exec(b.raw)?.[0] ?? '●'
  return { spaced: mark + printed.spaced, text: mark + printed.text }
}

/** A dateline that credits another outlet's dispatch (据新华社…电, 据本报…讯): the source of an item in a compiled roundup. */
/** The paper's own dispatch filed from a named place (本报某地1月5日电): a correspondent's story, not a local brief (本报讯). */
const DISPATCH_FROM_PLACE = /^本报\p{Script=Han}{2,8}?(?:[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日)?电/u
/** The paper's own report filed from a named place, 本报某地1月5日电 or 本报某地1月5日讯 (not a bare 本报讯). */
const FILED_FROM_PLACE = /^本报\p{Script=Han}{2,8}?(?:[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日)?[电讯]/u
const RETOLD_DISPATCH = /^据\s*\p{Script=Han}{1,6}?(?:社|报|台|网)/u

/** Two or three names run together on an author's line (于某某刘某): four to nine characters. */
const RUN_TOGETHER_NAMES = /^\p{Script=Han}{4,9}$/u
/** A pen name under a headline: two or three Chinese characters alone on their line. */
const PEN_NAME = /^\p{Script=Han}{2,3}$/u
/** A region's label over an item of a roundup: a place's name alone, two to four characters (某省, 某市, 澳大利亚). */
const REGION_LABEL = /^\p{Script=Han}{2,4}$/u

/** Pairs of Chinese characters in a text. */
function charPairs(text: string): Set<string> {
  const han = text.replace(/[^\p{Script=Han}]/gu, '')
  const out = new Set<string>()
  for (let i = 0; i + 1 < han.length; i++) out.add(han.slice(i, i + 2))
  return out
}

/**
 * A joint headline over several dispatches names each one's subject (伊朗大雪崩…秘鲁泥石流…
 * over a 德黑兰 and a 利马 dispatch): a dispatch with no headline of its own belongs under the
 * headline before it when its opening shares at least two character pairs with that headline;
 * otherwise it is a brief of its own.
 */
export function sharesSubject(headline: string, opening: string): boolean {
  const h = charPairs(headline)
  let shared = 0
  for (const p of charPairs(opening)) if (h.has(p) && ++shared >= 2) return true
  return false
}

/** When a news item happened, in its first sentence: a day (１５日, 十九日), or 日前/近日/最近/不久前. */
const NEWS_TIME = /[0-9一二三四五六七八九十]日|日前|近日|最近|不久前|前不久|日内/u
/** What a news item's first sentence reports: someone announced, said, found, held, opened something. */
const NEWS_VERB = /宣布|重申|结束|会见|会晤|抵达|辞职|发生|报道|表示|发现|举行|召开|开幕|闭幕|透露|获悉|了解到|发表|公布|发布|指出|强调|建成|开通|启动|成立|签署|通过|决定|推出|开业|开工|竣工/u
/**
 * The opening of a news item rather than the next part of an essay: its first sentence says when
 * (a day, 日前/近日) and what was reported (宣布, 举行, 发现…). A subheading's paragraph goes on
 * with the argument; a new item's introduces its news.
 */
export function reportsNews(paragraph: string): boolean {
  const first = paragraph.split(/[。！？]/u)[0]!.slice(0, 80)
  return NEWS_TIME.test(first) && NEWS_VERB.test(first)
}

/**
 * Openings that go on from the paragraph before (他说, 这, 此外, 据介绍, a quotation): a paragraph
 * that starts with one continues its item, whatever else it looks like.
 */
const CONTINUES = /^(?:[他她它][们]?|该|这|那|此|其|但|而|并且?|同时|此外|另外|另一方面|与此同时|据悉|据介绍|据了解|据称|据说|据报道|对此|为此|因此|所以|不过|然而|可是|当天|当日|当时|会上|会议|会后|双方|首先|其次|再次|还有|最后|总之|[一二三四五六七八九十]是|第[一二三四五六七八九十百零〇0-9]+[条款章节]|[“「『（(])/u
/**
 * In a column of briefs without headlines (a news roundup; each item a paragraph, some signed, some
 * not), a paragraph that opens a new subject is the next brief: it is prose of a full sentence and
 * does not go on from the one before (他说…, 此外…).
 */
/** A tag that points elsewhere (（全文另发）, （全文见第四版）, （下转第二版）) or credits an agency's picture (（新华社发）): no end of an item. */
const CROSS_REFERENCE = /《|页|全文|另发|见第|转第|接第|续|待续|[社台]发|供图|摄|图|照片/u

/** Runs of three Chinese characters in a text. */
function charTriples(text: string): Set<string> {
  const han = text.replace(/[^\p{Script=Han}]/gu, '')
  const out = new Set<string>()
  for (let i = 0; i + 2 < han.length; i++) {
    const t = han.slice(i, i + 3)
    // Runs of a date or a number in Chinese numerals (一月二十二日, 二十七日) say when, not what: two items of
    // one week share them without sharing a subject.
    if (!NUMERAL_RUN.test(t)) out.add(t)
  }
  return out
}
const NUMERAL_RUN = /^[〇零一二三四五六七八九十百千万亿两年月日号时分]{3}$/u

/**
 * Two paragraphs on one subject repeat its words (a name, a place, a term: 民间舞团…民间舞团); the next
 * brief of a column is on another subject and shares at most one run of three characters with the one before.
 */
export function newSubject(before: string, paragraph: string, allowed = 1): boolean {
  const seen = charTriples(before)
  let shared = 0
  for (const t of charTriples(paragraph.slice(0, 120))) if (seen.has(t) && ++shared > allowed) return false
  return true
}

export function opensNextBrief(paragraph: string): boolean {
  return paragraph.length >= 30 && /[。！？]/u.test(paragraph) && (!CONTINUES.test(paragraph) || QUOTED_TERM.test(paragraph)) && !NUMBERED.test(paragraph)
}
/** A paragraph opening with a quoted term as its subject (“菜篮子工程”正在…), not with a quotation (“……，”他说). */
const QUOTED_TERM = /^[“「『][\p{Script=Han}A-Za-z0-9]{1,10}[”」』]\p{Script=Han}/u

/**
 * The province, city or country a line opens with (上海…, 内蒙古…, 呼和浩特…), from the GB/T 2260 divisions and the
 * country names; counties and towns are left out (their short forms are often ordinary words).
 */
export function leadingPlace(text: string): string | null {
  const { byName, lengthsByPrefix } = loadGazetteer()
  for (const len of lengthsByPrefix.get(text.slice(0, 2)) ?? []) {
    const known = len <= text.length ? byName.get(text.slice(0, len)) : undefined
    if (known && !known.ambiguous && (known.kind === 'province' || known.kind === 'city' || known.kind === 'country')) return known.name
  }
  return null
}

/**
 * The shape a feature gives its subheadings, one like the next: a label and its point (扬帆出海：一个决定 / 全面接轨：…),
 * or a quotation (“把担子交给我们” / “还是…暖心窝”). A label that is a place (上海：一卡可乘多条线) heads a brief or a
 * region's section, not the part of a feature.
 */
export function subheadingShape(line: string): 'label' | 'quoted' | null {
  if (line.length > 30) return null
  if (/^[“「『][^“”「」『』]{2,28}[”」』]$/u.test(line)) return 'quoted'
  const label = /^(\p{Script=Han}{2,6})[：:][^：:]{2,}$/u.exec(line)
  return label && leadingPlace(label[1]!) === null ? 'label' : null
}

/**
 * Sections of a regional roundup (各地春节市场: 甲市年货年味浓 / 乙市瓜果香 / 丙省…): each is headed by a short line
 * that opens with another place, in the form of the heading before it. Such a line under a heading that opens with a
 * place is the next section of the same piece, not a new article, even though its subject (another city) is new.
 */
export function nextRegionalSection(previousHeading: string | undefined, line: string): boolean {
  if (!previousHeading) return false
  const before = leadingPlace(previousHeading)
  const here = leadingPlace(line)
  return before !== null && here !== null && before !== here
}

export function segmentArticles(text: string): Segmentation {
  const { blocks, separators } = toBlocks(text)
  const separatorSet = new Set(separators)
  const facts = blocks.map(classify)
  const pageHasDatelines = facts.some((f) => f.kind === 'dateline')
  const isLead = (f: BlockFacts | undefined) => f !== undefined && (f.kind === 'dateline' || f.kind === 'byline')
  // A short line ending in ！ or ？ right before a dateline or byline is a headline (春节，你回家吗？);
  // so is a longer line with commas (a deck line: 甲强调要…，…，…) between headline lines and a dateline,
  // and any line opening with —— after a headline (——记…, ——访…).
  // Two lines shaped like names after a body, then prose (花边饺 / 肖复兴 / 小时候…): the first is the short
  // headline of a new piece and the second its author, not two signatures of the piece before.
  facts.forEach((f, i) => {
    if (f.kind === 'author' && facts[i - 1]?.kind === 'paragraph' && facts[i + 2]?.kind === 'paragraph' &&
      (facts[i + 1]?.kind === 'author' || (facts[i + 1]?.kind === 'headline' && RUN_TOGETHER_NAMES.test(blocks[i + 1]!.text) && (readCreditUnderHeadline(blocks[i + 1]!.text, true)?.reporters.length ?? 0) >= 2))) f.kind = 'headline'
    // A short line shaped like a name after a body, over two bulleted items or more (…。 / 信息廊 / △甲事。 / △乙事。): the label
    // of a list, not a signature (an author signs prose, not the list under him).
    else if (f.kind === 'author' && (facts[i - 1]?.kind === 'paragraph' || facts[i - 1]?.kind === 'dateline') && [1, 2].every((k) => facts[i + k]?.kind === 'paragraph' && blocks[i + k]!.bullet)) f.kind = 'headline'
  })
  facts.forEach((f, i) => {
    if (f.kind !== 'paragraph') return
    const t = blocks[i]!.text
    const next = facts[i + 1]
    // An author's line with prose under it (韩某 / 长期以来，…) opens a signed piece as a dateline does.
    // (also a pen name no name rule reads, two or three characters alone on their line: 驾驶证岂可买卖？ / 百合 / 正文)
    const nextSigned = (next?.kind === 'author' || (next?.kind === 'headline' && PEN_NAME.test(blocks[i + 1]!.text))) && facts[i + 2]?.kind === 'paragraph'
    const nextLead = isLead(next) || nextSigned || (next?.kind === 'headline' && isLead(facts[i + 2]))
    // After a body signed with a tag (…损失。（某地某人）) the article has ended: a short question there is the next one's headline.
    // (not a caption's photo credit, …。（某某摄）: it signs the picture, and the story goes on under it)
    const afterSigned = i > 0 && (facts[i - 1]!.kind === 'closing' || (facts[i - 1]!.kind === 'paragraph' && TRAILING_TAG.test(blocks[i - 1]!.text) && !/摄[^（）()]{0,20}[）)]$/u.test(blocks[i - 1]!.text)))
    if (t.length <= 24 && /[！？!?]$/u.test(t) && !/[。，,；]/u.test(t) && afterSigned && next?.kind === 'paragraph') f.kind = 'headline'
    // (a quoted question, “哪种米好吃？”, too)
    else if (t.length <= 24 && /[！？!?][”’」』]?$/u.test(t) && !t.includes('。') && nextLead) f.kind = 'headline'
    // A title that trails off (到乡下去……) over an author's line: the headline of a signed piece, not a sentence.
    else if (t.length <= 24 && /…$/u.test(t) && !/[。，,；]/u.test(t) && nextSigned) f.kind = 'headline'
    else if (i > 0 && facts[i - 1]!.kind === 'headline' && t.length <= 64 && !/[。：:，、；]$/u.test(t) && !t.includes('。') && (isLead(next) || /^——/u.test(t))) f.kind = 'headline'
  })
  const articles: SegmentedArticle[] = []
  /** Articles opened by a bare paragraph after another item (no headline, no dateline): items of a column of briefs. */
  const briefs = new Set<SegmentedArticle>()
  /** Articles compiled from retold dispatches (据新华社…电): a roundup under one headline. */
  const roundups = new Set<SegmentedArticle>()
  /** Articles signed by an author's line under their headline (an essay, a commentary, a letter). */
  const signedPieces = new Set<SegmentedArticle>()
  /** Pieces whose body so far is only their editor's note (编者按：…): the headline, byline or dateline after it are still the piece's. */
  const noteLed = new Set<SegmentedArticle>()
  /** Pieces whose body so far is only bulleted items (△…, ●…) under their headline: a labelled list. */
  const bulletLists = new Set<SegmentedArticle>()
  const onlyEditorsNote = (a: SegmentedArticle | null): boolean =>
    a !== null && noteLed.has(a) && a.paragraphs.length === 1 && !a.dateline && a.reporters.length === 0 && closed !== 'hard'
  let cur = null as SegmentedArticle | null
  /** The article has ended: a name tag or dispatch tag closed it ('hard', anything next opens a new one) or a picture credit did ('soft', a headline next opens one). */
  let closed: 'hard' | 'soft' | null = null
  let lastBlockLine = 0
  let closedByCredit = false
  /** The article so far is a headline and the credited caption of its picture: a dateline (or a speech's salutation) next goes on with it. */
  let captionUnderHeadline = false
  let closedByTag = false
  /** The tag that last ended an article softly, to tell a signature from a cross-reference. */
  let lastTag = ''
  /** The article was ended by an author's signature line (an essay's, a letter's), not by a tag: what follows is no column of briefs. */
  let closedBySignature = false

  const start = (line: number): SegmentedArticle => {
    cur = newArticle(line)
    closed = null
    closedByCredit = false
    captionUnderHeadline = false
    closedByTag = false
    closedBySignature = false
    articles.push(cur)
    return cur
  }
  const separatedFromPrevious = (b: Block): boolean => {
    for (let l = lastBlockLine + 1; l < b.line; l++) if (separatorSet.has(l)) return true
    return false
  }
  const addParagraph = (a: SegmentedArticle, b: Block, text: string, mayJoin: boolean, isClosed = false) => {
    let body = text
    const pic = PICTURE_TRAILING.exec(body)
    if (pic) {
      a.pictures.push(pic[0])
      addCredits(a, pic[0])
      body = body.slice(0, pic.index).trim()
    }
    if (body === '') return
    const prev = a.paragraphs[a.paragraphs.length - 1]
    // Rejoin a paragraph broken mid-sentence: the previous one does not end a
    // sentence and reads as prose (has a comma or is long).
    if (mayJoin && prev && !prev.closed && !endsSentence(prev.text) && (/[，、；：]/u.test(prev.text) || prev.text.length >= 20)) {
      prev.text += body
    } else a.paragraphs.push({ text: body, line: b.line, closed: isClosed })
  }
  const addCredits = (a: SegmentedArticle, spaced: string) => {
    for (const n of pictureCredits(spaced)) if (!a.photographers.includes(n)) a.photographers.push(n)
  }
  const applyLead = (a: SegmentedArticle, lead: Lead) => {
    if (lead.dateline && !a.dateline) a.dateline = lead.dateline
    if (lead.byline) a.byline = a.byline ? `${a.byline} ${lead.byline}` : lead.byline
    for (const r of lead.reporters) if (!a.reporters.includes(r)) a.reporters.push(r)
  }
  /** Block k is only a bracketed byline (（记者 甲 乙）) and prose follows it. */
  const bracketedBylineOverStory = (k: number): boolean => {
    const closing = facts[k]?.closing
    return Boolean(closing && closing.pictures.length === 0 && closing.tags.length > 0 && closing.tags.every((t) => t.kind === 'byline') &&
      facts[k + 1]?.kind === 'paragraph' && ROLE_TAG.test(blocks[k]!.text))
  }
  /** The body: a trailing name tag （记者 张三）/（张三李四） ends the article. */
  const addBody = (a: SegmentedArticle, b: Block, text: string, mayJoin: boolean): void => {
    // The desk's credit closing the last paragraph (…。（责任编辑：某某）): a note, as on a line of its own; it ends the story.
    // (only a paragraph that ends in a bracket or 摄 is searched: most end a sentence)
    const editor = /[）)]$/u.test(text) ? EDITOR_TAG.exec(text) : null
    if (editor) {
      if (editor.index > 0) addBody(a, b, text.slice(0, editor.index), mayJoin)
      a.notes.push(editor[0])
      if (closed === null) closed = 'soft'
      return
    }
    // A caption's credit after its last sentence with no brackets (…拍照。 尹某某 摄): the picture's.
    const credit = /摄影?$/u.test(text) ? CAPTION_CREDIT.exec(text) : null
    if (credit && credit.index > 0) {
      const names = pictureCredits(credit[0])
      if (names.length > 0 && names.join('').length === credit[0].replace(PHOTO_ROLES, '').length) {
        addBody(a, b, text.slice(0, credit.index), mayJoin)
        a.pictures.push(credit[0])
        for (const n of names) if (!a.photographers.includes(n)) a.photographers.push(n)
        return
      }
    }
    const trailing = readTrailingByline(text)
    if (trailing && (trailing.before === '' || endsSentence(trailing.before))) {
      addParagraph(a, b, trailing.before, mayJoin)
      const signedAbove = a.byline !== null
      // A photographer's credit (（新华社记者甲摄）) ends a caption; the next numbered caption of a picture column (2、…) may follow.
      closedByCredit = /摄/u.test(trailing.byline) || PHOTO_LABEL.test(trailing.byline)
      // The photographer took the picture, not the story: the credit is the picture's, the name a person of the page, not a byline.
      if (closedByCredit) {
        a.pictures.push(trailing.byline)
        for (const n of trailing.reporters) if (!a.photographers.includes(n)) a.photographers.push(n)
      } else applyLead(a, { dateline: null, byline: trailing.byline, reporters: trailing.reporters, rest: '' })
      closed = 'hard'
      // The caption of the story's picture, printed between its headline and its dateline (标题 / 某日，甲会见乙。（某某摄） /
      // 新华社…电): it credits the picture, it does not end the story.
      captionUnderHeadline = closedByCredit && a.headlines.length > 0 && a.paragraphs.length === 1 && !a.dateline && !CAPTION_NUMBER.test(b.text)
      // Under a reporter's byline (标题 / 本报记者某某 / 压题照片为…（某某摄）), the story itself is still to come.
      if (captionUnderHeadline && signedAbove && !a.headlines.some((h) => announcesPicture(h.text)) && trailing.before !== '') closed = null
    } else {
      addParagraph(a, b, text, mayJoin)
      // A tag ends the article only if a headline comes next: more body after it (…。（笑声）) takes the end back.
      if (closed === 'soft' && closedByTag) closed = null
      closedByTag = closed === null && TRAILING_TAG.test(text)
      if (closedByTag) {
        lastTag = TRAILING_TAG.exec(text)![0].slice(1)
        // A dispatch's tag closing the last sentence (…脱轨。（本报专电）, …。（本报某地1月14日电）) says the dispatch is over, as on a
        // line of its own: the next paragraph is another item, whatever its subject (two derailments of one night are two briefs).
        // (not （新华社发）, （新华社稿）: they also credit a picture, and its caption may lead a story or a numbered column of them)
        closed = /[电讯][）)]$/u.test(lastTag) && readClosingTag(lastTag)?.kind === 'dispatch' ? 'hard' : 'soft'
      }
    }
  }

  /**
   * The article so far is a headline over one or two paragraphs of lead, the last ending with a note of the pictures
   * printed (…。（附图片2张）), and no byline yet: a feature's editor's lead, above the reporter's line, not a story ended.
   */
  const leadAnnouncedPictures = (a: SegmentedArticle, i: number): boolean =>
    a.headlines.length > 0 && a.paragraphs.length >= 1 && a.paragraphs.length <= 2 && a.reporters.length === 0 && !a.byline && !a.dateline &&
    i > 0 && facts[i - 1]!.kind === 'paragraph' && PICTURE_TRAILING.test(blocks[i - 1]!.text)
  /**
   * The article's own dispatch is retold from an agency (标题 / 据新华社某地某日电…): a compiled piece, so a dispatch
   * printed after it with no headline of its own is one more item under the same headline (a roundup), not a new story.
   */
  // (Only a correspondent's dispatch filed from a named place (本报某地某日电记者某某报道): a bare 本报讯 or an agency's
  // unsigned 新华社某地电 after it opens a column of briefs.)
  /**
   * Correspondents' reports from several places under one headline (标题 / 本报某地1月17日电记者甲报道… / 本报另一地1月17日电记者乙报道…):
   * a dispatch filed from a named place by a named reporter, after one of the same kind, is the next part of the joint report.
   */
  const jointCorrespondents = (a: SegmentedArticle, lead: Lead): boolean =>
    FILED_FROM_PLACE.test(a.dateline ?? '') && FILED_FROM_PLACE.test(lead.dateline ?? '') && lead.reporters.length > 0 && a.reporters.length > 0
  const retoldLead = (a: SegmentedArticle): boolean => a.headlines.length > 0 && RETOLD_DISPATCH.test(a.dateline ?? '')
  /**
   * The paragraph after block i is a brief of its own too: prose of a full sentence that shares no run of three characters
   * with block i. A column of briefs has two items or more; a dispatch's next paragraph goes on with its subject.
   */
  // (only under the page's last dispatch: nothing after it opens an article of its own, no headline, dateline or byline)
  const lastOpener = facts.reduce((last, f, k) => (f.kind === 'headline' || f.kind === 'dateline' || f.kind === 'byline' || f.kind === 'author' ? k : last), -1)
  const columnGoesOn = (i: number): boolean => {
    const next = blocks[i + 1]
    return next !== undefined && facts[i + 1]!.kind === 'paragraph' && opensNextBrief(next.text) && newSubject(blocks[i]!.text, next.text, 0)
  }
  /** The next single headline line from block k on, within the same piece (60 blocks at most), has this subheading shape. */
  const parallelHeadingAhead = (k: number, shape: 'label' | 'quoted'): boolean => {
    for (let m = k; m < blocks.length && m < k + 60; m++) {
      const kind = facts[m]!.kind
      if (kind === 'dateline' || kind === 'byline' || kind === 'author') return false
      if (kind !== 'headline') continue
      return facts[m + 1]?.kind !== 'headline' && !announcesPicture(blocks[m]!.text) && subheadingShape(blocks[m]!.text) === shape
    }
    return false
  }
  /**
   * From block i to the page's end, three paragraphs or more, each a full sentence on a subject of its own (sharing no run of
   * three characters with the one before): a column of briefs under the page's last dispatch (国际简讯 with its label dropped).
   * The paragraphs of a dispatch go on with one another.
   */
  // (the chain is found once, from the page's end back, so a long last dispatch costs no more per paragraph)
  let chainStart: number | null = null
  const columnToPageEnd = (i: number): boolean => {
    if (chainStart === null) {
      chainStart = blocks.length
      while (chainStart > 0 && facts[chainStart - 1]!.kind === 'paragraph' && opensNextBrief(blocks[chainStart - 1]!.text) &&
        (chainStart === blocks.length || newSubject(blocks[chainStart - 1]!.text, blocks[chainStart]!.text, 0))) chainStart--
    }
    return i >= chainStart && blocks.length - i >= 3
  }
  /** After a 图片： label: 'first' for the caption right under it, 'more' for the numbered or credited captions after that. */
  let captions: 'first' | 'more' | null = null
  /** The block before was a region's label inside a roundup: the dispatch under it is the roundup's next item. */
  let labelled = false
  let shortCaption = false
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!
    const f = facts[i]!
    const broken = separatedFromPrevious(b)
    const afterLabel = labelled
    labelled = false
    let a: SegmentedArticle | null = cur

    const isCaption: boolean = a !== null && !['dateline', 'byline', 'note', 'picture', 'closing'].includes(f.kind) &&
      (captions === 'first' || (captions === 'more' && (CAPTION_NUMBER.test(b.text) || CREDITED_CAPTION.test(b.text) || (shortCaption && SHORT_CAPTION.test(b.text))) && !PICTURE_HEADLINE.test(b.text)))
    captions = PICTURES_LABEL.test(b.text) ? 'first' : null
    // A list of short picture titles (老宅 / 团圆饭 / 守岁) goes on while each is as short as the one before.
    shortCaption = isCaption && SHORT_CAPTION.test(b.text)
    if (isCaption) {
      // The caption of a picture the article printed (图片： then 1、…, or 古桥（速写）（某某）): the article's, not a new headline.
      // Kept as a closed paragraph, not a picture: the people and places a caption names are the article's.
      addBody(a!, b, b.text, false)
      if (closed === null) closed = 'soft'
      captions = 'more'
      lastBlockLine = b.line
      a!.lastLine = b.line
      continue
    }

    if (f.kind === 'picture') {
      const target = a ?? start(b.line)
      target.pictures.push(b.text)
      addCredits(target, b.spaced)
      if (target.paragraphs.length > 0 && closed === null) closed = 'soft'
    } else if (f.kind === 'note') {
      ;(a ?? start(b.line)).notes.push(b.text)
    } else if (f.kind === 'closing') {
      const target = a ?? start(b.line)
      // A bracketed byline on a line of its own right under the dateline or the headline (标题 / 新华社某地某日电 /
      // （记者 甲 乙） / 正文): the story's byline, with the story still to come (not a signature closing a picture item).
      const bylineUnderHead = target.paragraphs.length === 0 && target.byline === null && target.reporters.length === 0 && target.pictures.length === 0 &&
        (target.dateline !== null || (target.headlines.length > 0 && !target.headlines.some((h) => announcesPicture(h.text))))
      for (const p of f.closing!.pictures) {
        target.pictures.push(p)
        addCredits(target, p)
      }
      for (const tag of f.closing!.tags) {
        if (tag.kind === 'byline') applyLead(target, { dateline: null, byline: tag.byline, reporters: tag.reporters, rest: '' })
        else target.notes.push(tag.text)
      }
      // A tag after the body ends the article; one between the headline and the body (a speech's date) does not.
      // A name tag or dispatch tag is surely the end ('hard'); any other bracketed note only ends it for a headline ('soft').
      if (readClosingLine(b.text) === null) {
        if (target.paragraphs.length > 0 && closed === null) {
          closed = 'soft'
          closedByTag = true
          lastTag = b.text
        }
      } else if (target.paragraphs.length > 0 || (f.closing!.tags.some((t) => t.kind === 'byline') && !(bylineUnderHead && f.closing!.tags.every((t) => t.kind === 'byline')))) closed = 'hard'
    } else if (f.kind === 'dateline') {
      const lead = f.lead!
      const rest = removeChineseSpaces(lead.rest).trim()
      // A dateline opens an article, unless the article so far is only headlines/byline; a second
      // dispatch with no headline of its own under a headline (伊朗雪崩…秘鲁泥石流…) is part of it.
      const secondDispatch = a && a.headlines.length > 0 && a.paragraphs.length > 0 && closed !== 'hard' && !b.bullet && !onlyEditorsNote(a) &&
        // A dispatch retold from an agency (据新华社某地某日电) is an item compiled into the article above it (a roundup), not a story of its own.
        // Once the article is such a roundup, any dispatch with no headline of its own after an item is one more item.
        (afterLabel || RETOLD_DISPATCH.test(b.text) || roundups.has(a) || (retoldLead(a) && DISPATCH_FROM_PLACE.test(lead.dateline ?? '') && lead.reporters.length > 0) || sharesSubject(a.headlines.map((h) => h.text).join(''), rest.slice(0, 80)) || jointCorrespondents(a, lead))
      if (secondDispatch) {
        if (RETOLD_DISPATCH.test(b.text)) roundups.add(a!)
        for (const r of lead.reporters) if (!a!.reporters.includes(r)) a!.reporters.push(r)
        addParagraph(a!, b, b.text, false)
      } else {
        const underCaption = captionUnderHeadline && a !== null && a.paragraphs.length === 1
        if (!a || ((a.paragraphs.length > 0 || a.dateline || closed) && !underCaption && !onlyEditorsNote(a))) a = start(b.line)
        else if (underCaption) closed = null
        applyLead(a, lead)
        if (rest) addBody(a, b, rest, false)
      }
    } else if (f.kind === 'byline') {
      const lead = f.lead!
      // (under a dateline printed on a line of its own, 本报讯 / 记者 甲 报道 / 正文, the byline is that dispatch's)
      const underBareDateline = a !== null && a.dateline !== null && a.paragraphs.length === 0 && a.reporters.length === 0 && !closed
      // A byline line after a finished story with no byline, and no prose under it (a headline, a note or the page's end next):
      // the story's signature, as some papers print the byline at the end (…。 / 本报记者 甲 / 下一标题).
      const lastParagraph = a?.paragraphs[a.paragraphs.length - 1]
      const afterIt = facts[i + 1]?.kind
      const signsStory = a !== null && lastParagraph !== undefined && endsSentence(lastParagraph.text) && closed !== 'hard' && a.byline === null &&
        a.reporters.length === 0 && lead.dateline === null && lead.rest.trim() === '' && lead.reporters.length > 0 &&
        (afterIt === undefined || afterIt === 'headline' || afterIt === 'note' || afterIt === 'picture')
      if (a && ((a.paragraphs.length === 0 && !closed) || (leadAnnouncedPictures(a, i) && closed !== 'hard') || onlyEditorsNote(a)) && (!a.dateline || underBareDateline)) {
        applyLead(a, lead)
        closed = null
      } else if (signsStory) {
        applyLead(a!, lead)
        closed = 'hard'
        closedBySignature = true
      } else {
        a = start(b.line)
        applyLead(a, lead)
      }
      const rest = removeChineseSpaces(lead.rest).trim()
      if (rest) addBody(a!, b, rest, false)
    } else if (f.kind === 'author' && a !== null && a.paragraphs.length > 0 && closed === null && facts[i + 1]?.kind === 'dateline' &&
      REGION_LABEL.test(b.text) && (facts[i + 1]!.lead!.dateline ?? '').includes(b.text)) {
      // Shaped like a name but named again by the dispatch under it (武清 / 本报武清1月5日电): a region's label, not a signature.
      addParagraph(a, b, b.text, false, true)
      labelled = true
    } else if (f.kind === 'author') {
      // Under a headline: the author. After a body: the signature that ends it.
      // Under a headline and its one-paragraph lead, with prose below (标题 / 编者的话 / 韩某 / 正文): the byline.
      // (or a numbered heading, 一、…, then prose: the piece's first section)
      const numberedNext = facts[i + 1]?.kind === 'headline' && NUMBERED.test(blocks[i + 1]!.text) && facts[i + 2]?.kind === 'paragraph'
      const underLead = a !== null && a.headlines.length > 0 && a.paragraphs.length === 1 && a.reporters.length === 0 && !closed && (facts[i + 1]?.kind === 'paragraph' || numberedNext) &&
        // (not when the prose below reports news of its own: that is the next item, and the line the essay's signature)
        !reportsNews(blocks[i + 1]!.text)
      // An editor's lead that ends by announcing the pictures (…。（附图片1张）) is the top of a feature: the name under it is its byline.
      // (the note reads as a trailing tag and ended the article softly: the name takes the end back)
      const underPictureLead = a !== null && leadAnnouncedPictures(a, i) && closed !== 'hard' && facts[i + 1]?.kind === 'paragraph'
      if (a && ((a.paragraphs.length === 0 && a.reporters.length === 0) || underLead || underPictureLead)) {
        applyLead(a, f.author!)
        if (a.headlines.length > 0) signedPieces.add(a)
        if (underPictureLead) closed = null
      }
      else if (a && a.paragraphs.length > 0) {
        applyLead(a, f.author!)
        closed = 'hard'
        closedBySignature = true
      } else addParagraph(a ?? start(b.line), b, b.text, false, true)
    } else if (f.kind === 'headline') {
      // A run of headline lines; what follows decides what they are.
      let j = i
      // Picture items printed one under another (甲地雪景（图片） / 乙地雪景（图片）): a line that announces a
      // picture ends its headline when the next line announces one too.
      const pictureAfterPicture = (k: number) => announcesPicture(blocks[k - 1]!.text) && announcesPicture(blocks[k]!.text)
      while (j < blocks.length && facts[j]!.kind === 'headline' && j - i < 5 && (j === i || !pictureAfterPicture(j))) j++
      // A picture note between the headline and the dateline (（附图片1张）) does not decide; what follows it does.
      let n = j
      while (facts[n]?.kind === 'picture') n++
      const next = facts[n]
      const run = blocks.slice(i, j)
      const runLength = j - i
      const inBody = Boolean(a && a.paragraphs.length > 0)
      // (also a bracketed byline on a line of its own with the story under it: 标题 / （记者 甲） / 正文)
      const nextOpens = isLead(next) || next?.kind === 'author' || (next?.kind === 'closing' && bracketedBylineOverStory(n))
      const previousEnded = !a || a.paragraphs.length === 0 || endsSentence(a.paragraphs[a.paragraphs.length - 1]!.text)
      // Lines with commas after an unfinished sentence are the rest of it (text wrapped at a fixed width), not headlines.
      const runHasFragments = run.some((r) => /[，；]/u.test(r.text))
      // (a row of a table under its title, 1956年35…, opens with a year too: it is no story's lead)
      const nextStartsStory = blocks[n] !== undefined && STORY_LEAD.test(blocks[n]!.text) && !tableRow(blocks[n]!.text)
      const announcesPictures = run.some((r) => announcesPicture(r.text))
      // A headline line with an author's name under it and prose after (批评之难 / 竹溪 / 两个现象…): the start of a
      // signed piece (an essay, a letter, a column), even when the piece before ended in a caption and not a sentence.
      const signedUnder = runLength === 2 && next?.kind === 'paragraph' && !runHasFragments && !NUMBERED.test(b.text) &&
        readCreditUnderHeadline(blocks[j - 1]!.text, true) !== null
      const namesItsStory = next?.kind === 'paragraph' && reportsNews(blocks[n]!.text)
      // A headline over one paragraph, then an author's line and prose (某书的魅力 / 寒假到了，… / 韩某 / 正文…): a
      // signed piece whose editor's lead is printed above its byline; a subheading has no author under it.
      const leadThenAuthor = next?.kind === 'paragraph' && facts[n + 1]?.kind === 'author' && facts[n + 2]?.kind === 'paragraph' && !reportsNews(blocks[n + 2]!.text)
      // A single line over prose that shares not one run of three characters with the body so far (its last three
      // paragraphs): the headline of a new piece. A subheading goes on with the piece's subject and repeats its words.
      const body = a ? a.paragraphs.slice(-3).map((p) => p.text).join('') : ''
      // Not in a piece that already has subheadings: there the next short line is one more of them.
      const hasSubheadings = Boolean(a?.paragraphs.some((p) => p.closed && p.text.length <= 30 && !endsSentence(p.text)))
      const changesSubject = runLength === 1 && next?.kind === 'paragraph' && !hasSubheadings && blocks[n]!.text.length >= 30 && (endsSentence(blocks[n]!.text) || TRAILING_TAG.test(blocks[n]!.text)) &&
        !runHasFragments && newSubject(body, b.text + blocks[n]!.text, 0)
      // In a signed piece (headline, then its author's line) that has barely begun (one paragraph, or none before a numbered
      // heading: 一、…), a single line over prose is its first subheading: a piece is not one paragraph between its byline and
      // the next piece.
      const earlySubheading = runLength === 1 && a !== null && signedPieces.has(a) && !a.dateline && closed === null && next?.kind === 'paragraph' &&
        !announcesPictures && !b.bullet && !broken && (a.paragraphs.length === 1 || (a.paragraphs.length === 0 && NUMBERED.test(b.text)))
      // Right under a reporter's byline line (标题 / 本报记者 甲 / 小标题 / 正文), before any prose: the piece's first subheading.
      // A headline is printed above its byline, never under it.
      const underByline = runLength === 1 && a !== null && a.headlines.length > 0 && a.paragraphs.length === 0 && a.byline !== null && a.reporters.length > 0 &&
        !a.dateline && closed === null && next?.kind === 'paragraph' && !announcesPictures && !b.bullet && !broken && i > 0 && facts[i - 1]!.kind === 'byline'
      // The heading of the section before: the last subheading of the piece, or its headline's last line.
      const lastHeading = a ? ([...a.paragraphs].reverse().find((p) => p.closed && p.text.length <= 30 && !endsSentence(p.text))?.text ?? a.headlines[a.headlines.length - 1]?.text) : undefined
      const regionalSection = runLength === 1 && inBody && closed === null && next?.kind === 'paragraph' && !announcesPictures && !b.bullet &&
        !RETOLD_DISPATCH.test(blocks[n]!.text) && nextRegionalSection(lastHeading, b.text)
      // A line in the shape of a feature's subheadings (a label and its point, or a quotation) with the next single line of the
      // piece in the same shape (推船下海：… / 正文… / 全面接轨：…): the first of its subheadings, not a new piece, whatever
      // its section's subject. (The look-ahead stops at the next dateline, byline, author or headline of two lines.)
      // So is the next line in the shape of the piece's last subheading (盗窃：… / 正文… / 走私：…).
      const shape = runLength === 1 && inBody && closed !== 'hard' && !closedByCredit && next?.kind === 'paragraph' && !announcesPictures && !b.bullet && !broken
        ? subheadingShape(b.text) : null
      const lastSubheading = hasSubheadings ? [...a!.paragraphs].reverse().find((p) => p.closed && p.text.length <= 30 && !endsSentence(p.text))!.text : null
      const seriesSubheading = shape !== null && (lastSubheading === null ? parallelHeadingAhead(n + 1, shape) : subheadingShape(lastSubheading) === shape)
      // An editor's note printed above the headline (编者按：… / 标题 / 正文) leads the piece under it.
      const noteAbove = onlyEditorsNote(a) && a!.headlines.length === 0
      // And a line over an editor's note is a headline: a subheading has none.
      const noteBelow = next?.kind === 'paragraph' && EDITORS_NOTE.test(blocks[n]!.text)
      const opens = noteAbove || noteBelow || !earlySubheading && !underByline && !regionalSection && !seriesSubheading && (
        !inBody || closed !== null || nextOpens || announcesPictures || b.bullet || broken || !next || signedUnder || (leadThenAuthor && runLength === 1) ||
        (previousEnded && !NUMBERED.test(b.text) && ((runLength >= 2 && !runHasFragments) || (runLength === 1 && (namesItsStory || changesSubject)) || (nextStartsStory && !pageHasDatelines))))
      // A region's label over the next item of a roundup (…送到各村屯。 / 某省 / 据新华社某市电…): a subheading of the
      // article, not the headline of a new one (a headline says what happened; a label only where).
      // Only in what is a roundup already (its items retold from an agency: 据新华社…) or when the dispatch names the place again
      // (澳大利亚 / 本报讯澳大利亚外交部…): elsewhere a short line over a dateline is a short headline (春运 / 本报讯…).
      const regionLabel = runLength === 1 && REGION_LABEL.test(b.text) && inBody && closed === null && next?.kind === 'dateline' &&
        (roundups.has(a!) || /^据/u.test(a!.dateline ?? '') || blocks[n]!.text.slice(0, 12).includes(b.text))
      if (regionLabel) {
        addParagraph(a!, b, b.text, false, true)
        labelled = true
        lastBlockLine = b.line
        a!.lastLine = b.line
        continue
      }
      if (opens && runLength <= 4) {
        a = noteAbove ? a! : inBody || !a || a.dateline || a.headlines.length > 0 || closed ? start(b.line) : a
        // The last line of the run, right above the body, may be the author's credit (中国剧协副主席李四, 林文广郑晓岚), not a subtitle.
        const credit = runLength >= 2 && next !== undefined && next.kind !== 'closing' ? readCreditUnderHeadline(blocks[j - 1]!.text, next.kind === 'paragraph') : null
        if (credit) {
          run.pop()
          applyLead(a, credit)
          signedPieces.add(a)
        }
        const sources = run.map(headlineSource)
        a.headlines.push(...assignHeadlineRoles(sources))
        a.headlineLines.push(...run.flatMap((r, k) => assignHeadlineRoles([sources[k]!]).map(() => r.line)))
        lastBlockLine = blocks[j - 1]!.line
        a.lastLine = lastBlockLine
        i = j - 1
        continue
      }
      // A short line inside the body: a subheading (nothing joins onto it), or, when it
      // has a comma, part of a sentence broken off (joined to what it continues, and the next part to it).
      // (a numbered heading, 一、以改革为重点，促进…, is a heading whatever its commas)
      const fragment = /[，；]/u.test(b.text) && !NUMBERED.test(b.text)
      addParagraph(a ?? start(b.line), b, b.text, fragment && !broken, !fragment)
    } else {
      const nextCaption = closedByCredit && CAPTION_NUMBER.test(b.text)
      // A brief with no headline and no dateline that opened after another item is one item of a column of
      // briefs: once its paragraph has ended a sentence, a paragraph on a new subject is the next brief.
      const last = a?.paragraphs[a.paragraphs.length - 1]
      // So is a paragraph on a new subject after a short tag that ended the item before (…。（宝华）, a pen name no
      // name rule reads; not a cross-reference such as （全文另发）, and not the next numbered caption of a picture column).
      const afterTag = closed === 'soft' && closedByTag && /^[（(][^（）()，,、；：]{1,16}[）)]$/u.test(lastTag) && !CROSS_REFERENCE.test(lastTag) && !CAPTION_NUMBER.test(b.text) && opensNextBrief(b.text)
      // The cheap tests first: comparing runs of characters (newSubject) is the costly one.
      const nextBrief = a !== null && last !== undefined &&
        ((briefs.has(a) && endsSentence(last.text) && opensNextBrief(b.text)) || afterTag) && newSubject(last.text, b.text)
      // The first brief of a column printed under the last dispatch of a page (国际简讯 with its label dropped): a
      // paragraph that reports news of its own (a day and what was announced or held) and shares no words with the
      // dispatch so far, headline included.
      // The dispatch's whole text is joined only when the cheap tests pass (so a long article costs no more per paragraph).
      const pageEnd = i > lastOpener
      const columnAfterDispatch = a !== null && a.dateline !== null && (a.paragraphs.length >= 2 || (pageEnd && (a.paragraphs[0]?.text.length ?? 0) >= 200)) && last !== undefined && endsSentence(last.text) &&
        closed === null && opensNextBrief(b.text) && (reportsNews(b.text) || (pageEnd && columnGoesOn(i))) &&
        // (a world column's first item may name a country or two the dispatch named: 俄罗斯, 伊拉克)
        newSubject([...a.headlines.map((h) => h.text), ...a.paragraphs.map((p) => p.text)].join(''), b.text, pageEnd && columnToPageEnd(i) ? 2 : pageEnd && reportsNews(b.text) ? 1 : 0)
      // The label of the pictures printed with the article just ended (…。（某某） / 图片： / 1、…): its pictures, not a new article.
      const picturesOfArticle = a !== null && a.paragraphs.length > 0 && PICTURES_LABEL.test(b.text)
      if (picturesOfArticle) closed = null
      const salutation = captionUnderHeadline && a !== null && a.paragraphs.length === 1 && /^\p{Script=Han}[^。！？]{1,16}[：:]$/u.test(b.text)
      if (salutation) closed = null
      // An editor's note (编者按：…, 【编者按】…) after a story opens the piece it introduces, whose headline may follow it.
      // (Under a headline and a single lead or caption (题图为…) with no dateline, it is still that headline's, byline or not.)
      const editorsNote = EDITORS_NOTE.test(b.text)
      const noteOpens = editorsNote && a !== null && a.paragraphs.length > 0 &&
        (a.paragraphs.length >= 2 || a.dateline !== null || a.headlines.length === 0)
      // A bullet opens the next item (●甲事。 / ●乙事。), except in a list its headline labels: a column whose body so far is
      // only bulleted items (信息窗 / △甲事。 / △乙事。) is one piece, its items its paragraphs.
      const nextItem = b.bullet && a !== null && a.paragraphs.length > 0 && !(a.headlines.length > 0 && bulletLists.has(a))
      if (!a || (closed === 'hard' && !nextCaption) || nextItem || nextBrief || columnAfterDispatch || noteOpens) {
        // Ended by a tag (…。（某某）, （本报专电）) or a brief before it: this one is an item of a column of briefs.
        const inColumn = a !== null && ((closed === 'hard' && !closedBySignature && !closedByCredit) || nextBrief || columnAfterDispatch)
        a = start(b.line)
        if (inColumn) briefs.add(a)
      }
      // A numbered caption with its credit (3、某地新貌（某某摄）): a picture of the article, kept whole as a closed paragraph
      // (what it names is the article's), and never joined to the caption before it.
      if (creditedNumberedCaption(b.text)) {
        addParagraph(a, b, b.text, false, true)
        addCredits(a, b.spaced)
      } else addBody(a, b, b.text, !broken && !b.bullet)
      if (editorsNote && a.paragraphs.length === 1) noteLed.add(a)
      if (b.bullet && a.paragraphs.length === 1) bulletLists.add(a)
      else if (!b.bullet) bulletLists.delete(a)
    }
    lastBlockLine = b.line
    a = cur
    if (a) a.lastLine = b.line
  }
  return { articles: articles.filter((x) => x.headlines.length || x.paragraphs.length || x.dateline || x.byline || x.pictures.length || x.notes.length), separators }
}
