/**
 * The grades a clause starts from, in stage 5 of the Q&A pipeline (apply): 「一年级要做心理测评吗」,
 * 「一到三年级没测 只测了四到六年级」, 「全校1500人，一二三年级600人，要测多少人」, 「心理委员是每个年级
 * 都要配吗」, and the asker's percentages against the clause's (知晓率95%). Read from the clause's own
 * words (小学四年级以上), never written here. Pure.
 */
import { parseNumber } from '../text/numbers.ts';
import { ENOUGH, JUDGE } from './rates.ts';
import { leaveWord } from './staff.ts';

// ───────────── percentages and grades ─────────────

/** 「知晓率调查是95%，达标吗」: the asker's percentage against the clause's (达100%, 不低于90%). */
export function percentVerdict(question: string, clause: string): string | null {
  const asked = /([0-9]+(?:\.[0-9]+)?)\s*[%％]/.exec(question);
  const rule = /([^，。；]{0,12}?)(?:达到?|不低于|不少于)\s*([0-9]+)\s*[%％]/.exec(clause);
  // 「学校1000个学生，知晓率调查990人知道辅导室电话」: so many of so many, as a percentage.
  const share = asked ? null : SHARE_TOLD.exec(question);
  const of = share ? Number(share[1]) : 0;
  const part = share ? Number(share[2]) : 0;
  const told = asked ? Number(asked[1]) : of > 0 && part <= of ? Math.round((part / of) * 10000) / 100 : null;
  if (told === null || !rule || !(ENOUGH.test(question) || JUDGE.test(question))) return null;
  const [given, need] = [told, Number(rule[2])];
  const what = rule[1]?.replace(/^.*[，、]/, '') ?? '';
  const said = asked ? `${given}%` : `${part}/${of}（${given}%）`;
  return given >= need
    ? `达标。${what}要求达${need}%，你说的${said}达到了。`
    : `不达标。${what}要求达${need}%，你说的${said}还差${Math.round((need - given) * 100) / 100}个百分点。`;
}

/** 「1000个学生…990人知道」: the whole, then the part that knows (知道, 知晓, 答对). */
const SHARE_TOLD = /([0-9]+)\s*(?:个|名)?\s*(?:学生|人|师生|家长)[^0-9]{0,16}?([0-9]+)\s*(?:个|名)?\s*(?:人|学生|家长)?\s*(?:都)?(?:知道|知晓|答对|能说出|清楚)/;

const GRADE_NO: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, '1': 1, '2': 2, '3': 3, '4': 4, '5': 5, '6': 6 };

/** A clause that begins at a primary grade: 自小学四年级起, 小学四年级以上 (the grade captured). */
export const GRADE_FLOOR = /(?:自)?小学([一二三四五六1-6])年级(?:起|以上|及以上)/;

/** A stage above primary, or one of its grades: 初中, 中职, 初一, 七年级. */
const STAGE = /初中|高中|中职|职高|职业学校|职校|中专|技校|中学|初[一二三]|高[一二三]|[七八九]年级/;

/**
 * 「一年级要不要配心理委员」: a clause that begins at a primary grade (自小学四年级起, 小学四年级以上)
 * against the one grade the asker names. Null when either is missing or the asker names a range.
 */
/** 「男生女生各一个对吧」: one of each sex put for confirming. */
const EACH_SEX_CONFIRMED = /(?:男[^，,。]{0,4}女|女[^，,。]{0,4}男)[^，,。]{0,3}各\s*(?:1|一)\s*(?:个|名|位|人)\s*(?:对吧|是吧|对吗|是吗|没错吧|吧)/;

