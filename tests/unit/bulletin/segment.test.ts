import { describe, expect, test } from '@jest/globals'
import { segmentArticles, assignHeadlineRoles, isFolioLine, pictureCredits, reportsNews, subheadingShape } from '../../../src/bulletin/segment'
import { parseBulletinText } from '../../../src/bulletin/index'

const paragraphs = (text: string) => segmentArticles(text).articles.map((a) => a.paragraphs.map((p) => p.text))

describe('rejoining paragraphs broken mid-sentence', () => {
  test('joined when the first part reads as prose and ends mid-sentence', () => {
    expect(paragraphs('标题\n\n本报讯 甲说，要做好“防”与\n\n“治”两方面工作。')).toEqual([['甲说，要做好“防”与“治”两方面工作。']])
  })
  test('not joined after a full stop', () => {
    expect(paragraphs('标题\n\n本报讯 第一段，完了。\n\n第二段，开始。')).toEqual([['第一段，完了。', '第二段，开始。']])
  })
  test('not joined into a following headline and dateline', () => {
    const a = segmentArticles('标题一\n\n本报讯 第一段，没有句号\n\n标题二\n\n本报讯 第二篇。').articles
    expect(a).toHaveLength(2)
    expect(a[0]!.paragraphs.map((p) => p.text)).toEqual(['第一段，没有句号'])
  })
  test('not joined across a rule line', () => {
    expect(paragraphs('标题\n\n本报讯 甲，乙\n———\n丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥。')[0]).toHaveLength(2)
  })
})

describe('articles', () => {
  test('a dateline paragraph right after a body starts a brief with no headline', () => {
    const a = segmentArticles('标题\n\n本报讯 第一篇。\n\n本报讯 第二篇。').articles
    expect(a.map((x) => x.headlines.length)).toEqual([1, 0])
  })
  test('bulleted items are separate briefs, picture notes leave the body', () => {
    const a = segmentArticles('●本报讯 甲事。（附图片１张）\n●本报讯 乙事。\n（附图片2张）').articles
    expect(a).toHaveLength(2)
    expect(a[0]!.pictures).toEqual(['（附图片1张）'])
    expect(a[0]!.paragraphs[0]!.text).toBe('甲事。')
    expect(a[1]!.pictures).toEqual(['（附图片2张）'])
  })
  test('photo credits are pictures, and their photographers are read from them', () => {
    const a = segmentArticles('标题\n\n本报讯 内容。\n\n晚报记者 吕明轩 摄\n\n（图／记者 王 明）\n').articles
    expect(a).toHaveLength(1)
    expect(a[0]!.pictures).toEqual(['晚报记者吕明轩摄', '（图／记者王明）'])
    expect(a[0]!.photographers).toEqual(['吕明轩', '王明'])
    expect(a[0]!.paragraphs.map((p) => p.text)).toEqual(['内容。'])
  })
  test('a caption names no photographer unless it credits one', () => {
    expect(pictureCredits('图为施工人员在小区铺设管线。（记者 卢晓雯 摄）')).toEqual(['卢晓雯'])
    expect(pictureCredits('图为市民在公园晨练。')).toEqual([])
    expect(pictureCredits('（附图片1张）')).toEqual([])
    expect(pictureCredits('本报记者 张三 李四 摄')).toEqual(['张三', '李四'])
  })
  test('a folio line (paper, date, weekday or page) is a note, not a kicker of the first headline', () => {
    const a = segmentArticles('江城晚报　2019年7月12日　星期五　A05　城事\n\n老旧小区加装电梯提速\n\n晚报讯 今年已装146部。').articles
    expect(a).toHaveLength(1)
    expect(a[0]!.notes).toEqual(['江城晚报2019年7月12日星期五A05城事'])
    expect(a[0]!.headlines).toEqual([{ role: 'title', text: '老旧小区加装电梯提速' }])
    expect(isFolioLine('人民日报1998年3月6日第4版')).toBe(true)
    expect(isFolioLine('2019年7月12日')).toBe(false)
    expect(isFolioLine('我市举办2019年7月12日活动')).toBe(false)
  })
  test('a byline line after a headline belongs to that article', () => {
    const a = segmentArticles('社区建设提速\n本报记者 温嘉禾\n今年以来，我市投入资金。\n').articles
    expect(a).toHaveLength(1)
    expect(a[0]).toMatchObject({ reporters: ['温嘉禾'], byline: '本报记者 温嘉禾', dateline: null })
  })
  test('a bracketed byline on its own line after the body belongs to that article', () => {
    const a = segmentArticles('标题\n\n本报讯 会议昨日闭幕。\n（记者 张三 通讯员 李四）\n').articles
    expect(a).toHaveLength(1)
    expect(a[0]).toMatchObject({ reporters: ['张三', '李四'], byline: '（记者张三通讯员李四）' })
    expect(a[0]!.paragraphs.map((p) => p.text)).toEqual(['会议昨日闭幕。'])
  })
  test('a short line inside a body, followed by more body, is a subheading, not a new article', () => {
    const a = segmentArticles('标题\n\n本报讯 第一段。\n\n一、加强组织领导\n\n第二段。').articles
    expect(a).toHaveLength(1)
    expect(a[0]!.paragraphs.map((p) => p.text)).toEqual(['第一段。', '一、加强组织领导', '第二段。'])
  })
  test('a short question right before a byline is a headline, not the end of the previous article', () => {
    const a = segmentArticles('标题\n\n本报讯 第一篇。\n春节，你回家吗？\n本报记者 张明\n又到一年春运时。').articles
    expect(a).toHaveLength(2)
    expect(a[1]!.headlines.map((h) => h.text)).toEqual(['春节，你回家吗？'])
    expect(a[1]!.reporters).toEqual(['张明'])
  })
  test('a headline after a body, with no dateline on the page, opens an article when the next line starts a story', () => {
    const a = segmentArticles('夜市开街\n9月7日晚，街区开街。\n市民说好。\n老街换新颜\n近日，老街改造完工。').articles
    expect(a.map((x) => x.headlines.map((h) => h.text))).toEqual([['夜市开街'], ['老街换新颜']])
  })
  test('paragraphs run together on one line with ideographic indents are split apart', () => {
    expect(paragraphs('标题\n本报讯 第一段。　　第二段，还有。　　第三段。')).toEqual([['第一段。', '第二段，还有。', '第三段。']])
  })
  test('line numbers are those of the input, CRLF or not', () => {
    const a = segmentArticles('\r\n标题\r\n\r\n本报讯 内容。\r\n').articles
    expect(a[0]).toMatchObject({ firstLine: 2, lastLine: 4, headlineLines: [2] })
    expect(a[0]!.paragraphs[0]!.line).toBe(4)
  })
})

describe('headline roles', () => {
  const roles = (lines: string[]) => assignHeadlineRoles(lines.map((l) => ({ spaced: l, text: l.replace(/\s/g, '') }))).map((h) => `${h.role}:${h.text}`)
  test('one, two and three lines', () => {
    expect(roles(['主题'])).toEqual(['title:主题'])
    expect(roles(['主题', '副题'])).toEqual(['title:主题', 'subtitle:副题'])
    expect(roles(['引题', '主题', '——副题'])).toEqual(['kicker:引题', 'title:主题', 'subtitle:——副题'])
  })
  test('a first line that leads into the second is a kicker, not a title', () => {
    expect(roles(['金秋时节访农家——', '合作社里瓜果香'])).toEqual(['kicker:金秋时节访农家——', 'title:合作社里瓜果香'])
    expect(roles(['张明会见外国客人时强调', '两国合作前景广阔'])).toEqual(['kicker:张明会见外国客人时强调', 'title:两国合作前景广阔'])
    expect(roles(['李华在全省工作会议上指出', '以更大力度抓好落实'])).toEqual(['kicker:李华在全省工作会议上指出', 'title:以更大力度抓好落实'])
    expect(roles(['暑假来了，孩子们去哪儿玩？', '青少年宫推出公益课程'])).toEqual(['kicker:暑假来了，孩子们去哪儿玩？', 'title:青少年宫推出公益课程'])
  })
  test('without a lead-in signal two lines stay title + subtitle, whatever their lengths', () => {
    expect(roles(['职工运动会开幕', '3000余名职工同场竞技'])).toEqual(['title:职工运动会开幕', 'subtitle:3000余名职工同场竞技'])
    expect(roles(['市长检查防汛工作', '发扬连续作战敢打必胜精神以高度负责的态度做实做细防汛工作'])[0]).toBe('title:市长检查防汛工作')
    expect(roles(['听听专家怎么说', '三位学者谈垃圾分类'])).toEqual(['title:听听专家怎么说', 'subtitle:三位学者谈垃圾分类'])
    expect(roles(['春节，你回家吗？', '——记者街头随机采访'])).toEqual(['title:春节，你回家吗？', 'subtitle:——记者街头随机采访'])
  })
  test('two headlines run together with a wide gap are split; a single space is a phrase break', () => {
    expect(roles(['科技赋能基层治理    平安社区建设提速'])).toEqual(['title:科技赋能基层治理', 'subtitle:平安社区建设提速'])
    expect(roles(['发扬连续作战 敢打必胜精神'])).toEqual(['title:发扬连续作战\u3000敢打必胜精神'])
    expect(roles(['图 片 新 闻'])).toEqual(['title:图片新闻'])
  })
  test('a kicker of parallel phrases in a three-line headline keeps a gap between them', () => {
    expect(roles(['坚持以人民为中心  推动高质量发展', '我市召开全市经济工作会议', '——市委书记作重要讲话'])).toEqual([
      'kicker:坚持以人民为中心\u3000推动高质量发展', 'title:我市召开全市经济工作会议', 'subtitle:——市委书记作重要讲话',
    ])
  })
})

