import { describe, expect, test } from '@jest/globals'
import { parseBulletinText } from '../../../src/bulletin/index'

/** Names of the people on a one-article page (no byline), sorted. Every name here is invented. */
function names(body: string): string[] {
  const r = parseBulletinText(`测试标题\n\n${body}`, { source: 't', issueDate: '1998-01-20' })
  return r.people.map((p) => p.name).sort()
}
function person(body: string, name: string) {
  return parseBulletinText(`测试标题\n\n${body}`, { source: 't', issueDate: '1998-01-20' }).people.find((p) => p.name === name)
}
const sorted = (xs: string[]) => [...xs].sort()

describe('lists of people whose role is stated once', () => {
  test('an election: one elected head, then a list with the role after it', () => {
    const body = '大会选举葛振邦为省长，柯文渊、蒲思成、阎晓棠、邝德庸为副省长。'
    expect(names(body)).toEqual(sorted(['葛振邦', '柯文渊', '蒲思成', '阎晓棠', '邝德庸']))
    expect(person(body, '蒲思成')!.titles).toEqual(['副省长'])
  })
  test('a list with the role after it, 为省人大常委会副主任', () => {
    expect(names('会议选举产生了新一届领导，蔺守仁、巫启良、詹若琳为省人大常委会副主任。')).toEqual(sorted(['蔺守仁', '巫启良', '詹若琳']))
  })
  test('a list with the role before it: 出席的有：甲、乙、丙', () => {
    expect(names('出席的有：柴宏远、裴敏之、殷晓川。')).toEqual(sorted(['柴宏远', '裴敏之', '殷晓川']))
  })
  test('a roll of members with notes of sex and nationality (（女）, （回族）), one odd item skipped', () => {
    const roll = '甄立言、蔺秀芝（女）、马德全（回族）、卓玛次仁（藏族）、乔（凡音）生、邝以诚、袁景和、祁庆芳（女，满族）、郜文翰、仝立新、冼明达'
    const got = names(`委员名单\n\n${roll}`)
    expect(got).toEqual(expect.arrayContaining(['甄立言', '蔺秀芝', '马德全', '卓玛次仁', '邝以诚', '祁庆芳', '冼明达']))
    expect(got).not.toContain('乔')
  })
  test('a bare list of three or more names, none an ordinary word', () => {
    expect(names('获奖者中，郦振华、阚永年、覃思远三位年过七旬。')).toEqual(sorted(['郦振华', '阚永年', '覃思远']))
  })
  test('a list of ordinary words or places is not a list of people', () => {
    expect(names('要做到高效、安全、文明，方便群众。')).toEqual([])
    expect(names('张家庄、李家村、王家寨三个村通了公路。')).toEqual([])
  })
  test('a stated roll keeps a name whose surname the table lacks (沃), when it is no word', () => {
    expect(names('大会选举葛振邦为省长，柯文渊、沃承玺、阎晓棠、邝德庸为副省长。')).toEqual(sorted(['葛振邦', '柯文渊', '沃承玺', '阎晓棠', '邝德庸']))
  })
  test('two names joined by 和 inside a list are two items (乙和丙)', () => {
    expect(names('出席的还有柴宏远、裴敏之、殷晓川和阚立群、郦振华等。')).toEqual(sorted(['柴宏远', '裴敏之', '殷晓川', '阚立群', '郦振华']))
  })
  test('a list whose last name is followed by 以及 or 的', () => {
    expect(names('到会的老同志还有柴宏远、裴敏之、殷晓川以及邝德庸同志的家属。')).toEqual(expect.arrayContaining(['柴宏远', '裴敏之', '殷晓川']))
    expect(names('郦振华、阚永年、覃思远的作品都入选了。')).toEqual(sorted(['郦振华', '阚永年', '覃思远']))
  })
  test('a long stated list with one item that is no name still counts', () => {
    expect(names('出席的有：柴宏远、裴敏之、殷晓川、市政府秘书长、阚立群、郦振华。')).toEqual(sorted(['柴宏远', '裴敏之', '殷晓川', '阚立群', '郦振华']))
  })
  test('a bare list of words made on one pattern is not a list of people (金杯、金碗……)', () => {
    expect(names('奖品有金杯、金碗、金勺、金筷、金盘、金碟。')).toEqual([])
  })
  test('a list ending in 等参加 keeps the name whole before 等 (黄卿等)', () => {
    expect(names('周富强、牛卫国、黄卿等参加会议。')).toEqual(sorted(['周富强', '牛卫国', '黄卿']))
  })
})

