/**
 * A GraphQL validation rule that refuses an operation before it runs when it is nested too
 * deep or would touch too many documents.
 *
 * Hand-written because nothing installed does it right: Payload's own `maxComplexity`
 * (its bundled graphql-query-complexity with `fieldExtensionsEstimator`) *adds* 10 per join
 * or relationship, whatever sits under it, so `People { docs { mentionedIn { docs { people
 * … } } } }` five levels deep scores under 1000 while its cost *multiplies* at every level
 * (a join without `limit` even returns every document). No depth-limit package is installed
 * and we add none; graphql 16's AST and types are all this needs.
 *
 * The estimate: every field costs 1; a field with a `limit` argument (a collection list or a
 * join) multiplies what is selected in its `docs` by that limit (missing or 0 → the most a
 * list may return, MAX_LIST_LIMIT, except a top-level list whose default is Payload's 10);
 * any other list of objects (a hasMany relationship, an array field such as participants)
 * multiplies by ASSUMED_LIST_LENGTH. Introspection fields (`__schema`, `__type`) are not
 * counted, so the playground keeps working.
 */
import {
  GraphQLError,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  valueFromASTUntyped,
  type ExecutionArgs,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql'
import { MAX_GRAPHQL_COST, MAX_GRAPHQL_DEPTH, MAX_LIST_LIMIT } from './requestLimits'

/** Payload's default page size for a collection list without `limit`. */
const DEFAULT_LIST_LIMIT = 10

/** How long a hasMany relationship or array field is taken to be (they have no limit). */
export const ASSUMED_LIST_LENGTH = 10

type Measure = { cost: number; depth: number }

type Walk = {
  fragments: (name: string) => FragmentDefinitionNode | null | undefined
  variables: Record<string, unknown>
  context: ValidationContext
  /** Fragments being expanded, against a (malformed) cycle; NoFragmentCyclesRule reports it. */
  expanding: Set<string>
}

function limitArgument(node: FieldNode, variables: Record<string, unknown>): unknown {
  const argument = node.arguments?.find((arg) => arg.name.value === 'limit')
  if (!argument) return undefined
  return valueFromASTUntyped(argument.value, variables)
}

/** How many documents a list field with a `limit` argument returns at most. */
function listFanOut(node: FieldNode, isRoot: boolean, variables: Record<string, unknown>): number {
  const limit = limitArgument(node, variables)
  if (typeof limit === 'number' && limit > 0) return Math.min(limit, MAX_LIST_LIMIT)
  if (limit === undefined && isRoot) return DEFAULT_LIST_LIMIT
  // A join without `limit`, or `limit: 0` anywhere: "all", which the server caps.
  return MAX_LIST_LIMIT
}

function fieldDefinition(type: GraphQLNamedType | undefined, name: string): GraphQLField<unknown, unknown> | undefined {
  if (!type || !(isObjectType(type) || isInterfaceType(type))) return undefined
  return type.getFields()[name]
}

function measureSelections(
  selectionSet: SelectionSetNode,
  parentType: GraphQLNamedType | undefined,
  docsFanOut: number | undefined,
  isRoot: boolean,
  walk: Walk,
): Measure {
  let cost = 0
  let depth = 0
  for (const selection of selectionSet.selections) {
    let measured: Measure
    if (selection.kind === Kind.FIELD) {
      measured = measureField(selection, parentType, docsFanOut, isRoot, walk)
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const typeName = selection.typeCondition?.name.value
      const type = typeName ? walk.context.getSchema().getType(typeName) ?? undefined : parentType
      measured = measureSelections(selection.selectionSet, type, docsFanOut, isRoot, walk)
    } else {
      const name = selection.name.value
      const fragment = walk.fragments(name)
      if (!fragment || walk.expanding.has(name)) continue
      walk.expanding.add(name)
      const type = walk.context.getSchema().getType(fragment.typeCondition.name.value) ?? undefined
      measured = measureSelections(fragment.selectionSet, type, docsFanOut, isRoot, walk)
      walk.expanding.delete(name)
    }
    cost += measured.cost
    depth = Math.max(depth, measured.depth)
  }
  return { cost, depth }
}

function measureField(
  node: FieldNode,
  parentType: GraphQLNamedType | undefined,
  docsFanOut: number | undefined,
  isRoot: boolean,
  walk: Walk,
): Measure {
  const name = node.name.value
  if (name.startsWith('__')) return { cost: 0, depth: 0 }
  const definition = fieldDefinition(parentType, name)
  if (!node.selectionSet) return { cost: 1, depth: 1 }
  // An unknown field is FieldsOnCorrectTypeRule's to report; still measure what is under it.
  const fieldType = definition ? getNullableType(definition.type) : undefined
  const childType = definition ? getNamedType(definition.type) : undefined
  const takesLimit = Boolean(definition?.args.some((arg) => arg.name === 'limit'))
  const children = measureSelections(
    node.selectionSet,
    childType,
    takesLimit ? listFanOut(node, isRoot, walk.variables) : undefined,
    false,
    walk,
  )
  let multiplier = 1
  if (fieldType && isListType(fieldType)) {
    multiplier = name === 'docs' && docsFanOut !== undefined ? docsFanOut : ASSUMED_LIST_LENGTH
  }
  return { cost: 1 + multiplier * children.cost, depth: 1 + children.depth }
}

/** The rule, for `graphQL.validationRules` in payload.config.ts. */
export function graphqlCostRule(args: Pick<ExecutionArgs, 'variableValues'>): ValidationRule {
  const variables = (args.variableValues ?? {}) as Record<string, unknown>
  return (context: ValidationContext) => ({
    OperationDefinition(operation) {
      const schema = context.getSchema()
      const rootType =
        operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType()
      const walk: Walk = {
        fragments: (name) => context.getFragment(name),
        variables,
        context,
        expanding: new Set(),
      }
      const { cost, depth } = measureSelections(operation.selectionSet, rootType ?? undefined, undefined, true, walk)
      if (depth > MAX_GRAPHQL_DEPTH) {
        context.reportError(
          new GraphQLError(
            `The query is nested ${depth} levels deep; at most ${MAX_GRAPHQL_DEPTH} are allowed.`,
            { nodes: [operation] },
          ),
        )
      } else if (cost > MAX_GRAPHQL_COST) {
        context.reportError(
          new GraphQLError(
            `The query could touch about ${cost} documents; at most ${MAX_GRAPHQL_COST} are allowed. ` +
              'Ask for smaller limits or less nesting.',
            { nodes: [operation] },
          ),
        )
      }
      return false
    },
  })
}