describe('headline roles by the convention of Chinese papers', () => {
  const roles = (lines: string[]) => assignHeadlineRoles(lines.map((l) => ({ spaced: l, text: l.replace(/\s/g, '') }))).map((h) => `${h.role}:${h.text}`)
  test('a first line that names the occasion is the kicker over the message', () => {
    expect(roles(['全区收听收看全省秋粮收购工作电视电话会议', '压实责任确保颗粒归仓'])).toEqual(['kicker:全区收听收看全省秋粮收购工作电视电话会议', 'title:压实责任确保颗粒归仓'])
    expect(roles(['区领导参加所在党支部主题党日活动', '以实干实绩践行初心使命'])[0]).toBe('kicker:区领导参加所在党支部主题党日活动')
    expect(roles(['国庆长假前夕', '全市商超货足价稳'])[0]).toBe('kicker:国庆长假前夕')
  })
  test("a column's label over a headline is the line above it, and the headline the title (国际要闻 / 某某呼吁…)", () => {
    expect(roles(['国际要闻', '多国代表呼吁加强海洋保护合作'])).toEqual(['kicker:国际要闻', 'title:多国代表呼吁加强海洋保护合作'])
    expect(roles(['简讯'])).toEqual(['title:简讯'])
  })
  test('a first line that is itself the news stays the title, the second its subtitle', () => {
    expect(roles(['区长暗访检查安全生产工作', '坚决守住不发生重大事故的底线'])).toEqual(['title:区长暗访检查安全生产工作', 'subtitle:坚决守住不发生重大事故的底线'])
  })
  test('bullet lines of a deck are subtitles, with their bullets as printed', () => {
    const a = segmentArticles('某市召开座谈会时指出\n\n今年外贸形势稳中向好\n\n●出口增速回升●新兴市场拓展加快\n\n●企业信心增强●订单回流\n\n新华社某市1月4日电（记者钱小平）座谈会日前召开。\n').articles
    expect(a).toHaveLength(1)
    expect(a[0]!.headlines.map((h) => `${h.role}:${h.text}`)).toEqual([
      'kicker:某市召开座谈会时指出', 'title:今年外贸形势稳中向好', 'subtitle:●出口增速回升●新兴市场拓展加快', 'subtitle:●企业信心增强●订单回流',
    ])
    expect(a[0]!.reporters).toEqual(['钱小平'])
  })
  test('a title with a ——访… tail and its author line: one headline, the author is the byline', () => {
    const a = segmentArticles('标题\n\n本报讯 第一篇完了。\n\n扎根在海岛——访某农场场长严立新\n\n郝春雨\n\n在海岛上，有这样一位场长。\n').articles
    expect(a).toHaveLength(2)
    expect(a[1]).toMatchObject({ headlines: [{ role: 'title', text: '扎根在海岛——访某农场场长严立新' }], reporters: ['郝春雨'], byline: '郝春雨' })
  })
  test('corner quotes in a headline stay as printed; the body gets curly quotes', () => {
    const a = segmentArticles('山村办起『农家书屋』\n\n本报讯 村里的『书屋』开张了。\n').articles
    expect(a[0]!.headlines).toEqual([{ role: 'title', text: '山村办起『农家书屋』' }])
    expect(a[0]!.paragraphs[0]!.text).toBe('村里的“书屋”开张了。')
  })
  test('an author credit under a headline is the byline, not a subtitle: title + name, names run together, a pen name', () => {
    const one = (text: string) => segmentArticles(text).articles[0]!
    const titled = one('让老戏出新彩\n\n某省戏剧家协会副主席贺文涛\n\n老戏要演出新意。\n')
    expect(titled).toMatchObject({ headlines: [{ role: 'title', text: '让老戏出新彩' }], reporters: ['贺文涛'], byline: '某省戏剧家协会副主席贺文涛' })
    expect(one('谈谈素质教育\n\n某某师范大学邱立明范晓东\n\n素质教育不是一句口号。\n').reporters).toEqual(['邱立明', '范晓东'])
    expect(one('山乡的早晨\n\n林文广郑晓岚\n\n天刚亮，山乡就醒了。\n').reporters).toEqual(['林文广', '郑晓岚'])
    expect(one('雪夜\n\n竹溪\n\n雪下了一夜。\n')).toMatchObject({ headlines: [{ text: '雪夜' }], byline: '竹溪' })
  })
  test('a short line over a dispatch is a region\'s label in the headline, not a pen name', () => {
    const a = segmentArticles('各地工会送温暖\n\n西江\n\n本报某市1月25日电 西江各级工会开展送温暖活动。\n').articles
    expect(a[0]!.headlines.map((h) => h.text)).toEqual(['各地工会送温暖', '西江'])
    expect(a[0]!.byline).toBeNull()
  })
  test('an author line with a pen name in brackets is the byline, not a subtitle', () => {
    const a = segmentArticles('冬夜读书记\n\n葛远舟（晓帆）\n\n冬夜漫长，正好读书。\n').articles
    expect(a[0]).toMatchObject({ headlines: [{ role: 'title', text: '冬夜读书记' }], reporters: ['葛远舟'], byline: '葛远舟（晓帆）' })
  })
})

describe('short items and end tags', () => {
  const titles = (text: string) => segmentArticles(text).articles.map((a) => a.headlines.map((h) => h.text).join('/'))
  test('a short picture item after an article is an article of its own', () => {
    const text = '标题\n\n本报讯 会议闭幕。\n\n新大桥合龙（图片）\n\n跨江大桥近日合龙，预计年底通车。\n\n（新华社记者曾小林摄）\n\n图片新闻\n\n１、某地举行冬泳比赛。\n\n（伍思远摄）\n\n２、某地迎来第一场雪。\n'
    expect(titles(text)).toEqual(['标题', '新大桥合龙（图片）', '图片新闻'])
    const a = segmentArticles(text).articles
    expect(a[1]!.photographers).toEqual(['曾小林'])
    expect(a[2]!.paragraphs.map((p) => p.text)).toEqual(['1、某地举行冬泳比赛。', '2、某地迎来第一场雪。'])
  })
  test('a name tag closing an article ends it: the next paragraph is a brief of its own', () => {
    const a = segmentArticles('标题\n\n本报讯 会议闭幕。（冯小川）\n\n某县全面完成农网改造，全县村村通电。（苗青）\n\n某市开通旅游专线，游客可直达景区。（邝立詹永涛）\n').articles
    expect(a).toHaveLength(3)
    expect(a.map((x) => x.reporters)).toEqual([['冯小川'], ['苗青'], ['邝立', '詹永涛']])
    expect(a[2]).toMatchObject({ reporters: ['邝立', '詹永涛'], paragraphs: [{ text: '某市开通旅游专线，游客可直达景区。' }] })
  })
  test('a tag line after the body closes the article, and a single headline after it opens the next', () => {
    const a = segmentArticles('标题\n\n本报讯 会议闭幕。\n\n（本报专电）\n\n少说空话\n\n会风文风要改。\n').articles
    expect(a.map((x) => x.headlines.map((h) => h.text))).toEqual([['标题'], ['少说空话']])
    expect(a[0]!.notes).toEqual(['（本报专电）'])
    const b = segmentArticles('标题\n\n本报讯 会议闭幕。\n\n（甘立波摄）（新华社稿）\n\n新标题\n\n本报讯 又一篇。\n').articles
    expect(b).toHaveLength(2)
    expect(b[0]!.photographers).toEqual(['甘立波'])
  })
  test('a line wholly in brackets is never a headline: under a headline a speech\'s date, after a body a writer\'s tag', () => {
    const a = segmentArticles('在全县工作会议上的讲话\n\n（二〇二〇年三月五日）\n\n同志们：\n\n今天的会议很重要。\n\n（某县交警大队闻一鸣）\n\n冬季行车要小心\n\n路面结冰，行车要慢。\n').articles
    expect(a.map((x) => x.headlines.map((h) => h.text))).toEqual([['在全县工作会议上的讲话'], ['冬季行车要小心']])
    expect(a[0]!.notes).toEqual(['（二〇二〇年三月五日）', '（某县交警大队闻一鸣）'])
    expect(a[0]!.paragraphs.map((p) => p.text).join('')).toBe('同志们：今天的会议很重要。')
  })
  test('a bracketed section number or a jump mark stays in the body', () => {
    const a = segmentArticles('标题\n\n本报讯 第一段。\n\n（A、D）\n\n第二段接着说。\n').articles
    expect(a).toHaveLength(1)
    expect(a[0]!.paragraphs.map((p) => p.text).join('/')).toBe('第一段。/（A、D）第二段接着说。')
    expect(a[0]!.notes).toEqual([])
  })
  test('a short tag after the last sentence (a pen name no name rule reads) ends the article for the next headline', () => {
    const titles = (text: string) => segmentArticles(text).articles.map((a) => a.headlines.map((h) => h.text).join('/'))
    expect(titles('老街新貌\n\n老街修缮一新，游人如织。（禾木）\n\n冬日书市开张\n\n书市今天开张，图书八折。\n')).toEqual(['老街新貌', '冬日书市开张'])
    // More body after the tag takes the end back: the short line after it is a subheading again.
    expect(titles('标题\n\n本报讯 会上笑声不断。（笑声）\n\n会议继续进行。\n\n机遇与挑战\n\n第二段。\n')).toEqual(['标题'])
  })
  test('a photo credit ends a caption, but the next numbered caption of the column stays with it', () => {
    const a = segmentArticles('图片新闻\n\n1、某地举行冬泳比赛。（新华社记者史达摄）\n\n2、某地迎来第一场雪。（卫明摄）\n\n某县全面完成农网改造，全县村村通电。\n').articles
    expect(a).toHaveLength(2)
    expect(a[0]!.paragraphs).toHaveLength(2)
  })
  test('a letter signed with a date ends there: the next headline opens an article and is not glued to the date', () => {
    const a = segmentArticles('编辑同志：\n\n我们村的路修好了，特此致谢。\n\n柏青山2021年3月\n\n春耕正当时\n\n各地抓紧春耕。\n').articles
    expect(a.map((x) => x.headlines.map((h) => h.text))).toEqual([[], ['春耕正当时']])
    expect(a[0]!.notes).toEqual(['柏青山2021年3月'])
  })
  test('a single short line in a body stays a subheading', () => {
    const a = segmentArticles('标题\n\n本报讯 第一段。\n\n机遇与挑战\n\n第二段。\n').articles
    expect(a).toHaveLength(1)
  })
})

