import { describe, expect, test } from '@jest/globals'
import { BLOCK_RULES, segmentArticles } from '../../../src/bulletin/segment'
import { normalizeLine } from '../../../src/bulletin/normalize'

/** Every example in the segmenter's table of block kinds is read as that kind (the first rule that matches wins). */
describe('block kinds: each rule\'s examples', () => {
  const cases = BLOCK_RULES.flatMap((r) => r.examples.map((e) => [r.kind, e] as const))
  test.each(cases)('%s: %s', (kind, example) => {
    const n = normalizeLine(example)
    const b = { line: 1, text: n.text, spaced: n.spaced, raw: example, bullet: n.bullet }
    expect(BLOCK_RULES.find((r) => r.test(b))!.kind).toBe(kind)
  })
  test('the table is used: a page of one example of each kind parses', () => {
    expect(segmentArticles(BLOCK_RULES.map((r) => r.examples[0]).join('\n\n')).articles.length).toBeGreaterThan(0)
  })
})

/** Signed pieces on pages that separate paragraphs and articles alike: the author's line under a headline is the byline. */
describe('signed pieces: the author under a headline', () => {
  const shape = (text: string) =>
    segmentArticles(text).articles.map((a) => ({ title: a.headlines.map((h) => h.text).join('/'), reporters: a.reporters, paragraphs: a.paragraphs.length }))
  test('a title that trails off (……) over an author and prose opens a new piece', () => {
    const text = '河湾新事\n\n本报讯 河湾村今年修通了公路，村民出行方便了。\n\n到河湾去……\n\n闻远山\n\n秋天，我又一次来到河湾，村口的老槐树还在。\n'
    expect(shape(text)).toEqual([
      { title: '河湾新事', reporters: [], paragraphs: 1 },
      { title: '到河湾去……', reporters: ['闻远山'], paragraphs: 1 },
    ])
  })
  test('a question headline over an author and prose opens a new piece', () => {
    const text = '河湾新事\n\n本报讯 河湾村今年修通了公路，村民出行方便了。\n\n怎样评一所学校？\n\n闻远山\n\n长期以来，评价学校多看升学率，这个办法并不全面。\n'
    expect(shape(text).map((a) => a.title)).toEqual(['河湾新事', '怎样评一所学校？'])
  })
  test('a headline over a one-paragraph lead, then the author and prose: the author is the byline, the lead and the prose one piece', () => {
    const text = '河湾新事\n\n本报讯 河湾村今年修通了公路，村民出行方便了。\n\n老船工的心愿\n\n年关将近，编辑部收到一位老船工的来稿，现刊登如下。\n\n闻远山\n\n我在河上撑了四十年船，见过河湾的穷，也见过它的变。\n\n如今的河湾，家家盖了新房。\n'
    expect(shape(text)).toEqual([
      { title: '河湾新事', reporters: [], paragraphs: 1 },
      { title: '老船工的心愿', reporters: ['闻远山'], paragraphs: 3 },
    ])
  })
})

describe('a column label under the last paragraph of an article', () => {
  test('简讯 over a run of ● briefs is the column, not the signature of the article above it', () => {
    const text = '河湾新事\n本报记者 闻远山\n\n河湾村今年修通了公路，村民出行方便了。\n\n简讯\n●市政协昨日召开常委会议。\n●新建的跨河大桥将于6月通车。\n'
    const articles = segmentArticles(text).articles
    expect(articles[0]!.reporters).toEqual(['闻远山'])
    expect(articles.flatMap((a) => a.reporters)).not.toContain('简讯')
    expect(articles.slice(-2).map((a) => a.paragraphs.map((p) => p.text))).toEqual([['市政协昨日召开常委会议。'], ['新建的跨河大桥将于6月通车。']])
  })
})

