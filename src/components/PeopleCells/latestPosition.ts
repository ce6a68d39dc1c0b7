/** The position a person was last seen in: the latest `asOf` day; among equal days, the row added last. Pure. */
export type PositionLike = { title?: string | null; organization?: string | null; asOf?: string | null }

export function latestPosition<T extends PositionLike>(positions: readonly T[] | null | undefined): T | null {
  let best: T | null = null
  let bestDay = ''
  for (const position of positions ?? []) {
    if (!position?.title) continue
    const day = typeof position.asOf === 'string' ? position.asOf.slice(0, 10) : ''
    if (best === null || day >= bestDay) {
      best = position
      bestDay = day
    }
  }
  return best
}
