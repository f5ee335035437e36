/**
 * Stage 5 of the Q&A pipeline: apply the rule to the asker's own numbers. THIS is where a verdict
 * (够 / 不够, 会 / 不会) is decided — from the requirement data of rubric/rubric.yaml (op,
 * threshold, unit, period) and the calculators, never guessed. Pure.
 *
 * - rates.ts: the asker's rate against a requirement's (三周一节 against 每两周1课时);
 * - case.ts: the asker's case against a clause's words (倒数第四, 知晓率95%, 一年级, the veto);
 * - dates.ts: the assessment's day from the semester's end, and the end from the day;
 * - hours.ts: opening times by the clock (下午4点到6点, 周一到周五) as hours a week;
 * - staff.ts: classes counted by grade, committee members per class, 安全员 posts, per-student counts;
 * - figures.ts: several requirements of one clause, each with the asker's figure;
 * - here: the calculators' figures (teachers, funding, committee members) against the asker's, and
 *   a score asked for (按比例能拿几分) by the engine's own rule (atLeastScore).
 */
import { extractNumbers, parseNumber, type NumberMatch } from '../text/numbers.ts';
import type { Intent } from './synonyms.ts';
import type { Passage, QaIndex } from './index.ts';
import { weeklyHours } from './hours.ts';
import { countsAsked, gradeClasses, perClassGiven, verdictWord } from './staff.ts';
import {
  committeeMembers,
  fulltimeTeachers,
  fundingYuan,
  parttimeTeachers,
  safetyPosts,
  semesterCounts,
  type Calculation,
} from '../rubric/calculators.ts';
import { atLeastScore } from '../rubric/engine.ts';
import { CALC_LABEL, QA_TEXT } from '../text/qa-replies.ts';
import { cite, figure, fit, inScope, type Part } from './parts.ts';
import type { Facts } from './normalize.ts';
import { ENOUGH, JUDGE, LESSONS_ASKED, SURPLUS, asksScore, compareRate, requirementRate } from './rates.ts';
import { acrossClauses } from './figures.ts';
import { FULL_ASKED, rateWord } from './words.ts';
import { yesNoPart } from './echo.ts';

// The rates and the case verdicts live in their own files; importers of apply.ts keep one door.
export * from './rates.ts';
export * from './daily.ts';
import { titled } from './titles.ts';
export * from './case.ts';
export * from './dates.ts';
export { rankFromBottom } from './rank.ts';
export * from './grades.ts';

/**
 * 「这学期专班会议开了1次，家长会开了2次，哪个没达标」: the counts told for two clauses of the rubric or
 * more (figures.ts), each judged, in one reply citing them all; null when the message gives no such counts.
 */
export function acrossVerdict(index: QaIndex, ranked: readonly Passage[], q: string, budget: number): Part | null {
  const across = acrossClauses(index, ranked, q);
  if (!across) return null;
  const ok = across.each.every((f) => f.met);
  // 「哪个没达标」: the ones short named first, and their clauses cited first.
  const which = /哪/.test(q);
  const each = which ? [...across.each].sort((a, b) => Number(a.met) - Number(b.met)) : across.each;
  const passages = which ? [...across.passages].sort((a, b) => Number(each.findIndex((f) => a.requirements.some((x) => x.requirement === f.r))) - Number(each.findIndex((f) => b.requirements.some((x) => x.requirement === f.r)))) : across.passages;
  const short = each.filter((f) => !f.met).map((f) => f.r.counts ?? f.r.text);
  const lead = rateWord(q, ok) ?? (ok ? '够' : '不够');
  const word = which && short.length > 0 ? `${lead}。${short.join('、')}没达标` : which ? '都达标' : lead;
  return inScope(fit([QA_TEXT.eachVerdict(word, each, false, ''), cite(...passages)], budget), passages);
}

