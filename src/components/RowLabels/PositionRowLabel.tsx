'use client'
/** A position row of a person, labelled by its title (市委书记 · 2021-08-31), not by its number. */
import { useRowLabel } from '@payloadcms/ui'
import React from 'react'

type PositionRow = { title?: string | null; organization?: string | null; asOf?: string | null }

export function PositionRowLabel() {
  const { data, rowNumber } = useRowLabel<PositionRow>()
  const parts = [data?.organization, data?.title].filter(Boolean).join(' ')
  const day = typeof data?.asOf === 'string' ? data.asOf.slice(0, 10) : null
  return <span>{parts ? [parts, day].filter(Boolean).join(' · ') : String((rowNumber ?? 0) + 1).padStart(2, '0')}</span>
}
