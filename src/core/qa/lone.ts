/**
 * A lone question — the one question of a message — read again with the situation told before it,
 * in the pipeline's last stage (compose): when it names no subject of its own, points back at a
 * clause (这一条), asks of a 制度 or a section named before it, or names only what the clause the
 * situation plainly names says. `ask` answers a text as the first reading did. Pure.
 */
import { rank, type QaIndex } from './index.ts';
import { inScope, type Part } from './parts.ts';
import { QA_TEXT } from '../text/qa-replies.ts';
import { compose } from './compose.ts';
import { asks, topicWords } from './normalize.ts';
import { extraUnknown } from './nearest.ts';
import { FRAME } from './silence.ts';
import { lastClause } from './context.ts';
import { ENOUGH } from './rates.ts';
import { targetFirst } from './counts.ts';
import { preferSpecific, trusted } from './retrieve.ts';
import { BACK_TO_CLAUSE, HOW_ARRANGED, namesItem, pointedClause, RULES, RULES_ASKED, rulesOf, situationOf, situationSubject } from './situation.ts';

export function withSituationRead(index: QaIndex, question: string, lone: string, first: readonly Part[], ask: (text: string) => Part, budget: number, askAlone: (text: string) => Part = ask): Part[] {
  let parts = [...first];
  // 「我是初二的班主任，…我们班只选出一个女生…。我想问问文件具体是怎么要求的？」: a question with no
  // subject of its own, declined alone, is read with the situation told before it.
  // 「…全体教师的心理健康工作会，九月份开过一回了…到底一学期要开几次」: so is one that names nothing
  // itself (开, 一学期), whatever clause its bare words reach; 「…校长以为民办的不用管这个考核。到底要不要参加？」
  // asks whether, of what the situation names.
  const bare = lone !== undefined && topicWords(index, lone).every((w) => FRAME.test(w)) && parts.length === 1 && parts[0]?.inScope === true && (/几|多少|多久|多长|要不要|需不需要|用不用|该不该/.test(lone) || ENOUGH.test(lone)) && !index.intents(lone).includes('list');
  // 「专家讲到考核办法的基本原则有四条，我只记下了…。另外三条是什么？」: a question that names nothing,
  // after a message that names one section by its title, asks of that section.
  const namesNothing = (x: string) => topicWords(index, x).every((w) => !index.terms(w).some((t) => index.known(t) && !index.generic.has(t)));
  const titled = lone !== undefined && namesNothing(lone) && question.length >= lone.length + 8
    ? index.passages.filter((x) => x.kind === 'section' && [...x.title].length >= 4 && question.includes(x.title))
    : [];
  const [section] = titled;
  // 「…让我先把校长负责制的材料理出来。这一条要求我们形成哪些文件？」: a question that points back at a clause
  // (这一条), naming no clause's subject itself (家长会这块 does), asks of the one the situation plainly names.
  // (「…一直没成文的制度…制度里要写清楚哪些东西」: so does a 制度 asked of, of the thing the situation names.)
  // (The situation told before the lone question, read once for the readings below.)
  const told = lone ? situationOf(question, lone, true) : undefined;
  const ruled = lone && !BACK_TO_CLAUSE.test(lone) && RULES_ASKED.test(lone) && !namesItem(index, lone.replace(RULES, '')) ? rulesOf(index, told) : undefined;
  // (「校长想知道考核里有没有相关要求」: who wants to know names no clause.)
  const pointed = !lone ? undefined : BACK_TO_CLAUSE.test(lone) && !namesItem(index, lone.replace(WANTS_TO_KNOW, '')) ? pointedClause(index, told) : ruled?.passage;
  // 「我是宿管阿姨，学校让我当心理健康安全员…要参加培训吗？」: the clause the situation plainly names (situation.ts).
  const situated = lone && !pointed ? situationSubject(index, question, lone) : undefined;
  const plain = situated?.passage;
  // (「…学习压力特别大…。办法对这类学生有什么安排？」: what is arranged for them, asked of nothing named, reads the situation's words even in the clause already found: they pick its sentence.)
  const subject = situated && (parts[0]?.passages[0] !== situated.passage || HOW_ARRANGED.test(lone)) ? situated.words : [];
  // 「…新校长开会问心理这块到底谁负总责。…按考核办法到底是谁？」「有几个学校问考核到底啥时候来…我该怎么
  // 答复他们？」: a question that names nothing asks what was asked of the asker, reported before it.
  // (The message's own last sentence: the lone question may carry words pointed back at.)
  const last = /[^。！!？?；;]+[。！!？?；;]*$/u.exec(question.trim())?.[0] ?? '';
  const reported = lone && last.length < question.length && namesNothing(last) ? reportedQuestion(index, question.slice(0, question.length - last.length)) : null;
  const heard = reported ? askAlone(reported) : null;
  if (heard && heard.inScope && !heard.text.startsWith(QA_TEXT.silentLead)) return [heard];
  // 「…我们打算成立心理社团、换一期心理橱窗。这个算文件里的主题活动吗？」: 这个 points back at the sentence
  // told just before; read with it, the same clause settles whether it counts.
  const prior = lone && POINTS_BACK_COUNTS.test(lone) && !/^(?:不)?算/.test(parts[0]?.text ?? '') ? /([^。！!？?；;]+)[。！!；;]\s*$/u.exec(question.slice(0, question.length - last.length))?.[1] : undefined;
  const counted = prior ? ask(`${prior}，${lone}`) : null;
  if (counted && counted.inScope && /^(?:不)?算/.test(counted.text) && counted.passages[0] === parts[0]?.passages[0]) return [counted];
  if (lone && section && titled.length === 1 && !lone.includes(section.title)) {
    const retry = ask(`${section.title}，${lone}`);
    if (retry.inScope && retry.passages[0] === section) parts = [retry];
  } else if (pointed && lone && parts[0]?.passages[0] !== pointed) {
    // (「…参加了市里的基本功大赛…考核里有没有相关要求」: in the situation's own words for the clause, which pick its sentence; else by its title.)
    const toldWords = ruled ? [] : index.surfaces(told ?? '').filter((x) => !index.generic.has(x.term) && (index.docOf(pointed)?.topics.has(x.term) ?? false)).map((x) => x.word);
    const said = toldWords.length > 0 ? ask(`${toldWords.join('、')}，${lone}`) : null;
    const retry = said && said.inScope && said.passages[0] === pointed && !said.text.startsWith(QA_TEXT.silentLead) ? said : ask(`${ruled?.words ?? pointed.title}，${lone}`);
    if (retry.inScope && retry.passages[0] === pointed) parts = [retry];
  } else if (plain && lone && subject.length > 0 && asks(index, lone)) {
    const retry = ask(`${subject.join('、')}，${lone}`);
    if (retry.inScope && retry.passages[0] === plain && !retry.text.startsWith(QA_TEXT.silentLead)) parts = [retry];
  } else if (lone && bare && asks(index, lone) && question.length >= lone.length + 8) {
    const retry = ask(question);
    if (retry.inScope && !retry.text.startsWith(QA_TEXT.silentLead)) parts = [retry];
  } else if (lone && parts.every((p) => !p.inScope && p.text === QA_TEXT.outOfScope) && asks(index, lone) && question.length >= lone.length + 8) {
    const retry = ask(question);
    if (retry.inScope) parts = [retry];
    else {
      // …or, when the situation's own words (男生都不愿意当) keep the whole from being taken on, the
      // clause the whole message is plainly about answers the question.
      const all = [...new Set(index.terms(question))];
      const top = targetFirst(index, preferSpecific(rank(index, all, index.surfaces(question)), index.intents(question), question, index), question)[0];
      if (top && top.onTopic && trusted(index, top, all, question)) parts = [inScope(compose(index, top.passage, index.terms(question), index.intents(lone), budget, lone), [top.passage])];
    }
  }
  // 「财务问我…有没有硬性标准，我也说不清，按办法生均经费最低多少？」: in a long question, the clause
  // that asks last, with a subject of its own, is answered when the whole is declined or lands on a
  // section — the situation told before it drew the whole away from the clause it asks about.
  // (Not when the whole asks of a thing the rubric has no word for: 「有没有额外的岗位补贴，多少钱」.)
  const tail = lone && extraUnknown(index, lone).length === 0 ? lastClause(index, lone, parts[0]) : null;
  if (tail) {
    const own = ask(tail);
    // …by a clause, or by a section that says what it asks about (一票否决 in 五、考核结果运用).
    const at = own.passages[0];
    const says = at !== undefined && (at.kind === 'item' || topicWords(index, tail).every((w) => at.text.includes(w)));
    if (own.inScope && says && !own.text.startsWith(QA_TEXT.silentLead)) parts = [own];
  }
  return parts;
}