describe('several dispatches under one headline', () => {
  test('a dispatch that shares the joint headline\'s subject is part of the article', () => {
    const a = segmentArticles('甲国暴雪致交通中断乙国洪水冲毁农田\n\n新华社某城1月14日电 甲国连日暴雪，交通中断。\n\n据新华社某地1月14日电 乙国洪水冲毁农田数千公顷。\n').articles
    expect(a).toHaveLength(1)
    expect(a[0]!.paragraphs.map((p) => p.text)).toEqual(['甲国连日暴雪，交通中断。', '据新华社某地1月14日电乙国洪水冲毁农田数千公顷。'])
  })
  test('a dispatch on another subject is a brief of its own', () => {
    const a = segmentArticles('甲国暴雪致交通中断\n\n新华社某城1月14日电 甲国连日暴雪，交通中断。\n\n本报讯 市图书馆新馆今日开馆。\n').articles
    expect(a).toHaveLength(2)
  })
  test('a deck line with commas right before the dateline stays in the headline', () => {
    const a = segmentArticles('全省宣传工作会议召开\n\n某某强调要守正创新，凝心聚力，服务大局，担当作为\n\n本报讯 会议昨日召开。\n').articles
    expect(a).toHaveLength(1)
    expect(a[0]!.headlines).toHaveLength(2)
  })
})

describe('picture notes around headlines', () => {
  test('a picture note between a headline and its dateline does not cut the headline off', () => {
    const a = segmentArticles('标题\n\n本报讯 第一篇完了。\n\n世锦赛再传捷报某某夺冠\n\n（附图片1张）\n\n本报某城1月16日电 记者钱小平报道：比赛今晚结束。\n').articles
    expect(a).toHaveLength(2)
    expect(a[1]).toMatchObject({ headlines: [{ role: 'title', text: '世锦赛再传捷报某某夺冠' }], pictures: ['（附图片1张）'], reporters: ['钱小平'] })
  })
  test('a photo report credit (…摄影报道) is a picture credit, and the picture item after it opens an article', () => {
    const a = segmentArticles('雪后校园（图片）\n\n学生们在操场上堆雪人。\n\n（苗立新摄影报道）\n\n春运首日（图片）\n\n车站秩序井然。\n').articles
    expect(a.map((x) => x.headlines.map((h) => h.text))).toEqual([['雪后校园（图片）'], ['春运首日（图片）']])
    expect(a[0]!.photographers).toEqual(['苗立新'])
  })
})

describe('a short headline shaped like two names', () => {
  test('stays the headline of the dispatch under it, not an author line', () => {
    const r = parseBulletinText('郑州建成新桥\n\n新华社郑州1月5日电 河南省郑州市的新桥今天通车。\n', { source: 't', issueDate: '2024-01-06' })
    expect(r.articles).toHaveLength(1)
    expect(r.articles[0]!.title).toBe('郑州建成新桥')
    expect(r.articles[0]!.reporters).toEqual([])
  })
})

describe('where a new article starts after a body without a dateline', () => {
  const titles = (text: string) => segmentArticles(text).articles.map((a) => a.headlines.map((h) => h.text))
  test('a headline with a pen name under it opens a signed piece, even when the piece before ends in a list, not a sentence', () => {
    const text = '山村写生\n\n画家沿溪而行，画下了一路风景。\n\n展出的作品有山水，花鸟，人物，静物等\n\n谈谈读书难\n\n竹溪\n\n近来常听朋友说，书越来越贵了，读书成了难事。\n'
    const a = segmentArticles(text).articles
    expect(a.map((x) => x.headlines.map((h) => h.text))).toEqual([['山村写生'], ['谈谈读书难']])
    expect(a[1]!.byline).toBe('竹溪')
  })
  test('a line over a paragraph that reports news (a day, and what was announced or held) opens a brief', () => {
    const text = '江城公交提速\n\n江城公交公司昨日宣布，今年将新开五条快线。\n\n快线将连通新区与老城，每天运营十六小时。\n\n河东新建体育馆\n\n河东区体育馆１５日举行开工仪式，预计明年建成。\n'
    expect(titles(text)).toEqual([['江城公交提速'], ['河东新建体育馆']])
  })
  test('a subheading over a paragraph that goes on with the argument stays inside', () => {
    const text = '谈乡村振兴\n\n乡村振兴需要人才，也需要产业。\n\n人才是关键\n\n没有人才，再好的规划也难以落地。各地要想办法留住年轻人。\n'
    const a = segmentArticles(text).articles
    expect(a.map((x) => x.headlines.map((h) => h.text))).toEqual([['谈乡村振兴']])
    expect(a[0]!.paragraphs.map((p) => p.text)).toContain('人才是关键')
    expect(reportsNews('没有人才，再好的规划也难以落地。')).toBe(false)
    expect(reportsNews('河东区体育馆15日举行开工仪式。')).toBe(true)
  })
  test('a short question after a letter signed with a tag is the next letter\'s headline', () => {
    const text = '路灯何时修好\n\n我们小区的路灯坏了半年，希望有关部门尽快修理。（某市读者王明）\n\n小区停车难谁来管？\n\n最近，不少居民反映小区车位不够，车辆乱停。\n'
    expect(titles(text)).toEqual([['路灯何时修好'], ['小区停车难谁来管？']])
  })
})

describe('captions under a 图片： label', () => {
  const titles = (text: string) => segmentArticles(text).articles.map((a) => a.headlines.map((h) => h.text))
  test('credited captions stay with the article, and the headline after them opens the next', () => {
    const text = '山乡写生记\n\n画家沿溪而行，画下了一路风景。\n\n图片：\n\n古桥流水（速写）（林巧）\n\n石桥晚照（速写）（林巧）\n\n谈谈读书难\n\n近来常听朋友说，书越来越贵了。\n'
    const a = segmentArticles(text).articles
    expect(a.map((x) => x.headlines.map((h) => h.text))).toEqual([['山乡写生记'], ['谈谈读书难']])
    expect(a[0]!.paragraphs.map((p) => p.text)).toEqual(expect.arrayContaining(['古桥流水（速写）（林巧）', '石桥晚照（速写）（林巧）']))
  })
  test('a list of short picture titles is captions, not a headline run', () => {
    const text = '孙家过年\n\n除夕夜，孙家四代人围坐一桌。\n\n图片：\n\n老宅\n\n团圆饭\n\n守岁\n\n江城庙会人气旺\n\n春节期间，江城庙会迎来游客三十万人次。\n'
    expect(titles(text)).toEqual([['孙家过年'], ['江城庙会人气旺']])
  })
})

