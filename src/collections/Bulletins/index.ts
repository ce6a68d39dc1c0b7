import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { admins } from '../../access/admins'
import { authenticated } from '../../access/authenticated'
import { editorsOrAdmins } from '../../access/editorsOrAdmins'
import { dayDateField } from '../../fields/dayDate'
import { capListLimits } from '../../limits/capListLimits'
import { publishPageEndpoint } from './endpoints/publishPage'
import { queueImport } from './hooks/queueImport'
import { takePageFile } from './hooks/takePageFile'

/**
 * Where uploaded page files are kept on the web server's disk (git-ignored under data/):
 * for downloading the original. Import jobs read the copy in the database (`pageBytes`),
 * so workers on other machines need no shared disk.
 */
export const BULLETIN_UPLOAD_DIR = path.resolve(process.env.BULLETIN_UPLOAD_DIR || 'data/uploads/bulletins')

/**
 * One page file ("bulletin"): uploaded by an editor (admin or `POST /api/bulletins`), queued
 * with `npm run import -- --queue`, or written by the import CLI. Saving a page file queues
 * its import as a job (`importPage`, src/jobs/); the job's state and report are stored here.
 */
export const Bulletins: CollectionConfig<'bulletins'> = {
  slug: 'bulletins',
  labels: {
    singular: { en: 'Bulletin', zh: '版面' },
    plural: { en: 'Bulletins', zh: '版面' },
  },
  admin: {
    useAsTitle: 'source',
    defaultColumns: ['source', 'publication', 'issueDate', 'page', 'importStatus', 'importedAt'],
    group: { en: 'Import', zh: '导入' },
  },
  upload: {
    staticDir: BULLETIN_UPLOAD_DIR,
    // Any encoding the parser decodes (UTF-8, GB18030/GBK, UTF-16) is still text/plain.
    mimeTypes: ['text/plain'],
    // The import CLI writes a row per page without a file.
    filesRequiredOnCreate: false,
  },
  // Written by the importer, never edited side by side in the admin: no edit locks, so
  // every importer write skips Payload's per-update lock cleanup query.
  lockDocuments: false,
  hooks: { beforeOperation: [capListLimits], beforeChange: [takePageFile], afterChange: [queueImport] },
  endpoints: [publishPageEndpoint],
  access: {
    read: authenticated,
    create: editorsOrAdmins,
    update: editorsOrAdmins,
    delete: admins,
  },
  fields: [
    {
      name: 'importState',
      type: 'ui',
      label: { en: 'Import', zh: '导入' },
      admin: { components: { Field: '/src/collections/Bulletins/components/ImportState#ImportState' } },
    },
    { name: 'publication', type: 'text', label: { en: 'Publication', zh: '报纸' } },
    dayDateField({ name: 'issueDate', label: { en: 'Issue date', zh: '出版日期' } }),
    { name: 'page', type: 'text', label: { en: 'Page', zh: '版次' } },
    {
      name: 'sha256',
      type: 'text',
      unique: true,
      index: true,
      label: { en: 'SHA-256', zh: 'SHA-256' },
      admin: { hidden: true },
    },
    { name: 'source', type: 'text', label: { en: 'File name', zh: '文件名' }, admin: { readOnly: true } },
    {
      name: 'importStatus',
      type: 'select',
      label: { en: 'Import status', zh: '导入状态' },
      admin: { readOnly: true, position: 'sidebar' },
      options: [
        { value: 'queued', label: { en: 'Queued', zh: '排队中' } },
        { value: 'importing', label: { en: 'Importing', zh: '导入中' } },
        { value: 'imported', label: { en: 'Imported', zh: '已导入' } },
        { value: 'failed', label: { en: 'Failed', zh: '失败' } },
      ],
    },
    {
      name: 'importedAt',
      type: 'date',
      label: { en: 'Imported at', zh: '导入时间' },
      admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      // The same JSON as one file of `npm run import -- --json`; shown by ImportState.
      name: 'importResult',
      type: 'json',
      label: { en: 'Import result', zh: '导入结果' },
      admin: { hidden: true },
    },
    {
      // The publication and issue date the page was last imported under, while an editor's
      // correction of them waits for its re-import (read by the importer, then cleared).
      name: 'importedUnder',
      type: 'json',
      admin: { hidden: true },
    },
    {
      name: 'articles',
      type: 'relationship',
      relationTo: 'articles',
      hasMany: true,
      label: { en: 'Articles', zh: '文章' },
      admin: { readOnly: true },
    },
    {
      // The page's bytes (base64), read by import jobs on any machine. Hidden from every
      // API response (only the Local API with showHiddenFields sees it).
      name: 'pageBytes',
      type: 'textarea',
      hidden: true,
    },
  ],
}
