/**
 * Stage 4 of the Q&A pipeline: which clause. BM25 over the index (index.ts) gives the hits; here
 * they are trusted or not — a weak match, a clause that does not speak of what is asked by name,
 * a number or a time asked that the clause does not give — and the clause that rules is preferred
 * to a summary. Pure.
 */
import { ACTOR_DOES, ACTOR_TITLE, keywordTerms, titled } from './titles.ts';
import type { Intent } from './synonyms.ts';
import type { Hit, Passage, QaIndex } from './index.ts';
import { extractNumbers } from '../text/numbers.ts';
import { ANSWERS } from './sentences.ts';
import { headings } from './parts.ts';
import { PUBLISH } from './words.ts';
import { asks } from './normalize.ts';
import { HANDLING, HANDLING_CLAUSE } from './handling.ts';

/** Below these the best passage is not trusted: the question is refused, not guessed. */
export const MIN_COVERAGE = 0.5;
/** …and higher when the match is only in the body text (「校长在办公室吗」 matches 办公室). */
export const MIN_COVERAGE_OFF_TOPIC = 0.8;
export const MIN_SCORE = 2;
/**
 * On topic and this much covered, with nothing else but chat (来, 主要, 最后, 拍板: no noun the
 * rubric does not know), the best passage is still trusted: 「督学来学校主要看心理哪些东西」.
 */
export const CHAT_COVERAGE = 0.3;
/**
 * Words that ask about the assessment itself (扣分, 达标, 算不算, 哪一项): with them, a clause on topic
 * and this much covered is trusted whatever else the message says.
 */
const RUBRIC_FRAMING = /算[^，,。？?]{0,12}[吗么]|扣分|扣多少|扣几分|会扣|几分|考核|迎检|督导|哪项|哪一项|哪条|哪一条|哪块|哪一块|算不算|能算|可以算|算吗|算哪|达标|合格|够吗|够不够|够没|符合要求|有要求|有没有要求|什么要求|啥要求|有规定|有没有规定/;
/** …when a title or keyword word of at least this idf is among what it matches (专班 2.1, not 学生 0.7). */
const FRAMED_ANCHOR_IDF = 2;
/** …when a title or keyword word of at least this idf is among what it matches. */
const CHAT_ANCHOR_IDF = 2.3;
/** On topic but below MIN_COVERAGE: still plainly about the clause when this much of the question matches it. */
export const WEAK_COVERAGE = 0.3;
/** Other passages cited after the best one must score at least this share of it. */
export const ALSO_CITE = 0.6;

/** Words the rubric does not know, said negated (不同意, 不配合): the situation a question names. */
export function refusals(index: QaIndex, q: string, terms: readonly string[]): string[] {
  // (「家长拒绝心理测评怎么办」: 拒绝 and 反对 refuse as 不同意 does.)
  return [...q.matchAll(/[不没](\p{Script=Han}{2})|(拒绝|反对|抵触)/gu)].flatMap((m) => {
    const word = m[1] ?? m[2] ?? '';
    return terms.includes(word) && !index.known(word) ? [word] : [];
  });
}

export function mentions(index: QaIndex, p: Passage, word: string): boolean {
  // 「培训什么内容」: a clause that names the themes (危机识别与干预等主题培训) names the content.
  return index.docs.some((d) => d.passage === p && (d.raw.includes(word) || (word === '内容' && d.raw.includes('主题'))));
}

const isSummary = (p: Passage) => headings(p) !== null;
/** The best hit is trusted: well covered, or on topic with only chat words around what it matches. */
export function trusted(index: QaIndex, top: Hit | undefined, terms: readonly string[], q = ''): boolean {
  if (!top || top.score < MIN_SCORE) return false;
  if (top.coverage >= (top.onTopic ? MIN_COVERAGE : MIN_COVERAGE_OFF_TOPIC)) return true;
  // 「政策落实那一项…这一项到底是怎么打分的」: a clause the asker calls by its name.
  const called = calledClauses(index, q);
  if (top.onTopic && called.length === 1 && called[0] === top.passage) return true;
  if (!top.onTopic || top.coverage < CHAT_COVERAGE) return false;
  const doc = index.docOf(top.passage);
  // What it matches must be the clause's own subject (督学, 辅导室), not a word many clauses share.
  const subject = (minIdf: number) => terms.some((t) => (doc?.topics.has(t) ?? false) && index.idf(t) >= minIdf);
  // 「应急预案我们一直没写 这一块会扣多少」: asked as a question about the assessment, on the clause's own subject.
  if (RUBRIC_FRAMING.test(q) && subject(FRAMED_ANCHOR_IDF)) return true;
  const anchored = subject(CHAT_ANCHOR_IDF);
  // Everything it does not match is chat: a single character, or a word of no topic (来, 主要, 最后).
  const chat = (t: string) => [...t].length === 1 || (!index.known(t) && !t.startsWith('=') && index.filler(t));
  return anchored && terms.every((t) => (doc?.tf.has(t) ?? false) || mentions(index, top.passage, t) || chat(t));
}

