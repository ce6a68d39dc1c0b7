import type { Access } from 'payload'
import { publishedArticleLinks } from './publishedArticleLinks'

/**
 * People: logged-in users see everyone; anonymous readers see a person only once a
 * published article names them (mentions them, or carries their byline). A name taken
 * from a draft is news that has not been published yet.
 */
export const authenticatedOrNamedInPublished: Access = async ({ req }) => {
  if (req.user) return true
  return { id: { in: await publishedArticleLinks(req, ['people', 'reporters']) } }
}
