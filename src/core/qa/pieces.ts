/**
 * The pieces of a message that are no question of their own, in stage 1 of the Q&A pipeline
 * (normalize): a greeting before the question (「王主任在吗？」), a follow-up that only asks again what
 * the part before it answered (「…谁的年度得分高？高几分？」「…要不要给他们发补贴，标准多少」);
 * several items named by number in one question (「第2条和第3条分别几分」); and questions of the case
 * that name nothing of their own, asked together (「这学期现在达标了吗？还差几次？」). Pure.
 */
import type { Passage, QaIndex } from './index.ts';
import { parseNumber } from '../text/numbers.ts';
import { ASKS, SETTING, topicWords } from './normalize.ts';
import { OWN_FIGURE, OWN_SCHOOL } from './words.ts';
import { FRAME } from './silence.ts';
import { RULE_ON_TOLD } from './cover.ts';
import { QA_TEXT } from '../text/qa-replies.ts';

/** 「第2条和第3条」「第2、3条」: the items named by number, two or more, in order; else empty. */
export function itemsNamed(index: QaIndex, q: string): Passage[] {
  const item = (n: number) => index.passages.find((p) => p.kind === 'item' && p.no === n);
  // 「第3条到第5条加起来几分」「前7条满分多少」: a run of items, every one in it (项 numbers the areas: 二至七项).
  const run = /第\s*([0-9一二三四五六七八九十]+)\s*条?\s*(?:到|至|-|~|—)\s*第?\s*([0-9一二三四五六七八九十]+)\s*条/.exec(q) ?? /前\s*()([0-9一二三四五六七八九十]+)\s*条/.exec(q);
  // 「第二到七项满分多少」: a run of the areas (项), every item of them — not beside item 1's score (政策落实, 折算), derived from them.
  const areas = /第?\s*([一二三四五六七八1-8])\s*项?\s*(?:到|至|-|~|—)\s*第?\s*([一二三四五六七八1-8])\s*项/.exec(q);
  if (!run && areas && !/政策落实|第\s*[1一]\s*(?:条|项)|折算/.test(q)) {
    const [from, to] = [parseNumber(areas[1] ?? '') ?? 0, parseNumber(areas[2] ?? '') ?? 0];
    const ids = new Set(index.rubric.areas.slice(from - 1, to).map((a) => a.id));
    return from >= 1 && to > from ? index.passages.filter((p) => p.kind === 'item' && ids.has(p.item?.area ?? '')) : [];
  }
  if (run) {
    const [from, to] = [run[1] ? (parseNumber(run[1]) ?? 0) : 1, parseNumber(run[2] ?? '') ?? 0];
    const items = Array.from({ length: to - from + 1 }, (_, i) => item(from + i));
    return from >= 1 && to > from && to - from < 21 && items.every((p): p is Passage => p !== undefined) ? items : [];
  }
  const m = /第\s*([0-9一二三四五六七八九十]+)\s*(?:条|项)?((?:\s*(?:和|、|与|跟|及|,|，)\s*(?:第)?\s*[0-9一二三四五六七八九十]+\s*(?:条|项)?)+)/.exec(q);
  if (!m) return [];
  const nos = [m[1] ?? '', ...[...(m[2] ?? '').matchAll(/[0-9一二三四五六七八九十]+/g)].map((x) => x[0])].map((x) => parseNumber(x));
  const items = nos.map((n) => index.passages.find((p) => p.kind === 'item' && p.no === n));
  return items.every((p): p is Passage => p !== undefined) ? [...new Set(items)] : [];
}

/** 「王主任在吗」「老师您好」「打扰一下」: a greeting or a ping, not a question. */
const PING = /^(?:\p{Script=Han}{0,3}(?:老师|主任|校长|书记|助手|同志|科长|局长))?(?:们)?(?:在吗|在不在|在么|在嘛|您好|你好|好|打扰(?:一下|了|您了|你了)?|请问一下?)$/u;

/** Words of a follow-up that only ask again for a figure or a rule: 标准多少, 有具体数吗. */
const SAME_AGAIN = /^(?:指定|统一|县里|标准|具体数|具体数字|数字|具体|数|多久|多长|怎么定|怎么规定|依据|根据)$/;

