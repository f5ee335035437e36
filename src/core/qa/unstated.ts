/**
 * What a yes-or-no question asks of something the clause never states or names, in stage 6 of the
 * Q&A pipeline (compose): a must asked of a thing it never states (复学需要医院开证明吗) or of people it
 * never names (心理健康安全员需要考什么证书吗) is its silence, not 需要; whether a thing it states is
 * assessed (这一块属于考核内容吗, 考核会看这个吗) is answered with the asker's verb. Pure.
 */
import type { Passage, QaIndex } from './index.ts';
import { LIGHT_VERB, yesNoPart } from './echo.ts';
import { contentTerms, statedIn } from './permission.ts';
import { foreignPair, silentWord } from './silence.ts';
import { MORE_NEEDED } from './rates.ts';
import { saidAs } from './retrieve.ts';

/**
 * 「复学需要医院开证明吗」「复学需要家长签字吗」: a must asked of something the clause never states
 * (证明, 签字), beside what it does (复学): the clause requires its own words, not the asker's. The
 * words asked (医院开证明), or undefined.
 */
export function unstatedMust(index: QaIndex, p: Passage, question: string): string | undefined {
  const part = yesNoPart(question);
  // (「复学要不要医院开的证明」: 要不要 before it asks the same.)
  const must = (/(?:要不要|需不需要|用不用)([^，,。？?！!]{2,12}?)[？?]?$/.exec(part) ?? /(?:需要|要|必须|得)([^，,。？?！!]{2,12}?)(?:吗|么|嘛|不)[？?]?$/.exec(part))?.[1];
  if (!must) return undefined;
  // The thing asked for is its last word (证明 of 医院开证明; 频次 of 写明导师见学生的频次, which the clause says).
  const last = index.terms(must).filter((t) => !index.generic.has(t) && [...t.replace(/^=/, '')].length > 1).at(-1);
  // (Nor a measure, 一套, nor a verb of doing, 准备: 「要不要每个年级都准备 complete 的一套」 asks what the clause says.)
  // (A word of a synonym group, 公开 of =公布, is unstated when no word of its group stands in the clause: 「测评结果要公开吗」.)
  // (Only a group specific enough to name a thing: =学生 of 让每个学生都知道 names none.)
  const tail = must.replace(/[的了呢啊]+$/, '').slice(-2);
  // (「辅导室要不要放绿植」: a thing the segmenter leaves in single characters, none of them the rubric's, is unstated too.)
  if (!last && foreignPair(index, tail)) return must;
  if (last?.startsWith('=')) return index.idf(last) >= 1.5 && !index.textTerms(p.text).includes(last) && !p.text.includes(tail) ? must : undefined;
  if (!last || LIGHT_VERB.test(last) || !silentWord(last) || /^[一二两三四五六七八九十几每各整]/.test(last) || /^(?:准备|做|搞|弄|安排|提供|整理|完成)$/.test(last)) return undefined;
  return !p.text.includes(last) && !p.text.includes(tail) && !index.textTerms(p.text).includes(last) && !saidAs(p.text, last) ? must : undefined;
}

/** 「这一块属于考核内容吗」「算不算考核的内容」「考核会看这个吗」: whether it is assessed. */
const ASSESSED = /(属于|算|是|在)(?:不(?:属于|算|是|在))?[^，,。？?！!]{0,3}考核(?:的)?(?:内容|范围|项目|指标|要求)[^，,。？?！!]{0,3}(?:吗|么|嘛|不)?[？?]?$|考核(?:会|要)?(看|查|考|管)(?:不(?:看|查|考|管))?(?:这个|这块|这些|这一块)?(?:吗|么)?[？?]?$/;

/**
 * The verb that says an item's subject is assessed (属于, 算, 是, 在; 会 for 看, 查), when the
 * question asks it of what the clause states: a rare word it names (考核激励, 追责问责) stands in it.
 * Null otherwise (「心理剧比赛算不算考核内容」 names what no sentence of the clause states).
 */
export function assessedWord(index: QaIndex, p: Passage, question: string): string | null {
  const m = ASSESSED.exec(yesNoPart(question)) ?? ASSESSED.exec(question);
  // (「…这些机制属于哪一项考核内容」 asks which, not whether.)
  if (!m || /属于哪|归哪|算哪/.test(question)) return null;
  const named = contentTerms(index, question.slice(0, Math.max(0, question.lastIndexOf(m[0])))).filter((t) => index.known(t) && index.idf(t) >= 2 && !/^=?(?:考核|内容|制度|材料|范围)$/.test(t));
  // (A word the rubric never uses in the clause that asks, 心理剧 of 心理剧比赛, names another thing.)
  const asking = question.split(/[，,。；;！!\s]+/).filter((c) => c.length > 0).find((c) => ASSESSED.test(c)) ?? '';
  const stranger = index.terms(asking).some((t) => !index.known(t) && !index.filler(t) && [...t].length > 1 && silentWord(t));
  if (stranger || statedIn(index, p.text, named).length === 0) return null;
  return m[1] ?? (m[2] ? '会' : null);
}

/** The people the rubric asks things of, as askers name them. */
const ROLE = /(?:心理健康安全员|安全员|心理委员|成长导师|导师|班主任|责任督学|督学|宿管|保安|家长|校长|任课教师|科任教师|学科教师|心理老师|心理教师|专职|兼职)(?!群|会|课堂|学校)/g;

/**
 * 「心理健康安全员需要考什么证书吗」: a must asked of someone the clause never names (安全员, where 第10条
 * speaks of 心理健康教育教师): the clause requires it of its own people, not of the asker's. What is
 * asked, with who, or undefined.
 */
export function absentRole(p: Passage, question: string): string | undefined {
  const part = yesNoPart(question);
  // (Who it is asked of stands before the must: 「家长群里有人问是不是必须老师陪孩子聊」 asks nothing of 家长.)
  const modal = /需要|要|必须|得/.exec(part);
  const roles = [...new Set(part.slice(0, modal?.index ?? 0).match(ROLE) ?? [])];
  if (roles.length === 0 || roles.some((r) => p.text.includes(r) || (r === '心理老师' || r === '心理教师' ? p.text.includes('心理健康教育教师') : false))) return undefined;
  const must = /(?:需要|要|必须|得)([^，,。？?！!]{2,12}?)(?:吗|么|嘛|不)[？?]?$/.exec(part)?.[1] ?? '';
  return `${roles[0]}${must}`;
}

/**
 * 「心理测评要做吗」「没测的那几个班还要补吗」: a must asked (not 再, not leave, not negated) of a clause
 * whose requirements are all to be done → 需要, where the requirements tie.
 */
export function mustOfClause(p: Passage, question: string): boolean {
  const part = yesNoPart(question);
  return !MORE_NEEDED.test(question) && !/再/.test(part) && /(?:要|需要|必须|得)[^，,。？?]{0,8}(?:吗|么)[？?]?\s*$/.test(part) && !/(?:不|没|别)(?:要|需|必须|得|用)|能|可以|行/.test(part) && p.requirements.length > 0 && p.requirements.every((x) => x.requirement.op === 'yes');
}

/** 「家长课堂和家长会是不是一个东西」「是一回事吗」: whether two things the clause names apart are one (they are not). */
export const SAME_ASKED = /(?:是不是|是|算不算)(?:同一(?:个|回|件)?(?:东西|事)?|一(?:个|回|码)(?:东西|事)|一样的?(?:东西|事)?)(?:吗|么|啊|呀)?/;
