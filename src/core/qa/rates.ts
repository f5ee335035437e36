/**
 * Rates, the core of stage 5 of the Q&A pipeline: a rate the asker gives (「三周上一次」「每天开2小时」
 * 「一年两次」「这学期18周上了6节」) and the rate a requirement sets (「每两周不少于1课时」「每周不少于
 * 10小时」「每学期不少于2次」) are both turned into an amount per week with the PERIODS table, then
 * compared in the requirement's own period. Units are matched through UNITS (节 = 课时, 回 = 次,
 * 个钟 = 小时). Also what a requirement asks over a stretch of weeks, and counts per class or post. Pure.
 */
import type { Requirement } from '../rubric/schema.ts';
import { extractNumbers, type NumberMatch } from '../text/numbers.ts';
import { weeklyHours } from './hours.ts';
import { amountText } from '../text/qa-replies.ts';
import { termMonths, weeksHeld, weeksOff } from './weeks.ts';
import { CURRENT, LEFT_OUT, NOUN_GAP, OFF_AT, ONLY_PLACES, PLANNED, UNIT_WORD } from './words.ts';
export { ENOUGH, JUDGE, MORE_NEEDED, SCORE_ASKED, SURPLUS, asksScore } from './asked.ts';


/** A period, its words, and its length in weeks. */
interface Period {
  /** The period as the reply names it: 周, 两周, 学期. */
  name: string;
  /** Words after a number or 每 that name it. */
  words: RegExp;
  weeks: number;
  /** The length is the project's reading, not the text's (labelled in the answer). */
  reading: boolean;
}

/**
 * Conversions. A week has 5 school days, a month about 4 weeks, a semester about 20 weeks, a
 * school year two semesters: only the last is the rubric's own (两学期考核总分).
 */
export const PERIODS: readonly [Period, Period, ...Period[]] = [
  { name: '天', words: /^(?:个)?(?:天|日|上课日)/, weeks: 1 / 5, reading: true },
  { name: '周', words: /^(?:个)?(?:教学|上课)?(?:周|星期|礼拜)/, weeks: 1, reading: false },
  { name: '月', words: /^(?:个)?月/, weeks: 4, reading: true },
  { name: '学期', words: /^(?:个)?学期/, weeks: 20, reading: true },
  { name: '学年', words: /^(?:个)?(?:学年|年(?!级|龄|纪))/, weeks: 40, reading: true },
];

/** Units of a requirement and the words a chat message uses for them. */
export const UNITS: Readonly<Record<string, RegExp>> = {
  // Events (公开课, 会议, 讲座, 活动) are counted alike in 次, 节, 场, 回, 期 (「是一回事吗」: 一回事 is no count).
  次: /^(?:次|回(?!事)|趟|遍|场|节|期)/,
  课时: /^(?:节课?|课时|次|回(?!事))/,
  小时: /^(?:个)?(?:小时|钟头|钟)/,
  分钟: /^分钟/,
};

export interface Rate {
  amount: number;
  unit: string;
  /** How many of `period` (3 in 三周). */
  count: number;
  period: Period;
}

const WEEK = PERIODS[1];
/** A semester and a school year: two semesters a year is the rubric's own (两学期), no reading. */
const TERMS = new Set(['学期', '学年']);
const perWeek = (r: Rate) => r.amount / (r.count * r.period.weeks);

/** The rate a requirement sets, from its data (threshold, unit, per) and, where the data leave it to the text, its text (每两周…1课时). */
export function requirementRate(r: Requirement): Rate | null {
  const known = rates.get(r);
  if (known !== undefined) return known;
  const rate = readRequirementRate(r);
  rates.set(r, rate);
  return rate;
}

/** Requirements are read once (the rubric does not change while an index lives). */
const rates = new WeakMap<Requirement, Rate | null>();

function readRequirementRate(r: Requirement): Rate | null {
  const text = r.text;
  const every = /每(两|二|[0-9]+)?(?:个)?(天|日|周|星期|月|学期|学年|年)/.exec(text);
  const perWord = every?.[2] ?? { day: '天', week: '周', semester: '学期', schoolYear: '学年' }[r.per as string];
  if (!perWord) return null;
  const period = PERIODS.find((p) => p.words.test(perWord));
  if (!period) return null;
  const count = every?.[1] ? (every[1] === '两' || every[1] === '二' ? 2 : Number(every[1])) : 1;
  // The amount: the data's threshold, else the number the text gives before a unit (不少于1课时).
  for (const n of extractNumbers(text)) {
    const unit = unitAt(text, n);
    if (!unit) continue;
    return { amount: r.threshold ?? n.value, unit, count, period };
  }
  if (r.threshold !== undefined && r.unit && UNITS[r.unit]) return { amount: r.threshold, unit: r.unit, count, period };
  // 「每周行政例会必讲心理健康工作」: a yes/no requirement with a period asks for it once each period.
  if (r.op === 'yes' && every) return { amount: 1, unit: '次', count, period };
  return null;
}

function unitAt(text: string, n: NumberMatch): string | null {
  const after = text.slice(n.end);
  for (const [unit, re] of Object.entries(UNITS)) if (re.test(after)) return unit;
  return null;
}