/** A follow-up that compares (一样吗, 有区别吗, 比…高还是低). */
const COMPARE_FOLLOW_UP = /一样|区别|不同|差别|比[^，,。？?]{1,8}(?:高|低|多|少|长|短)/;
/** Measures and scales, no subject of their own: 小时, 多少钱, 标准, 小学. */
const MEASURE = /^(?:小时|钟头|分钟|多少钱|钱|标准|小学|初中|高中|中学|学段|上限|下限|最多|最少)$/;

/** 「高几分？」「差多少」「还差几次」: a follow-up that asks only a gap. */
const GAP_FOLLOW_UP = /^(?:那|那么)?(?:不够的话|不够|如果不够|要是不够)?[，,]?(?:还)?(?:差|高|多|少|低|相差)(?:了)?(?:多少|几)(?:分|次|个|元|名|节|小时)?[？?]?$/;

/** 「还漏了哪些」「缺哪几个年级」: a follow-up that asks only what is missing. */
const MISSING_FOLLOW_UP = /^(?:那|那么)?(?:还)?(?:漏|缺|差|少|没(?:有)?(?:覆盖|测|做|开|配))(?:了|掉)?(?:哪些|哪几|哪|什么|啥)|^(?:那|那么)?还有(?:多少|几)个?\p{Script=Han}{0,3}没/u;

/** A greeting or a ping, with its question mark. */
export function isPing(piece: string): boolean {
  return PING.test(piece.trim().replace(/[？?！!。，,]+$/, ''));
}

/**
 * A follow-up (its last word: withTopics may have put topic words before it) that asks again: a
 * bare gap (高几分) after a part that gave figures, or nothing new (标准多少, 有具体数吗) after a part
 * the text is silent on.
 */
export function asksAgain(index: QaIndex, q: string, before: string | undefined): boolean {
  if (before === undefined) return false;
  const own = q.trim().split(/\s+/).at(-1) ?? '';
  if (GAP_FOLLOW_UP.test(own) && /\d/.test(before)) return true;
  // …what is missing, after a part that said what is not covered.
  if (MISSING_FOLLOW_UP.test(own) && /^不|没有覆盖|还差|还缺|还有\d+个\p{Script=Han}{0,3}没/u.test(before)) return true;
  if (!before.startsWith(QA_TEXT.silentLead)) return false;
  // 「…课时费按什么标准算？比语文数学高还是低？」「…一节是40分钟还是45分钟？小学和初中一样吗？」: a
  // comparison, or a measure of the same thing (一个小时够不够, 标准是多少钱), asks again of what the
  // text is silent on.
  if ([...own].length <= 12 && (COMPARE_FOLLOW_UP.test(own) || topicWords(index, own).every((w) => MEASURE.test(w)))) return true;
  return topicWords(index, own).every((w) => FRAME.test(w) || SAME_AGAIN.test(w));
}

/** A piece asking a verdict or a gap of the asker's case: 达标了吗, 还差几次, 够不够. */
const CASE_PIECE = /够|达标|合格|符合|差|行不行|行吗|可以吗|过关|算(?:不算|吗|了吗|完成|达标|落实)/;

/**
 * 「…这学期到现在开了1次…。这学期现在达标了吗？还差几次？」: questions none of which names a thing of
 * its own, each asking a verdict or a gap of the asker's case, ask one thing together (of the
 * situation told): one question. Any other set of questions as it is.
 */
