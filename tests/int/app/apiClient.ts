/**
 * Real HTTP requests through Payload's Next.js route handlers, in-process: a `Request`
 * goes through the same code as `src/app/(payload)/api/…` (authentication, access control,
 * drafts), without a server. The handlers find their Payload through getPayload's default
 * cache key, so start the suite's Payload with `startTestPayload({ key: 'default' })`
 * (jest gives every test file its own module registry, hence its own cache).
 */
import {
  GRAPHQL_POST,
  REST_DELETE,
  REST_GET,
  REST_PATCH,
  REST_POST,
} from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

export type ApiResponse = { status: number; body: any }
export type Credentials = { token?: string; apiKey?: string }
type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

const ORIGIN = 'http://localhost:3000'

function authorization(credentials?: Credentials): Record<string, string> {
  if (credentials?.token) return { Authorization: `JWT ${credentials.token}` }
  if (credentials?.apiKey) return { Authorization: `users API-Key ${credentials.apiKey}` }
  return {}
}

export function apiClient(config: SanitizedConfig) {
  const rest = {
    GET: REST_GET(config),
    POST: REST_POST(config),
    PATCH: REST_PATCH(config),
    DELETE: REST_DELETE(config),
  }
  const graphqlHandler = GRAPHQL_POST(config)

  async function request(
    method: Method,
    path: string,
    { body, as }: { body?: unknown; as?: Credentials } = {},
  ): Promise<ApiResponse> {
    const url = new URL(`/api${path}`, ORIGIN)
    const req = new Request(url, {
      method,
      headers: { 'Content-Type': 'application/json', ...authorization(as) },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const slug = url.pathname.replace(/^\/api\//, '').split('/').map(decodeURIComponent)
    const response = await rest[method](req, { params: Promise.resolve({ slug }) })
    const text = await response.text()
    return { status: response.status, body: text ? JSON.parse(text) : null }
  }

  async function graphql(
    query: string,
    { variables, as }: { variables?: Record<string, unknown>; as?: Credentials } = {},
  ): Promise<ApiResponse> {
    const req = new Request(new URL('/api/graphql', ORIGIN), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...authorization(as) },
      body: JSON.stringify({ query, variables }),
    })
    const response = await graphqlHandler(req)
    return { status: response.status, body: await response.json() }
  }

  /** Logs in over REST and returns the session token. */
  async function login(email: string, password: string): Promise<string> {
    const response = await request('POST', '/users/login', { body: { email, password } })
    if (response.status !== 200 || !response.body?.token) {
      throw new Error(`login as ${email} failed: ${response.status} ${JSON.stringify(response.body)}`)
    }
    return response.body.token as string
  }

  return { request, graphql, login }
}