/** 「也要配专职心理老师吗」「需不需要配」: whether any is required. */
const REQUIRED_ASKED = /(?:要不要|需不需要|需要|也要|还要|必须|得)[^，。？?]{0,12}(?:吗|么|嘛|不)?[？?]?$/;


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
export function statedFigure(question: string, unit: string, skip: readonly number[]): { value: number; perSemester: boolean; semesters?: [number, number] } | null {
  const units: Record<string, RegExp> = {
    元: /^\s*(?:块钱|块|元)/,
    名: /^\s*(?:名|个|位)(?!\s*(?:学生|班|孩子|人|年级|岗|校区|学期|周|月|学校))/,
    // 「心理委员配了18个人」: after a verb of staffing, 个人 are the people given.
    人: /^\s*(?:个|名|位)?\s*人/,
  };
  const re = units[unit];
  if (!re) return null;
  // 「2万 学生2600个」: a bare figure glued to 学 (2000学生) is a count of students, not money.
  // 「经费8000学生1000人」: 学生 labelling the number after it leaves this one money.
  const bare = (q: string, n: NumberMatch) => unit === '元' && n.value >= 100 && (!/^(?:\s*(?:[个名位人班周天月年次节%分]|小时)|学)/.test(q.slice(n.end)) || /^\s*学生\s*[0-9]/.test(q.slice(n.end)));
  const before = (n: NumberMatch, chars: number) => question.slice(Math.max(0, n.start - chars), n.start);
  // 「兼职心理教师现在2人」: what there is now, after 现在 / 目前 / 只有.
  // (「心理委员配18个够不够」: 配 alone tells the school's count too; 应配 / 要配 are the rule's.)
  const staffed = (n: NumberMatch) => /(?:配了|配备了|选了|选出了?|有|现在|目前|只有|才|共|(?<![要应需得该须再还])配)\s*$/.test(before(n, 4));
  const found = extractNumbers(question).filter(
    (x) =>
      !x.ordinal &&
      // (「每个年级3个班…心理委员一共配了18个」: a figure after a verb of staffing is the staff told, whatever else it equals.)
      (!skip.includes(x.value) || (unit === '名' && staffed(x) && re.test(question.slice(x.end)))) &&
      (re.test(question.slice(x.end)) || bare(question, x) || (unit === '名' && staffed(x) && (units['人']?.test(question.slice(x.end)) ?? false))) &&
      // 「平均到一个人…够10块吗」: a figure per student is the rule's measure, not the school's money.
      !(unit === '元' && /(?:够|人均|生均|每人|每个人|一个人|每生)[^0-9，。]{0,3}$/.test(before(x, 6))),
  );
  // 「年度公用经费大概300万，其中心理健康专项2万」: of several sums, the one told of 心理 / 专项.
  // 「上学期1万 下学期8000」: two semesters' figures add up to the year (below).
  const half = (x: NumberMatch) => /(?:上|下|第一|第二|春季|秋季)(?:个)?学期[^0-9，。；]{0,8}$/.test(before(x, 14));
  const own = unit === '元' && found.length > 1 && !found.slice(0, 2).every(half) ? found.filter((x) => /心理|专项/.test(before(x, 10).split(/[，,。；]/).pop() ?? '')) : [];
  // 「每班男女各1名，一共12名」: of several figures, the total told.
  const totals = found.length > 1 ? found.filter((x) => /(?:一共|总共|合计|总计|共)\s*(?:有|是|配了|选了|配备了)?\s*$/.test(before(x, 6))) : [];
  // 「每个年级3个，心理委员现在配了12个」: of several people's figures, the one given after a verb of staffing.
  const given = unit === '名' && found.length > 1 ? found.filter((x) => staffed(x) && /配|选|有/.test(before(x, 6))) : [];
  // 「经费去年8000今年6000」: this year's figure, not last year's.
  const current = found.length > 1 ? found.filter((x) => /(?:今年|本年度?|这一?年|本学年|这学年)[^0-9，。；]{0,4}$/.test(before(x, 8))) : [];
  const [n, m] = own.length === 1 ? own : totals.length === 1 ? totals : given.length === 1 ? given : current.length === 1 ? current : found;
  if (!n) return null;
  if (unit === '元' && m && half(n) && half(m)) return { value: n.value + m.value, perSemester: false, semesters: [n.value, m.value] };
  // 「每学期给心理这块批了5000块」: a figure per semester (the rule is per year, the rubric's own 两学期).
  // (「一学期给了6000块，全年就这些」: the year's, said so.)
  const perSemester = unit === '元' && /(?:每|一|这|本)个?学期[^0-9，。；年]{0,8}$/.test(before(n, 14)) && !/全年(?:就|只有|也就|一共|总共)|一年(?:就|只有|也就)(?:这些|这么多)/.test(question);
  return { value: perSemester ? n.value * 2 : n.value, perSemester };
}

/** The word each teacher calculation goes by in a question. */
/** The words of a teacher count (专职, 兼职, 心理老师 is 心理健康教育教师). */
const TEACHER_CONCEPTS = ['专职', '兼职', '心理健康教育教师'];

const TEACHER_WORD: Readonly<Record<string, string>> = { fulltimeTeachers: '专职', parttimeTeachers: '兼职' };

/** 「专职心理老师5人，兼职12人。专职配够了吗」: both kinds told, the figure of the kind asked. */
function toldOf(whole: string, c: Calculation): { value: number; perSemester: boolean; semesters?: [number, number] } | null {
  const n = statedNextTo(whole, TEACHER_WORD[c.id]);
  return n === null ? null : { value: n, perSemester: false };
}

/**
 * 「1个专职」「专职3人」: the count said right before or after `word`, or null. Which side is read
 * the asker's own order: 「1个专职2个兼职」 puts each count before its word, 「专职2个 兼职4个」 after.
 */
export function statedNextTo(question: string, word: string | undefined): number | null {
  if (!word) return null;
  const at = question.indexOf(word);
  if (at < 0) return null;
  const first = Math.min(...Object.values(TEACHER_WORD).map((w) => question.indexOf(w)).filter((i) => i >= 0));
  const [before, after] = [countBefore(question, at), countAfter(question, at + word.length)];
  return countBefore(question, first) !== null ? (before ?? after) : (after ?? before);
}

