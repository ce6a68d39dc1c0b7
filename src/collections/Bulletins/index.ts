import type { CollectionConfig } from 'payload'
import { admins } from '../../access/admins'
import { authenticated } from '../../access/authenticated'
import { dayDateField } from '../../fields/dayDate'
import { capListLimits } from '../../limits/capListLimits'

/** One imported page file ("bulletin"): what was imported from it, and whether it succeeded. */
export const Bulletins: CollectionConfig<'bulletins'> = {
  slug: 'bulletins',
  labels: {
    singular: { en: 'Bulletin', zh: '版面' },
    plural: { en: 'Bulletins', zh: '版面' },
  },
  admin: {
    useAsTitle: 'source',
    defaultColumns: ['source', 'publication', 'issueDate', 'status', 'importedAt'],
    group: { en: 'Import', zh: '导入' },
  },
  // Written by the importer, never edited side by side in the admin: no edit locks, so
  // every importer write skips Payload's per-update lock cleanup query.
  lockDocuments: false,
  hooks: { beforeOperation: [capListLimits] },
  access: {
    read: authenticated,
    create: admins,
    update: admins,
    delete: admins,
  },
  fields: [
    {
      name: 'sha256',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { en: 'SHA-256', zh: 'SHA-256' },
    },
    { name: 'source', type: 'text', label: { en: 'File name', zh: '文件名' } },
    { name: 'publication', type: 'text', label: { en: 'Publication', zh: '报纸' } },
    dayDateField({ name: 'issueDate', label: { en: 'Issue date', zh: '出版日期' } }),
    {
      name: 'importedAt',
      type: 'date',
      label: { en: 'Imported at', zh: '导入时间' },
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'articles',
      type: 'relationship',
      relationTo: 'articles',
      hasMany: true,
      label: { en: 'Articles', zh: '文章' },
    },
    {
      name: 'status',
      type: 'select',
      label: { en: 'Status', zh: '状态' },
      options: [
        { value: 'imported', label: { en: 'Imported', zh: '已导入' } },
        { value: 'failed', label: { en: 'Failed', zh: '失败' } },
      ],
    },
  ],
}
