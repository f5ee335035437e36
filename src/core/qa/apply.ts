/**
 * Stage 5 of the Q&A pipeline: apply the rule to the asker's own numbers. THIS is where a verdict
 * (够 / 不够, 会 / 不会) is decided — from the requirement data of rubric/rubric.yaml (op,
 * threshold, unit, period) and the calculators, never guessed. Pure.
 *
 * A rate the asker gives (「三周上一次」「每天开2小时」「一年两次」「这学期18周上了6节」) and the
 * rate a requirement sets (「每两周不少于1课时」「每周不少于10小时」「每学期不少于2次」) are both
 * turned into an amount per week with the PERIODS table, then compared in the requirement's own
 * period. Units are matched through UNITS (节 = 课时, 回 = 次, 个钟 = 小时).
 */
import type { Requirement } from '../rubric/schema.ts';
import { extractNumbers, type NumberMatch } from '../text/numbers.ts';
import type { Intent } from './synonyms.ts';
import type { QaIndex } from './index.ts';
import {
  committeeMembers,
  fulltimeTeachers,
  fundingYuan,
  parttimeTeachers,
  safetyPosts,
  semesterCounts,
  type Calculation,
} from '../rubric/calculators.ts';
import { CALC_LABEL, QA_TEXT } from '../text/qa-replies.ts';
import { cite, figure, fit, inScope, type Part } from './parts.ts';
import type { Facts } from './normalize.ts';

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
export const PERIODS: readonly Period[] = [
  { name: '天', words: /^(?:个)?(?:天|日|上课日)/, weeks: 1 / 5, reading: true },
  { name: '周', words: /^(?:个)?(?:教学|上课)?(?:周|星期|礼拜)/, weeks: 1, reading: false },
  { name: '月', words: /^(?:个)?月/, weeks: 4, reading: true },
  { name: '学期', words: /^(?:个)?学期/, weeks: 20, reading: true },
  { name: '学年', words: /^(?:个)?(?:学年|年)/, weeks: 40, reading: true },
];

