/**
 * The asker's staffing against what is required, in stage 5 of the Q&A pipeline: classes counted
 * by grade (「1到6年级每个年级5个班」), committee members given per class (「每班就一个」), and which
 * 后勤 posts have a 心理健康安全员 (「三个岗位只有保安配了」, the posts read from the clause's own
 * words). Pure.
 */
import { extractNumbers } from '../text/numbers.ts';
import type { Requirement } from '../rubric/schema.ts';

const GRADE = '[一二三四五六七八九1-9]';
const COUNT = '([0-9]+|[一二两三四五六七八九十]+)';
const value = (s: string | undefined) => extractNumbers(s ?? '')[0]?.value ?? null;

/**
 * What names a set of grades: a school part (小学部, 初中), a stretch (一到三年级, 1-6年级), a list or
 * one grade (四五六年级, 四年级及以上), a middle-school grade (初一, 高二), or a number of grades (三个年级).
 */
const GRADE_SET = new RegExp(
  [
    `(?<stage>小学|初中|高中|中学|职高|中职)(?:部|段)?`,
    // (「一年级到三年级」: 年级 said after both ends too.)
    `(?<from>${GRADE})\\s*(?:年级)?\\s*(?:到|至|-|~|—|－)\\s*(?<to>${GRADE})\\s*年级`,
    `(?<list>(?:${GRADE}[、，,和及与]?){1,6}?)\\s*年级(?<up>及?以上|起)?`,
    `(?<school>(?:[初高][一二三123][、，,和及与到至~—-]?){1,3})(?!年级)`,
    `(?<grades>[0-9]+|[一二两三四五六七八九十]+)\\s*个年级`,
  ].join('|'),
  'g',
);
/** The classes said right after a set of grades: 各6个班, 每个年级4个班 (per grade); 有12个班, 一共9个班 (in all). */
const CLASSES_AFTER = new RegExp(`^\\s*(?:的班级?|班级|的|[，,](?=\\s*(?:每|各)))?\\s*(?<how>(?:都|各|每个?年级|每级|各年级|一共|总共|共|有|是|分别|分)*)\\s*${COUNT}\\s*个?(?:教学)?班(?!主任)`);

const STAGE_GRADES: Record<string, number[]> = { 小学: [1, 2, 3, 4, 5, 6], 初中: [7, 8, 9], 高中: [10, 11, 12] };

/**
 * 「小学1到6年级 每个年级5个班」「四五六年级各6个班」「初一10个班初二9个班初三8个班」「小学部一到三年级
 * 有12个班，四到六年级有10个班，初中部一共9个班」「小学每个年级2个班，初中每个年级5个班」: the
 * school's classes told grade by grade and, of them, the classes of grades 1–3 (which have no
 * committee members). Null when nothing is told by grade, when a number in all spans grades on both
 * sides of the fourth (一到六年级有24个班: which of them are grades 1–3 is not said), or when the
 * one stretch told is of grades 1–3 only (「24个班，一到三年级有12个班」 is read with the school's total).
 */
