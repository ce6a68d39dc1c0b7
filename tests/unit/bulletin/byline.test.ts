import { describe, expect, test } from '@jest/globals'
import { creditsInText, namesAfterUnit, readAuthorLine, readClosingTag, readLead, readReporters, readStandaloneByline, readTrailingByline, reporterAfterDateline } from '../../../src/bulletin/byline'

describe('datelines and bylines at the start of a paragraph', () => {
  test('本报讯 with a bracketed byline whose names the typesetter spaced out', () => {
    expect(readLead('本报讯（郑报全媒体记者 张 昕 孙亚文）8月30日，在收听')).toEqual({
      dateline: '本报讯', byline: '（郑报全媒体记者 张 昕 孙亚文）', reporters: ['张昕', '孙亚文'], rest: '8月30日，在收听',
    })
  })
  test('a news agency dateline with place and date', () => {
    expect(readLead('新华社北京1月4日电（记者张三）国家主席')).toMatchObject({ dateline: '新华社北京1月4日电', reporters: ['张三'], rest: '国家主席' })
    expect(readLead('新华社华盛顿一月四日电 美国')).toMatchObject({ dateline: '新华社华盛顿一月四日电', reporters: [], rest: '美国' })
    // 日 dropped in print: still the dateline (the 电 closes the date).
    expect(readLead('新华社某城1月29电（记者周晓岚）今天')).toMatchObject({ dateline: '新华社某城1月29电', reporters: ['周晓岚'], rest: '今天' })
    expect(readLead('本报某县12月3讯 记者王小明报道：')).toMatchObject({ dateline: '本报某县12月3讯' })
    // A little-known city with its country in brackets.
    expect(readLead('本报某城（某国）1月29日电记者王小明报道：今天')).toMatchObject({ dateline: '本报某城（某国）1月29日电', reporters: ['王小明'], rest: '今天' })
    expect(readLead('新华社某城（某国）1月4日电 今天')).toMatchObject({ dateline: '新华社某城（某国）1月4日电', rest: '今天' })
  })
  test('本报 with place and date, then 记者…报道：', () => {
    expect(readLead('本报北京1月4日讯 记者孔令华报道：一九九八年')).toMatchObject({
      dateline: '本报北京1月4日讯', byline: '记者孔令华报道：', reporters: ['孔令华'], rest: '一九九八年',
    })
  })
  test('通讯员 and 记者 in one byline', () => {
    expect(readLead('本报讯（通讯员 任天佑 记者 葛 欣）记者昨日')).toMatchObject({ reporters: ['任天佑', '葛欣'], rest: '记者昨日' })
  })
  test('本报讯 with no byline', () => {
    expect(readLead('本报讯 昨日上午，市图书馆开馆。')).toMatchObject({ dateline: '本报讯', byline: null, reporters: [] })
  })
  test('other papers name themselves in the dateline (晚报讯, 江城晚报讯, 大河网讯)', () => {
    expect(readLead('晚报讯（记者 符晓东 通讯员 柯丽娜）昨天')).toMatchObject({ dateline: '晚报讯', reporters: ['符晓东', '柯丽娜'], rest: '昨天' })
    expect(readLead('江城晚报讯 昨日上午')).toMatchObject({ dateline: '江城晚报讯', reporters: [], rest: '昨日上午' })
    expect(readLead('大河网讯（记者 王 明）')).toMatchObject({ dateline: '大河网讯', reporters: ['王明'] })
    expect(readLead('日报讯息很多。')).toBeNull()
  })
  test('an ordinary paragraph has no lead', () => {
    expect(readLead('记者节当天，全市新闻工作者座谈。')).toBeNull()
    expect(readLead('本报记者节特刊今日出版。')).toBeNull()
  })
})

describe('bylines on their own line', () => {
  test.each([
    ['本报记者 张三 李四', ['张三', '李四']],
    ['本报评论员', []],
    ['本报驻俄罗斯记者 张三', ['张三']],
    ['本报记者温嘉禾', ['温嘉禾']],
    ['文/张三', ['张三']],
  ])('%s', (line, reporters) => {
    expect(readStandaloneByline(line)).toMatchObject({ dateline: null, byline: line, reporters })
  })
  test('a sentence is not a byline', () => {
    expect(readStandaloneByline('本报记者走访了十个村。')).toBeNull()
    expect(readStandaloneByline('本报记者深入一线采访')).toBeNull()
  })
})

