/**
 * Chinese surnames, most frequent first. A hand-kept table because no
 * installed package ships one, and jieba's `nr` tag alone is too weak:
 * a candidate name must start with a surname before any rule accepts it.
 */
const SINGLE =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公湛宾戎勾茅利於居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由洪贝习荀' +
  // Less frequent surnames of the 百家姓 (赖, 萧, 钮, 丘 …); ones that are everyday words (暴, 滑) are left out.
  '赖萧钮丘濮冒郦糜郗宦扶喇鄂蔚逄邴訾缑桓郏隗郇蓟仉酆钭莘伉' +
  // The rest of the 百家姓 that is no everyday word on its own (贲, 宓, 璩, 蒯, 竺). Not 经: as a
  // preposition (经研究, 经多年) it starts too many clauses (measured: two names found, four false).
  '贲羿宓郤璩庾殳夔厍乜蒯竺' +
  // Surnames outside the 百家姓 whose character is hardly ever anything else (禤 and 庹 in the south and west, 佴, 笪, 眭, 蹇, 綦, 禚, 郄, 闾).
  '禤庹佴笪眭蹇綦禚郄闾'
const COMPOUND = [
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯',
  '轩辕', '令狐', '端木', '独孤', '南宫', '西门', '百里', '呼延', '澹台', '第五', '万俟', '申屠', '钟离',
]

const singleSet = new Set(Array.from(SINGLE))
/**
 * The same lookups without a string per call: surnameLength runs on most tokens the name rules read,
 * and a closure over 26 startsWith calls plus a one-character string showed in the profile.
 */
const COMPOUND_SET = new Set(COMPOUND)
const SINGLE_CODES = new Uint8Array(0x10000)
for (const c of singleSet) SINGLE_CODES[c.charCodeAt(0)] = 1
/** First characters of the compound surnames: most strings start with none, and are then settled without a slice and a set lookup. */
const COMPOUND_FIRST = new Uint8Array(0x10000)
for (const c of COMPOUND) COMPOUND_FIRST[c.charCodeAt(0)] = 1
const isCompound = (s: string) => s.length >= 2 && COMPOUND_FIRST[s.charCodeAt(0)] === 1 && COMPOUND_SET.has(s.slice(0, 2))

/**
 * How common the surname at the start of `s` is: its place in the table (0 for 王), a compound
 * one counted as fairly common, Infinity when `s` does not start with a surname. Cutting a run
 * of names (甲乙丙) prefers the cut whose names start with the commoner surnames.
 */
export function surnameRank(s: string): number {
  if (isCompound(s)) return 100
  const i = SINGLE.indexOf(s[0] ?? '')
  return i < 0 ? Infinity : i
}

/** Length of the surname at the start of `s` (2 for 欧阳…, 1 for 王…), or 0. */
export function surnameLength(s: string): number {
  if (isCompound(s)) return 2
  return SINGLE_CODES[s.charCodeAt(0)] === 1 ? 1 : 0
}

/**
 * Characters used to transliterate foreign names (涅姆佐夫, 叶利钦, 克林顿).
 * A run of these after a title is read as a foreign name.
 */
const TRANSLIT = new Set(
  Array.from(
    '若申思柳久默宾依逊汀阿埃艾爱安奥澳巴拜班邦包保鲍贝本比彼毕庇波伯勃博布查达戴丹道德登迪蒂丁东杜顿多厄恩尔法凡范菲费芬丰夫弗伏福盖甘冈高戈格葛古瓜哈海汉豪赫黑亨洪胡华怀霍基吉加贾杰捷金津卡凯坎康考柯科可克肯库奎拉莱赖兰朗劳勒雷蕾黎里理利丽莉连廉林琳灵留卢鲁路伦罗洛马玛迈麦曼芒毛梅美门蒙孟米密明缪摩莫姆穆纳娜奈南瑙内尼妮宁纽努诺欧帕潘佩彭皮珀普奇齐契恰乔切钦琴丘萨塞赛桑瑟森沙莎山尚舍什施史斯松宋苏索塔泰坦汤唐特滕提廷通图托瓦万旺威韦维温沃乌伍西希锡夏谢辛休许雅亚延扬耶叶伊因英尤约泽扎詹兹佐涅茨娃列契捷兹娅萝琪缇黛昂京根贡圭孔昆隆庞琼瑞翁赞祖茹蓬·',
  ),
)

export function isTransliterationChar(ch: string): boolean {
  return TRANSLIT.has(ch)
}

const TRANSLIT_CODES = new Uint8Array(0x10000)
for (const c of TRANSLIT) TRANSLIT_CODES[c.charCodeAt(0)] = 1

/** Same as Array.from(word).every(isTransliterationChar), without an array and a string per character (run on most tokens). */
export function allTransliterationChars(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (TRANSLIT_CODES[word.charCodeAt(i)] !== 1) return false
  return true
}

/**
 * Japanese family names, as Chinese papers print them (桥本龙太郎, 小渊惠三, 松本健太郎).
 * Two characters only: one-character ones (林, 森) are read as Chinese surnames anyway.
 * Used only right after a title, where a name is expected, so a common word among
 * them (中村, 大野) does not make names out of ordinary text.
 */
const JAPANESE = new Set(
  ('田中 山本 中村 小林 加藤 吉田 山田 佐藤 铃木 高桥 渡边 伊藤 斋藤 松本 井上 木村 清水 山口 池田 桥本 阿部 石川 山崎 ' +
    '中岛 前田 藤田 小川 冈田 后藤 村上 近藤 石井 坂本 远藤 青木 藤井 西村 福田 太田 三浦 冈本 松田 中川 中野 原田 ' +
    '小野 田村 竹内 金子 和田 中山 石田 上田 森田 柴田 酒井 工藤 横山 宫崎 宫本 内田 高木 安藤 岛田 谷口 大野 高田 ' +
    '丸山 今井 河野 藤本 村田 武田 上野 杉山 增田 小山 大冢 平野 菅原 久保 松井 千叶 岩崎 樱井 木下 野口 松尾 菊地 ' +
    '野村 新井 渡部 小渊 细川 羽田 村山 海部 竹下 宫泽 安倍 麻生 鸠山 野田 岸田 石破 河野 二阶 小泉 土井 不破 ' +
    '池田 大平 三木 宇野 鹤田 浅井 吉川 小仓 志位 冈崎 北村 南村 ' +
    // More of the common family names (about the first 300 in Japan), from general knowledge, not from pages read.
    '山下 石原 松下 森本 中田 小池 吉村 冈部 大西 北川 平田 岩田 宫下 松冈 小松 荒井 星野 永井 服部 大石 岛村 松浦 小岛 熊谷 川口 桑原 菅野').split(' '),
)

/** 2 when `s` starts with a Japanese family name, else 0. */
export function japaneseSurnameLength(s: string): number {
  return JAPANESE.has(s.slice(0, 2)) ? 2 : 0
}
