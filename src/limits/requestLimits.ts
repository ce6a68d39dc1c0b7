/**
 * What one HTTP request may ask of the server. A newsroom's real requests stay far below
 * these (an article saved from the admin is well under 1 MB of JSON; consumers page through
 * lists 10–100 at a time; depth 1–2 populates reporters and events); they exist so that
 * one anonymous request cannot take seconds of CPU or gigabytes of memory (issue 9).
 * README.md ("Reading the content") states them for API consumers.
 */

/** Largest request body accepted on /api (REST and GraphQL): larger ones get 413. */
export const MAX_REQUEST_BODY_BYTES = 2 * 1024 * 1024

/** Deepest relationship population REST may ask for (`depth`); Payload caps larger values. */
export const MAX_POPULATION_DEPTH = 2

/** Most documents one list (a collection list or a join) returns over REST or GraphQL. */
export const MAX_LIST_LIMIT = 100

/** Deepest nesting of fields in one GraphQL operation. */
export const MAX_GRAPHQL_DEPTH = 10

/**
 * Most documents (estimated) one GraphQL operation may touch: each list multiplies what is
 * selected under it by its limit (see graphqlCostRule.ts).
 */
export const MAX_GRAPHQL_COST = 20_000
