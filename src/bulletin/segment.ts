import type { Headline, HeadlineRole } from './types'
import { normalizeLine, removeChineseSpaces, splitLines } from './normalize'
import { readLead, readReporters, readStandaloneByline, readTrailingByline, type Lead } from './byline'

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
  /^图为|^(?:[（(]\s*)?(?:附|见)?(?:图片|照片|图|彩图)\s*[0-9一二三四五六七八九十]+\s*(?:张|幅)(?:\s*[）)])?$|^[（(][^（）()]{0,30}摄[）)]$|^(?:本报|新华社)?(?:记者)?\s*[\p{Script=Han}\s]{2,12}摄$|^[（(]\s*(?:图|摄影|供图|图片)\s*[/／：:][^（）()]{1,30}[）)]$/u
/** The credit in a picture line: what follows 图／ or precedes a final 摄, after the caption's last punctuation. */
const PICTURE_CREDIT = /(?:^[（(]?\s*(?:图|摄影|图片)\s*[/／：:]([^（）()]{1,30}?)[）)]?$)|(?:(?:^|[。！？，）)（(])([^。！？，（）()]{1,30}?)\s*摄\s*[）)]?$)/u
/** Page furniture from web copies of pages: 来源：, 发布时间：, 责任编辑： (kept as notes, never headlines). */
const META_LINE = /^(?:来源|稿源|发布时间|发布日期|时间|日期|责任编辑|编辑|校对|审核|字号|点击|浏览|阅读|版次|版名)[：:]/u
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
  if (PICTURE_ALONE.test(t) || META_LINE.test(t) || isFolioLine(t)) return false
  if (readLead(b.spaced) || readStandaloneByline(b.spaced)) return false
  return true
}

