/**
 * The asker's staffing against what is required, in stage 5 of the Q&A pipeline: classes counted
 * by grade (「1到6年级每个年级5个班」), committee members given per class (「每班就一个」), and which
 * 后勤 posts have a 心理健康安全员 (「三个岗位只有保安配了」, the posts read from the clause's own
 * words). Pure.
 */
import { extractNumbers } from '../text/numbers.ts';

const GRADE = '[一二三四五六七八九1-9]';
const COUNT = '([0-9]+|[一二两三四五六七八九十]+)';
const value = (s: string | undefined) => extractNumbers(s ?? '')[0]?.value ?? null;

/**
 * 「小学1到6年级 每个年级5个班」「初中三个年级每个年级8个班」: the school's classes and, of them, the
 * classes of grades 1–3 (which have no committee members). Null unless both the grades and the
 * classes per grade are said.
 */
export function gradeClasses(question: string): { total: number; lower: number } | null {
  const per = value(new RegExp(`每(?:个)?(?:年级|级)(?:都|各|有|是|分别)?\\s*${COUNT}\\s*个?班`).exec(question)?.[1]);
  if (per === null || per <= 0) return stretchClasses(question);
  const span = new RegExp(`(${GRADE})\\s*(?:到|至|-|~|—|－)\\s*(${GRADE})\\s*年级`).exec(question);
  let grades: number[] = [];
  if (span) {
    const [a, b] = [value(span[1]), value(span[2])];
    if (a === null || b === null || b < a) return null;
    grades = Array.from({ length: b - a + 1 }, (_, i) => a + i);
  } else {
    const count = new RegExp(`(初中|高中|中学|小学)?(?:部|段)?(?:一共|共|有)?\\s*${COUNT}\\s*个年级`).exec(question);
    const n = value(count?.[2]);
    if (!count || n === null || n <= 0 || n > 12) return null;
    // Grades above the primary's lower three: a middle school's, or unknown (counted as the asker gives them).
    const primary = count[1] === '小学';
    grades = Array.from({ length: n }, (_, i) => (primary ? i + 1 : i + 7));
  }
  // 「初中一到三年级」 are grades 7–9.
  const middle = /初中|高中|中学/.test(question) && !/九年一贯|小学/.test(question);
  const lower = middle ? 0 : grades.filter((g) => g <= 3).length * per;
  return { total: grades.length * per, lower };
}

/** A stretch of grades (一到三年级, 四年级) or a school part (初中部) with its classes (有12个班). */
const STRETCH = new RegExp(
  `(?:(${GRADE})\\s*(?:到|至|-|~|—|－)\\s*)?(${GRADE})\\s*年级|(初中|高中|中学|职高|中职)(?:部|段)?`,
  'g',
);
const CLASSES_SAID = new RegExp(`^(?:的|的班|班级)?\\s*(?:都|各|有|共|一共|总共|是|分)?\\s*${COUNT}\\s*个?(?:教学)?班`);

/**
 * 「小学部一到三年级有12个班，四到六年级有10个班，初中部一共9个班」: classes said stretch by stretch;
 * those of grades 1–3 are the lower ones. Null unless at least two stretches give their classes.
 */
function stretchClasses(question: string): { total: number; lower: number } | null {
  let total = 0;
  let lower = 0;
  let stretches = 0;
  for (const m of question.matchAll(STRETCH)) {
    const n = value(CLASSES_SAID.exec(question.slice(m.index + m[0].length))?.[1]);
    if (n === null || n <= 0) continue;
    stretches += 1;
    total += n;
    const top = value(m[2]);
    if (!m[3] && top !== null && top <= 3) lower += n;
  }
  return stretches >= 2 ? { total, lower } : null;
}

/** 「每班就一个心理委员」「每个班选了2名」: the count the asker gives per class, or null. */
export function perClassGiven(question: string): number | null {
  const m = new RegExp(`(?:每|一)(?:个)?班[^，。,？?0-9一二两三四五六七八九十]{0,6}${COUNT}\\s*(?:个|名|位|人)`).exec(question);
  return value(m?.[1]);
}