/** 「有什么要求」 asks what a clause requires; 「有哪几条」「几个方面」 ask for a summary's parts. */
const REQUIREMENTS_ASKED = /(?:有什么|有啥|哪些)要求|要求(?:是什么|有哪些)/;
const PARTS_ASKED = /几条|几项|几部分|几个?方面|几大|哪几/;

const good = (h: Hit) => h.onTopic && h.coverage >= MIN_COVERAGE && h.score >= MIN_SCORE;

/**
 * The clause that rules, not the summary or a section, leads when it matches as well:
 * points belong to items (「扣几分」), and 二(二)考核内容 only restates what the items require.
 */
export function preferSpecific(hits: Hit[], intents: readonly Intent[], q = '', index?: QaIndex): Hit[] {
  const top = hits[0];
  // 「对有自杀倾向学生的干预有什么要求」 asks a clause's requirements, not a summary's parts.
  const parts = intents.includes('list') && !(REQUIREMENTS_ASKED.test(q) && !PARTS_ASKED.test(q));
  // Under a summary, the best clause of its own on topic that matches half as well leads
  // (「经费按学生人头算，标准是多少钱」 is 第21条's, though 二(二) names 经费 and 标准化 both; 「基本原则有
  // 哪几条」 is 二(一)'s) — unless the parts themselves are asked for.
  if (top && isSummary(top.passage) && !parts) {
    const own = hits.find((h) => h !== top && !isSummary(h.passage) && h.onTopic && h.coverage >= WEAK_COVERAGE && h.score >= 0.5 * top.score);
    // (「经费可以找社会力量赞助吗」: a thing only the summary names, 社会力量, keeps it first.)
    // Named in three characters or more by the asker, and said word for word by the summary and by no item (not 标准 for 标准化).
    const only = () =>
      index !== undefined &&
      index.surfaces(q).some((x) => [...x.word].length >= 3 && x.term.startsWith('=') && !index.generic.has(x.term) && top.passage.text.includes(x.term.slice(1)) && !index.passages.some((p) => p.kind === 'item' && p.text.includes(x.term.slice(1))));
    if (own && !only()) return [own, ...hits.filter((h) => h !== own)];
  }
  // 「心理课可以只在上学期上吗」: two clauses that match about as well (within 5 %) — the one that
  // covers more of the question leads (第12条 on 心理课 itself, not 第7条 that names it in passing).
  const second = hits[1];
  if (top && second && second.onTopic && second.score >= 0.95 * top.score && second.coverage >= top.coverage + 0.15) {
    return preferSpecific([second, top, ...hits.slice(2)], intents, q, index);
  }
  const item = hits.find((h) => h.passage.kind === 'item' && good(h));
  if (!item || !top || top === item) return hits;
  if (intents.includes('points') || isSummary(top.passage)) return [item, ...hits.filter((h) => h !== item)];
  return hits;
}

/**
 * 「对有自杀倾向学生的干预有什么要求」: a section of principle that only names what is asked in its body (基本原则:
 * …干预、处置于一体) yields to a clause, nearly as good, whose title names it (第17条 心理摸排与干预).
 */
/** 「主题活动这一条」「知晓率那条」: a clause called by the words of its title. */
const CLAUSE_CALLED = /(\p{Script=Han}{2,8}?)(?:这一?条|那一?条|这一?项|那一?项)/u;

/**
 * 「主题活动这一条」: the items called by the words of their title before 这一条 / 那项; 「政策落实那一项」: an
 * area of one item called by the area's title is that item. Empty when none fits.
 */
export function calledClauses(index: QaIndex, q: string): Passage[] {
  const called = CLAUSE_CALLED.exec(q)?.[1];
  if (!called) return [];
  const area = index.rubric.areas.find((a) => called.endsWith(a.title));
  const areaItems = area ? index.passages.filter((p) => p.item?.area === area.id) : [];
  if (areaItems.length === 1) return areaItems;
  const calledTerms = index.terms(called).filter((t) => !index.generic.has(t));
  if (calledTerms.length === 0) return [];
  return index.passages.filter((p) => p.kind === 'item' && calledTerms.every((t) => titled(index, p).has(t) || p.title.includes(t.replace(/^=/, ''))));
}

