import { describe, expect, test } from '@jest/globals'
import { issueDateFromFileName, isValidIsoDate } from '../../../src/bulletin/index'

describe('issue date from a file name', () => {
  test.each([
    ['../shared/samples/zhengzhou-daily-2021-08-31.txt', '2021-08-31'],
    ['pages/rmrb_19980104.txt', '1998-01-04'],
    ['C:\\pages\\2024_03_12 城市日报.txt', '2024-03-12'],
    ['2021-08-31/page-3.txt', null],
    ['page-3.txt', null],
    ['scan-20211399.txt', null],
    ['id-120210831999.txt', null],
  ])('%s → %s', (name, date) => {
    expect(issueDateFromFileName(name)).toBe(date)
  })
  test('calendar validity', () => {
    expect(isValidIsoDate('2024-02-29')).toBe(true)
    expect(isValidIsoDate('2023-02-29')).toBe(false)
    expect(isValidIsoDate('2023-2-9')).toBe(false)
  })
})