function countBefore(question: string, at: number): number | null {
  const head = question.slice(Math.max(0, at - 6), at);
  // 「1个专职」「2专职」, not 「学生2600 专职」: a count before its word has a unit or no space.
  return extractNumbers(head).filter((n) => !n.ordinal && /^(?:\s*(?:个|名|位)\s*)?$/.test(head.slice(n.end))).pop()?.value ?? null;
}

function countAfter(question: string, from: number): number | null {
  const rest = question.slice(from, from + 10);
  const n = extractNumbers(rest).find((x) => !x.ordinal && /^(?:的)?(?:心理(?:健康)?(?:教育)?)?(?:老师|教师)?(?:的)?(?:也|都|目前|现在)?(?:有了?|是|配了|只有|就)?$/.test(rest.slice(0, x.start)) && /^\s*(?:个|名|位|人)/.test(rest.slice(x.end)));
  return n ? n.value : null;
}

/** 「只有一到三年级」「现在只有一二年级」: a school of no grade from four on. */
const ONLY_LOWER = /(?:只有|只办了?|只开了?|仅有)(?:小学)?(?:[一1]\s*(?:到|至|~|-|—)\s*[二三23]|[一1][、和]?[二2](?:[、和]?[三3])?|[一二三1-3])\s*年级(?!的)/;

/** 「24个班，其中一到三年级6个」: the classes of grades 1–3 the asker names, or null. */
export function lowerGradeClasses(question: string): number | null {
  // (「我们三年级有6个班」: one grade below four names lower classes too.)
  // (「一二三年级18个班」「1、2、3年级」: the three listed; 「三年级以下4个班」: those up to three.)
  // (「四年级以下12个班」: below four, as the clause's 自小学四年级起 reads it.)
  const m = /(?:(?:四|4)年级(?=以下|之前|前)|(?:(?:一|1)(?:到|至|~|-|—)(?:三|3)|[一1][、，,和及]?[二2][、，,和及]?[三3]|(?<![初高0-9一二三四五六七八九十])[一二三1-3])年级)(?:及?以下|以内|和以下|之前|前)?(?:的)?(?:班)?(?:有|占|是|共)?\s*([0-9]+|[一二两三四五六七八九十]+)\s*个?(?:班)?/.exec(question);
  if (!m) return null;
  const n = extractNumbers(m[1] ?? '')[0];
  return n ? n.value : null;
}

