/**
 * The verdict in the asker's own word, for stage 6 (compose): 行 / 不行 for 行不行, 算 / 不算 for 算不算,
 * 是 / 不是 for a claim (是…吗), 可以 for leave to leave out what is not required; and the words that
 * say a plan leaves something out (不开, 不再做) or stops once enough is done. Pure.
 */
import { countsAsked, leaveWord } from './staff.ts';
import { QA_TEXT } from '../text/qa-replies.ts';

/** 不开, 不讲, 没设…: a question about not doing something (not 有没有, not 讲究, not 想不开 / 离不开). */
export const NOT_DOING = /(?<![有想看放离躲])(?:不|没有?)(?:再|用再|必再)?(?:开|讲(?!究)|上|搞|做|设|配|建|办|用|召开|开展|组织|安排|参加|参与|经过|进行|制定|建立|排|列入|纳入|写|记)|(?:先|暂时|暂且)?停(?:一停|停|掉|下来|一段时间|几周|一学期)/;

/** 「周五不开」 names a day the schedule leaves out, not a requirement left undone. */
/** 「那两周停了」「有3周没上」: some weeks with nothing held, told beside a weekly amount — not the work left undone. */
export const WEEKS_OFF = /([0-9]+|[一二两三四五六七八九十]+)\s*(?:个)?(?:星期|礼拜|周)\s*(?:都|也)?(?:停了?|停课|没(?:有)?(?:上|开|排)|空着?|断了)|(?:停了?|停课|空了|断了)\s*([0-9]+|[一二两三四五六七八九十]+)\s*(?:个)?(?:星期|礼拜|周)/;
/** Online ways of holding something: 线上, 直播, 腾讯会议. */
export const ONLINE = /线上|网上(?!说|看|传)|网络直播|直播(?!自)|腾讯会议|钉钉|视频会议|云课堂|录播|网课/;
/** 「但一次没讨论心理健康」「其中1次没讲心理」「但一次也没讲」: times held that left out what is asked of (2: 都 / 也, not once). */
export const LEFT_OUT_TIMES = /(?:但|其中|可是?|不过|只是)(?:有)?\s*([0-9]+|[一二两三四五六七八九十])\s*(?:次|场|回)(都|也)?(?:没有?|未|不是)(?:讲|讨论|涉及|研究|谈|说|提|安排)?[^，,。；;？?]{0,6}(?:心理|生命|情绪|危机)/;
export const DAY_OFF = /(?:(?:周|星期|礼拜)[一二三四五六日天](?:[、和及]?(?:周|星期|礼拜)?[一二三四五六日天])*|周末|双休日?|节假日|假期|寒暑假|放假)(?:上午|下午|中午|晚上|全天)?(?:都|也)?(?:不|没有?)(?:开|上)/g;

/** Leave asked to do no more: 「可以不再做吗」「下学期能不开吗」「不用再搞了吧」. */
export const STOPS = /(?:可以|能|能不能|可不可以|行不行)(?:就)?(?:不|不用|不必)(?:再)?(?:做|开|搞|上|办|测|组织|开展|召开|举办)|不(?:用|必)?再?(?:做|开|搞|上|办|测|组织|开展|召开|举办)了?(?:吗|么|吧|行吗|可以吗|行不行|可不可以)/;

/** Leave asked to stop outright: 能停吗, 可以停掉吗, 能不能把心理课停了, 停一学期行不行 (STOPS is leave to do no more). */
export const HALT = /(?:能|可以|可不可以|能不能|可否)(?:这(?:两|几|一)?(?:周|个月|段时间))?(?:暂时?)?(?:先)?(?:把[^，,。？?]{1,10}?)?停(?:掉|了|开|上|一下|一阵子?|一段时间|几周|两周|一周)?(?:[吗么嘛呢]|[？?，,]|$)|停(?:掉|了|一学期|一段时间)?(?:行吗|行不行|可以吗|可不可以|行么|没事吧|没问题吧)|只上(?:前|上)?半(?:个)?学期|(?:后|下)半(?:个)?学期(?:就)?不(?:上|开)了?/u;

/**
 * 「心理课我们是每周一节但是初三下学期要中考就停了这样扣分吗」: a stop told as done, a deduction asked, no
 * total told (「…停了两周，总共上了16节」 is counted elsewhere).
 */
