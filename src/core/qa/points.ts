/**
 * 「哪几项分最多」「分值最低的是哪几条」: the items ranked by their own points in the rubric — each of
 * the three highest (or lowest) figures with every item that has it. Of no school in particular
 * (「哪个学校分最高」 is a rank, not this). Pure.
 */
import type { Passage, QaIndex } from './index.ts';
import { QA_TEXT } from '../text/qa-replies.ts';
import { cite, fit, inScope, type Part } from './parts.ts';

const POINTS = '(?:分值|分数|占分|分量|分)';
const MOST = new RegExp(`${POINTS}(?:最多|最高|最大|最重|比较(?:多|高|大|重)|多一些|大一些|高一些)|(?:最多|最高|最大)的?${POINTS}|哪[^，,。？?]{0,6}${POINTS}(?:多|高|大|重)`);
const LEAST = new RegExp(`${POINTS}(?:最少|最低|最小|比较(?:少|低|小))|(?:最少|最低|最小)的?${POINTS}|哪[^，,。？?]{0,6}${POINTS}(?:少|低|小)`);
/** Which items, asked: 哪几项, 哪些条, 先抓哪 — not a school's rank, a year's score, one named item. */
const WHICH = /哪|什么|啥|先抓|重点/;
const NOT_ITEMS = /学校|排名|年度|得分|总分|能[拿得考]|第[一二三四五六七八九十0-9]+条/;

export function pointsRanked(index: QaIndex, q: string, budget: number): Part | null {
  // (In the clause that asks: 「我们学校上学期考了78分…想知道哪几项分最多」 tells its score first.)
  const clause = q.split(/[，,。；;！!？?\n]/).find((c) => MOST.test(c) || LEAST.test(c));
  const least = clause !== undefined && !MOST.test(clause);
  if (clause === undefined || !WHICH.test(clause) || NOT_ITEMS.test(clause)) return null;
  const items = index.passages.filter((p): p is Passage & { points: number; no: number } => p.kind === 'item' && p.points !== null && p.no !== null);
  // Figure by figure, until three items or more are named.
  const groups: { points: number; items: typeof items }[] = [];
  for (const points of [...new Set(items.map((p) => p.points))].sort((a, b) => (least ? a - b : b - a))) {
    if (groups.reduce((n, g) => n + g.items.length, 0) >= 3) break;
    groups.push({ points, items: items.filter((p) => p.points === points) });
  }
  const cited = groups.flatMap((g) => g.items);
  const derived = cited.some((p) => p.item?.scoring.method === 'derived');
  const text = QA_TEXT.pointsRanked(least, groups.map((g) => ({ points: g.points, items: g.items.map((p) => `第${p.no}条${p.title}`) })), cited.some((p) => p.provisional), derived);
  return inScope(fit([text, cite(...cited.slice(0, 3))], budget), cited);
}