export function preferTitled(index: QaIndex, hits: Hit[], terms: readonly string[], q = ''): Hit[] {
  const vetoed = notTheVeto(index, hits, terms, q);
  if (vetoed !== hits) return vetoed;
  const ruled = rulesOrDoing(index, hits, q);
  if (ruled !== hits) return ruled;
  // 「主题活动这一条有没有规定次数」: the clause named by its title, before 这一条 / 那项, is the one asked of.
  const called = calledClauses(index, q);
  const byName = hits.find((h) => called.includes(h.passage));
  if (byName && byName !== hits[0]) return [byName, ...hits.filter((h) => h !== byName)];
  const top = hits[0];
  // Named by a word of its title, or by the words themselves (开展主题活动 holds 主题活动 only as text).
  const named = (h: Hit) => terms.some((t) => !index.generic.has(t) && (titled(index, h.passage).has(t) || ([...t].length >= 3 && h.passage.title.includes(t))));
  if (!top || named(top)) return hits;
  // 「主题活动有什么要求」: an item that names it in passing (第7条: 督学…参加主题活动) yields to the one
  // titled by it (第13条 开展主题活动), when both cover the question alike.
  if (top.passage.kind === 'item') {
    // …named by what the asker wrote in three characters or more (主题活动), not a short word read
    // into a group (上面 in 「家长会上面」 is not 上级).
    const candidate = hits.find((h) => h !== top && h.passage.kind === 'item' && good(h) && h.score >= 0.6 * top.score && h.coverage >= top.coverage && named(h));
    // 「心理课一学期上20节对吗」: an item titled by who does it (第7条 责任督学入校), asked of no such person, yields
    // to the next, as good in cover, whose keywords the question says (第12条: 心理课).
    const keyed = (h: Hit) => terms.some((t) => !index.generic.has(t) && keywordTerms(index, h.passage).has(t));
    const next = hits[1];
    const actor = ACTOR_TITLE.exec(top.passage.title)?.[0];
    if (!candidate && actor && !q.includes(actor) && !ACTOR_DOES.test(q) && next && next.passage.kind === 'item' && !keyed(top) && keyed(next) && next.onTopic && next.coverage >= top.coverage && next.score >= 0.75 * top.score) return [next, top, ...hits.slice(2)];
    if (!candidate) return hits;
    const written = new Set(index.surfaces(q).filter((x) => [...x.word].length >= 3).map((x) => x.term));
    const byWritten = (h: Hit) => terms.some((t) => !index.generic.has(t) && (written.has(t) || !t.startsWith('=')) && (titled(index, h.passage).has(t) || ([...t].length >= 3 && h.passage.title.includes(t))));
    const titledItem = byWritten(candidate) ? candidate : undefined;
    return titledItem ? [titledItem, ...hits.filter((h) => h !== titledItem)] : hits;
  }
  // Only a section of principle (no figure, no date of its own: 基本原则, 考核依据), not one that rules.
  if (/\d/.test(top.passage.text)) return hits;
  const item = hits.find((h) => h.passage.kind === 'item' && good(h) && h.score >= 0.75 * top.score && h.coverage >= top.coverage && named(h));
  return item ? [item, ...hits.filter((h) => h !== item)] : hits;
}

/** Words quoted from the text, in windows of this many characters… */
const VERBATIM = 7;
/** …this many of them (a stretch of nine characters), tell a clause that says them word for word. */
const VERBATIM_WINDOWS = 3;
/** Only a question this long or shorter is read for them (the cost stays small). */
const VERBATIM_READ = 200;

/**
 * 「心理危机识别与干预的主题培训是针对哪些人的」: a clause nearly as good that says a stretch of the
 * question word for word (第9条: 定期开展心理危机识别与干预等主题培训), where the best says none of it,
 * comes first.
 */
export function preferVerbatim(hits: Hit[], q: string): Hit[] {
  const top = hits[0];
  if (!top || q.length > VERBATIM_READ) return hits;
  const windows = new Set<string>();
  for (let i = 0; i + VERBATIM <= q.length; i++) {
    const w = q.slice(i, i + VERBATIM);
    if (/^\p{Script=Han}+$/u.test(w)) windows.add(w);
  }
  const said = (h: Hit) => {
    const own = windowsOf(h.passage);
    return [...windows].filter((w) => own.has(w)).length;
  };
  if (windows.size === 0 || said(top) > 0) return hits;
  const other = hits.slice(1, 4).find((h) => h.onTopic && h.score >= 0.75 * top.score && said(h) >= VERBATIM_WINDOWS);
  return other ? [other, ...hits.filter((h) => h !== other)] : hits;
}

/** A passage's own windows of VERBATIM characters, read once per passage. */
const passageWindows = new WeakMap<Passage, ReadonlySet<string>>();
function windowsOf(p: Passage): ReadonlySet<string> {
  let set = passageWindows.get(p);
  if (!set) {
    const out = new Set<string>();
    for (let i = 0; i + VERBATIM <= p.text.length; i++) out.add(p.text.slice(i, i + VERBATIM));
    passageWindows.set(p, (set = out));
  }
  return set;
}

