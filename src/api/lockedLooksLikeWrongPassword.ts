import { AuthenticationError, formatErrors, type AfterErrorHook } from 'payload'

/**
 * Answers a login refused because the account is locked exactly like one with a wrong
 * password (same status 401, same message, same error name in GraphQL), so the lock does
 * not tell an outsider that the email has an account. The lock itself still works, and the
 * server log still says that a locked account was tried. A global `afterError` hook,
 * because that is the one Payload calls for both REST (routeError) and GraphQL (handleError).
 */
export const lockedLooksLikeWrongPassword: AfterErrorHook = ({ error, graphqlResult, req }) => {
  const original = (error as { originalError?: unknown }).originalError ?? error
  if ((original as { name?: unknown })?.name !== 'LockedAuth') return
  const wrongPassword = new AuthenticationError(req.t)
  if (graphqlResult) {
    return {
      graphqlResult: {
        ...graphqlResult,
        message: wrongPassword.message,
        extensions: { ...graphqlResult.extensions, name: wrongPassword.name, statusCode: wrongPassword.status },
      },
    }
  }
  return { response: formatErrors(wrongPassword), status: wrongPassword.status }
}
