/**
 * Whether an answer gives what the question asks for, in stage 6 of the Q&A pipeline (compose): a
 * number for 几次 / 多少 (of the thing counted, 几次家访 not 培训不少于2次), a time for 多久, a limit for
 * 几天内, a kind for 哪一种证 — and, when it does not, how the silence names what is missing
 * (unsaidOf). Pure.
 */
import type { Intent } from './synonyms.ts';
import type { QaIndex } from './index.ts';
import { extractNumbers } from '../text/numbers.ts';
import { ANSWERS } from './sentences.ts';
import { asks } from './normalize.ts';

/** Asking for a number (多少, 几次) or a time (多久, 啥时候) needs one in the answer, before the citation. */
export const NUMBER_ASKED = /多少|(?<![哪那这了]|好)几(?!年级)|多大/;
export const SPAN_ASKED = /多长|多久/;
/** 「多久内要上报」「几天内要研判」: a time limit for an act. */
const DEADLINE_ASKED = /(?:多久|多长时间|几天|几个小时|几小时)(?:之|以)?内?(?:要|必须|得|就得|需要|应当?)?(上报|报告|报送|反馈|处置|研判|通知|转介|完成|送医|介入|处理)/;
const SPAN = /\d|学年|学期|每[天周月年]/;
const LENGTH_ASKED = /多长时间|多长|(?:讲|开|上|做|谈|聊|持续|进行)多久/;
const HOW_OFTEN = /多久.{0,8}?一?[次回趟节]|多长时间.{0,8}?一?[次回趟节]/;
const LENGTH = /\d+(?:\.\d+)?\s*(?:分钟|小时|课时|节|天)|时长/;
/** Words that give a question's scale or period, not its subject (每周, 学期, 学生). */
export const SETTING_WORDS: readonly string[] = ['学生', '班级', '年度', '学期', '周', '每天'];

export const DATE_ASKED = /第几周|第几个?星期|几号|几月几[日号]|哪一天|哪天(?!考)|哪一日/;
/** 「一节心理课是多少分钟」: a figure asked in its unit, given only in that unit. */
const UNIT_ASKED = /(?:多少|几)(?:个)?(分钟|小时|课时|学时|天|元|户|家(?![长庭校人访])|人次)/;
const DATE_GIVEN = /第?\d+\s*(?:周|日|号|月|天)/;

/** A certificate's kind or level asked: 哪一种证, 什么级别的证, B证, 二级咨询师. */
export const KIND_ASKED = /(?:哪一?种|哪类|哪一类|什么级别的?|哪个级别的?|哪一?级的?|几级)(?:资格)?证|证书?(?:是|要)?(?:哪一?种|什么级别|哪个级别|几级)|(?<![A-Za-z])[A-Da-d]\s*证|[一二三]级(?:心理)?咨询师/;

/**
 * What no clause gives, asked in so many words, and how the silence names it: which tool is used
 * (「心理测评用什么问卷」: 规范量表选用 is no name of one), who pays (「心理老师参加培训的经费谁出」: 第21条
 * sets the school's own budget only), one teacher's duty (「兼职心理老师每周要在辅导室值几个小时班」: the
 * text sets the room's hours only).
 */
const NOT_GIVEN: readonly { asked: RegExp; unsaid: (m: RegExpExecArray) => string }[] = [
  { asked: /(?:用|选|选用|采用|使用)(?:的)?(?:什么|哪个|哪种|哪一种|哪家|啥)(?:样的)?(问卷|量表|软件|平台|系统|工具|教材|APP|app)/, unsaid: (m) => `具体用哪种${m[1]}` },
  { asked: /(?:经费|钱|费用|\p{Script=Han}{1,3}费)(?:该|应该)?(?:由)?(?:谁|哪里|哪儿|哪个部门|哪方)(?:来)?(?:出|付|掏|承担|报销|负担|买单)/u, unsaid: () => '费用由谁承担' },
  { asked: /值(?:几|多少)(?:个)?(?:小时|钟头|天|次)?(?:的)?班|值班(?:要)?(?:几|多少)(?:个)?(?:小时|钟头|天|次)/, unsaid: () => '每位老师值班的时长' },
  { asked: /哪(?:一)?(?:级|家|类)(?:的)?医院|什么(?:级别|等级)的?医院|几级医院/, unsaid: () => '医院的级别' },
];