/**
 * The rate the asker states in `unit`: an amount (一次, 2小时, 6节) and its period (三周, 每天,
 * 一学期, 18周), or null. A number before a period word is a count of periods; 每/一 alone is one.
 */
export function statedRate(question: string, unit: string, fallback: Rate | null = null, counts = ''): Rate | null {
  const re = UNITS[unit];
  if (!re) return null;
  const numbers = extractNumbers(question).filter((n) => !n.ordinal);
  // 「一个半小时」「两个半钟头」: the half belongs to the amount.
  const half = (n: NumberMatch) => /^(?:个)?半/.exec(question.slice(n.end))?.[0].length ?? 0;
  // 「再判断一次」「再测一遍」: once more, not a count told.
  const again = (n: NumberMatch) => n.value === 1 && /再(?:判断|研判|评估|核实|确认|看|问|说|讲|测|筛|查|检查|审核|沟通|联系|提醒|强调)\s*$/.test(question.slice(Math.max(0, n.start - 4), n.start));
  // 「一节心理课的课时费」: 一 as an article before what is owned (的), not a count told (not 的话, nor
  // 「开了一次校级的，」 where nothing is owned after 的).
  const article = (n: NumberMatch) => n.value === 1 && !/\d/.test(question.slice(n.start, n.end)) && !/每\s*$/.test(question.slice(Math.max(0, n.start - 2), n.start)) && /^\s*(?:节|次|场|堂|个)[^，,。？?的0-9]{0,6}的(?!话)(?=\p{Script=Han})/u.test(question.slice(n.end));
  // (「安排在下午最后一节」: the last lesson of a day is a place in the timetable, no count.)
  const last = (n: NumberMatch) => /最后\s*$/.test(question.slice(Math.max(0, n.start - 2), n.start));
  const amounts = numbers.filter((n) => re.test(question.slice(n.end + half(n))) && !again(n) && !article(n) && !last(n) && !/(?:不到|不满|不足|凑不满|凑不够|达不到|少于|低于|没到|不够)\s*$/.test(question.slice(Math.max(0, n.start - 4), n.start)));
  // 「家长课堂应开2次，我们开了1次」: beside the school's figure, the one the rule asks (应开, 要求) is no part of it.
  const ruled = (n: NumberMatch) => /(?:应该?|应当|要求|规定|按规定)(?:要)?(?:开|配备?|上|有|达到?|是|搞|办|做|听|组织)?\s*$/.test(question.slice(Math.max(0, n.start - 5), n.start));
  const ruleTold = amounts.length > 1 && amounts.some((n) => !ruled(n)) && amounts.some(ruled);
  if (ruleTold) amounts.splice(0, amounts.length, ...amounts.filter((n) => !ruled(n)));
  // 「上学期开了2次，这学期才开了1次」: the current period's figure is judged; 「开了2次 但只有1次讲了心理」: only the ones that hold it.
  // (Only when what those hold is the matter asked of, 心理…: 「其中一次是线上的」 tells a form, and the total stands.)
  // (「开了2次，但讲了0次心理健康」, as 「一次也没讲」 is read: the verb before the count.)
  const counted = amounts.find((n) => (/(?:只有|只|其中|仅)\s*$/.test(question.slice(Math.max(0, n.start - 4), n.start)) && /^\s*(?:次|场|回|节)(?:讲|涉及|有|是|包含|含|谈)[^，,。；;？?]*(?:心理|生命|情绪|危机|自杀|辅导|主题|家庭教育|教养)/.test(question.slice(n.end))) || (/(?:但|其中|只|可是?|不过)(?:只|就|才)?(?:讲|讨论|涉及|研究|谈|提)(?:了|过)\s*$/.test(question.slice(Math.max(0, n.start - 8), n.start)) && /^\s*(?:次|场|回)[^，,。；;？?]{0,4}(?:心理|生命|情绪|危机)/.test(question.slice(n.end))));
  // 「现在每周一节，下学期想改成三周一节。这样还能达标吗」: the plan asked about is the one judged.
  const planned = amounts.length > 1 ? amounts.find((n) => PLANNED.test(question.slice(Math.max(0, n.start - 8), n.start))) : undefined;
  // (「班主任培训一学期两次 我们只搞了一次」: the figure the school tells it did, after the one it tells of the rule.)
  // (Only beside figures told of a period as the rule is, 一学期两次: 「开了1次校级公开课、1次年级观摩课」 lists parts.)
  const own = (n: NumberMatch) => OWN_DONE.test(question.slice(Math.max(0, n.start - 12), n.start));
  const ruleLike = (n: NumberMatch) => /(?:每|一)(?:个)?(?:[两二三四2-4]\s*(?:个)?)?(?:学期|学年|年|月|周|星期)\s*(?:要|应|得|至少|最少|不少于)?(?:开|上|搞|做|办|排)?了?\s*$/.test(question.slice(Math.max(0, n.start - 8), n.start));
  const ownPick = amounts.length > 1 ? amounts.find((n) => own(n) && amounts.every((m) => m === n || ruleLike(m))) : undefined;
  // 「两周上一次，每次两节连上」: so many each time, times the times told (1 × 2), not the two added.
  const eachTime = amounts.find((n) => /每(?:次|回|堂)\s*(?:都|连)?(?:上|开|排)?\s*$/.test(question.slice(Math.max(0, n.start - 5), n.start)));
  const times = eachTime ? amounts.find((n) => n !== eachTime && n.start < eachTime.start && /^\s*(?:次|回)/.test(question.slice(n.end))) : undefined;
  const amount = (times && eachTime ? times : undefined) ?? counted ?? planned ?? (amounts.length > 1 ? (amounts.find((n) => CURRENT.test(question.slice(Math.max(0, n.start - 10), n.start))) ?? ownPick ?? amounts[0]) : amounts[0]);
  if (!amount) return null;
  // 「每周一三五各20分钟」: so much on each day listed, a week's total (no day of it is the asker's every day).
  const listed = /每(?:个)?(?:周|星期|礼拜)((?:[一二三四五六日][、和,，]?){2,7})(?:各|都|每天)[^，,。？?0-9]{0,4}$/.exec(question.slice(0, amount.start))?.[1];
  if (listed && WEEK) return { amount: amount.value * new Set(listed.replace(/[、和,，]/g, '')).size, unit, count: 1, period: WEEK };
  // 「学期16周，心理课每个月上一节，一共上了4节」: a total told over the weeks told is the figure (so are 「只有6次讲了心理健康」).
  const totalAt = (counted && STRETCH_WEEKS.test(question) ? counted : undefined) ?? (amounts.length > 1 ? amounts.find((n) => TOTAL_BEFORE.test(question.slice(0, n.start))) : undefined);
  // (「上了16周，期末考试两周停了，一共上了16节」: weeks told off are no stretch the total was given over.)
  // (「那两周停了，总共上了16节」 with no other stretch: none, not the weeks off.)
  const stretches = (s: string, at: number) => [...s.matchAll(new RegExp(STRETCH_WEEKS.source, 'g'))].filter((m) => !OFF_AT.test(question.slice(at + m.index)));
  const stretch = totalAt ? (stretches(question.slice(0, totalAt.start), 0).pop() ?? stretches(question.slice(totalAt.end), totalAt.end)[0] ?? null) : null;
  const weeks = stretch ? extractNumbers(stretch[1] ?? '')[0]?.value : undefined;
  if (totalAt && weeks && weeks > 1 && WEEK) return { amount: totalAt.value, unit, count: weeks, period: WEEK };
  // 「年级组搞了1次，校级搞了1次」「中午开1个半小时，放学后再开半小时」: parts of one period, added up.
  // (「专班会议每学期两次，我们开了3次」: the school's one figure beside the rule's is no part of a sum.)
  const ownOnly = ownPick !== undefined && amount === ownPick;
  const parts = counted || ownOnly ? null : partsAdded(question, amounts, re, counts);
  // 「开了3次家长会，只有第2次专门讲了心理健康」: the ones named by their place are the ones that count.
  const placed = counted ? null : ONLY_PLACES.exec(question.slice(amount.end));
  // 「每天开1小时40分钟」: the minutes after the hours belong to the amount.
  const minutes = unit === '小时' ? /^\s*(?:个)?(?:小时|钟头)\s*零?\s*([0-9]+|[一二两三四五六七八九十]+)\s*分(?:钟)?/.exec(question.slice(amount.end)) : null;
  const extra = minutes ? (extractNumbers(minutes[1] ?? '')[0]?.value ?? 0) / 60 : 0;
  // 「专班会议开了两次，但一次没讨论心理健康」: the ones that left out what is asked of are not counted.
  const left = counted || placed ? null : LEFT_OUT.exec(question.slice(amount.end));
  // (「但一次也没讲」: not once, so none of them.)
  const less = left ? (left[1] === '一' && left[2] ? amount.value : (extractNumbers(left[1] ?? '')[0]?.value ?? 0)) : 0;
  const value = times && eachTime ? times.value * eachTime.value : placed ? placed[0].split(/和|、|跟|与/).length : (parts ?? amount.value + (half(amount) > 0 ? 0.5 : 0) + extra) - (less <= amount.value ? less : 0);
  // The period that qualifies the amount is the one said nearest before it (「每天开放2小时，一周上5天课」:
  // 每天, not 5天), else the nearest after it (「2小时每天」).
  const mentions: { at: number; count: number; period: Period; weak?: boolean }[] = [];
  for (const n of numbers) {
    if (n === amount || question[n.start - 1] === '隔') continue;
    const period = PERIODS.find((p) => p.words.test(question.slice(n.end)));
    // (「那两周停了，总共上了16节」: weeks told off are no period the total was given per.)
    if (period && !OFF_AT.test(question.slice(n.start))) mentions.push({ at: n.start, count: n.value, period });
  }
  // 「每周一到周五中午开一小时」: days of the week named, so the amount is each day's.
  for (const m of question.matchAll(/周[一二三四五六日]\s*(?:到|至|-|~|—)\s*周[一二三四五六日]/g)) mentions.push({ at: m.index, count: 1, period: PERIODS[0] });
  for (const m of question.matchAll(/(?:每|隔一?)(?:个)?(天|日|上课日|周(?![一二三四五六日]\s*(?:到|至|-|~|—))|星期|礼拜|月|学期|学年|年)|(?:这|本|今|上|下)(?:个)?(学期|学年|周|星期|礼拜|月|年)/g)) {
    const period = PERIODS.find((p) => p.words.test(m[1] ?? m[2] ?? ''));
    // 隔周 = every second week. 「这学年上学期做过一次」: 上/下学期 only places the amount within the period named before it.
    if (period) mentions.push({ at: m.index, count: m[0].startsWith('隔') ? 2 : 1, period, weak: /^[上下]/.test(m[0]) });
  }
  // 「隔三周上一次」: three weeks skipped, as 隔一周 skips one (every 4th week).
  for (const m of question.matchAll(/隔\s*([0-9]+|[两二三四五六七八九十]+)\s*(?:个)?(周|星期|礼拜|月|天)/g)) {
    const [n, period] = [extractNumbers(m[1] ?? '')[0]?.value ?? 0, PERIODS.find((p) => p.words.test(m[2] ?? ''))];
    if (period && n > 0) mentions.push({ at: m.index, count: n + 1, period });
  }
  // 「全年专班会议开了3次」「一学年督学来了1次」: a whole year named without a count of it.
  for (const m of question.matchAll(new RegExp(`${WHOLE_YEAR.source}|这一年`, 'g'))) mentions.push({ at: m.index, count: 1, period: SCHOOL_YEAR });
  const near = mentions.filter((m) => m.at < amount.start).sort((a, b) => b.at - a.at);
  // (「这学年的心理测评上学期已经做过一次了」: the school year named first is the period, however far before.)
  const before = near[0]?.weak ? (near.find((m) => !m.weak && (amount.start - m.at <= 12 || m.period === SCHOOL_YEAR)) ?? near[0]) : near[0];
  const after = mentions.filter((m) => m.at > amount.start).sort((a, b) => a.at - b.at)[0];
  let found: { count: number; period: Period } | null = before ?? after ?? null;
  // No period said (「专班会议开0次行吗」): the requirement's own. (Not for a total told, 一共上了6节: over what stretch it was given is not known.)
  const total = TOTAL_BEFORE.test(question.slice(0, amount.start));
  // (「家长课堂应开2次，我们开了1次」: a count told beside the rule's, of a rule per semester or year, is that period's.)
  if (!found && fallback && (!total || (ruleTold && /学期|学年/.test(fallback.period.name)))) found = { count: fallback.count, period: fallback.period };
  if (!found || found.count <= 0 || value < 0) return null;
  const { count, period } = found;
  found = { count, period };
  // 「一周上5天课」「周一到周五」「一周6天」: the asker's own school week, for a daily amount.
  if (found.period.name === '天') {
    const days = schoolDays(question);
    if (days !== null) found = { count: found.count, period: { ...found.period, weeks: 1 / days, reading: false } };
  }
  return { amount: value, unit, ...found };
}