/** Units of a requirement and the words a chat message uses for them. */
export const UNITS: Readonly<Record<string, RegExp>> = {
  次: /^(?:次|回|趟|遍|场)/,
  课时: /^(?:节课?|课时|次|回)/,
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
export function statedRate(question: string, unit: string, fallback: Rate | null = null): Rate | null {
  const re = UNITS[unit];
  if (!re) return null;
  const numbers = extractNumbers(question).filter((n) => !n.ordinal);
  // 「一个半小时」「两个半钟头」: the half belongs to the amount.
  const half = (n: NumberMatch) => /^(?:个)?半/.exec(question.slice(n.end))?.[0].length ?? 0;
  const amount = numbers.find((n) => re.test(question.slice(n.end + half(n))));
  if (!amount) return null;
  const value = amount.value + (half(amount) > 0 ? 0.5 : 0);
  // The period that qualifies the amount is the one said nearest before it (「每天开放2小时，一周上5天课」:
  // 每天, not 5天), else the nearest after it (「2小时每天」).
  const mentions: { at: number; count: number; period: Period }[] = [];
  for (const n of numbers) {
    if (n === amount) continue;
    const period = PERIODS.find((p) => p.words.test(question.slice(n.end)));
    if (period) mentions.push({ at: n.start, count: n.value, period });
  }
  for (const m of question.matchAll(/(?:每|隔)(?:个)?(天|日|上课日|周|星期|礼拜|月|学期|学年|年)/g)) {
    const period = PERIODS.find((p) => p.words.test(m[1] ?? ''));
    // 隔周 = every second week.
    if (period) mentions.push({ at: m.index, count: m[0].startsWith('隔') ? 2 : 1, period });
  }
  const before = mentions.filter((m) => m.at < amount.start).sort((a, b) => b.at - a.at)[0];
  const after = mentions.filter((m) => m.at > amount.start).sort((a, b) => a.at - b.at)[0];
  let found: { count: number; period: Period } | null = before ?? after ?? null;
  // No period said (「专班会议开0次行吗」): the requirement's own.
  if (!found && fallback) found = { count: fallback.count, period: fallback.period };
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
}

/** The asker's rate against a requirement's, in the requirement's period. Null when either is missing. */
export function compareRate(question: string, r: Requirement): RateVerdict | null {
  const need = requirementRate(r);
  if (!need) return null;
  const given = statedRate(question, need.unit, need);
  if (!given) return null;
  const inNeedPeriod = perWeek(given) * need.count * need.period.weeks;
  const value = round2(inNeedPeriod);
  const reading = given.period !== need.period && (given.period.reading || need.period.reading) && !yearAndSemester(given, need);
  return {
    enough: inNeedPeriod + 1e-9 >= need.amount,
    given: value,
    required: need.amount,
    gap: Math.max(0, round2(need.amount - inNeedPeriod)),
    reading,
    unit: need.unit,
    per: `${need.count > 1 ? (need.count === 2 ? '两' : need.count) : ''}${need.period.name}`,
    said: `每${given.count > 1 ? given.count : ''}${given.period.name}${given.amount}${need.unit}`,
    // Whole lessons and meetings only: 2.5 小时 short is a fine answer, 0.33 课时 is not.
    over: overAskerPeriod(given, need, COUNTED.has(need.unit) && inNeedPeriod + 1e-9 < need.amount && !isWhole(need.amount - inNeedPeriod)),
    samePeriod: given.period === need.period && given.count === need.count,
  };
}

/** The first requirement of `candidates` (the one the question points at first) the asker's rate can be compared with. */
export function rateVerdict(question: string, candidates: readonly Requirement[]): { r: Requirement; v: RateVerdict } | null {
  for (const r of candidates) {
    const v = compareRate(question, r);
    if (v) return { r, v };
  }
  return null;
}

/** What a requirement counts per, other than time: 每班, 每个岗位, 每人. */
const PER_THING: Readonly<Record<string, { name: string; said: RegExp }>> = {
  class: { name: '班', said: /(?:每|一)(?:个)?班/ },
  post: { name: '岗位', said: /(?:每|一)(?:个)?岗位?/ },
  student: { name: '人', said: /(?:每|一)(?:个|名)?(?:人|学生)/ },
};

/**
 * 「心理委员每班只选了1个」: the asker's count per class (post, student) against a requirement's
 * 每班不少于2名. Null unless both are per the same thing and the asker gives a figure in 名/个/位.
 */
export function perThingVerdict(question: string, candidates: readonly Requirement[]): { r: Requirement; enough: boolean; need: number; given: number; per: string; unit: string } | null {
  for (const r of candidates) {
    const per = PER_THING[r.per as string];
    const need = /(?:不少于|至少)\s*([0-9]+)\s*(名|个|人)/.exec(r.text);
    if (!per || !need) continue;
    const at = per.said.exec(question);
    if (!at) continue;
    const after = question.slice(at.index + at[0].length);
    const n = extractNumbers(after).find((x) => !x.ordinal && /^\s*(?:名|个|位|人)/.test(after.slice(x.end)));
    if (!n) continue;
    const required = Number(need[1]);
    return { r, enough: n.value >= required, need: required, given: n.value, per: per.name, unit: need[2] ?? '名' };
  }
  return null;
}

/** The unit a 「几…」 question asks for. */
const ASKED_UNIT: Readonly<Record<string, string>> = { 节: '课时', 课时: '课时', 次: '次', 回: '次', 小时: '小时', 钟头: '小时' };

/**
 * 「一学期18周，每个班最少要上几节」: what a requirement asks over the asker's stated stretch of time
 * (18周, 3个月), in whole units for lessons and meetings (rounded up). Null when the question gives
 * no such stretch or asks for another unit.
 */
export function requiredOver(question: string, candidates: readonly Requirement[]): { r: Requirement; said: string; required: number; rounded: boolean; reading: boolean } | null {
  const askedUnit = /(?:几|多少)\s*(?:个)?\s*(节|课时|次|回|小时|钟头)/.exec(question)?.[1];
  if (!askedUnit) return null;
  const stretch = extractNumbers(question)
    // 「18周」「3个月」: a count of periods; 「一学期开几次」 asks the rule itself.
    .filter((n) => !n.ordinal && n.value > 1)
    .map((n) => ({ n, period: PERIODS.find((p) => p.words.test(question.slice(n.end))) }))
    .filter((x) => x.period !== undefined && !/^\s*(?:个)?(?:天|日)/.test(question.slice(x.n.end)))
    // 「一学期18周」: the finer measure is the asker's own count.
    .sort((a, b) => (a.period?.weeks ?? 0) - (b.period?.weeks ?? 0))[0];
  if (!stretch?.period) return null;
  for (const r of candidates) {
    const need = requirementRate(r);
    if (!need || need.unit !== ASKED_UNIT[askedUnit]) continue;
    const weeks = stretch.n.value * stretch.period.weeks;
    if (weeks <= need.count * need.period.weeks) continue;
    const exact = perWeek(need) * weeks;
    const required = COUNTED.has(need.unit) ? Math.ceil(exact - 1e-9) : round2(exact);
    return { r, said: `${stretch.n.value}${stretch.period.name}`, required, rounded: required !== round2(exact), reading: stretch.period.reading || need.period.reading };
  }
  return null;
}

/** The words of a requirement that state its rate (每学年, 1次), to find the sentence of the clause that says it. */
export function rateWords(r: Requirement): string[] {
  const every = /每(?:两|二|[0-9]+)?(?:个)?(?:天|日|周|星期|月|学期|学年|年)/.exec(r.text)?.[0];
  const amount = /不(?:少|低)于[0-9]+\S{0,2}/.exec(r.text)?.[0];
  return [every, amount].filter((x): x is string => !!x);
}

/** A yes/no about enough: 够不够, 行不行, 达标吗, 可以吧. */
export const ENOUGH = /够|行不行|行吗|行不[？?]?$|可以吗|可以吧|可以不|可不可以|达标|合格|符合|算达到|没问题吧|标准|过关|卡线|及格|够格|没关系吧/;
/** Asking what the asker's figure leads to: 会扣分吗, 会怎样, 有影响吗. */
export const JUDGE = /扣分|扣不扣|会怎样|会怎么样|有影响|有没有影响|有问题吗|要紧吗|会不会扣/;
/** 「也要配专职心理老师吗」「需不需要配」: whether any is required. */
const REQUIRED_ASKED = /(?:要不要|需不需要|需要|也要|还要|必须|得)[^，。？?]{0,12}(?:吗|么|嘛|不)?[？?]?$/;

/**
 * 「18周至少9课时」「每6周至少3课时，你说的是2课时」: the requirement over the asker's period, or
 * the shortest multiple of it (up to 12) at least as long as the requirement's where both figures
 * are whole numbers — a gap in whole lessons, not 0.33 of one. Null when there is none.
 */
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

/**
 * A figure the asker states against a calculated threshold (「1500个学生经费1万够不够」「配了1个专职够吗」):
 * the first number in the calculation's unit that is not the students' or classes' count (`skip`: their values).
 */
export function statedAmount(question: string, unit: string, skip: readonly number[]): number | null {
  return statedFigure(question, unit, skip)?.value ?? null;
}

/**
 * The asker's figure and, for money, whether it was given per semester (「一学期3000元」: the rule
 * is per year, the rubric's own 两学期). Money needs its unit (元, 块) or a figure of at least 100
 * not followed by another unit: 「一学期」「一年」 are not amounts of money.
 */
export function statedFigure(question: string, unit: string, skip: readonly number[]): { value: number; perSemester: boolean } | null {
  const units: Record<string, RegExp> = {
    元: /^\s*(?:块钱|块|元)/,
    名: /^\s*(?:名|个|位)(?!\s*(?:学生|班|孩子|人))/,
  };
  const re = units[unit];
  if (!re) return null;
  const bare = (q: string, n: NumberMatch) => unit === '元' && n.value >= 100 && !/^\s*(?:[个名位人班周天月年次节%分]|学|小时)/.test(q.slice(n.end));
  const n = extractNumbers(question).find((x) => !x.ordinal && !skip.includes(x.value) && (re.test(question.slice(x.end)) || bare(question, x)));
  if (!n) return null;
  const perSemester = unit === '元' && /(?:每|一|这|本|上|下)个?学期(?:的)?(?:经费|预算|投入|拨款|有|是|花|给|只有|大概|约)?\s*$/.test(question.slice(Math.max(0, n.start - 10), n.start));
  return { value: perSemester ? n.value * 2 : n.value, perSemester };
}

/** The word each teacher calculation goes by in a question. */
const TEACHER_WORD: Readonly<Record<string, string>> = { fulltimeTeachers: '专职', parttimeTeachers: '兼职' };

/** 「1个专职」「专职3人」: the count said right before or after `word`, or null. */
export function statedNextTo(question: string, word: string | undefined): number | null {
  if (!word) return null;
  const at = question.indexOf(word);
  if (at < 0) return null;
  const before = extractNumbers(question.slice(Math.max(0, at - 6), at)).filter((n) => !n.ordinal && /^\s*(?:个|名|位)?\s*$/.test(question.slice(Math.max(0, at - 6), at).slice(n.end))).pop();
  if (before) return before.value;
  const rest = question.slice(at + word.length, at + word.length + 10);
  const after = extractNumbers(rest).find((n) => !n.ordinal && /^(?:(?:心理)?(?:老师|教师))?(?:有|是|配了|只有)?$/.test(rest.slice(0, n.start)) && /^\s*(?:个|名|位|人)/.test(rest.slice(n.end)));
  return after ? after.value : null;
}

/** 「24个班，其中一到三年级6个」: the classes of grades 1–3 the asker names, or null. */
export function lowerGradeClasses(question: string): number | null {
  const m = /(?:一|1)(?:到|至|~|-|—)(?:三|3)年级(?:的)?(?:班)?(?:有|占|是)?\s*([0-9]+|[一二两三四五六七八九十]+)\s*个?(?:班)?/.exec(question);
  if (!m) return null;
  const n = extractNumbers(m[1] ?? '')[0];
  return n ? n.value : null;
}

/** The classes count names grades (四年级以上, 一到三年级): the figure needs no asking back. */
export function gradesGiven(question: string): boolean {
  return /[四4]年级(?:及|以|起)|[一1](?:到|至|~|-|—)[三3]年级|[五六七八九]年级|初[一二三]|高[一二三]|初中|高中|职业/.test(question);
}

// ───────────── percentages and grades ─────────────

/** 「知晓率调查是95%，达标吗」: the asker's percentage against the clause's (达100%, 不低于90%). */
export function percentVerdict(question: string, clause: string): string | null {
  const asked = /([0-9]+(?:\.[0-9]+)?)\s*[%％]/.exec(question);
  const rule = /([^，。；]{0,12}?)(?:达到?|不低于|不少于)\s*([0-9]+)\s*[%％]/.exec(clause);
  if (!asked || !rule || !(ENOUGH.test(question) || JUDGE.test(question))) return null;
  const [given, need] = [Number(asked[1]), Number(rule[2])];
  const what = rule[1]?.replace(/^.*[，、]/, '') ?? '';
  return given >= need
    ? `达标。${what}要求达${need}%，你说的${given}%达到了。`
    : `不达标。${what}要求达${need}%，你说的${given}%还差${Math.round((need - given) * 100) / 100}个百分点。`;
}

const GRADE_NO: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, '1': 1, '2': 2, '3': 3, '4': 4, '5': 5, '6': 6 };

