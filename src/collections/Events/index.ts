import type { CollectionConfig } from 'payload'
import { authenticatedOrReportedInPublished } from '../../access/authenticatedOrReportedInPublished'
import { editorsOrAdmins } from '../../access/editorsOrAdmins'
import { dayDateField } from '../../fields/dayDate'
import { capListLimits } from '../../limits/capListLimits'

/** Something that happened (a meeting, an inspection…), with who took part and in what role. */
export const Events: CollectionConfig<'events'> = {
  slug: 'events',
  labels: {
    singular: { en: 'Event', zh: '事件' },
    plural: { en: 'Events', zh: '事件' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'type', 'startDate', 'locations'],
    group: { en: 'Content', zh: '内容' },
  },
  access: {
    // Anonymous readers: only events a published article reports (README, "Reading the content").
    read: authenticatedOrReportedInPublished,
    create: editorsOrAdmins,
    update: editorsOrAdmins,
    delete: editorsOrAdmins,
  },
  hooks: { beforeOperation: [capListLimits] },
  fields: [
    { name: 'title', type: 'text', required: true, label: { en: 'Title', zh: '名称' } },
    {
      name: 'type',
      type: 'select',
      label: { en: 'Type', zh: '类型' },
      options: [
        { value: 'meeting', label: { en: 'Meeting', zh: '会议' } },
        { value: 'inspection', label: { en: 'Inspection', zh: '调研/检查' } },
        { value: 'launch', label: { en: 'Launch', zh: '启动/活动' } },
        { value: 'exhibition', label: { en: 'Exhibition', zh: '展览' } },
        { value: 'ceremony', label: { en: 'Ceremony', zh: '仪式' } },
        { value: 'visit', label: { en: 'Visit', zh: '访问' } },
        { value: 'other', label: { en: 'Other', zh: '其他' } },
      ],
    },
    dayDateField({ name: 'startDate', label: { en: 'Start date', zh: '开始日期' }, index: true }),
    dayDateField({ name: 'endDate', label: { en: 'End date', zh: '结束日期' } }),
    {
      name: 'timeOfDay',
      type: 'select',
      label: { en: 'Time of day', zh: '时段' },
      options: [
        { value: 'morning', label: { en: 'Morning', zh: '上午' } },
        { value: 'afternoon', label: { en: 'Afternoon', zh: '下午' } },
        { value: 'evening', label: { en: 'Evening', zh: '晚上' } },
      ],
    },
    {
      name: 'time',
      type: 'text',
      label: { en: 'Time (HH:MM)', zh: '时间（时:分）' },
      validate: (value: string | null | undefined) =>
        !value || /^([01]\d|2[0-3]):[0-5]\d$/.test(value) || 'HH:MM, e.g. 22:00',
    },
    {
      name: 'timeApproximate',
      type: 'checkbox',
      label: { en: 'Time is approximate', zh: '时间为约数' },
    },
    { name: 'locations', type: 'text', hasMany: true, label: { en: 'Locations', zh: '地点' } },
    { name: 'organizers', type: 'text', hasMany: true, label: { en: 'Organizers', zh: '主办/承办' } },
    {
      name: 'participants',
      type: 'array',
      label: { en: 'Participants', zh: '参加人员' },
      labels: {
        singular: { en: 'Participant', zh: '参加人员' },
        plural: { en: 'Participants', zh: '参加人员' },
      },
      admin: { components: { RowLabel: '/src/components/RowLabels/ParticipantRowLabel#ParticipantRowLabel' } },
      fields: [
        {
          name: 'person',
          type: 'relationship',
          relationTo: 'people',
          required: true,
          label: { en: 'Person', zh: '人物' },
        },
        {
          name: 'role',
          type: 'select',
          label: { en: 'Role', zh: '角色' },
          options: [
            { value: 'chair', label: { en: 'Chair', zh: '主持' } },
            { value: 'attendee', label: { en: 'Attendee', zh: '参加' } },
            { value: 'speaker', label: { en: 'Speaker', zh: '讲话' } },
            { value: 'organizer', label: { en: 'Organizer', zh: '组织' } },
            { value: 'other', label: { en: 'Other', zh: '其他' } },
          ],
        },
      ],
    },
    {
      name: 'articles',
      type: 'join',
      collection: 'articles',
      on: 'events',
      label: { en: 'Reported in articles', zh: '相关报道' },
      admin: { defaultColumns: ['title', 'issueDate', '_status'] },
    },
  ],
}