export function gradeVerdict(question: string, texts: readonly string[]): string | null {
  // 「测评要包括低年级吗」: a primary school's 低年级 are its first two grades, 高年级 its last two.
  question = question.replace(/(?<![初高])(?:小学)?低年级/g, '一二年级').replace(/(?<![初高])(?:小学)?高年级/g, '五六年级');
  const floor = texts.map((t) => GRADE_FLOOR.exec(t)).find((m) => m)?.[1];
  // 「打算1到6年级全部做心理测评 一二三年级也必须测吗」: the grades of the clause that asks.
  // (「小学三年级要配不 还是四年级才开始」: 要…不 asks too, not the choice after it.)
  const asking = question.split(/[，,。；;\s]+/).filter((x) => /吗|么|嘛|要不要|需不需要|用不用|必须|[要需得][^，,。？?\s]{0,4}不[？?]?$/.test(x)).pop();
  const clause = asking !== undefined && /年级/.test(asking) ? asking : question;
  // 「小学一到三年级要上心理课吗」: a clause of 所有班级, no grade it begins at: every grade is in.
  const all = !floor ? texts.flatMap((t) => t.split(/[。；;\n]/)).find((x) => /所有班级/.test(x))?.trim() : undefined;
  const grades = /(?:小学)?(?:[一二三四五六1-6][、和到至~-]?){1,6}年级|低年级|高年级/.exec(clause)?.[0];
  if (all && grades && asking !== undefined && /要|需要|得|必须|用/.test(asking) && !/只|仅|不(?:上|开|排)|几|多少/.test(question)) return `需要。原文要求所有班级，${grades}在内。条文：“${all}”`;
  // (「我是五年级班主任，班里只有1个女生当心理委员，够不够」: a grade told, a count judged — no grade asked.)
  // (「四年级以上的班 心理委员 是要 男生女生 各一个 对吧」: one of each sex put for confirming, the grade only says where.)
  if (!floor || EACH_SEX_CONFIRMED.test(question) || (/够|达标|还差|差几|合格/.test(question) && !/年级(?:开始|起|以上|以下|及以上)|从[^，,。]{0,4}年级/.test(question) && !/年级/.test(question.split(/[，,。；;！!？?]/).filter((x) => x.trim()).pop() ?? ''))) return null;
  // The last grade before the clause begins (三 for 小学四年级起), for 「一到三年级不在其内」.
  const before = '一二三四五六'[(GRADE_NO[floor] ?? 2) - 2] ?? '';
  // 「心理委员是每个年级都要配吗」: every grade claimed, where the clause begins at one.
  if (EVERY_GRADE.test(clause) && (GRADE_NO[floor] ?? 0) > 1) {
    return `不是。原文要求从小学${floor}年级起，一到${before}年级不在其内。`;
  }
  // 「心理委员是不是每个班都要配」: every class claimed, of no stage named — a primary school's lower grades are out.
  // (Not a count asked of each class: 「每个班要配几个」.)
  if (EVERY_CLASS.test(clause) && !/几|多少/.test(clause) && (GRADE_NO[floor] ?? 0) > 1 && !/初|高|中学|职|中职|[四五六七八九4-9]\s*年级/.test(question)) {
    return `不是。原文要求从小学${floor}年级起，小学一到${before}年级的班不在其内（初中、高中的班都在内）。`;
  }
  // 「我们中职学生也要测吗」「初中也要配心理委员吗」: a stage above primary, where the clause begins at a
  // primary grade: every grade of it is in (its own grades, 初一, are a stage's too).
  // (「原文说测评是小学四年级以上，那我们中职学生也要测吗」: the clause that asks, not the text quoted.)
  const staged = asking ?? question;
  const stage = STAGE.exec(staged)?.[0];
  // (Not 「只测初三毕业班行不行」「高三能不能不参加」: one stage only, or leave to stay out, is judged by the clause's 全体.)
  // (「高中三年级」「初中二年级」: a grade of a stage above primary is that stage's.)
  if (stage && !/(?<![初高七八九]|[初高]中(?:部)?)[一二三四五六1-6]\s*年级|小学/.test(staged) && !/只|仅|光|就|单|不(?:参加|测|做|配|选|搞|开)/.test(staged)) {
    const said = texts.flatMap((t) => t.split(/[。；;\n]/)).find((x) => GRADE_FLOOR.test(x))?.trim();
    return `需要。原文要求从小学${floor}年级起，${stage}在内。${said ? `条文：“${said}”` : ''}`;
  }
  // 「三年级以下」「一到三年级」「四年级以上」: a range of primary grades, every grade in it.
  const range = /(?<!初|高|[初高]中(?:部)?)([一二三四五六1-6])\s*(?:(?:到|至|~|—|-)\s*([一二三四五六1-6])\s*)?年级(?:及)?(以上|以下|起)?/.exec(clause);
  // (「四年级以下的小朋友」: below the clause's own first grade is the grades before it, 1–3.)
  const named = GRADE_NO[range?.[1] ?? ''] ?? 0;
  const below = range?.[3] === '以下' && !range[2] && named === (GRADE_NO[floor] ?? 0) && named > 1;
  const ranged = range && (range[2] || range[3]) ? gradesIn(below ? named - 1 : named, range[2] ? (GRADE_NO[range[2]] ?? 0) : range[3] === '以下' ? 1 : 6) : null;
  if (ranged === null && /[到至~—-]\s*[一二三四五六1-6]年级|年级(?:以上|以下|起)/.test(clause)) return null;
  // 「一二三年级」「一、二年级」: several grades before one 年级.
  const asked = ranged ?? [...new Set([...clause.matchAll(/(?<!初|高|[初高]中(?:部)?)((?:[一二三四五六1-6][、和及]?){1,6})年级/g)].flatMap((m) => [...(m[1] ?? '')].flatMap((c) => GRADE_NO[c] ?? [])))];
  const from = GRADE_NO[floor] ?? 0;
  if (asked.length === 0 || !from) return null;
  const list = asked.join('、');
  if (asked.every((g) => g >= from)) return `需要。小学${floor}年级起就要求，${list}年级在内。`;
  return asked.every((g) => g < from) ? `不需要。原文要求从小学${floor}年级起，${list}年级不在其内。` : null;
}