/**
 * 「一年级要不要配心理委员」: a clause that begins at a primary grade (自小学四年级起, 小学四年级以上)
 * against the one grade the asker names. Null when either is missing or the asker names a range.
 */
export function gradeVerdict(question: string, texts: readonly string[]): string | null {
  const floor = texts.map((t) => /(?:自)?小学([一二三四五六1-6])年级(?:起|以上|及以上)/.exec(t)).find((m) => m)?.[1];
  if (!floor || /[到至~—-]\s*[一二三四五六1-6]年级|年级(?:以上|以下|起)/.test(question)) return null;
  const asked = [...question.matchAll(/(?<!初|高)([一二三四五六1-6])年级/g)].map((m) => GRADE_NO[m[1] ?? ''] ?? 0);
  const from = GRADE_NO[floor] ?? 0;
  if (asked.length !== 1 || !from) return null;
  return asked[0]! >= from ? `需要。小学${floor}年级起就要求，${asked[0]}年级在内。` : `不需要。原文要求从小学${floor}年级起，${asked[0]}年级不在其内。`;
}

// ───────────── the asker's case against the results section and the scores ─────────────

/** 「小学排倒数第四会不会被取消评优」: the rank given, from the bottom, and whether the school is vocational. */
export function rankFromBottom(question: string): { n: number; vocational: boolean } | null {
  const vocational = /职业|职校|中职/.test(question);
  if (/末位|最后一名|倒数第一(?![0-9一二三四五六七八九十])/.test(question)) return { n: 1, vocational };
  const m = /倒数第?\s*([0-9]+|[一二两三四五六七八九十]+)\s*[名位]?/.exec(question);
  if (!m) return null;
  const n = extractNumbers(m[1] ?? '')[0]?.value;
  return n && n > 0 ? { n, vocational } : null;
}

