/**
 * 「哪几项分最多」「分值最低的是哪几条」: the items ranked by their own points in the rubric — each of
 * the three highest (or lowest) figures with every item that has it. Of no school in particular
 * (「哪个学校分最高」 is a rank, not this). Pure.
 */
import type { Passage, QaIndex } from './index.ts';
import { extractNumbers } from '../text/numbers.ts';
import { QA_TEXT } from '../text/qa-replies.ts';
import { cite, fit, inScope, type Part, type QaFigure } from './parts.ts';

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

/** 「前7项得了30分，总分最多能到多少」: a score told for the items named, and the most the whole can come to. */
const SCORED = /(?:得了?|拿了?|考了?|自评|打了?)[^，,。？?]{0,6}?([0-9]+(?:\.[0-9]+)?)\s*分/;
const MOST_ASKED = /(?:总分|一共|总共|全部|整体)[^，,。？?]{0,6}(?:能|可以|最多|最高)|最多|最高/;

/**
 * 「第2条和第3条分别几分，合起来满分多少」「前7项」「第五部分」: several items, their points and the sum — a
 * figure, so no silence model reads it away. With a score told for them and the most asked: that
 * score and the rest's full points.
 */
export function pointsOfItems(index: QaIndex, several: readonly Passage[], q: string, budget: number): Part {
  const lines = several.map((p) => QA_TEXT.areaLine(p.no ?? 0, p.title, p.points, p.provisional));
  const sum = several.reduce((acc, p) => acc + (p.points ?? 0), 0);
  const provisional = several.some((p) => p.provisional);
  const scored = SCORED.exec(q);
  const score = scored ? extractNumbers(scored[1] ?? '')[0]?.value : undefined;
  if (score !== undefined && score <= sum && MOST_ASKED.test(q.slice(scored!.index + scored![0].length))) {
    const total = index.passages.filter((p) => p.kind === 'item').reduce((acc, p) => acc + (p.points ?? 0), 0);
    const rest = total - sum;
    const text = QA_TEXT.mostReachable(several.length, sum, score, index.passages.filter((p) => p.kind === 'item').length - several.length, rest, provisional);
    return { ...inScope(fit([text, cite(...several)], budget), [...several]), figures: [{ id: 'points-most', value: score + rest, unit: '分', formula: `${score} + ${rest}` }] };
  }
  // (More than six: the run in short, 第2—20条共19条, so that it fits a phone's screen.)
  const text = several.length > 6 ? QA_TEXT.runPoints(several[0]?.no ?? 0, several.at(-1)?.no ?? 0, several.length, sum, provisional) : QA_TEXT.itemsPoints(lines, sum, provisional);
  return { ...inScope(fit([text, cite(...several.slice(0, several.length > 6 ? 2 : several.length))], budget), [...several]), figures: [pointsFigure(several)] };
}

/** The points of several items added, as a figure (so no silence model reads the sum away). */
export function pointsFigure(ps: readonly Passage[]): QaFigure {
  return { id: 'points', value: ps.reduce((acc, p) => acc + (p.points ?? 0), 0), unit: '分', formula: ps.map((p) => p.points ?? 0).join(' + ') };
}

/**
 * 「四项要求我们做到三项能得几分」: so many of an item's requirements done, when each scores alike (第17条:
 * 四项各3分) — their points; '' when not asked, or when the requirements score differently (which ones
 * were done would decide).
 */
export function partsDoneScore(item: { requirements: readonly { points: number }[] }, q: string): string {
  const m = /(?:做到|完成|达到|落实|做了|满足|达标)(?:了)?\s*([0-9]|[一二两三四五六七八九十])\s*(?:项|条|个)/.exec(q);
  const n = m ? extractNumbers(m[1] ?? '')[0]?.value : undefined;
  const each = item.requirements[0]?.points;
  if (n === undefined || each === undefined || n > item.requirements.length || !/几分|多少分|得多少|拿多少|能得|能拿/.test(q)) return '';
  return item.requirements.every((r) => r.points === each) ? QA_TEXT.partsDone(n, each) : '';
}

/** 「不到10个小时」「少于2次」: a figure below, named by the asker. */
const BELOW = /(?:不到|不足|少于|低于|没到|没达到|达不到|不满)\s*([0-9]+(?:\.[0-9]+)?|[一二两三四五六七八九十]+)\s*(?:个)?\s*(小时|次|节|课时|名|元|分钟|人)/;

/**
 * 「辅导室每周开放不到10个小时会扣分吗」: less than a requirement's own threshold, asked whether it
 * costs points → 会扣分, with the requirement and how it scores; null when no requirement's threshold is named.
 */
export function belowCost(item: { requirements: readonly { text: string; op: string; threshold?: number | undefined; unit: string; points: number; partial?: boolean | undefined }[] }, q: string): string | null {
  const m = /扣/.test(q) ? BELOW.exec(q) : null;
  const n = m ? extractNumbers(m[1] ?? '')[0]?.value : undefined;
  const unit = m?.[2] === '节' ? '课时' : m?.[2];
  // (Of two with the same threshold, 家长课堂 and 家长会, the one whose words the question shares most.)
  const shared = (text: string) => [...q].filter((c, i) => text.includes(c + (q[i + 1] ?? ''))).length;
  const r = n === undefined || unit === undefined ? undefined : item.requirements.filter((x) => x.op === 'atLeast' && x.threshold === n && (x.unit === unit || x.unit === m?.[2])).sort((a, b) => shared(b.text) - shared(a.text))[0];
  return r ? QA_TEXT.belowCost(r.text, n ?? 0, r.unit, r.points, r.partial === true) : null;
}