export function haltDeducted(question: string): boolean {
  return /停(?:了|掉了|课了)|不上了|没再上/.test(question) && /扣分|扣不扣|会扣|扣几分|扣多少/.test(question) && !/(?:总共|一共|共|总计)[^，,。？?]{0,4}(?:上了?|开了?)?\s*(?:[0-9]+|[一二两三四五六七八九十]+)\s*(?:节|课时|次)/.test(question);
}

/** A period after the one the asker has done, and its length in weeks. */
export const NEXT_PERIOD: readonly { words: RegExp; weeks: number }[] = [
  { words: /下(?:个)?学年|明年|下一学年|下一年/, weeks: 40 },
  { words: /下(?:个)?学期|下一学期|下半年/, weeks: 20 },
  { words: /下(?:个)?月|下一个月/, weeks: 4 },
  { words: /下(?:个)?(?:周|星期|礼拜)|下一周/, weeks: 1 },
];

/** 「是每两周一节吗」「是从四年级开始吗」: the asker states something and asks whether it is so. */
/** The school's own, not the rule's: 我们, 我校, 本校. */
export const OWN_SCHOOL = /我们|我校|咱们|本校|我班|俺们|学校(?:现在|目前|这学期)/;

const CLAIM_ASKED = /(?<![不要若还就可但总于倒])是(?!否)[^，,。？?\s]{1,20}[吗么嘛][？?]?\s*$|是不是/;
/** The claim is itself a shortfall (「是不是直接不达标」): it is so when the rate falls short. */
const CLAIMS_SHORT = /是不是[^，,。？?]{0,6}不(达标|够|合格|符合|行)|是[^，,。？?]{0,6}不(达标|够|合格|符合|行)[吗么嘛]/;

/**
 * A rate asked as leave (「心理课一个月上一次，行不行」「两周上一节可以吗」) is answered in the word asked:
 * 行 / 不行, 可以 / 不可以, the gap after it; a claim (是…吗) in 是 / 不是; 够不够 and the rest in 够 / 不够.
 */
/** 「这2分能拿满吗」「能得满分吗」: full marks asked — 能 / 不能 leads the score. */
export const FULL_ASKED = /满分|拿满|得满/;

export function rateWord(question: string, enough: boolean): string | undefined {
  // 「那个是不是不行」: a shortfall claimed is answered in its own word (不行), the claim denied in 不是.
  // 「开了1次…期末前还能补开吗」: leave to make one up, which the rule never denies — 能 (the gap after it); not 补贴, 补助.
  if (/(?:还能|能不能|能否|可以|可不可以|能)(?:再)?补(?!贴|助|偿|充)(?:开|上|做|搞|办|测|听)?/.test(question)) return leaveWord(question) ?? '可以';
  // 「这学期需要来吗」「还要开吗」: whether it must still be done, 需要 / 不需要.
  if (/(?:需不需要|要不要|需要|还要|还得)(?:再)?(?:来|开|做|搞|办|上|测评|测|组织)(?:吗|么|嘛|不)?[？?]?\s*$/.test(question)) return enough ? '不需要' : '需要';
  // 「这样算不算违规」: asked of a breach, enough is 不算 / 不是 (not 算).
  const breach = /(是不是|是|算不算|算|属不属于|属于)?[^，,。？?]{0,2}(?:违规|违反(?:规定|要求)|不合规)/.exec(question);
  if (breach) return (v => (enough ? `不${v}` : v))(/是/.test(breach[1] ?? '') ? '是' : /属/.test(breach[1] ?? '') ? '属于' : '算');
  const short = CLAIMS_SHORT.exec(question);
  if (short) return enough ? '不是' : `不${short[1] ?? short[2] ?? ''}`.replace(/^不$/, '是');
  // 「这个会影响我们学校的考核吗」「会不会扣分」: what follows a shortfall — 会 / 不会.
  if (/会(?:不会)?(?:影响|扣分|扣|丢分|失分)|会有影响|有(?:没有)?影响|影响(?:大)?(?:吗|么|嘛)/.test(question) && !/够|达标|合格|符合|可以|行不行|行吗/.test(question)) return enough ? '不会' : '会';
  if (CLAIM_ASKED.test(question) && !/够|行|可以|能/.test(question)) return enough ? '是' : '不是';
  // 「能算倾听一刻钟吗」 asks whether it counts; 「这项能达标吗」 whether it passes.
  // 「…校长自己听了，算不算」 asks whether it counts: 算 / 不算.
  if (countsAsked(question)) return enough ? '算' : '不算';
  // 「这样符合要求吗」: 符合 / 不符合.
  if (/符合|合规/.test(question) && !/够/.test(question)) return enough ? '符合' : '不符合';
  const leave = leaveWord(question);
  const word = leave === '能' && /能算/.test(question) ? '算' : leave === '能' && /能达标/.test(question) ? '达标' : leave;
  return word === null ? undefined : enough ? word : `不${word}`;
}