/**
 * The places that lose 评优评先, read from the results section's own words (「排名后三位」「职业学校排名末位」),
 * not written here.
 */
export function lastPlaces(resultsText: string): { general: number; vocational: number } | null {
  const general = /排名后\s*([0-9]+|[一二两三四五六七八九十]+)\s*位/.exec(resultsText)?.[1];
  const n = general ? extractNumbers(general)[0]?.value : undefined;
  if (!n) return null;
  return { general: n, vocational: /职业学校排名末位/.test(resultsText) ? 1 : n };
}

/** 「上学期85分下学期90分，年度得分多少」: the two semester scores given, in order, or null. */
export function semesterScores(question: string): [number, number] | null {
  return semesterScoresGuess(question)?.scores ?? null;
}

/** The two semester scores and, when the asker offers a year's score (「…年度得分是80分吗」), that guess. */
export function semesterScoresGuess(question: string): { scores: [number, number]; guess: number | null } | null {
  if (!/学期/.test(question) || !/年度|全年|一年|年终|最终/.test(question)) return null;
  // 「上学期考了86，下学期91」: a score follows 分, or 考了/得了/是 after a semester's name.
  const scores = extractNumbers(question).filter(
    (n) => !n.ordinal && (/^\s*分/.test(question.slice(n.end)) || (/学期(?:考了|得了|是|拿了|得)?\s*$/.test(question.slice(Math.max(0, n.start - 6), n.start)) && !/^\s*[个名人次节周天月年%]/.test(question.slice(n.end)))),
  );
  const [a, b, c] = scores;
  if (!a || !b || scores.length > 3 || [a, b].some((x) => x.value < 0 || x.value > 100)) return null;
  // A third score is the asker's reading of the year (是80分吗), said after 年度/最终.
  if (c && !/(?:年度|全年|最终|年终)[^0-9]{0,8}$/.test(question.slice(0, c.start))) return null;
  return { scores: [a.value, b.value], guess: c ? c.value : null };
}