/** How the silence names what no clause gives (NOT_GIVEN), or null when the question asks none of it. */
function notGiven(q: string): string | null {
  const hit = NOT_GIVEN.map((x) => ({ x, m: x.asked.exec(q) })).find((y) => y.m !== null);
  return hit?.m ? hit.x.unsaid(hit.m) : null;
}

/** What the text is silent on, of what the question names (`what`): its time, its figure, or a certificate's kind. */
export function unsaidOf(what: string, q: string, intents: readonly Intent[]): string {
  const never = notGiven(q);
  if (never) return never;
  const deadline = DEADLINE_ASKED.exec(q)?.[1];
  if (deadline) return `${deadline}的时限`;
  if (SPAN_ASKED.test(q) || DATE_ASKED.test(q) || intents.includes('when')) return `${what}的具体时间`;
  if (TEACHER_LOAD.test(q)) return '每位老师上课的节数（原文是按班级规定课时的）';
  return KIND_ASKED.test(q) ? '资格证书的具体种类和级别' : `${what}的具体数字`;
}

/** A count asked as a requirement: 要做几次, 至少多少个. */
const COUNT_REQUIRED = /(?:要|得|需要|该|应|必须|最少|至少|起码)[^，,。？?！!]{0,6}(?:几|多少)/;
/** Units and scales a count may name after 几个: 几个钟头, 几个小时, 几个班. */
const UNIT_WORD = /^(?:钟头|小时|课时|分钟|月|星期|礼拜|学期|学年|年级|班|班级|人|学生|老师|教师)$/;

/** What a count asks of, named after it: 几次家访, 多少个个案 (家访, 个案). */
// (Not 「有几个留守孩子，…」 nor 「交几个优秀案例算不算」: several, told.)
const COUNTED = /(?<!有|交|做了|开了|搞了)(?:几|多少)\s*(?:次|个|回|场|户|趟|份|篇)(?:的)?(\p{Script=Han}{2,6}?)(?:[呢啊？?。！!]|才算|合适|比较|最|$)/u;

/** A teacher's own load asked: 老师每周上几节, 教师课时量多少. */
const TEACHER_LOAD = /(?:老师|教师)(?:每周|一周|每学期|一学期|每天)?(?:最少|至少|最多|要|得)?(?:上|带|教)(?:几|多少)(?:节|课时)|(?:老师|教师)[^，,。？?]{0,6}(?:课时量|周课时)(?:是|要|有)?(?:多少|几)/;

/** Money asked for a person or a lesson: 补贴, 课时费, 多少钱. */
const MONEY_ASKED = /多少钱|几块钱|补贴|津贴|课时费|报酬|奖金|加班费|劳务费/;

/**
 * 「考核是到学校现场查看，还是只交电子材料」: the two things a 还是 question chooses between — the words
 * nearest 还是 on each side (not a period, a scale, a filler or a word many clauses share) — false
 * when the answer names neither. True when there is no such choice, or a side names nothing
 * (「两个学期的分是加起来还是平均」: 分 is no thing of its own).
 */
function eitherNamed(index: QaIndex, q: string, body: string): boolean {
  // (Only the clause that asks, the last: in 「就一个心理老师还是兼职的…这样行吗」 还是 chooses nothing.)
  const clauses = q.split(/[，,。？?！!；;]/).filter((c) => c.trim() !== '');
  const i = clauses.length - 1;
  const clause = clauses[i];
  if (clause === undefined || !/还是./.test(clause)) return true;
  const at = clause.indexOf('还是');
  // (「…现场查看，还是只交电子材料」: a choice begun after the comma chooses against the clause before.)
  const before = at === 0 ? (clauses[i - 1] ?? '') : clause.slice(0, at);
  const setting = new Set(SETTING_WORDS.map(index.concept));
  const words = (s: string) =>
    index.terms(s).filter((t) => !index.generic.has(t) && !setting.has(t) && !index.filler(t) && [...t.replace(/^=/, '')].length > 1);
  const [a, b] = [words(before.slice(-EITHER_SPAN)), words(clause.slice(at + 2, at + 2 + EITHER_SPAN))];
  if (a.length === 0 || b.length === 0) return true;
  const said = index.textTermSet(body);
  return [...a, ...b].some((t) => said.has(t) || body.includes(t.replace(/^=/, '')));
}
/** How far from 还是 a side of the choice is read (「现场查看」, 「只交电子材料」). */
const EITHER_SPAN = 6;

