/**
 * People list column 文章数: how many articles name the person (mentioned or as reporter),
 * drafts included, as the newsroom sees them. A server component: one count query per row
 * shown, so the cost is bounded by the page size (capped by src/limits/capListLimits.ts).
 */
import type { DefaultServerCellComponentProps } from 'payload'
import React from 'react'

export async function ArticleCountCell({ payload, rowData }: DefaultServerCellComponentProps) {
  const id = rowData?.id
  if (id === undefined || id === null) return <span>—</span>
  const { totalDocs } = await payload.count({
    collection: 'articles',
    where: { or: [{ people: { equals: id } }, { reporters: { equals: id } }] },
  })
  return <span>{totalDocs}</span>
}