/** 「是不是」「算不算」「会不会」: the word the asker's own yes/no question is built on (是, 算, 会); else 是. */
export function yesWord(question: string): string {
  return /([是算会能要行对])不\1/.exec(question)?.[1] ?? (/算吗|算是/.test(question) ? '算' : /会[^，,。？?]{0,8}[吗么嘛]/.test(question) ? '会' : '是');
}

/**
 * 「学期1月20日结束，什么时候考核」: the semester's end as given (month, day; a year when given), and
 * the day `daysBefore` earlier, computed on the calendar (no clock: the year defaults to `year`).
 */
export function assessmentDay(question: string, daysBefore: number, year: number): { end: string; day: string } | null {
  if (!/结束|期末|放假|放暑假|放寒假|结课|学期末/.test(question)) return null;
  const m = /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/.exec(question);
  if (!m) return null;
  const [y, mo, d] = [m[1] ? Number(m[1]) : year, Number(m[2]), Number(m[3])];
  const end = new Date(Date.UTC(y, mo - 1, d));
  if (end.getUTCMonth() !== mo - 1 || end.getUTCDate() !== d) return null;
  const day = new Date(end.getTime() - daysBefore * 86_400_000);
  return { end: `${mo}月${d}日`, day: `${day.getUTCMonth() + 1}月${day.getUTCDate()}日` };
}

