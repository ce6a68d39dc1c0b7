/**
 * Word lists the rule layer leans on: official titles, the verbs that follow
 * a person acting in a news sentence, and words jieba tags as names that are
 * not (宁可, 周全, 宣传周). Kept in one place so a missed form is one edit.
 */

/** Endings of job titles (the chain 省委常委、市委书记 ends each part with one). Longest first. */
export const TITLE_ENDINGS = [
  '总书记', '副书记', '书记', '常委', '委员长', '委员', '副主任', '主任', '副主席', '主席', '副市长', '市长',
  '副省长', '省长', '县长', '区长', '镇长', '乡长', '村长', '州长', '局长', '厅长', '部长', '处长', '科长', '司长',
  '署长', '院长', '校长', '所长', '站长', '馆长', '社长', '台长', '副总理', '总理', '总统', '首相', '国务卿',
  '秘书长', '会长', '理事长', '董事长', '总经理', '经理', '总裁', '总编辑', '主编', '大使', '公使', '领事', '外长', '外相', '大臣',
  '议员', '总督',
  '议长', '国务委员', '政委', '司令员', '参谋长', '军长', '师长', '团长', '营长', '连长', '排长', '班长', '发言人', '领导人', '检察长', '庭长', '行长', '组长',
  '队长', '负责人', '代表', '教授', '研究员', '院士', '工程师', '主任医师', '医生', '教师', '老师', '专家',
  '支书', '长官', '巡视员', '调研员', '监察专员', '指挥长', '督察长', '总监', '主管', '董事', '创始人', '村民', '居民',
  '市民', '农民', '志愿者', '党员', '民警', '警官', '律师', '法官', '冠军', '选手', '运动员', '演员', '作家',
  '画家', '歌唱家', '艺术家', '企业家', '科学家', '书法家', '音乐家', '舞蹈家', '学家', '导演', '总工程师', '首席', '特使', '委员会主任', '常务副', '主持人', '讲解员', '网格员', '社工',
  '顾问', '助理', '预报员', '检察员', '审判员', '指导员', '辅导员', '飞行员', '播音员', '技术员', '质检员', '安全员',
  // Occupations papers put before a name (果农骆大勇, 个体户张三).
  '果农', '菜农', '茶农', '花农', '渔民', '牧民', '养殖户', '种植户', '个体户', '店主', '摊主', '工人', '快递员', '护士', '船长',
]

/**
 * Words for who someone is that are no office and end in no job's ending (名将, 主教练, 患者, 孤儿,
 * 女儿): papers put them right before a name as they do a title. Read as whole words only.
 */
export const PERSON_NOUNS = [
  '名将', '老将', '小将', '宿将', '新秀', '新星', '好手', '外援', '教练', '主教练', '裁判', '国脚', '棋手',
  '患者', '病人', '孤儿', '乘客', '旅客', '游客', '学生', '大学生', '中学生', '小学生', '研究生', '姑娘', '小姑娘', '小伙子', '小伙',
  '青年', '少年', '儿子', '女儿', '妻子', '丈夫', '母亲', '父亲', '老伴', '孙子', '孙女', '女友', '男友',
  '战友', '卫士', '犯罪嫌疑人', '嫌疑人', '被告人', '烈士', '劳模', '候选人',
]

/**
 * How people are addressed after a full name (某某师傅, 某某大娘, 某某机长): the name before them is a
 * person's, though the word is no title to keep (a surname alone before them, 王师傅, is no name).
 */
export const ADDRESS_AFTER_NAME = [
  '师傅', '老师傅', '大娘', '大爷', '大妈', '大婶', '大嫂', '大姐', '大哥', '大叔', '阿姨', '爷爷', '奶奶', '老人', '老汉',
  '老太太', '大夫', '法官', '机长', '公主', '夫妇', '母女', '父子', '母子', '姐妹',
]

/** Words that introduce a person's name (一位名叫某某的老人): the name after them is a person, with no title. */
export const NAMING_WORDS = ['名叫', '叫做', '取名', '化名', '原名', '本名', '笔名', '艺名']

/** Titles that may also follow a name (习近平总书记, 叶利钦总统, 张三同志). */
export const TITLES_AFTER_NAME = [
  '总书记', '书记', '副主席', '主席', '副总理', '总理', '总统', '首相', '同志', '先生', '女士', '教授', '院士',
  '大使', '委员长', '市长', '省长', '部长', '主任', '局长', '老师', '医生', '博士', '国王', '女王', '亲王', '外长',
  // Heads of units and professional grades, printed after the name as often as before it (某某处长, 某某副教授).
  '副教授', '研究员', '副研究员', '工程师', '总工程师', '高级工程师', '处长', '副处长', '社长', '副社长', '院长', '副院长',
  '校长', '副校长', '厂长', '所长', '董事长', '总经理', '会长', '秘书长', '副部长', '副市长', '副省长', '总裁', '大臣', '外相', '将军',
  // Ranks of go and chess players, printed after the name (某某九段).
  '九段', '八段', '七段', '六段', '五段', '四段', '三段', '二段', '初段',
]

