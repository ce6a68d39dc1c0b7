import { describe, expect, test } from '@jest/globals'
import { parseBulletinText } from '../../../src/bulletin/index'

/** Parse a one-article page and return its people's names, the byline's reporter left out. */
function names(body: string): string[] {
  const r = parseBulletinText(`测试标题\n\n本报讯（记者 方 正）${body}`, { source: 't', issueDate: '2024-01-02' })
  return r.people.map((p) => p.name).filter((n) => n !== '方正').sort()
}

describe('names after a title that jieba reads whole', () => {
  test('a foreign name jieba files as a name, with a character the transliteration table lacks', () => {
    expect(names('乌兰国总统加尧姆、北海国总统谢哈布丁出席。')).toEqual(['加尧姆', '谢哈布丁'].sort())
  })
  test('a foreign name followed by a date', () => {
    expect(names('莫斯科市市长卢日科夫22日宣布，将新建一座桥。')).toEqual(['卢日科夫'])
  })
  test('an unknown word with one transliterated character before a verb people do', () => {
    expect(names('南岭国总理差瓦立宣布将于周末辞职。')).toEqual(['差瓦立'])
  })
  test('not an ordinary word after a title', () => {
    expect(names('总理府发表声明。部长会议宣布休会。')).toEqual([])
  })
})