/** A whole school year named without a count of it (全年, 一学年, 整个学年, 一整年), and the year as the periods reckon it (40 weeks). */
export const WHOLE_YEAR = /全年|(?<![0-9零一二两三四五六七八九十])一(?:个|整)?学年|整个?学年|一整年|[这本上](?:一|个)?学年(?!度)/;
export const SCHOOL_YEAR: Period = PERIODS.find((p) => p.name === '学年') ?? PERIODS[0];
/** 「我们只搞了」「我校实际开了」: what the school tells it did, just before its figure. */
// (「…够不够 我们是 三周一节」「…我们每周一节」: the school's own period, with or without 是, before the count.)
const OWN_DONE = /(?:我们|我校|咱们|咱|我们学校|我们这边)(?:这学期|本学期|今年)?(?:只|才|就|仅|实际|一共|总共)?(?:(?:搞|开|做|上|办|组织|培训|排|安排|听)了?|是?(?:\s*(?:每|一)?\s*(?:[0-9]+|[一二两三四五六七八九十]+)?\s*(?:个)?(?:周|星期|礼拜|月|学期))?)\s*$/;
/** 「一共上了」: a total told before its figure. */
const TOTAL_BEFORE = /(?:一共|总共|累计|合计|总计)[^，,。；0-9]{0,6}$|(?:^|[，,。；;\s])(?:我们|我校|实际|这学期|本学期)?(?:只|才|实际)?(?:上了|开了|排了)\s*$|(?<=周)(?:只|才|实际)(?:上了|开了|排了)\s*$/;
/** 「学期16周」「20个教学周」: a stretch of weeks told. */
const STRETCH_WEEKS = /([0-9]+|[一二两三四五六七八九十]+)\s*(?:个)?(?:教学)?周(?![一二三四五六日末](?!共))/;

