/**
 * What the asker tells is not done, in stage 5 of the Q&A pipeline (apply): 「…教师群也发了，家长那边
 * 还没通知。这样算落实了吗」 → 不算, because the clause asks it of 家长 too (面向全体师生、家长群体公布…).
 *
 * A verdict asked of the asker's own case (算落实了吗, 这样行不, 够不够, 是不是还差点啥) is settled
 * against the clause it lands on when a clause of the message tells that something is not done (还没,
 * 没有, 未) and every rubric word of that clause stands in one sentence the clause requires (outside
 * its prohibitions), with weight enough that the sentence is about it. A thing that is only one of the
 * sentence's means (通过心理健康周/月、学生心理社团、心理橱窗…等) is no lack. Null otherwise. Pure.
 */
import type { Passage, QaIndex } from './index.ts';
import { allowedText, alternatives, contentTerms, meansOf, statedIn } from './permission.ts';
import { DAY_OFF, LEFT_OUT_TIMES, NOT_DOING, ONLINE, WEEKS_OFF } from './words.ts';
import { POSTS } from './staff.ts';

/** Made up later in the same period: 下个月补一次, 期末前补上. */
const MADE_UP = /补(?:上|开|搞|办|做|组织)?(?:一次|1次|一场|1场|一回)|(?:下个?月|月底|期末前|学期结束前|放假前|这学期内|本学期内)[^，,。？?]{0,8}(?:补|搞|开|办|做|组织)/;

/** 「还没搞，下个月补一次」: what is not done yet, told made up within the same period (not 下学期). */
export const madeUpLater = (question: string): boolean => MADE_UP.test(question) && !/下(?:个)?学期|下学年|明年|寒假|暑假|开学后/.test(question);

/** A verdict asked of the asker's own case, and the word its answer takes when something is lacking. */
const CASE_ASKED: readonly { asked: RegExp; word: string }[] = [
  { asked: /是不是还差|是不是还缺/, word: '是，还差' },
  { asked: /还差(?:点|些)?(?:啥|什么|哪些|哪)|还缺(?:点|些)?(?:啥|什么|哪些|哪)/, word: '还差' },
  { asked: /算(?:不算)?[^，,。？?！!]{0,8}(?:吗|么|没|不)[？?]?\s*$|算不算/, word: '不算' },
  { asked: /过得去|过关|能过|过得了/, word: '不行' },
  { asked: /可以吗|可不可以|可以不[？?]?\s*$/, word: '不可以' },
  { asked: /行不行|行吗|行不[？?]?\s*$/, word: '不行' },
  { asked: /达标/, word: '不达标' },
  { asked: /合格/, word: '不合格' },
  { asked: /符合/, word: '不符合' },
  { asked: /完成/, word: '没完成' },
  { asked: /扣分/, word: '会扣分' },
  { asked: /有(?:没有)?(?:什么)?问题|没问题吧/, word: '有问题' },
  { asked: /够不够|够吗|够了吗|够了吧/, word: '不够' },
];

/** Something told not done: 还没通知, 宿管没有, 没列预算, 课没听. Not 没问题, 没必要, 没关系, nor 有没有 asked. */
// (「心理课根本排不进去」「家长课堂一直开不起来」: what cannot be fitted in is not done either; nor is
// 「不用单列」, told as a plan.)
const LACKS = /(?:还|都|也|并|就)?(?<!有)(?:没有?|未|没能)(?!问题|关系|事|必要|什么|啥|想到|办法|时间|空|顾上|几|多少|怎么|说)|停了|停掉|停开|取消了|砍掉|排不进去?|(?:开|上|排)不(?:了|起来|出来)|不用(?=单列|单独|专门|另列|另设)|(?:都|从来|一直|根本|也)不(?:来|到|进)(?=(?:我们|咱们|我|本)?(?:学校|校)|过|了|$|[，,。])/;


export interface LackVerdict {
  /** 不算 / 不行 / 不够…, in the word the verdict was asked in. */
  word: string;
  /** The asker's clause that tells what is not done. */
  told: string;
  /** The sentence of the clause that requires it. */
  sentence: string;
}

/** 「没有宿管」: a post the school does not have; 「宿管还没有」 names a post all the same. */
const NO_POST = new RegExp(`(?:没有?|无|不设)(?:${POSTS})`);
const A_POST = new RegExp(POSTS);

/** A sentence's thing must weigh at least this much (idf) to be what the sentence is about. */
const MIN_WEIGHT = 1.2;