describe('picture and artwork items', () => {
  const titles = (text: string) => parseBulletinText(text, { source: 't', issueDate: '2024-01-06' }).articles.map((a) => a.title)
  test('an artwork titled with its medium, over the artist\'s tag, is an item of its own after a body', () => {
    const text = '冬日读书\n\n窗外飘雪，屋里读书，是一年里最好的时光。\n\n山居秋色（中国画）\n\n（柏远山）\n\n春风（木刻）\n\n（古月明）\n'
    expect(titles(text)).toEqual(['冬日读书', '山居秋色（中国画）', '春风（木刻）'])
  })
  test('a picture headline with only its caption under it is kept: the picture is the content', () => {
    const text = '标题\n\n本报讯 会议闭幕。\n\n雪后长城（图片）\n\n图为雪后的长城。\n'
    expect(titles(text)).toEqual(['标题', '雪后长城（图片）'])
  })
  test('picture headlines printed one under another are items of their own', () => {
    const text = '标题\n\n本报讯 会议闭幕。\n\n甲城指数走势图（图片）\n\n乙城指数走势图（图片）\n\n（本栏图表由某公司制作）\n'
    expect(titles(text)).toEqual(['标题', '甲城指数走势图（图片）', '乙城指数走势图（图片）'])
  })
  test('a credit line under a picture headline stays its credit', () => {
    const a = segmentArticles('标题\n\n本报讯 会议闭幕。\n\n山村新貌（附图片1张）\n\n柏青山\n\n村里新修了路，盖了学校。\n').articles
    expect(a.map((x) => x.headlines.map((h) => h.text))).toEqual([['标题'], ['山村新貌（附图片1张）']])
    expect(a[1]!.reporters).toEqual(['柏青山'])
  })
})

describe('a column of briefs without headlines', () => {
  const bodies = (text: string) => segmentArticles(text).articles.map((a) => a.paragraphs.map((p) => p.text.slice(0, 7)))
  test('after a pen-name tag, each paragraph on a new subject is a brief of its own', () => {
    const text = '某国概况\n\n某国位于大洋西岸，以农业为主，出产咖啡和可可。（禾木）\n\n甲国议会十八日通过新的预算法案，国防开支将比去年增加百分之五。\n\n乙国首都一家化工厂十六日发生爆炸，当地消防部门出动二十辆消防车救火。\n\n丙国央行日前宣布下调基准利率零点二五个百分点，以刺激经济增长。\n'
    expect(bodies(text)).toEqual([['某国位于大洋西'], ['甲国议会十八日'], ['乙国首都一家化'], ['丙国央行日前宣']])
  })
  test('a paragraph that goes on from the one before stays in its brief', () => {
    const text = '某国概况\n\n某国位于大洋西岸，以农业为主，出产咖啡和可可。（禾木）\n\n甲国议会十八日通过新的预算法案，国防开支将比去年增加百分之五。\n\n他说，这项法案将提交上院审议，预计下月生效，各方对此看法不一。\n'
    expect(bodies(text)).toEqual([['某国位于大洋西'], ['甲国议会十八日', '他说，这项法案']])
  })
  test('a paragraph on the same subject stays in its brief', () => {
    const text = '某国概况\n\n某国位于大洋西岸，以农业为主。（禾木）\n\n甲国议会十八日通过新的预算法案，国防开支将比去年增加百分之五。\n\n甲国议会的反对党议员在表决前退场，抗议预算法案削减了教育经费。\n'
    expect(bodies(text)).toEqual([['某国位于大洋西'], ['甲国议会十八日', '甲国议会的反对']])
  })
  test('a cross-reference or a picture credit in brackets does not end the item for the next paragraph', () => {
    expect(bodies('标题\n\n本报讯 大会今天闭幕，通过了决议。（全文另发）\n\n会议期间，代表们分组讨论了政府工作报告，提出了许多建议。\n')).toHaveLength(1)
    expect(bodies('标题\n\n本报讯 大会今天闭幕，通过了决议。（新华社发）\n\n会议期间，代表们分组讨论了政府工作报告，提出了许多建议。\n')).toHaveLength(1)
  })
  test('after an author\'s signature, the paragraphs that follow are not a column of briefs', () => {
    const text = '读书札记\n\n读书贵在有恒，每天读一点，日积月累便有收获。\n\n柏青山\n\n某市图书馆十五日举行读书节开幕式，市民可免费借阅新书。\n\n馆长介绍说，今年新购图书两万册，涵盖文学历史科技等门类。\n'
    expect(segmentArticles(text).articles.map((a) => a.paragraphs.length)).toEqual([1, 2])
  })
})

describe('a single line between paragraphs: a new piece or a subheading', () => {
  const titles = (text: string) => segmentArticles(text).articles.map((a) => a.headlines.map((h) => h.text))
  test('a line over prose that shares no words with the body before is the headline of a new piece', () => {
    const text = '江城菜价平稳\n\n入冬以来，江城蔬菜供应充足，菜价总体平稳，白菜萝卜每斤不到一元。\n\n刷牙还要洗牙\n\n口腔医生提醒，牙缝里的牙石光靠刷牙去不掉，成年人最好每年到医院洗一次牙，这样可以有效预防牙周病。\n'
    expect(titles(text)).toEqual([['江城菜价平稳'], ['刷牙还要洗牙']])
  })
  test('a line over prose that repeats the body\'s words is a subheading', () => {
    const text = '江城菜价平稳\n\n入冬以来，江城蔬菜供应充足，菜价总体平稳，白菜萝卜每斤不到一元。\n\n基地保供应\n\n江城蔬菜基地今年扩大了大棚面积，冬季蔬菜供应充足，每天向市区供应新鲜蔬菜两百吨。\n'
    expect(titles(text)).toEqual([['江城菜价平稳']])
  })
  test('in a piece that already has subheadings, the next short line is one more of them', () => {
    const text = '山乡巨变\n\n十年前，这里还是一个贫困村，村民靠天吃饭，年轻人都外出打工，村里只剩老人和孩子。\n\n贫困村修路\n\n贫困村先修了一条通往县城的水泥路，拖拉机和汽车可以直接开到地头，山货运得出去了。\n\n再办加工厂\n\n几位返乡青年集资办起了食品加工厂，收购乡亲们种的红薯，做成粉条卖到城里，销路很好。\n'
    expect(titles(text)).toEqual([['山乡巨变']])
  })
  test('a new piece whose only paragraph ends with its signature tag (…。（某某）) is still a new piece', () => {
    const text = '江城菜价平稳\n\n入冬以来，江城蔬菜供应充足，菜价总体平稳，白菜萝卜每斤不到一元。\n\n《远方》探寻山水之路\n\n某某的新著《远方》最近由某出版社出版，作者走遍名山大川，写下了一篇篇游记，笔调清新。（闻达）\n'
    expect(titles(text)).toEqual([['江城菜价平稳'], ['《远方》探寻山水之路']])
  })
  test('the prose under a new piece\'s headline may be a short lead of 30 characters or more', () => {
    const text = '江城菜价平稳\n\n入冬以来，江城蔬菜供应充足，菜价总体平稳，白菜萝卜每斤不到一元。\n\n树蛙皮能制镇痛药\n\n某大学一研究小组发现，南美树蛙皮肤中提取的物质有很强的镇痛作用。\n'
    expect(titles(text)).toEqual([['江城菜价平稳'], ['树蛙皮能制镇痛药']])
  })
  test('a quoted question over a pen name and prose is the headline of a signed piece', () => {
    const text = '江城菜价平稳\n\n入冬以来，江城蔬菜供应充足，菜价总体平稳，白菜萝卜每斤不到一元。\n\n『哪种茶好喝？』\n\n瓯江\n\n如今，走进茶叶店，人们开口就问哪种茶好喝，可惜店员往往说不清楚。\n'
    expect(titles(text)).toEqual([['江城菜价平稳'], ['『哪种茶好喝？』']])
  })
  test('a chapter or article number (第二章…, 第三条…) is a section of the text, not a headline', () => {
    const text = '某某条例\n\n第一条为了规范管理，制定本条例。各级人民政府应当加强领导，保障本条例的实施。\n\n第二章监督管理\n\n县级以上人民政府有关部门按照职责分工，负责监督检查工作，定期向社会公布检查结果。\n'
    expect(titles(text)).toEqual([['某某条例']])
  })
})

describe('a column of briefs under the last dispatch of a page', () => {
  const bodies = (text: string) => segmentArticles(text).articles.map((a) => a.paragraphs.map((p) => p.text.slice(0, 7)))
  const dispatch = '甲国举行大选\n\n新华社某城1月20日电 甲国今天举行议会选举，全国两千多个投票站上午八时开放。\n\n选民们冒雨排队投票，投票率预计超过六成，计票工作将于今晚开始。\n\n'
  test('a paragraph that reports news of its own and shares no words with the dispatch is the first brief, and the next ones follow', () => {
    const text = dispatch + '乙国央行十九日宣布下调基准利率零点二五个百分点，以刺激疲软的经济增长。\n\n丙国首都一家化工厂十八日发生爆炸，当地消防部门出动二十辆消防车赶赴现场救火。\n'
    expect(bodies(text)).toEqual([['甲国今天举行议', '选民们冒雨排队'], ['乙国央行十九日'], ['丙国首都一家化']])
  })
  test('a paragraph that goes on with the dispatch\'s subject stays in it', () => {
    const text = dispatch + '甲国选举委员会主席今天宣布，议会选举的正式计票结果将在三天内公布，各党派表示接受监督。\n'
    expect(bodies(text)).toEqual([['甲国今天举行议', '选民们冒雨排队', '甲国选举委员会']])
  })
  const oneParagraph = '甲省选出新一届领导\n\n新华社某城一月十八日电 甲省第九届人民代表大会第一次会议今天选举张某为省人大常委会主任，王某、赵某、钱某、孙某为副主任，选举李某为省长，周某、吴某、郑某为副省长；选举冯某为省高级人民法院院长，陈某为省人民检察院检察长。大会还选举了省人大常委会委员。会议号召全省各族人民团结一致，开拓进取，为实现本届政府的各项目标而奋斗，为全省经济发展和社会进步作出新的更大的贡献。代表们认为，这次大会是一次民主、团结、求实、鼓劲的大会，选出的领导班子结构合理，符合全省人民的愿望。\n\n'
  const column = '去年，我国制造的飞机出口到十二个国家，其中包括多种型号的运输机和教练机，出口额创下新高。\n\n一条长达三百公里的输电线路，从山区延伸到高原牧区，成为当地海拔最高的一条线路。\n'
  test('at the page\'s end, under a dispatch of one paragraph, two paragraphs on subjects of their own are two briefs', () => {
    expect(bodies(oneParagraph + column)).toEqual([['甲省第九届人民'], ['去年，我国制造'], ['一条长达三百公']])
  })
  test('not when an article follows further down the page', () => {
    expect(bodies(oneParagraph + column + '\n乙市新闻\n\n本报讯 乙市今天召开大会。\n')).toEqual([['甲省第九届人民', '去年，我国制造', '一条长达三百公'], ['乙市今天召开大']])
  })
  test('not for a single paragraph after the dispatch: a column has two items or more', () => {
    expect(bodies(oneParagraph + '去年，我国制造的飞机出口到十二个国家，其中包括多种型号的运输机和教练机，出口额创下新高。\n')).toEqual([['甲省第九届人民', '去年，我国制造']])
  })
})

