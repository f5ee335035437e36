/**
 * The asker's situation around the question, for answer.ts: what is told before a verdict asked of
 * it (「…主题班会只开了一次。这个第12条会不会扣分？」), the last clause of a long question that the
 * situation drew away, what 除了 sets aside, a question that points back (这样, 这一项), and a student
 * described at risk, answered only by a clause on crisis. Pure.
 */
import type { Passage, QaIndex } from './index.ts';
import { asks, topicWords } from './normalize.ts';
import { headings, type Part } from './parts.ts';
import { counsellingHours } from '../rubric/calculators.ts';
import { weeklyHours } from './hours.ts';
import { listsStages, stagesIn } from './grades.ts';
import { FRAME } from './silence.ts';
import { QA_TEXT } from '../text/qa-replies.ts';

/** Words by which a question points at what was said just before it. */
// (「…家长会都是讲成绩和安全。这次要不要把心理健康放进去讲」: 放进去 puts it into what was told before.)
export const POINTS_BACK = /这样|这么|这种|那样|如此|对这个|对此|这事|这件事|这情况|(?:这些|那些)(?:活动|课|会议?|做法|形式|东西|材料|记录|安排)?(?=都|也|能|可以|可不可以|算|要|行|是|够|有|呢|吗|怎么|合不合)|这几(?:个|种|项|样|件)|这(?:个|项)(?:活动|制度|工作)(?=是|都|也|能|可以|要|算|怎么|有)|这个(?:名次|排名|成绩|分数|得分)|这(?:个|些)?[0-9一二两三四五六七八九十]+分(?![钟之])|(?<![^，,。；;！!？?\s])这一?(?:块|部分|方面)(?=属于|算|是|在|归)|这(?:名次|排名)|(?:放|加|写|塞|纳|融|搬)进去|(?:放|加|写)到里面/;
/**
 * 「…我打算把心理课并到班会课里一起上。到时候考核会不会有问题？」: a verdict asked of nothing the rubric
 * names but the assessment itself asks about the plan told before it.
 */
export function judgesTold(index: QaIndex, q: string): boolean {
  return JUDGED_PLAN.test(q) && index.terms(q).every((t) => !index.known(t) || index.generic.has(t) || VAGUE.test(t));
}
/** Words that name no thing of the rubric in a verdict asked (有问题, 有影响). */
const VAGUE = /^(?:问题|影响|情况|事情?|结果)$/;
const JUDGED_PLAN = /有(?:没有)?(?:什么)?问题|没问题|会不会|扣分|影响|行不行|行吗|可以吗|可不可以|能过|过得了|合格|达标|符合|合规/;

/** 「这一项满分多少」: an item pointed at, when the question names none of its own. */
export const ITEM_BACK = /这一?项|这一?条|这一?块/;

/**
 * 「县里来检查的话，没有辅导室这一项会扣几分」 answered 「原文没有直接规定辅导室的具体数字」 from 四、考核
 * 组织实施: silent on a word the last clause asks about, so that clause alone is the better reading.
 */
function silentOn(text: string, tail: string): boolean {
  // Leave the clause does not settle (原文没有直接规定能否…) is an answer, not a misreading.
  if (!text.startsWith(QA_TEXT.silentLead) || text.startsWith(`${QA_TEXT.silentLead}能否`)) return false;
  const word = (text.slice(QA_TEXT.silentLead.length).split(/[。；，]/)[0] ?? '').replace(/的具体(?:数字|时间)$/, '').replace(/^能否/, '');
  return word.length >= 2 && tail.includes(word);
}

/**
 * 「除了工作方案和应急预案，别的…规章制度还有要求没」: what 除了 sets aside is not what is asked, so its
 * clause goes; the rest must still ask something.
 */
export function besides(q: string): string {
  // (「方案预案之外，别的心理规章制度还要弄吗」: 之外 / 以外 set aside without 除了.)
  // (「家校合作这块 除了家长会还要做啥」: set aside before 还 / 另外 / 其他 with no comma too, after the
  // thing it is part of — not 「…，除了一票否决还有啥处理」, where what is set aside is the subject.)
  const rest = q.replace(/除了[^，,。？?！!]{2,20}?(?:之外|以外|外)?[，,]\s*|^[^，,。？?！!]{2,16}?(?:之外|以外)[，,]\s*|(?<=[^，,。？?！!\s]\s?)除了[^，,。？?！!\s还]{2,10}?(?:之外|以外|外)?(?=还|另外|其他|别的)/, '');
  return rest !== q && rest.length >= 6 ? rest : q;
}