// ───────────── the asker's case (verdicts decided in apply.ts) ─────────────

/** Kinds of school an asker names, and how the targets section would name them. */
const SCHOOL_KINDS: readonly { name: string; words: RegExp; named: RegExp }[] = [
  { name: '民办学校', words: /民办|私立/, named: /民办/ },
  { name: '公办学校', words: /公办/, named: /公办|公民办/ },
  { name: '职业学校', words: /中职|职业学校|职校|职高|技校/, named: /职业学校/ },
  { name: '幼儿园', words: /幼儿园|幼教|学前/, named: /幼儿园/ },
  { name: '高校', words: /大学|高校|大专/, named: /大学|高校/ },
  { name: '培训机构', words: /培训机构|补习班/, named: /培训机构/ },
];

/** A yes/no question: 算不算, 是不是, …吗. */
const YES_NO = /(.)不\1|吗|么|没有?$/;
/** A student's death named in the question. */
const DEATH = /死亡|身亡|去世|离世|自杀|轻生|跳楼|没了|死了/;

/** Whether the asker's rank loses 评优评先, a year's score, the assessment day, the full marks. */
export function caseVerdict(index: QaIndex, q: string, terms: readonly string[], budget: number, whole: string = q): Part | null {
  const results = index.byId.get('section-results');
  const organization = index.byId.get('section-organization');
  const rank = rankFromBottom(q);
  const places = results ? lastPlaces(results.text) : null;
  if (results && rank && places && /评优|评先|取消|后果|影响|会不会|会怎样|怎么样|处理|安全|没事|有事|危险|悬/.test(q)) {
    const limit = rank.vocational ? places.vocational : places.general;
    return inScope(fit([QA_TEXT.rankVerdict(rank.n <= limit, rank.n, limit, rank.vocational), cite(results)], budget), [results]);
  }
  const year = semesterScoresGuess(q);
  if (results && year) {
    const [a, b] = year.scores;
    // 「年度得分是取平均吗」: the year is the sum of the two, never the mean.
    const lead = /平均/.test(q) ? '不是，是相加。' : year.guess === null ? '' : year.guess === a + b ? `${yesWord(q)}。` : `不${yesWord(q)}。`;
    return inScope(fit([lead + QA_TEXT.annualScore(a, b), cite(results)], budget), [results]);
  }
  // 「考核对象包括民办学校吗」「中职也要参加吗」: the kinds of school the targets section names.
  const targets = index.byId.get('section-targets');
  const kind = SCHOOL_KINDS.find((k) => k.words.test(q));
  if (targets && kind && /包括|包含|参加|参与|在不在|算不算|要不要|也要|也考|考不考|范围|对象/.test(q)) {
    const named = kind.named.test(targets.text);
    return inScope(fit([named ? QA_TEXT.targetIn(kind.name, targets.text) : QA_TEXT.targetOut(kind.name, targets.text), cite(targets)], budget), [targets]);
  }
  // 「学生自杀算不算一票否决」: the veto sentence decides it — a student's death from mental-health causes.
  const veto = results ? /[^。]*一票否决[^。]*。/.exec(results.text)?.[0] : undefined;
  if (results && veto && /一票否决|否决|不合格/.test(q) && YES_NO.test(q) && DEATH.test(q) && !/未遂|没死|救回|抢救过来|救过来/.test(q)) {
    // 「出车祸去世，跟心理没关系」: the veto names deaths from mental-health causes only.
    const other = /车祸|意外|溺水|生病|疾病|病逝|病故|交通事故|跟心理没关系|和心理没关系|与心理无关|不是心理/.test(q);
    return inScope(fit([other ? `不${yesWord(q)}。${QA_TEXT.vetoOther}${veto}` : `${yesWord(q)}。${QA_TEXT.vetoApplies}${veto}`, cite(results)], budget), [results]);
  }
  const before = organization ? /结束前\s*(\d+)\s*天/.exec(organization.text)?.[1] : undefined;
  // 「考核材料deadline是哪天？学期7月3日结束」: the date may stand in another part of the message.
  const day = organization && before && /考核|检查|迎检|截止|材料/.test(q) ? (assessmentDay(q, Number(before), 2027) ?? assessmentDay(whole, Number(before), 2027)) : null;
  if (organization && day) return inScope(fit([QA_TEXT.assessmentDay(day.end, day.day, Number(before)), cite(organization)], budget), [organization]);
  if (/满分|总分|一共多少分|总共多少分|共多少分/.test(q) && terms.every((t) => index.generic.has(t) || t === index.concept('分') || [...t].length === 1)) {
    const total = index.rubric.items.reduce((sum, i) => sum + i.points, 0);
    const content = index.byId.get('section-content');
    return inScope(fit([QA_TEXT.fullMarks(total, index.rubric.items.length), ...(content ? [cite(content)] : [])], budget), content ? [content] : []);
  }
  return null;
}

