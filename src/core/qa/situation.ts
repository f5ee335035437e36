/**
 * The situation told before a question, as a prior on which clause the question is about. Pure.
 *
 * 「我们学校家长群有四百多人…上面说要公布心理辅导室位置和求助电话。是要求每个家长都得知道吗？」: the
 * question alone (家长, 知道) leans to 第15条 (家长课堂); the situation told before it names 第19条
 * (辅导室位置、求助电话). The question's own ranking stays first: the situation's ranking, scaled to
 * the question's best score, adds at most SITUATION_WEIGHT of it, so it only decides between clauses
 * the question itself leaves close (within that share of the best), and never brings in one the
 * question does not reach at all.
 */
import { search, type Hit, type Passage, type QaIndex } from './index.ts';
import { RESULT_NAMED } from './asking.ts';
import { FRAME } from './silence.ts';
import { GRADE_FLOOR } from './grades.ts';
import { THE_TEXT } from './words.ts';

/** The most the situation adds, as a share of the question's best score (0.3: +5 on the older sets, 0.5: +7 −1). */
export const SITUATION_WEIGHT = 0.4;

/** What a message tells before the one question it asks (「…上面说要公布心理辅导室位置和求助电话。是要求每个家长都得知道吗？」). */
// (`marks`: the pieces are joined with 「，」 where the message may have had 「,」 or 「。」, so marks are read alike,
// one for one. Not for the prior below: read so, it gained 2 replies and lost 2 over the older sets.)
export function situationOf(question: string, lone: string, marks = false): string | undefined {
  const read = (x: string) => (marks ? x.replace(/[，。；;]/g, ',').replace(/？/g, '?') : x);
  const at = read(question).lastIndexOf(read(lone.trim()));
  const before = at > 0 ? question.slice(0, at) : '';
  return before.trim().length >= 8 ? before : undefined;
}

/** The situation's words as searched: 结果 as 'so it turned out' (「上次我们材料没弄完，结果分很低」) names no clause. */
function toldWords(situation: string): string {
  return RESULT_NAMED.test(situation) ? situation : situation.replace(/结果/g, '');
}

export function withSituation(index: QaIndex, hits: readonly Hit[], situation: string | undefined, asked = ''): Hit[] {
  if (situation === undefined || situation.trim() === '' || hits.length < 2) return [...hits];
  const weighed = situationWeighed(index, hits, situation);
  // (「…我是唯一的兼职心理老师。…有人说三年级也得配心理委员。三年级需要配吗？」: a grade asked of, with nothing else
  // named, is asked of a clause that starts at a grade (第9条 自小学四年级起), when one is nearly as likely.)
  const top = weighed[0];
  const graded = top && GRADE_ASKED.test(asked) && !GRADE_FLOOR.test(top.passage.text) ? weighed.slice(1, 3).find((h) => GRADE_FLOOR.test(h.passage.text) && h.score >= 0.8 * top.score) : undefined;
  return graded ? [graded, ...weighed.filter((h) => h !== graded)] : weighed;
}

/** A grade named (三年级, 初一 is not one of the primary floors). */
const GRADE_ASKED = /[一二三四五六1-6]\s*年级/;

function situationWeighed(index: QaIndex, hits: readonly Hit[], situation: string): Hit[] {
  const told = search(index, toldWords(situation), index.docs.length);
  const best = hits[0]?.score ?? 0;
  const toldBest = told[0]?.score ?? 0;
  if (best <= 0 || toldBest <= 0) return [...hits];
  const prior = new Map(told.map((h) => [h.passage.id, h.score / toldBest]));
  const scored = hits.map((h, i) => ({ h: { ...h, score: h.score + SITUATION_WEIGHT * best * (prior.get(h.passage.id) ?? 0) }, i }));
  // (A stable sort: equal scores keep the question's own order.)
  return scored.sort((a, b) => b.h.score - a.h.score || a.i - b.i).map((x) => x.h);
}

/** A question that points back at a clause: 这一条, 这项要求, 这块. */
export const BACK_TO_CLAUSE = /这一?(?:条|项|块|部分|方面)|上面(?:说|讲)的|(?:这个|这些|相关的?)(?:要求|规定)/;
/** How far the situation's first clause must lead its second to be the one pointed at. */
const POINTED_MARGIN = 1.3;

/** The one clause (an item) the situation plainly names, when it leads the next by POINTED_MARGIN; else undefined. */
export function pointedClause(index: QaIndex, situation: string | undefined): Passage | undefined {
  if (situation === undefined) return undefined;
  // (A clause leads the next clause: 「我们学校领导小组早就成立了，但工作专班一直没有」 names 第2条, however
  // close the county's own 考核工作领导小组 of 四、考核组织实施 comes.)
  const [first, second] = search(index, toldWords(situation), index.docs.length).filter((h) => h.passage.kind === 'item');
  if (!first || !first.onTopic) return undefined;
  return !second || first.score >= POINTED_MARGIN * second.score ? first.passage : undefined;
}

