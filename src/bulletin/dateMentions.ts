/**
 * Where the dates the parser reads stand in an article's original text, as offset spans
 * for the editors' review view (beside the person and place spans of mentions.ts).
 *
 * The parser's date reader (dates.ts, chrono-node) runs on repaired paragraphs and gives
 * offsets into those; the original text differs from them in line breaks and in
 * full-width digits. Here it runs on each original line instead, with full-width
 * characters folded one for one (same length), so its offsets are the line's own.
 */
import { findDates } from './dates'

export interface DateMention {
  kind: 'date'
  /** The date as printed (8月30日, 昨日, 晚上10点多). */
  text: string
  start: number
  end: number
  /** The day it was read as, YYYY-MM-DD; null for a bare time or an unresolvable date. */
  date: string | null
}

/** Full-width ASCII (Ｕ+FF01–FF5E) to ASCII and the ideographic space to a space: one character for one. */
function foldWidth(line: string): string {
  return line.replace(/[\uff01-\uff5e\u3000]/gu, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)))
}

/**
 * What a highlighted span must contain: chrono also reads words such as 立即 (at once) as
 * "now", which is no date printed on the page.
 */
const WRITTEN_DATE = /[0-9一二三四五六七八九十〇零两][年月日号时点]|[昨今明前][天日晚]|上午|下午|晚上|凌晨|中午|傍晚|当[天日晚]/u

/** Every date and time the parser's date reader finds in `sourceText`, left to right. */
export function findDateMentions(sourceText: string, issueDate: string | null): DateMention[] {
  const out: DateMention[] = []
  let lineStart = 0
  for (const line of sourceText.split('\n')) {
    for (const found of findDates(foldWidth(line), issueDate)) {
      if (!WRITTEN_DATE.test(found.text)) continue
      const start = lineStart + found.index
      out.push({ kind: 'date', text: line.slice(found.index, found.index + found.text.length), start, end: start + found.text.length, date: found.start })
    }
    lineStart += line.length + 1
  }
  return out
}