/** A story's picture with its credited caption, printed between the headline and the dateline. */
describe('the caption of a story\'s picture under its headline', () => {
  const starts = (text: string) => segmentArticles(text).articles.map((a) => ({ title: a.headlines.map((h) => h.text).join('/'), dateline: a.dateline }))
  test('a credited caption between the headline and the dateline stays in the story', () => {
    const text = '河湾新事\n\n本报讯 河湾村今年修通了公路。\n\n两市市长会谈\n\n共商跨江大桥建设\n\n１月９日，甲市市长在市府会见来访的乙市市长。（本报记者钟远帆摄）\n\n本报甲市１月９日讯 甲乙两市市长今天举行会谈，商定共建跨江大桥。\n'
    expect(starts(text)).toEqual([
      { title: '河湾新事', dateline: '本报讯' },
      { title: '两市市长会谈/共商跨江大桥建设', dateline: '本报甲市1月9日讯' },
    ])
  })
  test('so does a speech\'s salutation after the speaker\'s picture', () => {
    const text = '在新春茶话会上的讲话\n\n市长在茶话会上讲话。（本报记者钟远帆摄）\n\n各位朋友：\n\n新春佳节就要到了。\n'
    expect(segmentArticles(text).articles).toHaveLength(1)
  })
  test('numbered captions of a picture item do not: the dispatch after them is a story of its own', () => {
    const text = '新春即景（附图片２张）\n\n１、某市花市红火。\n\n２、某县灯会开幕。（本报记者钟远帆摄）\n\n新华社某市１月９日电 某市今天召开会议。\n'
    expect(segmentArticles(text).articles).toHaveLength(2)
  })
})

/** A roundup compiled from agency dispatches (据新华社…电) under one headline is one article. */
describe('dispatches retold in a roundup', () => {
  test('datelines opening 据新华社… under a roundup\'s headline are its items, not stories of their own', () => {
    const text = '邻国经济简讯\n\n据新华社甲城１月９日电 甲国央行今天宣布下调利率。\n\n央行说，此举旨在刺激投资。\n\n据新华社乙城１月９日电（记者钟远帆）乙国股市今天大幅反弹。\n\n据新华社丙城１月８日电 丙国公布去年外贸数字，顺差扩大。\n'
    const a = segmentArticles(text).articles
    expect(a).toHaveLength(1)
    expect(a[0]!.paragraphs).toHaveLength(4)
  })
  test('once retold items made it a roundup, the paper\'s own dispatch after them is one more item', () => {
    const text = '邻国经济简讯\n\n据新华社甲城１月９日电 甲国央行今天宣布下调利率。\n\n据新华社乙城１月９日电 乙国股市今天大幅反弹。\n\n本报戊城１月９日电 记者钟远帆报道：戊国政府今天决定冻结公共收费。\n'
    expect(segmentArticles(text).articles).toHaveLength(1)
  })
  test('an agency\'s own dateline on another subject still opens a story of its own', () => {
    const text = '邻国经济简讯\n\n据新华社甲城１月９日电 甲国央行今天宣布下调利率。\n\n新华社丁城１月９日电（记者钟远帆）丁国总统今天会见来访的外国议员团。\n'
    expect(segmentArticles(text).articles).toHaveLength(2)
  })
})

/** Items of a column of briefs dated in Chinese numerals share the date's characters, not a subject. */
describe('a column of briefs: dates are no shared subject', () => {
  test('two items dated 一月二十二日 and 一月二十三日 are two briefs', () => {
    const text = '某国概况\n\n某国位于大洋西岸，以农业为主，出产咖啡和可可。（禾木）\n\n甲国议会一月二十二日通过新的预算法案，国防开支将比去年增加百分之五。\n\n乙国首都一家化工厂一月二十三日发生爆炸，当地消防部门出动二十辆消防车救火。\n'
    expect(segmentArticles(text).articles.map((a) => a.paragraphs.length)).toEqual([1, 1, 1])
  })
})

/** The first brief of a column under a page's last dispatch reports news of its own: a day and what happened. */
describe('a column of briefs under a dispatch: more ways a brief reports news', () => {
  const dispatch = '甲国举行大选\n\n新华社某城1月20日电 甲国今天举行议会选举，全国两千多个投票站上午八时开放。\n\n选民们冒雨排队投票，投票率预计超过六成，计票工作将于今晚开始。\n\n'
  test.each([
    ['a meeting that ended', '为期两天的乙国外长会议十九日在某港结束，与会各方就边境贸易达成协议。'],
    ['a leader who restated a position', '丙国总统十九日重申，丙国奉行中立政策，不会与任何邻国结成军事同盟。'],
    ['a meeting of leaders', '丁国总理十八日在首都会见了来访的戊国议长，双方讨论了渔业合作。'],
  ])('%s is the first brief', (_kind, brief) => {
    expect(segmentArticles(dispatch + brief + '\n').articles).toHaveLength(2)
  })
})

