/**
 * Where each person and place an article names stands in that article's
 * original text (`sourceText`), as offset spans the editors' review view can
 * highlight. The rule layers read the repaired text (spaces inside Chinese
 * removed, full-width digits and letters folded, middle dots unified), so a
 * name found as 张昕 may be printed 张 昕, and ＡＰＥＣ as ＡＰＥＣ: each name
 * is matched back against the original with those repairs undone.
 */
import type { Mention, MentionKind } from './types'

/** The forms each character of a name may have been printed in (its own, full-width, another middle dot), as code points. */
function printedCodes(name: string): number[][] {
  return Array.from(name, (c) => {
    if (/[0-9A-Za-z]/u.test(c)) return [c.codePointAt(0)!, c.codePointAt(0)! + 0xfee0]
    if (/[·・•‧.．]/u.test(c)) return Array.from('·・•‧.．', (d) => d.codePointAt(0)!)
    return [c.codePointAt(0)!]
  })
}

/** White space other than a line break: what may stand between a name's characters. */
const GAP = /[^\S\n]/u
const isGap = (code: number) => code <= 0x7f ? code === 0x20 || code === 0x09 || code === 0x0b || code === 0x0c || code === 0x0d : GAP.test(String.fromCodePoint(code))

/**
 * End of the name printed at `at` in `text`, or -1: its k-th character, after any spaces
 * (tried most spaces first, as a greedy `[^\S\n]*` between the characters would), then the rest.
 */
function printedEnd(text: string, at: number, codes: number[][], k = 0): number {
  if (k === codes.length) return at
  let gapEnd = at
  if (k > 0) while (gapEnd < text.length && isGap(text.charCodeAt(gapEnd))) gapEnd++
  for (let i = gapEnd; i >= at; i--) {
    const code = text.codePointAt(i)
    if (code === undefined || !codes[k]!.includes(code)) continue
    const end = printedEnd(text, i + (code > 0xffff ? 2 : 1), codes, k + 1)
    if (end !== -1) return end
  }
  return -1
}

/**
 * Every mention of `names` in `sourceText`, left to right. Where two names
 * could claim the same characters the longer one wins (荥阳市高山镇 over
 * 高山镇): at each position the names are tried longest first. Only the names
 * whose first character stands there are tried (one map lookup per
 * character), and by comparing characters: one regular expression of every
 * name cost the text's length times the number of names, and one per name
 * cost its compilation, per article.
 */
export function findMentions(sourceText: string, names: { kind: MentionKind; text: string }[]): Mention[] {
  const kindOf = new Map<string, MentionKind>()
  for (const n of names) if (n.text.length > 0 && !kindOf.has(n.text)) kindOf.set(n.text, n.kind)
  if (kindOf.size === 0) return []
  const ordered = [...kindOf.keys()].sort((a, b) => b.length - a.length)
  const byFirst = new Map<number, { name: string; codes: number[][] }[]>()
  for (const name of ordered) {
    const entry = { name, codes: printedCodes(name) }
    for (const code of entry.codes[0]!) byFirst.set(code, [...(byFirst.get(code) ?? []), entry])
  }
  const out: Mention[] = []
  const NONE: { name: string; codes: number[][] }[] = [] // one empty list, not a new one per character
  let i = 0
  while (i < sourceText.length) {
    const code = sourceText.codePointAt(i)!
    let next = i + (code > 0xffff ? 2 : 1)
    for (const { name, codes } of byFirst.get(code) ?? NONE) {
      const end = printedEnd(sourceText, i, codes)
      if (end === -1) continue
      out.push({ kind: kindOf.get(name)!, text: name, start: i, end })
      next = end
      break
    }
    i = next
  }
  return out
}
