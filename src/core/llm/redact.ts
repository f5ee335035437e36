/**
 * Personal data never leaves the machine: phone numbers, ID numbers and students' names are
 * replaced before any text is sent to a model. Pure.
 *
 * Names are recognised after a cue (学生, 同学, 孩子, 姓名, 叫…): a common surname, or 小/阿,
 * followed by one or two characters. Ordinary words after a cue (学生安全员, 学生成长导师,
 * 学生小组) are kept. Over-redaction is safe; under-redaction is not, so 姓名：… redacts
 * whatever follows.
 */

export const REDACTED = { phone: '[电话]', id: '[证件号]', name: '[姓名]' } as const;

/** 18-digit resident ID (last character may be X), not inside a longer digit run. */
const ID_NUMBER = /(?<![0-9０-９])[1-9]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9０-９])/g;
/** Mainland mobile numbers, optionally +86 / 86 and with spaces or dashes in 3-4-4. */
const MOBILE = /(?<![0-9０-９])(?:\+?86[\s-]?)?1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?![0-9０-９])/g;
/** Landlines: area code 0xx / 0xxx, then 7-8 digits; optional parentheses and extension. */
const LANDLINE = /(?<![0-9０-９])(?:[(（]0\d{2,3}[)）]\s?|0\d{2,3}[\s-])\d{7,8}(?:[-转]\d{1,5})?(?![0-9０-９])/g;

/** The ~120 most common single-character surnames, and the compound ones. */
const SURNAMES = new Set(
  (
    '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝'
  ).split(''),
);
const COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '长孙', '宇文', '司徒', '夏侯', '端木'];

/** Surnames that are also everyday words right after a cue (学生和家长, 学生于…) are left out. */
const NOT_SURNAMES = new Set('和于时向应'.split(''));

/** Words that follow a cue and start with a surname character but are not names. */
const NOT_NAMES = [
  '安全', '安排', '安置', '成长', '成绩', '成为', '成立', '全面', '全体', '全员', '全部', '高中', '高年级', '高考',
  '管理', '方面', '方式', '文明', '文化', '关爱', '关系', '关注', '关心', '关于', '常规', '常见', '常态', '包括',
  '毕业', '严重', '家长', '马上', '明确', '明显', '单亲', '单独', '师生', '党员', '卫生', '游戏', '连续', '路上',
  '项目', '解决', '申请', '商量', '任务', '平安', '温暖', '康复', '万一', '何时', '许多', '童年', '纪律', '辛苦',
  '房间', '费用', '冷静', '尤其', '周末', '周围', '周边', '曾经', '余下', '左右', '齐心', '司机', '钱财', '金钱',
  '小组', '小学', '小时', '小班', '小结', '小队', '小于', '阿姨', '江苏', '宁可', '谢谢', '龙头', '黄金', '梁上',
];

const CJK_RE = /[\u4e00-\u9fff]/;
/** 姓名/名字 with a separator: whatever 2-4 characters follow is a name. */
const EXPLICIT_NAME = /((?:姓名|名字|名叫|叫做)\s*[:：是为]?\s*)[\u4e00-\u9fff]{2,4}/g;
/** A weaker cue: a name may follow. */
const CUES = /学生|(?<![不共相协陪])同学|孩子|小孩|儿子|女儿|学员|该生|此生/g;
/** Characters that start the next word after a name (学生张三说…, 学生李四最近…). */
const AFTER_NAME = new Set('的了在是有和与说最今昨这那因被把也都就还又已很要会能去来到从对给让同家上下近情学等及或'.split(''));

/** The length of the name at the start of `s` (right after a cue), or 0. */
function nameLength(s: string): number {
  if (NOT_NAMES.some((w) => s.startsWith(w))) return 0;
  const first = s[0] ?? '';
  const nickname = first === '小' || first === '阿';
  const head = COMPOUND_SURNAMES.some((c) => s.startsWith(c))
    ? 2
    : nickname || (SURNAMES.has(first) && !NOT_SURNAMES.has(first))
      ? 1
      : 0;
  const at = (i: number) => s[head + i] ?? '';
  if (head === 0 || !CJK_RE.test(at(0))) return 0;
  const twoChars = !nickname && CJK_RE.test(at(1)) && !AFTER_NAME.has(at(1));
  return head + (twoChars ? 2 : 1);
}

function redactNamesAfterCues(text: string): string {
  let out = '';
  let from = 0;
  for (const m of text.matchAll(CUES)) {
    const end = m.index + m[0].length;
    if (end < from) continue;
    const len = nameLength(text.slice(end, end + 5));
    if (len === 0) continue;
    out += text.slice(from, end) + REDACTED.name;
    from = end + len;
  }
  return out + text.slice(from);
}

export function redact(text: string): string {
  const withoutNumbers = text
    .replace(ID_NUMBER, REDACTED.id)
    .replace(MOBILE, REDACTED.phone)
    .replace(LANDLINE, REDACTED.phone);
  return redactNamesAfterCues(withoutNumbers.replace(EXPLICIT_NAME, (_m, cue: string) => `${cue}${REDACTED.name}`));
}

/** A digit run this long is no count or amount: an ID, account or card number. */
const LONG_DIGITS = /\d{12,}/;

/**
 * Whether the text holds what looks like a phone number, an ID number or another long number
 * (12 or more digits in a row). Such text is never echoed back (see core/text/privacy.ts).
 */
export function hasPersonalNumber(text: string): boolean {
  const t = text.normalize('NFKC');
  return [ID_NUMBER, MOBILE, LANDLINE, LONG_DIGITS].some((re) => t.search(re) >= 0);
}
