import type { CollectionBeforeChangeHook } from 'payload'

type LexicalNode = { type?: string; text?: unknown; children?: unknown }

/** Nodes whose text stands on its own line in the plain copy. */
const BLOCK_TYPES = new Set(['paragraph', 'heading', 'quote', 'listitem', 'list', 'tablerow'])

function collect(node: LexicalNode, lines: string[], line: string[]): void {
  if (typeof node.text === 'string') line.push(node.text)
  if (node.type === 'linebreak') line.push('\n')
  if (!Array.isArray(node.children)) return
  const block = BLOCK_TYPES.has(node.type ?? '')
  const own: string[] = block ? [] : line
  for (const child of node.children) collect(child as LexicalNode, lines, own)
  if (block && own.length) lines.push(own.join(''))
}

/**
 * The text of a Lexical rich-text value, one line per paragraph, without markup. Null for
 * a value that is not Lexical JSON (or is empty).
 */
export function plainTextOfLexical(value: unknown): string | null {
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  if (!root || typeof root !== 'object') return null
  const lines: string[] = []
  const loose: string[] = []
  collect(root, lines, loose)
  if (loose.length) lines.push(loose.join(''))
  const text = lines.join('\n').trim()
  return text || null
}

/**
 * Keeps `bodyText`, the plain copy of the body that the admin's list search reads by
 * Chinese substring (`like`): a rich-text column holds JSON, which PostgreSQL's jsonb
 * cannot be searched by substring and whose markup SQLite would match too. Written on
 * every save from the body being saved (or the stored one when the save leaves it alone).
 */
export const copyBodyText: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (!data) return data
  const body = 'body' in data ? data.body : originalDoc?.body
  return { ...data, bodyText: plainTextOfLexical(body) }
}
