type GraphqlHandler = (request: Request) => Promise<Response>

const SUGGESTION = /\s*Did you mean\b[\s\S]*$/

/** A GraphQL error message without graphql-js's "Did you mean …?" tail. */
export function withoutSuggestion(message: string): string {
  return message.replace(SUGGESTION, '')
}

/**
 * Removes "Did you mean "title"?" from GraphQL error messages. graphql-js adds these hints
 * (unknown fields, arguments, types, enum values, where-input fields) from the schema, so
 * they list field names to anyone even when introspection is off in production. They come
 * from graphql-js's built-in validation rules, which Payload's handler always runs and
 * which a `graphQL.validationRules` entry cannot change; and validation errors never reach
 * Payload's `afterError` hooks. So the response itself is rewritten: graphql-http has
 * already built it as one string, and only a body that contains the phrase is parsed.
 */
export function hideGraphqlSuggestions(handler: GraphqlHandler): GraphqlHandler {
  return async (request) => {
    const response = await handler(request)
    const text = await response.text()
    let body = text
    if (text.includes('Did you mean')) {
      try {
        const parsed = JSON.parse(text) as { errors?: Array<{ message?: unknown }> }
        for (const error of parsed.errors ?? []) {
          if (typeof error.message === 'string') error.message = withoutSuggestion(error.message)
        }
        body = JSON.stringify(parsed)
      } catch {
        // Not JSON (cannot happen with graphql-http): leave it as it is.
      }
    }
    const headers = new Headers(response.headers)
    headers.delete('content-length')
    return new Response(body, { status: response.status, statusText: response.statusText, headers })
  }
}
