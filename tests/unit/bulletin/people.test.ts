import { describe, expect, test } from '@jest/globals'
import { parseBulletinText } from '../../../src/bulletin/index'
import { eldersOfKnownSurname, familiarNames, familyPartOfDotted, pairedNames, tibetanNames, trimDottedTail } from '../../../src/bulletin/pagePeople'

/** Parse a one-article page and return its people by name. */
function people(body: string) {
  const r = parseBulletinText(`测试标题\n\n本报讯（记者 方 正）${body}`, { source: 't', issueDate: '2024-01-02' })
  return Object.fromEntries(r.people.map((p) => [p.name, p]))
}
const names = (body: string) => Object.keys(people(body)).filter((n) => n !== '方正').sort()

describe('names with evidence', () => {
  test('a title chain before a name gives the name and every title in the chain', () => {
    const p = people('昨日，省委常委、市委书记严振华主持会议。')
    expect(Object.keys(p)).toContain('严振华')
    expect(p['严振华']!.titles).toEqual(['省委常委', '市委书记'])
    expect(p['严振华']!.roles).toContain('official')
  })
  test('a title chain with an organisation stops at the verb before it', () => {
    const p = people('国家主席李振邦会见了乌兰国第一副总理卡列诺夫。')
    expect(p['卡列诺夫']!.titles).toEqual(['乌兰国第一副总理'])
    expect(p['李振邦']!.titles).toEqual(['国家主席'])
  })
  test('a title after a name', () => {
    expect(people('学习贯彻习近平总书记重要讲话精神。')['习近平']!.titles).toEqual(['总书记'])
    expect(names('巴尔科夫总统在会上发言。')).toEqual(['巴尔科夫'])
  })
  test('a list ending in 等参加, with names made of dictionary words (周/富强)', () => {
    expect(names('周富强、牛卫国、杜新军、黄卿等参加会议。')).toEqual(['周富强', '杜新军', '牛卫国', '黄卿'].sort())
  })
  test('a list without 等, and one whose first item carries 市领导', () => {
    expect(names('钟立军、谭雨菲参加活动。')).toEqual(['谭雨菲', '钟立军'])
    expect(names('市领导侯红、杨福平出席。')).toEqual(['侯红', '杨福平'])
  })
  test('a title before the first name of a list carries on to names without their own', () => {
    const p = people('副市长周海涛、刘思远参加会议。')
    expect(p['刘思远']!.titles).toEqual(['副市长'])
    const q = people('市委副书记贾文涛、市政府副市长宁海燕、钟立军出席。')
    expect(q['贾文涛']!.titles).toEqual(['市委副书记'])
    expect(q['宁海燕']!.titles).toEqual(['市政府副市长'])
    expect(q['钟立军']!.titles).toEqual(['市政府副市长'])
  })
  test('a carried title yields to the person\'s own title printed elsewhere on the page', () => {
    const r = parseBulletinText('甲\n\n本报讯 区长柏文清主持会议。\n\n乙\n\n本报讯 区委书记宗海峰、柏文清等参加活动。', { source: 't', issueDate: '2024-01-02' })
    expect(r.people.find((p) => p.name === '柏文清')!.titles).toEqual(['区长'])
    expect(r.people.find((p) => p.name === '宗海峰')!.titles).toEqual(['区委书记'])
  })
  test('list groups separated by commas, each with its own title', () => {
    const p = people('省领导周海涛、刘思远，市政府秘书长陈晓东等出席。')
    expect(Object.keys(p).sort()).toEqual(['刘思远', '周海涛', '方正', '陈晓东'].sort())
    expect(p['陈晓东']!.titles).toEqual(['市政府秘书长'])
    expect(p['刘思远']!.roles).toContain('attendee')
  })
  test('a list of organisations is not a list of people', () => {
    expect(names('市委、市政府等出席。')).toEqual([])
  })
  test('a name followed by a verb only people do', () => {
    expect(names('会上，林晓梅表示，要抓好落实。')).toEqual(['林晓梅'])
  })
  test('a name found once is found again where it has no evidence', () => {
    const r = parseBulletinText('甲\n\n本报讯 市长邵静怡主持会议。\n\n乙\n\n本报讯 邵静怡来到北湖镇。', { source: 't', issueDate: '2024-01-02' })
    expect(r.people.find((p) => p.name === '邵静怡')!.articles).toEqual([0, 1])
    expect(r.articles[1]!.people).toEqual(['邵静怡'])
  })
  test('a surname with a title (李主席) stands for the one person of that surname on the page', () => {
    const r = parseBulletinText('甲\n\n本报讯 国家主席李振邦会见来宾。\n\n乙\n\n本报讯 李主席对来宾表示欢迎。', { source: 't', issueDate: '2024-01-02' })
    expect(r.articles[1]!.people).toEqual(['李振邦'])
  })
})