describe('reporters', () => {
  test('names run together are split where both halves start with a surname', () => {
    expect(readReporters('记者 张三李四')).toEqual(['张三', '李四'])
  })
  test('文 and 图 are roles, except as the second half of a two-character name spread out', () => {
    expect(readReporters('记者 龚 文')).toEqual(['龚文'])
    expect(readReporters('文/图 张三')).toEqual(['张三'])
    expect(readReporters('文 张三 图 李四')).toEqual(['张三', '李四'])
    expect(readReporters('图／晚报记者 吕明轩')).toEqual(['吕明轩'])
  })
  test('where a picture was taken (摄于某国, 摄自某县) is no second name, though 于 is a surname', () => {
    expect(readReporters('王强摄于德国')).toEqual(['王强'])
    expect(readReporters('本报记者 王强摄自某县灾区')).toEqual(['王强'])
  })
  test('a compound surname spaced from the given name is joined', () => {
    expect(readReporters('记者 欧阳 晨')).toEqual(['欧阳晨'])
  })
  test('a byline at the end of an article', () => {
    expect(readTrailingByline('会议于昨日闭幕。（记者 张三）')).toEqual({ byline: '（记者 张三）', reporters: ['张三'], before: '会议于昨日闭幕。' })
    expect(readTrailingByline('会议于昨日闭幕（上午）')).toBeNull()
  })
})

describe('bylines of other forms', () => {
  test('reporters of several outlets inside the dateline', () => {
    expect(readLead('本报北京1月15日讯中央电视台记者甄小梅、新华社记者钱立、本报记者司马云鹏报道：全国会议今天开幕。')).toMatchObject({
      dateline: '本报北京1月15日讯', reporters: ['甄小梅', '钱立', '司马云鹏'], rest: '全国会议今天开幕。',
    })
  })
  test('names run together in an end tag are split by the shape of Chinese names', () => {
    expect(readReporters('邝立詹永涛')).toEqual(['邝立', '詹永涛'])
    expect(readReporters('苗青田周明')).toEqual(['苗青田', '周明'])
    expect(readReporters('尤建峰景春华')).toEqual(['尤建峰', '景春华'])
  })
  test('end tags: names, dispatch tags; a picture credit or a note is not one', () => {
    expect(readClosingTag('（冯小川）')).toEqual({ kind: 'byline', byline: '（冯小川）', reporters: ['冯小川'] })
    expect(readClosingTag('（本报专电）')).toEqual({ kind: 'dispatch', text: '（本报专电）' })
    expect(readClosingTag('（本报某城1月14日电）')).toMatchObject({ kind: 'dispatch' })
    expect(readClosingTag('（作者为某市审计局局长）')).toMatchObject({ kind: 'dispatch' })
    expect(readClosingTag('（新华社记者曾小林摄）')).toBeNull()
    expect(readClosingTag('（来信选登）')).toBeNull()
  })
  test('an author line is only names, with a pen name in brackets at most', () => {
    expect(readAuthorLine('葛远舟（晓帆）')).toMatchObject({ reporters: ['葛远舟'], byline: '葛远舟（晓帆）' })
    expect(readAuthorLine('于立群 石中玉')).toMatchObject({ reporters: ['于立群', '石中玉'] })
    expect(readAuthorLine('少说空话')).toBeNull()
    expect(readAuthorLine('新年献词')).toBeNull()
  })
})

