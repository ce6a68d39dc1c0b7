import type { JSONField } from 'payload'

/** Where the read-only JSON view lives, for `admin.components.Field` (see its comment). */
export const READ_ONLY_JSON_COMPONENT = '/src/components/ReadOnlyJson#ReadOnlyJson'

type ReadOnlyJsonOptions = Omit<JSONField, 'type'>

/**
 * A JSON field the admin shows read-only, as formatted text, instead of Payload's Monaco
 * editor (loaded from a CDN, so it fails offline). Every json field of ours goes through here.
 */
export function readOnlyJsonField(options: ReadOnlyJsonOptions): JSONField {
  return {
    ...options,
    type: 'json',
    admin: {
      ...options.admin,
      readOnly: true,
      components: { ...options.admin?.components, Field: READ_ONLY_JSON_COMPONENT },
    },
  } as JSONField
}