/** Between two parts: a short qualifier (校级, 放学后) and a verb, no period or contrast of its own. */
const PART_GAP = /^[，,、+＋和跟与还再又另外]{0,3}(?:[\p{Script=Han}]{1,6}?)?(?:再|又|还|也)?(?:搞|开|办|上|做|组织|举办|开展|听|进行|排)?了?(?:个)?$/u;
const NO_SUM = /学期|学年|[周月天日年]|但|只|其中|仅|以前|之前|原来|计划|打算|准备|要求|够|达|到|满|超过|标准|规定|一共|总共|合计|共计|累计/;
const SUM_ASKED = /加起来|加在一起|加一起|一共|总共|合计|合起来|总计/;
/** A qualifier that names another thing counted (全体教师会开了1次): not a part of the same figure. */
const OTHER_THING = /(?:会|会议|课|课堂|讲座|活动|培训|测评)(?:开|搞|办|上|做|组织|举办|开展|进行)?了?(?:个)?$/;

/**
 * The parts of one stated figure, added: two or more amounts in the unit, each after a short
 * qualifier with nothing between them that names a period or a contrast (上学期…这学期, 但只有…).
 * 「加起来」「一共」 add them whatever stands between. Null when the amounts are no such parts.
 */
function partsAdded(question: string, amounts: readonly NumberMatch[], unit: RegExp, counts = ''): number | null {
  // 「半小时」 is an amount of its own after another (放学后再开半小时).
  const halves = [...question.matchAll(/(?<![一二两三四五六七八九十\d个])半(?=(?:个)?(?:小时|钟头))/g)].map((m) => ({ start: m.index, end: m.index, value: 0.5 }));
  const all = [...amounts.map((n) => ({ start: n.start, end: n.end, value: n.value + (/^(?:个)?半/.test(question.slice(n.end)) ? 0.5 : 0) })), ...halves].sort((a, b) => a.start - b.start);
  if (all.length < 2) return null;
  // 「一共上了4节」 tells a total; 「加起来够不够」「一共多少」 asks for the sum.
  const asked = new RegExp(`(?:${SUM_ASKED.source})[^，,。；;0-9]{0,6}(?:多少|几|够|达标|吗|么)`).test(question);
  for (let i = 1; i < all.length; i++) {
    const prev = all[i - 1]!;
    const after = question.slice(prev.end).replace(/^(?:个)?半?/, '');
    const gap = after.slice(unit.exec(after)?.[0].length ?? 0, all[i]!.start - prev.end - (question.slice(prev.end).length - after.length));
    // 「1节校级公开课、1节年级观摩课」「1次线下讲座、1次线上讲座」: each amount of a thing the
    // requirement counts (公开课或观摩课, 家长课堂或讲座: named by its last two characters), not 「1次家长课堂、3次家长会」.
    const next = /^\p{Script=Han}{2,8}?(?=[、，,。；;？?和及跟与]|够|达标|行|吗|$)/u.exec(question.slice(all[i]!.end).replace(UNIT_WORD, ''))?.[0];
    const nouns = NOUN_GAP.exec(gap)?.[1];
    const counted = (noun: string | undefined) => noun !== undefined && counts.includes(noun.slice(-2));
    if (counted(nouns) && counted(next)) continue;
    if (!asked && (!PART_GAP.test(gap) || NO_SUM.test(gap) || OTHER_THING.test(gap))) return null;
    // (「1次年级心理公开课，又开了1次校级观摩课，加起来够数吗」: 年级 names a level, not a year.)
    if (asked && NO_SUM.test(gap.replace(SUM_ASKED, '').replace(/年级/g, ''))) return null;
  }
  return all.reduce((sum, n) => sum + n.value, 0);
}

