/** The bulletin parser's public surface: what the importer and the CLI use. */
export type * from './types'
export { parseBulletin, parseBulletinText, type ParseTextOptions } from './parseBulletin'
export { BulletinInputError, type BulletinInputErrorCode } from './errors'
export { issueDateFromFileName, isValidIsoDate, isValidIssueDate, ISSUE_YEARS } from './issueDate'
export { normalizeNameKey, normalizeBulletinText } from './normalize'
export { decodeBulletinBytes } from './decode'