describe('a short headline shaped like a name, over its author', () => {
  test('two name-shaped lines after a body, then prose: a new piece\'s headline and its author', () => {
    const a = segmentArticles('冬夜\n\n柏青山\n\n雪落无声，炉火正旺，一家人围坐着说话。\n\n花灯会\n\n古月明\n\n小时候，每到元宵节，父亲总要带我去看花灯。\n').articles
    expect(a.map((x) => x.headlines.map((h) => h.text))).toEqual([['冬夜'], ['花灯会']])
    expect(a.map((x) => x.reporters)).toEqual([['柏青山'], ['古月明']])
  })
  test('also when the author\'s line is two names run together (于某某刘某)', () => {
    const a = segmentArticles('冬夜\n\n柏青山\n\n雪落无声，炉火正旺，一家人围坐着说话。\n\n古城卫士\n\n于志远刘明\n\n古城的天，碧蓝碧蓝，古城的集市，红红火火。\n').articles
    expect(a.map((x) => x.headlines.map((h) => h.text))).toEqual([['冬夜'], ['古城卫士']])
    expect(a[1]!.reporters).toEqual(['于志远', '刘明'])
  })
})

describe('sections of a regional roundup', () => {
  it('keeps a short line opening with another city, under a heading that opens with a city, as a section of the piece', () => {
    const page = [
      '各地年货市场红火',
      '广州花市人气旺',
      '春节临近，广州各区花市陆续开张，市民扶老携幼前来选购年花，一派热闹景象。',
      '商家早早备足货源，各种盆花鲜花品种繁多，价格比去年略有下降，买花的人络绎不绝。',
      '成都小吃迎新春',
      '走进成都的大街小巷，各色风味小吃摊前排起长队，汤圆、龙抄手卖得格外红火，店主们忙个不停。',
    ].join('\n\n')
    const a = segmentArticles(page).articles
    expect(a).toHaveLength(1)
    expect(a[0]!.paragraphs.map((p) => p.text)).toContain('成都小吃迎新春')
  })
})

describe('numbered picture captions with their credits', () => {
  it('keeps every caption of a picture column under its headline, none lost, each its own paragraph', () => {
    const page = [
      '山乡新春掠影（附图片６张）',
      '１、锣鼓声声闹新春（甲明摄）',
      '２、红灯高挂映农家（乙华摄）',
      '３、『冰城』游客多（丙立摄）',
      '４、年货进村到门口（丁强摄）',
      '５、老少同乐舞龙灯（戊军摄）',
      '６、团圆饭里话丰年（己平摄）',
      '古镇年味',
      '本报讯 春节前夕，某镇老街张灯结彩，游人如织。',
    ].join('\n\n')
    const parsed = parseBulletinText(page, { source: 'captions.txt' })
    expect(parsed.warnings.filter((w) => w.code === 'no-body')).toEqual([])
    const a = parsed.articles
    expect(a).toHaveLength(2)
    expect(a[0]!.title).toBe('山乡新春掠影（附图片6张）')
    expect(a[0]!.paragraphs).toHaveLength(6)
    expect(a[0]!.paragraphs[5]).toBe('6、团圆饭里话丰年（己平摄）')
  })
  it('a caption that is a sentence still ends with its credit as before', () => {
    const a = segmentArticles('图片新闻\n\n１：某市花市红火。（新华社记者张明摄）\n\n２：市民选购年画。（本报记者李华摄）').articles
    expect(a).toHaveLength(1)
    expect(a[0]!.paragraphs.map((p) => p.text)).toEqual(['1：某市花市红火。', '2：市民选购年画。'])
  })
})

describe('a table inside an article', () => {
  it('keeps the rows of a table, and its title, in the article: a row opening with a year is no story\'s lead', () => {
    const page = [
      '科学奖励要重人才',
      '本报讯 我国自然科学奖设立以来，奖励了一大批优秀成果，评奖办法也在不断完善。',
      '历年某某奖等级分布一等二等三等',
      '１９５６年３５２６',
      '１９８２年９４０４９２',
      '１９９１年１２８６４',
      '奖励办法还应向中青年科学家倾斜，这是大家的共同心愿。',
    ].join('\n\n')
    expect(segmentArticles(page).articles).toHaveLength(1)
  })
  it('reads the page editor and the address for letters as notes, not as headlines', () => {
    const a = segmentArticles('住房难在哪里\n\n本报讯 读者来信反映，住房困难户仍很多。\n\n本版责任编辑张三\n\n来信请寄：某市某路某号\n').articles
    expect(a).toHaveLength(1)
    expect(a[0]!.notes).toEqual(['本版责任编辑张三', '来信请寄：某市某路某号'])
  })
})

describe('short lines around pictures and pen names', () => {
  const titles = (text: string) => segmentArticles(text).articles.map((a) => a.headlines.map((h) => h.text).join('/'))
  it('a line of picture credits (（某某摄）（数码传真照片）) ends a picture item: it is no headline of the next', () => {
    const page = '风雪运输线（附图片3张）\n\n1月18日，某地遭受罕见的大风雪，运输车辆冒雪前行。\n\n（本报记者张明摄自某县灾区现场）（数码传真照片）\n\n新华社某城1月17日电 某省人民代表大会今天选举产生了新一届领导人。\n'
    expect(titles(page)).toEqual(['风雪运输线（附图片3张）', ''])
  })
  it('the credit of a title picture (（题图速写：某某）) is a picture of the piece, not a headline over the next one', () => {
    const page = '远方的朋友\n\n闻远山\n\n她在大学里教汉语，学生逐年增多，小到十岁大到六十多岁。\n\n（题图速写：张明）\n\n靠近南极的城市\n\n古月明\n\n飞临海岛上空时，只见皑皑白雪覆盖的群山环抱着一座五彩斑斓的城市。\n'
    const a = segmentArticles(page).articles
    expect(titles(page)).toEqual(['远方的朋友', '靠近南极的城市'])
    expect(a[0]!.pictures).toEqual(['（题图速写：张明）'])
    expect(a[0]!.photographers).toEqual(['张明'])
  })
  it('a short question over a pen name no name rule reads, then prose, opens a signed piece', () => {
    const page = '老街新貌\n\n本报讯 某市老街改造完工，街面整洁一新。\n\n年货怎么买才好？\n\n瓯江\n\n这几天，家家户户忙着准备过年，商场里人来人往，十分热闹。\n'
    const a = segmentArticles(page).articles
    expect(a.map((x) => x.headlines.map((h) => h.text).join('/'))).toEqual(['老街新貌', '年货怎么买才好？'])
    expect(a[1]!.byline).toBe('瓯江')
  })
  it('a question under a caption with its photo credit is a subheading of the story, not the next story', () => {
    const page = '外贸出口再创新高\n\n本报记者张明\n\n压题照片为某港一角。（李华摄）\n\n增长是怎么来的？\n\n在过去一年的经济增长图上，外贸出口是一个令人振奋的亮点，全年出口额大幅增长。\n'
    expect(titles(page)).toEqual(['外贸出口再创新高'])
  })
})