describe('credits of several outlets and in captions', () => {
  test('reporters of several outlets run together on one line: each outlet ends before the next name', () => {
    expect(readReporters('新华社通讯员邱明远新华社记者卞国梁')).toEqual(['邱明远', '卞国梁'])
    expect(readReporters('新华社记者施文涛中央人民广播电台记者柯南星本报记者蒲晓')).toEqual(['施文涛', '柯南星', '蒲晓'])
    expect(readReporters('江城晚报记者 吕明轩')).toEqual(['吕明轩'])
  })
  test('a photo credit closing a caption paragraph, with names run together or an outlet and a place', () => {
    expect(creditsInText('新建的大桥全线通车，车流不断。（卞国梁摄）下一段')).toEqual(['卞国梁'])
    expect(creditsInText('老人们在晒太阳。（邱明远柯南星摄）')).toEqual(['邱明远', '柯南星'])
    expect(creditsInText('（新华社记者施文涛摄）')).toEqual(['施文涛'])
    expect(creditsInText('（蒲晓摄于江城）（本报记者柯南星摄影报道）')).toEqual(['蒲晓', '柯南星'])
    expect(creditsInText('（压题照片为邱明远摄）')).toEqual(['邱明远'])
  })
  test('the artist of a picture: （张三画）, （李四绘）, and a name alone in brackets after the kind of artwork', () => {
    expect(creditsInText('寒江独钓图（蒲晓画）')).toEqual(['蒲晓'])
    expect(creditsInText('瑞雪兆丰年（图片）（柯南星绘）')).toEqual(['柯南星'])
    expect(creditsInText('春风得意马蹄疾（行书）（邱明远）松鹤图（中国画）（卞国梁）')).toEqual(['邱明远', '卞国梁'])
    expect(creditsInText('会场设在三楼（会议室）（东侧）')).toEqual([])
    expect(creditsInText('这幅画（原作）（复制品）')).toEqual([])
  })
  test('a bracket that only mentions shooting is not a credit', () => {
    expect(creditsInText('该片由江城电影厂（原名江城摄制组）出品。')).toEqual([])
    expect(creditsInText('（航拍摄）')).toEqual([])
  })
  test('a reporter named after the dateline, in a sentence that goes on', () => {
    expect(reporterAfterDateline('记者蒲晓从市教育局获悉：今年招生扩大。')).toBe('蒲晓')
    expect(reporterAfterDateline('记者邱明远日前在江城走访了几家工厂。')).toBe('邱明远')
    expect(reporterAfterDateline('记者们从各地赶来。')).toBeNull()
    expect(readLead('本报讯记者卞国梁从交通部获悉：新线开通。')).toMatchObject({ dateline: '本报讯', reporters: ['卞国梁'], rest: '记者卞国梁从交通部获悉：新线开通。' })
  })
})

describe('end tags of three or four names run together', () => {
  test('cut into names with common surnames, the commoner surnames preferred', () => {
    expect(readClosingTag('（韩雪罗华生王立周全）')).toMatchObject({ kind: 'byline', reporters: ['韩雪', '罗华生', '王立', '周全'] })
    expect(readReporters('蒋小川邓丽潘玉琴')).toEqual(['蒋小川', '邓丽', '潘玉琴'])
  })
  test('a signature of a place and a reader, or an institution, is not a run of names', () => {
    expect(readReporters('江苏常州市沈明周立')).not.toContain('常州市')
    expect(readClosingTag('（国家计委国家统计局）')).toBeNull()
  })
})

describe('five characters of two names run together', () => {
  test('three + two by default, two + three when the third character is one of the commonest surnames and the fourth is not', () => {
    expect(readReporters('卢彦田周亮')).toEqual(['卢彦田', '周亮'])
    expect(readReporters('郑勤王荣彬')).toEqual(['郑勤', '王荣彬'])
    expect(readReporters('蔡萍李雷英')).toEqual(['蔡萍', '李雷英'])
    // 文 is a surname, but not one of the commonest: the given name's character it usually is.
    expect(readReporters('谭跃文樊宁')).toEqual(['谭跃文', '樊宁'])
  })
})

describe("a reader's signature: a unit or place, then the names", () => {
  const isPlace = (w: string) => ['江西', '湖南'].includes(w)
  test('the shortest tail of names after a head that ends like a unit or is a known place', () => {
    expect(namesAfterUnit('湖南临江县委宣传部邹建明', isPlace)).toEqual(['邹建明'])
    expect(namesAfterUnit('江西青山日报社潘浩', isPlace)).toEqual(['潘浩'])
    expect(namesAfterUnit('江西南岭市钱成松许文敏', isPlace)).toEqual(['钱成松', '许文敏'])
    expect(namesAfterUnit('湖南邓秀山', isPlace)).toEqual(['邓秀山'])
  })
  test('no name at the end of a unit or place, nor an ordinary word', () => {
    expect(namesAfterUnit('湖南临江县委宣传部', isPlace)).toBeNull()
    expect(namesAfterUnit('江西南岭市玄武区', isPlace)).toBeNull()
    expect(namesAfterUnit('江西南岭市文化馆', isPlace)).toBeNull()
  })
})

describe('a byline that states the role and its end', () => {
  test('记者甲、乙报道：every item of two or three characters is a reporter, a surname the table lacks included', () => {
    expect(readLead('本报罗马1月4日电记者乜永年、韩芳报道：代表团今天抵达')?.reporters).toEqual(['乜永年', '韩芳'])
    expect(readLead('新华社天津1月4日电记者傲川报道：随着新年的临近')?.reporters).toEqual(['傲川'])
  })
  test('not an ordinary word, and not without 报道', () => {
    expect(readLead('新华社天津1月4日电记者调查报道：随着新年的临近')?.reporters).toEqual([])
  })
})

