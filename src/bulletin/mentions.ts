/**
 * Where each person and place an article names stands in that article's
 * original text (`sourceText`), as offset spans the editors' review view can
 * highlight. The rule layers read the repaired text (spaces inside Chinese
 * removed, full-width digits and letters folded, middle dots unified), so a
 * name found as 张昕 may be printed 张 昕, and ＡＰＥＣ as ＡＰＥＣ: each name
 * is matched back against the original with those repairs undone.
 */
import type { Mention, MentionKind } from './types'

const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')

/** One repaired character, as it may have been printed. */
function printedForms(c: string): string {
  if (/[0-9A-Za-z]/u.test(c)) return `[${escape(c)}${String.fromCodePoint(c.codePointAt(0)! + 0xfee0)}]`
  if (/[·・•‧.．]/u.test(c)) return '[·・•‧.．]'
  return escape(c)
}

/** A name as printed: its characters in order, with spaces (not line breaks) allowed between them. */
function printedPattern(name: string): string {
  return Array.from(name, printedForms).join('[^\\S\\n]*')
}

/**
 * Every mention of `names` in `sourceText`, left to right. Where two names
 * could claim the same characters the longer one wins (荥阳市高山镇 over
 * 高山镇), because the alternation is tried longest first at each position.
 */
export function findMentions(sourceText: string, names: { kind: MentionKind; text: string }[]): Mention[] {
  const kindOf = new Map<string, MentionKind>()
  for (const n of names) if (n.text.length > 0 && !kindOf.has(n.text)) kindOf.set(n.text, n.kind)
  if (kindOf.size === 0) return []
  const ordered = [...kindOf.keys()].sort((a, b) => b.length - a.length)
  // One regex for all names: a single pass over the text, whatever the number of names.
  const pattern = new RegExp(ordered.map((n) => `(${printedPattern(n)})`).join('|'), 'gu')
  const out: Mention[] = []
  for (const m of sourceText.matchAll(pattern)) {
    const group = m.slice(1).findIndex((g) => g !== undefined)
    const name = ordered[group]!
    out.push({ kind: kindOf.get(name)!, text: name, start: m.index, end: m.index + m[0].length })
  }
  return out
}