describe('correspondents\' reports from several places under one headline', () => {
  const shape = (text: string) => segmentArticles(text).articles.map((a) => ({ title: a.headlines.map((h) => h.text).join('/'), paragraphs: a.paragraphs.length }))
  const top = '甲乙两地华人喜迎新春\n\n本报甲城1月29日电记者张明报道：我驻甲国使馆今天举行春节招待会，数百名华人华侨欢聚一堂。\n\n招待会上，留学生们表演了歌舞节目。\n\n'
  it('a dispatch filed from another place by another reporter, with no headline of its own, is the next part of the report', () => {
    expect(shape(top + '本报乙城电记者李华报道：春节前夕，我驻乙国使馆邀请当地友好人士共度佳节，场面热烈。\n')).toEqual([{ title: '甲乙两地华人喜迎新春', paragraphs: 3 }])
  })
  it('also when the first was filed as 讯 (本报某地1月17日讯记者…报道)', () => {
    const first = top.replace('1月29日电', '1月29日讯')
    expect(shape(first + '本报乙城1月29日电记者李华报道：春节前夕，我驻乙国使馆邀请当地友好人士共度佳节，场面热烈。\n')).toEqual([{ title: '甲乙两地华人喜迎新春', paragraphs: 3 }])
  })
  it('a bare 本报讯 with no reporter after it is a brief of its own', () => {
    expect(shape(top + '本报讯 某市今年将新建十座公园，方便市民休闲。\n')).toEqual([{ title: '甲乙两地华人喜迎新春', paragraphs: 2 }, { title: '', paragraphs: 1 }])
  })
})

describe('credits of other papers', () => {
  test("a photographer's credit closing a caption paragraph is the picture's, not the story's byline", () => {
    const a = segmentArticles('大桥合龙\n大桥主体工程昨天顺利合龙，预计明年通车。（新华社记者 乜文杰摄）\n').articles
    expect(a).toHaveLength(1)
    expect(a[0]!.byline).toBeNull()
    expect(a[0]!.reporters).toEqual([])
    expect(a[0]!.pictures).toEqual(['（新华社记者乜文杰摄）'])
    expect(a[0]!.photographers).toEqual(['乜文杰'])
    expect(a[0]!.paragraphs.map((p) => p.text)).toEqual(['大桥主体工程昨天顺利合龙，预计明年通车。'])
  })
  test('a dateline closed by a space before the report: the reporter is the byline, the report the body', () => {
    const a = segmentArticles('两会代表热议民生\n本报北京3月4日电 记者甘泽宇 代表们在分组讨论中热议民生话题。\n大家认为，要让发展成果惠及群众。\n').articles
    expect(a).toHaveLength(1)
    expect(a[0]!).toMatchObject({ dateline: '本报北京3月4日电', byline: '记者甘泽宇', reporters: ['甘泽宇'] })
    expect(a[0]!.paragraphs[0]!.text).toBe('代表们在分组讨论中热议民生话题。')
  })
  test('a compiled story (本报综合报道) under its headline opens an article, even with no blank line after a body', () => {
    const a = segmentArticles('全球气候大会闭幕\n据新华社电 为期两周的大会周五闭幕，各方达成多项共识。\n会议通过了一系列决议。\n多地迎来降雪\n本报综合报道 受冷空气影响，北方多地昨天迎来降雪。\n气象部门提醒市民注意出行安全。\n').articles
    expect(a.map((x) => [x.headlines.map((h) => h.text).join(''), x.dateline, x.paragraphs.length])).toEqual([
      ['全球气候大会闭幕', '据新华社电', 2],
      ['多地迎来降雪', '本报综合报道', 2],
    ])
  })
  test('a byline line with a desk before the role (全媒体记者, 融媒体记者) is the byline, both names read', () => {
    const a = segmentArticles('数字乡村建设提速\n全媒体记者 晏子墨 融媒体记者 郜雅琪\n今年以来，我县加快数字乡村建设，宽带网络覆盖所有行政村。\n').articles
    expect(a[0]!).toMatchObject({ byline: '全媒体记者 晏子墨 融媒体记者 郜雅琪', reporters: ['晏子墨', '郜雅琪'] })
  })
})

describe("the desk's credits (责编, 编辑, 校对, 美编)", () => {
  test('lines of editors under an article are its notes: no headline, no article of their own, no reporter', () => {
    const a = segmentArticles('景区推出冬季优惠\n本报讯 本市多家景区推出冬季门票优惠。\n景区负责人表示，优惠活动将持续到明年二月。\n责编：聂思远\n编辑/卜晓岚\n校对 戚文博\n美编：揭雨萌 审校：訾雪松\n').articles
    expect(a).toHaveLength(1)
    expect(a[0]!.notes).toHaveLength(4)
    expect(a[0]!.reporters).toEqual([])
    expect(a[0]!.paragraphs).toHaveLength(2)
  })
  test('the next headline after them opens the next article; a headline of a role word and a phrase stays a headline', () => {
    const a = segmentArticles('景区推出冬季优惠\n本报讯 本市多家景区推出冬季门票优惠。\n责编：聂思远 校对：戚文博\n统筹 城乡发展\n本报讯 我县今年推进城乡一体化建设。\n').articles
    expect(a.map((x) => x.headlines.map((h) => h.text).join(''))).toEqual(['景区推出冬季优惠', '统筹\u3000城乡发展'])
  })
  test('editors are not people of the page', () => {
    const r = parseBulletinText('景区推出冬季优惠\n本报讯 本市多家景区推出冬季门票优惠。\n责编：聂思远\n校对 戚文博\n', { source: 'x.txt', issueDate: '2024-03-12' })
    expect(r.people.map((p) => p.name)).toEqual([])
  })
})

describe("an editor's note (编者按) belongs to the piece it introduces", () => {
  const shape = (text: string) => segmentArticles(text).articles.map((x) => ({ title: x.headlines.map((h) => h.text).join('/'), first: x.paragraphs[0]?.text.slice(0, 4), paragraphs: x.paragraphs.length, reporters: x.reporters }))
  const story = '河道治理见成效\n本报讯（记者 芮思源）经过两年治理，城区河道水质明显好转。\n市民在河边散步，感受到了环境的变化。\n'
  test('printed above the headline, after a story, with or without blank lines', () => {
    const expected = [
      { title: '河道治理见成效', first: '经过两年', paragraphs: 2, reporters: ['芮思源'] },
      { title: '扎根山村的第一书记', first: '【编者按', paragraphs: 3, reporters: ['凌子轩'] },
    ]
    const next = '【编者按】基层是改革的前沿阵地。本版推出系列报道。\n扎根山村的第一书记\n本报记者 凌子轩\n清晨六点，他已经走在去农户家的山路上。\n三年来，他带领村民发展特色种植。\n'
    expect(shape(story + next)).toEqual(expected)
    expect(shape((story + next).replace(/\n/gu, '\n\n'))).toEqual(expected)
  })
  test('printed under the headline, above the byline', () => {
    const next = '扎根山村的第一书记\n编者按：基层是改革的前沿阵地。本版推出系列报道。\n本报记者 凌子轩\n清晨六点，他已经走在去农户家的山路上。\n'
    expect(shape(story + next)[1]).toEqual({ title: '扎根山村的第一书记', first: '编者按：', paragraphs: 2, reporters: ['凌子轩'] })
  })
  test('above a headline and a dateline: the dateline is the piece\'s, not a second dispatch of the story above', () => {
    const next = '编者按：河道治理是一项长期工程。本报今起推出系列报道。\n河道治理的新进展\n本报讯（记者 覃振宇）今年河道治理取得新进展。\n治理工作还将继续推进。\n'
    const a = segmentArticles(story + next).articles
    expect(a).toHaveLength(2)
    expect(a[1]!).toMatchObject({ dateline: '本报讯', reporters: ['覃振宇'] })
    expect(a[1]!.paragraphs.map((p) => p.text.slice(0, 4))).toEqual(['编者按：', '今年河道', '治理工作'])
  })
  test('under a headline and its picture caption it stays that headline\'s', () => {
    const a = segmentArticles('湖区生态观察（附图片1张）\n题图为候鸟在湿地栖息。\n（新华社记者 芮思源摄）\n编者的话：湖区生态逐年好转。本版约请学者解读。\n好转的原因\n退耕还湖十年来，湖区水质明显改善，候鸟越来越多。\n').articles
    expect(a[0]!.paragraphs.map((p) => p.text.slice(0, 4))).toEqual(['题图为候', '编者的话'])
  })
})

describe('a picture credit on its own line with no brackets (图/某某, 摄影：某某)', () => {
  test('is a picture of the article, its photographer a person, not a subtitle', () => {
    const r = parseBulletinText('雪后公园\n摄影：本报记者 敖志远 邝嘉怡\n雪后的公园银装素裹，市民纷纷前来赏雪拍照。\n', { source: 'x.txt', issueDate: '2024-03-12' })
    expect(r.articles.map((a) => [a.title, a.pictures, a.reporters])).toEqual([['雪后公园', ['摄影：本报记者敖志远邝嘉怡'], []]])
    expect(r.people.map((p) => [p.name, p.roles])).toEqual([['敖志远', ['reporter']], ['邝嘉怡', ['reporter']]])
    const a = segmentArticles('雪后公园\n图/敖志远\n雪后的公园银装素裹。\n').articles
    expect(a[0]!.headlines.map((h) => h.text)).toEqual(['雪后公园'])
    expect(a[0]!.photographers).toEqual(['敖志远'])
  })
})

describe('a page in traditional characters with a boxed byline and a reporter in the dateline', () => {
  test('each article keeps its headline and body, its reporter read in the page\'s own characters', () => {
    const page = '颱風來襲\n【記者敖志遠／高雄報導】颱風今天登陸南部，多地停班停課。\n氣象局提醒民眾注意安全。\n經濟成長\n中央社記者郦曉川台北3日電 主計總處今天公布，第三季經濟成長率優於預期。\n官員表示，出口表現強勁。\n'
    const r = parseBulletinText(page, { source: 'x.txt', issueDate: '2024-03-12' })
    expect(r.articles.map((a) => [a.title, a.reporters, a.paragraphs.length])).toEqual([
      ['颱風來襲', ['敖志遠'], 2],
      ['經濟成長', ['郦曉川'], 2],
    ])
  })
})

