/**
 * In-scope questions the text is silent on, in stage 4 of the Q&A pipeline (retrieve). A question
 * plainly about a clause (its own subject named) that the clause does not answer gets
 * 「原文没有直接规定…」 with the nearest clause named and its nearest sentence quoted, so the asker
 * sees what the text does say: never the stock refusal, never a guessed answer. Pure.
 *
 * What the clause is silent on is a word of the question it never uses (面积, 上限, 补贴, 线上):
 * a word asked for by name (focus) first, else the first such word of the question. A question
 * every word of which the clause uses is not silent: the clause is answered from instead.
 */
import type { Passage, QaIndex } from './index.ts';
import { QA_TEXT } from '../text/qa-replies.ts';
import { keyText } from './compose.ts';
import { mentions } from './retrieve.ts';
import { inScope, type Part } from './parts.ts';

/** A question word or the asker's own framing, never what the clause is silent on. */
export const FRAME = /^(?:关系|影响|区别|必要|问题|放在|放到|改成|改为|换成|变成|弄成|安排在|满足|具备|具有|符合|达到|明白|清楚|理解|了解|可以|能够?|应该|需要|必须|要求|规定|这样|那样|这种|那种|一般|直接|其他|其它|或者|还是|还有|以及|然后|如果|我们|你们|他们|学校|老师|同学|现在|目前|有没有|是不是|怎么|什么|为什么|多少|哪些|哪个)$/;

/** Words that give a question's scale or period, not its subject (每周, 学期, 学生). */
const SETTING = ['学生', '班级', '年度', '学期', '周', '每天'];
/** A subject word this specific (idf) anchors a weakly matched question to the clause. */
const ANCHOR_IDF = 1.5;

/**
 * The words of the question that anchor it to `p`: table words as the asker wrote them that stand
 * in the clause itself (家长课堂, 心理委员; not 测试 for 测评, not 星期 for 周), specific enough, and
 * no period or scale. A question with none is not plainly about the clause.
 */
export function anchors(index: QaIndex, q: string, p: Passage): string[] {
  const setting = new Set(SETTING.map(index.concept));
  return index
    .surfaces(q)
    .filter((x) => !setting.has(x.term) && !index.generic.has(x.term) && index.idf(x.term) >= ANCHOR_IDF && mentions(index, p, x.word))
    .map((x) => x.word);
}

/**
 * 「家长课堂可以在线上开吗」 is about 家长课堂; 「跳绳测试…」「教师资格证面试…」 are about another
 * thing, named by a word glued to the rubric's (跳绳测试, 资格证面试): a question is plainly about
 * `p` when some anchor stands apart from the word the clause never uses.
 */
export function plainlyAbout(index: QaIndex, q: string, p: Passage, unsaid: string | undefined): boolean {
  const t = q.normalize('NFKC').toLowerCase();
  return anchors(index, q, p).some((a) => unsaid === undefined || !(t.includes(a + unsaid) || t.includes(unsaid + a)));
}

/**
 * The first word of the question that names something the clause never uses (补贴 in 「心理委员有
 * 没有补贴」); words asked for by name (focus) first. Undefined when the clause uses them all.
 */
export function unsaidWord(index: QaIndex, q: string, p: Passage): string | undefined {
  const named = index.focus(q).find((w) => !mentions(index, p, w) && !FRAME.test(w));
  if (named) return named;
  const unsaid = (text: string, fillers: boolean) =>
    index
      .terms(text)
      .filter((t) => !t.startsWith('=') && [...t].length > 1 && !index.generic.has(t) && (fillers || !index.filler(t)) && !FRAME.test(t) && !/\d/.test(t))
      .find((t) => !mentions(index, p, t));
  // Only the clause that asks (在线 in 「家长课堂可以在线上开吗，腾讯会议那种」), a word of any class
  // there: what is said around it (「进入管理员模式，心理委员怎么配」) is not what is asked.
  const asking = q.split(/[，,。；;！!\s]+/).filter((c) => ASKING_CLAUSE.test(c)).pop();
  return asking !== undefined ? (unsaid(asking, false) ?? unsaid(asking, true)) : unsaid(q, false);
}

/** A clause that asks: a question word or mark, or A不A. */
const ASKING_CLAUSE = /[吗么嘛？?]|什么|啥|哪|谁|几|多少|多久|多长|怎么|怎样|咋|如何|是否|(\p{Script=Han})不\1/u;

/**
 * The sentence of `p` that shares the most weight (idf) with the question's terms, the very words
 * the asker used (成长导师, not only 导师 of its group) telling a tie apart; the first on a tie.
 */
export function nearestSentence(index: QaIndex, p: Passage, terms: readonly string[], q = ''): string {
  const words = q ? index.surfaces(q).map((x) => x.word) : [];
  let best = { text: p.sentences[0]?.text ?? '', w: 0 };
  for (const s of p.sentences) {
    const w = [...new Set(terms)].reduce((sum, t) => sum + (s.terms.has(t) ? index.idf(t) : 0), 0) + 0.5 * words.filter((x) => s.text.includes(x)).length;
    if (w > best.w) best = { text: s.text, w };
  }
  return best.text;
}

/** 「原文没有直接规定面积。最相关的是第18条标准化心理辅导室：“学校必须设立标准化的心理辅导室…”。」 */
export function silent(index: QaIndex, what: string, p: Passage, terms: readonly string[], budget: number, q = ''): Part {
  const name = p.no !== null ? `第${p.no}条${p.title}` : p.ref;
  const frame = QA_TEXT.notInText(what, name, '', p.no);
  const room = budget - frame.length - 3;
  const quote = room > 12 ? keyText([{ text: nearestSentence(index, p, terms, q) }], terms, index, room).replace(/[。；;，,]$/, '') : '';
  return inScope(QA_TEXT.notInText(what, name, quote, p.no), [p]);
}