describe('a dateline printed in a box', () => {
  test('【本报讯】, 【新华社某地某月某日电】 and ［本报讯］ are datelines, the box kept as printed; a byline may follow', () => {
    expect(readLead('【本报讯】市财政局昨日通报')).toMatchObject({ dateline: '【本报讯】', reporters: [], rest: '市财政局昨日通报' })
    expect(readLead('【新华社北京3月5日电】（记者 王强）大会今天开幕')).toMatchObject({ dateline: '【新华社北京3月5日电】', reporters: ['王强'], rest: '大会今天开幕' })
    expect(readLead('［本报讯］ 记者从市交通局获悉')?.dateline).toBe('［本报讯］')
    expect(readLead('【中央社台北十一月二十九日电】选举昨日举行')?.dateline).toBe('【中央社台北十一月二十九日电】')
  })
  test('a box that holds anything else is not a dateline (【编者按】, 【本报讯息汇总】)', () => {
    expect(readLead('【编者按】近年来，我市持续推进')).toBeNull()
    expect(readLead('【相关链接】本报讯息汇总')).toBeNull()
  })
})

describe('datelines with no date, and a website\'s items', () => {
  test('新华社北京电 and 新华社电 open a dispatch; 央视网消息 and 新华网某地某日消息 a website\'s item', () => {
    expect(readLead('新华社北京电 （记者 王强） 昨日')).toMatchObject({ dateline: '新华社北京电', reporters: ['王强'], rest: '昨日' })
    expect(readLead('新华社电 国务院日前印发')?.dateline).toBe('新华社电')
    expect(readLead('央视网消息 昨日，')?.dateline).toBe('央视网消息')
    expect(readLead('新华网北京5月6日消息 昨日')?.dateline).toBe('新华网北京5月6日消息')
  })
  test('not a sentence that starts with an agency (新华社发电报, 人民网消息称, 据新华社电称)', () => {
    expect(readLead('新华社发电报祝贺')).toBeNull()
    expect(readLead('人民网消息称，')).toBeNull()
    expect(readLead('据新华社电称，')).toBeNull()
  })
  test('a dispatch retold with neither place nor date (据新华社电, 据中新社电) and a compiled story (本报综合报道)', () => {
    expect(readLead('据新华社电 昨日，')).toMatchObject({ dateline: '据新华社电', rest: '昨日，' })
    expect(readLead('据中新社电（记者 甄若曦）昨日')).toMatchObject({ dateline: '据中新社电', reporters: ['甄若曦'], rest: '昨日' })
    expect(readLead('本报综合报道 受冷空气影响，')).toMatchObject({ dateline: '本报综合报道', rest: '受冷空气影响，' })
    expect(readLead('综合消息 昨日，')?.dateline).toBe('综合消息')
    expect(readLead('本报综合外电报道 当地时间')?.dateline).toBe('本报综合外电报道')
    expect(readLead('综合治理工作成效明显。')).toBeNull()
  })
})

describe('bylines of other papers', () => {
  test.each([
    ['全媒体记者 晏子墨 融媒体记者 郜雅琪', ['晏子墨', '郜雅琪']],
    ['本报融媒体记者 殷若兰', ['殷若兰']],
    ['新闻中心记者 甘泽宇', ['甘泽宇']],
    ['首席记者 覃振宇', ['覃振宇']],
    ['见习记者 黎若彤', ['黎若彤']],
    ['本报特约记者 邬清扬', ['邬清扬']],
  ])('a desk or outlet before the role on a byline line: %s', (line, reporters) => {
    expect(readStandaloneByline(line)).toMatchObject({ byline: line, reporters })
  })
  test('a desk before the role does not make a sentence a byline', () => {
    expect(readStandaloneByline('电视台记者走进灾区')).toBeNull()
  })
  test('after a dateline, a role and names closed by a space, with neither 报道 nor a colon', () => {
    expect(readLead('本报北京3月4日电 记者甘泽宇 代表们在分组讨论中')).toMatchObject({ dateline: '本报北京3月4日电', byline: '记者甘泽宇', reporters: ['甘泽宇'], rest: '代表们在分组讨论中' })
    expect(readLead('本报讯 记者 阚思远 通讯员 晁立新 今天上午，')).toMatchObject({ byline: '记者 阚思远 通讯员 晁立新', reporters: ['阚思远', '晁立新'], rest: '今天上午，' })
    // An ordinary word after the name opens the report (周末 starts with a surname).
    expect(readLead('本报讯 记者殷若兰 周末期间')).toMatchObject({ reporters: ['殷若兰'], rest: '周末期间' })
    expect(readLead('本报讯 记者殷若兰代表们在讨论')).toMatchObject({ byline: null, reporters: [] })
  })
  test('a compiled or translated piece names who compiled it (整理, 编译)', () => {
    expect(readReporters('本报记者 阙书瑶 整理')).toEqual(['阙书瑶'])
    expect(readClosingTag('（本报记者阙书瑶整理）')).toMatchObject({ kind: 'byline', reporters: ['阙书瑶'] })
    expect(readReporters('记者 冼国栋 编译')).toEqual(['冼国栋'])
  })
})