/** 「每个年级都要配吗」「是不是所有年级都要做」: every grade claimed. */
export const EVERY_GRADE = /(?:每个?|所有|全部|各个?)年级都?(?:要|得|需要|必须)|是不是(?:每个?|所有|全部|各个?)年级/;

/** 「是不是每个班都要配」「所有班级都得测吗」: every class claimed. */
export const EVERY_CLASS = /(?:每个?|所有|全部|各个?)(?:班|班级)都(?:要|得|需要|必须)|是不是(?:每个?|所有|全部|各个?)(?:班|班级)/;

/** 「是不是每个人都得当安全员」「这些人每个都得是安全员吗」: every person claimed for a post, and the post named. */
const EVERY_ONE = /(?:每个人|每一个人|每个都|每一个都|人人|所有人|个个|全部人员?|(?:所有|全体|全部)(?:后勤)?(?:人员|员工|职工|师傅|学生|同学))都?(?:得|要|需要|必须)(?:当|是|做|担任|作为|选为?)\s*([^，,。？?！!\s吗么嘛呢]{2,8}?)(?=[吗么嘛呢]|[？?，,。]|$)/;

/**
 * 「宿管阿姨四个，保安三个…是不是每个人都得当安全员」: everyone claimed for a post of which the clause
 * asks so many per post or per class (每个岗位至少1名, 每班不少于2名) → 不是. Null unless the sentence
 * that sets the number names the post asked (安全员, not 导师: 教师人人是导师).
 */
export function everyOneVerdict(question: string, texts: readonly string[]): string | null {
  const post = EVERY_ONE.exec(question)?.[1]?.replace(/^(?:心理健康|心理)/, '');
  if (!post) return null;
  for (const t of texts) {
    for (const sentence of t.split(/[。；;\n]/)) {
      const m = /每(个)?(岗位|班级?)(至少|不少于)\s*([0-9]+)\s*名/.exec(sentence);
      if (m && sentence.includes(post)) return `不是。每${m[1] ?? ''}${m[2]}${m[3]}${m[4]}名即可，不要求人人都当。条文：“${sentence.trim()}”`;
    }
  }
  return null;
}

/** The grades from one to another, either way round: gradesIn(3, 1) → [1, 2, 3]. */
function gradesIn(a: number, b: number): number[] {
  if (!a || !b) return [];
  const [lo, hi] = a <= b ? [a, b] : [b, a];
  return Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
}