/** A question of a 制度 (「制度里要写清楚哪些东西」), naming nothing else. */
export const RULES_ASKED = /制度/;
/** The words of a 制度 itself, which name no thing it is of. */
export const RULES = /(?:规章|工作|管理)?制度/g;

/**
 * 「全员导师制我们搞一年了…一直没成文的制度…制度里要写清楚哪些东西」: the one clause whose 制度 is of a
 * thing the situation names, with the words that name that 制度 (「建立“全员导师制”工作制度」 in 第5条,
 * not 第9条's 实施全员导师制); else undefined.
 */
export function rulesOf(index: QaIndex, situation: string | undefined): { passage: Passage; words: string } | undefined {
  if (situation === undefined) return undefined;
  const told = new Set(index.terms(situation).filter((t) => index.known(t) && !index.generic.has(t)));
  const found: { passage: Passage; words: string }[] = [];
  for (const p of index.passages) {
    if (p.kind !== 'item') continue;
    // What the 制度 is of: the words just before it (「健全心理健康安全员工作制度」: 安全员).
    const words = p.sentences
      .flatMap((x) => [...x.text.matchAll(/制度/g)].map((m) => x.text.slice(Math.max(0, m.index - 12), m.index + 2)))
      .find((w) => index.textTerms(w.slice(0, -2)).some((t) => told.has(t)));
    if (words !== undefined) found.push({ passage: p, words });
  }
  return found.length === 1 ? found[0] : undefined;
}

/** Whether a question names the subject of one clause (家长会, 安全员), not one many share (文件 of 第1、17条). */
export function namesItem(index: QaIndex, q: string): boolean {
  // (Not a word every clause shares, 考核, whatever clause has it among its topics.)
  return index.terms(q).some((t) => !index.generic.has(t) && index.passages.filter((p) => p.kind === 'item' && (index.docOf(p)?.topics.has(t) ?? false)).length === 1);
}

/** What is arranged or done for those told of (有什么安排, 有哪些措施), asked of nothing named. */
export const HOW_ARRANGED = /有(?:什么|啥|哪些)(?:安排|措施|办法|做法)|(?:怎么|如何|咋)安排|安排(?:什么|啥|哪些)/;
/** A how asked of nothing named: 怎么处理, 如何跟进, and what is arranged (HOW_ARRANGED). */
export const HOW_ONLY = new RegExp(`怎么(?:处理|办|做|弄|跟进)|如何(?:处理|做|跟进)|咋(?:办|弄|处理)|${HOW_ARRANGED.source}`);

/**
 * 「我是宿管阿姨，学校让我当心理健康安全员。我不懂心理学。要参加培训吗？」: a lone question every word of
 * which the clause the situation plainly names says (培训 in 第9条's 安全员…主题培训), or a how asked of
 * nothing named (「…辅导室这边一直在跟进。按要求应该怎么处理？」), asks of that clause — in the
 * situation's own words for it (心理健康安全员), not of one its bare words reach (第11条). Undefined otherwise.
 */
export function situationSubject(index: QaIndex, question: string, lone: string, howOnlyAsked = false): { passage: Passage; words: string[] } | undefined {
  // (The lone question's marks read as the message's: 「…厉害。按要求，学校应该给他安排什么?」.)
  const told = situationOf(question, lone, true);
  const plain = told !== undefined ? pointedClause(index, told) : undefined;
  if (!plain || told === undefined) return undefined;
  // (「文件说这种情况学校要怎么做」: the text itself, 文件, names nothing asked of.)
  // (Of the clause that asks: 「班主任想帮忙但能力有限，文件说这种情况学校要怎么做」 asks in its last.)
  const asking = HOW_ONLY.test(lone.split(/[，,]/).pop() ?? '') ? (lone.split(/[，,]/).pop() ?? lone) : lone;
  const own = index.terms(asking).filter((t) => index.known(t) && !index.generic.has(t) && !FRAME.test(t.replace(/^=/, '')) && !THE_TEXT.test(t));
  const howOnly = own.length === 0 && HOW_ONLY.test(asking);
  if (!howOnly && (howOnlyAsked || !(own.length > 0 && own.every((t) => index.docOf(plain)?.tf.has(t))))) return undefined;
  const words = index.surfaces(told).filter((x) => !index.generic.has(x.term) && (index.docOf(plain)?.topics.has(x.term) ?? false) && !own.includes(x.term)).map((x) => x.word);
  return { passage: plain, words };
}