describe("the desk's credit closing a paragraph", () => {
  test('…。（责任编辑：某某） and …。（编辑 某某） are notes; the editor is no person of the page', () => {
    const r = parseBulletinText('农家书屋受欢迎\n本报讯 全县农家书屋已全部开放。\n书屋管理员说，冬闲时节来看书的人特别多。（责任编辑：宓婉清）\n景区推出冬季优惠\n本报讯 本市多家景区推出冬季门票优惠。\n景区负责人表示，优惠活动将持续到明年二月。（编辑 聂思远）\n', { source: 'x.txt', issueDate: '2024-03-12' })
    expect(r.articles.map((a) => [a.title, a.notes, a.paragraphs[a.paragraphs.length - 1]])).toEqual([
      ['农家书屋受欢迎', ['（责任编辑：宓婉清）'], '书屋管理员说，冬闲时节来看书的人特别多。'],
      ['景区推出冬季优惠', ['（编辑聂思远）'], '景区负责人表示，优惠活动将持续到明年二月。'],
    ])
    expect(r.people).toEqual([])
  })
  test('an editor after the reporter in one end tag is not a reporter', () => {
    const r = parseBulletinText('夜市重燃烟火气\n本报讯 入夜，老街两旁的摊位次第亮起灯光，游客络绎不绝。（本报记者 邝嘉怡 责任编辑 聂思远）\n', { source: 'x.txt', issueDate: '2024-03-12' })
    expect(r.articles[0]!.reporters).toEqual(['邝嘉怡'])
    expect(r.people.map((p) => p.name)).toEqual(['邝嘉怡'])
  })
})

describe('photo credits closing a caption paragraph in other forms', () => {
  test('…。 某某 摄 with no brackets: the credit is the picture\'s, the caption the body, the next headline a new article', () => {
    const a = segmentArticles('雪后公园美如画\n雪后的公园银装素裹，市民纷纷前来赏雪拍照。 尹浩然 摄\n游客纷纷前来\n本报讯 昨天，大批游客来到公园赏雪。\n').articles
    expect(a.map((x) => [x.headlines.map((h) => h.text).join(''), x.paragraphs.map((p) => p.text), x.pictures, x.photographers])).toEqual([
      ['雪后公园美如画', ['雪后的公园银装素裹，市民纷纷前来赏雪拍照。'], ['尹浩然摄'], ['尹浩然']],
      ['游客纷纷前来', ['昨天，大批游客来到公园赏雪。'], [], []],
    ])
  })
  test('a sentence ending in 摄 that is no credit stays whole', () => {
    const a = segmentArticles('展览开幕\n本报讯 展览昨天开幕。馆内请勿拍摄\n').articles
    expect(a[0]!.pictures).toEqual([])
  })
  test('（图：某某） closing a caption is the picture\'s credit, not the byline', () => {
    const a = segmentArticles('大桥合龙\n大桥主体工程昨天顺利合龙。（图：新华社记者 乜文杰）\n').articles
    expect(a[0]!).toMatchObject({ byline: null, reporters: [], pictures: ['（图：新华社记者乜文杰）'], photographers: ['乜文杰'] })
  })
})

describe('a bracketed byline on a line of its own under the head of a story', () => {
  const shape = (text: string) => segmentArticles(text).articles.map((x) => [x.headlines.map((h) => h.text).join(''), x.dateline, x.reporters, x.paragraphs.length])
  const before = '新桥通车\n本报讯 连接两岸的新桥昨天正式通车。\n'
  test('under a dateline on its own line: the story follows, nothing is lost', () => {
    expect(shape(before + '公园免费开放\n新华社北京12月1日电\n（记者 邝嘉怡 敖志远）\n市区十座公园从本月起免费开放，市民可凭身份证入园。\n公园管理部门表示，将加强日常管理。\n')).toEqual([
      ['新桥通车', '本报讯', [], 1],
      ['公园免费开放', '新华社北京12月1日电', ['邝嘉怡', '敖志远'], 2],
    ])
  })
  test('under a headline after a body: the line above it is a headline, not a subheading closed by a signature', () => {
    expect(shape(before + '公园免费开放\n（记者 邝嘉怡）\n市区十座公园从本月起免费开放，市民可凭身份证入园。\n')).toEqual([
      ['新桥通车', '本报讯', [], 1],
      ['公园免费开放', null, ['邝嘉怡'], 1],
    ])
  })
  test('a signature after the body still ends the story', () => {
    expect(shape(before + '（记者 邝嘉怡）\n本报讯 市区十座公园从本月起免费开放。\n')).toEqual([
      ['新桥通车', '本报讯', ['邝嘉怡'], 1],
      ['', '本报讯', [], 1],
    ])
  })
})

describe('a byline line under a dateline printed on a line of its own', () => {
  test('本报讯 / 记者 甲 报道 / 正文 and 新华社某地某日电 / 新华社记者 甲 / 正文 are one story each, headline kept', () => {
    const a = segmentArticles('新桥通车\n本报讯 连接两岸的新桥昨天正式通车。\n公园免费开放\n本报讯\n记者 邝嘉怡 报道\n市区十座公园从本月起免费开放。\n春运首日客流平稳\n新华社北京1月10日电\n新华社记者 笪若兰\n春运首日，全市各车站客流平稳有序。\n').articles
    expect(a.map((x) => [x.headlines.map((h) => h.text).join(''), x.dateline, x.reporters, x.paragraphs.length])).toEqual([
      ['新桥通车', '本报讯', [], 1],
      ['公园免费开放', '本报讯', ['邝嘉怡'], 1],
      ['春运首日客流平稳', '新华社北京1月10日电', ['笪若兰'], 1],
    ])
  })
})

describe('a byline printed at the end of the story', () => {
  const shape = (text: string) => segmentArticles(text).articles.map((x) => [x.headlines.map((h) => h.text).join(''), x.reporters, x.paragraphs.length])
  test('over the next headline or at the page\'s end it signs the story above, not the next one', () => {
    expect(shape('新桥通车\n连接两岸的新桥昨天正式通车。\n大桥全长两公里，历时三年建成。\n本报记者 邝嘉怡\n公园免费开放\n市区十座公园从本月起免费开放。\n文/敖志远\n')).toEqual([
      ['新桥通车', ['邝嘉怡'], 2],
      ['公园免费开放', ['敖志远'], 1],
    ])
  })
  test('over prose it still opens a piece of its own', () => {
    expect(shape('新桥通车\n连接两岸的新桥昨天正式通车。\n本报记者 邝嘉怡\n市区十座公园从本月起免费开放，市民可凭身份证入园。\n')).toEqual([
      ['新桥通车', [], 1],
      ['', ['邝嘉怡'], 1],
    ])
  })
})

describe('a line right under a reporter\'s byline line, before any prose', () => {
  test('is the piece\'s first subheading: headline and byline are kept, not dropped as an article with no body', () => {
    const a = segmentArticles('新桥通车\n本报讯 连接两岸的新桥昨天正式通车。\n老街的变迁（下）\n本报记者 邝嘉怡\n店铺重组焕新颜\n老街上的店铺经过重组，面貌焕然一新，吸引了大批游客前来购物。\n商户们表示，今年的收入比去年翻了一番。\n').articles
    expect(a.map((x) => [x.headlines.map((h) => h.text).join(''), x.reporters, x.paragraphs.map((p) => p.text.slice(0, 4))])).toEqual([
      ['新桥通车', [], ['连接两岸']],
      ['老街的变迁（下）', ['邝嘉怡'], ['店铺重组', '老街上的', '商户们表']],
    ])
  })
})

describe("a photographer's line ending in 摄影", () => {
  test('某某摄影 under a picture headline is a picture credit, not a subtitle; a headline ending in 摄影 stays one', () => {
    const a = segmentArticles('山村的期盼（附图片4张）\n钟明远摄影\n这里的孩子盼望着新学校。\n').articles
    expect(a[0]!).toMatchObject({ pictures: ['钟明远摄影'], photographers: ['钟明远'] })
    expect(a[0]!.headlines.map((h) => h.text)).toEqual(['山村的期盼（附图片4张）'])
    expect(segmentArticles('风光摄影\n本报讯 市摄影家协会昨天举办风光摄影展。\n').articles[0]!.headlines.map((h) => h.text)).toEqual(['风光摄影'])
  })
})

