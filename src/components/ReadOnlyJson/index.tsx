'use client'
/**
 * A JSON field shown as formatted, read-only text. Payload's own JSON field edits in
 * Monaco, which @monaco-editor/loader fetches from a CDN (cdn.jsdelivr.net) at run time:
 * on a newsroom intranet with no internet the field never loads. The values we keep in
 * JSON fields are written by the importer, not by hand, so reading is all editors need.
 */
import { FieldDescription, FieldLabel, useField } from '@payloadcms/ui'
import type { JSONFieldClientComponent } from 'payload'
import React from 'react'

export const ReadOnlyJson: JSONFieldClientComponent = ({ field, path }) => {
  const { value } = useField<unknown>({ potentiallyStalePath: path })
  const empty = value === null || value === undefined || (Array.isArray(value) && value.length === 0)
  return (
    <div className="field-type read-only-json" data-testid={`read-only-json-${path}`} style={{ marginBottom: 'var(--base)' }}>
      <FieldLabel label={field.label} path={path} />
      {empty ? (
        <p style={{ margin: 0, color: 'var(--theme-elevation-500)' }}>—</p>
      ) : (
        <pre
          style={{
            margin: 0,
            maxHeight: '24rem',
            overflow: 'auto',
            padding: 'calc(var(--base) / 2)',
            border: '1px solid var(--theme-elevation-150)',
            borderRadius: 'var(--style-radius-s)',
            background: 'var(--theme-elevation-50)',
            fontSize: '0.85em',
            whiteSpace: 'pre-wrap',
            wordBreak: 'break-word',
          }}
        >
          {JSON.stringify(value, null, 2)}
        </pre>
      )}
      {field.admin?.description ? <FieldDescription description={field.admin.description} path={path} /> : null}
    </div>
  )
}
