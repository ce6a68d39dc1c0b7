import { describe, expect, test } from '@jest/globals'
import { BLOCK_RULES, segmentArticles } from '../../../src/bulletin/segment'
import { normalizeLine } from '../../../src/bulletin/normalize'

/** Every example in the segmenter's table of block kinds is read as that kind (the first rule that matches wins). */
describe('block kinds: each rule\'s examples', () => {
  const cases = BLOCK_RULES.flatMap((r) => r.examples.map((e) => [r.kind, e] as const))
  test.each(cases)('%s: %s', (kind, example) => {
    const n = normalizeLine(example)
    const b = { line: 1, text: n.text, spaced: n.spaced, raw: example, bullet: n.bullet }
    expect(BLOCK_RULES.find((r) => r.test(b))!.kind).toBe(kind)
  })
  test('the table is used: a page of one example of each kind parses', () => {
    expect(segmentArticles(BLOCK_RULES.map((r) => r.examples[0]).join('\n\n')).articles.length).toBeGreaterThan(0)
  })
})