describe("a feature's subheadings in one shape", () => {
  const shape = (text: string) => segmentArticles(text).articles.map((x) => [x.headlines.map((h) => h.text).join(''), x.paragraphs.length])
  const labelled = '古镇新生——某县老街改造纪实\n本报记者 邝嘉怡\n青石板路两旁，新修的店铺一家挨着一家，游客们在这里驻足拍照。\n三年前，这条老街还是另一番景象：房屋破旧，商户稀少，年轻人纷纷外出打工。\n' +
    '起步：一场关于去留的争论\n改造之初，居民们对拆与留争论不休，有人主张推倒重建，有人坚持保留原貌。\n县里请来专家，挨家挨户听取意见，最终确定修旧如旧的方案。\n转型：从卖杂货到开民宿\n如今，不少居民把自家小院改成客栈，收入比过去翻了几番。\n'
  test('a label and its point (起步：… / 转型：…) with the next such line further on: sections of one piece, its first section on a new subject too', () => {
    expect(shape(labelled)).toEqual([['古镇新生——某县老街改造纪实', 7]])
    // (pages that print a blank line between paragraphs as between articles)
    expect(shape(labelled.replace(/\n/g, '\n\n'))).toEqual([['古镇新生——某县老街改造纪实', 7]])
  })
  test('quotations as subheadings (“把最重的担子交给我们” / “家就在哨所”) are one piece', () => {
    expect(shape('风雪中的坚守——记某边防连\n本报记者 敖志远\n海拔四千多米的山口，气温常年在零下二十度以下，官兵们在这里一守就是十几年。\n“把最重的担子交给我们”\n连长笪若兰入伍那年，主动申请来到最偏远的哨所，一干就是八个春秋。\n“家就在哨所”\n战士们说，哨所虽小，却是他们最温暖的家，每逢过节都要包饺子。\n'))
      .toEqual([['风雪中的坚守——记某边防连', 5]])
  })
  test('a single such line with none after it, on a new subject, is still the headline of the next piece', () => {
    expect(shape('新桥通车\n本报讯 连接两岸的新桥昨天正式通车，大桥全长两公里，历时三年建成。\n观察：停车难何时不再难\n晚高峰时段，老城区的街巷里到处是找车位的司机，一位出租车师傅告诉记者，他常常要绕上好几圈。\n'))
      .toEqual([['新桥通车', 1], ['观察：停车难何时不再难', 1]])
  })
  test('a place as the label (上海：… / 广州：…) heads a brief or a region\'s section, not a feature\'s part', () => {
    expect(subheadingShape('上海：地铁新线开通运营')).toBeNull()
    expect(subheadingShape('转型：从卖杂货到开民宿')).toBe('label')
    expect(subheadingShape('“家就在哨所”')).toBe('quoted')
    expect(shape('新桥通车\n本报讯 连接两岸的新桥昨天正式通车，大桥全长两公里，历时三年建成。\n上海：地铁新线开通运营\n本月起，连接市区和机场的地铁新线正式开通，全程只需四十分钟。\n广州：公交实行一票换乘\n市民持卡乘车，九十分钟内换乘第二辆公交车不再收费，每天受益乘客逾百万人次。\n'))
      .toEqual([['新桥通车', 1], ['上海：地铁新线开通运营', 3]])
  })
})

describe("a dispatch's tag closing the last sentence", () => {
  const shape = (text: string) => segmentArticles(text).articles.map((x) => [x.headlines.map((h) => h.text).join(''), x.paragraphs.length])
  test('（本报专电） or （本报某地1月14日电） ends the item: the next paragraph is another, even on a like subject', () => {
    expect(shape('某国列车脱轨\n某国一列客运列车13日晚在某山区脱轨，车上多名乘客受伤。事故原因正在调查。（本报专电）\n另一国一列货运列车13日晚在某城附近脱轨，三节车厢翻倒，所幸无人伤亡。\n'))
      .toEqual([['某国列车脱轨', 1], ['', 1]])
    expect(shape('某港货运量创新高\n某港去年货物吞吐量突破一亿吨，集装箱吞吐量增长两成。（本报某港1月14日电）\n某港新建的集装箱码头去年投入使用，全年吞吐量增长三成，货物吞吐量位居全省第一。\n'))
      .toEqual([['某港货运量创新高', 1], ['', 1]])
  })
  test('a tag that is no dispatch (（笑声）, （新华社稿） under a numbered caption) does not end it', () => {
    expect(shape('新春贺词\n本报讯 他说，今年的日子会更好。（笑声）\n他接着说，我们要把家乡建设得更美丽。\n')).toHaveLength(1)
    expect(shape('新船下水（图片）\n1、一艘新型远洋货轮在某船厂下水。（新华社稿）\n2、某船厂年造二十艘货轮的船台近日建成。\n')).toHaveLength(1)
  })
})

describe("a column of briefs to the page's end under its last dispatch", () => {
  const shape = (text: string) => segmentArticles(text).articles.map((x) => [x.headlines.map((h) => h.text).join(''), x.paragraphs.length])
  const head = '某国总统发表年度讲话\n本报某城1月27日电记者甲某报道：某国总统阿里夫27日晚发表年度讲话，强调控制物价上涨。\n阿里夫说，政府将在明年实现财政盈余，并把盈余用于改革养老金制度。\n'
  test('three items or more, each on a subject of its own: the first is a brief even when it names two countries the dispatch named', () => {
    expect(shape(head + '在外交方面，阿里夫表示愿同意大利扩大贸易往来，并敦促阿根廷尽快重开边境口岸。\n' +
      '为期两天的某区域组织外长会议在与意大利举行首次对话后在某城闭幕，外长们还就阿根廷边境问题交换了看法。\n' +
      '某国北部一座水电站近日建成发电，装机容量一百万千瓦，可满足周边三座城市的用电需求。\n' +
      '一艘远洋货轮在某海峡附近遇到风浪沉没，救援人员已救起船员十二名，另有三人下落不明。\n'))
      .toEqual([['某国总统发表年度讲话', 3], ['', 1], ['', 1], ['', 1]])
  })
  test('a dispatch whose last paragraphs go on with its subject (its name again) stays whole', () => {
    expect(shape(head + '在外交方面，阿里夫表示政府愿同意大利扩大贸易往来，共同应对气候变化。\n阿里夫还呼吁国会尽快通过新的教育法案，让更多青年接受高等教育。\n' +
      '讲话结束时，阿里夫向全国民众致以新年的问候，祝愿国家繁荣昌盛。\n')).toEqual([['某国总统发表年度讲话', 5]])
  })
})

describe('a retold dispatch\'s tag (（据新华社电）)', () => {
  const shape = (text: string) => segmentArticles(text).articles.map((x) => [x.headlines.map((h) => h.text).join(''), x.paragraphs.length])
  test('on its own line or closing the last sentence, it ends the item: the next paragraph is another brief, even on a like subject', () => {
    const first = '海上险情\n一艘货轮16日在某海峡附近遇到风浪沉没，救援人员救起船员四名，另有六人失踪。'
    const second = '一艘油轮17日在某港以东海面遇到风浪沉没，救援人员已救起船员十名，搜救工作仍在进行。\n'
    expect(shape(`${first}\n（据新华社电）\n${second}`)).toEqual([['海上险情', 1], ['', 1]])
    expect(shape(`${first}（据新华社某城1月17日电）\n${second}`)).toEqual([['海上险情', 1], ['', 1]])
  })
})

describe('a list of bulleted items under its label', () => {
  const shape = (text: string) => segmentArticles(text).articles.map((x) => [x.headlines.map((h) => h.text).join(''), x.paragraphs.length])
  test('a headline over bulleted items only (市场信息 / △… / △…) is one piece, its items its paragraphs', () => {
    expect(shape('市场信息\n△某部门发布提示，提醒消费者理性选购预付卡，谨防商家关门跑路。\n△某市出台网约车管理细则，对平台抽成比例设定上限。\n●某厂新建的电池车间近日投产，年产动力电池十万组，产品销往多国。\n'))
      .toEqual([['市场信息', 3]])
  })
  test('bulleted items after prose, or with no headline over them, are items of their own', () => {
    expect(shape('新桥通车\n本报讯 连接两岸的新桥昨天正式通车，大桥全长两公里。\n●某市出台网约车管理细则，对平台抽成比例设定上限。\n●某厂新建的电池车间近日投产，年产动力电池十万组，产品销往多国。\n'))
      .toEqual([['新桥通车', 1], ['', 1], ['', 1]])
    expect(shape('●某市出台网约车管理细则，对平台抽成比例设定上限。\n●某厂新建的电池车间近日投产，年产动力电池十万组，产品销往多国。\n')).toHaveLength(2)
  })
})

describe('a short line shaped like a name over bulleted items', () => {
  const shape = (text: string) => segmentArticles(text).articles.map((x) => [x.headlines.map((h) => h.text).join(''), x.paragraphs.length, x.reporters])
  test('after a body, over two bulleted items or more, it is the label of the list, not the signature of the story above', () => {
    expect(shape('新桥通车\n本报讯 连接两岸的新桥昨天正式通车，大桥全长两公里，历时三年建成。\n文化苑\n△某市图书馆新馆近日开馆，藏书两百万册，每天接待读者上万人次。\n△某县博物馆推出民俗展，展出农具、服饰等展品三百多件。\n'))
      .toEqual([['新桥通车', 1, []], ['文化苑', 2, []]])
  })
  test('at the end of the story, or over prose, it still signs the story', () => {
    expect(shape('新桥通车\n本报讯 连接两岸的新桥昨天正式通车，大桥全长两公里，历时三年建成。\n文化苑\n')).toEqual([['新桥通车', 1, ['文化苑']]])
  })
})