const span = (x: number, y: number) => (x === y ? `${x}` : `${x}到${y}`);

/**
 * 「一到三年级没测 只测了四到六年级 这样算全覆盖吗」: the grades the asker covered (a range done)
 * against a clause that begins at a primary grade. Null unless both are said.
 */
export function gradeRangeVerdict(question: string, texts: readonly string[]): string | null {
  const floor = texts.map((t) => GRADE_FLOOR.exec(t)).find((m) => m)?.[1];
  // 「测了四到六年级」「只测了五、六年级」: the grades done, a range or a list.
  const done = /(?:测|做|配|选|开展|覆盖)了?\s*([一二三四五六1-6]\s*(?:到|至|-|~|—)\s*[一二三四五六1-6]|(?:[一二三四五六1-6][、，,和及]?){1,6})\s*年级(?!(?:及)?以上)/.exec(question);
  // 「只测四年级以上」: from that grade to the last.
  const upward = done ? null : /(?:测|做|配|选|开展|覆盖)了?\s*([一二三四五六1-6])\s*年级(?:及)?以上/.exec(question);
  const from = GRADE_NO[floor ?? ''];
  const grades = done ? gradesNamed(done[1] ?? '') : upward ? gradesIn(GRADE_NO[upward[1] ?? ''] ?? 7, 6) : [];
  if (!from || grades.length === 0) return null;
  const word = leaveWord(question) ?? yesWord(question);
  const said = done ? `${runs(grades)}年级` : `${grades[0]}年级以上`;
  const missing = gradesIn(from, 6).filter((g) => !grades.includes(g));
  return missing.length === 0
    ? `${word}。原文要求小学${floor}年级以上，你说的${said}已覆盖。`
    : `不${word}。原文要求小学${floor}年级以上，你说的${said}没有覆盖${runs(missing)}年级。`;
}

/** 「两名心理委员都是女生」「没有男生」: one sex only. */
export const SINGLE_SEX = /(?:都是|全是|全部是|只有|只选了?|只配了?)(?:女生|男生|女孩|男孩|女的|男的)|没有(?:男生|女生)|(?:男生|女生)一个都没有|(?:选了?|配了?|都选了?|安排了?)\s*(?:两|2|二|俩)\s*个?(?:女生|男生|女孩|男孩)(?![和跟与、]|各)/;

/** 4, 5, 6 → 「4到6」; 4, 5 → 「4、5」. */
function runs(grades: readonly number[]): string {
  const [first] = grades;
  const last = grades.at(-1);
  return first !== undefined && last !== undefined && grades.length >= 3 && last - first === grades.length - 1 ? span(first, last) : grades.join('、');
}

/**
 * 「全校1500个学生，其中一二三年级600人，心理测评要测多少人」: a clause that begins at a primary grade
 * (小学四年级以上) covers the students told less those of the grades below it: 900人. Null unless a
 * number of students is asked and both the whole and the lower grades' count are said.
 */