/** A section that rules nothing of its own: a summary of numbered parts, or principles with no figure. */
const general = (p: Passage | undefined) => p !== undefined && p.kind === 'section' && (headings(p) !== null || !/\d/.test(p.text));

/** A student described at risk: 学生有自杀倾向, 有轻生念头的孩子, 有自伤史的学生. */
const AT_RISK = /(?:学生|孩子|同学|小孩)[^，,。？?]{0,4}有(?:自杀|轻生|自伤|自残)|有(?:自杀|轻生|自伤|自残)(?:倾向|念头|想法|行为|史)[^，,。？?]{0,8}的(?:学生|孩子|同学)/;
/** What a clause must speak of to answer for such a student: crisis, referral or a death. */
const CRISIS_CONCEPTS = ['=危机干预', '=转介', '=一票否决'];

/** A figure the asker gives: 1次, 两节, 3个小时, 15000元, 2名 (not 第12条). */
const FIGURE = /(?<![第0-9.]|[少多再补][开上搞做办来听]?)(?:[0-9]+(?:\.[0-9]+)?|[一二两三四五六七八九十半]+)\s*(?:次|回|场|节|课时|个?小时|个?钟头|分钟|元|块|万|名|位|人|个(?![小钟月学班年周星礼天])|分(?!钟))/;
/** Something told done or not done: 教案都有, 预案还没写. */
/** 「只有一到三年级」「一至六年级」: the grades a school has. */
/** The asker's own school: 我们是职业学校, 我校是初中. */
const OWN_SCHOOL = /^(?:我们|我校|本校|咱们?)(?:学校|这里|这儿)?(?:是|属于)/;
const GRADES_TOLD = /只有[^，,。]{0,6}年级|[一二三四五六1-6]\s*(?:到|至|-|~|—)\s*[一二三四五六1-6]\s*年级/;
const TOLD_DONE = /齐|都有|有了|做了|测了|测过|覆盖了|建了|写了|制定了|建立了|完成|到位|没有?|未/;
/** A clause that goes on from the one before it. */
const CONTINUES = /^(?:但是?|可是|不过|也|还|就是|只是|而且|并且|却)/;
/** A verdict on the asker's own case: 够不够, 达标吗, 会不会扣分, 能得几分. */
const VERDICT_ASKED = /够|差几|差多少|还差|再(?:开|上|搞|做|办|组织|测|听)几|达标|合格|符合|扣|几分|多少分|满分|行不行|算不算|行吗|可以吗|算完成|完成了吗|过关|合规|没问题吧|能过吗|过得去|算[^，,。？?！!]{0,8}(?:吗|么|没|不)[？?]?\s*$/;

/**
 * 「财务问我…有没有硬性标准，我也说不清，按办法生均经费最低多少？」: in a long question, the clause
 * that asks last, with a subject of its own, to answer when the whole (`first`) is declined, lands
 * on a general section, or is silent on a word that clause asks about — the situation told before
 * it drew the whole away. Null otherwise.
 */
export function lastClause(index: QaIndex, lone: string, first: { inScope: boolean; text: string; passages: Passage[] } | undefined): string | null {
  if (lone.length < 12 || !first) return null;
  const clauses = lone.split(/[，,]/).map((c) => c.trim());
  const last = clauses.at(-1) ?? '';
  // 「…我们想加心理课，原文最低要求是多少」: a last clause that names nothing asks of the one before it.
  const tail = topicWords(index, last).every((w) => FRAME.test(w)) && clauses.length >= 3 ? clauses.slice(-2).join('，') : last;
  if (tail.length < 4 || tail.length >= lone.length || POINTS_BACK.test(tail) || !asks(index, tail) || topicWords(index, tail).length === 0) return null;
  // A section the whole landed on answers the last clause only when it says what that clause asks
  // about (「…校长会被问责吗」: 问责 in 五、考核结果运用); else the situation drew the whole there.
  const section = first.passages[0]?.kind === 'section' ? first.passages[0] : undefined;
  const sectionMisses = section !== undefined && (general(section) || !topicWords(index, tail).every((w) => section.text.includes(w)));
  return !first.inScope || sectionMisses || silentOn(first.text, tail) ? tail : null;
}

/**
 * 「这学期心理课每两周一节…主题班会只开了一次。校长问这个第12条会不会扣分？」: a verdict asked with
 * no figure of its own (`lone`) is judged on what the message tells before it of the clause it
 * lands on (`p`): a figure (开了1次) or done / not done (教案都有). Of those, what is told of the thing
 * the question names (「全体教师会议那一项够不够」: not 专班会议开了3次). Empty when none.
 */
