/**
 * Whether someone the asker describes may hold a post, in stage 5 of the Q&A pipeline (apply):
 * 「中文系毕业，没考证，参加过岗前培训，符合心理老师的要求吗」 → 不符合;
 * 「心理学本科毕业，没有证书，能转任心理老师吗」 → 可以，还要经过岗前培训.
 *
 * The conditions are data (`rubric/qualifications.yaml`): groups that must all be met, each by one
 * of its conditions, and the phrasings by which an asker says they have or lack one. What the asker
 * does not say stays open and is named as still needed; a verdict is given only when the told
 * conditions settle it. How the clause's conditions combine is this project's reading, and the
 * reply says so. Pure.
 */
import { parse } from 'yaml';
import { z } from 'zod';
import type { Passage, QaIndex } from './index.ts';
import { cite, fit, inScope, type Part } from './parts.ts';
import { QA_TEXT } from '../text/qa-replies.ts';
import { leaveWord } from './staff.ts';
import { KIND_ASKED } from './retrieve.ts';

export interface Condition {
  name: string;
  has: RegExp;
  lacks: RegExp;
}

export interface Qualification {
  item: string;
  role: string;
  /** This project's reading, labelled in every reply. */
  reading: string;
  who: RegExp;
  asks: RegExp;
  sentence: string;
  need: string[][];
  conditions: Record<string, Condition>;
  /** Another way onto the post the clause names (转任), for an asker who tells no condition of their own. */
  routes: { asks: RegExp; says: string }[];
}

const pattern = z.string().min(1).refine((s) => {
  try {
    new RegExp(s, 'u');
    return true;
  } catch {
    return false;
  }
}, '不是合法的正则表达式');

const Schema = z.array(
  z
    .object({
      item: z.string().min(1),
      role: z.string().min(1),
      reading: z.string().min(1),
      who: pattern,
      asks: pattern,
      sentence: z.string().min(1),
      need: z.array(z.array(z.string().min(1)).min(1)).min(1),
      conditions: z.record(z.string(), z.object({ name: z.string().min(1), has: pattern, lacks: pattern }).strict()),
      routes: z.array(z.object({ asks: pattern, says: z.string().min(1) }).strict()).default([]),
    })
    .strict()
    .refine((q) => q.need.flat().every((c) => c in q.conditions), 'need 里有 conditions 没写的条件'),
);

export type QualificationsResult = { ok: true; value: Qualification[] } | { ok: false; errors: string[] };

export function parseQualifications(text: string, file: string): QualificationsResult {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (err) {
    return { ok: false, errors: [`${file}: YAML 格式错误：${String((err as Error).message).split('\n')[0]}`] };
  }
  const parsed = Schema.safeParse(raw ?? [], { error: z.locales.zhCN().localeError });
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((i) => `${file}: ${i.path.map(String).join('.')}: ${i.message}`) };
  return {
    ok: true,
    value: parsed.data.map((q) => ({
      ...q,
      who: new RegExp(q.who, 'u'),
      asks: new RegExp(q.asks, 'u'),
      conditions: Object.fromEntries(Object.entries(q.conditions).map(([id, c]) => [id, { name: c.name, has: new RegExp(c.has, 'u'), lacks: new RegExp(c.lacks, 'u') }])),
      routes: q.routes.map((r) => ({ asks: new RegExp(r.asks, 'u'), says: r.says })),
    })),
  };
}

export type Told = 'has' | 'lacks';

/**
 * What the asker says of each condition, clause by clause (但, 也 and 又 start a clause: 「没有心理学
 * 背景但有证书」): lacks before has, the last clause that says either wins.
 */
/** A 不 / 没 / 未 before what is met: 不搞, 没有, 不实行. */
const NEGATED = /(?:不|没有?|未|别)(?:搞|实行|要|用|设|做|建|经过|参加|是)?$/;

