/**
 * The answers to several questions of one message, joined, in stage 6 of the Q&A pipeline
 * (compose): a part that repeats another's verdict from the same sentence is dropped; questions of
 * which clause, asked of one clause, are asked as one; a yes/no and another question on one
 * sentence give one answer led by the verdict; silences of one clause are said once. Pure.
 */
import type { QaIndex } from './index.ts';
import { outOfScope, type Part } from './parts.ts';
import { QA_TEXT } from '../text/qa-replies.ts';

/** A reply that leads with a verdict in the question's own word (是。 有。 不够。). */
const VERDICT_LEAD = /^(?:不是|是|有|没有|需要|不需要|要|不用|会|不会|能|不能|可以|不可以|行|不行|够|不够|达标|不达标|算|不算|对|不对)[。，]/;

/** The words the first reply quotes (or states, before its citation) stand in the second too. */
function sameSentence(first: string, second: string): boolean {
  // (A quote cut at its head, 「“…每班不少于2名」, is found without its ellipsis.)
  const said = (/“…?([^”]{8,})/.exec(first)?.[1] ?? first.replace(VERDICT_LEAD, '').split('——')[0] ?? '').slice(0, 12);
  return said.length >= 8 && second.includes(said);
}

/** The part with `verdict` before its text (a text that already leads with one keeps its own). */
function withLead(verdict: string, part: Part): Part {
  // (「会不会扣分，扣多少」: a score worked out, 「扣1分：…」, answers both; 不够。 before it says nothing more.)
  const lost = /^扣([0-9.]+)分/.exec(part.text)?.[1];
  if (lost !== undefined && verdict !== '') return { ...part, text: `${Number(lost) > 0 ? '会' : '不会'}，${part.text}` };
  return VERDICT_LEAD.test(part.text) ? part : { ...part, text: `${verdict}${part.text}` };
}

/** The requirement a part states before its quote: 「需要。每个学生每天有效沟通交流15分钟。条文：…」 → 每个学生每天…15分钟. */
const ruleOf = (x: Part): string => (x.text.replace(VERDICT_LEAD, '').split('条文：')[1] !== undefined ? (x.text.replace(VERDICT_LEAD, '').split('条文：')[0] ?? '') : '');

/** The two quote the same words: one quote's first twelve characters (its ellipsis aside) stand in the other. */
function sameQuote(first: string, second: string): boolean {
  const quote = (x: string) => (/条文：“…?([^]*?)”——/.exec(x)?.[1] ?? '').replace(/^…/, '');
  const [a, b] = [quote(first), quote(second)];
  return a.length >= 12 && b.length >= 12 && (a.includes(b.slice(0, 12)) || b.includes(a.slice(0, 12)));
}

/** `part` says what `earlier` said: the same text, or the same verdict from the same sentence of the same clause. */
export function repeats(earlier: Part, part: Part): boolean {
  const lead = (x: Part) => VERDICT_LEAD.exec(x.text)?.[0];
  // (「公布求助信息，知晓率达100%。条文：…」 after 「有。公布求助信息…」 says nothing new.)
  // (「面向全体师生…确保知晓率达100%。」 after a quote of it, 「…确保知晓率达100%”」: its closing mark aside.)
  const body = (x: Part) => (x.text.split('——')[0] ?? '').replace(/[。；;]\s*$/, '');
  return (
    earlier.text === part.text ||
    (earlier.passages[0] === part.passages[0] && body(part).length >= 12 && body(earlier).includes(body(part))) ||
    (earlier.passages[0] === part.passages[0] && lead(earlier) === lead(part) && VERDICT_LEAD.test(part.text) && sameSentence(earlier.text, part.text)) ||
    // (「需要。每个学生每天…15分钟。条文：“开展好…”」 and 「…条文：“要全面实行…”」: the same verdict and requirement, quoted from two places.)
    (earlier.passages[0] === part.passages[0] && lead(earlier) === lead(part) && VERDICT_LEAD.test(part.text) && ruleOf(earlier).length >= 8 && ruleOf(earlier) === ruleOf(part) && sameQuote(earlier.text, part.text)) ||
    // (「心理委员从几年级开始？每班几个？」: the same requirement with no verdict, quoted from the same sentence, twice.)
    (earlier.passages[0] === part.passages[0] && lead(earlier) === undefined && lead(part) === undefined && ruleOf(earlier).length >= 8 && ruleOf(earlier) === ruleOf(part) && sameQuote(earlier.text, part.text))
  );
}