export function gradeClasses(said: string): { total: number; lower: number; unsure?: number } | null {
  // 「四年级和五年级各3个班」: grades listed each with its 年级 are one list (四和五年级).
  // (「一个年级12个班，三个年级」: the classes of one grade, then how many grades.)
  const question = said
    .replace(/([一二三四五六七八九1-9])年级([、，,和及与])(?=[一二三四五六七八九1-9]年级)/g, '$1$2')
    // 「一个年级4个班，小学六个年级」: a primary school's six grades are one to six.
    .replace(/小学(?:一共|共|总共|有)?\s*(?:六|6)\s*个年级/g, '一到六年级')
    .replace(/(?:一个|每个?)年级\s*(?:有|是|都是)?\s*([0-9一二两三四五六七八九十]+)\s*个班[，,\s]*(?:共|一共|总共|有)?\s*([0-9一二两三四五六七八九十]+)\s*个年级/, '$2个年级，每个年级$1个班')
    // 「一个年级6个班，初一到初三」: the classes of one grade, then the range of grades.
    .replace(/(?<!(?:年级|[初高][一二三])\s*)(?:一个|每个?)年级\s*(?:有|是|都是)?\s*([0-9一二两三四五六七八九十]+)\s*个班[，,\s]*((?:[初高][一二三]|[一二三四五六七八九1-9]\s*(?:年级)?)\s*(?:到|至|-|~|—)\s*(?:[初高][一二三]|[一二三四五六七八九1-9]\s*年级))/, '$2每个年级$1个班')
    // 「小学一共18个班，每个年级3个」: a primary school's classes in all, the same in each grade — one to six.
    .replace(/小学([^，,。；0-9]{0,4}?)([0-9]+)\s*个班[，,\s]*(?:每个?|各)年级(?:都是|都|有|各)?\s*([0-9]+)\s*个(?:班)?/, (m, mid: string, all: string, each: string) =>
      Number(all) === Number(each) * 6 ? `小学${mid}一到六年级每个年级${each}个班` : m)
    // 「九年一贯制学校，每个年级2个班」: a nine-year school's grades are one to nine, when none is named.
    .replace(/^(?=[^]*九年一贯)(?![^]*(?:[一二三四五六七八九1-9]\s*年级|(?<!每)个年级|[初高][一二三]|小学|初中))([^]*?)(?=每个?年级|各年级)/, '$1一到九年级');
  // 「我们是初中，一到三年级…」: the grades said by number are a middle school's.
  const middle = /初中|高中|中学|职高|中职/.test(question) && !/九年一贯|小学/.test(question);
  let total = 0;
  let lower = 0;
  let segments = 0;
  let onlyLowerInAll = true;
  // 「小学部有18个班，初中部有12个班」: classes in all of a part with grades 1–3 and others.
  let unsure = 0;
  const shift = middle ? 6 : 0;
  let modifier: string | null = null;
  let modifierEnd = -1;
  // 「初中部一共18个班，初一初二初三各6个班」: a part's classes in all, then the same classes by grade.
  let stageTotal = 0;
  let partsSum = 0;
  for (const m of question.matchAll(GRADE_SET)) {
    const g = m.groups ?? {};
    const end = m.index + m[0].length;
    let grades: number[] | null = null;
    let from4 = false;
    if (g.stage !== undefined) {
      // 「小学部一到三年级」「初中三个年级」: the part names whose grades follow.
      modifier = g.stage;
      modifierEnd = end;
      if (/^\s*(?:的|有|共|一共)?\s*(?:[一二三四五六七八九1-9]\s*(?:到|至|-|~|—|－)|[一二三四五六七八九1-9、，,和及与]*年级|[0-9一二两三四五六七八九十]+\s*个年级|[初高][一二三])/.test(question.slice(end))) continue;
      grades = STAGE_GRADES[g.stage] ?? null;
      // 中学, 职高, 初中部一共9个班: no grade of them is 1–3.
      if (grades === null) grades = [7];
    } else {
      const part = modifier !== null && m.index - modifierEnd <= 3 ? modifier : null;
      const offset = part === '初中' || part === '中学' ? 6 : part === '高中' ? 9 : part === '小学' ? 0 : shift;
      if (g.from !== undefined) {
        const [a, b] = [value(g.from), value(g.to)];
        if (a === null || b === null || b < a) return null;
        grades = Array.from({ length: b - a + 1 }, (_, i) => a + i + (b <= 3 ? offset : 0));
      } else if (g.list !== undefined) {
        const nums = [...g.list].map((c) => value(c)).filter((x): x is number => x !== null);
        if (nums.length === 0) continue;
        from4 = g.up !== undefined;
        grades = nums.map((x) => (nums.every((y) => y <= 3) ? x + offset : x));
      } else if (g.school !== undefined) {
        // 「初一」「初一初二初三」「初二、初三」: one grade or a run of them.
        grades = [...g.school.matchAll(/([初高])([一二三123])/g)].flatMap((x) => {
          const n = value(x[2]);
          return n === null ? [] : [n + (x[1] === '初' ? 6 : 9)];
        });
        // 「高一到高三」: the grades between, too.
        if (/[到至~—-]/.test(g.school) && grades.length === 2) grades = Array.from({ length: grades[1]! - grades[0]! + 1 }, (_, i) => grades![0]! + i);
        if (grades.length === 0) continue;
      } else if (g.grades !== undefined) {
        const n = value(g.grades);
        if (n === null || n <= 0 || n > 12) continue;
        // Grades above the primary's lower three: a middle school's, or unknown (counted as the asker gives them).
        grades = Array.from({ length: n }, (_, i) => (part === '小学' ? i + 1 : i + 7));
      }
    }
    if (grades === null) continue;
    const said = CLASSES_AFTER.exec(question.slice(end));
    const n = value(said?.[2]);
    if (!said || n === null || n <= 0) continue;
    // (「高一3班」「五年级二班」: a class named, not counted — a count says 个班 or 有3班.)
    if (!/个/.test(said[0]) && !said.groups?.how) continue;
    const perGrade = /各|每/.test(said.groups?.how ?? '') && !from4;
    const low = grades.filter((x) => x <= 3).length;
    segments += 1;
    if (perGrade) {
      total += grades.length * n;
      lower += low * n;
      onlyLowerInAll = false;
      if (g.stage === undefined) partsSum += grades.length * n;
    } else {
      if (g.stage !== undefined) stageTotal = n;
      // A number in all: grades 1–3 only, or none of them; else which are grades 1–3 is not said.
      if (low > 0 && low < grades.length) {
        unsure += n;
        total += n;
        onlyLowerInAll = false;
        continue;
      }
      total += n;
      if (low > 0) lower += n;
      else onlyLowerInAll = false;
    }
  }
  if (stageTotal > 0 && partsSum === stageTotal) total -= stageTotal;
  // 「三年级有4个班」 alone: all of them are grades 1–3; beside the school's own count (24个班，一到三
  // 年级有12个班) it is only a part, read with that count (apply.ts).
  const counts = [...question.matchAll(new RegExp(`${COUNT}\\s*个?(?:教学)?班(?!主任)`, 'g'))].length;
  if (segments === 0 || (segments === 1 && onlyLowerInAll && counts > 1)) return null;
  // Only one number in all that spans grades 1–3 and others (一到六年级有24个班): asked back as before.
  // 「小学24个班，其中一到三年级12个班」: the part is inside the whole, read with it (apply.ts).
  if (unsure > 0 && (segments === 0 || /其中|里面|当中|之中/.test(question))) return null;
  if (unsure > 0 && unsure === total) return null;
  return unsure > 0 ? { total, lower, unsure } : { total, lower };
}