export function toldBefore(index: QaIndex, question: string, lone: string, p: Passage): string[] {
  // 「我们是一所只有一到三年级的小学分校…像我们这种学校要配心理委员吗」: the grades the school has, told
  // before a yes-or-no question of a clause that begins at a grade, settle it.
  const grades = /(?:自)?小学[一二三四五六1-6]年级(?:起|以上)/.test(p.text) && /(?:吗|么|嘛)[？?]?$|要不要|需不需要|用不用/.test(lone) && !/怎么|什么|多少|几/.test(lone) && !VERDICT_ASKED.test(lone) && !/年级/.test(lone) ? question.split(/[，,。；;！!？?\n]/).filter((c) => GRADES_TOLD.test(c) && !lone.includes(c)) : [];
  if (grades.length > 0) return grades;
  // 「我们是职业学校…招生办的说职校不在这个比例要求里头。真的不用按比例配吗」: the school's own stage
  // (我们是…), told before a yes-or-no question with none of its own, of a clause that lists stages
  // side by side. (Not what others claim of it: 职校不在…里头 is what is asked about.)
  const stages = listsStages(p.text) && /(?:吗|么|嘛)[？?]?$|要不要|需不需要|用不用/.test(lone) && !/怎么|什么|多少|几/.test(lone) && stagesIn(lone).length === 0
    ? question.split(/[，,。；;！!？?\n]/).filter((c) => stagesIn(c).length > 0 && OWN_SCHOOL.test(c) && !lone.includes(c))
    : [];
  if (new Set(stages.flatMap(stagesIn)).size === 1) return stages;
  // (A total asked, 「一共要结对几个孩子」, adds up what was told as a verdict weighs it.)
  if (FIGURE.test(lone) || !(VERDICT_ASKED.test(lone) || TOTAL_ASKED.test(lone))) return [];
  const doc = index.docOf(p);
  const own = (t: string) => !index.generic.has(t) && [...t].length > 1 && (doc?.tf.has(t) ?? false);
  // (Names anything of the rubric at all: 行政例会 beside 全体教师会议 is a thing of its own.)
  // (每班, 本学期 set a scale, they name nothing: 「…开的主题班会，每班都只开了1次」 is told of 主题班会.)
  const scale = new Set(['班级', '学期', '周', '学生', '每天', '年度'].map(index.concept));
  const names = (t: string) => index.known(t) && !index.generic.has(t) && !scale.has(t) && [...t.replace(/^=/, '')].length > 1;
  // 「辅导室只有周二周四中午开，一次一个半钟头」: a figure with nothing named beside it is told of what
  // the clause before it in the sentence names, and carries it.
  const sentences = question.split(/[。；;！!？?\n]/).map((x) => x.split(/[，,]/).map((c) => c.trim()));
  const about = sentences
    .flatMap((cs) => cs.map((c, i) => (i > 0 && !index.terms(c).some(names) && index.terms(cs[i - 1] ?? '').some(own) ? `${cs[i - 1]}，${c}` : c)))
    .filter((c) => c && !lone.includes(c) && (FIGURE.test(c) || TOLD_DONE.test(c)))
    .filter((c) => index.terms(c).some(own))
    // (「上学期考了82分，这学期自评大概88」: a clause carried into the next is told once, inside it.)
    .filter((c, i, all) => !all.some((o, j) => j !== i && o.length > c.length && o.includes(c)));
  const named = index.terms(lone).filter((t) => own(t) && !scale.has(t));
  // 「责任督学…参加了2次心理活动，但一节心理课都没听」: a clause that goes on from one told of the thing
  // named (但, 也, 可是…) is told of it too.
  const clauses = question.split(/[，,。；;！!？?\n]/).map((c) => c.trim());
  const ofThing = (c: string) => index.terms(c).some((t) => named.includes(t));
  const goesOn = (c: string) => {
    const i = clauses.indexOf(c.trim());
    return i > 0 && CONTINUES.test(c.trim()) && ofThing(clauses[i - 1] ?? '');
  };
  // 「这学期我们的责任督学来过两次，…，心理健康的活动和心理课都没参加」: the rest of a sentence told of the
  // thing named is told of it too — not a figure of another thing (专班会议开了3次).
  const sentenceOf = (c: string) => sentences.findIndex((cs) => cs.some((x) => x === c || c.endsWith(`，${x}`)));
  const namedIn = new Set(about.filter(ofThing).map(sentenceOf));
  const ofNamed = about.filter((c) => ofThing(c) || goesOn(c) || (namedIn.has(sentenceOf(c)) && !FIGURE.test(c)));
  const result = ofNamed.length > 0 ? ofNamed : about;
  // 「这学期一共18周…每个班心理课一共上了6节。课时够要求吗」: a total needs the weeks it was told over.
  const weeks = clauses.find((c) => SPAN_WEEKS.test(c) && !lone.includes(c));
  return weeks && result.some((c) => TOTAL.test(c) && !SPAN_WEEKS.test(c)) && !result.some((c) => SPAN_WEEKS.test(c)) ? [weeks, ...result] : result;
}