/** The school days in the asker's week, when stated: 一周上5天课, 周一到周五 (5), 每周6天; else null. */
export function schoolDays(question: string): number | null {
  if (/周一(?:到|至|~|-|—)周五/.test(question)) return 5;
  if (/周一(?:到|至|~|-|—)周六/.test(question)) return 6;
  const m = /(?:一|每)(?:个)?(?:周|星期|礼拜)(?:上|开|有|共)?(?:课)?\s*([0-9]|[一二三四五六七])\s*天/.exec(question);
  const n = m ? extractNumbers(m[1] ?? '')[0]?.value : undefined;
  return n !== undefined && n >= 1 && n <= 7 ? n : null;
}

export interface RateVerdict {
  enough: boolean;
  /** The asker's rate in the requirement's period (0.67 for 三周一节 against 每两周1课时). */
  given: number;
  required: number;
  /** How far short, in the requirement's unit and period (0 when enough). */
  gap: number;
  /** The comparison needed a period length that is the project's reading (a semester of 20 weeks…). */
  reading: boolean;
  unit: string;
  /** The requirement's period in words: 两周, 学期. */
  per: string;
  /** The asker's own rate in words: 三周1课时 → 每3周1课时. */
  said: string;
  /** When the asker's period is longer than the requirement's (这学期18周): what it needs over the asker's period, else null. */
  over: { said: string; required: number; given: number } | null;
  /** The asker used the requirement's own period (每周 against 每周). */
  samePeriod: boolean;
  /** The asker's own amount, as said (1 in 「上学期做了1次」). */
  amount: number;
}