/** The classes count names grades (四年级以上, 一到三年级): the figure needs no asking back. */
export function gradesGiven(question: string): boolean {
  // (「一到六年级共24个班」: the range of a whole primary school, no split, gives no 4–6 count.)
  if (/(?<![初高])[一二三1-3]\s*(?:到|至|~|-|—)\s*[四五六4-6]\s*年级/.test(question) && !/每个?年级|各年级|其中|各[0-9一二两三四五六七八九十]/.test(question)) return false;
  return /[四4]年级(?:及|以|起)|[一1](?:到|至|~|-|—)[三3]年级|[五六七八九]年级|初[一二三]|高[一二三]|初中|高中|职业/.test(question);
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
  /** The whole message: its classes by grade may stand in a sentence of its own. */
  whole: string = q,
): Part | null {
  const has = (word: string) => terms.includes(index.concept(word));
  const told = asksScore(q, intents) || ENOUGH.test(q) || JUDGE.test(q) ? toldScore(index, q, terms, budget, asksScore(q, intents)) : null;
  if (told) return told;
  // 「经费每个学生8块钱够吗」: money per student against the rule's per student (fundingYuan of one).
  const perHead = /(?:每个?学生|每生|生均|人均|每人|一个学生)(?:每年|一年|每学年)?[^0-9，。,？?]{0,9}?([0-9]+(?:\.[0-9]+)?)\s*(?:块|元)/.exec(q);
  // 「够生均10元吗」 quotes the rule's figure, not the school's.
  // 「生均够不够10块」 too: the asking word stands between 生均 and the figure.
  const quotesRule = perHead !== null && (/(?:够|达到|达|满足|到|有没有|超过)\s*$/.test(q.slice(0, perHead.index)) || /够|达|满足|超过|有没有/.test(perHead[0]));
  if (perHead && !quotesRule && (has('经费') || /钱|元|块/.test(q)) && (ENOUGH.test(q) || JUDGE.test(q))) {
    const rule = fundingYuan(1);
    // 「每生每学期5元…一年下来」: a semester's money per student, twice a year (the rubric's own 两学期).
    const perTerm = /学期/.test(perHead[0]) && !/学年|每年|一年/.test(perHead[0]);
    const given = Number(perHead[1]) * (perTerm ? 2 : 1);
    const passage = index.byId.get(rule.clause);
    // 「900个学生，每人8块钱，差多少钱」: with the students told, the whole budget too.
    const whole = facts.students !== null && facts.students > 0 ? fundingYuan(facts.students) : null;
    const totals = whole ? QA_TEXT.perHeadTotal(facts.students ?? 0, whole.value, Math.round(given * (facts.students ?? 0) * 100) / 100) : '';
    const term = perTerm ? QA_TEXT.perHeadTerm(Number(perHead[1]), given) : '';
    // 「生均低于10块钱可以吗」「不到8元」: a figure told as a bound from above is below it (decided only at or under the rule's).
    const lead = perHead[0].slice(0, perHead[0].search(/[0-9]/));
    const below = /(?:(?<!不)低于|少于|不到|不足|没到)\s*$/.test(lead) || /^\s*以下/.test(q.slice(perHead.index + perHead[0].length));
    if (passage && !(below && given > rule.value)) return inScope(fit([QA_TEXT.perHeadVerdict(!below && given >= rule.value, given, rule.value, rule.rule, below) + term + totals, cite(passage)], budget), [passage]);
  }
  // 「学生人数从900涨到1100了，经费要从多少涨到多少」: the budget before and after the change told.
  const change = /(?:学生|人数|在校生)[^0-9，,。？?]{0,6}(?:从|由)\s*([0-9]+)\s*(?:人|名|个)?\s*(?:涨|增加|增|变|升|降|减少|减|掉)(?:到|为|成|至)了?\s*([0-9]+)/.exec(q);
  const fundPassage = change && (has('经费') || /钱|元|块/.test(q)) ? index.byId.get(fundingYuan(1).clause) : undefined;
  if (change && fundPassage) {
    const [before, after] = [fundingYuan(Number(change[1])), fundingYuan(Number(change[2]))];
    return inScope(fit([QA_TEXT.fundingChange(Number(change[1]), before.value, Number(change[2]), after.value, before.rule), cite(fundPassage)], budget), [fundPassage]);
  }
  // 「心理经费预算5000元，学生多少人以内才算达标」: the students a year's money covers at the rule's per student.
  const yuan = facts.students === null && /(?:多少|几)(?:个|名)?(?:人|学生)|多少人以内/.test(q) && (has('经费') || /钱|元|块/.test(q)) ? statedFigure(q, '元', []) : null;
  const covers = yuan && yuan.value > 0 ? index.byId.get(fundingYuan(1).clause) : undefined;
  // (statedFigure gives a year's: 「一学期2000元」 is 4000元 a year.)
  if (yuan && covers) return inScope(fit([QA_TEXT.budgetCovers(yuan.value, Math.floor(yuan.value / fundingYuan(1).value), fundingYuan(1).rule, yuan.perSemester ? yuan.value / 2 : null), cite(covers)], budget), [covers]);
  const teacher = has('心理健康教育教师') || has('专职') || has('兼职');
  const calcs: Calculation[] = [];
  if (facts.students !== null) {
    const s = facts.students;
    if (has('专职') || (teacher && !has('兼职'))) calcs.push(fulltimeTeachers(s));
    if (has('兼职') || (teacher && !has('专职'))) calcs.push(parttimeTeachers(s));
    // 「每学期批了5000块，够不够」: money the asker gives is judged against the funding rule.
    // (「一年给心理这块3万」: a sum in 万 is money too.)
    if (has('经费') || intents.includes('amount') || ((has('元') || /[0-9一二三四五六七八九十两]\s*万(?!\s*[人名个位学])/.test(q)) && (ENOUGH.test(q) || JUDGE.test(q)))) calcs.push(fundingYuan(s));
  }
  // 「24个班，其中一到三年级6个」: grades 1–3 have no committee members.
  // 「1到6年级每个年级5个班」: classes counted by grade.
  const graded = gradeClasses(q) ?? gradeClasses(whole);
  const classes = graded?.total ?? facts.classes;
  // (「新建的小学，现在只有一到三年级，一共9个班」: every class is of grades 1–3.)
  const lower = graded ? graded.lower : classes !== null ? (ONLY_LOWER.test(q) || ONLY_LOWER.test(whole) ? classes : (lowerGradeClasses(q) ?? 0)) : 0;
  // 「小学部有18个班，初中部有12个班」: the primary classes whose grades are not said are left out, and asked about.
  const unsure = graded?.unsure ?? 0;
  const committeeClasses = classes !== null ? classes - lower - unsure : null;
  // Classes alone are read as a committee question only when nothing of another clause's count is
  // asked (「24个班，一学期20周，全校要上多少节心理课」 is 第12条's).
  // (「…12个班…教务主任问最少要排多少。心理课最低要求是怎样的」: a count asked with no subject of its own
  // is read with the subjects of the whole message.)
  const named = terms.some((t) => t.startsWith('=') && !index.generic.has(t)) ? terms : [...terms, ...index.terms(whole)];
  const periods = PERIOD_WORDS.map(index.concept);
  // (Read only when nothing else decides: it weighs every requirement of every clause.)
  const otherCount = () => index.passages.some((p) => p.requirements.some((r) => r.requirement.unit !== '名' && r.requirement.op !== 'yes' && [...r.terms].some((t) => t.startsWith('=') && !index.generic.has(t) && !periods.includes(t) && named.includes(t))));
  // 「一到六年级每个年级两个班…一年级也要配心理委员吗」: whether a lower grade needs any is the grade's
  // yes or no (compose), not the school's count.
  const lowerAsked = /(?<![初高])[一二三1-3]\s*年级(?:的班|的)?(?:也|还)?(?:要|需要|用|得|配)[^，,。？?]{0,8}[吗么嘛][？?]?\s*$/.test(q);
  // 「有三个班的家长群没转发通知…知晓的程度怎么要求」: nor when the question names a subject the
  // committee clause never speaks of (知晓, 测评): the classes are only the scene.
  const committee = index.byId.get(committeeMembers(1).clause);
  const elsewhere = committee !== undefined && terms.some((t) => t.startsWith('=') && !index.generic.has(t) && !periods.includes(t) && !(index.docOf(committee)?.tf.has(t) ?? false));
  // 「期末卷子改得要命，还有三个班没改完」: classes told in a message that asks nothing are no committee question.
  const asking = /[吗么嘛？?]|几|多少|够|达标|要不要|需不需要|配/.test(q);
  // (「24个班，一学期20周，全校总共多少节」: 节 asked are lessons, not members.)
  const lessonsAsked = LESSONS_ASKED.test(q);
  if (committeeClasses !== null && committeeClasses > 0 && !lowerAsked && (has('心理委员') || (facts.students === null && calcs.length === 0 && !elsewhere && !lessonsAsked && asking && !otherCount()))) {
    calcs.push(committeeMembers(committeeClasses));
  }
  // 「学校只有一到三年级9个班，要配几个心理委员」: none is owed, the clause starts at grade four.
  // (「…只有一到三年级，一共9个班。学校问我心理委员要不要配起来。需要配吗？」: the committee named before the question asked.)
  const committeeNamed = has('心理委员') || (whole !== q && index.terms(whole).includes(index.concept('心理委员')) && /配/.test(q));
  if (committeeClasses === 0 && lower > 0 && committee && committeeNamed && /几|多少|要不要|需要|需不需要|用不用|要配|得配/.test(q)) return inScope(fit([QA_TEXT.noCommitteeOwed(lower, /几|多少/.test(q) ? '不用配' : '不需要'), cite(committee)], budget), [committee]);
  if (has('心理健康安全员') && intents.includes('count')) {
    if (facts.boarding === null) calcs.push(safetyPosts(false), safetyPosts(true));
    else calcs.push(safetyPosts(facts.boarding));
  }
  if (calcs.length === 0 && facts.students !== null && !has('心理委员') && !has('心理健康安全员')) {
    if (terms.every((t) => ['学生', '配备', '心理老师'].map(index.concept).includes(t))) {
      // 「小学，学生950人，今年心理经费做了9000元预算…够不够？」: what the message told of, when only that.
      const told = new Set(index.terms(whole));
      const money = told.has(index.concept('经费')) && !TEACHER_CONCEPTS.some((w) => told.has(index.concept(w)));
      if (money && whole !== q) calcs.push(fundingYuan(facts.students));
      else calcs.push(fulltimeTeachers(facts.students), parttimeTeachers(facts.students), fundingYuan(facts.students));
    }
  }
  if (calcs.length === 0) return null;

  const passages = [...new Set(calcs.map((c) => c.clause))].flatMap((id) => index.byId.get(id) ?? []);
  const subject = QA_TEXT.calcSubject(
    calcs.some((c) => c.id !== 'committeeMembers' && c.id !== 'safetyPosts') ? facts.students : null,
    calcs.some((c) => c.id === 'committeeMembers') && classes !== null ? classes - unsure : null,
  );
  const lines = calcs.map((c) => QA_TEXT.calcLine(CALC_LABEL[c.id] ?? c.id, c.value, c.unit, c.formula));
  // 「6000人的学校 专职兼职加起来最少配多少心理老师」: the two kinds of teacher added, when a total is asked.
  const teachers = calcs.filter((c) => c.id === 'fulltimeTeachers' || c.id === 'parttimeTeachers');
  if (teachers.length === 2 && /加起来|合起来|加在一起|合在一起|一共|总共|合计|总数|共(?:要|需|得)/.test(q)) lines.push(QA_TEXT.teachersTotal(teachers.reduce((n, c) => n + c.value, 0)));
  // 「1500个学生经费1万够不够」「1800人配了1个专职够吗」: the asker's figure against the threshold (apply.ts).
  const [one] = calcs;
  // 「1500人，1个专职2个兼职，够吗」: each figure said next to its kind of teacher.
  // 「按比例能拿几分」: the asker's figure scored by the engine's own rule.
  const scoring = asksScore(q, intents);
  // 「经费6000元，学生800人，生均多少」: money per student is weighed against the rule's per student.
  const perStudentAsked = /平均|人均|生均/.test(q) && calcs.some((c) => c.id === 'fundingYuan');
  // 「兼职心理老师现在4个，按要求应该有几个」: the school's own count told beside a count asked is judged too.
  const tellsOwn = /几|多少/.test(q) && /(?:现在|目前|现有|已有|只有|才|配了|配备了)\s*(?:[0-9]+|[一二两三四五六七八九十]+)\s*(?:个|名|位)/.test(q);
  // 「预算1.8万，多出多少」: what is over the requirement is asked of the figure told.
  const surplus = SURPLUS.test(whole);
  const asked = ENOUGH.test(q) || JUDGE.test(q) || scoring || perStudentAsked || tellsOwn || surplus;
  // 「专职1个兼职2个 经费一年1万」: money among the figures is read as money.
  const givenFor = (c: Calculation) => (c.id === 'fundingYuan' ? (statedFigure(q, '元', [facts.students, classes].filter((x): x is number => x !== null))?.value ?? null) : statedNextTo(q, TEACHER_WORD[c.id]));
  const each = calcs.length > 1 && asked ? calcs.map((c) => ({ c, given: givenFor(c) })) : [];
  if (each.length > 0 && each.every((x) => x.given !== null)) {
    const lines = each.map(({ c, given }) => ({ enough: given! >= c.value, label: CALC_LABEL[c.id] ?? c.id, need: c.value, given: given!, unit: c.unit }));
    const passages = [...new Set(calcs.map((c) => c.clause))].flatMap((id) => index.byId.get(id) ?? []);
    const scores = scoring ? each.flatMap(({ c, given }) => scoreLine(index, c, given!, false, FULL_ASKED.test(q))) : [];
    const lead = scores.length > 0 ? `${scores.join('；')}。` : '';
    return { inScope: true, text: fit([lead + QA_TEXT.calcVerdicts(lines), QA_TEXT.calcRule([...new Set(calcs.map((c) => c.rule))]), cite(...passages)], budget), passages, figures: calcs.map(figure) };
  }
  const judged = one && calcs.length === 1 && asked;
  // 「18个班，每班就一个心理委员」: a count per class is over the classes that need them.
  const perClass = judged && one.id === 'committeeMembers' && committeeClasses ? perClassGiven(q) : null;
  const skip = [one?.id === 'committeeMembers' ? null : facts.students, classes].filter((x): x is number => x !== null);
  // 「兼职心理老师目前4个。兼职的按比例配够了没？」: the figure may stand in the sentence before
  // (not when both kinds of teacher are told: which figure is whose is for the sentence to say).
  // (「每个年级3个班，只有五六年级配了心理委员，每班2个」: only the classes of the grades told have them.)
  const covered = perClass !== null && committeeClasses ? onlyGradesClasses(q) : null;
  const stated = perClass !== null && committeeClasses ? { value: perClass * Math.min(covered ?? committeeClasses, committeeClasses), perSemester: false } : judged && one ? (statedFigure(q, one.unit, skip) ?? (whole !== q && !(/专职/.test(whole) && /兼职/.test(whole)) ? statedFigure(whole, one.unit, skip) : null) ?? toldOf(whole, one)) : null;
  const given = stated?.value ?? null;
  let verdict = one && given !== null ? QA_TEXT.calcVerdict(given >= one.value, CALC_LABEL[one.id] ?? one.id, one.value, given, one.unit, countsAsked(q) || /合规|符合/.test(q) ? verdictWord(q, given >= one.value) : undefined, surplus) : '';
  const score = scoring && one && given !== null ? scoreLine(index, one, given, /扣(?:几|多少)/.test(q), FULL_ASKED.test(q)) : [];
  if (score.length > 0) verdict = `${score.join('')}。${verdict}`;
  // (Not when it says what the formula says: 每班2名×9个班 twice.)
  const perClassNote = perClass !== null && committeeClasses && given !== one?.value ? QA_TEXT.perClassTotal(perClass, Math.min(covered ?? committeeClasses, committeeClasses), given ?? 0) : '';
  if (stated?.perSemester) verdict += QA_TEXT.perSemesterNote(given! / 2);
  if (stated?.semesters) verdict += QA_TEXT.semestersNote(...stated.semesters);
  // 「平均到一个人多少钱」: the school's money per student (「够不够，生均多少」: asked in a piece of its own, too).
  if (one?.id === 'fundingYuan' && given !== null && facts.students && /平均|人均|生均|每人|一个人|每生/.test(whole)) verdict += QA_TEXT.perStudentNote(Math.round((given / facts.students) * 100) / 100);
  // 「950个学生也要配专职心理老师吗」: a yes/no on whether any is needed at all.
  // 「最少需要多少名」 asks how many, not whether any.
  // (「学生500人 已经有1个专职心理老师了 兼职还要配吗」: of the two kinds, the one the asking clause names.)
  const askingClause = yesNoPart(q);
  const kinds = calcs.filter((c) => (c.id === 'fulltimeTeachers' && /专职/.test(askingClause)) || (c.id === 'parttimeTeachers' && /兼职/.test(askingClause)));
  const need = calcs.length === 1 ? one : kinds.length === 1 && calcs.every((c) => c.id === 'fulltimeTeachers' || c.id === 'parttimeTeachers') ? kinds[0] : undefined;
  // (「学生只有300人，校长说人少不用配专职心理老师，对吗」: none claimed needed, put for checking → 不对 / 对.)
  const noneClaimed = /(?:不用|不需要|不必|用不着|可以不|无需)配/.test(q) && /对吗|对不对|是吗|对吧|真的吗|是不是/.test(q);
  const needAny = !verdict && need && noneClaimed ? (need.value > 0 ? '不对。' : '对。') : !verdict && need && REQUIRED_ASKED.test(q) && !/多少|几/.test(q) ? (need.value > 0 ? QA_TEXT.yes : QA_TEXT.notNeeded) : '';
  const askGrades = calcs.some((c) => c.id === 'committeeMembers') && unsure > 0 ? QA_TEXT.unsureGrades(unsure) : calcs.some((c) => c.id === 'committeeMembers') && lower === 0 && (!graded || (/个年级/.test(q) && !/小学|九年一贯/.test(q))) && !gradesGiven(q) ? QA_TEXT.gradesAsk : '';
  // 「每个年级3个班，一共6个年级，心理委员配18个够不够」: six grades unnamed may be a primary school's (一到三年级 left out)
  // or a middle school's: what is enough for the one and not the other is said both ways.
  const hedged = askGrades === QA_TEXT.gradesAsk && one?.id === 'committeeMembers' && given !== null && given < one.value && given >= one.value / 2 && /(?:六|6)\s*个年级/.test(q);
  if (hedged && one) verdict = QA_TEXT.gradesHedge(given, one.value / 2, one.value, one.unit);
  const rules = [...new Set(calcs.map((c) => c.rule))];
  const notes = [...new Set(calcs.map((c) => c.interpretation).filter((x) => x.length > 0))];
  const text = fit(
    [
      verdict ? `${verdict}（${[perClassNote, one?.formula ?? ''].filter((x) => x).join('；')}）。` : `${needAny}${lower > 0 && calcs.some((c) => c.id === 'committeeMembers') ? QA_TEXT.lowerGrades(classes ?? 0, lower) : subject}${lines.join('；')}。`,
      hedged ? '' : askGrades,
      QA_TEXT.calcRule(rules),
      QA_TEXT.calcInterpretation(notes),
      cite(...passages),
    ],
    budget,
  );
  return { inScope: true, text, passages, figures: calcs.map(figure) };
}


