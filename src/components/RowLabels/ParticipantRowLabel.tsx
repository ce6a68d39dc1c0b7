'use client'
/**
 * A participant row of an event, labelled by the person's name and role (张三 · 主持). The
 * row holds only the person's id, so the name is read once over REST (one small request
 * per row shown, `select` name only).
 */
import { useConfig, useRowLabel, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

type ParticipantRow = { person?: number | string | { id: number | string; name?: string } | null; role?: string | null }

const ROLE_WORDS: Record<string, { zh: string; en: string }> = {
  chair: { zh: '主持', en: 'chair' },
  attendee: { zh: '参加', en: 'attendee' },
  speaker: { zh: '讲话', en: 'speaker' },
  organizer: { zh: '组织', en: 'organizer' },
  other: { zh: '其他', en: 'other' },
}

export function ParticipantRowLabel() {
  const { data, rowNumber } = useRowLabel<ParticipantRow>()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const person = data?.person
  const id = person && typeof person === 'object' ? person.id : person
  const [name, setName] = useState<string | null>(person && typeof person === 'object' ? (person.name ?? null) : null)

  useEffect(() => {
    if (id === null || id === undefined || id === '') return
    const controller = new AbortController()
    const url = `${config.serverURL ?? ''}${config.routes.api}/people/${encodeURIComponent(String(id))}?depth=0&select[name]=true`
    fetch(url, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? response.json() : null))
      .then((doc: { name?: string } | null) => setName(doc?.name ?? null))
      .catch(() => undefined) // aborted or offline: the number stays as the label
    return () => controller.abort()
  }, [id, config.serverURL, config.routes.api])

  const role = data?.role ? ROLE_WORDS[data.role]?.[i18n.language === 'zh' ? 'zh' : 'en'] : null
  if (!name) return <span>{String((rowNumber ?? 0) + 1).padStart(2, '0')}</span>
  return <span>{role ? `${name} · ${role}` : name}</span>
}