/** The asker's rate against a requirement's, in the requirement's period. Null when either is missing. */
export function compareRate(asked: string, r: Requirement): RateVerdict | null {
  // 「下周就要考核了」: the week something is coming names a day, no rate of what was done.
  // (「下个月（学期结束前）补一次」: the month something is planned in names a day too, no rate.)
  const question = asked.replace(/下(?:个)?(?:周|星期|礼拜)(?=就|要|考核|检查|迎检|督导|来)|下(?:个)?月(?=[（(][^）)]{0,12}[）)]|就|要|补|再|搞|开|办|做|组织|还|打算|准备|计划|想)/g, '下次');
  const need = requirementRate(r);
  if (!need) return null;
  // 「周一到周五每天下午4点到6点」: clock ranges on the days named, added up per week.
  const clock = need.unit === '小时' ? weeklyHours(question) : null;
  // 「一共20周，讲心理健康的有15周」: a weekly requirement held in some of the weeks.
  const weeks = !clock && need.unit === '次' && need.period === WEEK ? weeksHeld(question) : null;
  const said = clock ? { amount: clock.hours, unit: need.unit, count: 1, period: WEEK } : weeks ? { amount: weeks.held, unit: need.unit, count: weeks.total, period: WEEK } : statedRate(question, need.unit, need, r.counts);
  if (!said) return null;
  // 「这学期18周，…一学期一共排了6节」: a semester's amount over the weeks the asker tells it has, not the reading's 20.
  const termWeeks = said.period.name === '学期' && said.count === 1 ? extractNumbers(TERM_WEEKS.exec(question)?.[1] ?? '')[0]?.value : undefined;
  // 「每周一节，期中考试那两周停了，一学期20周」: a weekly amount held in all weeks but those told off (两周一节，停了4周，18周: 7). 「一个月一次，一学期4个月」: a semester's rule over the months told.
  const off = said.period === WEEK ? weeksOff(question) : null;
  const term = off ? extractNumbers(TERM_WEEKS.exec(question)?.[1] ?? '')[0]?.value : undefined;
  const months = said.period.name === '月' && said.count === 1 && need.period.name === '学期' ? termMonths(question) : null;
  // (「…停了两周，18周，总共上了16节」: a total told over the term already leaves the weeks off out.)
  const given = term && off && off < term && said.count < term ? { amount: said.amount * Math.floor((term - off) / said.count), unit: said.unit, count: term, period: WEEK } : termWeeks ? { ...said, count: termWeeks, period: WEEK } : months ? { ...said, amount: said.amount * months, period: need.period } : said;
  const inNeedPeriod = perWeek(given) * need.count * need.period.weeks;
  const value = round2(inNeedPeriod);
  // 「不少于1节」: the requirement's own word for its unit, where it is one of the unit's words.
  const unit = r.unit && r.unit !== need.unit && UNITS[need.unit]?.test(r.unit) ? r.unit : need.unit;
  const reading = clock ? clock.reading : given.period !== need.period && (given.period.reading || need.period.reading) && !yearAndSemester(given, need);
  return {
    enough: inNeedPeriod + 1e-9 >= need.amount,
    given: value,
    required: need.amount,
    gap: Math.max(0, round2(need.amount - inNeedPeriod)),
    reading,
    unit,
    per: `${need.count > 1 ? (need.count === 2 ? '两' : need.count) : ''}${need.period.name}`,
    said: `每${given.count > 1 ? given.count : ''}${given.period.name}${amountText(given.amount, unit)}${clock && clock.sum ? `（${clock.sum}）` : ''}`,
    // Whole lessons and meetings only: 2.5 小时 short is a fine answer, 0.33 课时 is not.
    over: /平均/.test(question) ? null : overTerm(question, given, need) ?? overAskerPeriod(given, need, COUNTED.has(need.unit) && inNeedPeriod + 1e-9 < need.amount && !isWhole(need.amount - inNeedPeriod)),
    samePeriod: given.period === need.period && given.count === need.count,
    amount: given.amount,
  };
}

/**
 * 「心理课是不是每周都得上」「必须每周上吗」: a period named as the one it must be done in, with no
 * amount told. `more` when once in that period is more often than the requirement asks.
 */
export function everyPeriodAsked(question: string, r: Requirement): { period: string; more: boolean; verb: string } | null {
  const need = requirementRate(r);
  if (!need) return null;
  const m = /每(?:个)?(天|日|周|星期|礼拜|月)都(?:得|要|必须|需要)|(?:必须|都得|都要|得|要)每(?:个)?(天|日|周|星期|礼拜|月)(?:都)?/.exec(question);
  const word = m?.[1] ?? m?.[2];
  if (!m || !word || !/吗|么|嘛|是不是|是否|[？?]$/.test(question)) return null;
  // An amount told (每周上一次够不够) is weighed as a rate, not asked of as a must.
  if (statedRate(question, need.unit) !== null) return null;
  const period = PERIODS.find((p) => p.words.test(word));
  if (!period) return null;
  // 「辅导室是不是每天都要开」: hours a week set no day they must be given on.
  const inNeedPeriod = COUNTED.has(need.unit) ? perWeek({ amount: 1, unit: need.unit, count: 1, period }) * need.count * need.period.weeks : period.weeks < need.period.weeks * need.count ? Infinity : 0;
  // The asker's own verb (上, 开), else 做.
  const verb = /^(?:都)?(?:得|要|必须|需要)?(组织|举办|开展|培训|上|开|搞|办|做|讲|听|测)/.exec(question.slice(m.index + m[0].length))?.[1] ?? '做';
  return { period: period.name, more: inNeedPeriod > need.amount + 1e-9, verb };
}

