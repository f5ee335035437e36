/**
 * A plan that would make something known (PUBLISH: 发到家长群, 讲给全班听, 当案例讲) is settled by the
 * clause that guards it: 防止信息泄露 / 隐私保护 in 第17条, 遵循保密原则 in 第20条, or records its evidence
 * list keeps 保密. Used by retrieval (which clause) and by stage 5 (the verdict, permission.ts). Pure.
 */
import type { Hit, Passage, QaIndex } from './index.ts';
import { GUARD, PUBLISH } from './words.ts';

/**
 * What a plan would make known names: the question's table terms outside PUBLISH. With `minIdf` 1,
 * not 学生, which nearly every clause speaks of (辅导 in 「把学生在辅导时说的事讲给全班听」 names it).
 */
export function madeKnown(index: QaIndex, q: string, minIdf = 0): string[] {
  return index.terms(q.replace(PUBLISH, ' ')).filter((t) => t.startsWith('=') && !index.generic.has(t) && index.idf(t) >= minIdf);
}

/** …and how specific a term must be for a clause that keeps 保密 as its own principle to guard it (个体辅导 1.46). */
export const PRINCIPLE_IDF = 1.4;

/** The clause guards what the plan would make known (see preferGuarded). */
export function guardsAgainst(index: QaIndex, p: Passage, q: string, minIdf = 0): boolean {
  if (!PUBLISH.test(q)) return false;
  const named = madeKnown(index, q, minIdf);
  const records = /记录|档案|资料/.test(q);
  return (
    p.sentences.some((x) => GUARD.test(x.text) && named.some((t) => x.terms.has(t))) ||
    // 「学生在辅导室说的话，能随便跟其他老师讲吗」: a clause on what is named that keeps 保密 as its own principle.
    (p.sentences.some((x) => /^遵循保密原则/.test(x.text)) && named.some((t) => index.idf(t) >= PRINCIPLE_IDF && (index.docOf(p)?.tf.has(t) ?? false))) ||
    (records && (p.item?.evidence.some((e) => /保密/.test(e)) ?? false) && p.sentences.some((x) => /资料|记录|档案/.test(x.text) && named.some((t) => x.terms.has(t))))
  );
}

/**
 * 「个体辅导记录能不能给班主任随便翻看」: making something known is settled by the clause that guards
 * it (防止信息泄露, 隐私保护) or whose records the evidence list keeps 保密 — when it matches half as well.
 */
export function preferGuarded(index: QaIndex, hits: Hit[], q: string): Hit[] {
  const top = hits[0];
  if (!top || !PUBLISH.test(q)) return hits;
  // One that guards what is named by a word more specific than 学生 first (保密原则 of 第20条 for 辅导).
  for (const minIdf of [1, 0]) {
    if (guardsAgainst(index, top.passage, q, minIdf)) return hits;
    const guarded = hits.find((h) => h !== top && h.onTopic && h.score >= 0.4 * top.score && guardsAgainst(index, h.passage, q, minIdf));
    if (guarded) return [guarded, ...hits.filter((h) => h !== guarded)];
  }
  return hits;
}
