/* Payload's GraphQL endpoint (POST /api/graphql), with this app's request limits (src/api/apiRoutes.ts). */
import config from '@payload-config'
import { graphqlRoutes } from '../../../../api/apiRoutes'

const routes = graphqlRoutes(config)

export const POST = routes.POST
export const OPTIONS = routes.OPTIONS
