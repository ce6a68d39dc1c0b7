'use client'
/**
 * On a person's edit page: find the duplicate records of this person by name, tick them and
 * merge them into this one (POST /api/people/merge). The page's server data is then
 * refreshed in place (router.refresh: the form takes the new aliases, the reverse links the
 * re-pointed articles and events) instead of a full reload. A merge rewrites this record on
 * the server, so it waits until the editor's unsaved changes are saved: they are never lost.
 */
import { Button, CheckboxInput, useConfig, useDocumentInfo, useFormModified, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

type Found = { id: number | string; name: string }

const TEXT = {
  zh: { title: '合并重复人物', search: '按姓名查找重复记录', find: '查找', merge: '合并到此人物', none: '未找到其他记录', confirm: '所选记录将并入此人物并被删除，确定？', done: '已合并', unsaved: '请先保存本页的修改，再合并。' },
  en: { title: 'Merge duplicates', search: 'Find duplicate records by name', find: 'Find', merge: 'Merge into this person', none: 'No other record found', confirm: 'The selected records will be merged into this person and deleted. Continue?', done: 'Merged', unsaved: 'Save your changes to this page before merging.' },
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
  const modified = useFormModified()
  const router = useRouter()
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
    setFound(null)
    setPicked(new Set())
    router.refresh()
  }

  const toggle = (key: string) => {
    const next = new Set(picked)
    if (!next.delete(key)) next.add(key)
    setPicked(next)
  }

  return (
    <div className="merge-people" style={{ marginBottom: 'var(--base)' }}>
      <h4>{text.title}</h4>
      {/* Payload's own text-field markup, so the box looks like every other input. */}
      <div className="field-type text" style={{ display: 'flex', gap: 'calc(var(--base) / 2)', alignItems: 'center' }}>
        <div className="field-type__wrap" style={{ flex: 1 }}>
          <input
            type="text"
            aria-label={text.search}
            placeholder={text.search}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && query.trim()) {
                event.preventDefault() // not the form's submit
                void find()
              }
            }}
          />
        </div>
        <Button buttonStyle="secondary" size="small" margin={false} onClick={find} disabled={!query.trim()}>
          {text.find}
        </Button>
      </div>
      {found && found.length === 0 && <p>{text.none}</p>}
      {found?.map((doc) => (
        <CheckboxInput
          key={String(doc.id)}
          id={`merge-people-${String(doc.id)}`}
          label={`${doc.name} (#${String(doc.id)})`}
          checked={picked.has(String(doc.id))}
          onToggle={() => toggle(String(doc.id))}
        />
      ))}
      {found && found.length > 0 && (
        <>
          {modified ? <p role="note">{text.unsaved}</p> : null}
          <Button buttonStyle="primary" size="small" onClick={merge} disabled={picked.size === 0 || modified}>
            {text.merge}
          </Button>
        </>
      )}
      {message && <p role="status">{message}</p>}
    </div>
  )
}
