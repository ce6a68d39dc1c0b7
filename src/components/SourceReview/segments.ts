/**
 * An article's original text cut into plain and marked pieces for the review view: each
 * mention (person, place, date) becomes one marked piece. Marks that overlap an earlier
 * one, or fall outside the text, are left out rather than breaking the text. Pure.
 */
export type MarkKind = 'person' | 'place' | 'date'

export interface Mark {
  kind: MarkKind
  start: number
  end: number
  /** The name as listed (张昕 for 张 昕) or the date as read (2021-08-30). */
  text?: string
  date?: string | null
}

export type Segment = { text: string; mark: Mark | null }

const KINDS = new Set<string>(['person', 'place', 'date'])

/** The marks that can be drawn: valid kind and offsets, sorted, without overlaps. */
export function drawableMarks(text: string, marks: unknown): Mark[] {
  if (!Array.isArray(marks)) return []
  const valid = marks.filter(
    (mark): mark is Mark =>
      Boolean(mark) &&
      KINDS.has((mark as Mark).kind) &&
      Number.isInteger((mark as Mark).start) &&
      Number.isInteger((mark as Mark).end) &&
      (mark as Mark).start >= 0 &&
      (mark as Mark).start < (mark as Mark).end &&
      (mark as Mark).end <= text.length,
  )
  valid.sort((a, b) => a.start - b.start || b.end - a.end)
  const out: Mark[] = []
  for (const mark of valid) if (!out.length || mark.start >= out[out.length - 1]!.end) out.push(mark)
  return out
}

/** The text as consecutive pieces; joined back, their texts are the text. */
export function segmentText(text: string, marks: unknown): Segment[] {
  const out: Segment[] = []
  let at = 0
  for (const mark of drawableMarks(text, marks)) {
    if (mark.start > at) out.push({ text: text.slice(at, mark.start), mark: null })
    out.push({ text: text.slice(mark.start, mark.end), mark })
    at = mark.end
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at), mark: null })
  return out
}