/**
 * 「这学期心理课每两周一节…主题班会只开了一次。校长问这个第12条会不会扣分？」: `part`, the answer to
 * `q`, again with what `question` tells before it of the clause it lands on (toldBefore) — or, for
 * the opening hours, everything told before it (「辅导室每天下午4点半到5点半开…另外周三中午再开1小时。
 * 一周加起来够不够要求？」) — when that answer stays on the same clause. `answer` answers a text.
 */
export function withTold(index: QaIndex, question: string, q: string, part: Part, answer: (text: string) => Part): Part {
  const p = part.inScope ? part.passages[0] : undefined;
  // (A question that is the whole message has nothing told before it.)
  if (!p || question.trim() === q.trim()) return part;
  const at = question.lastIndexOf(q);
  const hours = p.id === counsellingHours().clause && weeklyHours(q) === null && weeklyHours(question) !== null && at > 0;
  const told = hours ? [question.slice(0, at)] : toldBefore(index, question, q, p);
  if (told.length === 0) return part;
  const carried = answer(`${told.join('，')}，${q}`);
  // (「咱们镇上有三个村小，学生都不到一百人。村小也算考核对象吗」: what was told must not take away the
  // verdict the question alone gets — 算 — when it settles none of its own.)
  if (VERDICT_LEAD.test(part.text) && !VERDICT_LEAD.test(carried.text)) return part;
  // (…nor add one that was not asked: 「一共要配多少个」 after 「一个都还没设」 is a count, not 不够.)
  if (!VERDICT_ASKED.test(q) && VERDICT_LEAD.test(carried.text) && !VERDICT_LEAD.test(part.text)) return part;
  return carried.inScope && carried.passages[0] === p ? carried : part;
}

/** A reply that leads with its verdict: 算。, 不可以，, 需要。 */
const VERDICT_LEAD = /^(?:不|没有?)?(?:算|是|要|需要|可以|能|行|会|够|达标|合格|符合|包括|在|有|对|应该?|属于)[。，]/;

/** 「一共要结对几个孩子」: a total asked. */
const TOTAL_ASKED = /(?:一共|总共|合计|加起来)[^，,。？?]{0,8}(?:几|多少)/;
/** A total told (一共上了6节), and a stretch of weeks (18周, 20个教学周). */
const TOTAL = /一共|总共|累计|合计|总计/;
const SPAN_WEEKS = /(?:[0-9]+|[一二两三四五六七八九十]+)\s*(?:个)?(?:教学)?周(?![一二三四五六日])/;

/**
 * 「学生有自杀倾向怎么跟家长沟通」: a student described at risk, and a clause that speaks of neither
 * crisis, referral nor a death (倾听一刻钟 shares only 家长, 沟通): not the clause to answer from.
 */
export function offCrisis(index: QaIndex, q: string, p: Passage): boolean {
  if (!AT_RISK.test(q)) return false;
  const doc = index.docOf(p);
  return doc !== undefined && !CRISIS_CONCEPTS.some((t) => doc.tf.has(t));
}

/**
 * 「上学年9月做过一次…这学年…做了0次，这学年算达标吗」: the verdict asked of one period (这学年) is
 * judged on the figure told of that period, not the one told of another. Null unless figures of
 * two or more clauses are told and exactly one of them names the period asked.
 */
export function periodAsked(question: string): string | null {
  const clauses = question.split(/[，,。；;！!？?]/).map((c) => c.trim()).filter((c) => c.length > 0);
  const last = clauses.at(-1) ?? '';
  const period = /(?:这|本|今|上|下)(?:个)?(?:学年|学期|年|周|月)/.exec(last)?.[0];
  if (!period) return null;
  const figured = clauses.slice(0, -1).filter((c) => /[0-9零一二两三四五六七八九十]\s*(?:次|回|场|节|课时|小时)/.test(c));
  const told = figured.filter((c) => c.includes(period));
  return figured.length >= 2 && told.length === 1 ? `${told[0]}，${last}` : null;
}