/** 「男女各」「女生男生各」: one of each sex. */
export const EACH_SEX = /男[^，,。]{0,4}女[^，,。]{0,3}各|女[^，,。]{0,4}男[^，,。]{0,3}各/;

/** 「每班就一个心理委员」「每个班选了2名」: the count the asker gives per class, or null. */
export function perClassGiven(text: string): number | null {
  // 「每班都配了1男1女两个」: one boy and one girl are two.
  const question = text.replace(/[1一]\s*(?:个|名)?\s*男(?:生)?\s*[1一]\s*(?:个|名)?\s*女(?:生)?(?:\s*(?:共|一共)?\s*(?:两|2)\s*(?:个|名))?/g, '2个');
  const m = new RegExp(`(?:每|一)(?:个)?班([^，。,？?0-9一二两三四五六七八九十]{0,6})${COUNT}\\s*(个|名|位|人)(?!\\s*(?:学生|同学|孩子|左右))`).exec(question);
  // (「一个班45人」: so many people in a class are its students, not its members.)
  if (m && m[3] === '人' && !/委员|选|配/.test(m[1] ?? '')) return null;
  const n = value(m?.[2]);
  // 「每班男女各一个」: one of each sex, two in all.
  return n !== null && EACH_SEX.test(m?.[0] ?? '') ? n * 2 : n;
}

