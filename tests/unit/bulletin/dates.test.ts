import { describe, expect, test } from '@jest/globals'
import { findDates } from '../../../src/bulletin/dates'

const first = (s: string, issue: string | null = '2021-08-31') => findDates(s, issue)[0]

describe('dates read with chrono and the thin layer', () => {
  test('a year-less date takes the issue year', () => {
    expect(first('8月30日，在收听')).toMatchObject({ start: '2021-08-30', end: null, timeOfDay: null, time: null })
  })
  test('昨日 is the day before the issue date; the comma after it is not part of it', () => {
    expect(first('昨日，市人大')).toMatchObject({ start: '2021-08-30', text: '昨日' })
  })
  test('晚 and 晚上 after a date make it that evening (chrono moves 晚上 to the reference day)', () => {
    expect(first('8月30日晚，省委')).toMatchObject({ start: '2021-08-30', timeOfDay: 'evening' })
    const both = findDates('8月30日晚上，省委', '2021-08-31')
    expect(both).toHaveLength(1)
    expect(both[0]).toMatchObject({ start: '2021-08-30', timeOfDay: 'evening' })
  })
  test('a bare time keeps no date (the caller anchors it), 多 makes it approximate', () => {
    expect(first('晚上10点多，他来到水库')).toMatchObject({ start: null, time: '22:00', timeOfDay: 'evening', approximate: true })
    expect(first('下午3时，会议开始')).toMatchObject({ start: null, time: '15:00', timeOfDay: 'afternoon', approximate: false })
  })
  test('a range', () => {
    expect(first('展览时间为8月30日至9月3日。')).toMatchObject({ start: '2021-08-30', end: '2021-09-03' })
  })
  test('a range whose end gives only the day (12月30日至31日), across a month end too', () => {
    expect(first('12月30日至31日，市消防救援支队开展检查。', '2022-01-10')).toMatchObject({ start: '2021-12-30', end: '2021-12-31' })
    expect(first('8月30日至2日，展会举行。')).toMatchObject({ start: '2021-08-30', end: '2021-09-02' })
  })
  test('本月, 上月 and 下月 are months of the issue date; offsets and text stay as printed', () => {
    expect(first('本月15日上午，推进会召开。', '2022-01-10')).toMatchObject({ start: '2022-01-15', timeOfDay: 'morning', text: '本月15日', index: 0 })
    expect(first('上月28日，他说。', '2022-01-10')).toMatchObject({ start: '2021-12-28' })
    expect(first('新规下月5日起实施。', '2021-12-20')).toMatchObject({ start: '2022-01-05', index: 2, text: '下月5日' })
    expect(findDates('上周五开幕，展期至本月20日。', '2022-01-10').map((d) => [d.text, d.start])).toEqual([['上周五', '2022-01-07'], ['本月20日', '2022-01-20']])
    expect(first('本月15日，推进会召开。', null)).toMatchObject({ start: null, unresolved: true, text: '本月15日' })
  })
  test('Chinese numerals and full years', () => {
    expect(first('一九九八年一月一日，', null)).toMatchObject({ start: '1998-01-01', unresolved: false })
  })
  test('a year-less date well after the issue date is last year', () => {
    expect(first('12月30日，会议召开', '2022-01-02')).toMatchObject({ start: '2021-12-30' })
  })
  test('第一时间 is not 01:00', () => {
    expect(findDates('做到第一时间落地、第一时间管控。', '2021-08-31')).toEqual([])
  })
  test('without an issue date, relative and year-less dates are unresolved, dated ones are not', () => {
    expect(first('昨日，市人大', null)).toMatchObject({ start: null, unresolved: true })
    expect(first('8月30日，在收听', null)).toMatchObject({ start: null, unresolved: true })
    expect(first('2021年8月30日，在收听', null)).toMatchObject({ start: '2021-08-30', unresolved: false })
  })
  test('a sentence read again against another reference, or as part of another paragraph, is read afresh (the memo of chrono results is keyed on both)', () => {
    const sentence = '昨天下午，区长赵明远来到青石村。'
    expect(first(sentence, '2021-08-31')).toMatchObject({ start: '2021-08-30', timeOfDay: 'afternoon' })
    expect(first(sentence, '2019-03-02')).toMatchObject({ start: '2019-03-01', timeOfDay: 'afternoon' })
    expect(first(sentence, null)).toMatchObject({ start: null, unresolved: true })
    // Offsets stay the paragraph's, not the sentence's, and a copy handed out cannot change the next answer.
    const later = findDates(`会议结束。${sentence}`, '2021-08-31')[0]!
    expect(later.index).toBe(5)
    later.start = 'changed'
    expect(first(sentence, '2021-08-31')).toMatchObject({ start: '2021-08-30', text: '昨天下午' })
  })
  test('text without dates costs nothing and gives nothing', () => {
    expect(findDates('坚持人民至上，守护生命安全。', '2021-08-31')).toEqual([])
  })
})
