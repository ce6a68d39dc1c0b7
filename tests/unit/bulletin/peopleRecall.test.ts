import { describe, expect, test } from '@jest/globals'
import { parseBulletinText } from '../../../src/bulletin/index'
import { isPlausibleName } from '../../../src/bulletin/people'

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

describe('a title after a name with 副 cut off it', () => {
  test('某某/副/总理 is a name and the title 副总理', () => {
    const r = parseBulletinText('测试标题\n\n邱岳副总理兼外长昨天会见了代表团。昨天巫克副主席又明确指出。', { source: 't', issueDate: '2024-01-02' })
    expect(r.people.map((p) => [p.name, p.titles])).toEqual([['邱岳', ['副总理']], ['巫克', ['副主席']]])
  })
  test('副 before a word that is no title after a name reads nothing', () => {
    expect(names('这个产品的副作用很小。')).toEqual([])
  })
})

describe('a name after 叫 (男的叫某某，)', () => {
  test('bare 叫 after a word for someone, up to punctuation or 的', () => {
    expect(names('男的叫葛明远，女的叫韦丽。')).toEqual(['葛明远', '韦丽'].sort())
    expect(names('据了解，伤者叫邹平安，住在城南。')).toEqual(['邹平安'])
    expect(names('一位叫蒋德胜的老师傅走了过来。')).toEqual(['蒋德胜'])
  })
  test('名叫 reads the name to 的 where jieba cut it elsewhere', () => {
    expect(names('发现一位名叫龚月端的孤身老人。')).toEqual(['龚月端'])
  })
  test('not after a count (animals are named too), nor a place so named, nor 叫 as a verb', () => {
    expect(names('其中一匹叫黄毛，一匹叫白雪。')).toEqual([])
    expect(names('村里有个地方名叫许厝，背靠青山。')).toEqual([])
    expect(names('观众们都叫好，演员们叫苦。')).toEqual([])
  })
})

describe('surnames of the 百家姓 that are no everyday word', () => {
  test('宓, 蒯, 璩, 竺 start a name; 经 (a preposition) does not', () => {
    for (const n of ['宓德昌', '蒯文军', '璩秀兰', '竺可松']) expect(isPlausibleName(n)).toBe(true)
    expect(isPlausibleName('经研究')).toBe(false)
  })
})

describe('a picture credit naming where it was taken', () => {
  test('（某某摄于某国） under a picture headline is a credit: the photographer, not two names of a byline', () => {
    const r = parseBulletinText('雪后山村（图片）\n\n（于澄摄于北海国）\n', { source: 't', issueDate: '2024-01-02' })
    expect(r.people.map((p) => [p.name, p.roles])).toEqual([['于澄', ['reporter']]])
    expect(r.articles[0]!.pictures).toEqual(['（于澄摄于北海国）'])
    expect(r.articles[0]!.reporters).toEqual([])
  })
})

describe('a name after its team, country or age and 的', () => {
  test('某某队的某某: a team puts its player after 的', () => {
    expect(names('半决赛里，沈阳队的邝宏与大连队的巫宏分获金银牌。')).toEqual(['巫宏', '邝宏'].sort())
  })
  test('an age, 的, a name, then a number (31岁的某某2001年…)', () => {
    expect(names('今年31岁的蔺旭2001年加盟南岭队。')).toEqual(['蔺旭'])
  })
  test('a name jieba glued to the 以 of a score is cut before it', () => {
    expect(names('首轮比赛，泰国的邝俊以21∶18获胜。')).toEqual(['邝俊'])
  })
  test('not a word after 的 that is no name (球队的主力)', () => {
    expect(names('沈阳队的主力今天休息。')).toEqual([])
  })
})

describe('a name before 等人 / 等N位同志 (no role stated)', () => {
  test('某某等人, 某某等12位同志: the word before 等 is a person', () => {
    expect(names('邝康等人完成的课题获奖。')).toEqual(['邝康'])
    expect(names('蔺志强等12位同志受到表彰。')).toEqual(['蔺志强'])
  })
  test('a 、-list ending 等人: the other name-shaped items too', () => {
    expect(names('课题组巫欣、邝光华等人提交了报告。')).toEqual(['巫欣', '邝光华'].sort())
  })
  test('等 before a word of the whole list (等为, 等也, 等分别): the names before it', () => {
    expect(names('邝巩、巫群等为学生们表演了节目。')).toEqual(['巫群', '邝巩'].sort())
    expect(names('黄油、干面条等为早餐。')).toEqual([])
  })
  test('not 等人流, nor ordinary words before 等人士 / 等人员', () => {
    expect(names('车站、王府井等人流密集的地方。')).toEqual([])
    expect(names('工人、农民等人士参加。党员等人员到会。')).toEqual([])
  })
})

describe('a region label under a headline', () => {
  test('a province alone on a line under a headline is no author (某省 / 据新华社某市电)', () => {
    const r = parseBulletinText('各地元宵灯会热闹\n\n江西\n\n据新华社南昌2月3日电 元宵节期间，全省各地举办灯会。\n', { source: 't', issueDate: '2024-01-02' })
    expect(r.people.map((p) => p.name)).toEqual([])
  })
  test('a name alone under a headline stays its author', () => {
    const r = parseBulletinText('冬日的山村\n\n邝志远\n\n雪后的山村一片宁静，炊烟从屋顶升起。\n', { source: 't', issueDate: '2024-01-02' })
    expect(r.articles[0]!.reporters).toEqual(['邝志远'])
  })
})

describe('a three-character name jieba cut in two before a verb of speech', () => {
  test('a two-character piece and one more character (某家/强/认为), a lone surname and a word (何/建成/认为)', () => {
    expect(names('会上，胡家强认为，应当改革。')).toEqual(['胡家强'])
    expect(names('会上，罗秋明认为，应当改革。')).toEqual(['罗秋明'])
    expect(names('会上，何建成认为，应当改革。')).toEqual(['何建成'])
  })
  test('not a word and a position (贺电/中/指出), an abbreviation and a noun (韩/警方), a manner (高兴地说)', () => {
    expect(names('秘书长在贺电中指出，工作很好。')).toEqual([])
    expect(names('韩警方透露，嫌犯已落网。')).toEqual([])
    expect(names('他高兴地说：好。她打来电话说，已经到了。')).toEqual([])
  })
})

describe('a surname-like character before a country or province after a title', () => {
  test('代表全中国的妇女: a phrase, not a name; a given name that is a city or county (某永安) still is one', () => {
    expect(names('他们代表全中国的妇女发言，代表全中国青年表示祝贺。')).toEqual([])
    expect(names('副市长邝永安主持会议。')).toEqual(['邝永安'])
  })
})

describe('more Japanese family names', () => {
  test('a common family name the table now holds (山下, 星野, 服部) starts a Japanese name after a title', () => {
    expect(names('驻华大使星野健太郎会见了记者。')).toEqual(['星野健太郎'])
  })
})