describe('rare surnames outside the 百家姓', () => {
  test('禤, 庹, 眭, 笪 start a name in a byline, an end tag and a photo credit', () => {
    expect(readClosingTag('（庹嘉豪）')).toMatchObject({ kind: 'byline', reporters: ['庹嘉豪'] })
    expect(readStandaloneByline('本报记者 禤嘉欣')).toMatchObject({ reporters: ['禤嘉欣'] })
    expect(readReporters('记者 眭晓光 笪若兰')).toEqual(['眭晓光', '笪若兰'])
    expect(creditsInText('大桥合龙。（本报记者 蹇文博摄）')).toEqual(['蹇文博'])
  })
})

describe("a writer's credit in the forms papers print it", () => {
  test.each([
    ['文·图/闵雪琴', ['闵雪琴']],
    ['撰文/萧海川 摄影/钭佳怡', ['萧海川', '钭佳怡']],
    ['文 | 邝嘉怡', ['邝嘉怡']],
    ['文｜邝嘉怡', ['邝嘉怡']],
    ['文字/邝嘉怡', ['邝嘉怡']],
    ['图/文 邝嘉怡', ['邝嘉怡']],
    ['文/本报记者 邝嘉怡', ['邝嘉怡']],
  ])('%s', (line, reporters) => {
    expect(readStandaloneByline(line)).toMatchObject({ byline: line, reporters })
  })
  test("a picture's credit alone (图/某某) is no writer's, and a headline with a slash is no credit", () => {
    expect(readStandaloneByline('图/敖志远')).toBeNull()
    expect(readStandaloneByline('文化/旅游')).toBeNull()
  })
})

describe('more roles and end credits', () => {
  test('a special correspondent (特派记者) is a reporter', () => {
    expect(readStandaloneByline('本报特派记者 邝嘉怡 发自多哈')).toMatchObject({ reporters: ['邝嘉怡'] })
    expect(readLead('新华社多哈12月1日电（特派记者 邝嘉怡）今天')).toMatchObject({ reporters: ['邝嘉怡'], rest: '今天' })
  })
  test("a writer's credit closing the last paragraph （文/某某） is the byline", () => {
    expect(readTrailingByline('公园管理部门表示，将加强管理。（文/郦晓川）')).toEqual({ byline: '（文/郦晓川）', reporters: ['郦晓川'], before: '公园管理部门表示，将加强管理。' })
    expect(readTrailingByline('详见下表。（文/图）')).toBeNull()
  })
})

describe('datelines of other papers and decades', () => {
  test('the day alone before 电/讯 (新华社北京1日电, 本报东京3日电, 据路透社伦敦3日电)', () => {
    expect(readLead('新华社北京1日电 国务院')).toMatchObject({ dateline: '新华社北京1日电', rest: '国务院' })
    expect(readLead('本报东京3日电（记者 邝嘉怡）今天')).toMatchObject({ dateline: '本报东京3日电', reporters: ['邝嘉怡'], rest: '今天' })
    expect(readLead('据路透社伦敦3日电 今天')?.dateline).toBe('据路透社伦敦3日电')
    expect(readLead('本报北京1日讯 今天')?.dateline).toBe('本报北京1日讯')
  })
  test("an agency's dated dispatch with 讯, as printed in the 1940s and 1950s", () => {
    expect(readLead('新华社十二月一日讯 今天')?.dateline).toBe('新华社十二月一日讯')
  })
  test('a day in the report after the dateline is not part of it', () => {
    expect(readLead('本报讯 12日，市政府')).toMatchObject({ dateline: '本报讯', rest: '12日，市政府' })
    expect(readLead('新华社记者日前电话采访')).toBeNull()
  })
})