/**
 * 「应配专职2人，实际只有1人，这一块扣几分」「心理委员应配24个，我们配了18个，这2分能拿满吗」: what is
 * required and what there is, both said; the
 * requirement on the question's topic words (op atLeast), scored by the engine's rule. Null otherwise.
 */
function toldScore(index: QaIndex, q: string, terms: readonly string[], budget: number, scoring = true): Part | null {
  const m = /应(?:该)?(?:配备?|有|开|达到?|是)?[^0-9，。,]{0,8}?([0-9]+(?:\.[0-9]+)?)\s*(人|名|个|次|节|小时|元)[^0-9]{0,10}?(?:实际|现在|目前|只有|才|配了|配备了|选了|开了|有了?)[^0-9]{0,4}([0-9]+(?:\.[0-9]+)?)/.exec(q);
  if (!m) return null;
  const [need, unit, given] = [Number(m[1]), m[2] ?? '', Number(m[3])];
  const own = terms.filter((t) => t.startsWith('=') && !index.generic.has(t));
  const found = index.passages
    .flatMap((p) => p.requirements.filter((r) => r.requirement.op === 'atLeast' && own.some((t) => r.terms.has(t))).map((r) => ({ p, r: r.requirement, w: own.filter((t) => r.terms.has(t)).length })))
    .sort((a, b) => b.w - a.w)[0];
  // (A verdict without a score takes the asker's need only where it is the school's own, a calculator's:
  // 「家长课堂应开1次」 is weighed against the rule's 2 elsewhere.)
  if (!found || need <= 0 || (!scoring && !found.r.calculator)) return null;
  const score = atLeastScore(found.r, given, need);
  // 「…这2分能拿满吗」: 能 / 不能 first; 「…够吗」 without a score asked: the verdict and the gap.
  const lead = FULL_ASKED.test(q) ? (score >= found.r.points ? '能。' : '不能。') : '';
  const text = scoring ? lead + QA_TEXT.toldScore(found.r.text, `${need}${unit}`, `${given}${unit}`, score, found.r.points, !!found.r.partial, /扣/.test(q)) : QA_TEXT.calcVerdict(given >= need, found.r.counts ?? '', need, given, unit, verdictWord(q, given >= need), false) + '。';
  return inScope(fit([text, cite(found.p)], budget), [found.p]);
}

