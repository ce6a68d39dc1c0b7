import { describe, expect, it } from '@jest/globals'
import { readableSlug, SLUG_TITLE_MAX, titleWords } from '../../../src/collections/Articles/hooks/readableSlug'

describe('readableSlug', () => {
  it('is the issue date and the title in toneless pinyin, one word per syllable', () => {
    expect(readableSlug('2024-03-12', '兰江新桥通车')).toBe('2024-03-12-lan-jiang-xin-qiao-tong-che')
    expect(readableSlug('2024-03-12T00:00:00.000Z', '郑州：防汛！')).toBe('2024-03-12-zheng-zhou-fang-xun')
  })

  it('keeps Latin letters and digits (full-width folded) and writes ü as v', () => {
    expect(titleWords('ＡＰＥＣ会议2024年开幕')).toBe('apec-hui-yi-2024-nian-kai-mu')
    expect(titleWords('绿色出行')).toBe('lv-se-chu-xing')
  })

  it('cuts a long title at a word boundary', () => {
    const words = titleWords('全市经济工作会议在郑州召开市委书记强调抓住机遇加快发展推进高质量发展再上新台阶')
    expect(words.length).toBeLessThanOrEqual(SLUG_TITLE_MAX)
    expect(words).toMatch(/^quan-shi-jing-ji-gong-zuo/)
    expect(words.endsWith('-')).toBe(false)
  })

  it('gives nothing without a date or without a readable title', () => {
    expect(readableSlug(null, '兰江新桥通车')).toBeNull()
    expect(readableSlug('2024-03-12', '……')).toBeNull()
  })
})