export function askedTogether(index: QaIndex, questions: readonly string[]): string[] {
  // (Not 「第10条多少分？第11条呢？」: two clauses called by number are two questions.)
  const numbered = questions.filter((q) => /第\s*(?:[0-9]+|[一二三四五六七八九十]+)\s*条/.test(q)).length;
  // (「第11条呢」: what was asked of the clause before, asked of this one: 第11条多少分.)
  const NO = '第\\s*(?:[0-9]+|[一二三四五六七八九十]+)\\s*条';
  const again = (q: string, before: string | undefined) => {
    const asked = before !== undefined ? new RegExp(`${NO}(?:那一?条|这一?条)?(.+?)[？?]?\\s*$`).exec(before)?.[1] : undefined;
    const m = new RegExp(`^\\s*(${NO})\\s*呢[？?]?\\s*$`).exec(q);
    return m?.[1] && asked ? `${m[1]}${asked}` : q;
  };
  if (numbered >= 2) return questions.map((q, i) => again(q, questions[i - 1]));
  // (「第10条是多少分，第11条呢」: in one piece, split at the comma.)
  const pair = questions.length === 1 ? new RegExp(`^(.*?${NO}[^，,]*?)[，,]\\s*(${NO}\\s*呢[？?]?)\\s*$`).exec(questions[0] ?? '') : null;
  if (pair?.[1] && pair[2]) return [pair[1], again(pair[2], pair[1])];
  if (questions.length > 1 && questions.every((q) => topicWords(index, q).length === 0 && CASE_PIECE.test(q))) return [questions.join('，')];
  // 「考核是学期结束前几天来着？我记得是两周？」「哪些年级需要心理委员？从三年级对吗？」: a figure or a
  // rule asked, then what the asker believes or has of it, naming nothing new: one question, so the
  // belief is checked (不是，15天) and the case judged against the answer.
  const [first, second] = questions;
  // 「心理摸排与干预那一条满分多少，四项要求我们做到三项能得几分」: the score of some of its requirements, asked after an item's points: one question.
  if (questions.length === 2 && first !== undefined && second !== undefined && /满分|几分|多少分/.test(first) && topicWords(index, second).every((w) => /^(?:做到|完成|达到|落实|做了|满足|要求)$/.test(w)) && /(?:做到|完成|达到|落实|做了|满足)(?:了)?\s*(?:[0-9]|[一二两三四五六七八九十])\s*(?:项|条|个)[^，,。？?]*(?:几分|多少分|得多少|拿多少)/.test(second)) return [`${first.replace(/[？?]\s*$/, '')}，${second}`];
  // 「他来要做啥，文件有规定吗」: whether there is a rule, asked after a question of what it names: one question (有。 leads).
  // (Not after a yes or no of its own: 「教职工要不要培训…，文件有要求吗」 keeps its 要.)
  if (questions.length === 2 && first !== undefined && second !== undefined && topicWords(index, first).length > 0 && ASKS_WHAT.test(first) && !YES_NO.test(first) && RULE_ON_TOLD.test(second.replace(/[？?\s]+$/, ''))) return [`${first.replace(/[？?]\s*$/, '')}，${second}`];
  // 「…这学期只开了1次，要求是几次？还差几次？」: the gap of the asker's own figure, asked after the rule: one question.
  // (The gap's answer states the rule too, so the clause asking it goes: 「…只开了1次，还差几次？」.)
  const gapAsked = second?.trim().split(/\s+/).at(-1) ?? '';
  if (questions.length === 2 && first !== undefined && GAP_FOLLOW_UP.test(gapAsked) && /[0-9]/.test(first)) {
    const told = first.replace(/[，,][^，,。？?]*(?:几|多少)[^，,。？?]*[？?]?\s*$/, '');
    if (told !== first) return [`${told}，${gapAsked}`];
  }
  if (questions.length === 2 && first !== undefined && second !== undefined && ASKS_WHAT.test(first) && !ASKS_WHAT.test(second) && (FOLLOW_CHECK.test(second) || (OWN_SCHOOL.test(second) && OWN_FIGURE.test(second)))) {
    const known = new Set(topicWords(index, first));
    // (「测评每学年至少几次？从四年级开始对吧」: a grade believed checks a question of grades, not of a count.)
    if (/年级/.test(second) && !/年级/.test(first)) return [...questions];
    // (The figure, period or grade believed is no new thing: 两周, 三年级, 每学期, 平均.)
    if (topicWords(index, second).every((w) => known.has(w) || [...known].some((k) => k.includes(w)) || BELIEVED.test(w) || NOTHING_NEW.test(w))) return [`${first.replace(/[？?]\s*$/, '')}，${second}`];
  }
  return [...questions];
}