/** Verbs that, right after a name, show a person acting (so the name is a person, not a word). */
export const ACTION_VERBS = [
  '表示', '指出', '强调', '要求', '认为', '介绍', '主持', '出席', '参加', '会见', '会晤', '来到', '走进', '深入',
  '察看', '查看', '检查', '调研', '看望', '慰问', '希望', '提出', '讲话', '致辞', '发言', '宣布', '告诉', '透露',
  '坦言', '回忆', '说', '称', '谈到', '介绍说', '代表', '率领', '率团', '带领', '陪同', '参观', '考察', '视察',
  '接受', '回答', '获得', '荣获', '当选', '任', '担任', '主持召开', '随机', '立即', '一行', '等人', '同志',
]

/**
 * Verbs of speech and opinion (表示, 认为, 说): only a person does them, so the two tokens right before
 * one may be read as a name jieba cut in two (某家/强/认为). A narrower list than ACTION_VERBS (not 代表, 任, 获得).
 */
export const SPEECH_VERB_WORDS = ['表示', '指出', '强调', '认为', '介绍', '介绍说', '说', '提出', '回忆', '回忆说', '透露', '告诉']

/** Verbs that end an attendance list: 甲、乙、丙等参加. */
export const LIST_VERBS = ['参加', '出席', '陪同', '参与', '列席', '到会', '参会', '参观', '观看', '一同', '分别', '也参加', '应邀']

/** Kinds of artwork and calligraphy a caption names in brackets before the artist's name: 虎啸图（中国画）（张三）. */
export const ARTWORK_GENRES = [
  '中国画', '国画', '油画', '版画', '水彩', '水彩画', '水粉画', '水墨画', '素描', '速写', '写生', '漫画', '年画', '剪纸', '木刻',
  '雕塑', '书法', '行书', '草书', '隶书', '楷书', '篆书', '大篆', '小篆', '行草', '篆刻', '刻纸', '宣传画', '插图',
]

/**
 * Two-character notes an editor prints in brackets at the end of an article that are not a
 * signature: sources, continuations, kinds of item, reactions in a transcript (…。（完）, （掌声）).
 */
export const EDITORIAL_TAGS = new Set([
  '新华', '中新', '本报', '本刊', '综合', '图片', '照片', '编者', '资料', '待续', '未完', '续完', '全文', '摘要', '节选',
  '摘编', '来源', '特稿', '专稿', '通讯', '供稿', '图文', '外电', '译文', '转载', '广告', '附图', '上篇', '中篇', '下篇',
  '掌声', '笑声', '鼓掌', '插话', '同上', '下转', '上接', '续完', '完稿',
])

/** Jieba tags these as names; they are ordinary words in news text. */
export const NOT_NAMES = new Set([
  '宁可', '周全', '宣传周', '高度', '常态', '万一', '白云', '黄金', '金牌', '文明', '安全', '平安', '和平', '明确',
  '高新', '高效', '江山', '方向', '方便', '石油', '司法', '钱包', '程序', '任务', '任何', '向前', '于是', '常务',
  '全面', '全体', '全市', '全省', '全国', '应急', '应当', '连续', '关于', '关键', '时间', '时代', '时期', '武装',
  '华夏', '冯唐', '曾经', '马上', '毛病', '周年', '周边', '周末', '石头', '田野', '包括', '花园', '党员', '党委',
  '国家', '国际', '海外', '海关', '成功', '成立', '成果', '成绩', '文化', '文件', '和谐', '明天', '明年', '江南',
  '黄河', '长江', '向上', '宋体', '白色', '乐观', '苏联', '齐心', '邓小平理论', '毛泽东思想',
  '强调', '管理', '计划', '支持', '严格', '宣传', '宣布', '解决', '解放', '都市', '都是', '都要', '车辆',
  '杨柳', '段落', '罗列', '师生', '师傅', '农村', '农业', '简单', '简称', '卫生', '卫国', '富强', '新军',
])

// ── Places (vocabulary/places.ts): division suffixes, peoples, world regions, place suffixes, organisation heads ──
export * from './vocabulary/places'

/**
 * Common elements of Tibetan personal names (two characters each, as Chinese papers write them).
 * Tibetan names have no surname, so the surname rules never read them; a run of two of these
 * (格桑顿珠, 次仁卓玛) is one person's name.
 */
export const TIBETAN_NAME_PARTS = new Set(
  ('索朗 扎西 次仁 达瓦 多吉 格桑 旺堆 罗布 尼玛 平措 顿珠 普布 洛桑 边巴 强巴 丹增 央金 卓玛 拉巴 巴桑 次旦 白玛 德吉 ' +
    '曲珍 旺姆 拉姆 益西 土登 群培 米玛 仁增 旦增 嘎玛 索南 阿旺 贡嘎 加措 嘉措 坚赞 多杰 才让 才旦 桑吉 琼达 朗杰 旺久 ' +
    '拉珍 巴珠 次珍 加布 欧珠 晋美 扎巴 格勒 仓决 尼珍 卓嘎 泽仁').split(' '),
)

/**
 * Labels of a column or a kind of item, printed alone on a line above the items (简讯 over a run of
 * ● briefs, 相关链接 over a box): shaped like a name where the first character is a surname (简, 要,
 * 言), so a label under an article's last paragraph would read as its signature. A convention of
 * Chinese papers of every decade, not of one paper.
 */
export const COLUMN_LABELS = [
  '简讯', '快讯', '短讯', '要闻', '综述', '动态', '资讯', '速递', '新闻速递', '新闻链接', '相关链接', '链接', '背景', '背景资料',
  '短评', '时评', '点评', '言论', '编后', '编后语', '编者按', '延伸阅读', '图片新闻', '国际要闻', '国内要闻', '本地要闻', '一句话新闻',
]