describe("bylines of Taiwan's and Hong Kong's papers", () => {
  test('a byline in a box at the start of the report: 【记者甲／某地报道】, 〔本报记者 甲〕', () => {
    expect(readLead('【记者敖志远／高雄报道】台风今天登陆南部。')).toEqual({ dateline: null, byline: '【记者敖志远／高雄报道】', reporters: ['敖志远'], rest: '台风今天登陆南部。' })
    expect(readLead('〔本报记者 邝嘉怡〕昨天')).toMatchObject({ byline: '〔本报记者邝嘉怡〕', reporters: ['邝嘉怡'], rest: '昨天' })
    // A box that is no byline is left alone.
    expect(readLead('【编者按】基层是改革的前沿。')).toBeNull()
  })
  test('where the report was filed is no reporter: 记者甲／某地报道, 记者 甲 某地报道', () => {
    expect(readReporters('记者敖志远／高雄报道')).toEqual(['敖志远'])
    expect(readReporters('本报记者 邝嘉怡 石家庄报道')).toEqual(['邝嘉怡'])
    // (a name glued to 报道 is still the name)
    expect(readReporters('记者 石磊报道')).toEqual(['石磊'])
  })
  test('the reporter inside the dateline, between the agency and the place', () => {
    expect(readLead('中央社记者郦晓川台北3日电 主计总处今天公布')).toMatchObject({ dateline: '中央社记者郦晓川台北3日电', reporters: ['郦晓川'], rest: '主计总处今天公布' })
    expect(readLead('中央社记者王明纽约3日电 今天')?.reporters).toEqual(['王明'])
    expect(readLead('新华社北京1日电 今天')?.reporters).toEqual([])
  })
})

describe('作者 with a space instead of a colon', () => {
  test('作者 甲 is a byline line; 作者 over no name is not', () => {
    expect(readStandaloneByline('作者 邝嘉怡')).toMatchObject({ byline: '作者 邝嘉怡', reporters: ['邝嘉怡'] })
    expect(readStandaloneByline('作者 是谁')).toBeNull()
  })
})

describe("any paper's own 讯", () => {
  test('a paper whose name ends in 报 (文汇报讯, 解放军报讯, 明报讯, 【大公报讯】), closed by a space, a bracket or 记者', () => {
    expect(readLead('文汇报讯 今天')).toMatchObject({ dateline: '文汇报讯', rest: '今天' })
    expect(readLead('解放军报讯（记者 邝嘉怡）今天')).toMatchObject({ dateline: '解放军报讯', reporters: ['邝嘉怡'] })
    expect(readLead('【大公报讯】记者邝嘉怡报道：今天')).toMatchObject({ dateline: '【大公报讯】', reporters: ['邝嘉怡'], rest: '今天' })
    expect(readLead('明报讯 今天')?.dateline).toBe('明报讯')
  })
  test('not a word that starts with 报讯 (电报讯号, 情报讯问)', () => {
    expect(readLead('电报讯号中断')).toBeNull()
    expect(readLead('情报讯问 嫌犯')).toBeNull()
  })
})

describe("the desk's credit inside a byline", () => {
  test('names after 责任编辑 / 责编 / 校对 are no reporters', () => {
    expect(readReporters('本报记者 邝嘉怡 责任编辑 聂思远')).toEqual(['邝嘉怡'])
    expect(readReporters('记者邝嘉怡责编聂思远')).toEqual(['邝嘉怡'])
  })
})

describe('讯 of earlier decades', () => {
  test('本报专讯, 新华社讯 and 中新社讯 are datelines; 新华社讯问 is not', () => {
    expect(readLead('本报专讯 今天')).toMatchObject({ dateline: '本报专讯', rest: '今天' })
    expect(readLead('新华社讯 今天')?.dateline).toBe('新华社讯')
    expect(readLead('中新社讯（记者 邝嘉怡）今天')).toMatchObject({ dateline: '中新社讯', reporters: ['邝嘉怡'] })
    expect(readLead('新华社讯问 今天')).toBeNull()
  })
})

describe('a byline that states the role reads a surname the table lacks', () => {
  test('本报记者 操某某 and （记者 言某某） after a dateline; not an ordinary word', () => {
    expect(readStandaloneByline('本报记者 操文远')?.reporters).toEqual(['操文远'])
    expect(readLead('本报讯（记者 言若溪）今天')?.reporters).toEqual(['言若溪'])
    expect(readStandaloneByline('本报记者 暴雨')).toBeNull()
    expect(readStandaloneByline('本报记者 走访')).toBeNull()
  })
})
