'use client'
/**
 * A day field whose picker input reads in the admin's language (2024年3月12日 星期二 in
 * Chinese). Payload's DatePicker registers react-datepicker's locale only in an effect
 * after its first render, from a date-fns locale the translation provider loads later
 * still, so the input is formatted in English and never redrawn. Here the locales are
 * registered when the module loads and each picker is handed its locale by name
 * (react-datepicker's `locale` prop, via Payload's `overrides`): no global default is set,
 * which server rendering would share between an English and a Chinese request.
 */
import { DateTimeField, useTranslation } from '@payloadcms/ui'
import { enUS } from 'date-fns/locale/en-US'
import { zhCN } from 'date-fns/locale/zh-CN'
import type { DateFieldClientComponent } from 'payload'
import React, { useMemo } from 'react'
import { registerLocale } from 'react-datepicker'

// The names Payload's own DatePicker registers them under (getFormattedLocale).
registerLocale('enUS', enUS)
registerLocale('zhCN', zhCN)

/** The react-datepicker locale name for an admin language. */
export const pickerLocale = (language: string): string => (language === 'zh' ? 'zhCN' : 'enUS')

export const DayDateField: DateFieldClientComponent = (props) => {
  const { i18n } = useTranslation()
  const locale = pickerLocale(i18n.language)
  const { field } = props
  const localized = useMemo(() => {
    // Payload's date options are a union by picker appearance; only `overrides` changes here.
    const date = (field.admin?.date ?? {}) as { overrides?: Record<string, unknown> }
    return { ...field, admin: { ...field.admin, date: { ...date, overrides: { ...date.overrides, locale } } } } as typeof field
  }, [field, locale])
  return <DateTimeField {...props} field={localized} />
}