/** 「专职2个…能拿几分」: what the requirement a calculator serves scores for the asker's figure (the engine's rule). */
// (「这2分能拿满吗」: full marks asked → 能 / 不能 first.)
function scoreLine(index: QaIndex, c: Calculation, given: number, deducted = false, fullAsked = false): string[] {
  const r = index.rubric.items.flatMap((i) => i.requirements).find((x) => x.calculator === c.id && x.op === 'atLeast');
  const score = r ? atLeastScore(r, given, c.value) : 0;
  return r ? [(fullAsked ? (score >= r.points ? '能。' : '不能。') : '') + QA_TEXT.score(CALC_LABEL[c.id] ?? c.id, score, r.points, r.partial && given < c.value, deducted)] : [];
}

/**
 * 「辅导室每天中午12点半到1点半，周三下午多开2个钟，够吗」: opening times by the clock, judged, go to the
 * clause whose requirement is counted in hours and shares a word with the question (its retrieval
 * would weigh the clock words against it). Null otherwise.
 */
export function clockPassage(index: QaIndex, q: string, terms: readonly string[]): Passage | null {
  if (!(ENOUGH.test(q) || JUDGE.test(q)) || !weeklyHours(q)) return null;
  const hourly = (p: Passage, words: readonly string[]) => p.requirements.some((r) => requirementRate(r.requirement)?.unit === '小时' && words.some((t) => r.terms.has(t)));
  const skip = new Set(PERIOD_WORDS.map(index.concept));
  const topical = terms.filter((t) => !skip.has(t) && !index.generic.has(t));
  const byTopic = index.passages.find((p) => hourly(p, topical));
  if (byTopic) return byTopic;
  // (A period alone, 「…一周五天。这样一周5小时够了吗」, ties hours to the clause of hours — not when the
  // question names another clause by its title: 「倾听一刻钟…改成每周一次，每次半小时」.)
  const titledElsewhere = index.passages.some((p) => [...titled(index, p)].some((t) => t.startsWith('=') && topical.includes(t)));
  return titledElsewhere ? null : (index.passages.find((p) => hourly(p, terms)) ?? null);
}