describe('names in the forms of other papers', () => {
  test('a foreign name in parts joined by a middle dot (安东尼奥·古特雷斯)', () => {
    expect(people('联合国秘书长安东尼奥·古特雷斯在纽约表示欢迎。')['安东尼奥·古特雷斯']!.titles).toEqual(['联合国秘书长'])
  })
  test('offices and standings of other places and times: 行政长官, 候选人 (Hong Kong, elections)', () => {
    expect(people('行政长官周启明出席论坛并致辞。')['周启明']!.titles).toEqual(['行政长官'])
    expect(names('候选人林正雄在竞选总部向支持者致谢。')).toEqual(['林正雄'])
  })
  test('an assistant\'s office jieba reads as a verbal noun (区长助理/vn)', () => {
    expect(people('区长助理赵一鸣参加调研。')['赵一鸣']!.titles).toEqual(['区长助理'])
  })
  test('a foreign office before a name (日本外相小渊惠三)', () => {
    expect(people('叶利钦总统会见了来访的日本外相小渊惠三。')['小渊惠三']!.titles).toEqual(['日本外相'])
  })
  test('a foreign name jieba glued to the word before it (对戈/林斯基/总统)', () => {
    expect(names('他请客人转达对戈林斯基总统的问候。')).toEqual(['戈林斯基'])
  })
  test('a Japanese given name ends before a one-character word jieba glued on (绫香/仅以, 美奈/获得), and after 日本的', () => {
    expect(names('15岁的日本姑娘森田绫香仅以一分之差屈居亚军。')).toEqual(['森田绫香'])
    expect(names('日本选手松井美奈获得亚军。')).toEqual(['松井美奈'])
    expect(names('她险胜日本的高桥美奈夺冠。')).toEqual(['高桥美奈'])
  })
  test('a Japanese name after a title, ending at a clear boundary', () => {
    expect(names('以日本国际贸易促进协会会长松本健太郎为团长的代表团参观了浦东。')).toEqual(['松本健太郎'])
    expect(people('日本前首相小渊惠三说，两国要加强合作。')['小渊惠三']!.titles).toEqual(['日本前首相'])
    expect(names('日本首相桥本龙太郎今天会见了客人。')).toEqual(['桥本龙太郎'])
    expect(names('桥本龙太郎首相表示欢迎。')).toEqual(['桥本龙太郎'])
    expect(names('村长中村里的人都来了。')).toEqual([])
  })
  test('a surname and a given name jieba reads as a time word (詹/秋月), before a clear boundary', () => {
    expect(names('副区长詹秋月，区文旅局局长苗振宇等陪同。')).toEqual(['苗振宇', '詹秋月'])
  })
  test('a title chain split by 、 inside a list is one item (区委副书记、区长柏文清)', () => {
    const p = people('区委副书记、区长柏文清，区政协主席危春梅，区委常委向明辉、宫晓岚、瞿德胜，副区长成志刚、詹秋月出席会议。')
    expect(Object.keys(p).filter((n) => n !== '方正').sort()).toEqual(['危春梅', '向明辉', '宫晓岚', '成志刚', '柏文清', '瞿德胜', '詹秋月'].sort())
    expect(p['柏文清']!.titles).toEqual(['区委副书记', '区长'])
    expect(p['瞿德胜']!.titles).toEqual(['区委常委'])
    expect(p['瞿德胜']!.roles).toContain('attendee')
  })
  test('a list ending in 等200余人参加 is still a list; the count is not a name', () => {
    expect(names('社区居民代表牟建华、芦桂英等200余人参加活动。')).toEqual(['牟建华', '芦桂英'])
  })
  test('a given name jieba files as an adverb (王/立新/d), before a verb glued to its object (主持会议)', () => {
    expect(people('市长王立新主持会议。')['王立新']!.titles).toEqual(['市长'])
    expect(names('副市长张已经表示同意。')).toEqual([])
  })
  test('such a given name (立新/d, 建设/vn) also ends before a word of time or a character that follows names', () => {
    expect(people('县委书记冯立新昨天在会上讲话。')['冯立新']!.titles).toEqual(['县委书记'])
    expect(names('县长王建设在村里调研。')).toEqual(['王建设'])
    expect(names('市长孙立新的讲话受到欢迎。')).toEqual(['孙立新'])
    expect(names('镇长李长远昨天到村里走访。')).toEqual(['李长远'])
    expect(names('县长王一直在村里。')).toEqual([])
  })
  test('a verb people do ends a title chain even where jieba calls it a noun (会见/n)', () => {
    expect(people('国务院总理李振邦在人民大会堂会见新加坡总理黄循财。')['黄循财']!.titles).toEqual(['新加坡总理'])
    expect(people('据市气象局首席预报员苏芳介绍，今年汛期降水偏多。')['苏芳']!.titles).toEqual(['市气象局首席预报员'])
  })
  test('兼 joins two offices; titles before another name in the chain are not this one\'s', () => {
    const p = people('国务委员兼国务院秘书长鲁国平、外经贸部副部长石启明参加会见。')
    expect(p['鲁国平']!.titles).toEqual(['国务委员', '国务院秘书长'])
    expect(p['鲁国平']!.roles).toContain('official')
    expect(p['石启明']!.titles).toEqual(['外经贸部副部长'])
  })
  test('an age before a title is not part of it; an administrative unit is (村党支部书记)', () => {
    expect(people('78岁居民郝秀英乘电梯下楼。')['郝秀英']!.titles).toEqual(['居民'])
    expect(people('村党支部书记邬永明介绍，全村都入了社。')['邬永明']!.titles).toEqual(['村党支部书记'])
  })
  test('occupations before a name are evidence (果农骆大勇)', () => {
    expect(names('果农骆大勇一边摘果一边说，果子不愁卖了。')).toEqual(['骆大勇'])
  })
})