/** A yes or no asked: 要不要, 能不能, …吗. */
const YES_NO = /要不要|需不需要|能不能|可不可以|是不是|算不算|有没有|[吗么嘛]/;
/** A question for a figure, a time, a list or a way: 几, 多少, 哪些, 怎么算, 多久. */
const ASKS_WHAT = /几|多少|哪|什么|啥|怎么|怎样|如何|多久|多长/;
/** What the asker believes, put for checking: 我记得是…？, …对吗, 每学期？ */
const FOLLOW_CHECK = /对吗|对吧|对不对|对不|是吗|是吧|没错吧|记得|好像|平均|^[^，,。？?]{1,8}[？?]$|^\s*(?:那)?(?:就)?是(?!否|不是)[^，,。？?]{1,16}(?:吗|么|嘛)[？?]?$/;
/** A word that points back (这样) or a unit (小时): no new thing asked. */
const NOTHING_NEW = /^(?:这样|这个|那样|那个|这些|如此|小时|钟头|分钟|课时)$/;
/** Words of a belief about the answer: a figure, a period, a grade, an average. */
const BELIEVED = /[0-9一二两三四五六七八九十]|周|天|月|学期|学年|年级|平均|记得|好像/;

/**
 * 「专班会和全体教师会每学期各开几次」: two things asked with 各 are two questions, each with the
 * period and what is asked (专班会每学期开几次, 全体教师会每学期开几次). Both must name a thing of the
 * rubric, not the same one, and no clause may hold both (家长课堂和家长会: 第15条 answers them
 * together). Else the piece as it is.
 */
export function eachAsked(index: QaIndex, piece: string): string[] {
  // (「专班会议和全体教师会议 一学期各开几次」「家长会和专班会议分别几次」: voice input's space, or a comma; 分别 as 各;
  // 「…和全体教师的心理工作会议，一学期各开几次」: the second thing may be longer.)
  const m = /^(\p{Script=Han}{2,10}?)(?:和|与|跟|及|、)(\p{Script=Han}{2,12}?)[，,]?\s*((?:每(?:个)?|一)(?:学期|学年|周|月|年))?\s*(?:各(?:自)?|分别)(\p{Script=Han}.*)$/u.exec(piece.trim());
  // (「考核对辅导室的值班和开放有什么要求」: two things of one subject, the requirements of each asked.)
  const r = m ? null : RULES_OF_TWO.exec(piece.trim());
  if ((!m || !ASKS.test(m[4] ?? '')) && !r) return [piece];
  const [a, b, period = '', rest = '', of = ''] = m ? [m[1] ?? '', m[2] ?? '', m[3] ?? '', m[4] ?? ''] : [r?.[2] ?? '', r?.[3] ?? '', '', r?.[4] ?? '', r?.[1] ?? ''];
  const named = (x: string) => index.terms(x).filter((t) => index.known(t) && !index.generic.has(t) && !SETTING.map(index.concept).includes(t));
  const [na, nb] = [named(a), named(b)];
  if (na.length === 0 || nb.length === 0 || na.some((t) => nb.includes(t))) return [piece];
  // (「家长课堂和家长会每学期各几次」: one clause gives both, in one answer.)
  // (Of two requirements asked, the clause's own words: 第20条's evidence lists 值班记录, its text no 值班.)
  const holding = (terms: readonly string[]) => index.passages.filter((p) => terms.every((t) => (m ? index.docOf(p)?.tf.has(t) : p.sentences.some((x) => x.terms.has(t))) ?? false));
  const [pa, pb] = [holding(na), holding(nb)];
  if (pa.some((p) => pb.includes(p))) return [piece];
  return [`${of}${a}${period}${rest}`, `${of}${b}${period}${rest}`];
}

/** 「（考核对）辅导室的值班和开放有什么要求」: the subject (up to its 的), the two things, the requirements asked. (A subject of its own: 「老师和家长的日常沟通」 is one thing, 和 of people.) */
const RULES_OF_TWO = /^(\p{Script=Han}{1,12}的)((?:(?!的)\p{Script=Han}){2,8}?)(?:和|与|及|、)((?:(?!的)\p{Script=Han}){2,8}?)(有(?:什么|啥|哪些)(?:具体)?(?:要求|规定)|有(?:要求|规定)吗|(?:是)?(?:怎么|如何)(?:规定|要求)的?)\s*[？?]?$/u;