/** The first requirement of `candidates` (the one the question points at first) the asker's rate can be compared with. */
export function rateVerdict(question: string, candidates: readonly Requirement[]): { r: Requirement; v: RateVerdict } | null {
  for (const r of candidates) {
    const v = compareRate(question, r);
    if (v) return { r, v };
  }
  return null;
}

/** The unit a 「几…」 question asks for. */
const ASKED_UNIT: Readonly<Record<string, string>> = { 节: '课时', 课时: '课时', 次: '次', 回: '次', 小时: '小时', 钟头: '小时' };

/**
 * 「一学期18周，每个班最少要上几节」: what a requirement asks over the asker's stated stretch of time
 * (18周, 3个月), in whole units for lessons and meetings (rounded up). Null when the question gives
 * no such stretch or asks for another unit (a requirement counted in 节 itself, 随机听…1节, answers 几节).
 */
export function requiredOver(question: string, candidates: readonly Requirement[]): { r: Requirement; said: string; required: number; rounded: boolean; reading: boolean } | null {
  // (「心理课总课时最少要多少」: the unit may be named before 多少.)
  const askedUnit = /(?:几|多少)\s*(?:个)?\s*(节|课时|次|回|小时|钟头)/.exec(question)?.[1] ?? /(课时|节数|次数)[^，,。？?0-9]{0,6}(?:几|多少)[？?]?\s*$/.exec(question)?.[1]?.replace(/数$/, '');
  if (!askedUnit) return null;
  const stretch = extractNumbers(question)
    // 「18周」「3个月」: a count of periods; 「一学期开几次」 asks the rule itself. (「每两周一节」「都是两周一节」: a rate told, no stretch of time.)
    .filter((n) => !n.ordinal && n.value > 1 && !/每\s*$/.test(question.slice(Math.max(0, n.start - 2), n.start)) && !/^\s*(?:个)?(?:周|星期|礼拜|月)\s*(?:[一二两1-9])\s*(?:节|次|回|课时)/.test(question.slice(n.end)))
    .map((n) => ({ n, period: PERIODS.find((p) => p.words.test(question.slice(n.end))) }))
    .filter((x) => x.period !== undefined && !/^\s*(?:个)?(?:天|日)/.test(question.slice(x.n.end)))
    // 「一学期18周」: the finer measure is the asker's own count.
    .sort((a, b) => (a.period?.weeks ?? 0) - (b.period?.weeks ?? 0))[0];
  // 「专班会议一整个学年加起来至少开几次」: one whole school year, when no count of weeks is told.
  const year = stretch ? null : /(?:一整|一|整个|一整个|全)\s*(?:个)?(?:学年|年)(?![级龄纪])/.exec(question);
  const span = stretch ?? (year ? { n: { value: 1 }, period: PERIODS[4] } : undefined);
  if (!span?.period) return null;
  for (const r of candidates) {
    const need = requirementRate(r);
    if (!need || (need.unit !== ASKED_UNIT[askedUnit] && r.unit !== askedUnit)) continue;
    const weeks = span.n.value * span.period.weeks;
    if (weeks <= need.count * need.period.weeks) continue;
    const exact = perWeek(need) * weeks;
    const required = COUNTED.has(need.unit) ? Math.ceil(exact - 1e-9) : round2(exact);
    return { r, said: `${span.n.value}${span.period.name}`, required, rounded: required !== round2(exact), reading: (span.period.reading || need.period.reading) && !(TERMS.has(span.period.name) && TERMS.has(need.period.name)) };
  }
  return null;
}

/** One period of the asker's, with no count of it: 每两周, 一周, 平均下来每周, 一个月, 一学期. */
const ONE_PERIOD: readonly { words: RegExp; name: string; weeks: number; reading: boolean }[] = [
  { words: /(?:每|一)?(?:两|二|2)\s*(?:个)?(?:周|星期|礼拜)/, name: '每两周', weeks: 2, reading: false },
  { words: /(?:每|一)\s*(?:个)?(?:周|星期|礼拜)|周均/, name: '每周', weeks: 1, reading: false },
  { words: /(?:每|一)\s*(?:个)?月/, name: '每月', weeks: 4, reading: true },
  { words: /(?:每|一)\s*(?:个)?学期/, name: '每学期', weeks: 20, reading: true },
];

/** 「全校」「一共」, or every class taught by one teacher (「心理课全由一个老师上」): the classes summed. */
export const ALL_CLASSES = /全校|总共|一共|合计|加起来|全部|所有班|总课时|(?:全|都|全部)由(?:一个|一位|一名|这个|她|他)|(?:一个|一位|一名)(?:心理)?(?:老师|教师)(?:全|都|包)(?:上|教|包)/;