/**
 * The parts of the reply for the questions answered (in order, each with its part): `ask` answers a
 * question again within a budget, `carried` does so with what was told before it (context.ts).
 */
export function joinAnswered(
  index: QaIndex,
  answered: readonly { q: string; part: Part }[],
  ask: (q: string, budget: number) => Part,
  carried: (q: string, budget: number) => Part,
  budget: number,
): Part[] {
  const [one] = answered;
  // 「预案是必须要有的吗 哪一条规定的」: which clause says it, asked of one clause, is answered with it.
  const oneClause =
    answered.length > 1 &&
    answered.some((x) => index.intents(x.q).includes('which')) &&
    answered.every((x) => x.part.passages[0] !== undefined && x.part.passages[0] === one?.part.passages[0]);
  // 「排名后三位的学校 会怎么样 是取消评优吗」: two parts on one clause, one of them a yes/no the
  // clause settles: its verdict leads the other's answer, once.
  const [a, b] = answered;
  const lead = (x: { part: Part }) => VERDICT_LEAD.exec(x.part.text)?.[0] ?? null;
  const pair = answered.length === 2 && a && b && a.part.passages[0] !== undefined && a.part.passages[0] === b.part.passages[0] && (lead(a) === null) !== (lead(b) === null);
  const [yes, body] = !pair ? [] : lead(a) === null ? [b, a] : [a, b];
  // …and only when both quote the same sentence: 「心理委员要男女各一个吗？安全员每个岗位要几个？」 are two.
  const verdict = yes && body && sameSentence(yes.part.text, body.part.text) ? lead(yes) : null;
  // 「多少分算合格，多少分算优秀」: silent on each, from one clause — said once: 原文没有直接规定A、B。
  const silentWords = answered.map((x) => (x.part.text.startsWith(QA_TEXT.silentLead) && x.part.passages[0] === one?.part.passages[0] ? x.part.text.slice(QA_TEXT.silentLead.length).split(/[。；]/)[0] : undefined));
  const allSilent = answered.length > 1 && silentWords.every((w): w is string => w !== undefined && w.length > 0);
  if (answered.length === 0) return [outOfScope()];
  if (allSilent && one) return [{ ...one.part, text: one.part.text.replace(`${QA_TEXT.silentLead}${silentWords[0]}`, `${QA_TEXT.silentLead}${[...new Set(silentWords)].join('、')}`) }];
  // 「心理委员要选成绩好的吗 有啥选拔标准」: silent on each, from different clauses — the silence said
  // once, first, then each clause nearest (「原文没有直接规定成绩、选拔。最相关的是第9条… 第18条…」).
  const apart = answered.map((x) => (x.part.text.startsWith(QA_TEXT.silentLead) ? /^([^。；]+)[。；]([\s\S]*)$/.exec(x.part.text.slice(QA_TEXT.silentLead.length)) : null));
  if (answered.length > 1 && apart.every((m) => m !== null && m[1]!.length > 0 && m[2]!.trim().length > 0)) {
    const words = [...new Set(apart.map((m) => m![1]!))];
    const rests = [...new Set(apart.map((m) => m![2]!.trim()))];
    const passages = [...new Set(answered.flatMap((x) => x.part.passages))];
    return [{ ...answered[0]!.part, passages, text: `${QA_TEXT.silentLead}${words.join('、')}。${rests.join('\n')}` }];
  }
  if (answered.length === 1 && one) return [carried(one.q, budget)];
  if (oneClause) {
    const joined = ask(answered.map((x) => x.q).join(' '), budget);
    // (「倾听一刻钟是让学生跟谁交流？它算考核里哪一块的？」: the answer of which part, when it quotes what each
    // other part quotes and the two asked as one do not, answers both.)
    const which = answered.find((x) => index.intents(x.q).includes('which'));
    const others = answered.filter((x) => x !== which);
    const held = (text: string) => others.every((x) => sameSentence(x.part.text, text));
    return [which && !held(joined.text) && held(which.part.text) ? which.part : joined];
  }
  // …the part with the verdict alone when the other only asks yes or no (「…生均多少？达标吗」).
  // …or when the other asks only the gap the verdict already gives (「够吗？差多少？」: 还差3000元).
  if (verdict && body && yes) {
    const alone = /[吗么嘛][？?]?\s*$/.test(body.q) || (/差(?:多少|几)/.test(body.q) && yes.part.text.includes('还差'));
    return [alone ? ask(yes.q, budget) : withLead(verdict, ask(body.q, budget - verdict.length))];
  }
  return answered.map((x) => x.part);
}