/**
 * 「保安、宿管、食堂三个岗位只有保安配了安全员」: the 后勤 posts the clause names (在学校保安、宿管、
 * 食堂等后勤工作岗位中), those the asker says have one, and those still without. Null unless the asker
 * says which have one (只有…, 都配了).
 */
export function postsCovered(question: string, clause: string): { posts: string[]; covered: string[]; missing: string[] } | null {
  const named = clausePosts(clause);
  if (!named || !/安全员/.test(question)) return null;
  // (「保安、宿管、食堂都有，现在只有保安队长一个是安全员」: 都有 tells the posts, 只有 who has one.)
  // (「后勤只有保安和食堂两个岗位」: 只有 before so many posts tells the posts the school has, not who has one.)
  const reread = question.replace(/只有([^，。,？?]{1,12}?[0-9两二三四五]\s*个\s*(?:后勤)?(?:工作)?岗位?)/u, '有$1');
  const onlyOne = /只有([^，。,？?]{1,10}?)(?:队长|组长|主管|师傅)?(?:一个|一名|1个|1名)?(?:人)?(?:是|当|做|兼)(?:了)?(?:心理健康)?安全员/u.exec(reread);
  // 「我就报了宿管一个」「只选了保安」: the posts reported are the ones covered.
  // 「就让保安队长一个人兼着」「由保安队长一个人兼」: one person of one post for all, the others have none of their own.
  const only = onlyOne ?? ONLY_POST.exec(reread) ?? /只(?:要|需要?)?(?:有|给|在)?([^，。,？?]{1,16}?)(?:那边|那里|里|岗位?)?(?:配|有|定|设|安排|里选|中选|里挑|里找|选了|挑了)/u.exec(reread) ?? /(?:让|由|叫)([^，。,？?让由]{1,8}?)(?:队长|组长|主管|师傅)?一个人(?:兼|包|管|负责|担)/u.exec(reread) ?? /(?:就|只)(?:报|选|推|定|上报)了?([^，。,？?]{1,10}?)(?:一个|一名|1个|1名|的人)?(?=[，。,？?]|$)/u.exec(reread);
  // (「保安宿管食堂都有，目前只在保安里配了1个」: 都有 tells the posts when 只 tells who has one.)
  const all = !only && /都(?:配|有|定|设|安排)|全(?:部|都)?(?:配|有)齐/.test(question);
  // 「安全员配了2个（保安1个、宿管1个）」「保安配了2个安全员，食堂1个，宿管一个没配」: a count told for
  // each post the clause names; a post told none, or left out where others are counted, has none.
  if (!all && !only) {
    const counts = named.map((p) => ({ p, n: postCount(question, p) }));
    const told = counts.filter((x) => x.n !== null);
    if (told.length < 2) return null;
    // (「没有宿管」: a post the school does not have is not counted.)
    const posts = (listedPosts(question, named) ?? named).filter((p) => !absentPost(question, p));
    const covered = posts.filter((p) => (counts.find((x) => x.p === p)?.n ?? 0) > 0);
    return covered.length > 0 ? { posts, covered, missing: posts.filter((p) => !covered.includes(p)) } : null;
  }
  // The posts the asker counts: those named in the message (outside 只有…), else the clause's.
  const outside = only ? question.replace(only[0], '') : question;
  const said = named.filter((p) => outside.includes(p));
  const listed = listedPosts(question, named);
  // (「走读学校没宿管」: a post the school does not have is not counted.)
  const posts = (listed ?? (said.length >= 2 ? said : named)).filter((p) => !absentPost(question, p));
  const covered = all ? posts : posts.filter((p) => only?.[1]?.includes(p));
  if (!all && covered.length === 0) return null;
  return { posts, covered, missing: posts.filter((p) => !covered.includes(p)) };
}