export function gradeCount(question: string, texts: readonly string[]): string | null {
  const floor = texts.map((t) => GRADE_FLOOR.exec(t)).find((m) => m)?.[1];
  const from = GRADE_NO[floor ?? ''];
  // 「小学部四到六年级520人，初中部900人」「四到六年级每个年级280人，这学年测了700人，够吗」: the parts at
  // or above the clause's first grade, added; against the students tested when told.
  // 「我们小学一到六年级，心理测评要测几个年级」: the grades told, from the clause's first grade up.
  const range = from && /(?:几|多少)个年级/.test(question) ? GRADE_RANGE_9.exec(question) : null;
  if (from && range) {
    const no = (x: string | undefined) => GRADE_NO[x ?? ''] ?? NINE_YEAR_NO[x ?? ''] ?? 0;
    const grades = gradesIn(no(range[1]), no(range[2])).filter((g) => g >= from);
    const need = `原文要求小学${floor}年级以上全体学生`;
    return grades.length > 0 ? `${grades.length}个年级（${runs(grades)}年级）。${need}。` : `不用测。${need}，你说的${runs(gradesIn(no(range[1]), no(range[2])))}年级都在这以下。`;
  }
  const covered = from ? coveredStudents(question, from) : null;
  if (covered && /多少|几个人|够|达标|覆盖|差/.test(question)) {
    const tested = /(?:测了|测评了|测过|做了|参加了?|覆盖了)\s*([0-9]+)\s*(?:个|名)?(?:人|学生)/.exec(question);
    const done = tested ? Number(tested[1]) : null;
    const need = `原文要求小学${floor}年级以上全体学生，你说的${covered.said}共${covered.total}人`;
    if (done === null) return `${covered.total}人。${need}。`;
    // (「算全覆盖吗」 asks 算, 「够吗」 够.)
    const word = /算/.test(question) && !/够/.test(question) ? '算' : '够';
    return done >= covered.total ? `${word}。${need}，测了${done}人。` : `不${word}。${need}，测了${done}人，还差${covered.total - done}人。`;
  }
  if (!/多少(?:个|名)?(?:人|学生)|几个人|多少名/.test(question)) return null;
  // 「一二三年级600人」「1到3年级共600名」: the grades below, and their count.
  const lower = /((?:[一二三四五六1-6][、，,和及]?){1,6}|[一二三四五六1-6]\s*(?:到|至|-|~|—)\s*[一二三四五六1-6])\s*年级(?:学生|的)?(?:共|一共|总共|有|是|合计)?\s*([0-9]+)\s*(?:人|名|个)/.exec(question);
  const total = /(?:全校|学校|全体|总共|一共|共有)[^0-9，。,]{0,6}?([0-9]+)\s*(?:个|名)?(?:学生|人)|([0-9]+)\s*(?:个|名)?(?:学生|人)/.exec(question.replace(lower?.[0] ?? '\u0000', ''));
  if (!from || !lower || !total) return null;
  const grades = gradesNamed(lower[1] ?? '');
  const [below, all] = [Number(lower[2]), Number(total[1] ?? total[2])];
  // Only the grades below the clause's first, each one of them, and fewer than the whole.
  if (grades.length !== from - 1 || grades.some((g) => g >= from) || below >= all) return null;
  return `${all - below}人。原文要求小学${floor}年级以上全体学生，你说的${all}人减去${span(1, from - 1)}年级${below}人，是${all - below}人。`;
}

/** A range of primary grades: 四到六年级, 4-6年级. */
const GRADE_RANGE = /([一二三四五六1-6])\s*(?:到|至|-|~|—)\s*([一二三四五六1-6])\s*年级/;
/** A nine-year school's range (一到九年级) and its upper grades. */
const GRADE_RANGE_9 = /([一二三四五六七八九1-9])\s*(?:到|至|-|~|—)\s*([一二三四五六七八九1-9])\s*年级/;
const NINE_YEAR_NO: Readonly<Record<string, number>> = { 七: 7, 八: 8, 九: 9, '7': 7, '8': 8, '9': 9 };

/**
 * The students of the parts told at or above grade `from`: a range of primary grades with its
 * count (四到六年级520人) or each grade's (四到六年级每个年级280人), and 初中部 / 高中部 N人. Null unless
 * such a part is told and none below `from`.
 */
