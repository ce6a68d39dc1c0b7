import { defaultLoggerOptions, type Config } from 'payload'

type Level = 'debug' | 'error' | 'fatal' | 'info' | 'trace' | 'warn'
type LoggingLevels = Record<string, false | Level>
type LoggedError = { name?: unknown; message?: unknown; status?: unknown; isPublic?: unknown; originalError?: unknown }

/**
 * Payload's logger, with two corrections for errors a client caused (status under 500):
 * - `loggingLevels` apply to GraphQL too: Payload's GraphQL handler logs the GraphQLError that
 *   wraps a Forbidden or a LockedAuth, named "GraphQLError", so `loggingLevels.Forbidden`
 *   never matched and every refused mutation was logged as an ERROR with a stack;
 * - they are logged as one line ("LockedAuth: This user is locked…"), without a stack: the
 *   request was refused as designed, and a stack in the log reads as a crash.
 * Server errors (5xx, or errors that are not Payload's public API errors) keep their stack.
 */
/** Payload's own defaults (config/sanitize.js), which it puts under the configured ones. */
const PAYLOAD_LOGGING_LEVELS: LoggingLevels = {
  Forbidden: 'info',
  Locked: 'info',
  MissingFile: 'info',
  NotFound: 'info',
  ValidationError: 'info',
}

export function clientErrorLogger(configured: LoggingLevels): NonNullable<Config['logger']> {
  const loggingLevels = { ...PAYLOAD_LOGGING_LEVELS, ...configured }
  return {
    destination: defaultLoggerOptions,
    options: {
      hooks: {
        logMethod(inputArgs, method, level) {
          const first = inputArgs[0] as { err?: LoggedError } | undefined
          const err = first && typeof first === 'object' ? first.err : undefined
          const cause = (err?.originalError ?? err) as LoggedError | undefined
          const status = typeof cause?.status === 'number' ? cause.status : undefined
          if (!cause || status === undefined || status >= 500 || cause.isPublic !== true) {
            return method.apply(this, inputArgs)
          }
          const name = typeof cause.name === 'string' ? cause.name : 'Error'
          const chosen = loggingLevels[name]
          if (chosen === false) return
          const line = { msg: `${name} (${status}): ${String(cause.message)}` }
          const target = chosen ?? this.levels.labels[level]
          return (this as unknown as Record<string, (obj: unknown) => void>)[target ?? 'info'](line)
        },
      },
    },
  }
}
