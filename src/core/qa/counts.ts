/**
 * 「…能算主题活动吗」「算不算家长课堂」「能不能算进每学期那2次主题班团队会」: whether something the
 * asker did counts as what a requirement names, in stage 5 of the Q&A pipeline (apply). The
 * requirement asked about is the one the question names after 算 (its target), so that clause is
 * cited; the verdict 算 comes from the clause's words, never guessed:
 *
 * - the thing is that requirement by the synonym table (家长讲座 is 家长课堂);
 * - the clause names both the target and the thing (讲座 in 知识普及课或讲座);
 * - the clause names the target with an open list of forms (通过…等校园媒介，开展形式多样的…活动):
 *   no form is excluded.
 *
 * Otherwise null: the clause does not settle it. Pure.
 */
import type { Hit, QaIndex } from './index.ts';

/** A question whether something counts as what a requirement names. */
// (「这样算达标吗」「算做到了吗」 ask whether it passes, not what it counts as.)
export const COUNTS_AS = /(?:能算|可以算|算不算(?![^，,。？?！!]{0,2}(?:违规|违反|不合规))|算吗|算是|算作|算进|算入|能不能算|可不可以算|(?<![怎咋么何])算[^，,。？?！!]{2,12}(?:吗|么|嘛))(?<!算(?:是)?(?:达标|合格|够|完成|落实|过关|符合|做到|到位|达到|配齐|配足|配够|齐了|齐全|全面|实行|实施|执行|覆盖|全覆盖|违规|违反|不合规)[^，,。？?！!]*)/;

/** 「能算进家长课堂吗」: the words after 算, up to the question's end. */
const TARGET = /(?:(?:能不能|可不可以|能|可以)算|算不算|算(?=进|入)|(?<![怎咋么何])算(?=[^，,。？?！!]{2,}(?:吗|么|嘛)[？?]?$))(?:是|作|进|入|到|在)?([^，,。？?！!]{2,}?)(?:的次数|的|里|中|里面)?(?:吗|么|嘛|不)?[？?]?$/;

/** A clause that leaves the forms open: 等, 形式多样, 多渠道, 多形式. */
const OPEN_LIST = /等[^，。；]{0,8}[，、]|形式多样|多渠道|多形式|多种形式/;

/** The weight of a target word in a clause's title (as a title word weighs in retrieval). */
const TITLE = 3;

/** Words that set a period or a count, not what something counts as (每学期那2次). */
const SETTING = ['学期', '周', '年度', '次数', '课时'];

export interface CountsAs {
  /** What it would count as, as written (「每学期那2次主题班团队会」). */
  target: string;
  /** The question without the 「能算…吗」 part: the thing and the asker's own figures. */
  rest: string;
}

export function countsAs(question: string): CountsAs | null {
  if (!COUNTS_AS.test(question)) return null;
  const m = TARGET.exec(question);
  return m ? { target: m[1] ?? '', rest: question.slice(0, m.index) } : null;
}

/** The words of `s` that name something the rubric knows (not 考核, not a period, not one character). */
function named(index: QaIndex, s: string): string[] {
  const setting = new Set(SETTING.map(index.concept));
  return index.terms(s).filter((t) => index.known(t) && !index.generic.has(t) && !setting.has(t) && [...t.replace(/^=/, '')].length > 1);
}

/**
 * The hits with the passage on what it would count as first (主题活动 → 第13条, not 第15条 where
 * 讲座 stands, nor 第7条 where 主题活动 is only mentioned).
 */
export function targetFirst(index: QaIndex, hits: readonly Hit[], question: string): Hit[] {
  const c = countsAs(question);
  const words = c ? named(index, c.target) : [];
  if (words.length === 0) return [...hits];
  // The passage where the target's words weigh most, the clause titled by them first (the title
  // is cut into whole domain words: 开展主题活动 holds 主题活动 only as text).
  const weight = (h: Hit) =>
    words.reduce((sum, t) => sum + (index.docOf(h.passage)?.tf.get(t) ?? 0) + (h.passage.title.includes(t) ? TITLE : 0), 0);
  const aim = hits.filter((h) => h.onTopic && weight(h) > 0).sort((a, b) => weight(b) - weight(a))[0];
  return aim ? [aim, ...hits.filter((h) => h !== aim)] : [...hits];
}

/** A target that is only the count (算不算次数, 能算一次吗). */
const COUNT_ONLY = /^(?:次数|数|一次|那?[0-9一两二]次)$/;

/** Words of doing (组织, 开展) that say nothing of what kind it is. */
const DOING = new Set(['组织', '开展', '举办', '举行', '搞']);

/** The thing and its kind, each a word the rubric knows, in one sentence of the clause. */
function kindNamed(index: QaIndex, said: readonly string[], text: string): boolean {
  const words = said.filter((t) => !DOING.has(t.replace(/^=/, '')));
  if (words.length < 2) return false;
  return text.split(/(?<=[。；;])/).some((s) => {
    const terms = index.textTermSet(s);
    return words.every((t) => terms.has(t) || s.includes(t.replace(/^=/, '')));
  });
}

/** 算。 when the clause settles that the thing counts as the target; else null. */
/** A single class as the scene: 自己班里, 本班, 一个班. */
const ONE_CLASS = /班级(?:组织|层面|内部|自己)|自己(?:任教)?的?班|自己班|本班|一个班|班里上|班上上|(?:我|他|她)的班/;

export function countsVerdict(index: QaIndex, question: string, text: string): string | null {
  const c = countsAs(question);
  if (!c) return null;
  const as = named(index, c.target);
  const said = named(index, c.rest);
  // 「在自己班里上的展示课能算公开课吗」: one class is narrower than the clause's 年级或校级 — 不算.
  if (/年级或校级|校级或年级/.test(text) && ONE_CLASS.test(c.rest)) return '不算。';
  // 「年级组织的心理公开课算不算次数」: its own kind counted toward the requirement's count — 算 when one
  // sentence of the clause names the thing with that kind (年级或校级的公开课).
  if (as.length === 0) return COUNT_ONLY.test(c.target) && kindNamed(index, said, text) ? '算。' : null;
  // 「家长讲座」 is 家长课堂 by the synonym table: it counts as it.
  if (said.some((t) => as.includes(t))) return '算。';
  const statedIn = (s: string) => {
    const terms = index.textTermSet(s);
    return (t: string) => terms.has(t) || s.includes(t);
  };
  const thing = said.filter((t) => !as.includes(t));
  if (!as.every(statedIn(text)) || thing.length === 0) return null;
  // The thing named with the target in one sentence (家长课堂…知识普及课或讲座); 家长会, a requirement
  // of its own in another sentence, is not 家长课堂.
  const together = text.split(/(?<=[。；;])/).some((s) => as.every(statedIn(s)) && thing.some(statedIn(s)));
  if (together || OPEN_LIST.test(text)) return '算。';
  // 「家长会能算家长课堂吗」: two things the clause requires each on its own (（1）家长课堂…（2）家长会…) — 不算.
  const sentences = text.split(/(?<=[。；;])/);
  const apart = thing.some((t) => sentences.some((s) => statedIn(s)(t) && !as.some(statedIn(s))));
  if (!apart) return null;
  // …said with both names: 不算。家长会和家长课堂是两项分开的要求。
  const word = (x: string, terms: readonly string[]) => index.surfaces(x).find((w) => terms.includes(w.term))?.word;
  const [one, other] = [word(c.rest, thing), word(c.target, as)];
  return one && other ? `不算。${one}和${other}是两项分开的要求。` : '不算。';
}
