import { describe, expect, test } from '@jest/globals'
import { findArticlePlaces, findPlaces } from '../../../src/bulletin/places/index'

// Invented sentences (issue 8: kinds of place the development set showed missed or wrongly found).
describe('places: regions, former states and epithets', () => {
  test('a world region outranks a county short form of the same spelling (江南 the region, not 江南区)', () => {
    const { places, details } = findArticlePlaces(['今年冬天江南多雨，东海风浪较大。'])
    expect(places).toEqual(['江南', '东海'])
    expect(details.map((d) => d.kind)).toEqual(['region', 'region'])
  })
  test('states that ISO 3166 no longer lists, and older names, are countries (苏联, 法兰西, 印度尼西亚)', () => {
    expect(findPlaces('他年轻时留学苏联，后来又去过法兰西和印度尼西亚。')).toEqual(['苏联', '法兰西', '印度尼西亚'])
  })
  test("a city's epithet is a place (京城, 羊城)", () => {
    expect(findPlaces('一场大雪过后，京城银装素裹；羊城却花开正艳。')).toEqual(['京城', '羊城'])
  })
  test('an abbreviation tagged j is not read as a region (拉美)', () => {
    expect(findPlaces('出口商转向拉美市场。')).toEqual([])
  })
})

describe('places: dispatch lines and compounds with 地区', () => {
  test('a dispatch line closing an article names the place it was filed from (（本报利雅得3月2日电）, （新华社伯尔尼电）)', () => {
    expect(findPlaces('双方同意继续会谈。（本报利雅得3月2日电）')).toEqual(['利雅得'])
    expect(findPlaces('展览将持续一周。（新华社伯尔尼电）')).toEqual(['伯尔尼'])
  })
  test("a correspondent's post is a place (本社驻里斯本和马德里记者), a body is not (驻联合国记者)", () => {
    expect(findPlaces('综合本社驻里斯本和马德里记者报道：')).toEqual(['里斯本', '马德里'])
    expect(findPlaces('据本报驻联合国记者报道：')).toEqual([])
  })
  test('a place before 地区 is one place with it, and a province before that is part of its name', () => {
    expect(findPlaces('甘肃省定西地区今年降水偏少。')).toEqual(['甘肃省定西地区'])
    expect(findPlaces('定西地区今年降水偏少。')).toEqual(['定西地区'])
  })
  test('a direction or 亚太 before 地区 names no place (东北地区, 亚太地区)', () => {
    expect(findPlaces('我国东北地区和亚太地区的一些国家')).toEqual([])
  })
})

describe('places: ns words read from their neighbours', () => {
  test('a word jieba tags ns in a list with a known place or another ns word is a place (黄河、淮河和珠江)', () => {
    expect(findPlaces('治理黄河、淮河和珠江的专家')).toEqual(['黄河', '淮河', '珠江'])
  })
  test('directions and words of measure in such a list stay words (东北, 深度)', () => {
    expect(findPlaces('改革的广度和深度')).toEqual([])
  })
  test('games named after their host city, and a river before its banks (札幌冬奥会, 漓江两岸)', () => {
    expect(findPlaces('他曾参加札幌冬奥会。')).toEqual(['札幌'])
    expect(findPlaces('漓江两岸风光秀丽。')).toEqual(['漓江'])
  })
})

describe('places: ns words in lists of names', () => {
  test('an ns word that runs on into the next word is part of a name in a list of people, not a place', () => {
    expect(findPlaces('王立新、 陆海平等参加会议。')).toEqual([])
  })
})

describe('places: banks, provinces no list holds', () => {
  test("a river's bank jieba keeps in one word with it gives the river (约旦河西岸 → 约旦河)", () => {
    expect(findPlaces('以色列从约旦河西岸撤军。')).toEqual(['以色列', '约旦河'])
  })
  test('a foreign province is a place (魁北克省); 省 after a word of no place is not (由省、市、县组成)', () => {
    expect(findPlaces('加拿大魁北克省遭遇冰灾。')).toEqual(['加拿大', '魁北克省'])
    expect(findPlaces('由省、市、县联合组成工作组。')).toEqual([])
  })
  test('前苏联 gives the state, 苏联', () => {
    expect(findPlaces('这架飞机是前苏联制造的。')).toEqual(['苏联'])
  })
})