/** Words that set a period or a scale, not a topic: they do not tie a question to a requirement. */
const PERIOD_WORDS = ['学期', '周', '年度', '每天', '学生', '次数', '课时', '小时', '班级'];

/**
 * 「一学期18周，心理课上满了9节，刚好卡线吧」: a judged question whose retrieval is not trusted (its
 * own words weigh against the clause) goes to the first passage of `passages` with a requirement
 * that shares a topic word with it and that the asker's rate can be compared with. Null otherwise.
 */
export function ratedPassage(index: QaIndex, q: string, terms: readonly string[], passages: readonly Passage[], scoring = false): Passage | null {
  if (!(ENOUGH.test(q) || JUDGE.test(q) || scoring)) return null;
  const skip = new Set(PERIOD_WORDS.map(index.concept));
  const own = terms.filter((t) => !index.generic.has(t) && !skip.has(t) && t.startsWith('='));
  // A requirement on more of the question's topic words, and fewer of its own the question leaves out, first.
  const fit = (r: Passage['requirements'][number]) =>
    own.filter((t) => r.terms.has(t)).length - 0.5 * [...r.terms].filter((t) => t.startsWith('=') && !skip.has(t) && !own.includes(t)).length;
  const best = passages
    .flatMap((p, i) => p.requirements.filter((r) => own.some((t) => r.terms.has(t)) && compareRate(q, r.requirement) !== null).map((r) => ({ p, i, w: fit(r) })))
    .sort((a, b) => b.w - a.w || a.i - b.i)[0];
  return best?.p ?? null;
}

