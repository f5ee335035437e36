/**
 * Stage 4 of the Q&A pipeline: which clause. BM25 over the index (index.ts) gives the hits; here
 * they are trusted or not — a weak match, a clause that does not speak of what is asked by name,
 * a number or a time asked that the clause does not give — and the clause that rules is preferred
 * to a summary. Pure.
 */
import { ACTOR_DOES, ACTOR_TITLE, keywordTerms, titled } from './titles.ts';
import type { Intent } from './synonyms.ts';
import type { Hit, Passage, QaIndex } from './index.ts';
import { headings } from './parts.ts';
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
  return index.docs.some((d) => d.passage === p && (d.raw.includes(word) || (word === '内容' && d.raw.includes('主题')) || saidAs(d.raw, word)));
}

/** 「老师和家长平时交流有要求吗」: a text that asks it 常态化 speaks of 平时; 「教案、课件都要齐全吗」: one that asks 完整 of 齐全. */
export function saidAs(text: string, word: string): boolean {
  // (「班主任上课要不要顺便渗透心理健康教育」: one that says 在学科教学中 speaks of 上课.)
  return (/^(?:平时|平常|平日)$/.test(word) && /常态化|经常|日常/.test(text)) || (/^(?:齐全|完备)$/.test(word) && /完整|齐全/.test(text)) || (/^(?:上课|课上|课堂上)$/.test(word) && /学科教学/.test(text));
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
import { SETTING_WORDS } from './gives.ts';
export { DATE_ASKED, givesWhatIsAsked, KIND_ASKED, NUMBER_ASKED, SETTING_WORDS, SPAN_ASKED, unsaidOf } from './gives.ts';

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
  // (Of several that require it, the one that says it most: 心理课 is 第12条's subject, 第7条's 督学 only listens to one.)
  const said = (h: Hit) => things.reduce((n, t) => n + (index.docOf(h.passage)?.tf.get(t) ?? 0), 0);
  // (Asked only as 可以只…，不…吗, the clause must match as much of the question as the top one: not 第11条's 全体教职工 for 不全员测.)
  const plain = ASKS_VERDICT.test(q);
  const found = hits.filter((h) => h !== top && h.onTopic && h.score >= 0.5 * top.score && requires(h) && (plain || h.coverage >= top.coverage)).reduce<Hit | undefined>((best, h) => (best === undefined || said(h) > said(best) ? h : best), undefined);
  return found ? [found, ...hits.filter((h) => h !== found)] : hits;
}
/** What the asker says the school lacks (没有设心理辅导室 → =心理辅导室), when a verdict is asked. */
function lackedThings(index: QaIndex, q: string): string[] {
  // (Not the 不 of 能不能, 可不可以.)
  const lacked = /(?:没有|没|未|缺|不)(?:设|建|配|开|成立)?(?:立|置|备)?([^，,。？?！!；;\s]{2,8})/.exec(q.replace(/(\p{Script=Han})不\1/gu, '，'))?.[1];
  if (!lacked || !(ASKS_VERDICT.test(q) || ONLY_NOT.test(q))) return [];
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
/** 「学校可以只搞心理社团活动，不单独上心理课吗」: leave to do only one thing and leave out another. */
const ONLY_NOT = /可以只[^，,。？?！!]{1,16}[，,]\s*不[^。？?！!]{1,16}[吗么嘛][？?]?$/;
const ASKS_VERDICT = /行吗|行不行|可以吗|可不可以|能不能|符合|达标|合格|合规|有问题吗|算吗/;

/** A subject only a few clauses name weighs at least this much (idf). */
const SUBJECT_WEIGHT = 2.5;