function coveredStudents(told: string, from: number): { total: number; said: string } | null {
  // 「小学每个年级3个班」: a primary school's every grade is 一到六年级.
  // (「小学部六个年级，每个年级5个班」: the six grades of a primary school named by their count.)
  const question = GRADE_RANGE.test(told) ? told : told.replace(/(小学(?:部)?)(?:的)?(?:六个年级|6个年级)?[，,]?\s*(?=每个?年级|各年级)/, '$1一到六年级');
  // 「一到六年级共1500人，其中四到六年级720人」: the range told at or above the clause's first grade.
  // (「九年一贯制，一到九年级…」: a nine-year school's grades run to 九.)
  const nine = /九年一贯/.test(question);
  const grade = (c: string) => GRADE_NO[c] ?? (nine ? NINE_YEAR_NO[c] : undefined) ?? 0;
  const ranges = [...question.matchAll(new RegExp((nine ? GRADE_RANGE_9 : GRADE_RANGE).source, 'g'))].map((range) => ({ range, grades: gradesIn(grade(range[1] ?? ''), grade(range[2] ?? '')) }));
  const above = ranges.find((x) => x.grades.length > 0 && x.grades.every((g) => g >= from));
  // 「一到六年级各2个班，每班40人」: each grade's classes and each class's students, the grades from `from` up.
  const whole6 = above ? null : ranges.find((x) => x.grades.length > 0);
  const classes = whole6 ? /^(?:的)?[，,]?\s*(?:每个?年级各?|各年级|各)\s*(?:有|是)?\s*([0-9]+|[一二两三四五六七八九十])\s*个班[，,]?\s*每(?:个)?班\s*([0-9]+)\s*(?:个|名)?(?:人|学生)/.exec(question.slice(whole6.range.index + whole6.range[0].length)) : null;
  if (whole6 && classes) {
    const grades = whole6.grades.filter((g) => g >= from);
    const perGrade = (parseNumber(classes[1] ?? '') ?? 0) * Number(classes[2]);
    if (grades.length === 0 || perGrade <= 0) return null;
    return { total: perGrade * grades.length, said: `${span(from, Math.max(...grades))}年级${grades.length}个年级×${classes[1]}个班×${classes[2]}人` };
  }
  // 「小学1到6年级，每个年级150人」: each grade's students, the grades from `from` up.
  // (「我们小学每个年级150人，1到6年级」: told before the grades too.)
  const perGrade = whole6
    ? (/^(?:的)?[，,]?\s*每(?:个)?年级(?:各|都)?(?:有|是)?\s*([0-9]+)\s*(?:个|名)?(?:人|学生)/.exec(question.slice(whole6.range.index + whole6.range[0].length)) ??
      /每(?:个)?年级(?:各|都)?(?:有|是)?\s*([0-9]+)\s*(?:个|名)?(?:人|学生)[，,\s]*(?:小学)?$/.exec(question.slice(0, whole6.range.index)))
    : null;
  if (whole6 && perGrade) {
    const grades = whole6.grades.filter((g) => g >= from);
    if (grades.length === 0) return null;
    return { total: Number(perGrade[1]) * grades.length, said: `${span(from, Math.max(...grades))}年级${grades.length}个年级×${perGrade[1]}人` };
  }
  // 「初中全校1260名学生，这学年测评了1200人」: a school with no primary grades — every student, told before what was tested.
  if (!above && !whole6 && /初中|高中|中学|职业学校|职校|中职|职高/.test(question) && !/小学|[一二三四五六1-6]\s*年级/.test(question)) {
    const all = /([0-9]+)\s*(?:个|名)?(?:学生|人)(?![^，,。；;]{0,4}(?:测|做|参加|覆盖))/.exec(question.replace(/(?:测了|测评了|测过|做了|参加了?|覆盖了)\s*[0-9]+\s*(?:个|名)?(?:人|学生)/g, ''));
    return all ? { total: Number(all[1]), said: '全校' } : null;
  }
  if (!above) return null;
  const { range, grades } = above;
  const after = question.slice(range.index + range[0].length);
  const each = /^(?:的)?每个?年级(?:各|都)?(?:有|是)?\s*([0-9]+)\s*(?:个|名)?(?:人|学生)/.exec(after);
  // (「四到六年级900个，…」: 个 alone before a break counts the students too.)
  const whole = /^(?:的)?(?:学生)?(?:共|一共|总共|有|是|合计)?\s*([0-9]+)\s*(?:(?:个|名)?(?:人|学生)|个(?=[，,。；;\s]))/.exec(after);
  const primary = each ? Number(each[1]) * grades.length : whole ? Number(whole[1]) : null;
  if (primary === null) return null;
  const said = [each ? `${range[0]}${grades.length}个年级×${each[1]}人` : `${range[0]}${primary}人`];
  let total = primary;
  for (const m of question.matchAll(/(初中|高中|中学)部?[^，,。；;0-9]{0,6}?([0-9]+)\s*(?:个|名)?(?:人|学生)/g)) {
    total += Number(m[2]);
    said.push(`${m[1]}${m[2]}人`);
  }
  return { total, said: said.join('、') };
}