/** 「多少节」「几课时」: lessons asked for, in their unit. */
export const LESSONS_ASKED = /(?:几|多少)\s*(?:个)?\s*(节|课时)/;

/**
 * 「全校24个班，每两周加起来最少要排多少节」「18个班，平均下来一周至少上多少节」: a rate per class over the classes
 * told, in one period the asker names (no count of weeks told: requiredOver takes those). Null when no total is asked, or no rule fits.
 */
export function perPeriodOverClasses(question: string, candidates: readonly Requirement[], classes: number | null): { r: Requirement; said: string; perClass: number; total: number; reading: boolean } | null {
  if (classes === null || classes <= 0) return null;
  const unit = LESSONS_ASKED.exec(question)?.[1];
  if (!unit || !/全校|加起来|一共|总共|合计|平均下来|平均|全部班|所有班/.test(question)) return null;
  // (「按每两周一节心理课，全校平均一周要排多少节」: the period of the clause that asks, 一周, not the rule's told.)
  const period = [question.split(/[，,。；;]/).filter((c) => LESSONS_ASKED.test(c)).pop() ?? question, question].map((c) => ONE_PERIOD.find((x) => x.words.test(c))).find((x) => x !== undefined);
  if (!period) return null;
  for (const r of candidates) {
    const need = requirementRate(r);
    if (!need || r.per !== 'class' || need.unit !== '课时') continue;
    const perClass = round2(perWeek(need) * period.weeks);
    return { r, said: period.name, perClass, total: round2(perClass * classes), reading: period.reading };
  }
  return null;
}

/** The words of a requirement that state its rate (每学年, 1次), to find the sentence of the clause that says it. */
export function rateWords(r: Requirement): string[] {
  const every = /每(?:两|二|[0-9]+)?(?:个)?(?:天|日|周|星期|月|学期|学年|年)/.exec(r.text)?.[0];
  const amount = /不(?:少|低)于[0-9]+\S{0,2}/.exec(r.text)?.[0];
  return [every, amount].filter((x): x is string => !!x);
}


/**
 * 「18周至少9课时」「每6周至少3课时，你说的是2课时」: the requirement over the asker's period, or
 * the shortest multiple of it (up to 12) at least as long as the requirement's where both figures
 * are whole numbers — a gap in whole lessons, not 0.33 of one. Null when there is none.
 */
/** 「学期18周」: the semester's length the asker tells. */
const TERM_WEEKS = /(?:学期|这学期|本学期|一学期)\s*(?:有|共|一共|是|总共|上了|开了|上)?\s*([0-9]+|[一二两三四五六七八九十]+)\s*(?:个)?(?:教学)?周(?![一二三四五六日末](?!共))/;

/** 「学期18周，心理课每三周上一节，够吗」: both rates over the semester told (18周至少9课时, 6课时) when whole there; else null. */
function overTerm(question: string, given: Rate, need: Rate): RateVerdict['over'] {
  const weeks = extractNumbers(TERM_WEEKS.exec(question)?.[1] ?? '')[0]?.value;
  if (!weeks || !COUNTED.has(need.unit)) return null;
  const [required, had] = [perWeek(need) * weeks, perWeek(given) * weeks];
  // 「这学期上了7节，学期19周」: a total over the term, compared in it (19周至少9.5课时), never over 38周 and 14课时.
  if (given.count * given.period.weeks >= weeks) return given.count * given.period.weeks === weeks && isWhole(required * 2) && isWhole(had) ? { said: `${weeks}周`, required: round2(required), given: had } : null;
  return isWhole(required) && isWhole(had * 2) ? { said: `${weeks}周`, required: Math.round(required), given: had } : null; // (一个月一节 × 18周 = 4.5)
}

function overAskerPeriod(given: Rate, need: Rate, multiples: boolean): RateVerdict['over'] {
  const needWeeks = need.count * need.period.weeks;
  // Multiples only for a gap that is not whole in the requirement's period (三周一次: 0.33 课时).
  for (let k = 1; k <= (multiples ? 12 : 1); k++) {
    const count = given.count * k;
    const weeks = count * given.period.weeks;
    if (weeks < needWeeks || (k === 1 && weeks === needWeeks)) continue;
    const required = perWeek(need) * weeks;
    if (Math.abs(required - Math.round(required)) > 1e-9) continue;
    const said = count > 1 ? `${count}${given.period.name}` : `每${given.period.name}`;
    return { said: k > 1 ? `每${said}` : said, required: Math.round(required), given: given.amount * k };
  }
  return null;
}

/** 学期 and 学年 compare by the rubric's own 两学期 (一学年两个学期), no reading needed. */
function yearAndSemester(a: Rate, b: Rate): boolean {
  const names = new Set([a.period.name, b.period.name]);
  return names.has('学期') && names.has('学年') && names.size === 2;
}

/** Units counted in whole numbers. */
const COUNTED = new Set(['次', '课时']);

const round2 = (x: number) => Math.round(x * 100) / 100;
const isWhole = (x: number) => Math.abs(x - Math.round(x)) < 1e-9;