describe('a name on its own, read from its shape', () => {
  test('a surname and two characters jieba leaves as one unknown word is a name', () => {
    expect(names('那天，邝德庸一早就到了工地。')).toEqual(['邝德庸'])
  })
  test('the same shape ending in a place, an institution or a kind of thing is not (石家庄, 张家口, 许可证, 明白人)', () => {
    expect(names('石家庄和张家口的企业领到了许可证，明白人都说好。')).toEqual([])
  })
  test('a pronoun inside is no given name (宁可信其重、不可信其轻)', () => {
    expect(names('把宁可信其重、不可信其轻落实到各个环节。')).toEqual([])
  })
  test('a surname that is a function word does not start a name (于本周, 都能安)', () => {
    expect(names('会议于本周召开，大家都能安心工作。')).toEqual([])
  })
})

describe('foreign names with a middle dot, and words that stand where a name could', () => {
  test('a dotted name is read whole, and its first part alone is not a person', () => {
    const got = names('应邀访华的贝宁共和国总统马蒂厄·克雷库今天抵京。')
    expect(got).toEqual(['马蒂厄·克雷库'])
  })
  test('a dotted name with no title before it, cut out of the words jieba glued to it', () => {
    expect(names('由美国人斯科特·里特率领的小组昨天到达。')).toEqual(['斯科特·里特'])
    expect(names('金融危机使乔治·索罗斯成了风云人物。')).toEqual(['乔治·索罗斯'])
  })
  test('a country before a title is not a person (贝宁总统, 伊拉克外长)', () => {
    expect(names('贝宁总统将访华，伊拉克外长也发表了讲话。')).toEqual([])
  })
  test('a function word before a name or a word is not a surname (和李鹏, 都明白, 曾亲临)', () => {
    const got = names('江泽民主席和李鹏总理发来贺电。这个道理大家都明白。周恩来总理曾亲临现场。')
    expect(got).toEqual(sorted(['江泽民', '李鹏', '周恩来']))
  })
  test('a function word after a name is not part of it (宋健在, 曹志及)', () => {
    expect(names('国务委员宋健在会上讲话。秘书长曹志及有关部门负责人出席。')).toEqual(sorted(['宋健', '曹志']))
  })
  test('a surname with an office or a form of address is not a name (李所长, 刘小姐, 王老汉)', () => {
    expect(names('李所长立即调集警力。经营冷食的刘小姐笑了。王老汉的家在村东。')).toEqual([])
  })
})

describe('names after a word for a job, not only an office', () => {
  test('job nouns ending in 长/员/师/警/兵/士 before a name (厂长, 干警, 战士, 总工程师)', () => {
    expect(names('厂长邰振华带头加班。')).toEqual(['邰振华'])
    expect(names('干警孟雅芬连夜赶到。')).toEqual(['孟雅芬'])
    expect(names('战士张晓川跳进水里。')).toEqual(['张晓川'])
    expect(names('水利部长钮成远到场。')).toEqual(['钮成远'])
  })
  test('a verb or function word after a job noun is not a surname (专家来讲学, 工人都犯过)', () => {
    expect(names('请专家来讲学，这种错工人都犯过。')).toEqual([])
  })
  test('a name inside a set term is not a person, by the corpus convention (邓小平理论)', () => {
    expect(names('学习邓小平理论，坚持毛泽东思想。')).toEqual([])
  })
})

