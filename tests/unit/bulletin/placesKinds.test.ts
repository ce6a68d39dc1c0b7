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
