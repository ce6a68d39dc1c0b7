import { describe, expect, test } from '@jest/globals'
import { findVenues } from '../../../src/bulletin/places/index'
import { eventTypeOf, findEvents, findOrganizers } from '../../../src/bulletin/events'

// Venues: where an event happened, a chain kept whole (every place named is findPlaces', tested in places.test.ts).
describe('venues', () => {
  test('administrative chains after a verb of going', () => {
    expect(findVenues('徐立毅沿着崎岖山路先来到荥阳市高山镇许村，检查')).toEqual(['荥阳市高山镇许村'])
    expect(findVenues('晚上10点多，他来到乔楼镇楚庄水库，检查水库')).toEqual(['乔楼镇楚庄水库'])
  })
  test('a list of places after one verb', () => {
    expect(findVenues('先后来到云溪区石桥镇柳湾村、北湖镇望山水库，实地检查')).toEqual(['云溪区石桥镇柳湾村', '北湖镇望山水库'])
  })
  test('a place named again inside a longer one is not repeated', () => {
    const out = findVenues('来到北湖镇望山水库。')
    expect(findVenues('随后来到望山水库。', out)).toEqual(['北湖镇望山水库'])
  })
  test('generic words are not places', () => {
    expect(findVenues('随机深入到乡村、水库等处，深入基层，来到各村')).toEqual([])
  })
  test('到/在 a place, then a verb of official work (到中牟县检查, 在新郑市调研)', () => {
    expect(findVenues('市长刘建国1月3日到中牟县检查春耕生产。')).toEqual(['中牟县'])
    expect(findVenues('副省长在新郑市龙湖镇调研时强调')).toEqual(['新郑市龙湖镇'])
    expect(findVenues('受到群众欢迎，达到预期效果，到基层调研')).toEqual([])
  })
  test('places whose name starts with 中/大/新/老 are places; 新小区, 老城区 are descriptions', () => {
    expect(findVenues('他先后来到大兴区、中山市和老河口市')).toEqual(['大兴区', '中山市', '老河口市'])
    expect(findVenues('他走进新小区，又来到老城区')).toEqual([])
  })
  test('在…举行 names the venue', () => {
    expect(findVenues('活动在人民广场启动。')).toEqual(['人民广场'])
    expect(findVenues('市应急管理局在滨河新区组织开展演练')).toEqual(['滨河新区'])
  })
})

describe('events', () => {
  test('the earliest event word decides the type', () => {
    expect(eventTypeOf('徐立毅随机检查防汛工作并看望值守人员')).toBe('inspection')
    expect(eventTypeOf('市领导参加党支部组织生活会')).toBe('meeting')
    expect(eventTypeOf('全省公共机构节能宣传月线上启动')).toBe('launch')
    expect(eventTypeOf('今年首次采取线上办展形式')).toBe('exhibition')
    expect(eventTypeOf('国家主席在人民大会堂会见来宾')).toBe('visit')
    expect(eventTypeOf('以钉钉子精神抓好落实')).toBeNull()
    expect(eventTypeOf('上海举行迎新春文艺晚会')).toBe('other')
    expect(eventTypeOf('全市职工运动会开幕')).toBe('launch')
  })
  test('organisers named before 主办/承办', () => {
    expect(findOrganizers('8月30日，河南省机关事务管理局主办、郑州市市直机关事务管理局承办的全省公共机构节能宣传月')).toEqual([
      '河南省机关事务管理局', '郑州市市直机关事务管理局',
    ])
    expect(findOrganizers('由民政部主办、中国慈善总会承办的')).toEqual(['民政部', '中国慈善总会'])
    expect(findOrganizers('各行业主管部门要指导督促')).toEqual([])
  })
  test('出席…并讲话 is a speaker, for each name of the list before it; 主持 stays chair', () => {
    const roles = (paragraph: string, people: { name: string; listed: boolean }[]) =>
      Object.fromEntries(findEvents({ index: 0, title: '座谈会', headlineText: '召开座谈会', hasHeadline: true, dateline: null, paragraphs: [paragraph], people, places: [] }, '2024-01-02')
        .events[0]!.participants.map((p) => [p.name, p.role]))
    expect(roles('甲书记邝远航主持座谈会。全国政协副主席聂方舟，副委员长戚玉兰出席座谈会并讲话。', [
      { name: '邝远航', listed: false }, { name: '聂方舟', listed: true }, { name: '戚玉兰', listed: true },
    ])).toEqual({ 邝远航: 'chair', 聂方舟: 'speaker', 戚玉兰: 'speaker' })
    expect(roles('区委书记宗海峰主持会议并讲话。柏文清、栗卫东出席会议。', [
      { name: '宗海峰', listed: false }, { name: '柏文清', listed: true }, { name: '栗卫东', listed: true },
    ])).toEqual({ 宗海峰: 'chair', 柏文清: 'attendee', 栗卫东: 'attendee' })
  })
  test('the verb after a list of people is every one\'s (甲、省长乙到郑州市调研)', () => {
    const found = findEvents({ index: 0, title: '调研', headlineText: '到郑州市调研', hasHeadline: true, dateline: null,
      paragraphs: ['昨日，省委书记楼阳生、省长王凯到郑州市调研。'], people: [{ name: '楼阳生', listed: false }, { name: '王凯', listed: false }], places: [] }, '2024-01-02')
    expect(found.events[0]!.participants.map((p) => p.name).sort()).toEqual(['楼阳生', '王凯'].sort())
  })
  test('展期至… gives an exhibition its last day when the lead gives only the first; a launch stays one day', () => {
    const event = (paragraph: string) =>
      findEvents({ index: 0, title: '主题展览开幕', headlineText: '主题展览开幕', hasHeadline: true, dateline: null, paragraphs: [paragraph], people: [], places: [] }, '2016-10-18').events[0]!
    expect(event('10月17日上午，主题展览在市博物馆开幕，展期至11月30日。')).toMatchObject({ startDate: '2016-10-17', endDate: '2016-11-30' })
    expect(event('10月17日上午，主题展览在市博物馆开幕。')).toMatchObject({ startDate: '2016-10-17', endDate: null })
    const launch = findEvents({ index: 0, title: '宣传周启动', headlineText: '宣传周启动', hasHeadline: true, dateline: null, paragraphs: ['昨日，宣传周活动在人民广场启动，将持续到6月21日。'], people: [], places: [] }, '2022-06-15').events[0]!
    expect(launch).toMatchObject({ type: 'launch', startDate: '2022-06-14', endDate: null })
    const expo = findEvents({ index: 0, title: '第三届农博会开幕', headlineText: '第三届农博会开幕', hasHeadline: true, dateline: null, paragraphs: ['上周五，第三届中原农业博览会在郑州国际会展中心开幕，展期至本月20日。'], people: [], places: [] }, '2022-01-10').events[0]!
    expect(expo).toMatchObject({ type: 'exhibition', startDate: '2022-01-07', endDate: '2022-01-20' })
  })
})