describe('words that are not names', () => {
  test('a title word jieba tags as a name (顾问/nr) is no name, and ends a title chain', () => {
    expect(names('省长顾问宣布，今年要加快发展。')).toEqual([])
    expect(people('市政府顾问韦德明出席会议。')['韦德明']!.titles).toEqual(['市政府顾问'])
  })
  test('after a title, a word jieba files as a name with a rarer surname (辛勤, 满怀) counts only before a clear end', () => {
    expect(names('在科研人员辛勤努力下，新品种终于育成。居民满怀期待地说，日子会更好。')).toEqual([])
    expect(names('夺得小组头名的选手晋级决赛。')).toEqual([])
    expect(names('技术员宁静说，今年的产量翻了一番。')).toEqual(['宁静'])
  })
  test('a negation and a verb, or a complement (起来), after a surname-like word is a clause (车不堵, 乐起来)', () => {
    expect(names('日子红火起来，大家乐起来。城里的车不堵了，老人赖不掉。')).toEqual([])
  })
  test('和 before a name of a common surname is the conjunction (和/王晓峰); a rarer given reading stays a 和 surname (和德钧)', () => {
    expect(names('从那时起，她和孟飞、韩伟东、徐小帆等导演合作。')).toEqual(['孟飞', '徐小帆', '韩伟东'])
    expect(names('纳西族代表和德钧、白族代表杨丽出席会议。')).toEqual(['和德钧', '杨丽'])
  })
  test('a surname-like noun before a degree adverb and an adjective is a clause (车太多了, 钱太少)', () => {
    expect(names('城里的车太多了，路也窄。')).toEqual([])
    expect(names('他说，钱太少，路太远。')).toEqual([])
    expect(names('县长马很忙。')).toEqual([])
  })
  test('a rare surname that is a word of function with what follows is no name before a verb (但经检查)', () => {
    expect(names('但经检查，该批产品质量合格。')).toEqual([])
  })
  test('a place after 在 is where something was said, not who said it (在莫斯科表示)', () => {
    expect(names('俄罗斯第一副总理涅姆佐夫３日在莫斯科表示，今年将加快改革。')).toEqual(['涅姆佐夫'])
    expect(names('代表团于东京表示欢迎。')).toEqual([])
  })
  test('a surname and a title (贺主席) or an office (宣传部) is not a name', () => {
    expect(names('国家主席贺振东会见客人。贺主席说，欢迎来访。')).toEqual(['贺振东'])
    expect(names('区委常委、宣传部部长宫晓岚出席。')).toEqual(['宫晓岚'])
  })
  test('宁可, 周全, 宣传周, 高度, 万一 are not people', () => {
    expect(names('宁可多跑几趟，也要考虑得周全些。节能宣传周期间，以高度负责的态度，万一出现问题要及时处置。')).toEqual([])
  })
  test('a surname with a form of address, a conjunction before a word, a word of position are not names', () => {
    expect(names('老工人王师傅说，厂子变了。')).toEqual([])
    expect(names('会长和田野调查组一起出发。')).toEqual([])
    expect(names('村长田中间的小路修好了。')).toEqual([])
  })
  test('a title followed by an ordinary word is not a name', () => {
    expect(names('市长高度重视此事，主任表示同意。')).toEqual([])
  })
})

