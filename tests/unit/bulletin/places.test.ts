import { describe, expect, test } from '@jest/globals'
import { findArticlePlaces, findPlaces, shortForm } from '../../../src/bulletin/places/index'
import { parseBulletinText } from '../../../src/bulletin/index'

// Invented sentences; the place names are real ones from the gazetteer packages.
describe('places: divisions with and without their suffix', () => {
  test('a province and a city in full', () => {
    expect(findPlaces('河南省郑州市今年新建学校十所。')).toEqual(['河南省', '郑州市'])
  })
  test('short forms as printed, resolved to the full name in placeDetails', () => {
    const { places, details } = findArticlePlaces(['来自河南、郑州的客人参观了展览。'])
    expect(places).toEqual(['河南', '郑州'])
    expect(details.map((d) => [d.name, d.kind, d.code])).toEqual([['河南省', 'province', '41'], ['郑州市', 'city', '4101']])
  })
  test('autonomous regions lose their peoples in the short form', () => {
    expect(shortForm('广西壮族自治区')).toBe('广西')
    expect(shortForm('湘西土家族苗族自治州')).toBe('湘西')
    expect(shortForm('新疆维吾尔自治区')).toBe('新疆')
    expect(shortForm('和县')).toBeNull()
  })
  test('a county short form that is an ordinary word needs a place of its province in the article', () => {
    // 资源县 (Guangxi): 资源 alone is the word "resources".
    expect(findPlaces('要合理利用水资源，保护资源。')).toEqual([])
  })
  test('a chain of divisions gives each unit', () => {
    expect(findPlaces('他来到荥阳市高山镇许村，看望群众。')).toEqual(['荥阳市', '高山镇', '许村'])
  })
})

describe('places: countries', () => {
  test('short names, and the long official form of the same country', () => {
    expect(findPlaces('法国和德国的代表，以及捷克共和国的客人')).toEqual(['法国', '德国', '捷克共和国'])
    expect(findArticlePlaces(['捷克共和国总统']).details[0]).toMatchObject({ kind: 'country', code: 'CZ' })
  })
  test('a country inside an organisation\'s name is not a place there', () => {
    expect(findPlaces('中国政府和中国共产党的代表')).toEqual([])
    expect(findPlaces('北京市委召开会议。')).toEqual([])
  })
})

describe('places: suffix rules and named sites', () => {
  test('a village and a reservoir no list holds', () => {
    expect(findPlaces('晚上，他来到乔楼镇楚庄水库，检查水位。')).toEqual(['乔楼镇', '楚庄水库'])
  })
  test('a site named after a known place is one place', () => {
    expect(findPlaces('音乐会在北京音乐厅举行。')).toContain('北京音乐厅')
  })
  test('world regions and seas', () => {
    expect(findPlaces('东南亚和欧洲的客商经太平洋航线抵达。')).toEqual(['东南亚', '欧洲', '太平洋'])
  })
  test('a dateline names where the dispatch was filed', () => {
    expect(findPlaces('新华社开罗1月5日电')).toEqual(['开罗'])
    expect(findPlaces('本报驻东京记者报道')).toEqual(['东京'])
  })
})

describe('places: lists and ordinary words', () => {
  test('a list of places', () => {
    expect(findPlaces('广州、深圳、珠海等城市')).toEqual(['广州', '深圳', '珠海'])
  })
  test('ordinary words with a place suffix or a place inside them are not places', () => {
    expect(findPlaces('城市和农村、山区的群众，大中城市的市民都来了，全省各县也派人来。')).toEqual([])
    expect(findPlaces('他走进新小区，又来到老城区')).toEqual([])
  })
})

describe('places: in the parse result', () => {
  test('headline, dateline and body places, with placeDetails in the same order', () => {
    const text = '郑州建成新桥\n\n新华社郑州1月5日电 河南省郑州市的新桥今天通车。\n'
    const a = parseBulletinText(text, { source: 't', issueDate: '2024-01-06' }).articles[0]!
    expect(a.places).toEqual(['郑州', '河南省', '郑州市'])
    expect(a.placeDetails!.map((d) => d.text)).toEqual(a.places)
    expect(a.placeDetails![0]!.name).toBe('郑州市')
  })
})
