import type { ParseWarning } from './types'
import { announcesPicture, type SegmentedArticle } from './segment'

/**
 * Checks on the segmented articles before anything is read from them: what the importer
 * would otherwise write and nobody could stand behind.
 * - An "article" with no body paragraph (a page of bylines only, a headline with nothing
 *   under it) is not an article: it is left out, and its text goes into a `no-body` warning
 *   on its line, so nothing printed is silently dropped.
 * - The same article printed again on one page (same headlines, same paragraphs) is kept
 *   once; each copy gets a `duplicate-article` warning on its line.
 */
export function checkArticles(articles: SegmentedArticle[]): { articles: SegmentedArticle[]; warnings: ParseWarning[] } {
  const kept: SegmentedArticle[] = []
  const warnings: ParseWarning[] = []
  const firstLineOf = new Map<string, number>()
  const many = (a: SegmentedArticle) => a.lastLine > a.firstLine
  const lines = (a: SegmentedArticle) => (many(a) ? `Lines ${a.firstLine}–${a.lastLine}` : `Line ${a.firstLine}`)
  for (const a of articles) {
    // A picture item (a caption headline over its credit, 某某（图片） / （新华社记者张三摄）) is an
    // article of the page even without a body: the photo is the content.
    // So is a headline that announces its picture or names an artwork (某某（图片）, 山居秋色（中国画） over the artist's tag).
    const pictureItem = (a.headlines.length > 0 && a.pictures.length > 0 && a.photographers.length > 0) || a.headlines.some((h) => announcesPicture(h.text))
    if (a.paragraphs.length === 0 && !pictureItem) {
      const parts = [...a.headlines.map((h) => h.text), a.dateline, a.byline, ...a.pictures, ...a.notes].filter((p): p is string => Boolean(p))
      warnings.push({ code: 'no-body', message: `${lines(a)} ${many(a) ? 'hold' : 'holds'} no body text, so no article is made of them: ${parts.join(' / ')}`, line: a.firstLine })
      continue
    }
    const key = JSON.stringify([a.headlines.map((h) => h.text), a.paragraphs.map((p) => p.text)])
    const first = firstLineOf.get(key)
    if (first !== undefined) {
      warnings.push({ code: 'duplicate-article', message: `${lines(a)} ${many(a) ? 'repeat' : 'repeats'} the article at line ${first}; it is kept once.`, line: a.firstLine })
      continue
    }
    firstLineOf.set(key, a.firstLine)
    kept.push(a)
  }
  return { articles: kept, warnings }
}