/** Sentences in the forms news reports use, with the people a reader finds in them. */
const newsSentences: [string, string[]][] = [
  ['国务院总理朱镕基今天在中南海会见了美国财政部长鲁宾。', ['朱镕基', '鲁宾']],
  ['联合国秘书长安南2日发表声明。', ['安南']],
  ['市委书记王东明、市长李春洪分别讲话。', ['王东明', '李春洪']],
  ['会议由副市长刘建华主持，市政府秘书长陈晓东通报了有关情况。', ['刘建华', '陈晓东']],
  ['张瑞敏说，海尔要走国际化道路。', ['张瑞敏']],
  ['据村党支部书记王小平介绍，全村已有80%的农户用上了自来水。', ['王小平']],
  ['出席会议的还有孙家正、刘云山、周铁农等。', ['孙家正', '刘云山', '周铁农']],
  ['江主席指出，要加强两国合作。江泽民主席还会见了代表团成员。', ['江泽民']],
  ['俄罗斯总统叶利钦和法国总统希拉克举行会谈。', ['叶利钦', '希拉克']],
  ['全国人大常委会委员长乔石会见了客人。', ['乔石']],
  ['老党员李德福今年已经78岁了。', ['李德福']],
  ['歌唱家彭丽媛演唱了歌曲。', ['彭丽媛']],
  ['北京大学教授厉以宁认为，改革要稳步推进。', ['厉以宁']],
  ['他对记者说，今年的收成不错。', []],
  ['市人大常委会副主任张国庆、王建设出席活动。', ['张国庆', '王建设']],
  ['该厂厂长马明华告诉记者，产品已销往20多个国家。', ['马明华']],
  ['这一做法得到了群众的充分肯定，高度评价。', []],
  ['全市各级各部门要以高度的政治责任感，宁可十防九空。', []],
  ['省委副书记、省长王国生在讲话中要求，各地要抓好落实。', ['王国生']],
]

describe('people in news sentences', () => {
  test.each(newsSentences)('%s', (sentence, expected) => {
    expect(names(sentence)).toEqual([...expected].sort())
  })
})

