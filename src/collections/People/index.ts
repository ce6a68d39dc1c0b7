import type { CollectionConfig } from 'payload'
import { authenticatedOrNamedInPublished } from '../../access/authenticatedOrNamedInPublished'
import { editorsOrAdmins } from '../../access/editorsOrAdmins'
import { dayDateField } from '../../fields/dayDate'
import { capListLimits } from '../../limits/capListLimits'
import { hidePositionsFromDrafts } from './hooks/hidePositionsFromDrafts'
import { mergePeopleEndpoint } from './merge/mergeEndpoint'
import { setNameKey } from './hooks/setNameKey'

/**
 * A person named in the paper. The join fields at the end are read-only reverse links:
 * the admin shows where the person appears without anyone maintaining two lists.
 */
export const People: CollectionConfig<'people'> = {
  slug: 'people',
  labels: {
    singular: { en: 'Person', zh: '人物' },
    plural: { en: 'People', zh: '人物' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'latestTitle', 'articleCount', 'roles'],
    group: { en: 'Content', zh: '内容' },
  },
  access: {
    // Anonymous readers: only people a published article names (README, "Reading the content").
    read: authenticatedOrNamedInPublished,
    create: editorsOrAdmins,
    update: editorsOrAdmins,
    delete: editorsOrAdmins,
  },
  endpoints: [mergePeopleEndpoint],
  hooks: {
    beforeOperation: [capListLimits],
    beforeValidate: [setNameKey],
    afterRead: [hidePositionsFromDrafts],
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: { en: 'Name', zh: '姓名' } },
    {
      name: 'nameKey',
      type: 'text',
      unique: true,
      index: true,
      label: { en: 'Normalised name', zh: '规范化姓名' },
      admin: {
        position: 'sidebar',
        description: {
          en: 'Unique key used to find this person again; filled from the name when empty.',
          zh: '用于识别同一人物的唯一键；留空时由姓名自动生成。',
        },
      },
    },
    {
      name: 'aliases',
      type: 'array',
      label: { en: 'Aliases', zh: '别名' },
      labels: { singular: { en: 'Alias', zh: '别名' }, plural: { en: 'Aliases', zh: '别名' } },
      fields: [{ name: 'name', type: 'text', label: { en: 'Name', zh: '姓名' } }],
    },
    {
      name: 'positions',
      type: 'array',
      label: { en: 'Positions', zh: '职务' },
      labels: { singular: { en: 'Position', zh: '职务' }, plural: { en: 'Positions', zh: '职务' } },
      admin: { components: { RowLabel: '/src/components/RowLabels/PositionRowLabel#PositionRowLabel' } },
      fields: [
        { name: 'title', type: 'text', required: true, label: { en: 'Title', zh: '职务名称' } },
        { name: 'organization', type: 'text', label: { en: 'Organization', zh: '单位' } },
        dayDateField({ name: 'asOf', label: { en: 'As of', zh: '截至日期' } }),
        {
          name: 'article',
          type: 'relationship',
          relationTo: 'articles',
          label: { en: 'Seen in article', zh: '出处文章' },
        },
      ],
    },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      label: { en: 'Roles', zh: '角色' },
      options: [
        { value: 'reporter', label: { en: 'Reporter', zh: '记者' } },
        { value: 'official', label: { en: 'Official', zh: '官员' } },
        { value: 'attendee', label: { en: 'Attendee', zh: '参加者' } },
        { value: 'chair', label: { en: 'Chair', zh: '主持人' } },
        { value: 'speaker', label: { en: 'Speaker', zh: '讲话人' } },
        { value: 'other', label: { en: 'Other', zh: '其他' } },
      ],
    },
    {
      // List column only: the latest title from `positions` (nothing stored, nothing in the form).
      name: 'latestTitle',
      type: 'ui',
      label: { en: 'Latest title', zh: '最新职务' },
      admin: { components: { Cell: '/src/components/PeopleCells/LatestTitleCell#LatestTitleCell' } },
    },
    {
      // List column only: how many articles name the person (counted when the list is shown).
      name: 'articleCount',
      type: 'ui',
      label: { en: 'Articles', zh: '文章数' },
      admin: { components: { Cell: '/src/components/PeopleCells/ArticleCountCell#ArticleCountCell' } },
    },
    {
      // Not stored: the merge action of the edit page (see components/MergePeople.tsx).
      name: 'mergeDuplicates',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '/src/collections/People/components/MergePeople#MergePeople' },
      },
    },
    {
      name: 'mentionedIn',
      type: 'join',
      collection: 'articles',
      on: 'people',
      label: { en: 'Mentioned in articles', zh: '提及该人物的文章' },
      admin: { defaultColumns: ['title', 'issueDate', '_status'] },
    },
    {
      name: 'reported',
      type: 'join',
      collection: 'articles',
      on: 'reporters',
      label: { en: 'Articles reported', zh: '采写的文章' },
      admin: { defaultColumns: ['title', 'issueDate', '_status'] },
    },
    {
      name: 'events',
      type: 'join',
      collection: 'events',
      on: 'participants.person',
      label: { en: 'Events taken part in', zh: '参加的事件' },
      admin: { defaultColumns: ['title', 'startDate', 'type'] },
    },
  ],
}