/** 「一二三」「1到3」「一、二、三」: the grades named. */
function gradesNamed(s: string): number[] {
  const range = /([一二三四五六1-6])\s*(?:到|至|-|~|—)\s*([一二三四五六1-6])/.exec(s);
  if (range) return gradesIn(GRADE_NO[range[1] ?? ''] ?? 0, GRADE_NO[range[2] ?? ''] ?? 0);
  return [...new Set([...s].flatMap((c) => GRADE_NO[c] ?? []))];
}

/** 「是不是」「算不算」「会不会」: the word the asker's own yes/no question is built on (是, 算, 会); else 是. */
export function yesWord(question: string): string {
  return (
    /([是算会能要行对够])不\1/.exec(question)?.[1] ??
    (/算吗|算是|算[^，,。？?\s]{1,8}(?:吗|么)/.test(question) ? '算'
    : /会[^，,。？?]{0,8}[吗么嘛]/.test(question) ? '会'
    // 「测评范围够吗」「达标了吗」: the asker's own word.
    : /够(?:了)?[吗么嘛]|够数|够不够/.test(question) ? '够'
    : /达标/.test(question) ? '达标'
    // 「学校年度考核受影响吗」: 受, as asked (不受).
    : /受[^，,。？?]{0,4}影响[吗么嘛]/.test(question) ? '受'
    : '是')
  );
}

/** The stages a clause may list (小学、初中、高中、职业学校), each with the words an asker uses for it. */
const STAGE_WORDS: readonly (readonly [string, RegExp])[] = [
  ['小学', /小学/],
  ['初中', /初中|初[一二三]|[七八九]年级/],
  ['高中', /高中|高[一二三](?!年级)/],
  ['职业学校', /职业学校|职校|职高|中职|中专|技校/],
];

/** The stages a text names, in the order of STAGE_WORDS. */
export const stagesIn = (s: string) => STAGE_WORDS.filter(([, w]) => w.test(s)).map(([name]) => name);

/** Stages side by side in a clause: 小学、初中、高中、职业学校. */
const STAGE_LIST = /(?:小学|初中|高中|职业学校)(?:、(?:小学|初中|高中|职业学校))+/;

/** Whether a clause lists stages side by side (第10条). */
export const listsStages = (text: string) => STAGE_LIST.test(text);

/**
 * 「职校不用按比例配心理老师吗」「对小学和高中的专职心理老师配比要求一样吗」: the stages the asker
 * names, against a sentence that lists stages side by side (小学、初中、高中、职业学校按1:1000…):
 * one stage of the list, asked whether it must → 要; two of it, asked whether alike → 一样.
 * Null unless the sentence lists every stage asked, or when the asker keeps to one (只, 仅).
 */
export function stageListVerdict(question: string, texts: readonly string[]): string | null {
  const asked = stagesIn(question);
  // (「小学三年级要配吗」: a primary grade asked is judged by where a clause begins, gradeVerdict's.)
  if (asked.length === 0 || /只|仅|光/.test(question) || /(?<![初高七八九])[一二三四五六1-6]\s*年级/.test(question)) return null;
  const listed = texts
    .flatMap((t) => t.split(/[。；;\n]/))
    .find((s) => {
      const list = STAGE_LIST.exec(s)?.[0] ?? '';
      return asked.every((a) => list.includes(a));
    })
    ?.trim();
  if (!listed) return null;
  if (asked.length >= 2 && /一样|相同|同样|有区别|有没有区别|区别大/.test(question)) return `一样。${asked.join('和')}同列一句，要求相同。条文：“${listed}”`;
  if (asked.length === 1 && /(?:不用|不需要|不必|用不用|要不要|需不需要|也要|也得|也需要|也按|也是)[^，,。？?]*[吗么嘛？?]|(?:要|需要|得)[^，,。？?]{0,12}[吗么嘛]/.test(question)) {
    return `要。${asked[0]}在列。条文：“${listed}”`;
  }
  return null;
}