const PEOPLE_AT_EACH = /每(?:次|场|回)[^，,。？?]{0,8}(?:多少|几)(?:个|名|位)?(?:家长|学生|人|老师|教师)|(?:多少|几)(?:个|名|位)?(?:家长|学生|人|老师|教师)(?:到场|参加|参与|出席|来)/;
export function givesWhatIsAsked(index: QaIndex, q: string, intents: readonly Intent[], text: string): boolean {
  const body = text.split('——')[0] ?? '';
  // 「一到六年级各2个班，每班40人，心理测评要测多少学生」: the count worked out from the asker's own figures.
  if (/^[0-9]+人。原文要求/.test(body)) return true;
  // 「那一条满分是几分」「这一项占几分」: points asked for are given by a score in 分.
  if (intents.includes('points') && !SPAN_ASKED.test(q) && /\d+(?:\.\d+)?分/.test(body)) return true;
  // 「光给老师发几篇优秀案例学习，这样行吗」「交几篇优秀案例可以代替上公开课吗」: a 几 told before a yes-or-no clause, or before the leave it asks, is 「several」.
  const lastClause = q.split(/[，,。；;！!\s]/).filter((c) => c.trim()).at(-1) ?? q;
  const severalOnly = /(?:吗|么|嘛|行不行|可不可以|能不能)[？?]?$/.test(q.trim()) && (!NUMBER_ASKED.test(lastClause) || /^[^多]*?几[^，,。？?多少几]{1,12}?(?:可以|能|算|行)[^多少几]*$/.test(lastClause));
  if (NUMBER_ASKED.test(q) && !intents.includes('list') && !severalOnly) {
    // The number must stand with what was asked about: not 知晓率100% for 「教育局电话多少」.
    // List labels (「8. 经费投入」) are not numbers; single characters (前, 天) name nothing.
    // A period or a scale (每周, 学生) is no subject: 「成长导师每周要找学生谈几次话」 is not answered
    // by 每班不少于2名 for 学生.
    const setting = new Set(SETTING_WORDS.map(index.concept));
    const asked = new Set(index.terms(q).filter((t) => !index.generic.has(t) && !setting.has(t) && [...t].length > 1));
    const clauses = body
      .split(/[，,；;。：:\n]/)
      .map((c) => c.replace(/^\s*\d+\.\s*/, ''))
      .filter((c) => extractNumbers(c).some((n) => !n.ordinal));
    // A number of the kind asked for (几次 → 一次) stands with the question whatever its words.
    const ofKind = (c: string) => intents.some((i) => ANSWERS[i]?.test(c) && i !== 'when');
    if (!clauses.some((c) => asked.size === 0 || ofKind(c) || index.textTerms(c).some((t) => asked.has(t)))) return false;
    // 「家访每学期至少要做几次」: a number of its kind (2次 of 家长课堂) in a clause that never names what is asked is not its number.
    const named = index.textTermSet(body);
    if (asked.size > 0 && [...asked].every((t) => t.startsWith('=') && !named.has(t))) return false;
    // 「班主任一学期要做几次家访」「心理老师一学期要做多少个个案」: what is counted, named after 几次 / 多少个,
    // must stand in a clause that gives a number (培训不少于2次 counts no 家访).
    // (A word of the rubric's own, no unit: not 几个钟头, 几次才够数; checked in each sentence that gives a number.)
    // (Only a count the asker asks is required: 「测评筛出来几个有自伤风险的」 tells several.)
    const counted = index.terms(COUNT_REQUIRED.test(q) ? (COUNTED.exec(q)?.[1] ?? '') : '').filter((t) => index.known(t) && !index.generic.has(t) && !setting.has(t) && [...t.replace(/^=/, '')].length > 1 && !index.filler(t) && !UNIT_WORD.test(t.replace(/^=/, '')));
    const numbered = body.split(/[；;。\n]/).filter((c) => extractNumbers(c).some((n) => !n.ordinal));
    if (counted.length > 0 && !numbered.some((c) => index.textTerms(c).some((t) => counted.includes(t)) || counted.some((t) => c.includes(t.replace(/^=/, ''))))) return false;
    // 「谈几次话」 asks how often: 每人1名 is a number of another kind, not the answer.
    if (intents.includes('frequency') && !intents.includes('count') && !clauses.some(ofKind)) return false;
    // 「家长课堂每次要求多少家长到场」: people counted at each time, where the clause counts only times (2次).
    if (PEOPLE_AT_EACH.test(q) && !clauses.some((c) => /[0-9一二两三四五六七八九十]\s*(?:名|人|位)/.test(c))) return false;
  }
  if (SPAN_ASKED.test(q) && !SPAN.test(body)) return false;
  // 「学生心理危机要多久上报」: a time limit for an act is given only as one (…小时内, …日内): 每学年 is no limit.
  if (DEADLINE_ASKED.test(q) && !/(?:小时|天|日)(?:之|以)?内/.test(body)) return false;
  // 「兼职心理老师上一节心理课补贴多少钱」: money asked is given by an amount in 元, or not at all.
  // 「心理老师要考B证还是C证」「资格证书具体是哪一种证」: the kind or level of a certificate, which the
  // text never names (相关资格证书).
  if (KIND_ASKED.test(q) || notGiven(q) !== null) return false;
  // 「兼职心理老师每周最少上几节心理课」: a teacher's own lessons, where the text counts them per class.
  if (TEACHER_LOAD.test(q) && !/每(?:名|位|个)?(?:专职|兼职)?(?:教师|老师)/.test(body)) return false;
  // (Only in a clause that asks: 「班主任有津贴她也没有。…算不算工作量」 tells of money, asks of none.)
  const moneyAsked = q.split(/[，,。？?！!；;]/).some((c) => MONEY_ASKED.test(c) && asks(index, c));
  if (moneyAsked && !/[0-9]\s*(?:元|块)/.test(body)) return false;
  // 「心理老师要考什么证，二级咨询师还是心理教师资格证」: a choice between things the answer names neither of.
  if (!eitherNamed(index, q, body)) return false;
  const unit = UNIT_ASKED.exec(q)?.[1];
  if (unit && !new RegExp(`[0-9]\\s*${unit}`).test(body)) return false;
  // 「班主任每学期要家访几次」: how often a thing is done, given only where the answer names the thing.
  // (「班主任家访一学期要做几次」: the period and the doing between the thing and 几次 are neither.)
  const thing = /(\p{Script=Han}{2,4}?)(?:[一每]个?(?:学期|学年|年|月|周|星期))?(?:至少|最少|起码)?(?:要|得|需要)?(?:做|开|搞|办|开展|进行|组织)?(?:几|多少)(?:次|回|场)/u.exec(q)?.[1];
  const things = thing ? index.surfaces(thing).filter((x) => !index.generic.has(x.term)).map((x) => x.term) : [];
  if (things.length > 0 && !things.some((t) => index.textTerms(body).includes(t))) return false;
  // 「成长导师多久要跟学生谈一次话」 asks how often: a rate (每学期不少于2次, 每两周1课时) answers it, 每人1名 does not.
  if (HOW_OFTEN.test(q) && !/每.{0,6}?(?:\d+|[一二两三四五六七八九十])\s*(?:次|回|节|课时)|\d+\s*次|每(?:天|日|周|两周|月|学期|学年|年)/.test(body)) return false;
  // 「每次讲座至少要讲多长时间」 asks how long one takes, not how often: a length in the answer, or silence.
  if (LENGTH_ASKED.test(q) && !HOW_OFTEN.test(q) && !LENGTH.test(body)) return false;
  // 「开学第几周之前做完」「几号」 asks a date or a week by number: 开学 alone does not give it.
  if (DATE_ASKED.test(q) && !DATE_GIVEN.test(body)) return false;
  return !intents.includes('when') || (ANSWERS.when?.test(body) ?? true);
}
