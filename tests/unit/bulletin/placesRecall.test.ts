import { describe, expect, test } from '@jest/globals'
import { findPlaces } from '../../../src/bulletin/places/index'

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
