import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { scanListSpans } from '../../../src/bulletin/nameLists'

/** The definition of a 、-list the scanner replaces (one regex attempt per character showed in the profile). */
const LIST_SPAN = /[\p{Script=Han}·]{2,24}(?:（[^（）]{1,10}）)?(?:、[\p{Script=Han}·]{2,24}(?:（[^（）]{1,10}）)?)+/gu
const byRegex = (text: string) => [...text.matchAll(LIST_SPAN)].map((m) => ({ text: m[0], at: m.index! }))

describe('scanListSpans finds the lists the regex finds', () => {
  test('examples: notes, a second item too short, runs longer than 24 characters', () => {
    for (const text of [
      '出席的有：甲乙丙、丁戊（女）、己庚（回族）。',
      '甲乙、丙，丁戊、己',
      '甲乙（一二三四五六七八九十一）、丙丁',
      '甲乙（女）丙、丁戊',
      '甲乙（女、回）、丙丁（男）',
      '一二三四五六七八九十一二三四五六七八九十一二三四五六七、甲乙',
      '甲乙、一二三四五六七八九十一二三四五六七八九十一二三四五六七、丙丁',
      '𠀀𠀀、𠀀王（𠀀）、王',
      // Far from any 、: starts there are skipped unread.
      '王'.repeat(100) + '，' + '𠀀'.repeat(40) + '、王王' + '王'.repeat(30) + '（一二三四五六七八九十）、王王',
    ]) {
      expect(scanListSpans(text)).toEqual(byRegex(text))
    }
  })
  test('random text of list characters', () => {
    const chars = fc.constantFrom(...['王', '明', '·', '、', '（', '）', '，', 'a', '𠀀', '\ud800', '\udc00', ' '])
    const longRuns = fc.constantFrom('王', '王', '王', '王', '王', '王', '𠀀', '、', '（', '）')
    const sparse = fc.constantFrom(...Array<string>(40).fill('王'), '𠀀', '𠀀', '、', '（', '）', '，')
    const text = fc.oneof(fc.array(chars, { maxLength: 80 }), fc.array(longRuns, { maxLength: 160 }), fc.array(sparse, { maxLength: 400 })).map((a) => a.join(''))
    fc.assert(fc.property(text, (t) => expect(scanListSpans(t)).toEqual(byRegex(t))), { numRuns: Number(process.env.FC_RUNS ?? 2000) })
  })
})