/** A clause with a figure (只开了1次) is a rate, judged elsewhere. */
const FIGURED = /[0-9零一二两三四五六七八九十半]\s*(?:次|回|场|节|课时|个?小时|个?钟头|元|块|万|名|位|人|分(?!钟))/;

/**
 * The clause of `question` that tells something `p` requires is not done, with the verdict word
 * asked; null when no verdict is asked of the asker's case or nothing told is lacking.
 */
export function lackVerdict(index: QaIndex, p: Passage, question: string): LackVerdict | null {
  const marked = question.split(/[，,。；;！!？?\n]/).map((c) => c.trim()).filter((c) => c.length > 0);
  // (「应急预案还没有 就有个工作方案 行吗」: a bare verdict after voice input's spaces asks of the words
  // before it, each a clause; 「…没搞公开课 交几个优秀案例算不算」 asks of its own words.)
  const spoken = (marked.at(-1) ?? '').split(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/u);
  // (Only leave or a pass asked: 「…但是没听课 会扣分吗」 is weighed on the figure, 0节, elsewhere.)
  const bareVerdict = [...(spoken.at(-1) ?? '')].length <= 6 && !/扣/.test(spoken.at(-1) ?? '');
  const clauses = spoken.length > 1 && bareVerdict ? [...marked.slice(0, -1), ...spoken] : marked;
  const last = clauses.at(-1) ?? '';
  const verdict = CASE_ASKED.find((x) => x.asked.test(last));
  if (!verdict || clauses.length < 2) return null;
  // (「家长都在外地，家长课堂开不起来，线上开可以吗」: leave asked for another way of holding it, the lack told its reason.)
  if (ONLINE.test(last)) return null;
  // 「培训这学期还没搞，下个月（学期结束前）补一次，算达标吗」: what is not done yet, made up within the
  // same semester, is no lack; the count planned is judged elsewhere.
  if (madeUpLater(question)) return null;
  const sentences = p.sentences.map((s) => ({ text: s.text, allowed: allowedText(s.text), means: meansOf(s.text) }));
  const asked = new Set(index.terms(question));
  const shared = (t: string) => [...index.textTerms(t)].filter((x) => asked.has(x)).reduce((sum, x) => sum + index.idf(x), 0);
  // The lack told nearest the question first: 「…没有宿管。…安全员到现在还没参加过任何培训。还缺什么？」
  // is about the training, the school's own posts only set the scene.
  const told = [...clauses.slice(0, -1).entries()].reverse();
  // (「经费去年没有，今年有15000…今年够吗」: a lack told of a past period, beside the current one told, is no lack now.)
  const nowTold = /今年|这学期|本学期|这学年|本学年|现在|目前|如今/.test(question);
  for (const [i, clause] of told) {
    if (!LACKS.test(clause)) continue;
    if (nowTold && /去年|前年|上学期|上学年|以前|之前|原来|过去/.test(clause)) continue;
    // 「校外的心理援助热线怕学生乱打，就没有公布」「说下次来随堂听心理课，结果一直没来」: a clause naming
    // nothing of the rubric is told of the one before it.
    // (「走读小学，没有宿管」: a post the school does not have is no lack; 「保安和食堂各配了1名，宿管还没有」:
    // a post of its own, 宿管, is a clause of its own however short.)
    if (NO_POST.test(clause)) continue;
    const bare = ([...clause.replace(LACKS, '')].length <= 4 && !A_POST.test(clause)) || !contentTerms(index, clause).some((t) => t.startsWith('='));
    const said = bare && i > 0 ? `${clauses[i - 1]}，${clause}` : clause;
    // 「心理老师没参加培训但是看了网课」: what is told after 但 / 不过 is done, not lacking.
    const own = said.split(/但是?|不过|可是/).filter((x) => LACKS.test(x)).join('，') || said;
    if (FIGURED.test(own)) continue;
    // The rubric's own things (家长 in 家长那边还没通知), not the verb told with them (通知).
    const known = contentTerms(index, own).filter((t) => index.known(t));
    const words = known.some((t) => t.startsWith('=')) ? known.filter((t) => t.startsWith('=')) : known;
    if (words.length === 0) continue;
    if (words.reduce((sum, t) => sum + index.idf(t), 0) < MIN_WEIGHT) continue;
    // Of the sentences that require it, the one the whole message shares most with.
    const requiring = sentences
      .filter((s) => statedIn(index, s.allowed, words).length === words.length)
      // One of the sentence's means left out, when others are open, is no lack.
      .filter((s) => !(s.means && statedIn(index, s.means, words).length > 0))
      // Nor one of its alternatives, where the message names another done (「没有心理学学历，只有相关资格证书」).
      .filter((s) => !otherSideDone(index, s.text, question.replace(own, ' '), words))
      // (A heading, 「（1）设立结对成长导师」, names the thing but requires nothing: after a sentence that does.)
      .sort((a, b) => Number(HEADING.test(a.text)) - Number(HEADING.test(b.text)) || shared(b.text) - shared(a.text));
    const [best] = requiring;
    // (…and a heading that alone requires it is quoted by the sentence under it: 每人选配1名…成长导师.)
    const under = best && HEADING.test(best.text) ? sentences[sentences.indexOf(best) + 1] : undefined;
    if (best) return { word: verdict.word, told: said, sentence: (under ?? best).text };
  }
  return null;
}