/** The 后勤 posts a message may name. */
export const POSTS = '保安|宿管|食堂|门卫|保洁';
/** 「和食堂」「、宿管」: posts listed right after the one named, sharing what is told of it. */
const MORE_POSTS = `(?:(?:[和、及跟与]|以及)(?:${POSTS}))*`;
/** 「宿管和食堂一个都没有」: none on the post (and those listed with it). */
const NONE_ON_POST = new RegExp(`^${MORE_POSTS}(?:那边|这边|岗位?)?(?:一个|1个|一名|1名)?(?:都|也|还)?(?:没有?|没配|没设|未配|空着|缺)`);
/** 「保安里选了1个」「保安和食堂各报了一个」「宿管、保安、食堂各有1名」: so many on the post (not 保安2人, its staff). */
const COUNT_ON_POST = new RegExp(`^${MORE_POSTS}(?:那边|这边|里|中|岗位?)?各?(?:(?:配了?|选了?|报了?|定了?|设了?|安排了?)\\s*([0-9]+|[一二两三四五六七八九十])\\s*(?:个|名|位|人)|(?:有了?)?\\s*([0-9]+|[一二两三四五六七八九十])\\s*(?:个|名|位))(?!岗|后勤)`);
/** 「只配了1个保安」: the one post reported. */
const ONLY_POST = new RegExp(`(?:只|就|仅)(?:配|选|报|定|设|安排)了?\\s*(?:1|一)?\\s*(?:个|名|位)?((?:${POSTS})+)`, 'u');

/** A post the school does not have: 没有宿管, or 宿管 of a day school (走读, 没宿舍). */
const absentPost = (question: string, post: string) => new RegExp(`(?:没有|没|无|不设)${post}`).test(question) || (post === '宿管' && /走读|没有?宿舍|不住校|非寄宿/.test(question));

/** The safety officers told for one post: 保安1个, 食堂配了2名, 宿管一个没配 (0); null when not told. */
function postCount(question: string, post: string): number | null {
  // (Each place the post is named: 「保安、宿管、食堂三个岗位…（保安1个、宿管1个）」 counts it the second time.)
  for (let at = question.indexOf(post); at >= 0; at = question.indexOf(post, at + 1)) {
    const after = question.slice(at + post.length, at + post.length + 12);
    if (NONE_ON_POST.test(after)) return 0;
    const m = COUNT_ON_POST.exec(after);
    if (m) return value(m[1] ?? m[2]);
  }
  return null;
}

/**
 * 「我们有4个后勤岗位，安全员配了3个」: the posts the asker counts and how many of them have a 安全员,
 * or null unless both are given.
 */
export function postCounts(question: string): { posts: number; staffed: number } | null {
  if (!/安全员/.test(question)) return null;
  // (「保安、宿管、食堂三块」: 块 counts posts too.)
  // (「没有宿管，只有保安和食堂」: the posts the school has, named after 只有, are counted by name.)
  const only = /只有((?:保安|门卫|宿管|食堂|保洁|后勤)(?:[、和及跟与]+(?:保安|门卫|宿管|食堂|保洁))+)/.exec(question)?.[1];
  const posts = value(new RegExp(`${COUNT}\\s*(?:个\\s*(?:后勤)?(?:工作)?岗位?|块(?!钱))`).exec(question)?.[1]) ?? (only ? only.split(/[、和及跟与]+/).length : null);
  // (「三个岗位，一共就1个安全员」: a total told with 一共 / 就 / 才.)
  const said = new RegExp(`(各)?(?:配了?|有|定了?|设了?|安排了?|选了?|(?:一共|总共|共)(?:就|只|才|只有)?|就|才)\\s*${COUNT}\\s*(?:个|名|位|人)(?!\\s*(?:后勤|岗))`).exec(question);
  // 「两个岗位，各配了1名」: so many for each post.
  const one = value(said?.[2]);
  const staffed = one !== null && said?.[1] && posts !== null ? one * posts : one;
  return posts !== null && staffed !== null && posts > 0 && staffed <= 100 ? { posts, staffed } : null;
}

/** The asker's own verdict word (达标吗 → 达标 / 不达标, 合格吗, 行吗, 可以吗), else 够 / 不够. */
/**
 * 「两周上一节可以吗」「这样行不行」「能不能…」: the word a question asking leave is built on, or null.
 * A requirement met answers it in that word (可以。), not in 够.
 */