/** What the rules of a practice are asked of: the written rules, and what they must state. */
const RULES_ASKED = /制度|成文|文件|写[明清进上入]?|频次|服务内容|保障/;

/**
 * 「全员导师制到底是啥意思」「只让班主任当导师行吗」: a clause requiring the written rules of a practice
 * (第5条 全员导师制制度) yields to the clause of the practice itself (第9条 实施全员导师制) when nothing of
 * the rules is asked; 「制度里不写谈心谈话的频次可以吗」 is the rules' clause, though 谈心谈话 is the other's.
 */
function rulesOrDoing(index: QaIndex, hits: Hit[], q: string): Hit[] {
  const top = hits[0];
  if (!top || top.passage.kind !== 'item') return hits;
  const practice = (h: Hit) => /^(.{2,})制度$/.exec(h.passage.title)?.[1];
  const doing = (h: Hit, of: string) => h !== top && h.passage.kind === 'item' && h.passage.title.includes(of) && practice(h) === undefined;
  const own = practice(top);
  if (own !== undefined && !RULES_ASKED.test(q)) {
    const other = hits.find((h) => doing(h, own) && h.onTopic && h.coverage >= top.coverage - 0.05 && h.score >= 0.8 * top.score);
    return other ? [other, ...hits.filter((h) => h !== other)] : hits;
  }
  if (own === undefined && RULES_ASKED.test(q)) {
    const rules = hits.find((h) => h !== top && practice(h) !== undefined && top.passage.title.includes(practice(h) ?? '\u0000') && q.includes(practice(h) ?? '\u0000') && h.score >= 0.6 * top.score);
    return rules ? [rules, ...hits.filter((h) => h !== rules)] : hits;
  }
  return hits;
}

/** What the results section answers: the veto, awards, ranks, the year's score. */
const RESULTS_ASKED = /一票否决|否决|评优|评先|问责|追责|不合格|年度|得分|考核结果|结果|排名|取消|影响|后果|担责|责任|算不算|会不会/;

/**
 * 「考核要不要求学校针对学生轻生这类事件制定应急预案」: a death named (轻生, 跳楼) draws the results
 * section (its veto); when nothing of the veto is asked, an item named by a word of its own that the
 * section never says (应急预案, 危机干预) answers.
 */
function notTheVeto(index: QaIndex, hits: Hit[], terms: readonly string[], q: string): Hit[] {
  const top = hits[0];
  if (!top || top.passage.id !== 'section-results' || RESULTS_ASKED.test(q)) return hits;
  const results = index.docOf(top.passage);
  const own = (h: Hit) => terms.some((t) => t.startsWith('=') && !index.generic.has(t) && index.idf(t) >= 2 && !(results?.tf.has(t) ?? false) && (index.docOf(h.passage)?.tf.has(t) ?? false));
  const item = hits.slice(1, 8).find((h) => h.passage.kind === 'item' && own(h));
  if (item) return [item, ...hits.filter((h) => h !== item)];
  // 「假如有学生跟老师说想自杀，按办法学校要走什么流程」: how to handle a student at risk is asked, not the
  // veto: the clause that handles them (第17条 心理摸排与干预).
  const handling = HANDLING.test(q) ? hits.find((h) => h.passage.id === HANDLING_CLAUSE) : undefined;
  return handling ? [handling, ...hits.filter((h) => h !== handling)] : hits;
}
/** Asking for a number (多少, 几次) or a time (多久, 啥时候) needs one in the answer, before the citation. */
export const NUMBER_ASKED = /多少|(?<![哪那这了]|好)几(?!年级)|多大/;
export const SPAN_ASKED = /多长|多久/;
/** 「多久内要上报」「几天内要研判」: a time limit for an act. */
const DEADLINE_ASKED = /(?:多久|多长时间|几天|几个小时|几小时)(?:之|以)?内?(?:要|必须|得|就得|需要|应当?)?(上报|报告|报送|反馈|处置|研判|通知|转介|完成|送医|介入|处理)/;
const SPAN = /\d|学年|学期|每[天周月年]/;
const LENGTH_ASKED = /多长时间|多长|(?:讲|开|上|做|谈|聊|持续|进行)多久/;
const HOW_OFTEN = /多久.{0,8}?一?[次回趟节]|多长时间.{0,8}?一?[次回趟节]/;
const LENGTH = /\d+(?:\.\d+)?\s*(?:分钟|小时|课时|节|天)|时长/;
/** Words that give a question's scale or period, not its subject (每周, 学期, 学生). */
export const SETTING_WORDS: readonly string[] = ['学生', '班级', '年度', '学期', '周', '每天'];

