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

describe('names after a word for who someone is (no office)', () => {
  test('sport: 名将, 主教练, 外援', () => {
    expect(names('北海国名将戈洛夫在男子100米比赛中夺冠。')).toEqual(['戈洛夫'])
    expect(names('女排主教练鲁文清于去年底赴南岭休假。')).toEqual(['鲁文清'])
    expect(names('外援马丁内斯先后投中5个三分球。')).toEqual(['马丁内斯'])
  })
  test('patients, orphans, pupils, relatives, suspects', () => {
    expect(names('患者鲍晓蕾，是一名中学教师。')).toEqual(['鲍晓蕾'])
    expect(names('她的女儿苗雨婷，毕业于医学院。')).toEqual(['苗雨婷'])
    expect(names('犯罪嫌疑人邵德明刚潜回家中就被抓获。')).toEqual(['邵德明'])
    expect(names('乘客李某携带违禁光盘一百余张。')).toEqual(['李某'])
  })
  test('a word that introduces a name (名叫) gives the name and no title', () => {
    const r = parseBulletinText('测试标题\n\n一位名叫龚秀芝的老人走了过来。', { source: 't', issueDate: '2024-01-02' })
    expect(r.people.map((p) => [p.name, p.titles])).toEqual([['龚秀芝', []]])
  })
  test('not an ordinary word that starts with a surname', () => {
    expect(names('考试通过率比南岭学生高出近20%。两位老将荣获特别贡献奖。')).toEqual([])
  })
})

describe('a form of address after a full name', () => {
  test('师傅, 大娘, 机长, 法官 after a name make it a person, with no title', () => {
    expect(names('邮递员喊道：“祁德刚师傅，来信了。”')).toEqual(['祁德刚'])
    expect(names('72岁的五保户卞秀珍大娘双目失明。')).toEqual(['卞秀珍'])
    const r = parseBulletinText('测试标题\n\n由沈建华机长率领的机组安全降落。', { source: 't', issueDate: '2024-01-02' })
    expect(r.people.map((p) => [p.name, p.titles])).toEqual([['沈建华', []]])
  })
  test('a surname and 家 before 父子 is a family, not a person', () => {
    expect(names('省长与钱家父子聊得兴起。')).toEqual([])
  })
})

describe('results lists: a country then a name', () => {
  test('a two-character transliteration the dictionary knows as a foreign name', () => {
    expect(names('男子400米自由泳，澳大利亚托普、澳大利亚哈科特、英国帕尔默；女子200米蛙泳。')).toEqual(['哈科特', '帕尔默', '托普'].sort())
  })
})
