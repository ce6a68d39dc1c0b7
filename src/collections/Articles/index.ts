import type { CollectionConfig } from 'payload'
import { authenticatedOrPublished } from '../../access/authenticatedOrPublished'
import { editorsOrAdmins } from '../../access/editorsOrAdmins'
import { dayDateField } from '../../fields/dayDate'
import { readOnlyJsonField } from '../../fields/readOnlyJson'
import { slugField } from '../../fields/slug'
import { capListLimits } from '../../limits/capListLimits'
import { copyBodyText } from './hooks/copyBodyText'
import { deriveSlug } from './hooks/deriveSlug'

/** Provenance is the importer's record of the page: nobody edits it in the admin. */
const provenance = { readOnly: true, disableBulkEdit: true } as const

/**
 * A newspaper article. Imported articles arrive as drafts (versions + drafts), so
 * anonymous readers only ever see what an editor published.
 */
export const Articles: CollectionConfig<'articles'> = {
  slug: 'articles',
  labels: {
    singular: { en: 'Article', zh: '文章' },
    plural: { en: 'Articles', zh: '文章' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'publication', 'issueDate', 'page', 'reporters', '_status'],
    // The list's search box: Chinese substrings (`like`) of the headlines, the body's plain
    // copy and the reporters' names (a query through the relationship, always current).
    listSearchableFields: ['title', 'kicker', 'subtitle', 'bodyText', 'reporters.name'],
    group: { en: 'Content', zh: '内容' },
  },
  access: {
    read: authenticatedOrPublished,
    create: editorsOrAdmins,
    update: editorsOrAdmins,
    delete: editorsOrAdmins,
  },
  // Every revision is kept (maxPerDoc 0): a paper's corrections history is part of the
  // record. It also spares each save Payload's pruning query (about 2 ms of an 8 ms create
  // here, measured with the importer's Local API calls).
  versions: { drafts: true, maxPerDoc: 0 },
  hooks: { beforeOperation: [capListLimits], beforeValidate: [deriveSlug], beforeChange: [copyBodyText] },
  fields: [
    { name: 'kicker', type: 'text', label: { en: 'Kicker', zh: '引题' } },
    { name: 'title', type: 'text', required: true, label: { en: 'Title', zh: '主题' } },
    { name: 'subtitle', type: 'text', label: { en: 'Subtitle', zh: '副题' } },
    slugField(),
    { name: 'dateline', type: 'text', label: { en: 'Dateline', zh: '电头' } },
    {
      name: 'reporters',
      type: 'relationship',
      relationTo: 'people',
      hasMany: true,
      label: { en: 'Reporters', zh: '记者' },
    },
    { name: 'body', type: 'richText', label: { en: 'Body', zh: '正文' } },
    {
      name: 'bodyText',
      type: 'textarea',
      label: { en: 'Body as plain text', zh: '正文（纯文本）' },
      // Kept by the copyBodyText hook for search; never edited by hand.
      admin: { hidden: true, readOnly: true, disableBulkEdit: true },
    },
    { name: 'excerpt', type: 'textarea', label: { en: 'Excerpt', zh: '摘要' } },
    {
      name: 'publication',
      type: 'text',
      label: { en: 'Publication', zh: '报纸' },
      admin: { position: 'sidebar' },
    },
    dayDateField({
      name: 'issueDate',
      label: { en: 'Issue date', zh: '出版日期' },
      index: true,
      admin: { position: 'sidebar' },
    }),
    { name: 'page', type: 'text', label: { en: 'Page', zh: '版次' }, admin: { position: 'sidebar' } },
    {
      name: 'people',
      type: 'relationship',
      relationTo: 'people',
      hasMany: true,
      label: { en: 'People mentioned', zh: '提及人物' },
    },
    { name: 'places', type: 'text', hasMany: true, label: { en: 'Places', zh: '地点' } },
    {
      name: 'events',
      type: 'relationship',
      relationTo: 'events',
      hasMany: true,
      label: { en: 'Events', zh: '事件' },
    },
    {
      name: 'language',
      type: 'select',
      defaultValue: 'zh-CN',
      label: { en: 'Language', zh: '语言' },
      options: [
        { value: 'zh-CN', label: { en: 'Simplified Chinese', zh: '简体中文' } },
        { value: 'zh-TW', label: { en: 'Traditional Chinese', zh: '繁体中文' } },
        { value: 'en', label: { en: 'English', zh: '英文' } },
      ],
      admin: { position: 'sidebar' },
    },
    {
      // The review panel beside the form: the original text with what the parser found.
      name: 'sourceReview',
      type: 'ui',
      label: { en: 'Original text', zh: '原文对照' },
      admin: {
        position: 'sidebar',
        components: { Field: '/src/components/SourceReview#SourceReview' },
        disableListColumn: true,
      },
    },
    {
      name: 'source',
      type: 'group',
      label: { en: 'Source (provenance)', zh: '来源（出处）' },
      admin: {
        position: 'sidebar',
        ...provenance,
        description: {
          en: 'Where the importer found this article; kept so an editor can compare.',
          zh: '导入时的原始出处，便于编辑核对。',
        },
      },
      fields: [
        { name: 'file', type: 'text', label: { en: 'File', zh: '文件' }, admin: provenance },
        { name: 'sha256', type: 'text', label: { en: 'SHA-256 of the file', zh: '文件 SHA-256' }, admin: provenance },
        {
          name: 'position',
          type: 'number',
          label: { en: 'Position on the page (0-based)', zh: '版内位置（从 0 起）' },
          admin: provenance,
        },
        { name: 'line', type: 'number', label: { en: 'Line', zh: '行号' }, admin: provenance },
        {
          name: 'originalText',
          type: 'textarea',
          label: { en: 'Original text', zh: '原文' },
          // Shown, marked up, by the review panel above.
          admin: { ...provenance, hidden: true },
        },
        readOnlyJsonField({
          name: 'mentions',
          label: { en: 'People, places and dates found', zh: '识别出的人物、地点和日期' },
          // Offsets into originalText (src/import/reviewMarks.ts); drawn by the review panel.
          admin: { ...provenance, hidden: true },
        }),
        readOnlyJsonField({
          name: 'warnings',
          label: { en: 'Parser warnings', zh: '解析提示' },
          admin: { ...provenance, hidden: true },
        }),
      ],
    },
  ],
}
