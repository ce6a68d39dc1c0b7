/**
 * A parsed page built by hand, shaped like what the parser returns for the sample page
 * (two of its articles, their people and events), so the planner can be tested without
 * the parser and without a database.
 */
import type { ParsedBulletin } from '../../../src/bulletin/types'

export function parsedPage(overrides: Partial<ParsedBulletin> = {}): ParsedBulletin {
  return {
    source: 'samples/zhengzhou-daily-2021-08-31.txt',
    sha256: 'a'.repeat(64),
    encoding: 'utf-8',
    issueDate: '2021-08-31',
    publication: '郑州日报',
    articles: [
      {
        headlines: [
          { role: 'title', text: '我市收听收看省委新冠肺炎疫情防控工作第六次专题会议' },
          { role: 'subtitle', text: '健全完善常态化疫情防控体系守护好人民群众生命健康安全' },
        ],
        title: '我市收听收看省委新冠肺炎疫情防控工作第六次专题会议',
        kicker: null,
        subtitle: '健全完善常态化疫情防控体系守护好人民群众生命健康安全',
        dateline: '本报讯',
        reporters: ['张昕', '孙亚文'],
        paragraphs: ['8月30日，省委常委、市委书记徐立毅立即主持召开续会。', '侯红、周富强等参加会议。'],
        people: ['徐立毅', '侯红', '周富强', '张昕', '孙亚文'],
        places: [],
        events: [0],
        line: 1,
      },
      {
        headlines: [{ role: 'title', text: '全省公共机构节能宣传月线上启动' }],
        title: '全省公共机构节能宣传月线上启动',
        kicker: null,
        subtitle: null,
        dateline: '本报讯',
        reporters: ['裴其娟'],
        paragraphs: ['8月30日，全省公共机构节能宣传月线上启动仪式正式上线。'],
        people: ['裴其娟'],
        places: ['郑州'],
        events: [1],
        line: 40,
      },
    ],
    people: [
      { name: '徐立毅', titles: ['省委常委', '市委书记'], roles: ['official', 'chair'], articles: [0] },
      { name: '侯红', titles: [], roles: ['attendee'], articles: [0] },
      { name: '周富强', titles: [], roles: ['attendee'], articles: [0] },
      { name: '张 昕', titles: [], roles: ['reporter'], articles: [0] },
      { name: '孙亚文', titles: [], roles: ['reporter'], articles: [0] },
      { name: '裴其娟', titles: [], roles: ['reporter'], articles: [1] },
    ],
    events: [
      {
        title: '省委新冠肺炎疫情防控工作第六次专题会议续会',
        type: 'meeting',
        startDate: '2021-08-30',
        endDate: null,
        timeOfDay: null,
        time: null,
        locations: [],
        organizers: [],
        participants: [
          { name: '徐立毅', role: 'chair' },
          { name: '侯红', role: 'attendee' },
          { name: '周富强', role: 'attendee' },
        ],
        articles: [0],
      },
      {
        title: '全省公共机构节能宣传月线上启动仪式',
        type: 'launch',
        startDate: '2021-08-30',
        endDate: null,
        timeOfDay: null,
        time: null,
        locations: [],
        organizers: ['河南省机关事务管理局', '郑州市市直机关事务管理局'],
        participants: [],
        articles: [1],
      },
    ],
    warnings: [],
    ...overrides,
  }
}
