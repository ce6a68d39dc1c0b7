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

describe('places that are part of an organisation, and words that name no place', () => {
  test('a chain of divisions ending in an organisation is that organisation (…市第二中学, …省红十字会)', () => {
    expect(findPlaces('获奖的是湖南省衡阳市第三中学的学生。')).toEqual([])
    expect(findPlaces('浙江省红十字会捐出帐篷。')).toEqual([])
    expect(findPlaces('他在安徽省芜湖县化肥厂工作。')).toEqual([])
  })
  test('a chain after a verb of arrival that ends in a body is that body (来到某县化肥厂)', () => {
    expect(findPlaces('记者来到平遥县化肥厂采访。')).toEqual([])
  })
  test('a body jieba files as an abbreviation (农牧局/j) or opens with a verbal noun (实验小学) is a body', () => {
    expect(findPlaces('郑州市农牧局发出通知。')).toEqual([])
    expect(findPlaces('他是天津南开区实验小学的老师。')).toEqual([])
  })
  test('hill country after a verb jieba files as a place is no place (扎根/ns 山区)', () => {
    expect(findPlaces('他们扎根山区，默默奉献。')).toEqual([])
  })
  test('a capital (省会), a farmyard (农户庭院) or the winter games (冬奥会) after a place leave it a place', () => {
    expect(findPlaces('四川省省会成都市今年新建学校。')).toEqual(['四川省', '成都市'])
    expect(findPlaces('记者来到江西省婺源县农户庭院采访。')).toEqual(['江西省', '婺源县'])
    expect(findPlaces('他参加了盐湖城冬奥会。')).toEqual(['盐湖城'])
  })
  test('a session between the place and the body (第九届) leaves the place a place', () => {
    expect(findPlaces('贵州省第九届人民代表大会第一次会议开幕。')).toEqual(['贵州省'])
  })
  test('a place before a part of it (大部) or a gathering (展销会) stays a place', () => {
    expect(findPlaces('华南大部有小雨。')).toEqual(['华南'])
    expect(findPlaces('首届中国产品泰国展销会开幕。')).toEqual(expect.arrayContaining(['泰国']))
  })
  test('land described before 地区 is no place; a region named before it is (沿海地区 | 西南地区)', () => {
    expect(findPlaces('沿海地区和周边地区的成本上升。')).toEqual([])
    expect(findPlaces('西南地区东部有小雨。')).toEqual(['西南地区'])
  })
  test('a count before a suffix is no place (七山, 百强县)', () => {
    expect(findPlaces('这里七山一水二分田，去年进入百强县。')).toEqual([])
  })
  test('an unknown word of a verb or noun and a one-character suffix is no village (局站); a surname and 村 is (邵村)', () => {
    expect(findPlaces('全线设置各类局站三十个。')).toEqual([])
    expect(findPlaces('他回到邵村过年。')).toEqual(['邵村'])
  })
  test('abbreviations that join several places are not one place (港澳, 江淮)', () => {
    expect(findPlaces('港澳同胞和江淮儿女欢度春节。')).toEqual([])
  })
})

describe('places read from what stands around them', () => {
  test('punctuation after a place ends any organisation name (法国《世界报》, 智利、葡萄牙、丹麦队)', () => {
    expect(findPlaces('据法国《世界报》报道。')).toEqual(['法国'])
    expect(findPlaces('B组，智利、葡萄牙、丹麦队；')).toEqual(['智利', '葡萄牙'])
  })
  test('a word jieba tags ns after a country or 首都, or before 举行 (意大利米兰, 首都内罗毕)', () => {
    expect(findPlaces('展会在意大利米兰举行。')).toEqual(['意大利', '米兰'])
    expect(findPlaces('首都内罗毕今年也举行了新年活动。')).toEqual(['内罗毕'])
  })
  test('an ordinary word after a country is no place (美国朝野), nor a name in a list of results', () => {
    expect(findPlaces('美国朝野都在讨论。')).toEqual(['美国'])
    expect(findPlaces('比赛结果是：美国贝克曼、加拿大沃尔顿。')).toEqual(['美国', '加拿大'])
  })
})

describe('towns and villages after the division they are in', () => {
  test('a township and a village jieba cuts anywhere, printed after their county (…县浇里乡杏湾村)', () => {
    expect(findPlaces('家住信丰县浇里乡杏湾村的老人。')).toEqual(['信丰县', '浇里乡', '杏湾村'])
    expect(findPlaces('家住宁都县石背乡牛栏湾村的老人。')).toEqual(['宁都县', '石背乡', '牛栏湾村'])
  })
  test('words ending in 乡, 镇, 村 after a division that name none (乡镇, 农村, 专业村)', () => {
    expect(findPlaces('该县乡镇企业发展快，全县农村通了电。')).toEqual([])
    expect(findPlaces('徐州市养鸡专业村又添新房。')).toEqual(['徐州市'])
  })
  test('a county no current list holds, read by its suffix, starts the chain too (梅岭县/枣于坪乡, not 坪乡)', () => {
    expect(findPlaces('回到家乡梅岭县枣于坪乡青水村。')).toEqual(['梅岭县', '枣于坪乡', '青水村'])
    // The unit ends where a token does: 看望/乡亲 holds no 看望乡.
    expect(findPlaces('他回到梅岭县栗子坪乡看望乡亲。')).toEqual(['梅岭县', '栗子坪乡'])
  })
  test('a village named by its own people or bodies after it (大石村村民, 王家梁村党支部), with no division before', () => {
    expect(findPlaces('大石村村民说，路修好了。')).toEqual(['大石村'])
    expect(findPlaces('王家梁村党支部书记介绍了情况。')).toEqual(['王家梁村'])
    expect(findPlaces('在柳树沟村委会的院子里，大家围坐一起。')).toEqual(['柳树沟村'])
  })
  test('not a word that describes a village, a pronoun or a clause before 村委会 (贫困村村民, 本村村民, 被选进村委会)', () => {
    expect(findPlaces('贫困村村民和先进村村委会都来了。他是本村村民，全村村民都知道。')).toEqual([])
    expect(findPlaces('三名妇女被选进村委会。')).toEqual([])
  })
})

describe('places and people on the same page', () => {
  const page = (body: string) => parseBulletinText(`测试标题\n\n${body}`, { source: 't', issueDate: '1998-01-20' })
  test('a name ending in a place suffix, found as a person, is not also a place (殷凤岭, 邵春河)', () => {
    expect(page('出席的有：柴宏远、裴敏之、殷凤岭。').articles[0]!.places).toEqual([])
    expect(page('厂长邵春河说，来到邵村的人多了。').articles[0]!.places).toEqual(['邵村'])
  })
})