export const DATE_ASKED = /第几周|第几个?星期|几号|几月几[日号]|哪一天|哪天(?!考)|哪一日/;
/** 「一节心理课是多少分钟」: a figure asked in its unit, given only in that unit. */
const UNIT_ASKED = /(?:多少|几)(?:个)?(分钟|小时|课时|学时|天|元|户|家(?![长庭校人访])|人次)/;
const DATE_GIVEN = /第?\d+\s*(?:周|日|号|月|天)/;

/** A certificate's kind or level asked: 哪一种证, 什么级别的证, B证, 二级咨询师. */
export const KIND_ASKED = /(?:哪一?种|哪类|哪一类|什么级别的?|哪个级别的?|哪一?级的?|几级)(?:资格)?证|证书?(?:是|要)?(?:哪一?种|什么级别|哪个级别|几级)|(?<![A-Za-z])[A-Da-d]\s*证|[一二三]级(?:心理)?咨询师/;

/**
 * What no clause gives, asked in so many words, and how the silence names it: which tool is used
 * (「心理测评用什么问卷」: 规范量表选用 is no name of one), who pays (「心理老师参加培训的经费谁出」: 第21条
 * sets the school's own budget only), one teacher's duty (「兼职心理老师每周要在辅导室值几个小时班」: the
 * text sets the room's hours only).
 */
const NOT_GIVEN: readonly { asked: RegExp; unsaid: (m: RegExpExecArray) => string }[] = [
  { asked: /(?:用|选|选用|采用|使用)(?:的)?(?:什么|哪个|哪种|哪一种|哪家|啥)(?:样的)?(问卷|量表|软件|平台|系统|工具|教材|APP|app)/, unsaid: (m) => `具体用哪种${m[1]}` },
  { asked: /(?:经费|钱|费用|\p{Script=Han}{1,3}费)(?:该|应该)?(?:由)?(?:谁|哪里|哪儿|哪个部门|哪方)(?:来)?(?:出|付|掏|承担|报销|负担|买单)/u, unsaid: () => '费用由谁承担' },
  { asked: /值(?:几|多少)(?:个)?(?:小时|钟头|天|次)?(?:的)?班|值班(?:要)?(?:几|多少)(?:个)?(?:小时|钟头|天|次)/, unsaid: () => '每位老师值班的时长' },
  { asked: /哪(?:一)?(?:级|家|类)(?:的)?医院|什么(?:级别|等级)的?医院|几级医院/, unsaid: () => '医院的级别' },
];

/** How the silence names what no clause gives (NOT_GIVEN), or null when the question asks none of it. */
function notGiven(q: string): string | null {
  const hit = NOT_GIVEN.map((x) => ({ x, m: x.asked.exec(q) })).find((y) => y.m !== null);
  return hit?.m ? hit.x.unsaid(hit.m) : null;
}

/** What the text is silent on, of what the question names (`what`): its time, its figure, or a certificate's kind. */
export function unsaidOf(what: string, q: string, intents: readonly Intent[]): string {
  const never = notGiven(q);
  if (never) return never;
  const deadline = DEADLINE_ASKED.exec(q)?.[1];
  if (deadline) return `${deadline}的时限`;
  if (SPAN_ASKED.test(q) || DATE_ASKED.test(q) || intents.includes('when')) return `${what}的具体时间`;
  if (TEACHER_LOAD.test(q)) return '每位老师上课的节数（原文是按班级规定课时的）';
  return KIND_ASKED.test(q) ? '资格证书的具体种类和级别' : `${what}的具体数字`;
}

/** A teacher's own load asked: 老师每周上几节, 教师课时量多少. */
const TEACHER_LOAD = /(?:老师|教师)(?:每周|一周|每学期|一学期|每天)?(?:最少|至少|最多|要|得)?(?:上|带|教)(?:几|多少)(?:节|课时)|(?:老师|教师)[^，,。？?]{0,6}(?:课时量|周课时)(?:是|要|有)?(?:多少|几)/;

/** Money asked for a person or a lesson: 补贴, 课时费, 多少钱. */
const MONEY_ASKED = /多少钱|几块钱|补贴|津贴|课时费|报酬|奖金|加班费|劳务费/;

/**
 * 「考核是到学校现场查看，还是只交电子材料」: the two things a 还是 question chooses between — the words
 * nearest 还是 on each side (not a period, a scale, a filler or a word many clauses share) — false
 * when the answer names neither. True when there is no such choice, or a side names nothing
 * (「两个学期的分是加起来还是平均」: 分 is no thing of its own).
 */
