/**
 * The one error `parseBulletin` throws: input that cannot be read as text at
 * all (empty, binary, undecodable). Anything readable is parsed and problems
 * are reported as warnings instead, so a caller can show them per line.
 */
export type BulletinInputErrorCode = 'empty-input' | 'binary-input' | 'undecodable'

export class BulletinInputError extends Error {
  readonly code: BulletinInputErrorCode
  /** 1-based line of the problem when one place is to blame, else null. */
  readonly line: number | null

  constructor(code: BulletinInputErrorCode, message: string, line: number | null = null) {
    super(message)
    this.name = 'BulletinInputError'
    this.code = code
    this.line = line
  }
}