export function leaveWord(question: string): string | null {
  if (/够/.test(question)) return null;
  return /可以|可不可以/.test(question) ? '可以' : /行不行|行吗|行不[？?]?$|行得通|行不通|可行/.test(question) ? '行' : /能不能|能否|(?<![才功技职智本体])能[^，,。？?]{0,12}[吗么嘛]|(?<![才功技职智本体])能只[^。？?！!]{0,24}[吗么嘛][？?]?$/.test(question) ? '能' : null;
}

/** 「…校长自己听了，算不算」 asks whether it counts: 算 / 不算. */
export const COUNTS_ASKED = /算不算|算吗|算数吗|算[^，,。？?够]{0,6}[吗么嘛][？?]?$/;

/** Whether it counts is what is asked, not whether it is enough, allowed or passes. */
export function countsAsked(question: string): boolean {
  return COUNTS_ASKED.test(question) && !/够|行|可以|达标|合格|能/.test(question);
}

export function verdictWord(question: string, ok: boolean): string {
  const word = countsAsked(question) ? '算' : /达标/.test(question) ? '达标' : /合格/.test(question) ? '合格' : /合规|符合/.test(question) ? '符合' : /行不行|行吗|行不|就行/.test(question) ? '行' : /对吗|对不对|对吧|对不/.test(question) ? '是' : /可以/.test(question) ? '可以' : leaveWord(question) === '能' ? '能' : '够';
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
    // 「一个人带几个学生」: one person is the mentor, not a count of students.
    // (「一个学生配几个」 asks the rate per student, no count of students.)
    .filter((n) => !n.ordinal && /^\s*(?:个|名|位)(?!\s*(?:导师|老师|教师|班|人))/.test(question.slice(n.end)) && !/配了?\s*$/.test(question.slice(Math.max(0, n.start - 3), n.start)))
    .filter((n) => !(n.value === 1 && /^\s*(?:个|名|位)?\s*(?:学生|孩子)\s*(?:要|需要|得|该)?(?:配|选配|配备)/.test(question.slice(n.end))))
    .map((n) => n.value);
  if (students.length === 0) return null;
  const sum = students.reduce((a, b) => a + b, 0);
  return { rule, each, students, total: sum * each };
}

/** 「全校30个班…只有高一的12个班排了」: the classes in all and those the asker says have it. */
export function classesDone(q: string): { total: number; done: number } | null {
  const total = /(?:全校|全部|一共|总共|共有|共)\s*(?:有)?\s*([0-9]+)\s*个(?:教学)?班/.exec(q);
  const done = /(?:只有|只|仅|才)[^，,。；0-9]{0,8}?([0-9]+)\s*个(?:教学)?班/.exec(q);
  if (!total || !done) return null;
  const [all, some] = [Number(total[1]), Number(done[1])];
  return some <= all && all > 0 ? { total: all, done: some } : null;
}

/** 「重点关注学生27人，目前只有20人配了成长导师」: the students in all and those the asker says have it. */
export function studentsCovered(q: string): { total: number; done: number } | null {
  // (「12个重点学生配了10个导师」: the students named by their kind, the mentors counted after 配了.)
  const total = /(?:学生|孩子)\s*(?:有|共|一共)?\s*([0-9]+)\s*(?:个|名|位)?人?|([0-9]+)\s*(?:个|名|位)(?:重点关注|重点|留守|单亲|困难)?(?:的)?(?:学生|孩子)/.exec(q);
  const done = /(?:只有|只|仅|才)\s*([0-9]+)\s*(?:个|名|位)?(?:人|学生|孩子)?\s*(?:配|有|安排)|(?:配了|配备了|安排了)\s*([0-9]+)\s*(?:个|名|位)(?:成长)?导师/.exec(q);
  if (!total || !done) return null;
  // (Mentors told against students of the kinds the clause names, not the whole school's: 「1200个学生配了3个导师」.)
  if (done[2] !== undefined && !/重点|留守|单亲|离异|随迁|困难|特殊|关注/.test(q)) return null;
  const [all, some] = [Number(total[1] ?? total[2]), Number(done[1] ?? done[2])];
  return some <= all && all > 0 ? { total: all, done: some } : null;
}

