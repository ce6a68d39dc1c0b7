import type { CollectionConfig } from 'payload'
import { admins } from '../../access/admins'
import { hasRole } from '../../access/roles'
import { readOnlyJsonField } from '../../fields/readOnlyJson'
import { capListLimits } from '../../limits/capListLimits'

/**
 * Importer provenance: one row per imported record, keyed by the importer's stable key,
 * remembering what it last wrote so a re-import can tell an editor's change from its own.
 * The importer reads and writes it through the Local API with access overridden; over
 * REST, GraphQL and the admin only admins see it (import keys and digests are internals
 * an editor has no use for, and they name drafts).
 */
export const ImportRecords: CollectionConfig<'import-records'> = {
  slug: 'import-records',
  labels: {
    singular: { en: 'Import record', zh: '导入记录' },
    plural: { en: 'Import records', zh: '导入记录' },
  },
  admin: {
    useAsTitle: 'key',
    defaultColumns: ['key', 'collection', 'docId', 'updatedAt'],
    group: { en: 'Import', zh: '导入' },
    hidden: ({ user }) => !hasRole(user, 'admin'),
  },
  // Written by the importer, never edited side by side in the admin: no edit locks, so
  // every importer write skips Payload's per-update lock cleanup query.
  lockDocuments: false,
  hooks: { beforeOperation: [capListLimits] },
  access: {
    read: admins,
    create: admins,
    update: admins,
    delete: admins,
  },
  fields: [
    {
      name: 'collection',
      type: 'select',
      required: true,
      label: { en: 'Collection', zh: '集合' },
      options: [
        { value: 'articles', label: { en: 'Articles', zh: '文章' } },
        { value: 'people', label: { en: 'People', zh: '人物' } },
        { value: 'events', label: { en: 'Events', zh: '事件' } },
      ],
    },
    {
      name: 'key',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { en: 'Import key', zh: '导入键' },
    },
    { name: 'docId', type: 'text', label: { en: 'Document ID', zh: '文档 ID' } },
    readOnlyJsonField({ name: 'written', label: { en: 'Last written by the importer', zh: '导入器上次写入的内容' } }),
    { name: 'bulletin', type: 'text', label: { en: 'Page SHA-256', zh: '版面 SHA-256' } },
  ],
}