function eitherNamed(index: QaIndex, q: string, body: string): boolean {
  // (Only the clause that asks, the last: in 「就一个心理老师还是兼职的…这样行吗」 还是 chooses nothing.)
  const clauses = q.split(/[，,。？?！!；;]/).filter((c) => c.trim() !== '');
  const i = clauses.length - 1;
  const clause = clauses[i];
  if (clause === undefined || !/还是./.test(clause)) return true;
  const at = clause.indexOf('还是');
  // (「…现场查看，还是只交电子材料」: a choice begun after the comma chooses against the clause before.)
  const before = at === 0 ? (clauses[i - 1] ?? '') : clause.slice(0, at);
  const setting = new Set(SETTING_WORDS.map(index.concept));
  const words = (s: string) =>
    index.terms(s).filter((t) => !index.generic.has(t) && !setting.has(t) && !index.filler(t) && [...t.replace(/^=/, '')].length > 1);
  const [a, b] = [words(before.slice(-EITHER_SPAN)), words(clause.slice(at + 2, at + 2 + EITHER_SPAN))];
  if (a.length === 0 || b.length === 0) return true;
  const said = new Set(index.textTerms(body));
  return [...a, ...b].some((t) => said.has(t) || body.includes(t.replace(/^=/, '')));
}
/** How far from 还是 a side of the choice is read (「现场查看」, 「只交电子材料」). */
const EITHER_SPAN = 6;

const PEOPLE_AT_EACH = /每(?:次|场|回)[^，,。？?]{0,8}(?:多少|几)(?:个|名|位)?(?:家长|学生|人|老师|教师)|(?:多少|几)(?:个|名|位)?(?:家长|学生|人|老师|教师)(?:到场|参加|参与|出席|来)/;
export function givesWhatIsAsked(index: QaIndex, q: string, intents: readonly Intent[], text: string): boolean {
  const body = text.split('——')[0] ?? '';
  // 「一到六年级各2个班，每班40人，心理测评要测多少学生」: the count worked out from the asker's own figures.
  if (/^[0-9]+人。原文要求/.test(body)) return true;
  // 「那一条满分是几分」「这一项占几分」: points asked for are given by a score in 分.
  if (intents.includes('points') && !SPAN_ASKED.test(q) && /\d+(?:\.\d+)?分/.test(body)) return true;
  // 「光给老师发几篇优秀案例学习，这样行吗」「交几篇优秀案例可以代替上公开课吗」: a 几 told before a yes-or-no clause, or before the leave it asks, is 「several」.
  const lastClause = q.split(/[，,。；;！!\s]/).filter((c) => c.trim()).at(-1) ?? q;
  const severalOnly = /(?:吗|么|嘛|行不行|可不可以|能不能)[？?]?$/.test(q.trim()) && (!NUMBER_ASKED.test(lastClause) || /^[^多]*?几[^，,。？?多少几]{1,12}?(?:可以|能|算|行)[^多少几]*$/.test(lastClause));
  if (NUMBER_ASKED.test(q) && !intents.includes('list') && !severalOnly) {
    // The number must stand with what was asked about: not 知晓率100% for 「教育局电话多少」.
    // List labels (「8. 经费投入」) are not numbers; single characters (前, 天) name nothing.
    // A period or a scale (每周, 学生) is no subject: 「成长导师每周要找学生谈几次话」 is not answered
    // by 每班不少于2名 for 学生.
    const setting = new Set(SETTING_WORDS.map(index.concept));
    const asked = new Set(index.terms(q).filter((t) => !index.generic.has(t) && !setting.has(t) && [...t].length > 1));
    const clauses = body
      .split(/[，,；;。：:\n]/)
      .map((c) => c.replace(/^\s*\d+\.\s*/, ''))
      .filter((c) => extractNumbers(c).some((n) => !n.ordinal));
    // A number of the kind asked for (几次 → 一次) stands with the question whatever its words.
    const ofKind = (c: string) => intents.some((i) => ANSWERS[i]?.test(c) && i !== 'when');
    if (!clauses.some((c) => asked.size === 0 || ofKind(c) || index.textTerms(c).some((t) => asked.has(t)))) return false;
    // 「家访每学期至少要做几次」: a number of its kind (2次 of 家长课堂) in a clause that never names what is asked is not its number.
    const named = new Set(index.textTerms(body));
    if (asked.size > 0 && [...asked].every((t) => t.startsWith('=') && !named.has(t))) return false;
    // 「谈几次话」 asks how often: 每人1名 is a number of another kind, not the answer.
    if (intents.includes('frequency') && !intents.includes('count') && !clauses.some(ofKind)) return false;
    // 「家长课堂每次要求多少家长到场」: people counted at each time, where the clause counts only times (2次).
    if (PEOPLE_AT_EACH.test(q) && !clauses.some((c) => /[0-9一二两三四五六七八九十]\s*(?:名|人|位)/.test(c))) return false;
  }
  if (SPAN_ASKED.test(q) && !SPAN.test(body)) return false;
  // 「学生心理危机要多久上报」: a time limit for an act is given only as one (…小时内, …日内): 每学年 is no limit.
  if (DEADLINE_ASKED.test(q) && !/(?:小时|天|日)(?:之|以)?内/.test(body)) return false;
  // 「兼职心理老师上一节心理课补贴多少钱」: money asked is given by an amount in 元, or not at all.
  // 「心理老师要考B证还是C证」「资格证书具体是哪一种证」: the kind or level of a certificate, which the
  // text never names (相关资格证书).
  if (KIND_ASKED.test(q) || notGiven(q) !== null) return false;
  // 「兼职心理老师每周最少上几节心理课」: a teacher's own lessons, where the text counts them per class.
  if (TEACHER_LOAD.test(q) && !/每(?:名|位|个)?(?:专职|兼职)?(?:教师|老师)/.test(body)) return false;
  // (Only in a clause that asks: 「班主任有津贴她也没有。…算不算工作量」 tells of money, asks of none.)
  const moneyAsked = q.split(/[，,。？?！!；;]/).some((c) => MONEY_ASKED.test(c) && asks(index, c));
  if (moneyAsked && !/[0-9]\s*(?:元|块)/.test(body)) return false;
  // 「心理老师要考什么证，二级咨询师还是心理教师资格证」: a choice between things the answer names neither of.
  if (!eitherNamed(index, q, body)) return false;
  const unit = UNIT_ASKED.exec(q)?.[1];
  if (unit && !new RegExp(`[0-9]\\s*${unit}`).test(body)) return false;
  // 「班主任每学期要家访几次」: how often a thing is done, given only where the answer names the thing.
  // (「班主任家访一学期要做几次」: the period and the doing between the thing and 几次 are neither.)
  const thing = /(\p{Script=Han}{2,4}?)(?:[一每]个?(?:学期|学年|年|月|周|星期))?(?:至少|最少|起码)?(?:要|得|需要)?(?:做|开|搞|办|开展|进行|组织)?(?:几|多少)(?:次|回|场)/u.exec(q)?.[1];
  const things = thing ? index.surfaces(thing).filter((x) => !index.generic.has(x.term)).map((x) => x.term) : [];
  if (things.length > 0 && !things.some((t) => index.textTerms(body).includes(t))) return false;
  // 「成长导师多久要跟学生谈一次话」 asks how often: a rate (每学期不少于2次, 每两周1课时) answers it, 每人1名 does not.
  if (HOW_OFTEN.test(q) && !/每.{0,6}?(?:\d+|[一二两三四五六七八九十])\s*(?:次|回|节|课时)|\d+\s*次|每(?:天|日|周|两周|月|学期|学年|年)/.test(body)) return false;
  // 「每次讲座至少要讲多长时间」 asks how long one takes, not how often: a length in the answer, or silence.
  if (LENGTH_ASKED.test(q) && !HOW_OFTEN.test(q) && !LENGTH.test(body)) return false;
  // 「开学第几周之前做完」「几号」 asks a date or a week by number: 开学 alone does not give it.
  if (DATE_ASKED.test(q) && !DATE_GIVEN.test(body)) return false;
  return !intents.includes('when') || (ANSWERS.when?.test(body) ?? true);
}