/** Every WEEKS_OFF and LEFT_OUT_TIMES of a message, built once (not per question). */
const ALL_WEEKS_OFF = new RegExp(WEEKS_OFF.source, 'g');
const ALL_LEFT_OUT = new RegExp(LEFT_OUT_TIMES.source, 'g');
// (「语文组搞了1次…，其他学科没搞」: what others did not do leaves the asker's own figure to judge.)
// (「还没搞，下个月补一次」: what is made up within the same period is no plan of not doing it, madeUpLater.)
// (「每周一节，有3周没上」: weeks off beside a weekly amount, WEEKS_OFF, are read by rates.ts.)
// (「开了3次，其中1次没讲心理」: some of the times held left it out — a count, weighed in rates.ts.)
export const notDoing = (question: string) => NOT_DOING.test(question.replace(DAY_OFF, '').replace(OTHERS_NOT, '').replace(ALL_WEEKS_OFF, '').replace(ALL_LEFT_OUT, '')) && !madeUpLater(question);
const OTHERS_NOT = /(?:其他|其余|别的)[^，,。；;？?]*(?:没|不)[^，,。；;？?]*/g;

const UNDONE = new RegExp(`${NOT_DOING.source}([^，,。？?！!；;\\s]*)`);
const ASKING_TAIL = /(?:行不行|行吗|行不|可以吗|可以不|可不可以|能不能|好不好|合适吗|[吗么嘛呢吧啊呀])+$/;

/**
 * What the plan leaves undone is what the clause asks for: every word of it (运动会 in
 * 「老师可以不参加运动会吗」) stands in the clause. Nothing named after the verb (「不参加行吗」) → true.
 */
export function undoneInClause(index: QaIndex, p: Passage, question: string): boolean {
  const thing = (UNDONE.exec(question.replace(DAY_OFF, ''))?.[1] ?? '').replace(ASKING_TAIL, '');
  const stated = (x: string) => {
    const words = contentTerms(index, x);
    return statedIn(index, p.text, words).length === words.length;
  };
  // 「制度里不写谈心谈话的频次」: what the plan leaves out is the head after 的 (频次), whatever names it.
  const head = /的([^的]+)$/.exec(thing)?.[1];
  // (频次 is a word of asking to the index, yet the clause says it.)
  const said = (x: string) => (contentTerms(index, x).length > 0 ? stated(x) : [...x].length >= 2 && p.text.includes(x));
  // 「制度里不写辅导频次」: of a word of four, its head (频次) when the clause says it.
  const chars = [...thing];
  const tail = head === undefined && chars.length === 4 ? chars.slice(2).join('') : undefined;
  return stated(thing) || (head !== undefined && said(head)) || (tail !== undefined && index.known(tail) && said(tail));
}

/** A numbered heading alone: 「（1）设立结对成长导师。」. */
const HEADING = /^\s*[（(][0-9一二三四五六七八九十]+[）)][^，,；;。]{0,16}[。.]?\s*$/;

/** A side of the sentence's 或 other than the one holding `words`, named in `rest` (what the message tells besides the lack). */
function otherSideDone(index: QaIndex, sentence: string, rest: string, words: readonly string[]): boolean {
  const sides = alternatives(sentence);
  return sides.length >= 2 && sides.some((side) => {
    const own = contentTerms(index, side).filter((t) => index.idf(t) >= 1.5 && !words.includes(t));
    return own.length > 0 && statedIn(index, side, words).length < words.length && statedIn(index, rest, own).length > 0;
  });
}