describe('foreign names after a title of office or a word for a sportsman', () => {
  test('a two-character transliteration jieba reads as one name, after a title (外长萨米)', () => {
    expect(names('会见瑞士外长萨米时说，两国关系良好。')).toEqual(['萨米'])
  })
  test('an unknown word of a name\'s make-up right after a title (总统宰诺迪, 大使加霍姆)', () => {
    expect(names('智利总统宰诺迪宣布，秘鲁大使加霍姆表示支持。')).toEqual(['加霍姆', '宰诺迪'])
  })
  test('选手, which jieba files as a verb, still puts a name after it', () => {
    expect(names('中国选手柏峰名列第二。')).toEqual(['柏峰'])
  })
  test('a function word glued to what follows a title is no name (外长对台…, 部长这篇…)', () => {
    expect(names('该国外长对台湾问题表示关切，那位部长这篇讲话很好。')).toEqual([])
  })
  test('若, 申, 柳, 思, 默 and 宾 are transliteration characters too (总理若加潘, 总统卢申纳科)', () => {
    expect(names('该国总理若加潘表示，邻国总统卢申纳科和特使波瓦柳克也将出席。')).toEqual(expect.arrayContaining(['若加潘', '卢申纳科', '波瓦柳克']))
  })
  test('会长 is an office: a surname that is also a verb starts a name after it (会长谢某某)', () => {
    expect(names('协会会长谢启明也在会上发言。')).toEqual(['谢启明'])
    expect(names('协会会长向启华也在会上发言。')).toEqual(['向启华'])
  })
  test('a verb of one character glued to a two-character name before 了/过 is the verb (老师某某读了, 局长某某收了)', () => {
    expect(names('老师吴芳读了一首诗。')).toEqual(['吴芳'])
    expect(names('局长郑凯收了礼。')).toEqual(['郑凯'])
    // Not when the given characters make a word: 刘建成 is a name of one (建成).
    expect(names('工程师刘建成了专家。')).toEqual(['刘建成'])
  })
  test('昂, 京, 根, 贡, 昆, 隆 and 琼 are transliteration characters too (总统昂蒂卡, 总理昆塔隆, 外长琼贡萨)', () => {
    expect(names('该国总统昂蒂卡今天抵达，总理昆塔隆和外长琼贡萨也来了。')).toEqual(['昂蒂卡', '昆塔隆', '琼贡萨'])
  })
  test('a two-character transliteration jieba files as a place, before a verb people do or an adverb of intent (普京/ns 表示, 普京/ns 特地)', () => {
    expect(names('普京表示，两国关系良好。里根表示满意。')).toEqual(['普京', '里根'])
    expect(names('普京特地赶来祝贺。')).toEqual(['普京'])
    // After an adverb it is a verb jieba files as a place (亲自/登门/慰问).
    expect(names('校长亲自登门看望学生。')).toEqual([])
  })
  test('a transliteration jieba reads whole after a word for a sportsman, though its first two characters are a word (名将/德里克)', () => {
    expect(names('美国名将德里克在男子比赛中夺冠。')).toEqual(['德里克'])
  })
  test('a name jieba cut into a transliteration and a character of it (卡尔/nrt 兹/rg) is read whole', () => {
    expect(names('该国新任大使卡尔兹14日在这里说，两国关系良好。')).toEqual(['卡尔兹'])
    expect(names('大使库里兹昨天说，两国关系良好。')).toEqual(['库里兹'])
  })
  test('a transliteration run ends where the name jieba tags ends, not inside the next word (奥巴马/特别强调, 尼克松/提出)', () => {
    expect(names('该国总统奥巴马特别强调，要加强合作。')).toEqual(['奥巴马'])
    expect(names('该国总统尼克松提出，要加强合作。')).toEqual(['尼克松'])
    // Before a count the name's last character was glued to it (某某恩/一人): the run stands.
    expect(names('体院学生马洛查恩一人包揽两枚金牌。')).toContain('马洛查恩')
  })
  test('a name-shaped word right after a lone transliterated character is the end of a longer name', () => {
    expect(names('芬兰选手弗罗兰德获得第三。')).not.toContain('罗兰德')
  })
})