/**
 * 「三年级先不配心理委员可以吧」 asks leave to leave it out: 不需要 is 可以, 需要 is 不可以 — in the
 * word leave was asked in. Any other grade verdict as it is.
 */
export function leaveGrade(question: string, verdict: string): string {
  // 「心理测评是从四年级开始吗」 checks a claim: 是 / 不是.
  // (「测评从四年级开始对吧」, 对吧 read as 对吗, checks a claim too.)
  if ((CLAIM_ASKED.test(question) || /对(?:吗|么|嘛|不对)[？?]?\s*$/.test(question)) && !/要不要|需不需要|必须|得/.test(question)) {
    if (verdict.startsWith('需要。')) return `是。${verdict.slice('需要。'.length)}`;
    if (verdict.startsWith('不需要。')) return `不是。${verdict.slice('不需要。'.length)}`;
  }
  const word = leaveWord(question);
  if (word === null || !NOT_DOING.test(question)) return verdict;
  if (verdict.startsWith('不需要。')) return `${word}。${verdict.slice('不需要。'.length)}`;
  if (verdict.startsWith('需要。')) return `不${word}。${verdict.slice('需要。'.length)}`;
  return verdict;
}

/** Making up in a later period what one missed: 补上, 补回来, 补齐, 下学期多开抵. */
export const MAKE_UP = /补上|补回|补齐|补足|补起来|补一下|抵上|抵掉|顶上/;

/** 不能 / 不可以 / 不行, in the word leave was asked in. */
export function leaveRefusal(question: string): string {
  const leave = leaveWord(question);
  // 「这样符合要求吗」: asked whether it complies, not leave: 不符合.
  // (「没有设年级这一级预警，达标吗」: 达标 / 合格 / 够 asked: 不达标 / 不合格 / 不够.)
  return leave ? `不${leave}` : /符合(?:要求|规定)?[吗么嘛]|符不符合/.test(question) ? '不符合' : /达标/.test(question) ? '不达标' : /合格/.test(question) ? '不合格' : /够(?:[吗么嘛]|不够)|够[^，,。？?]{0,8}[吗么嘛]/.test(question) ? '不够' : '不可以';
}

/**
 * What a plan the clause forbids gets, in the word asked: 「能算心理课吗」 不算, 「算不算违规」 算违规, 「会不会有问题」 有问题,
 * 「会扣分吗」 会扣分, 「行不行」 不行; else 不可以.
 */
export function forbiddenWord(question: string): string {
  // 「心理课被占用算不算违规」: whether it breaks the rule is asked — it does.
  if (/算(?:不算)?(?:是)?(?:违规|违反|不合规|违纪|不达标)/.test(question)) return '算违规。';
  if (/算/.test(question.replace(/打算|算了|计算|算一下|算算/g, ''))) return QA_TEXT.notCounted;
  if (/有(?:没有)?(?:什么)?问题|会不会有问题|有问题吗/.test(question)) return '有问题。';
  if (/扣分|扣不扣/.test(question)) return '会扣分。';
  const leave = leaveWord(question);
  return leave ? `不${leave}。` : QA_TEXT.no;
}

