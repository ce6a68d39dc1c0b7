'use client'
/** People list column 职务: the latest title a person was seen with (see latestPosition). */
import type { DefaultCellComponentProps } from 'payload'
import React from 'react'
import { latestPosition, type PositionLike } from './latestPosition'

export function LatestTitleCell({ rowData }: DefaultCellComponentProps) {
  const latest = latestPosition(rowData?.positions as PositionLike[] | undefined)
  if (!latest) return <span>—</span>
  return <span>{[latest.organization, latest.title].filter(Boolean).join(' ')}</span>
}
