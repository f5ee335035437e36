/**
 * How to handle a student's case, in stage 4 of the Q&A pipeline (retrieve): 「假如有学生跟老师说想自杀，
 * 按办法学校要走什么流程」「学生情绪不好，学校应该怎么处理」 are answered by the clause that handles
 * students at risk (第17条 心理摸排与干预), or by the one that names the students asked of (第20条:
 * 严重心理疾病). Pure.
 */
import type { Hit, QaIndex } from './index.ts';

/**
 * 「假如有学生跟老师说想自杀，按办法学校要走什么流程」: how to handle a student at risk (想自杀 is 危机干预,
 * not a death) is asked — the clause that handles them answers, however long it is.
 */
export function handlesRisk(index: QaIndex, q: string, terms: readonly string[]): boolean {
  return HANDLING_ASKED.test(q) && (terms.includes(index.concept('危机干预')) || STUDENT_STATE.test(q));
}
/**
 * 「有个学生最近情绪不太好…学校应该怎么处理」: a student's state told (not someone else's question about one,
 * 「家长问孩子情绪不好怎么办」), how to handle it asked (第17条's 排查 and 关爱). analyze.ts reads it as 需要重点关注.
 */
export const STUDENT_STATE = /(?<!问[^，,。？?]{0,6})(?:学生|孩子)[^，,。？?]{0,10}?(?:情绪[^，,。？?]{0,4}|心理问题|心理状态[^，,。？?]{0,4})/;
export function preferHandling(index: QaIndex, hits: Hit[], terms: readonly string[], q: string): Hit[] {
  const top = hits[0];
  // (A clause on a plan, a duty or referral of its own — 应急预案, 追责问责, 单独建档 — keeps its place.)
  if (!top || CRISIS_CLAUSES.includes(top.passage.id)) return hits;
  // (「对这种有严重心理疾病的学生，辅导室这块按要求应该怎么处理」: the clause that names those students — 转介, 单独建档.)
  const severe = index.concept('严重心理疾病');
  const named = HANDLING_ASKED.test(q) && terms.includes(severe) ? hits.find((h) => index.docOf(h.passage)?.tf.has(severe)) : undefined;
  const clause = named ?? (handlesRisk(index, q, terms) ? hits.find((h) => h.passage.id === HANDLING_CLAUSE) : undefined);
  return clause && clause !== top ? [clause, ...hits.filter((h) => h !== clause)] : hits;
}
/** The process of handling asked, in so many words. */
const HANDLING_ASKED = /流程|怎么处理|如何处理|下一步|怎么办/;
/** Clauses with a crisis duty of their own: 应急预案, 追责问责, 辅导室的转介与单独建档. */
const CRISIS_CLAUSES = ['item-4', 'item-6', 'item-17', 'item-20'];

/** How to handle a case asked: 流程, 怎么处理, 下一步, 该不该告诉家长. */
export const HANDLING = /流程|怎么处理|如何处理|怎么办|怎么做|下一步|该怎么|要怎么|机制|该不该|要不要告诉|转介|预警|研判|复学|休学/;
/** The clause that handles a student at risk: 做好心理摸排与干预工作. */
export const HANDLING_CLAUSE = 'item-17';