export function toldConditions(q: Qualification, text: string): Map<string, Told> {
  const out = new Map<string, Told>();
  // (「没有任何心理学背景」「没什么心理学背景」: 任何, 什么 only stress the 没有.)
  const clauses = text.replace(/(没有?|无|未)(?:任何|什么|啥|一点)/g, '$1').split(/[，,。；;？?！!\s]|但是?|不过|可是|而且|并且|也|又/u).filter((c) => c.length > 0);
  for (const clause of clauses) {
    for (const [id, c] of Object.entries(q.conditions)) {
      const has = c.has.exec(clause);
      // 「不搞校长负责制」: what is met, said with a 不 / 没 before it, is lacking.
      const denied = has !== null && NEGATED.test(clause.slice(Math.max(0, has.index - 4), has.index));
      if (c.lacks.test(clause) || denied) out.set(id, 'lacks');
      else if (has) out.set(id, 'has');
    }
  }
  return out;
}

/**
 * A figure, a score or a deduction asked is no question of eligibility; nor is leaving the post to
 * some alone (「只让班主任当，其他老师不参与」): who else must take part is the clause's to say; nor is
 * leaving the post out (「成长导师能不能一个都不配」).
 */
const OTHER_ASKED = /一个(?:都|也)不|(?:都|也)不(?:配|设|选)|几|多少|次数|频次|频率|扣|分数|比例|待遇|工资|职称|只(?:让|有|由|能|安排)|仅(?:让|由)|其他[^，,。？?]{0,6}(?:不|都不)/;

/** The asker's own word for yes and no: 符合, 有资格, 合格, 可以, 行, 能. */
function words(question: string): [string, string] {
  if (/符合/.test(question)) return ['符合', '不符合'];
  if (/有没有资格|有资格|够资格|够格/.test(question.replace(/资格证书?/g, ''))) return ['有资格', '没有资格'];
  if (/合格|达标/.test(question)) return ['合格', '不合格'];
  const leave = leaveWord(question);
  return leave ? [leave, `不${leave}`] : ['可以', '不可以'];
}

/** The verdict for the person described, or null when the message asks no such thing or says nothing of the conditions. */
/** Taking the post: 当心理老师, 兼职心理老师, 心理老师…是体育老师 (not 体育老师说…算心理课吗). */
const TAKES_POST = /(?:当|做|兼任?|兼职|担任|转任|转岗|来教|教)(?:兼职|专职)?(?:的)?心理(?:健康)?(?:教育)?(?:老师|教师|课)|心理(?:健康)?(?:教育)?(?:老师|教师)[^，,。？?]{0,6}是[^，,。？?]{0,6}(?:老师|教师)/;
/** A teacher of another subject: 体育老师, 语文教师. */
const SUBJECT_TEACHER = /(?:语文|数学|英语|物理|化学|生物|历史|地理|政治|道法|道德与法治|思政|体育|音乐|美术|信息|科学|劳动|综合实践)(?:老师|教师)/;

export function qualifyVerdict(index: QaIndex, question: string, budget: number, whole: string = question): Part | null {
  for (const q of index.qualifications ?? []) {
    // (「资格证书具体是哪一种证」 asks which certificate, not whether someone qualifies.)
    // (「心理老师要什么资格？别的学科老师能转岗来教吗？」: a route asked of the post the message names before.)
    const routeAsked = q.routes.some((r) => r.asks.test(question)) && q.who.test(whole);
    if (!(q.who.test(question) || routeAsked) || !q.asks.test(question) || OTHER_ASKED.test(question) || KIND_ASKED.test(question)) continue;
    // 「刚毕业的年轻老师没啥经验，可以安排当…成长导师吗」: what is told may stand before the question.
    const told = toldConditions(q, whole);
    const passage = index.byId.get(q.item);
    // 「专职心理老师可以是别的学科老师转过来的吗」: nothing told of anyone; the route the clause names answers.
    // (Only a yes-or-no: 「转岗当心理老师有啥条件」 asks the conditions, which the sentence quoted gives.)
    const route = told.size === 0 && /[吗么嘛]|能不能|可不可以|行不行|是否|可否|能否/.test(question) ? q.routes.find((r) => r.asks.test(question)) : undefined;
    if (passage && route) return withSentence(passage, q.sentence, QA_TEXT.qualifyRoute(words(question)[0], route.says), '', budget);
    const name = (ids: readonly string[]) => ids.map((id) => q.conditions[id]?.name ?? id).join('或');
    // 「体育老师可以兼职心理老师吗」: a teacher of another subject, nothing told of them: yes, on every condition.
    if (told.size === 0 && passage && SUBJECT_TEACHER.test(question) && TAKES_POST.test(question) && !/算|代替|替|顶/.test(question) && /[吗么嘛]|能不能|可不可以|行不行/.test(question)) return withSentence(passage, q.sentence, QA_TEXT.qualifyYes(words(question)[0], q.need.map(name)), QA_TEXT.qualifyReading(q.reading), budget);
    if (told.size === 0 || !passage) continue;
    const blocked = q.need.filter((g) => g.every((id) => told.get(id) === 'lacks'));
    // Still needed: each group none of whose conditions is told met, named by those not told lacking.
    const open = q.need.filter((g) => !g.some((id) => told.get(id) === 'has') && !blocked.includes(g));
    const [yes, no] = words(question);
    const still = open.map((g) => name(g.filter((id) => told.get(id) !== 'lacks')));
    // 「没有任何心理学背景的语文老师，能直接当心理老师吗」: 直接 asks whether nothing more is needed.
    const direct = still.length > 0 && /直接/.test(question);
    const lead = blocked.length > 0 ? QA_TEXT.qualifyNo(no, blocked.map(name)) : direct ? QA_TEXT.qualifyNotDirect(no, still) : QA_TEXT.qualifyYes(yes, still);
    return withSentence(passage, q.sentence, lead, QA_TEXT.qualifyReading(q.reading), budget);
  }
  return null;
}