/** The 后勤 posts the clause names (在学校保安、宿管、食堂等后勤工作岗位中), or null. */
export function clausePosts(clause: string): string[] | null {
  const named = /([\p{Script=Han}、]+?)等后勤/u.exec(clause)?.[1]?.replace(/^.*?在学校/, '').split('、').filter((x) => x.length > 0);
  return named && named.length >= 2 ? named : null;
}

/**
 * 「后勤有保安、宿管、食堂、保洁四个岗位」「后勤有7个岗位：保安、宿管、…、校车」: the posts the asker
 * lists (the clause's 等 is open to more), when some are the clause's own; else null.
 */
export function listedPosts(question: string, named: readonly string[]): string[] | null {
  const caught = /((?:\p{Script=Han}{1,4}[、，,和及]){1,9}\p{Script=Han}{1,4}?)(?:等)?(?:[0-9]+|[一二两三四五六七八九十]+)个(?:后勤)?(?:岗位|岗)/u.exec(question)?.[1];
  // (「走读学校没宿舍，就保安和食堂两个岗位」: a list after the last comma, when it is one, is the list.)
  const last = caught?.split(/[，,]/).pop();
  const before = (last !== undefined && /[、和及]/.test(last) ? last : caught)?.replace(/^.*?(?:有|是|包括|分为|分)/, '');
  const after = /(?:[0-9]+|[一二两三四五六七八九十]+)个(?:后勤)?(?:岗位|岗)[：:]((?:\p{Script=Han}{1,4}[、和及]){1,9}\p{Script=Han}{1,4})/u.exec(question)?.[1];
  const list = (before ?? after)?.split(/[、，,和及]/).filter((x) => x.length > 0);
  // (「后勤就保安、…」: the first post is the clause's word its capture ends with.)
  const first = list?.[0];
  if (list && first !== undefined) list[0] = named.find((n) => first.endsWith(n)) ?? first.replace(/^.*?(?:就|只|都)/, '');
  return list && list.length >= 2 && list.some((x) => named.includes(x)) ? list : null;
}

/** 「男生女生各」 right before a count. */
const EACH_SEX_BEFORE = new RegExp(`(?:${EACH_SEX.source})(?:自)?(?:配|选|配备|选出|有|要|安排|设)?(?:了)?\\s*$`);

/** What a requirement counts per, other than time: 每班, 每个岗位, 每人. */
const PER_THING: Readonly<Record<string, { name: string; said: RegExp }>> = {
  // 「我们班是五年级…配一个」: the asker's own class is one class.
  class: { name: '班', said: /(?:每|一)(?:个)?班|(?:我们|咱们|我|俺)班|班里|班上|本班/ },
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
    // 「45个学生」 counts the class, not what it has of the requirement.
    const n = extractNumbers(after).find((x) => !x.ordinal && /^\s*(?:名|个|位|人)(?!\s*(?:个)?(?:学生|孩子|同学|小孩|人))/.test(after.slice(x.end)));
    if (!n) continue;
    const required = Number(need[1]);
    // 「男生女生各一个」: one of each sex, two in all.
    // 「选了一个男生一个女生」: one of each sex, told one after the other, is two too.
    const pair = /(?:[一1]\s*个|[一1]\s*名)\s*男(?:生|孩|同学)?[^，,。？?]{0,3}(?:[一1]\s*个|[一1]\s*名)\s*女|(?:[一1]\s*个|[一1]\s*名)\s*女(?:生|孩|同学)?[^，,。？?]{0,3}(?:[一1]\s*个|[一1]\s*名)\s*男|一男一女|一女一男/.test(after);
    const given = EACH_SEX_BEFORE.test(after.slice(0, n.start)) || pair ? (pair ? 2 : n.value * 2) : n.value;
    return { r, enough: given >= required, need: required, given, per: per.name, unit: need[2] ?? '名' };
  }
  return null;
}