/**
 * 「保安、宿管、食堂三个岗位只有保安配了安全员」: the 后勤 posts the clause names (在学校保安、宿管、
 * 食堂等后勤工作岗位中), those the asker says have one, and those still without. Null unless the asker
 * says which have one (只有…, 都配了).
 */
export function postsCovered(question: string, clause: string): { posts: string[]; covered: string[]; missing: string[] } | null {
  const named = /([\p{Script=Han}、]+?)等后勤/u.exec(clause)?.[1]?.replace(/^.*?在学校/, '').split('、').filter((x) => x.length > 0);
  if (!named || named.length < 2 || !/安全员/.test(question)) return null;
  const all = /都(?:配|有|定|设|安排)|全(?:部|都)?(?:配|有)齐/.test(question);
  const only = /只(?:有|给|在)?([^，。,？?]{1,16}?)(?:那边|那里|岗位?)?(?:配|有|定|设|安排)/u.exec(question);
  if (!all && !only) return null;
  // The posts the asker counts: those named in the message (outside 只有…), else the clause's.
  const outside = only ? question.replace(only[0], '') : question;
  const said = named.filter((p) => outside.includes(p));
  const posts = said.length >= 2 ? said : named;
  const covered = all ? posts : posts.filter((p) => only?.[1]?.includes(p));
  if (!all && covered.length === 0) return null;
  return { posts, covered, missing: posts.filter((p) => !covered.includes(p)) };
}

/** The asker's own verdict word (达标吗 → 达标 / 不达标, 合格吗, 行吗, 可以吗), else 够 / 不够. */
/**
 * 「两周上一节可以吗」「这样行不行」「能不能…」: the word a question asking leave is built on, or null.
 * A requirement met answers it in that word (可以。), not in 够.
 */
export function leaveWord(question: string): string | null {
  if (/够/.test(question)) return null;
  return /可以|可不可以/.test(question) ? '可以' : /行不行|行吗|行不[？?]?$/.test(question) ? '行' : /能不能|能否|能[^，,。？?]{0,12}[吗么嘛]/.test(question) ? '能' : null;
}

export function verdictWord(question: string, ok: boolean): string {
  const word = /达标/.test(question) ? '达标' : /合格/.test(question) ? '合格' : /行不行|行吗|行不/.test(question) ? '行' : /可以/.test(question) ? '可以' : '够';
  return ok ? word : `不${word}`;
}

/**
 * 「班上有3个留守儿童 2个单亲家庭的 成长导师要配几个」: a requirement of so many per student (每人1名)
 * over the students the asker counts (3 + 2). Null unless a count is asked and students are given.
 */
export function perStudentTotal(question: string, texts: readonly string[]): { rule: string; each: number; students: number[]; total: number } | null {
  if (!/几个|几名|几位|多少/.test(question)) return null;
  const rule = texts.find((t) => /每人(?:选配|配备|配)?\s*(?:[0-9]+|[一二两三])\s*名/.test(t));
  const each = value(/每人(?:选配|配备|配)?\s*([0-9]+|[一二两三])\s*名/.exec(rule ?? '')?.[1]);
  if (!rule || each === null || each <= 0) return null;
  // Counts of students: a number of 个/名 not of the staff asked about (导师, 老师) and not after 配.
  const students = extractNumbers(question)
    .filter((n) => !n.ordinal && /^\s*(?:个|名|位)(?!\s*(?:导师|老师|教师|班))/.test(question.slice(n.end)) && !/配了?\s*$/.test(question.slice(Math.max(0, n.start - 3), n.start)))
    .map((n) => n.value);
  if (students.length === 0) return null;
  const sum = students.reduce((a, b) => a + b, 0);
  return { rule, each, students, total: sum * each };
}
