/**
 * The handlers behind `src/app/(payload)/api/…/route.ts`: Payload's own REST and GraphQL
 * handlers, with the request-body limit in front and GraphQL's field-name hints removed.
 * The route files and the in-process HTTP tests (tests/int/app/apiClient.ts) both build
 * them here, so the tests exercise exactly what the server serves.
 */
import {
  GRAPHQL_POST,
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'
import { limitRequestBody } from '../limits/limitRequestBody'
import { hideGraphqlSuggestions } from './hideGraphqlSuggestions'

type ConfigArg = SanitizedConfig | Promise<SanitizedConfig>

export function restRoutes(config: ConfigArg) {
  return {
    GET: REST_GET(config),
    POST: limitRequestBody(REST_POST(config)),
    DELETE: limitRequestBody(REST_DELETE(config)),
    PATCH: limitRequestBody(REST_PATCH(config)),
    PUT: limitRequestBody(REST_PUT(config)),
    OPTIONS: REST_OPTIONS(config),
  }
}

export function graphqlRoutes(config: ConfigArg) {
  return {
    POST: limitRequestBody(hideGraphqlSuggestions(GRAPHQL_POST(config))),
    OPTIONS: REST_OPTIONS(config),
  }
}