/** 「专职心理老师要几个」 without a number: the rule, then how to get the figure. */
export function missingFact(index: QaIndex, terms: readonly string[], facts: Facts): string | null {
  const has = (word: string) => terms.includes(index.concept(word));
  if (has('心理委员') && facts.classes === null) return QA_TEXT.needClasses;
  if (facts.students === null && (has('专职') || has('兼职') || has('心理健康教育教师'))) return QA_TEXT.needStudents;
  // 「经费一个学生多少钱」: the example is the budget's own.
  if (facts.students === null && has('经费')) return QA_TEXT.needStudentsBudget;
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

/**
 * 「每个年级3个班，现在只有五六年级配了心理委员」: the classes of the grades the asker says have them
 * (two grades × 3), or null when the message names no such grades or no classes per grade. Pure.
 */
export function onlyGradesClasses(q: string): number | null {
  const only = /(?:只有|只在|只给|仅|就)([一二三四五六七八九1-9、和及与]{1,12})年级(?:都)?(?:配了|有|配|选了|设了|安排了)/u.exec(q)?.[1];
  const perGrade = parseNumber(/(?:每个?|各)年级\s*(?:有|都是|都有|都)?\s*([0-9]+|[一二两三四五六七八九十])\s*个班/u.exec(q)?.[1] ?? '');
  if (!only || perGrade === null || perGrade <= 0) return null;
  const grades = new Set([...only].map((c) => parseNumber(c)).filter((g): g is number => g !== null && g > 0));
  return grades.size > 0 ? grades.size * perGrade : null;
}
