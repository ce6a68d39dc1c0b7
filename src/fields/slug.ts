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
    admin: { position: 'sidebar', description: { en: 'Left empty, it is made from the issue date and the title in pinyin; fixed once published.', zh: '留空时按出版日期和标题拼音自动生成；发布后不再改变。' } },
    ...overrides,
  } as TextField
}