/** A roundup of several places' dispatches under one headline, each under its region's label. */
describe('region labels inside a roundup', () => {
  const text = (label: string, dateline: string) =>
    `各地文艺下乡\n\n据新华社甲城１月９日电 甲省文艺团体深入乡村演出。\n\n演员们带去了群众喜爱的地方戏。\n\n${label}\n\n${dateline} 乙省组织剧团到山区巡演，受到农民欢迎。\n`
  test('a short label before a dispatch, after a body, is a subheading: the dispatch is the roundup\'s next item', () => {
    const a = segmentArticles(text('乙省', '据新华社乙城１月９日电')).articles
    expect(a).toHaveLength(1)
    expect(a[0]!.paragraphs.map((p) => p.text)).toContain('乙省')
  })
  test('a label shaped like a name that the dispatch repeats is a label, not a signature', () => {
    const a = segmentArticles(text('武清', '本报武清１月９日电 记者钟远帆报道：')).articles
    expect(a).toHaveLength(1)
    expect(a[0]!.reporters).not.toContain('武清')
  })
  test('after an item closed by its tag, the label and dispatch open a new article', () => {
    const closedFirst = '各地文艺下乡\n\n本报讯 甲省文艺团体深入乡村演出。（钟远帆）\n\n乙省\n\n本报乙城电 乙省组织剧团到山区巡演。\n'
    expect(segmentArticles(closedFirst).articles).toHaveLength(2)
  })
})

/** A reader's letter signed with the writer's place of work and name in brackets. */
describe('a long signature tag ends the letter', () => {
  test('…。（某省某某县某某乡农业技术推广站况小舟） then a headline: the headline opens the next letter', () => {
    const text = '来信选登\n\n我们乡的农技站办得好，农民有了难题随时能找到技术员，去年全乡粮食增产一成。（某省某某县某某乡农业技术推广站况小舟）\n\n河道采砂要管住\n\n我们乡的河道近年来私挖乱采河砂的现象时有发生，江堤安全受到威胁，农民很担心。\n'
    expect(segmentArticles(text).articles.map((a) => a.headlines.map((h) => h.text).join('/'))).toEqual(['来信选登', '河道采砂要管住'])
  })
})

/** A signed essay that has barely begun: its first subheading is no new piece. */
describe('the first subheading of a signed piece', () => {
  const titles = (text: string) => segmentArticles(text).articles.map((a) => a.headlines.map((h) => h.text).join('/'))
  test('headline, author, one paragraph, then a single line over prose: a subheading', () => {
    const text = '关于县域经济的几点思考\n\n闻远山\n\n发展县域经济是一篇大文章，必须在以下几个问题上取得共识。\n\n农业产业化是否会挤掉粮食生产\n\n有人担心，发展经济作物会挤占粮田，这种担心可以理解，但不必过虑。\n'
    expect(titles(text)).toEqual(['关于县域经济的几点思考'])
  })
  test('headline, author, then a numbered heading over prose: a subheading', () => {
    const text = '关于县域经济的几点思考\n\n闻远山\n\n一、以产业化带动农业增效\n\n近年来，某县发展特色种植，农民收入逐年提高。\n'
    expect(titles(text)).toEqual(['关于县域经济的几点思考'])
  })
  test('an unsigned one-paragraph item before a headline still ends there', () => {
    const text = '河湾新事\n\n本报讯 河湾村今年修通了公路，村民出行方便了。\n\n山村办起农家书屋\n\n近日，某县某乡的农家书屋举行开放仪式，村民可以免费借阅图书。\n'
    expect(titles(text)).toEqual(['河湾新事', '山村办起农家书屋'])
  })
})

/** The pictures of an article printed after its end tag, under a label. */
describe('a pictures label after an article\'s end tag', () => {
  test('图片： and its captions after …。（某某） belong to that article', () => {
    const text = '医疗队进山\n\n本报讯 某县医疗队进山巡诊，为村民送医送药。（钟远帆况小舟）\n\n图片：\n\n医生为村民量血压。\n\n新标题出现\n\n本报讯 另一件事。\n'
    expect(segmentArticles(text).articles.map((a) => a.headlines.map((h) => h.text).join('/'))).toEqual(['医疗队进山', '新标题出现'])
  })
})

/** A column of briefs signed with a source tag: an item may open with a quoted term. */
describe('a brief that opens with a quoted term', () => {
  test('“某某工程”正在… after a brief closed by （据新华社） is the next brief', () => {
    const text = '经济简讯\n\n本报讯 甲市去年新建住房三百万平方米，居民住房条件明显改善。（据新华社）\n\n“菜篮子工程”正在成为乙市农民增收的新门路，去年全市蔬菜产量增长两成，农民人均增收三百元。\n'
    expect(segmentArticles(text).articles).toHaveLength(2)
  })
  test('a quotation that opens a paragraph still goes on with its item', () => {
    const text = '经济简讯\n\n本报讯 甲市去年新建住房三百万平方米，居民住房条件明显改善。（据新华社）\n\n“我们的住房条件好多了，”一位老人对记者说，“这都是政策好。”\n'
    expect(segmentArticles(text).articles).toHaveLength(1)
  })
})

