import { describe, expect, test } from '@jest/globals'
import { findPlaces } from '../../../src/bulletin/places/index'
import { parseBulletinText } from '../../../src/bulletin/index'

// Invented sentences; the place names are real ones from the gazetteer packages.
describe('places: county short forms with the evidence beside them', () => {
  test('a county short form that jieba files as a noun is read right after its province or in a list after it (山西浑源、阳曲)', () => {
    // 浑源 and 阳曲 (Shanxi) are nouns in jieba's dictionary.
    expect(findPlaces('山西浑源、阳曲两县的农民')).toEqual(['山西', '浑源', '阳曲'])
    expect(findPlaces('他们从浑源出发。')).toEqual([])
  })
  test('a part of the province named like a county is no county (四川南部 is not 南部县)', () => {
    expect(findPlaces('四川南部普降大雨。')).toEqual(['四川'])
  })
  test('a dateline filed from a county is the evidence for its short form (本报灵寿…电)', () => {
    expect(findPlaces('本报灵寿1月9日电 记者报道：灵寿群众欢度春节。')).toEqual(['灵寿'])
    expect(findPlaces('灵寿群众欢度春节。')).toEqual([])
  })
})

describe('places: a name and 地区 that jieba cuts apart', () => {
  test('a transliterated name before 地区 is one place with it, its pieces joined (卡斯蒂/诺/地区)', () => {
    expect(findPlaces('代表团访问了卡斯蒂诺地区和莫兰迪地区。')).toEqual(['卡斯蒂诺地区', '莫兰迪地区'])
    expect(findPlaces('难民涌入奥卡维拉地区。')).toEqual(['奥卡维拉地区'])
  })
  test('a pronoun glued to 地区, a people and an area before an organisation are no place (使该地区, 苗族地区, …地区法院)', () => {
    expect(findPlaces('这一措施使该地区局势缓和。')).toEqual([])
    expect(findPlaces('苗族地区的学校')).toEqual([])
    expect(findPlaces('他出席了维尔纳地区法院的审理。')).toEqual([])
  })
})

describe('places: foreign towns and rivers jieba files as names', () => {
  test('a foreign name filed as a person\'s between 在/于 and the verb is where the act takes place (在某某举行, 于某某签署)', () => {
    expect(findPlaces('博览会在伯明翰举行，代表团于明斯克签署协议。')).toEqual(['伯明翰', '明斯克'])
  })
  test('not under someone\'s lead (在某某陪同下), nor a Chinese phrase jieba files as nr (在今天上午说)', () => {
    expect(findPlaces('在明斯克陪同下参观')).toEqual([])
    expect(findPlaces('他在今天上午说')).toEqual([])
  })
  test('after a word of where something lies or is bound (飞往, 位于, 设在) a place word is a place', () => {
    expect(findPlaces('航班从上海飞往芝加哥。')).toEqual(['上海', '芝加哥'])
  })
  test('a river of one or two characters and 江/河 that jieba files as a place is read anywhere (渭河、闽江)', () => {
    expect(findPlaces('渭河、闽江水位上涨。')).toEqual(['渭河', '闽江'])
    expect(findPlaces('江河湖泊水位上涨，银河灿烂。')).toEqual([])
  })
})

describe('places: dispatch lines, the Islamic world and landmarks', () => {
  test('a dispatch line closing the article, kept among its notes, names where it was filed (（本报某城1月13日电）)', () => {
    const text = '秘鲁渔业获得丰收\n　　今年以来，秘鲁渔民捕捞量大幅增加，出口创汇再创新高。当地官员表示，渔业将继续保持增长。\n（本报利马1月13日电）\n'
    const [article] = parseBulletinText(text, { source: 'x.txt', issueDate: '2020-01-14' }).articles
    expect(article!.notes).toEqual(['（本报利马1月13日电）'])
    expect(article!.places).toEqual(['秘鲁', '利马'])
  })
  test('伊斯兰 is a region of the world like 阿拉伯', () => {
    expect(findPlaces('伊斯兰国家的代表')).toEqual(['伊斯兰'])
  })
  test('a landmark named bare is a place (登上长城), not in an organisation\'s name (长城公司)', () => {
    expect(findPlaces('游客登上长城，参观故宫。')).toEqual(['长城', '故宫'])
    expect(findPlaces('长城公司召开会议')).toEqual([])
  })
})

describe('places: two-character counties that read as a word and the level', () => {
  test('和县 and 兴县 need a place of their province (他和县领导, 科教兴县 | 安徽省和县)', () => {
    expect(findPlaces('他和县领导商定了办法。')).toEqual([])
    expect(findPlaces('实施科教兴县战略')).toEqual([])
    expect(findPlaces('安徽省和县的农民')).toEqual(['安徽省', '和县'])
  })
})

describe('places: two counties of one province side by side', () => {
  test('each is the other\'s evidence (某县—某县震区, 某县、某县两县)', () => {
    expect(findPlaces('灵寿—高邑震区群众')).toEqual(['灵寿', '高邑'])
    expect(findPlaces('灵寿、高邑两县')).toEqual(['灵寿', '高邑'])
    expect(findPlaces('高邑群众')).toEqual([])
  })
})

describe('places: a new district is printed as its name and 新区', () => {
  test('the name is the place, as the corpora tag it (滨海新区 → 滨海)', () => {
    expect(findPlaces('代表团参观了滨海新区。')).toEqual(['滨海'])
  })
})

describe('places: a county whose name ends like an organisation', () => {
  test('a division after its province is no organisation\'s head (河北大厂: the county 大厂, not a works)', () => {
    expect(findPlaces('河北大厂有一座新桥')).toEqual(['河北', '大厂'])
    expect(findPlaces('北京商会召开年会')).toEqual([])
  })
})

describe('places: long county short forms that jieba files as places', () => {
  test('three characters or more filed ns need no other evidence (五大连池, 满洲里); two-character words still do', () => {
    expect(findPlaces('游客来到五大连池观光。')).toEqual(['五大连池'])
    expect(findPlaces('满洲里口岸货运繁忙')).toEqual(['满洲里'])
    expect(findPlaces('高邑群众')).toEqual([])
  })
})

describe('places: temples and bridges jieba files as names of people', () => {
  test('a name ending in 寺, 庙, 观, 祠 or 桥 is a site, whatever its tag (少林寺/nr, 卢沟桥/nr)', () => {
    expect(findPlaces('游客参观了少林寺和卢沟桥。')).toEqual(['少林寺', '卢沟桥'])
  })
  test('a kind of building is no name (一座清真寺)', () => {
    expect(findPlaces('他来到一座清真寺。')).toEqual([])
  })
})

describe('places: hill country and districts named …山区', () => {
  test('a word 某某山区 that jieba files as a place is named, a district included (萧山区, 洪山区); land described is not (贫困山区)', () => {
    expect(findPlaces('萧山区的企业和洪山区的学校')).toEqual(['萧山区', '洪山区'])
    expect(findPlaces('贫困山区的孩子')).toEqual([])
  })
})