describe('lists beside names known on the page, and elections of one', () => {
  test('a 、-list holding a name known on the page (a title elsewhere) makes its other name-shaped items people', () => {
    const body = '副市长蔺守仁出席。\n\n春节前夕，有关负责同志看望了蔺守仁、巫启良、詹若琳、邝德庸等老同志。'
    expect(names(body)).toEqual(sorted(['蔺守仁', '巫启良', '詹若琳', '邝德庸']))
  })
  test('the last item may be a known name going on with the sentence (甲、乙在会上发言)', () => {
    expect(names('副主任马海涛主持会议。\n\n孙立业、马海涛在会上发言。')).toEqual(sorted(['马海涛', '孙立业']))
    expect(names('副市长蔺守仁出席。\n\n会议讲了安全、蔺守仁的讲话。')).toEqual(['蔺守仁'])
  })
  test('ordinary words beside a known name stay words', () => {
    expect(names('副市长蔺守仁出席。\n\n会议讲了蔺守仁、安全、文明三件事。')).toEqual(['蔺守仁'])
  })
  test('a word after the list is not read into the last name (乙以及…, 丙等)', () => {
    expect(names('副市长蔺守仁出席。\n\n看望了蔺守仁、詹琳、巫良以及他们的家属。')).toEqual(sorted(['蔺守仁', '詹琳', '巫良']))
  })
  test('two-character names count beside a known name, not in a bare two-item list', () => {
    expect(names('副市长蔺守仁出席。\n\n看望了蔺守仁、巫良、詹琳。')).toEqual(sorted(['蔺守仁', '巫良', '詹琳']))
    expect(names('看望了巫良、詹琳。')).toEqual([])
  })
  test('a title after the last name is shared by the list (甲、乙博士演唱), not one before a name after it', () => {
    expect(names('学院的罗纪红、詹若琳博士合作完成了实验。')).toEqual(sorted(['罗纪红', '詹若琳']))
    expect(names('局长蔺守仁、党组书记巫启良出席了会议。')).toEqual(sorted(['蔺守仁', '巫启良']))
  })
  test('甲和乙 / 甲与乙: a name joined to a known one by a conjunction is a person', () => {
    expect(names('北海国选手邝琅获得冠军。邝琅与詹韵在决赛相遇。')).toEqual(sorted(['邝琅', '詹韵']))
  })
  test('a family (赵家) or a place joined to a known name stays what it is', () => {
    expect(names('北海国选手邝琅获得冠军。邝琅与赵家、王府井都有联系。')).toEqual(['邝琅'])
  })
  test('选举甲为省长 and 选举乙（藏族）为省高级人民法院院长: one person, the office after 为', () => {
    const body = '大会选举葛振邦为省长；选举卓玛次仁（藏族）为省高级人民法院院长。'
    expect(names(body)).toEqual(sorted(['葛振邦', '卓玛次仁']))
    expect(person(body, '葛振邦')!.titles).toEqual(['省长'])
  })
})

describe('a name with a note giving a sex as one of its parts', () => {
  test('甲（某国，女，田径），乙（某国，男，足球）: each is a person, whatever separates the items', () => {
    expect(names('获奖的选手是：龚婉如（北海国，女，射击），蔺涛（中国，男，举重），巫卡兰（南岭国，女，赛艇）。')).toEqual(sorted(['龚婉如', '蔺涛', '巫卡兰']))
  })
  test('a note without a sex names no one (某馆（北京，东城）)', () => {
    expect(names('展览在美术馆（北京，东城）举行，新馆（上海，黄浦）也开放。')).toEqual([])
  })
})

describe('a list of people each after their country', () => {
  test('results: 美国甲、加拿大乙、德国丙 (transliterated names after each country)', () => {
    expect(names('男子200米仰泳：美国萨克斯顿、加拿大莫尔维尔、德国布兰特纳。')).toEqual(sorted(['萨克斯顿', '莫尔维尔', '布兰特纳']))
  })
  test('places after countries are not people (美国纽约、英国伦敦、法国巴黎)', () => {
    expect(names('代表团访问了美国纽约、英国伦敦、法国巴黎。')).toEqual([])
  })
})

describe('spouses in a roll, and players by their rank', () => {
  test('甲夫人乙 items of a roll: both husband and wife', () => {
    expect(names('应邀出席的还有郜文翰夫人蔺秀芝、邝以诚夫人祁庆芳等。')).toEqual(sorted(['郜文翰', '蔺秀芝', '邝以诚', '祁庆芳']))
  })
  test('not when a side is no name (总统夫人, 夫人外交)', () => {
    expect(names('她陪同总统夫人参观。第一夫人外交引人注目。')).toEqual([])
  })
  test('a go or chess rank after the name (某某九段) is a title after a name', () => {
    expect(names('决赛中，阚永年九段执白战胜了对手。')).toEqual(['阚永年'])
  })
})

describe('the author of a work, by a transliterated name before its title', () => {
  test('某某的《…》 and 某某《…》: a transliterated name of three characters or more', () => {
    expect(names('音乐会上，萨拉萨蒂的《流浪者之歌》之后，是贝多芬《第五交响乐》。')).toEqual(sorted(['萨拉萨蒂', '贝多芬']))
  })
  test('not a country, nor a run inside a word', () => {
    expect(names('他读过英国的《泰晤士报》和新出版的《文选》。')).toEqual([])
  })
})

describe('an item of a list that goes on as a phrase', () => {
  test('an ordinary word before 及 or 和 in the last item is no name (商务及经济发展局局长某某)', () => {
    expect(sorted(names('财政司司长黄伟明、商务及经济发展局局长刘美玲等出席。'))).toEqual(['刘美玲', '黄伟明'])
  })
  test('a name before 和 still is one (甲、乙和丙)', () => {
    expect(sorted(names('出席的有张明、王华和李强。'))).toEqual(['张明', '李强', '王华'])
  })
})