// ───────────── calculations ─────────────


// ───────────── calculations ─────────────

export function calculation(
  index: QaIndex,
  terms: readonly string[],
  intents: readonly Intent[],
  facts: Facts,
  budget: number,
  q: string,
): Part | null {
  const has = (word: string) => terms.includes(index.concept(word));
  const teacher = has('心理健康教育教师') || has('专职') || has('兼职');
  const calcs: Calculation[] = [];
  if (facts.students !== null) {
    const s = facts.students;
    if (has('专职') || (teacher && !has('兼职'))) calcs.push(fulltimeTeachers(s));
    if (has('兼职') || (teacher && !has('专职'))) calcs.push(parttimeTeachers(s));
    if (has('经费') || intents.includes('amount')) calcs.push(fundingYuan(s));
  }
  // 「24个班，其中一到三年级6个」: grades 1–3 have no committee members.
  const lower = facts.classes !== null ? (lowerGradeClasses(q) ?? 0) : 0;
  const committeeClasses = facts.classes !== null ? facts.classes - lower : null;
  if (committeeClasses !== null && committeeClasses > 0 && (has('心理委员') || (facts.students === null && calcs.length === 0))) {
    calcs.push(committeeMembers(committeeClasses));
  }
  if (has('心理健康安全员') && intents.includes('count')) {
    if (facts.boarding === null) calcs.push(safetyPosts(false), safetyPosts(true));
    else calcs.push(safetyPosts(facts.boarding));
  }
  if (calcs.length === 0 && facts.students !== null && !has('心理委员') && !has('心理健康安全员')) {
    if (terms.every((t) => ['学生', '配备', '心理老师'].map(index.concept).includes(t))) {
      calcs.push(fulltimeTeachers(facts.students), parttimeTeachers(facts.students), fundingYuan(facts.students));
    }
  }
  if (calcs.length === 0) return null;

  const passages = [...new Set(calcs.map((c) => c.clause))].flatMap((id) => index.byId.get(id) ?? []);
  const subject = QA_TEXT.calcSubject(
    calcs.some((c) => c.id !== 'committeeMembers' && c.id !== 'safetyPosts') ? facts.students : null,
    calcs.some((c) => c.id === 'committeeMembers') ? facts.classes : null,
  );
  const lines = calcs.map((c) => QA_TEXT.calcLine(CALC_LABEL[c.id] ?? c.id, c.value, c.unit, c.formula));
  // 「1500个学生经费1万够不够」「1800人配了1个专职够吗」: the asker's figure against the threshold (apply.ts).
  const [one] = calcs;
  // 「1500人，1个专职2个兼职，够吗」: each figure said next to its kind of teacher.
  const each = calcs.length > 1 && (ENOUGH.test(q) || JUDGE.test(q)) ? calcs.map((c) => ({ c, given: statedNextTo(q, TEACHER_WORD[c.id]) })) : [];
  if (each.length > 0 && each.every((x) => x.given !== null)) {
    const lines = each.map(({ c, given }) => ({ enough: given! >= c.value, label: CALC_LABEL[c.id] ?? c.id, need: c.value, given: given!, unit: c.unit }));
    const passages = [...new Set(calcs.map((c) => c.clause))].flatMap((id) => index.byId.get(id) ?? []);
    return { inScope: true, text: fit([QA_TEXT.calcVerdicts(lines), QA_TEXT.calcRule([...new Set(calcs.map((c) => c.rule))]), cite(...passages)], budget), passages, figures: calcs.map(figure) };
  }
  const stated = one && calcs.length === 1 && (ENOUGH.test(q) || JUDGE.test(q)) ? statedFigure(q, one.unit, [facts.students, facts.classes].filter((x): x is number => x !== null)) : null;
  const given = stated?.value ?? null;
  let verdict = one && given !== null ? QA_TEXT.calcVerdict(given >= one.value, CALC_LABEL[one.id] ?? one.id, one.value, given, one.unit) : '';
  if (stated?.perSemester) verdict += QA_TEXT.perSemesterNote(given! / 2);
  // 「950个学生也要配专职心理老师吗」: a yes/no on whether any is needed at all.
  const needAny = !verdict && one && calcs.length === 1 && REQUIRED_ASKED.test(q) ? (one.value > 0 ? QA_TEXT.yes : QA_TEXT.notNeeded) : '';
  const askGrades = calcs.some((c) => c.id === 'committeeMembers') && lower === 0 && !gradesGiven(q) ? QA_TEXT.gradesAsk : '';
  const rules = [...new Set(calcs.map((c) => c.rule))];
  const notes = [...new Set(calcs.map((c) => c.interpretation).filter((x) => x.length > 0))];
  const text = fit(
    [
      verdict ? `${verdict}（${one?.formula ?? ''}）。` : `${needAny}${lower > 0 ? QA_TEXT.lowerGrades(facts.classes ?? 0, lower) : subject}${lines.join('；')}。`,
      QA_TEXT.calcRule(rules),
      askGrades,
      QA_TEXT.calcInterpretation(notes),
      cite(...passages),
    ],
    budget,
  );
  return { inScope: true, text, passages, figures: calcs.map(figure) };
}


