import { describe, expect, test } from '@jest/globals'
import { foldWidth, fullWidthPunctuation, normalizeBulletinText, normalizeLine, removeChineseSpaces } from '../../../src/bulletin/normalize'
import { normalizeNameKey } from '../../../src/bulletin/index'

describe('width folding', () => {
  test('full-width digits and Latin letters become ASCII, punctuation stays full-width', () => {
    expect(foldWidth('１９９８年１月４日，ＡＰＥＣ会议ｂ')).toBe('1998年1月4日，APEC会议b')
  })
})

describe('ASCII punctuation inside Chinese text', () => {
  test('commas, semicolons, colons, brackets and marks next to Chinese become full-width', () => {
    expect(fullWidthPunctuation('本报讯(记者 张三)8月30日,会议指出;要求:好!对?')).toBe('本报讯（记者 张三）8月30日，会议指出；要求：好！对？')
  })
  test('double quotes alternate open and close within a line', () => {
    expect(fullWidthPunctuation('疫情"零新增"不等于"零风险","区域解封"不')).toBe('疫情“零新增”不等于“零风险”，“区域解封”不')
  })
  test('corner quotes become curly quotes', () => {
    expect(fullWidthPunctuation('『暖冬行动』与「春风」')).toBe('“暖冬行动”与“春风”')
  })
  test('numbers and English keep their ASCII marks', () => {
    expect(fullWidthPunctuation('共1,000人,时间10:30')).toBe('共1,000人，时间10:30')
    expect(fullWidthPunctuation('Hello, world (really): "yes"')).toBe('Hello, world (really): "yes"')
  })
})

describe('spaces', () => {
  test('spaces inside Chinese text are removed, spaces between Latin words stay', () => {
    expect(removeChineseSpaces('张 昕 孙亚文 省委 常委')).toBe('张昕孙亚文省委常委')
    expect(removeChineseSpaces('节能知识 VR展厅')).toBe('节能知识VR展厅')
    expect(removeChineseSpaces('Tom Smith 说')).toBe('Tom Smith说')
  })
})

describe('lines', () => {
  test('a bullet is dropped and remembered', () => {
    expect(normalizeLine('　　●本报讯 昨日')).toMatchObject({ text: '本报讯昨日', bullet: true, separator: false })
  })
  test('a rule line is a separator', () => {
    expect(normalizeLine('————————')).toMatchObject({ text: '', separator: true })
    expect(normalizeLine('——新增学位')).toMatchObject({ text: '——新增学位', separator: false })
  })
  test('the whole text: CRLF and CR line ends are line ends, BOM dropped', () => {
    expect(normalizeBulletinText('\ufeff甲 乙\r\n丙,丁\r戊')).toBe('甲乙\n丙，丁\n戊')
  })
  test('paragraphs run together on one line are normalised one by one: the bullet opening one is dropped', () => {
    expect(normalizeBulletinText('要求。　　●加强值守。\n●第二条')).toBe('要求。 加强值守。\n第二条')
    expect(normalizeBulletinText('甲　　●乙')).toBe('甲●乙')
  })
})

describe('normalizeNameKey', () => {
  test('spaces removed, widths folded, Latin lower-cased, middle dots made one', () => {
    expect(normalizeNameKey('张 昕')).toBe('张昕')
    expect(normalizeNameKey('　张昕　')).toBe('张昕')
    expect(normalizeNameKey('ＡＢＣ１２')).toBe('abc12')
    expect(normalizeNameKey('卡列•诺夫')).toBe(normalizeNameKey('卡列·诺夫'))
    expect(normalizeNameKey('卡列・诺夫')).toBe('卡列·诺夫')
  })
})