function toBlocks(text: string): { blocks: Block[]; separators: number[] } {
  const blocks: Block[] = []
  const separators: number[] = []
  splitLines(text).forEach((line, i) => {
    // Paragraphs run together on one line, each indented with ideographic spaces, are split apart.
    for (const raw of line.split(/(?<=[。！？…][”’」』]?)\u3000{2,}/u)) {
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
export function readsAsKicker(first: string, second: string): boolean {
  if (/^——|^—/u.test(second)) return false
  if (LEAD_IN_END.test(first)) return true
  if (SPEECH_END.test(first) || SPEECH_END_AT.test(first)) return true
  return /[？?]$/u.test(first) && !/[？?！!]$/u.test(second)
}

/**
 * Headline roles by position: one line is the title; with two, the second is
 * a subtitle (a line starting —— always is) unless the first reads as a
 * kicker (readsAsKicker); with three, 引题 / 主题 / 副题.
 * Lines run together with a wide gap (two spaces, a tab, an ideographic
 * space) are split first; a single space is a phrase break and is dropped. A line
 * of parallel phrases that is not split keeps one ideographic space between them.
 */
export function assignHeadlineRoles(lines: { spaced: string; text: string }[]): Headline[] {
  const parts: string[] = []
  for (const l of lines) {
    const pieces = l.spaced
      .split(/\t|[ ]{2,}/u)
      .map((p) => removeChineseSpaces(p).trim())
      .filter((p) => p !== '')
    const phrases = pieces.length >= 2 && pieces.every((p) => p.length >= 4)
    if (phrases && pieces.length === 2 && lines.length < 3) parts.push(...pieces)
    // Parallel phrases of one headline line (坚持以人民为中心  推动高质量发展) keep a gap
    // between them, as printed; gluing them would make one run-on phrase.
    else if (phrases) parts.push(pieces.join('\u3000'))
    else parts.push(l.text)
  }
  const roles: HeadlineRole[] =
    parts.length === 1
      ? ['title']
      : parts.length === 2
        ? readsAsKicker(parts[0]!, parts[1]!) ? ['kicker', 'title'] : ['title', 'subtitle']
        : ['kicker', 'title', ...Array<HeadlineRole>(parts.length - 2).fill('subtitle')]
  return parts.map((text, i) => ({ role: roles[i]!, text }))
}

function newArticle(line: number): SegmentedArticle {
  return { headlines: [], headlineLines: [], dateline: null, byline: null, reporters: [], paragraphs: [], pictures: [], photographers: [], notes: [], firstLine: line, lastLine: line }
}

export function segmentArticles(text: string): Segmentation {
  const { blocks, separators } = toBlocks(text)
  const separatorSet = new Set(separators)
  const kinds = blocks.map((b) => ({
    lead: readLead(b.spaced),
    standalone: readStandaloneByline(b.spaced),
    head: headlineLike(b),
    picture: PICTURE_ALONE.test(b.text),
    meta: META_LINE.test(b.text) || isFolioLine(b.text),
  }))
  // A short line ending in ！ or ？ right before a dateline or byline is a headline (春节，你回家吗？).
  kinds.forEach((k, i) => {
    const t = blocks[i]!.text
    const next = kinds[i + 1] ?? kinds[i + 2]
    const nextLead = kinds[i + 1]?.lead || kinds[i + 1]?.standalone || (kinds[i + 1]?.head && (kinds[i + 2]?.lead || kinds[i + 2]?.standalone))
    if (!k.head && t.length <= 24 && /[！？!?]$/u.test(t) && !t.includes('。') && nextLead && next) k.head = true
  })
  const pageHasDatelines = kinds.some((k) => k.lead?.dateline)
  const articles: SegmentedArticle[] = []
  let cur = null as SegmentedArticle | null
  let lastBlockLine = 0

  const start = (line: number): SegmentedArticle => {
    cur = newArticle(line)
    articles.push(cur)
    return cur
  }
  const separatedFromPrevious = (b: Block): boolean => {
    for (let l = lastBlockLine + 1; l < b.line; l++) if (separatorSet.has(l)) return true
    return false
  }
  const addParagraph = (a: SegmentedArticle, b: Block, text: string, mayJoin: boolean, closed = false) => {
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
    } else a.paragraphs.push({ text: body, line: b.line, closed })
  }
  const addCredits = (a: SegmentedArticle, spaced: string) => {
    for (const n of pictureCredits(spaced)) if (!a.photographers.includes(n)) a.photographers.push(n)
  }
  const applyLead = (a: SegmentedArticle, lead: Lead) => {
    if (lead.dateline && !a.dateline) a.dateline = lead.dateline
    else if (lead.dateline) a.paragraphs.push({ text: lead.dateline, line: a.lastLine })
    if (lead.byline) a.byline = a.byline ? `${a.byline} ${lead.byline}` : lead.byline
    for (const r of lead.reporters) if (!a.reporters.includes(r)) a.reporters.push(r)
  }

  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!
    const k = kinds[i]!
    const broken = separatedFromPrevious(b)
    let a: SegmentedArticle | null = cur

    if (k.picture) {
      const target = a ?? start(b.line)
      target.pictures.push(b.text)
      addCredits(target, b.spaced)
    } else if (k.meta) {
      ;(a ?? start(b.line)).notes.push(b.text)
    } else if (k.lead?.dateline) {
      // A dateline opens an article, unless the article so far is only headlines/byline.
      if (!a || a.paragraphs.length > 0 || a.dateline) a = start(b.line)
      applyLead(a, k.lead)
      const rest = removeChineseSpaces(k.lead.rest).trim()
      if (rest) addParagraph(a, b, rest, false)
    } else if (k.standalone) {
      if (a && a.paragraphs.length === 0 && !a.dateline) applyLead(a, k.standalone)
      else {
        a = start(b.line)
        applyLead(a, k.standalone)
      }
    } else if (k.head) {
      // A run of headline-like lines; what follows decides what they are.
      let j = i
      while (j < blocks.length && kinds[j]!.head && j - i < 4) j++
      const next = kinds[j]
      const nextIsLead = Boolean(next && (next.lead || next.standalone))
      const runLength = j - i
      const inBody = Boolean(a && a.paragraphs.length > 0)
      const nextStartsStory = blocks[j] !== undefined && STORY_LEAD.test(blocks[j]!.text)
      const previousEnded = !a || a.paragraphs.length === 0 || endsSentence(a.paragraphs[a.paragraphs.length - 1]!.text)
      // Lines with commas after an unfinished sentence are the rest of it (text wrapped at a fixed width), not headlines.
      const runHasFragments = blocks.slice(i, j).some((r) => /[，；]/u.test(r.text))
      const opens =
        !inBody || nextIsLead || b.bullet || broken || !next ||
        (previousEnded && ((runLength >= 2 && !runHasFragments) || !pageHasDatelines || nextStartsStory))
      if (opens && runLength <= 3) {
        a = inBody || !a || a.dateline || a.headlines.length > 0 ? start(b.line) : a
        const run = blocks.slice(i, j)
        a.headlines.push(...assignHeadlineRoles(run))
        a.headlineLines.push(...run.flatMap((r) => assignHeadlineRoles([r]).map(() => r.line)))
        lastBlockLine = blocks[j - 1]!.line
        a.lastLine = lastBlockLine
        i = j - 1
        continue
      }
      // A short line inside the body: a subheading (nothing joins onto it), or, when it
      // has a comma, part of a sentence broken off (joined to what it continues, and the next part to it).
      const fragment = /[，；]/u.test(b.text)
      addParagraph(a ?? start(b.line), b, b.text, fragment && !broken, !fragment)
      a = cur
    } else {
      const lead = k.lead
      if (!a || (b.bullet && a.paragraphs.length > 0)) a = start(b.line)
      if (lead && !lead.dateline && a.paragraphs.length === 0) {
        applyLead(a, lead)
        const rest = removeChineseSpaces(lead.rest).trim()
        if (rest) addParagraph(a, b, rest, false)
      } else {
        const trailing = readTrailingByline(b.text)
        // （记者 张三）at the end of the last paragraph, or on a line of its own after the body.
        if (trailing && a.reporters.length === 0 && (trailing.before === '' || endsSentence(trailing.before))) {
          addParagraph(a, b, trailing.before, !broken)
          applyLead(a, { dateline: null, byline: trailing.byline, reporters: trailing.reporters, rest: '' })
        } else addParagraph(a, b, b.text, !broken && !b.bullet)
      }
    }
    lastBlockLine = b.line
    a = cur
    if (a) a.lastLine = b.line
  }
  return { articles: articles.filter((x) => x.headlines.length || x.paragraphs.length || x.dateline || x.byline || x.pictures.length || x.notes.length), separators }
}
