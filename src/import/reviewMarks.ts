/**
 * What the editors' review view marks in an article's original text: the people, places
 * and dates the parser found (offset spans into `source.originalText`), and the parser's
 * warnings about that article's lines. Stored with the article's provenance so the admin
 * shows them without parsing the page again. Pure.
 */
import { findDateMentions, type DateMention } from '../bulletin/dateMentions'
import type { Mention, ParsedArticle, ParseWarning } from '../bulletin/types'

export type ReviewMention = Mention | DateMention

export interface ReviewWarning {
  code: string
  message: string
  line: number | null
}

export interface ReviewMarks {
  mentions: ReviewMention[]
  warnings: ReviewWarning[]
}

/** The 1-based lines of the page the article was cut from, or null when the parser did not say. */
function lineRange(article: ParsedArticle): { first: number; last: number } | null {
  if (article.line === undefined || article.sourceText === undefined) return null
  const lines = article.sourceText.split('\n').length
  return { first: article.line, last: article.line + lines - 1 }
}

/** The page's warnings that point at one of the article's lines (a page-wide warning has no line). */
export function warningsOfArticle(article: ParsedArticle, pageWarnings: ParseWarning[]): ReviewWarning[] {
  const range = lineRange(article)
  if (!range) return []
  return pageWarnings
    .filter((warning) => warning.line !== null && warning.line >= range.first && warning.line <= range.last)
    .map(({ code, message, line }) => ({ code, message, line }))
}

/** Names and dates in the article's original text, left to right (a date never overlaps a name it follows). */
export function mentionsOfArticle(article: ParsedArticle, issueDate: string | null): ReviewMention[] {
  const text = article.sourceText
  if (!text) return []
  const names: ReviewMention[] = article.mentions ?? []
  const dates = findDateMentions(text, issueDate).filter(
    (date) => !names.some((name) => name.start < date.end && date.start < name.end),
  )
  return [...names, ...dates].sort((a, b) => a.start - b.start || b.end - a.end)
}

export function reviewMarks(article: ParsedArticle, pageWarnings: ParseWarning[], issueDate: string | null): ReviewMarks {
  return { mentions: mentionsOfArticle(article, issueDate), warnings: warningsOfArticle(article, pageWarnings) }
}
