/**
 * Whom a role is drawn from, and plans narrowed to some (只…), in stage 5 of the Q&A pipeline
 * (apply): 「保安能当心理健康安全员吗」「安全员要从老师里面选吗」「可以只培训班主任吗」「辅导室只在迎检
 *那一周开放，算达标吗」. Each verdict comes from the clause's own sentences. Pure.
 */
import type { Passage, QaIndex } from './index.ts';
import { ASKING, ASKS_LEAVE, contentTerms, grantWord, refusalWord, statedIn, type LeaveVerdict } from './permission.ts';

/** 「在学校保安、宿管、食堂等后勤工作岗位中，配备…人员为心理健康安全员」: whom a role is chosen from. */
const POOL = /在[^，。；]{0,8}?((?:\p{Script=Han}{1,6}、)+\p{Script=Han}{1,6})等?[^，。；]{0,12}?中，?[^。；]{0,30}?为([^，。；]{2,12})/gu;

/** 「从老师里面选」「从班干部中挑」: the pool a role is drawn from, as the asker names it. */
const FROM_POOL = /从([^，,。？?！!从]{1,8}?)(?:里面?|中间?|当中|里头|之中)(?:选|挑|找|产生|出|配|抽)/;

/**
 * 「保安能当心理健康安全员吗」「安全员能从宿管里选人吗」: leave for one the clause names as whom the
 * role is chosen from (在保安、宿管、食堂等…中…为心理健康安全员) → 可以 / 能 / 行, in the asker's word.
 * Null otherwise, and for a question that denies anything (不是, 没有).
 */
export function poolVerdict(index: QaIndex, question: string, text: string): string | null {
  // 「心理健康安全员要从老师里面选吗」: a pool asked (从老师里面选) that is none the clause names → 不是, with whom it names.
  // (Not 「从哪些岗位里选」: which pool is asked, not one put.)
  const from = FROM_POOL.exec(question)?.[1]?.replace(/^.*(?:哪|什么|啥|谁).*$/, '');
  if (from) {
    for (const m of text.matchAll(POOL)) {
      const role = contentTerms(index, m[2] ?? '');
      if (role.length === 0 || statedIn(index, question, role).length < role.length) continue;
      const span = /在[^，。；]*?中/.exec(m[0])?.[0] ?? '';
      const named = (m[1] ?? '').split('、').some((x) => from.includes(x)) || contentTerms(index, from).some((t) => statedIn(index, span, [t]).length > 0);
      return named ? `${/要|需要|必须|得/.test(question) && !ASKS_LEAVE.test(question) ? '是' : grantWord(question)}。` : `不是。原文是${span}配备。`;
    }
  }
  if (!ASKS_LEAVE.test(question) || /不是|没有?|不能|不可以/.test(question.replace(ASKING, '，'))) return null;
  for (const m of text.matchAll(POOL)) {
    const members = (m[1] ?? '').split('、');
    const role = contentTerms(index, m[2] ?? '');
    if (role.length === 0 || statedIn(index, question, role).length < role.length) continue;
    // 「学校保安」 is named 保安 too.
    if (!members.some((x) => question.includes(x) || (x.length > 2 && question.includes(x.slice(-2))))) continue;
    return `${grantWord(question)}。`;
  }
  return null;
}

/** 「测评可以只测初一吗」「成长导师能不能只给留守儿童配」「心理课可以只在上学期上吗」: a plan narrowed by 只. */
/** 「只凭测评结果就定」「光看分数来判断」: one source alone. */
const SOLELY = /(?:只|光|仅|单|就)(?:凭|靠|看|根据|依据|依靠)([^，,。？?！!\s]{2,10}?)(?:就|来|去|判断|确定|定|[，,]\s*(?:而)?不(?:结合|参考|看|管|听))/u;
const ONLY = /只(?:在|给|选|测|配|开|上|做|讲|搞|对|让|针对|面向)?([^，,。？?！!\s]{1,12}?)(?:上|测|配|开|做|讲|搞|选|配备)?(?:可以|行|能|吗|么|嘛|[，,？?]|$)/u;
/** Only at the inspection: 只在迎检那一周, 光检查的时候; or shut as a rule: 平时锁着, 平常关着. */
const FOR_SHOW = /(?:只|仅|光)(?:在|等|到|有)?[^，,。？?！!]{0,4}(?:迎检|检查|考核|督导|评估|验收|上级来人)(?:的)?(?:那|这)?(?:一?周|几天|期间|时候|时|前后?|阶段)|(?:平时|平常|平日)(?:都|就)?(?:锁着|关着|锁门|关门|不开)/;
/** A sentence that asks it of everyone or every time (常态化: as a matter of course, not on occasion). */
const EVERY = /全体|所有|全部|全覆盖|常态化|每(?:个|名)?(?:班|学生|学期|周|两周|天|学年)/;

/**
 * A plan narrowed by 只 against a clause that asks it of all (全体学生, 所有班级, 每两周) or names a
 * list the thing is one item of (单亲、离异、留守、随迁): 不可以 / 不能, with that sentence. A plan that
 * narrows to the clause's own scope (只测四年级以上: the clause says 小学四年级以上) is not refused. Null
 * otherwise.
 */