/**
 * 「集体备课能不能就心理老师自己备，班主任不参加」: the thing a question opens with, when only a few
 * clauses name it (集体备课 in 第12条), is its subject: a clause nearly as good that names it comes
 * before one that only shares the people around it (第11条: 心理老师, 班主任).
 */
export function preferSubject(index: QaIndex, hits: Hit[], q: string, intents: readonly Intent[]): Hit[] {
  const top = hits[0];
  // Only a yes or no (能不能, 行吗) is asked of the thing it opens with.
  if (!intents.includes('yesno')) return hits;
  const first = index.surfaces(q).sort((a, b) => q.indexOf(a.word) - q.indexOf(b.word)).find((x) => x.term.startsWith('=') && !index.generic.has(x.term));
  if (!top || !first || index.idf(first.term) < SUBJECT_WEIGHT || q.indexOf(first.word) > 4) return hits;
  const has = (h: Hit) => index.docOf(h.passage)?.tf.has(first.term) ?? false;
  if (has(top)) return hits;
  // …and names as many of the question's things as the first does.
  const things = [...new Set(index.terms(q).filter((t) => t.startsWith('=') && !index.generic.has(t)))];
  const count = (h: Hit) => things.filter((t) => index.docOf(h.passage)?.tf.has(t)).length;
  const named = hits.find((h) => h !== top && has(h) && h.onTopic && h.score >= 0.8 * top.score && count(h) >= count(top));
  return named ? [named, ...hits.filter((h) => h !== named)] : hits;
}
/**
 * 「辅导室是不是每天都要开」: a clause that names none of the question's things, only its period or
 * scale (每天 of 倾听一刻钟), yields to one nearly as good that names them all; among those, the one
 * that says more of the question's other words (开 of 开放) first.
 */
