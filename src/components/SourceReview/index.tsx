'use client'
/**
 * The review panel of the article edit view (a UI field in the sidebar): the article's
 * original text as printed on the page, read-only, with the people, places and dates the
 * parser found marked in it, and the parser's warnings about its lines. It reads the
 * stored provenance (`source.*`) from the form, so it needs no request of its own.
 */
import { useFormFields, useTranslation } from '@payloadcms/ui'
import type { UIFieldClientComponent } from 'payload'
import React from 'react'
import { segmentText, type MarkKind } from './segments'

type Words = {
  heading: string
  none: string
  warnings: string
  line: (n: number) => string
  kinds: Record<MarkKind, string>
}

const WORDS: Record<'zh' | 'en', Words> = {
  zh: {
    heading: '原文对照',
    none: '这篇文章没有导入时的原文。',
    warnings: '解析提示',
    line: (n) => `第 ${n} 行`,
    kinds: { person: '人物', place: '地点', date: '日期' },
  },
  en: {
    heading: 'Original text',
    none: 'This article has no original text from an import.',
    warnings: 'Parser warnings',
    line: (n) => `line ${n}`,
    kinds: { person: 'person', place: 'place', date: 'date' },
  },
}

/** Background colours readable in the light and the dark theme (text keeps the theme's colour). */
const MARK_STYLE: Record<MarkKind, React.CSSProperties> = {
  person: { background: 'rgba(47, 128, 237, 0.28)', borderBottom: '2px solid rgb(47, 128, 237)' },
  place: { background: 'rgba(39, 174, 96, 0.28)', borderBottom: '2px solid rgb(39, 174, 96)' },
  date: { background: 'rgba(242, 153, 74, 0.32)', borderBottom: '2px solid rgb(242, 153, 74)' },
}

type Warning = { code?: string; message?: string; line?: number | null }

export const SourceReview: UIFieldClientComponent = () => {
  const { i18n } = useTranslation()
  const words = WORDS[i18n.language === 'zh' ? 'zh' : 'en']
  const text = useFormFields(([fields]) => fields['source.originalText']?.value) as string | null | undefined
  const mentions = useFormFields(([fields]) => fields['source.mentions']?.value)
  const warnings = useFormFields(([fields]) => fields['source.warnings']?.value) as Warning[] | null | undefined
  const firstLine = useFormFields(([fields]) => fields['source.line']?.value) as number | null | undefined

  return (
    <section className="source-review" data-testid="source-review" style={{ marginBottom: 'var(--base)' }}>
      <h4 style={{ margin: '0 0 calc(var(--base) / 2)' }}>{words.heading}</h4>
      {text ? (
        <>
          <p style={{ margin: '0 0 calc(var(--base) / 2)', fontSize: '0.85em' }}>
            {(Object.keys(MARK_STYLE) as MarkKind[]).map((kind) => (
              <mark key={kind} style={{ ...MARK_STYLE[kind], color: 'inherit', marginRight: '0.75em', padding: '0 0.2em' }}>
                {words.kinds[kind]}
              </mark>
            ))}
            {typeof firstLine === 'number' ? <span>{words.line(firstLine)}</span> : null}
          </p>
          <div
            className="source-review__text"
            lang="zh"
            style={{
              whiteSpace: 'pre-wrap',
              wordBreak: 'break-word',
              lineHeight: 1.7,
              maxHeight: '70vh',
              overflowY: 'auto',
              padding: 'calc(var(--base) / 2)',
              border: '1px solid var(--theme-elevation-150)',
              borderRadius: 'var(--style-radius-s)',
              background: 'var(--theme-elevation-50)',
            }}
          >
            {segmentText(text, mentions).map((segment, index) =>
              segment.mark ? (
                <mark
                  key={index}
                  data-kind={segment.mark.kind}
                  title={[words.kinds[segment.mark.kind], segment.mark.date ?? segment.mark.text].filter(Boolean).join(' · ')}
                  style={{ ...MARK_STYLE[segment.mark.kind], color: 'inherit', padding: 0 }}
                >
                  {segment.text}
                </mark>
              ) : (
                <React.Fragment key={index}>{segment.text}</React.Fragment>
              ),
            )}
          </div>
        </>
      ) : (
        <p>{words.none}</p>
      )}
      {Array.isArray(warnings) && warnings.length > 0 ? (
        <div className="source-review__warnings" data-testid="source-review-warnings" style={{ marginTop: 'calc(var(--base) / 2)' }}>
          <h5 style={{ margin: '0 0 0.25em' }}>{words.warnings}</h5>
          <ul style={{ margin: 0, paddingLeft: '1.2em' }}>
            {warnings.map((warning, index) => (
              <li key={index} style={{ color: 'var(--theme-warning-750)' }}>
                {typeof warning.line === 'number' ? `${words.line(warning.line)}：` : ''}
                {warning.message}
                {warning.code ? <code style={{ marginLeft: '0.4em', fontSize: '0.85em' }}>{warning.code}</code> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  )
}