export function onlyVerdict(index: QaIndex, p: Passage, question: string): LeaveVerdict | null {
  return onlyRead(index, p, question, false) ?? onlyRead(index, p, question, true);
}

function onlyRead(index: QaIndex, p: Passage, question: string, restLeft: boolean): LeaveVerdict | null {
  // (「成长导师是不是只给留守儿童配」: only some, put for confirming, is answered 不是 the same way; 「…只给重点学生建，符合要求吗」, a practice judged, 不符合.)
  const claimed = /是不是只|是否只|(?<!不)是只/.test(question), judged = /符合|达标|合规/.exec(question)?.[0];
  if ((!ASKS_LEAVE.test(question) && !claimed && !judged) || /只有|只要|只是|不只/.test(question)) return null;
  // 「辅导室只在迎检那一周开放，算达标吗」「辅导室能不能平时锁着…」: only for the inspection, or shut as a rule, where the clause asks it as a matter of course.
  const routine = FOR_SHOW.test(question) ? p.sentences.find((s) => /常态化|每周|周开放|定期|经常/.test(s.text)) : undefined;
  if (routine) return { word: claimed ? '不是' : judged && !ASKS_LEAVE.test(question) ? `不${judged}` : refusalWord(question), sentence: routine.text };
  // 「预警学生能只凭测评结果就定下来吗」: one source alone, where the clause weighs it with others (结合…).
  const solely = SOLELY.exec(question);
  const source = solely ? contentTerms(index, solely[1] ?? '') : [];
  const weighed = p.sentences.find((s) => /结合/.test(s.text) && source.some((t) => s.terms.has(t)));
  if (weighed) return { word: claimed ? '不是' : refusalWord(question), sentence: weighed.text };
  const m = ONLY.exec(question);
  const thing = m?.[1]?.replace(/^(?:在|给|对)/, '') ?? '';
  if (!m || thing.length === 0) return null;
  // (「心理健康教育能只针对有问题的学生搞吗」: a topic every clause shares, 心理健康教育, when it is the only one.)
  // (「只给重点关注的学生做心理测评，其他学生不测，可以吗」: read again, the rest left out, told again, names no topic of its own.)
  const rest = restLeft ? question.replace(m[0], ' ').replace(/(?:其他|其余|别的|剩下的?)[^，,。？?！!]{0,10}?(?:不|没)[^，,。？?！!]{0,6}/gu, ' ') : question.replace(m[0], ' ');
  const named = contentTerms(index, rest).filter((t) => t.startsWith('='));
  const shared = index.terms(rest).filter((t) => index.generic.has(t) && [...t.replace(/^=/, '')].length > 1 && !index.filler(t));
  // 「全员导师制只让班主任当导师」: a word of the topic itself (导师 of 全员导师制) narrows nothing.
  const narrowing = contentTerms(index, thing);
  // 「可以只培训班主任吗」: nothing named outside 只…, the thing done (培训) is the topic when a sentence asks it of all.
  const doneOfAll = named.length > 0 || shared.length > 0 ? [] : narrowing.filter((t) => p.sentences.some((s) => /全体|所有|全部|全员/.test(s.text) && s.terms.has(t)));
  const topic = named.length > 0 ? named : shared.length > 0 || doneOfAll.length === narrowing.length ? shared : doneOfAll;
  // (「全体教职工的心理健康培训，可以只培训班主任吗」: 培训, cut whole from 培训班主任, is the topic's =培训.)
  const ofTopic = (t: string) => topic.includes(t) || topic.includes(index.concept(t));
  const words = narrowing.some((t) => !ofTopic(t)) ? narrowing.filter((t) => !ofTopic(t)) : narrowing;
  const key = words.length > 0 ? words.map((t) => t.replace(/^=/, '')) : [thing];
  const on = p.sentences.filter((s) => topic.some((t) => s.terms.has(t)));
  // One item of a list the sentence names (留守 in 单亲、离异、留守、随迁).
  const inItem = (item: string) => key.some((k) => item.includes(k)) || index.terms(item).some((t) => words.includes(t));
  const listed = on.find((s) => (s.text.match(/\p{Script=Han}{1,8}(?:、\p{Script=Han}{1,8})+/gu) ?? []).some((l) => l.split('、').length >= 3 && l.split('、').some(inItem)));
  // Else asked of all, and the thing is no part of the sentence's own scope.
  // (…the head noun of its scope, 学生 of 全体学生, is no narrowing: 有问题的学生 narrows by 问题.)
  const narrows = (s: { text: string }) => {
    const scope = /(?:全体|所有|全部)(\p{Script=Han}{1,4}?)(?=开展|[，,。；（(]|的)/u.exec(s.text)?.[1] ?? '';
    const own = key.filter((k) => !scope.includes(k));
    return own.length > 0 && !own.some((k) => s.text.includes(k));
  };
  const all = listed ?? on.find((s) => EVERY.test(s.text) && (!key.some((k) => s.text.includes(k)) || narrows(s)));
  return all ? { word: claimed ? '不是' : judged && !ASKS_LEAVE.test(question) ? `不${judged}` : refusalWord(question), sentence: all.text } : null;
}