/** 「专职心理老师要几个」 without a number: the rule, then how to get the figure. */
export function missingFact(index: QaIndex, terms: readonly string[], facts: Facts): string | null {
  const has = (word: string) => terms.includes(index.concept(word));
  if (has('心理委员') && facts.classes === null) return QA_TEXT.needClasses;
  if (facts.students === null && (has('专职') || has('兼职') || has('心理健康教育教师') || has('经费'))) {
    return QA_TEXT.needStudents;
  }
  return null;
}

// ───────────── 「每学期都要做哪些」 ─────────────

const SEMESTER_ONLY = ['学期', '考核', '次数', '事', '事情', '活动', '会议', '工作'];

export function isSemesterCountsQuestion(index: QaIndex, q: string, terms: readonly string[]): boolean {
  const only = SEMESTER_ONLY.map(index.concept);
  return /学期/.test(q) && /哪些|清单|都要|几项|全部|所有|汇总|列/.test(q) && terms.every((t) => only.includes(t));
}

export function semesterList(index: QaIndex, budget: number): Part {
  const counts = semesterCounts(index.rubric);
  const lines = counts.map((c) => `${c.what}${c.threshold}${c.unit}`);
  const passages = [...new Set(counts.map((c) => c.item))].flatMap((id) => index.byId.get(id) ?? []);
  return {
    inScope: true,
    text: fit([QA_TEXT.semesterCounts(lines)], budget),
    passages,
    figures: counts.map((c) => ({ id: c.requirement, value: c.threshold, unit: c.unit, formula: c.text })),
  };
}