describe('the caption of a signed story\'s picture under its byline', () => {
  test('headline, reporter\'s byline, credited caption: the story goes on after the caption', () => {
    const text = '外贸出口的新变化\n\n本报记者钟远帆\n\n压题照片为某港码头一角。（本报记者王晓舟摄）\n\n增长是怎么来的？\n\n在过去一年的外贸版图上，某港的集装箱吞吐量增长了两成，这是从来没有过的。\n'
    expect(segmentArticles(text).articles).toHaveLength(1)
  })
  test('a picture item (…（图片）) with its caption still ends there', () => {
    const text = '送法下乡（图片）\n\n本报记者钟远帆\n\n法官在集市上为村民答疑。（本报记者王晓舟摄）\n\n据新华社某城电 某省今天召开会议，部署春节期间的安全工作。\n'
    expect(segmentArticles(text).articles).toHaveLength(2)
  })
})

/** A feature's editor's lead that ends by announcing its pictures sits above the reporter's line: one article, not two. */
describe('a lead ending in a picture note, then the byline', () => {
  const shape = (text: string) =>
    segmentArticles(text).articles.map((a) => ({ title: a.headlines.map((h) => h.text).join('/'), reporters: a.reporters, paragraphs: a.paragraphs.length }))
  test('headline, lead （附图片2张）, reporter\'s byline, prose: one article with the reporter', () => {
    const text = '青山护林人\n\n护林，是一件苦差事。老林场的几代人守着这片山，一守就是几十年。（附图片２张）\n\n本报记者闻远山\n\n清晨五点，老护林员已经走在山路上了，露水打湿了他的裤脚。\n'
    expect(shape(text)).toEqual([
      { title: '青山护林人', reporters: ['闻远山'], paragraphs: 2 },
    ])
  })
  test('headline, lead （附图片1张）, author\'s name, prose: the name is the byline', () => {
    const text = '青山护林人\n\n护林，是一件苦差事。老林场的几代人守着这片山，一守就是几十年。（附图片１张）\n\n闻远山\n\n编者按：１２月５日，林场召开了表彰会，这里刊登的是一位护林员的自述。\n'
    expect(shape(text)).toEqual([
      { title: '青山护林人', reporters: ['闻远山'], paragraphs: 2 },
    ])
  })
})

/** A compiled piece led by a retold agency dispatch: the paper's own signed dispatch after it, with no headline, is one more item. */
describe('a roundup led by a retold dispatch', () => {
  const titles = (text: string) => segmentArticles(text).articles.map((a) => a.headlines.map((h) => h.text).join('/'))
  test('据新华社… then 本报某地某日电记者某某报道 with no headline: one article', () => {
    const text = '海外侨胞喜迎新春\n\n据新华社青川１月５日电 青川华侨联合会５日举行新春联欢会，二百多名侨胞欢聚一堂。\n\n联欢会上，侨胞们表演了舞龙和民乐。\n\n本报白石１月６日电记者闻远山报道：白石华人商会６日举行酒会，迎接农历新年。\n\n酒会气氛热烈，侨胞们互致问候。\n'
    expect(titles(text)).toEqual(['海外侨胞喜迎新春'])
  })
  test('a bare 本报讯 brief after the retold dispatch still opens an item of its own', () => {
    const text = '海外侨胞喜迎新春\n\n据新华社青川１月５日电 青川华侨联合会５日举行新春联欢会，二百多名侨胞欢聚一堂。\n\n联欢会上，侨胞们表演了舞龙和民乐。\n\n本报讯 河湾县今年新修乡村公路三百公里，全县村村通了公路。\n'
    expect(titles(text)).toHaveLength(2)
  })
})

describe('an author under an editor\'s lead, over a numbered heading', () => {
  it('is the byline, and the numbered heading is the piece\'s first section', () => {
    const text = '流通改革的新路子\n\n以市场为导向，大力推进流通企业改革，加快建立现代流通体系。\n\n闻远山\n\n一、以深化改革为重点，促进企业结构的优化\n\n改革开放以来，某省全面展开了以放开市场、放开价格为主要特征的流通体制改革。\n'
    const a = segmentArticles(text).articles
    expect(a).toHaveLength(1)
    expect(a[0]!.reporters).toEqual(['闻远山'])
    expect(a[0]!.paragraphs.map((p) => p.text.slice(0, 2))).toEqual(['以市', '一、', '改革'])
  })
})
