/**
 * Real HTTP requests through Payload's Next.js route handlers, in-process: a `Request`
 * goes through the same handlers as `src/app/(payload)/api/…` (built by src/api/apiRoutes.ts:
 * request limits, authentication, access control, drafts), without a server. The handlers find their Payload through getPayload's default
 * cache key, so start the suite's Payload with `startTestPayload({ key: 'default' })`
 * (jest gives every test file its own module registry, hence its own cache).
 */
import type { SanitizedConfig } from 'payload'
import { graphqlRoutes, restRoutes } from '../../../src/api/apiRoutes'

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
  const rest = restRoutes(config)
  const graphqlHandler = graphqlRoutes(config).POST

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

  /** Sends a prepared Request (any body, any headers) to the REST route; returns the raw Response. */
  async function send(req: Request): Promise<Response> {
    const slug = new URL(req.url).pathname.replace(/^\/api\//, '').split('/').map(decodeURIComponent)
    return rest[req.method as Method](req, { params: Promise.resolve({ slug }) })
  }

  /** Sends a prepared Request to the GraphQL route; returns the raw Response. */
  async function sendGraphql(req: Request): Promise<Response> {
    return graphqlHandler(req)
  }

  /** Logs in over REST and returns the session token. */
  async function login(email: string, password: string): Promise<string> {
    const response = await request('POST', '/users/login', { body: { email, password } })
    if (response.status !== 200 || !response.body?.token) {
      throw new Error(`login as ${email} failed: ${response.status} ${JSON.stringify(response.body)}`)
    }
    return response.body.token as string
  }

  return { request, graphql, login, send, sendGraphql, origin: ORIGIN }
}