describe('a person after a country, a province or an age and 的', () => {
  test('in results and portraits (挪威的某某名列第三, 浙江的某某获胜, 31岁的某某在…)', () => {
    expect(names('挪威的沃尔顿名列第三，浙江的柏晓薇获胜。')).toEqual(['柏晓薇', '沃尔顿'])
    expect(names('31岁的柏晓薇在比赛中发挥出色。')).toEqual(['柏晓薇'])
  })
  test('an ordinary word or a place after 的 is no person (中国的发展, 湖南省的张家界)', () => {
    expect(names('中国的发展很快，湖南省的张家界游人多，新春的祝词写好了。')).toEqual([])
  })
})

describe('names after titles that jieba cuts or tags oddly', () => {
  test('a name jieba files as a place (马岭/ns), right after a title and before a verb', () => {
    expect(names('主审法官马岭在判决时说。')).toEqual(['马岭'])
  })
  test('a foreign name jieba cut in two transliterated pieces (赫尔/泽克) is read whole', () => {
    expect(names('芬兰总统赫尔泽克指出，合作要加强。')).toEqual(['赫尔泽克'])
  })
  test('a transliterated name before 夫人 stops before it, and 领导人, 发言人 are titles', () => {
    expect(names('工党领导人瓦莱夫人和青年一起。')).toEqual(['瓦莱'])
    expect(people('外交部发言人桑托斯说。')['桑托斯']!.titles).toContain('发言人')
  })
  test('a verb after a surname-like function word keeps it a function word (教师都能安心)', () => {
    expect(names('我们的教师都能安居乐业。')).toEqual([])
  })
})

describe('photographers', () => {
  test('a photo credit inside a caption paragraph names a person of the page', () => {
    const r = parseBulletinText('江城新桥通车\n\n本报讯 新桥昨日通车，市民争相过桥。（卞国梁柯南星摄）', { source: 't', issueDate: '2024-01-02' })
    expect(r.people.map((p) => p.name)).toEqual(expect.arrayContaining(['卞国梁', '柯南星']))
    expect(r.people.find((p) => p.name === '卞国梁')!.roles).toContain('reporter')
  })
  test('a picture item (caption headline over its credit) is an article, and its photographer a person', () => {
    const page = '江城新桥通车\n\n本报讯 新桥昨日通车。\n\n队员们在雪地里训练（图片）\n\n（新华社记者施文涛摄）\n\n下一条新闻\n\n本报讯 会议开幕。'
    const r = parseBulletinText(page, { source: 't', issueDate: '2024-01-02' })
    expect(r.articles.map((a) => a.title)).toContain('队员们在雪地里训练（图片）')
    expect(r.people.map((p) => p.name)).toContain('施文涛')
  })
})

describe('names paired by a slash', () => {
  test('the partner of a known name across a slash is a person; a credit role after a slash is not', () => {
    const r = parseBulletinText('羽毛球赛战报\n\n本报讯 女双比赛中，选手柯南星表现出色。柯南星/蒲晓负于对手，邱明远/卞国梁分别获胜。（本报记者 方 正）\n\n卞国梁在赛后表示满意。董方/文', { source: 't', issueDate: '2024-01-02' })
    const names = r.people.map((p) => p.name)
    expect(names).toEqual(expect.arrayContaining(['柯南星', '蒲晓']))
    expect(names).not.toContain('蒲晓负')
    expect(names).not.toContain('邱明远分')
  })
})

test('pairedNames reads the unknown side of a slash next to a known name, and nothing without one', () => {
  const known = new Set(['柯南星', '卞国梁', '董友方'])
  expect(pairedNames('柯南星/蒲晓负于对手，邱明远/卞国梁分别获胜。董友方/文周立/摄', known)).toEqual(['蒲晓', '邱明远'])
  expect(pairedNames('王方/李明获胜，占1/3。', known)).toEqual([])
})

