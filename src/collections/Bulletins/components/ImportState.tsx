'use client'
/**
 * The bulletin's import, as an editor sees it: the job's state (polled while queued or
 * importing), then the report (created / updated / unchanged per collection, conflicts with
 * their fields, the parser's warnings, links to the articles), and "publish this page".
 * Plain markup: no code editor or anything else loaded from the internet.
 */
import { useDocumentInfo, useForm, useTranslation } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'
import { syncFormWithBulletin } from './syncForm'

type Counts = { articles: number; people: number; events: number }
type Report = {
  status: string
  error: string | null
  created: Counts
  updated: Counts
  unchanged: Counts
  skipped: Counts
  conflicts: Array<{ collection: string; id: string; fields: string[] }>
  warnings: string[]
}
type Bulletin = {
  importStatus?: string | null
  importResult?: Report | null
  articles?: Array<number | string>
  importedAt?: string | null
  publication?: string | null
  issueDate?: string | null
  page?: string | null
}
type Headline = { id: number | string; title?: string | null }

const TEXT = {
  en: {
    queued: 'Queued', importing: 'Importing…', imported: 'Imported', failed: 'Failed', none: 'Not imported',
    created: 'Created', updated: 'Updated', unchanged: 'Unchanged', skipped: 'Skipped (deleted by an editor)',
    articles: 'articles', people: 'people', events: 'events', conflicts: 'Kept editors\' changes', warnings: 'Parser warnings',
    publish: 'Publish this page', publishing: 'Publishing…', published: (n: number) => `${n} article(s) published.`, links: 'Articles',
  },
  zh: {
    queued: '排队中', importing: '导入中…', imported: '已导入', failed: '导入失败', none: '未导入',
    created: '新建', updated: '更新', unchanged: '未变', skipped: '跳过（编辑已删除）',
    articles: '文章', people: '人物', events: '事件', conflicts: '保留了编辑的修改', warnings: '解析提示',
    publish: '发布本版', publishing: '发布中…', published: (n: number) => `已发布 ${n} 篇文章。`, links: '文章',
  },
}

const triple = (counts: Counts, t: (typeof TEXT)['en']) => `${counts.articles} ${t.articles} · ${counts.people} ${t.people} · ${counts.events} ${t.events}`

export function ImportState() {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const t = i18n.language === 'zh' ? TEXT.zh : TEXT.en
  const [bulletin, setBulletin] = useState<Bulletin | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [headlines, setHeadlines] = useState<Map<string, string>>(new Map())
  const { dispatchFields, getField } = useForm()

  const load = useCallback(async () => {
    if (!id) return
    const response = await fetch(`/api/bulletins/${id}?depth=0`, { credentials: 'include' })
    if (!response.ok) return
    const loaded = (await response.json()) as Bulletin
    setBulletin(loaded)
    // The form was rendered from the bulletin as it was when the page opened (queued, no
    // articles yet): bring its sidebar status and the fields the import filled up to date.
    syncFormWithBulletin(loaded, { dispatchFields, getField })
  }, [id, dispatchFields, getField])

  // The articles' headlines for the links (drafts included: an import writes drafts).
  const articleIds = (bulletin?.articles ?? []).map(String).join(',')
  useEffect(() => {
    if (!articleIds) return
    const ids = articleIds.split(',')
    const query = `where[id][in]=${encodeURIComponent(articleIds)}&select[title]=true&depth=0&draft=true&limit=${ids.length}`
    void fetch(`/api/articles?${query}`, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : { docs: [] }))
      .then((body: { docs?: Headline[] }) => setHeadlines(new Map((body.docs ?? []).map((doc) => [String(doc.id), doc.title ?? '']))))
      .catch(() => undefined)
  }, [articleIds])

  useEffect(() => {
    void load()
  }, [load])
  const pending = bulletin?.importStatus === 'queued' || bulletin?.importStatus === 'importing'
  useEffect(() => {
    if (!pending) return
    const timer = setInterval(() => void load(), 2_000)
    return () => clearInterval(timer)
  }, [pending, load])

  if (!id) return null
  const status = bulletin?.importStatus ?? null
  const report = bulletin?.importResult ?? null

  const publish = async () => {
    setBusy(true)
    setMessage(null)
    const response = await fetch(`/api/bulletins/${id}/publish`, { method: 'POST', credentials: 'include' })
    const body = (await response.json().catch(() => ({}))) as { published?: unknown[]; errors?: Array<{ message: string }> }
    setMessage(response.ok ? t.published(body.published?.length ?? 0) : (body.errors?.[0]?.message ?? String(response.status)))
    setBusy(false)
  }

  return (
    <div className="field-type bulletin-import-state" style={{ marginBottom: 'var(--base)' }}>
      <p>
        <strong>{status ? t[status as 'queued'] ?? status : t.none}</strong>
      </p>
      {report?.error ? <p role="alert">{report.error}</p> : null}
      {report && report.status !== 'failed' ? (
        <ul>
          <li>{t.created}: {triple(report.created, t)}</li>
          <li>{t.updated}: {triple(report.updated, t)}</li>
          <li>{t.unchanged}: {triple(report.unchanged, t)}</li>
          {Object.values(report.skipped).some(Boolean) ? <li>{t.skipped}: {triple(report.skipped, t)}</li> : null}
        </ul>
      ) : null}
      {report?.conflicts.length ? (
        <>
          <p>{t.conflicts}</p>
          <ul>
            {report.conflicts.map((conflict) => (
              <li key={`${conflict.collection}:${conflict.id}`}>
                <a href={`/admin/collections/${conflict.collection}/${conflict.id}`}>{conflict.collection} {conflict.id}</a>: {conflict.fields.join(', ')}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {report?.warnings.length ? (
        <>
          <p>{t.warnings}</p>
          <ul>
            {report.warnings.map((warning, index) => (
              <li key={index}>{warning}</li>
            ))}
          </ul>
        </>
      ) : null}
      {bulletin?.articles?.length ? (
        <>
          <p>{t.links}</p>
          <ol className="bulletin-import-state__articles">
            {bulletin.articles.map((article) => (
              <li key={String(article)}>
                <a href={`/admin/collections/articles/${article}`}>{headlines.get(String(article)) || `#${String(article)}`}</a>
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {status === 'imported' ? (
        <button type="button" className="btn btn--style-primary btn--size-small" disabled={busy} onClick={() => void publish()}>
          {busy ? t.publishing : t.publish}
        </button>
      ) : null}
      {message ? <p role="status">{message}</p> : null}
    </div>
  )
}
