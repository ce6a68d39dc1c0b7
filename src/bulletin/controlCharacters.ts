import type { ParseWarning } from './types'

/**
 * Characters that print nothing but change what a reader or a program sees: C0/C1 control
 * characters (BEL, …; tab and line ends stay), whole ANSI escape sequences (ESC [ 31 m),
 * bidirectional controls (U+202E turns 张三 into 三张 on screen) and zero-width characters
 * (U+200B inside 张​三 hides the name from the people rules). No library strips exactly
 * this set while keeping line numbers, so it is done here: nothing that ends a line is
 * removed, so every line keeps its number.
 */
const CONTROL =
  // ANSI CSI (ESC [ params final) and other two-character escapes first, then single characters.
  /\u001b\[[0-?]*[ -/]*[@-~]|\u001b[@-_]?|[\u0000-\u0008\u000b\u000c\u000e-\u001a\u001c-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u061c\ufeff\ufff9-\ufffb]/gu

const MAX_LINE_WARNINGS = 20

/**
 * A lone UTF-16 surrogate (half of a character, which a string handed to the parser can hold
 * but decoded bytes never do) becomes U+FFFD, as TextDecoder makes of a broken byte: otherwise
 * two halves split by a line break would be joined into a character the page never printed.
 * Same length, so every offset still points where it did.
 */
function wellFormed(text: string): string {
  return text.replace(/\p{Surrogate}/gu, '\ufffd')
}

function codePoint(s: string): string {
  return `U+${s.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
}

/** The text without them, and a `control-characters` warning for each line that had some (at most 20, then one for the rest). */
export function stripControlCharacters(input: string): { text: string; warnings: ParseWarning[] } {
  const text = wellFormed(input)
  CONTROL.lastIndex = 0
  if (!CONTROL.test(text)) return { text, warnings: [] }
  const warnings: ParseWarning[] = []
  let more = 0
  const lines = text.split(/(\r\n|\r|\n|\u2028|\u2029)/u)
  for (let i = 0; i < lines.length; i += 2) {
    const line = lines[i]!
    const found = line.match(CONTROL)
    if (!found) continue
    lines[i] = line.replace(CONTROL, '')
    const lineNumber = i / 2 + 1
    if (warnings.length < MAX_LINE_WARNINGS) {
      const kinds = [...new Set(found.map((c) => (c.length > 1 ? 'an ANSI escape' : codePoint(c))))].slice(0, 5).join(', ')
      warnings.push({ code: 'control-characters', message: `${found.length} invisible control character${found.length > 1 ? 's' : ''} removed (${kinds}).`, line: lineNumber })
    } else more++
  }
  if (more > 0) warnings.push({ code: 'control-characters', message: `Invisible control characters also removed on ${more} more lines.`, line: null })
  return { text: lines.join(''), warnings }
}
