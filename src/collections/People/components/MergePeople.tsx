'use client'
/**
 * On a person's edit page: find the duplicate records of this person by name, tick them and
 * merge them into this one (POST /api/people/merge). A reload shows the result: the other
 * names appear under aliases, the re-pointed articles and events in the reverse links.
 */
import { Button, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'

type Found = { id: number | string; name: string }

const TEXT = {
  zh: { title: '合并重复人物', search: '按姓名查找重复记录', find: '查找', merge: '合并到此人物', none: '未找到其他记录', confirm: '所选记录将并入此人物并被删除，确定？', done: '已合并' },
  en: { title: 'Merge duplicates', search: 'Find duplicate records by name', find: 'Find', merge: 'Merge into this person', none: 'No other record found', confirm: 'The selected records will be merged into this person and deleted. Continue?', done: 'Merged' },
}

export function MergePeople() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const text = i18n.language === 'zh' ? TEXT.zh : TEXT.en
  const api = `${config.serverURL}${config.routes.api}`
  const [query, setQuery] = useState('')
  const [found, setFound] = useState<Found[] | null>(null)
  const [picked, setPicked] = useState<Set<string>>(new Set())
  const [message, setMessage] = useState<string | null>(null)
  if (!id) return null

  const find = async () => {
    const params = new URLSearchParams({ 'where[name][like]': query.trim(), 'where[id][not_equals]': String(id), limit: '20', depth: '0' })
    const response = await fetch(`${api}/people?${params}`, { credentials: 'include' })
    const body = await response.json()
    setFound((body.docs ?? []).map((doc: Found) => ({ id: doc.id, name: doc.name })))
    setPicked(new Set())
  }
  const merge = async () => {
    if (!window.confirm(text.confirm)) return
    const merge = (found ?? []).filter((doc) => picked.has(String(doc.id))).map((doc) => doc.id)
    const response = await fetch(`${api}/people/merge`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ keep: id, merge }),
    })
    const body = await response.json()
    if (!response.ok) return setMessage(body.errors?.[0]?.message ?? String(response.status))
    setMessage(`${text.done}: ${body.aliases.join('、')}`)
    window.location.reload()
  }

  return (
    <div style={{ marginBottom: 'var(--base)' }}>
      <h4>{text.title}</h4>
      <input aria-label={text.search} placeholder={text.search} value={query} onChange={(event) => setQuery(event.target.value)} />
      <Button buttonStyle="secondary" size="small" onClick={find} disabled={!query.trim()}>
        {text.find}
      </Button>
      {found && found.length === 0 && <p>{text.none}</p>}
      {found?.map((doc) => (
        <label key={String(doc.id)} style={{ display: 'block' }}>
          <input
            type="checkbox"
            checked={picked.has(String(doc.id))}
            onChange={() => {
              const next = new Set(picked)
              if (!next.delete(String(doc.id))) next.add(String(doc.id))
              setPicked(next)
            }}
          />{' '}
          {doc.name} (#{String(doc.id)})
        </label>
      ))}
      {found && found.length > 0 && (
        <Button buttonStyle="primary" size="small" onClick={merge} disabled={picked.size === 0}>
          {text.merge}
        </Button>
      )}
      {message && <p role="status">{message}</p>}
    </div>
  )
}