/** Making something known: 当八卦讲, 讲给同事听, 发到群里, 公开, 贴在公告栏, 给班主任随便看. */
export const PUBLISH = /当(?:成|作)?(?:案例|典型|例子)(?:来)?(?:讲|说|分享|展示|用)|(?:拿到|拿去|放到)[^，,。？?！!]{0,6}(?:大会|会上|全校|全年级)[^，,。？?！!]{0,4}(?:讲|说|念|读|分享|展示)|谁都能(?:打开|看|翻|查)|公共盘|共享盘|共享文件夹|八卦|当(?:笑话|谈资)|(?:讲|说|念|读)给(?:别人|外人|同事|别的老师|其他老师|其他人|大家|全班|全班同学|班上同学|同学们|其他同学|别的同学|全年级)听|在(?:班上|班里|全班|课堂上)(?:讲|说|念|读|公布)|当众(?:讲|说|念|读)|在办公室(?:里)?(?:讲|说|聊)|(?:跟|和|对)(?:同事|别的老师|其他老师|别人|外人)(?:讲|说|聊)|发(?:到|在|进)?[^，,。？?！!]{0,8}群|在[^，,。？?！!]{0,6}群里(?:讲|说|发|聊|分享|通报|提)|朋友圈|公开|公示|张贴|贴出|贴在|贴到|公告栏|通报|外传|传出去|说出去|讲出去|到处(?:说|讲)|随便(?:讲|说|聊|透露)|告诉(?:别人|外人|其他人|其他老师|别的老师|同事)|转发|(?:给|让)[^，,。？?！!]{0,6}(?:别人|外人|其他|别的|大家|全|同学|各科|所有|都)[^，,。？?！!]{0,4}(?:看|翻看|查看|翻阅)|(?:随手|随便|随意|传着)[^，,。？?！!]{0,8}(?:看|翻看|查看|翻阅)|随便(?:看|翻)|(?:随便|随意)(?:跟|和|给|对)[^，,。？?！!]{1,8}(?:讲|说|透露)|(?:跟|和|给|对)[^，,。？?！!]{1,8}(?:随便|随意)(?:讲|说|透露)/;

/** A clause that guards something against being made known: 防止信息泄露, 隐私保护, 保密. */
export const GUARD = /防止[^。；]{0,8}泄露|隐私保护|保密/;

/** The asker's own figure: 开了1次, 就开了一次, 只有6小时. */
export const OWN_FIGURE = /[0-9]|[一二两三四五六七八九十半]\s*(?:次|回|节|课时|小时|个|名|位|人|元|块|天|周)/;

/** A sentence that forbids or limits: its words are no leave (cover.ts), nor are its choices open (permission.ts). */
export const FORBIDS = /不得|禁止|严禁|不能|不宜|不应|不可|不准|不要|避免|防止/;

// ───────────── a stated figure's parts (rates.ts) ─────────────

/** A thing named after an amount, then a mark before the next amount (校级公开课、). */
export const NOUN_GAP = /^(\p{Script=Han}{2,8}?)[、，,和及跟与]?$/u;
/** The unit word right after an amount (节, 次, 场). */
export const UNIT_WORD = /^\s*(?:个)?(?:次|回(?!事)|趟|遍|场|节|期|课时)/;
/** 「只有第2次讲了」「只有第1次和第3次讲了」: the times that held what is asked, named by their place. */
export const ONLY_PLACES = /(?<=只有|只|仅|其中)第[0-9一二三四五六七八九十]+(?:次|场|回)?(?:(?:和|、|跟|与)第[0-9一二三四五六七八九十]+(?:次|场|回)?)*(?=[^，,。；;0-9]{0,8}(?:讲|涉及|有|是|包含|含|谈))/;
/** A plan just before an amount: 想改成三周, 打算每月. */
export const PLANNED = /(?:改成|改为|换成|调成|调整为|调整成|打算|计划|准备|想)[^，,。？?！!0-9]{0,4}$/;
/** 「这学期」「本周」 just before an amount: the period being judged. */
export const CURRENT = /(?:这|本|今)(?:个)?(?:学期|周|星期|月|学年|年)[^，。；0-9]{0,6}$/;
/** WEEKS_OFF where a count of weeks starts (两周停了). */
export const OFF_AT = new RegExp(`^(?:${WEEKS_OFF.source})`);
/** LEFT_OUT_TIMES just after an amount (「开了两次，但一次没讨论心理健康」). */
export const LEFT_OUT = new RegExp(`^[^。？?！!]{0,12}?${LEFT_OUT_TIMES.source}`);

/** The text itself named as a term (文件, 办法, 原文…): it names nothing a question asks of. */
export const THE_TEXT = /^=?(?:文件|办法|考核办法|原文|条文)$/;
