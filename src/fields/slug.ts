import type { TextField } from 'payload'

/**
 * The URL slug: unique and indexed. Collections fill it in a beforeValidate hook when an
 * editor leaves it empty, so the field itself only carries the storage rules.
 */
export function slugField(overrides: Partial<TextField> = {}): TextField {
  return {
    name: 'slug',
    type: 'text',
    label: { en: 'Slug', zh: '网址标识' },
    unique: true,
    index: true,
    admin: { position: 'sidebar', description: { en: 'Left empty, it is derived from the issue date and position.', zh: '留空时按出版日期和版内位置自动生成。' } },
    ...overrides,
  } as TextField
}
