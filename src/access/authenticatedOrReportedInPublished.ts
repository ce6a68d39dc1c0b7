import type { Access } from 'payload'
import { publishedArticleLinks } from './publishedArticleLinks'

/**
 * Events: logged-in users see them all; anonymous readers see an event only once a
 * published article reports it. An event comes from an article; until an editor publishes
 * that article, its event (title, date, participants) is as unpublished as the article.
 */
export const authenticatedOrReportedInPublished: Access = async ({ req }) => {
  if (req.user) return true
  return { id: { in: await publishedArticleLinks(req, ['events']) } }
}