export function preferNamed(index: QaIndex, hits: Hit[], q: string): Hit[] {
  const top = hits[0];
  if (!top) return hits;
  const setting = new Set(SETTING_WORDS.map(index.concept));
  const terms = [...new Set(index.terms(q))];
  const said = terms.filter((t) => t.startsWith('=') && !setting.has(t));
  const things = said.filter((t) => !index.generic.has(t));
  const names = (h: Hit, t: string) => index.docOf(h.passage)?.tf.has(t) ?? false;
  // (A top that names any of them, even a word many clauses share (得分), keeps its place.)
  if (things.length === 0 || said.some((t) => names(top, t))) return hits;
  const plain = terms.filter((t) => !t.startsWith('='));
  const others = (h: Hit) => plain.filter((t) => h.passage.text.includes(t)).length;
  const named = hits
    .filter((h) => h !== top && h.onTopic && h.score >= 0.5 * top.score && things.every((t) => names(h, t)))
    .sort((a, b) => others(b) - others(a))[0];
  return named ? [named, ...hits.filter((h) => h !== named)] : hits;
}

/**
 * 「心理公开课又要几次」: the thing a requirement counts, named in the question as the rubric names it
 * (心理健康公开课, 健康 and 教育 aside), puts that requirement's clause (第11条) before one that shares
 * only the bare word (第14条's 学科渗透公开课), when it is nearly as good. (Five characters or more: 心理经费 and
 * 应急预案 name their clauses by retrieval already.)
 */
const bare = (s: string) => s.replace(/健康|教育/g, '');
export function preferCounted(hits: Hit[], q: string): Hit[] {
  const top = hits[0];
  if (!top) return hits;
  const asked = bare(q);
  const counted = (h: Hit) =>
    h.passage.requirements.some((r) => {
      const head = bare(r.requirement.counts ?? '').split(/[或、和]/)[0] ?? '';
      return [...head].length >= 5 && asked.includes(head);
    });
  if (counted(top)) return hits;
  const named = hits.slice(1, 3).find((h) => h.onTopic && h.score >= 0.7 * top.score && counted(h));
  return named ? [named, ...hits.filter((h) => h !== named)] : hits;
}

/**
 * 「我们学校没有设心理辅导室，学生有事直接去心理老师办公室，这样行吗」: what the asker says the school
 * lacks is what is judged — the clause that requires it leads, when it matches half as well.
 */
export function preferLacked(index: QaIndex, hits: Hit[], q: string): Hit[] {
  const top = hits[0];
  const things = top ? lackedThings(index, q) : [];
  if (!top || things.length === 0) return hits;
  const requires = (h: Hit) => requiresLacked(index, h.passage, q, things);
  if (requires(top)) return hits;
  const found = hits.find((h) => h !== top && h.onTopic && h.score >= 0.5 * top.score && requires(h));
  return found ? [found, ...hits.filter((h) => h !== found)] : hits;
}
/** What the asker says the school lacks (没有设心理辅导室 → =心理辅导室), when a verdict is asked. */
function lackedThings(index: QaIndex, q: string): string[] {
  // (Not the 不 of 能不能, 可不可以.)
  const lacked = /(?:没有|没|未|缺|不)(?:设|建|配|开|成立)?(?:立|置|备)?([^，,。？?！!；;\s]{2,8})/.exec(q.replace(/(\p{Script=Han})不\1/gu, '，'))?.[1];
  if (!lacked || !ASKS_VERDICT.test(q)) return [];
  // (「不排进课表」: the verb it opens with, 排进, is no thing lacked; 课表 after it is.)
  const said = index.surfaces(lacked).sort((a, b) => lacked.indexOf(a.word) - lacked.indexOf(b.word));
  const things = said.length >= 2 && lacked.startsWith(said[0]?.word ?? '\u0000') ? said.slice(1) : said;
  return things.map((x) => x.term).filter((t) => !index.generic.has(t) && index.idf(t) >= 1.5);
}

/** A requirement of `p` is what the asker says the school lacks (see preferLacked). */
export function requiresLacked(index: QaIndex, p: Passage, q: string, things: readonly string[] = lackedThings(index, q)): boolean {
  return things.length > 0 && p.requirements.some((r) => things.some((t) => r.terms.has(t)));
}

/** A verdict asked: 行吗, 可以吗, 符合吗, 算达标吗. */
const ASKS_VERDICT = /行吗|行不行|可以吗|可不可以|能不能|符合|达标|合格|合规|有问题吗|算吗/;

/** A subject only a few clauses name weighs at least this much (idf). */
const SUBJECT_WEIGHT = 2.5;
