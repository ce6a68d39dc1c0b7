import { describe, expect, test } from '@jest/globals'
import { parseBulletinText } from '../../../src/bulletin/index'

/** Parse a one-article page and return its people by name. */
function people(body: string) {
  const r = parseBulletinText(`测试标题\n\n本报讯（记者 方 正）${body}`, { source: 't', issueDate: '2024-01-02' })
  return Object.fromEntries(r.people.map((p) => [p.name, p]))
}
const names = (body: string) => Object.keys(people(body)).filter((n) => n !== '方正').sort()

describe('names with evidence', () => {
  test('a title chain before a name gives the name and every title in the chain', () => {
    const p = people('昨日，省委常委、市委书记严振华主持会议。')
    expect(Object.keys(p)).toContain('严振华')
    expect(p['严振华']!.titles).toEqual(['省委常委', '市委书记'])
    expect(p['严振华']!.roles).toContain('official')
  })
  test('a title chain with an organisation stops at the verb before it', () => {
    const p = people('国家主席李振邦会见了乌兰国第一副总理卡列诺夫。')
    expect(p['卡列诺夫']!.titles).toEqual(['乌兰国第一副总理'])
    expect(p['李振邦']!.titles).toEqual(['国家主席'])
  })
  test('a title after a name', () => {
    expect(people('学习贯彻习近平总书记重要讲话精神。')['习近平']!.titles).toEqual(['总书记'])
    expect(names('巴尔科夫总统在会上发言。')).toEqual(['巴尔科夫'])
  })
  test('a list ending in 等参加, with names made of dictionary words (周/富强)', () => {
    expect(names('周富强、牛卫国、杜新军、黄卿等参加会议。')).toEqual(['周富强', '杜新军', '牛卫国', '黄卿'].sort())
  })
  test('a list without 等, and one whose first item carries 市领导', () => {
    expect(names('钟立军、谭雨菲参加活动。')).toEqual(['谭雨菲', '钟立军'])
    expect(names('市领导侯红、杨福平出席。')).toEqual(['侯红', '杨福平'])
  })
  test('a list of organisations is not a list of people', () => {
    expect(names('市委、市政府等出席。')).toEqual([])
  })
  test('a name followed by a verb only people do', () => {
    expect(names('会上，林晓梅表示，要抓好落实。')).toEqual(['林晓梅'])
  })
  test('a name found once is found again where it has no evidence', () => {
    const r = parseBulletinText('甲\n\n本报讯 市长邵静怡主持会议。\n\n乙\n\n本报讯 邵静怡来到北湖镇。', { source: 't', issueDate: '2024-01-02' })
    expect(r.people.find((p) => p.name === '邵静怡')!.articles).toEqual([0, 1])
    expect(r.articles[1]!.people).toEqual(['邵静怡'])
  })
  test('a surname with a title (李主席) stands for the one person of that surname on the page', () => {
    const r = parseBulletinText('甲\n\n本报讯 国家主席李振邦会见来宾。\n\n乙\n\n本报讯 李主席对来宾表示欢迎。', { source: 't', issueDate: '2024-01-02' })
    expect(r.articles[1]!.people).toEqual(['李振邦'])
  })
})

describe('words that are not names', () => {
  test('宁可, 周全, 宣传周, 高度, 万一 are not people', () => {
    expect(names('宁可多跑几趟，也要考虑得周全些。节能宣传周期间，以高度负责的态度，万一出现问题要及时处置。')).toEqual([])
  })
  test('a title followed by an ordinary word is not a name', () => {
    expect(names('市长高度重视此事，主任表示同意。')).toEqual([])
  })
})