describe('a name after a title that jieba glued to the word after it', () => {
  test('the name is read from the text to a clear end (率, 的, 向, a verb)', () => {
    expect(names('集团副总经理钱维忠拉着老工人的手说，大家辛苦了。')).toContain('钱维忠')
    expect(names('军分区参谋长孔业明率60名官兵，赶赴灾区。')).toContain('孔业明')
    expect(names('在研究所所长褚殿举的带领下，组成攻关小组。')).toContain('褚殿举')
    expect(names('协会会长严立洪向记者介绍说，今年会员增加了。')).toContain('严立洪')
  })
  test('not an ordinary word, a verb or a word of time after a surname-like character', () => {
    expect(names('联合国负责人强调伊应无条件合作。')).toEqual([])
    expect(names('图为登上山顶的新战士高兴地欢呼。')).toEqual([])
    expect(names('全队队员成绩均超过了标准。')).toEqual([])
    expect(names('他在会见代表时强调，要抓好落实。')).toEqual([])
    expect(names('消防局局长长孙介绍，去年火灾减少。')).toEqual([])
  })
})

describe('a pen name closing an article', () => {
  const page = (tag: string) =>
    parseBulletinText(`新桥通车\n\n本报讯 城东新桥昨日建成通车，全长八百米。${tag}\n\n旧城改造启动\n\n本报讯 旧城改造工程今日启动，涉及三个街区。\n`, {
      source: 't', issueDate: '2024-01-02',
    }).people.map((p) => p.name)
  test('a two-character tag after the last sentence is the writer, with or without a surname', () => {
    expect(page('（晓岚）')).toContain('晓岚')
    expect(page('（雪帆）')).toContain('雪帆')
  })
  test('not an editor note, a reaction, a place or an ordinary word', () => {
    for (const tag of ['（掌声）', '（综合）', '（待续）', '（上海）', '（图片）']) expect(page(tag)).toEqual([])
  })
})

describe("a reader's signature on its own line under a letter", () => {
  test('the names after the unit are people of the article', () => {
    const r = parseBulletinText('路灯该修了\n\n我们小区门口的路灯坏了三个月，至今无人修理。\n\n（湖南临江县委宣传部邹建明）\n\n旧城改造启动\n\n本报讯 旧城改造工程今日启动，涉及三个街区。\n', {
      source: 't', issueDate: '2024-01-02',
    })
    expect(r.people.map((p) => p.name)).toEqual(['邹建明'])
    expect(r.people[0]!.articles).toEqual([0])
  })
})

describe('a head of a unit or a professional grade printed after the name', () => {
  test('某某处长, 某某副教授, 某某副社长, 某某将军', () => {
    expect(names('校人事处戚兆宏处长告诉记者，今年招聘了新人。')).toContain('戚兆宏')
    expect(names('农学系柏友善副教授主持了研讨会。')).toContain('柏友善')
    expect(names('代表团由滕中田副社长率领。')).toContain('滕中田')
  })
  test('为 before the title is what the person was made, not the end of the name', () => {
    expect(names('会议选举韦森为副省长。')).not.toContain('韦森为')
  })
})

describe('a speaker of a forum: the name, who they are in brackets, then a colon', () => {
  test('某某（某部某司副主任）：at the start of a paragraph', () => {
    expect(names('岑冬科（农业部某工程办公室副主任）：菜篮子工程要抓好。')).toContain('岑冬科')
    expect(names('桑华（主持人）：今天我们请来了几位专家。')).toContain('桑华')
  })
  test('not a word in brackets that is no name, nor a bracket inside a sentence', () => {
    expect(names('附件（一）：实施细则如下。')).toEqual([])
    expect(names('会上，岑冬科（农业部副主任）说得很好。')).not.toContain('会上')
  })
})

describe('a Japanese family name alone before a title', () => {
  test('某本首相 is the prime minister, found on the rest of the page too', () => {
    expect(names('次官昨晚向松本首相表示辞职。松本随即接受。')).toContain('松本')
  })
})

describe('a name after a title that jieba files as an idiom', () => {
  test('a word of a name shape filed as an idiom or a place, after a title and before a clear end, is the name', () => {
    expect(names('市文联副会长钟淑慧希望青年作者多下基层。')).toContain('钟淑慧')
  })
})