/** 「校长想知道…」「主任问…」: who asks, before what is asked. */
const WANTS_TO_KNOW = /^(?:我们|学校的?|我校)?(?:校长|副校长|主任|书记|领导|组长)(?:想知道|想问问?|问|让我问问?)[，,：:]?/u;

/** 「这个算…吗」「这些都算…吗」: whether what was told counts, pointed back at. */
const POINTS_BACK_COUNTS = /^(?:那)?(?:这个|这些|这样|这俩|这两个|这几个|这两样)(?:都|也)?(?:能)?算/u;

/** 「问心理这块到底谁负总责」: a question asked of the asker, reported (问…), that names a thing of the rubric. */
const REPORTED = /(?:问|想知道|打听)(?:我|我们|他|她|一下|了)?[，,:：]?\s*([^。！!？?；;]{3,40})/gu;
const ASKING_WORD = /谁|什么|啥|哪|几|多少|多久|怎么|怎样|如何|吗|么|是不是|要不要|能不能|可不可以|有没有/;

function reportedQuestion(index: QaIndex, before: string): string | null {
  const heard = [...before.matchAll(REPORTED)].map((m) => m[1] ?? '').pop();
  // (Only its clause that asks: 「考核到底啥时候来，说要提前准备」.)
  const clause = heard?.split(/[，,]/).find((c) => ASKING_WORD.test(c));
  return clause && index.terms(clause).some((t) => index.known(t) && !index.generic.has(t)) ? clause : null;
}
