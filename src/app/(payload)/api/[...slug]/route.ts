/* Payload's REST API (/api/<collection>…), with this app's request limits (src/api/apiRoutes.ts). */
import config from '@payload-config'
import { restRoutes } from '../../../../api/apiRoutes'

const routes = restRoutes(config)

export const GET = routes.GET
export const POST = routes.POST
export const DELETE = routes.DELETE
export const PATCH = routes.PATCH
export const PUT = routes.PUT
export const OPTIONS = routes.OPTIONS