/**
 * 「专职心理老师要有教师资格证吗」「心理老师一定要是心理学专业毕业的吗」: a must asked of one condition of a group
 * any one of which will do (背景 or 证书) → 不一定, the group named. Null otherwise.
 */
export function eitherMust(index: QaIndex, question: string, budget: number): Part | null {
  // What is asked to be had: the words after the must (「…要有教师资格证吗」), never 要求 (「符合要求吗」).
  const must = /(?:要不要|需不需要|是不是必须|是不是一定要?|需要|必须|一定要|一定得|非得|要(?!求))((?:是|有|具备|取得|考)?[^，,。？?]{1,14}?)(?:吗|么|嘛)?[？?]?$/.exec(question)?.[1];
  // (A yes or no only: 「要啥资格」「要什么学历」 ask which, answered by the sentence.)
  if (!must || /什么|啥|哪|几|多少|怎/.test(must) || !/[吗么嘛][？?]?$|要不要|需不需要|是不是/.test(question)) return null;
  for (const q of index.qualifications ?? []) {
    const passage = index.byId.get(q.item);
    if (!passage || !q.who.test(question)) continue;
    // The conditions the question names as what must be had (证 → certificate, 心理学专业 → background).
    // (By the words of its name, 资格 of 取得相关资格证书, 心理学 of 心理学教育背景: what is asked for is not yet had.)
    const bigrams = (s: string) => [...s].slice(0, -1).map((ch, i) => ch + s[i + 1]).filter((b) => /^\p{Script=Han}{2}$/u.test(b) && !/^(?:相关|取得|经过|本科|教育|有相|或心|等相|心理|专业|业本)$/.test(b));
    // (「要不要持证上岗」: to hold a certificate at work is to have the 证书.)
    const asked = must.replace(new RegExp(q.who.source, 'gu'), '').replace(/持证(?:上岗)?|有证(?!明)/g, '证书');
    const named = Object.entries(q.conditions).filter(([, c]) => bigrams(c.name).some((b) => asked.includes(b))).map(([id]) => id);
    const group = q.need.find((g) => g.length >= 2 && named.length === 1 && g.includes(named[0] ?? ''));
    if (!group) continue;
    const names = group.map((id) => q.conditions[id]?.name ?? id);
    return withSentence(passage, q.sentence, QA_TEXT.eitherOne(names), QA_TEXT.qualifyReading(q.reading), budget);
  }
  return null;
}

/** The lead, the clause's sentence when it fits the budget, this project's reading (if any), the citation. */
function withSentence(passage: Passage, sentence: string, lead: string, reading: string, budget: number): Part {
  const citation = cite(passage);
  const room = budget - lead.length - citation.length - reading.length - QA_TEXT.quote('').length;
  const quote = sentence.length <= room ? QA_TEXT.quote(sentence) : '';
  return inScope(fit([lead + quote + reading, citation, QA_TEXT.fullTip(passage.no ?? 0)], budget), [passage]);
}