describe('a foreign name written in full once, then by its family part alone', () => {
  test('the family part of a dotted name counts where it stands free', () => {
    const found = names('副部长安德鲁·佩尔特曼一行今天抵京。佩尔特曼说，两国合作前景广阔。')
    expect(found).toContain('安德鲁·佩尔特曼')
    expect(found).toContain('佩尔特曼')
  })
  test('not when the part never stands alone, and not a Chinese word at the end of a dotted name', () => {
    expect(names('副部长安德鲁·佩尔特曼一行今天抵京。')).not.toContain('佩尔特曼')
    expect(familyPartOfDotted('安德鲁·佩尔特曼')).toEqual(['佩尔特曼'])
    expect(familyPartOfDotted('次仁·平措')).toEqual([])
  })
})

describe('老 or 小 and a common surname, the way a story names someone it knows well', () => {
  test('老某 and 小某 before a clear end are people', () => {
    expect(familiarNames('师傅老韩说，徒弟小蒋和他一起上班。')).toEqual(['老韩', '小蒋'])
  })
  test('not the end of a word (养老金, 从小) nor a rare surname', () => {
    expect(familiarNames('他用养老金交了费。他从小就爱读书，老鄂说。')).toEqual([])
  })
  test('某老, an eminent elder, for a surname a person of the page has in full', () => {
    expect(eldersOfKnownSurname('“写字先要静下心来”，萧老常这样说。', new Set(['萧']))).toEqual(['萧老'])
    expect(eldersOfKnownSurname('萧老常这样说。', new Set(['冯']))).toEqual([])
    // Not 老是 (always), nor a word (古老, 元老).
    expect(eldersOfKnownSurname('萧老是迟到。这座古老的城，几位元老，', new Set(['萧', '古', '元']))).toEqual([])
    expect(names('画家萧德明今年八十岁。“写字先要静下心来”，萧老常这样说。')).toEqual(['萧德明', '萧老'])
  })
})

describe('a dotted name read on into the words after it', () => {
  test('the last part ends before a word of time, a courtesy title or a function word', () => {
    expect(trimDottedTail('安德鲁·佩尔特曼今天上午')).toBe('安德鲁·佩尔特曼')
    expect(trimDottedTail('安德鲁·佩尔特曼均')).toBe('安德鲁·佩尔特曼')
    expect(trimDottedTail('约瑟·黎先生')).toBe('约瑟·黎')
    expect(trimDottedTail('卡洛·邦迪等人出席')).toBe('卡洛·邦迪')
  })
  test('a name without such a tail is left whole', () => {
    expect(trimDottedTail('安德鲁·佩尔特曼')).toBe('安德鲁·佩尔特曼')
    expect(trimDottedTail('在明')).toBe('在明')
  })
})

describe('a Tibetan name: two name elements in a row, no surname', () => {
  test('格桑卓玛-like names are people where they stand free', () => {
    expect(tibetanNames('牧民格桑卓玛说，今年收成好。')).toEqual(['格桑卓玛'])
    expect(names('藏族歌手格桑卓玛高唱了一曲。')).toContain('格桑卓玛')
  })
  test('not one part of a dotted name, nor a single element', () => {
    expect(tibetanNames('委员阿布·格桑卓玛出席。扎西说好。')).toEqual([])
  })
})

describe("people and places in a picture's caption", () => {
  test('a note of where someone stands in the picture follows a person (某某（右）, 某某（前排左二）)', () => {
    expect(names('图为贫困户赵金花（右）在清点今年的收入。')).toEqual(['赵金花'])
    expect(names('图为值班员甄慧慧（左）和卞秀梅（前排右二）在交接。')).toEqual(['卞秀梅', '甄慧慧'])
    expect(names('图为马洛维奇（左）与队友庆祝。')).toEqual(['马洛维奇'])
    expect(names('会场设在大厅（中）。')).toEqual([])
  })
  const page = '春耕忙（图片）\n\n本报讯 今年春耕早，农民干劲足。\n\n图为县长甄德全（左二）在临江市田间察看苗情。\n\n（四川萧冰云）\n'
  test('a caption kept among the pictures is read for people and places like the body', () => {
    const r = parseBulletinText(page, { source: 't', issueDate: '2024-01-02' })
    expect(r.people.map((p) => p.name)).toContain('甄德全')
    expect(r.articles.flatMap((a) => a.places)).toContain('临江市')
  })
})
