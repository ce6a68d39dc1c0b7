/**
 * Article bodies as Lexical rich text, one paragraph node per paragraph, with every
 * property the Lexical editor itself serialises. Payload stores whatever JSON it is given
 * without checking it, and the admin renders (and later re-saves) a bare shape
 * differently, which would make an untouched body look edited on the next import.
 */

export interface LexicalTextNode {
  type: 'text'
  version: 1
  text: string
  format: 0
  detail: 0
  mode: 'normal'
  style: ''
}

export interface LexicalParagraphNode {
  type: 'paragraph'
  version: 1
  format: ''
  indent: 0
  direction: 'ltr'
  textFormat: 0
  textStyle: ''
  children: LexicalTextNode[]
}

export interface LexicalBody {
  root: {
    type: 'root'
    version: 1
    format: ''
    indent: 0
    direction: 'ltr'
    children: LexicalParagraphNode[]
  }
}

function paragraphNode(text: string): LexicalParagraphNode {
  return {
    type: 'paragraph',
    version: 1,
    format: '',
    indent: 0,
    direction: 'ltr',
    textFormat: 0,
    textStyle: '',
    children: text
      ? [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }]
      : [],
  }
}

/** The Lexical document for a list of plain-text paragraphs. */
export function lexicalBodyFromParagraphs(paragraphs: readonly string[]): LexicalBody {
  return {
    root: {
      type: 'root',
      version: 1,
      format: '',
      indent: 0,
      direction: 'ltr',
      children: paragraphs.map(paragraphNode),
    },
  }
}

/** The plain text of each paragraph of a Lexical document (for tests and reports). */
export function paragraphsFromLexicalBody(body: unknown): string[] {
  const root = (body as { root?: { children?: Array<{ children?: Array<{ text?: string }> }> } } | null)?.root
  return (root?.children ?? []).map((paragraph) =>
    (paragraph.children ?? []).map((child) => child.text ?? '').join(''),
  )
}
