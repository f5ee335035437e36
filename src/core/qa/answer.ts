/**
 * Rule Q&A: a chat message → a short, cited answer from the rubric itself, with the figure
 * worked out by the calculators when the question gives a number of students or classes.
 * Deterministic, no model, no network. Pure.
 *
 * Order: refuse (ignore-the-rules, internals, other topics) → 「详细」 after an answer →
 * direct lookups (第10条, 原文 10, an area, a section) → calculations → BM25 retrieval.
 * A retrieval answer is refused rather than guessed when the match is weak, when the clause
 * does not speak of what the question asks for by name (「辅导室要多大面积」), or when a number
 * or a time is asked and the clause gives none next to the question's words (「心理老师工资多少」).
 */
import type { Intent } from './synonyms.ts';
import { lookup, rank, type Hit, type Passage, type QaIndex } from './index.ts';
import {
  committeeMembers,
  counsellingHours,
  fulltimeTeachers,
  fundingYuan,
  parttimeTeachers,
  safetyPosts,
  semesterCounts,
  type Calculation,
} from '../rubric/calculators.ts';
import { normalize, splitQuestions } from '../text/normalize.ts';
import { extractNumbers, parseNumber } from '../text/numbers.ts';
import { CALC_LABEL, QA_TEXT } from '../text/qa-replies.ts';
import { crisisReply, detectCrisis, type CrisisKind } from './crisis.ts';
import { scopeOf, translate } from './scope.ts';
import {
  assessmentDay,
  ENOUGH,
  gradesGiven,
  lastPlaces,
  lowerGradeClasses,
  rankFromBottom,
  rateVerdict,
  rateWords,
  semesterScores,
  statedAmount,
} from './apply.ts';

export interface QaCitation {
  id: string;
  title: string;
  points: number | null;
}

export interface QaFigure {
  id: string;
  value: number;
  unit: string;
  formula: string;
}

export interface QaAnswer {
  question: string;
  answer: string;
  inScope: boolean;
  /** Best first. */
  citations: QaCitation[];
  figures: QaFigure[];
  /** Set when the message shows a person at risk: `answer` is then the fixed crisis reply (rubric/crisis.yaml). */
  crisis?: CrisisKind;
  /** Set when the message was longer than READ_LIMIT characters and only its first part was read. */
  truncated?: boolean;
}

/** A single answer aims at this many characters (a group chat on a phone). */
const BUDGET = 200;
/** At most this many questions of one message get an answer; the rest are counted and the asker told. */
export const MAX_QUESTIONS = 5;
/** At most this many pieces of one message are tried (a long paste of chat must not cost more). */
const MAX_TRIED = 12;
/**
 * A message longer than this is read up to here only (the last sentence break before it), and the
 * answer says so: the cost of an answer is bounded whatever is pasted.
 */
export const READ_LIMIT = 2000;
/** Below these the best passage is not trusted: the question is refused, not guessed. */
const MIN_COVERAGE = 0.5;
/** …and higher when the match is only in the body text (「校长在办公室吗」 matches 办公室). */
const MIN_COVERAGE_OFF_TOPIC = 0.8;
const MIN_SCORE = 2;
/** On topic but below MIN_COVERAGE: still plainly about the clause when this much of the question matches it. */
const WEAK_COVERAGE = 0.3;
/** A requirement leads the answer only when the question's own words point at it this much (idf). */
const MIN_LEAD = 0.8;
/** Other passages cited after the best one must score at least this share of it. */
const ALSO_CITE = 0.6;

interface Part {
  inScope: boolean;
  text: string;
  passages: Passage[];
  figures: QaFigure[];
}

interface Facts {
  students: number | null;
  classes: number | null;
  boarding: boolean | null;
}

/** A speaker's label in front of a forwarded or dictated message: 「王校长：」「办公室小李：」「张老师:」. */
const SPEAKER = /^[\p{Script=Han}]{0,6}(?:老师|校长|主任|书记|干事|科长|局长|小\p{Script=Han}|老\p{Script=Han})\s*[:：]\s*(?=\S)/u;

export function answerQuestion(index: QaIndex, text: string, lastCitation?: string | null): QaAnswer {
  // A person at risk first: a fixed reply, never a rubric answer or a refusal.
  if (index.crisis) {
    const verdict = detectCrisis(index.crisis.table, text);
    if (verdict.kind !== 'none') {
      const cited = verdict.kind === 'student' ? ['item-4', 'item-17'].flatMap((id) => index.byId.get(id) ?? []) : [];
      return {
        question: '',
        answer: crisisReply(index.crisis.table, verdict.kind, 'private', index.crisis.localLines),
        inScope: false,
        citations: cited.map((p) => ({ id: p.id, title: p.title, points: p.points })),
        figures: [],
        crisis: verdict.kind,
      };
    }
  }
  const { text: read, truncated } = readPart(text);
  const question = translate(index.glossary, normalize(read).replace(SPEAKER, ''));
  if (scopeOf(question).kind === 'thanks') return { question, answer: QA_TEXT.thanks, inScope: false, citations: [], figures: [] };
  const whole = readFacts(question);
  const last = lastCitation ?? null;
  const pieces = splitQuestions(question).flatMap((p) => splitAsked(index, p));
  // 「我们学校1500人。专职配几个？」: a piece that only gives the numbers is context, not a question.
  const asked = pieces.filter((p) => !isContextOnly(index, p));
  const questions = withTopics(index, asked.length > 0 ? asked : pieces.length > 0 ? pieces : [question]);
  let parts: Part[];
  let leftOver = 0;
  if (questions.length === 1) parts = [answerOne(index, questions[0] ?? '', whole, last, BUDGET)];
  else {
    // A follow-up that asks again what an earlier part answered (「…多少钱？我们1200人一年至少多少」) is answered once.
    const answered: { q: string; part: Part }[] = [];
    let tried = 0;
    for (const q of questions) {
      if (answered.length >= MAX_QUESTIONS || tried >= MAX_TRIED) break;
      tried += 1;
      const part = answerOne(index, q, whole, last, BUDGET / 2);
      if (part.inScope && !answered.some((x) => x.part.text === part.text)) answered.push({ q, part });
    }
    leftOver = questions.slice(tried).filter((q) => asks(index, q)).length;
    const [one] = answered;
    parts =
      answered.length === 0 ? [outOfScope()]
      : answered.length === 1 && one ? [answerOne(index, one.q, whole, last, BUDGET)]
      : answered.map((x) => x.part);
  }
  const [only] = parts;
  const notes = [
    ...(leftOver > 0 ? [QA_TEXT.leftOver(MAX_QUESTIONS, leftOver)] : []),
    ...(truncated ? [QA_TEXT.truncated(READ_LIMIT)] : []),
  ];
  const answer = [parts.length === 1 && only ? only.text : parts.map((p, i) => `${i + 1}. ${p.text}`).join('\n'), ...notes].join('\n');
  const seen = new Set<string>();
  const citations = parts
    .flatMap((p) => p.passages)
    .filter((p) => !seen.has(p.id) && seen.add(p.id))
    .map((p) => ({ id: p.id, title: p.title, points: p.points }));
  return {
    question,
    answer,
    inScope: parts.some((p) => p.inScope),
    citations,
    figures: parts.flatMap((p) => p.figures),
    ...(truncated ? { truncated } : {}),
  };
}

/** The first READ_LIMIT characters, cut after the last sentence break when there is one near the end. */
export function readPart(text: string): { text: string; truncated: boolean } {
  if (text.length <= READ_LIMIT) return { text, truncated: false };
  const head = text.slice(0, READ_LIMIT);
  const tail = head.slice(-200);
  const m = /[。？?！!；;\n](?=[^。？?！!；;\n]*$)/.exec(tail);
  return { text: m ? head.slice(0, head.length - tail.length + m.index + 1) : head, truncated: true };
}

/** Words that make a clause a question of its own. */
const ASKS = /[吗嘛]|什么|啥|哪|几|多少|多久|多长|怎么|咋|如何|是否|要不要|能不能|可不可以/;
const asks = (index: QaIndex, clause: string) => ASKS.test(clause) || index.intents(clause).length > 0;

/**
 * 「兼职心理老师要几个，心理委员每班几个」: clauses between commas that each ask something are
 * questions of their own. A clause that asks nothing (「我们是民办初中，也要参加吗」) stays with
 * the question after it.
 */
function splitAsked(index: QaIndex, piece: string): string[] {
  const out: string[] = [];
  let current = '';
  for (const clause of piece.split(/[,，]/)) {
    if (asks(index, clause) && asks(index, current)) {
      out.push(current);
      current = clause;
    } else current = current ? `${current}，${clause}` : clause;
  }
  return [...out, current].filter((x) => x.trim() !== '');
}

/** Words that give a question's scale or period, not its topic: 「我们1200人一年至少多少」「一学期开几次」. */
const SETTING = ['学生', '班级', '年度', '学期', '周', '每天'];

/** The words a question is about, as written where the table has them (家长会, 经费). */
function topicWords(index: QaIndex, q: string): string[] {
  const setting = new Set(SETTING.map(index.concept));
  const surfaces = index.surfaces(q);
  return [...new Set(index.terms(q))]
    .filter((t) => !setting.has(t) && !index.generic.has(t) && [...t].length > 1)
    .map((t) => surfaces.find((s) => s.term === t)?.word ?? t.replace(/^=/, ''));
}

/** 「家长会要讲心理健康吗？一学期开几次」: a follow-up with no topic of its own takes the one before it. */
function withTopics(index: QaIndex, questions: readonly string[]): string[] {
  const out: string[] = [];
  for (const q of questions) {
    const before = out.at(-1);
    const inherit = before !== undefined && asks(index, q) && topicWords(index, q).length === 0;
    out.push(inherit ? `${topicWords(index, before).join(' ')} ${q}` : q);
  }
  return out;
}

function isContextOnly(index: QaIndex, piece: string): boolean {
  const f = readFacts(piece);
  const facts = ['学生', '班级'].map(index.concept);
  return (f.students !== null || f.classes !== null) && index.terms(piece).every((t) => facts.includes(t));
}

export function helpText(): string {
  return QA_TEXT.help;
}

// ───────────── one question ─────────────

const DETAIL = /^(详细|详细点|详细说说|具体|具体点|具体说说|展开|展开说说|原文|全文|看原文|看全文|原话|完整的?)[。.!！?？]*$/;

function answerOne(index: QaIndex, q: string, whole: Facts, lastCitation: string | null, budget: number): Part {
  if (q.trim() === '') return { ...outOfScope(), text: QA_TEXT.empty };
  if (index.declined(q)) return outOfScope();
  // 「这周五开家长会吗」 asks for a day's schedule; 「下周迎检，要准备哪些材料」 only sets the scene.
  const asking = q.split(/[,，]/).filter((c) => asks(index, c));
  if ((asking.length > 0 ? asking : [q]).some((c) => index.dated(c))) return outOfScope();

  if (DETAIL.test(q.trim())) {
    const last = lastCitation ? index.byId.get(lastCitation) : undefined;
    return last ? full(last) : { ...outOfScope(), text: QA_TEXT.empty };
  }

  const intents = index.intents(q);
  const found = lookup(index, q, parseNumber);
  if (found?.kind === 'noItem') {
    const nos = index.rubric.items.map((i) => i.no);
    return { ...outOfScope(), text: QA_TEXT.noItem(found.no, nos.length, Math.min(...nos), Math.max(...nos)) };
  }
  if (found?.kind === 'item') {
    if (found.full) return full(found.passage);
    const terms = index.terms(found.rest).filter((t) => !index.generic.has(t));
    return terms.length > 0 || intents.some((i) => i === 'points' || i === 'evidence')
      ? inScope(compose(index, found.passage, terms, intents, budget, q), [found.passage])
      : inScope(overview(found.passage, budget), [found.passage]);
  }
  if (found?.kind === 'area') {
    const lines = found.passages.map((p) => QA_TEXT.areaLine(p.no ?? 0, p.title, p.points, p.provisional));
    const points = found.passages.reduce((sum, p) => sum + (p.points ?? 0), 0);
    const provisional = found.passages.some((p) => p.provisional);
    return inScope(QA_TEXT.areaList(found.area.no, found.area.title, lines, points, provisional, found.passages[0]?.no ?? 1), found.passages);
  }
  if (found?.kind === 'section') {
    const list = headings(found.passage);
    return inScope(list ? fit([list, cite(found.passage)], budget) : compose(index, found.passage, index.terms(q), intents, budget, q), [
      found.passage,
    ]);
  }

  // Repeated words weigh more when composing (「教案和课件」), not when ranking.
  const said = index.terms(q);
  const terms = [...new Set(said)];
  const own = readFacts(q);
  const facts: Facts = {
    students: own.students ?? whole.students,
    classes: own.classes ?? whole.classes,
    boarding: own.boarding ?? whole.boarding,
  };
  const decided = caseVerdict(index, q, terms, budget);
  if (decided) return decided;
  const calc = calculation(index, terms, intents, facts, budget, q);
  if (calc) return calc;
  if (isSemesterCountsQuestion(index, q, terms)) return semesterList(index, budget);

  const hits = preferSpecific(rank(index, terms, index.surfaces(q)), intents);
  const top = hits[0];
  if (!top || top.score < MIN_SCORE || top.coverage < (top.onTopic ? MIN_COVERAGE : MIN_COVERAGE_OFF_TOPIC)) {
    // 「心理辅导室要多大面积」: plainly about a clause (its own words), weakly matched because the
    // clause is silent on the thing asked by name — say so and name the clause, not the stock refusal.
    const what = top?.onTopic && top.coverage >= WEAK_COVERAGE ? index.focus(q).find((w) => !mentions(index, top.passage, w)) : undefined;
    return what && top?.passage.no != null ? { ...outOfScope(), text: QA_TEXT.notInText(what, top.passage.no, top.passage.title) } : outOfScope();
  }
  // 「辅导室要多大面积」: the clause must speak of what the question asks for by name; 「家长不同意
  // 测评怎么办」: what to do when something is not done is known only where the clause names it.
  const unsaid = [...index.focus(q), ...refusals(index, q, terms)].find((word) => !mentions(index, top.passage, word));
  if (unsaid !== undefined) {
    // 「辅导室要多大面积」: clearly about a clause that is silent on what is asked — say so and name
    // the clause, rather than refuse. Not a rubric answer: nothing is cited as if it said it.
    return top.onTopic && top.coverage >= MIN_COVERAGE && top.passage.no !== null && !refusals(index, q, terms).includes(unsaid)
      ? { ...outOfScope(), text: QA_TEXT.notInText(unsaid, top.passage.no, top.passage.title) }
      : outOfScope();
  }
  const cited = [top, ...hits.slice(1).filter((h: Hit) => h.score >= ALSO_CITE * top.score)].slice(0, 3);
  let text = compose(index, top.passage, said, intents, budget, q);
  // 「心理老师工资多少」: a number or a time the clause does not give is not guessed.
  if (!givesWhatIsAsked(index, q, intents, text)) {
    // 「辅导室要多大面积」「心理老师工资多少」: the clause gives no such figure — say so, name the clause.
    const what = [
      ...index.focus(q),
      ...terms.filter((t) => !t.startsWith('=') && !index.known(t) && [...t].length > 1),
      // The word nearest the end is what is asked about (工资 in 心理老师工资多少).
      ...index
        .surfaces(q)
        .map((x) => x.word)
        .sort((a, b) => q.lastIndexOf(b) - q.lastIndexOf(a)),
    ][0];
    return what && top.onTopic && top.coverage >= MIN_COVERAGE && top.passage.no !== null
      ? { ...outOfScope(), text: QA_TEXT.notInText(`${what}的具体${SPAN_ASKED.test(q) || intents.includes('when') ? '时间' : '数字'}`, top.passage.no, top.passage.title) }
      : outOfScope();
  }
  const figures: QaFigure[] = [];
  const hours = counsellingHours();
  if (top.passage.id === hours.clause && (intents.includes('duration') || terms.includes(index.concept('开放时长')))) {
    figures.push(figure(hours));
  }
  const askedFor =
    intents.includes('count') ||
    intents.includes('amount') ||
    (terms.includes(index.concept('配备')) && !intents.includes('points') && !intents.includes('yesno'));
  const needs = askedFor ? missingFact(index, terms, facts) : null;
  if (needs && text.length + needs.length <= budget) text = `${text}\n${needs}`;
  return { inScope: true, text, passages: cited.map((h) => h.passage), figures };
}

/** Words the rubric does not know, said negated (不同意, 不配合): the situation a question names. */
function refusals(index: QaIndex, q: string, terms: readonly string[]): string[] {
  return [...q.matchAll(/[不没](\p{Script=Han}{2})/gu)].flatMap((m) => {
    const word = m[1] ?? '';
    return terms.includes(word) && !index.known(word) ? [word] : [];
  });
}

function mentions(index: QaIndex, p: Passage, word: string): boolean {
  return index.docs.some((d) => d.passage === p && d.raw.includes(word));
}

const isSummary = (p: Passage) => headings(p) !== null;
const good = (h: Hit) => h.onTopic && h.coverage >= MIN_COVERAGE && h.score >= MIN_SCORE;

/**
 * The clause that rules, not the summary or a section, leads when it matches as well:
 * points belong to items (「扣几分」), and 二(二)考核内容 only restates what the items require.
 */
function preferSpecific(hits: Hit[], intents: readonly Intent[]): Hit[] {
  const item = hits.find((h) => h.passage.kind === 'item' && good(h));
  const top = hits[0];
  if (!item || !top || top === item) return hits;
  if (intents.includes('points') || isSummary(top.passage)) return [item, ...hits.filter((h) => h !== item)];
  return hits;
}

/** Asking for a number (多少, 几次) or a time (多久, 啥时候) needs one in the answer, before the citation. */
const NUMBER_ASKED = /多少|几(?!年级)|多大/;
const SPAN_ASKED = /多长|多久/;
const SPAN = /\d|学年|学期|每[天周月年]/;

function givesWhatIsAsked(index: QaIndex, q: string, intents: readonly Intent[], text: string): boolean {
  const body = text.split('——')[0] ?? '';
  if (NUMBER_ASKED.test(q) && !intents.includes('list')) {
    // The number must stand with what was asked about: not 知晓率100% for 「教育局电话多少」.
    // List labels (「8. 经费投入」) are not numbers; single characters (前, 天) name nothing.
    const asked = new Set(index.terms(q).filter((t) => !index.generic.has(t) && [...t].length > 1));
    const clauses = body
      .split(/[，,；;。：:\n]/)
      .map((c) => c.replace(/^\s*\d+\.\s*/, ''))
      .filter((c) => extractNumbers(c).some((n) => !n.ordinal));
    // A number of the kind asked for (几次 → 一次) stands with the question whatever its words.
    const ofKind = (c: string) => intents.some((i) => ANSWERS[i]?.test(c) && i !== 'when');
    if (!clauses.some((c) => asked.size === 0 || ofKind(c) || index.textTerms(c).some((t) => asked.has(t)))) return false;
  }
  if (SPAN_ASKED.test(q) && !SPAN.test(body)) return false;
  return !intents.includes('when') || (ANSWERS.when?.test(body) ?? true);
}

function inScope(text: string, passages: Passage[]): Part {
  return { inScope: true, text, passages, figures: [] };
}

function outOfScope(): Part {
  return { inScope: false, text: QA_TEXT.outOfScope, passages: [], figures: [] };
}

function cite(...passages: Passage[]): string {
  return QA_TEXT.citation(passages.map((p) => QA_TEXT.source(p.ref, p.points, p.provisional)));
}

/** 「原文 10」 / 「详细」: the whole clause. */
function full(p: Passage): Part {
  return inScope(QA_TEXT.full(p.ref, p.title, p.text, cite(p)), [p]);
}

/** 「第10条」 alone: the requirements in short, or the first sentence. */
function overview(p: Passage, budget: number): string {
  const reqs = p.requirements.map((r) => r.requirement.text);
  const head = `第${p.no}条 ${p.title}。`;
  const body = reqs.length > 0 ? QA_TEXT.itemOverview(reqs) : `${p.sentences[0]?.text ?? ''}${p.item?.scoring.explain ?? ''}。`;
  return fit([head + body, cite(p), p.no !== null ? QA_TEXT.fullTip(p.no) : ''], budget);
}

/** A passage made of numbered parts (考核内容 1.… 8.…): 「共8个方面：1. 政策落实；…」, else null. */
function headings(p: Passage): string | null {
  const heads = [...p.text.matchAll(/^(\d+)\.\s*([^。\n]+)。/gm)].map((m) => `${m[1]}. ${m[2]}`);
  return heads.length >= 2 ? QA_TEXT.headings(heads) : null;
}

// ───────────── composing a retrieval answer ─────────────

const PROHIBIT = /不得|不能|严禁|禁止|不准/;
/** 不开, 不讲, 没设…: a question about not doing something. */
const NOT_DOING = /(?:不|没有?)(?:开|讲|上|搞|做|设|配|建|办|用|召开|开展|组织|安排)/;

/** 没有, 没设, 缺, 未: a question about what a missing requirement costs. */
const MISSING = /没有?|缺|未|不设|不建|不开/;

/** Lead (the direct answer) + the clause's key words + the citation, within the budget. */
function compose(
  index: QaIndex,
  p: Passage,
  terms: readonly string[],
  intents: readonly Intent[],
  budget: number,
  question: string,
): string {
  const weight = (set: ReadonlySet<string>) => terms.reduce((s, t) => s + (set.has(t) ? index.idf(t) : 0), 0);
  const item = p.item;
  const citation = cite(p);
  const tip = p.no !== null ? QA_TEXT.fullTip(p.no) : '';

  if (item && intents.includes('points') && MISSING.test(question)) {
    // 「没有辅导室扣几分」: what the missing requirement is worth (apply.ts's data: its points).
    // A tie goes to the requirement whose own words hold the question's (辅导室 in 设立标准化心理辅导室).
    const said = index.surfaces(question).map((x) => x.word);
    const [best, next] = p.requirements
      .map((r) => ({ r, w: weight(r.terms) + 0.01 * said.filter((x) => r.requirement.text.includes(x)).length }))
      .sort((a, b) => b.w - a.w);
    if (best && best.w > 0 && (!next || next.w < best.w)) {
      const r = best.r.requirement;
      return fit([QA_TEXT.missingCost(r.text, r.points, item.no, item.points), citation, tip], budget);
    }
  }
  if (item && intents.includes('points')) {
    return fit([QA_TEXT.points(item.no, item.points, item.provisional, item.scoring.explain), citation, tip], budget);
  }
  if (item && intents.includes('evidence') && item.evidence.length > 0) {
    return fit([QA_TEXT.evidence(item.evidence), citation, tip], budget);
  }
  if (item && intents.includes('list') && item.requirements.length > 1) return overview(p, budget);
  const list = intents.includes('list') ? headings(p) : null;
  if (list) return fit([list, citation], budget);
  // 「家长课堂跟家长会有啥区别」: one sentence for each thing compared.
  if (intents.includes('compare')) {
    const each = coverSentences(p, terms, index);
    if (each.length > 1) {
      const room = Math.floor((budget - citation.length - tip.length) / each.length);
      return fit([each.map((x) => endSentence(keyText([x], terms, index, room - 1))).join(''), citation, tip], budget);
    }
  }

  // 「心理老师要什么证」: what is asked for by name (证) picks the requirement and the sentence that hold it.
  const asked = ASKED_CHAR.exec(question)?.[1] ?? null;
  const found = intents.includes('which') ? null : bestRequirement(p, intents, weight, asked);
  // 「专班会议」 alone points at two of 第2条's requirements equally: list them all. With more
  // words (「心理普查从几年级开始」) the sentence that matches them answers instead.
  // A question for a kind of fact (啥时候, 几次) that one sentence gives is answered by that sentence.
  const kind = (x: { text: string; terms: ReadonlySet<string> }) => intents.some((i) => ANSWERS[i]?.test(x.text)) && weight(x.terms) > 0;
  if (found === 'tie' && new Set(terms).size === 1 && !p.sentences.some(kind)) return overview(p, budget);
  const req = found === 'tie' ? null : found;
  const chosen = bestSentences(p, intents, req?.terms ?? new Set(), weight, asked);
  let lead = item && intents.includes('which') ? `第${item.no}条 ${item.title}。` : req ? `${req.requirement.text}。` : '';
  // 「心理课三周上一次够不够」「专班会议一学期开一次行不行」: the asker's rate against the
  // requirement's, converted (apply.ts decides the verdict).
  const rated = ENOUGH.test(question) || intents.includes('yesno') ? rateVerdict(question, [...(req ? [req.requirement] : []), ...p.requirements.map((x) => x.requirement)]) : null;
  if (rated) {
    const { r, v } = rated;
    const verdict = QA_TEXT.rateVerdict({ ...v, rule: r.text, sameUnit: v.samePeriod });
    const quoteRoom = budget - verdict.length - citation.length - QA_TEXT.quote('').length;
    const words = rateWords(r);
    const sentence = [...p.sentences].sort((a, b) => words.filter((w) => b.text.includes(w)).length - words.filter((w) => a.text.includes(w)).length)[0] ?? chosen[0];
    const clause = sentence && quoteRoom > 10 ? keyText([sentence], terms, index, quoteRoom) : '';
    return fit([verdict, clause ? QA_TEXT.quote(clause.replace(/[。；]$/, '')) : '', citation, tip], budget);
  }
  if (intents.includes('yesno')) {
    const sentence = chosen[0]?.text ?? '';
    const banned = prohibitedPart(sentence);
    if (banned) {
      // Only the words the prohibition adds count (班会课 in 「能用班会课代替吗」), not the topic itself.
      const before = new Set(index.terms(sentence.slice(0, sentence.indexOf(banned))));
      const own = new Set([...index.terms(banned)].filter((t) => !before.has(t)));
      if (weight(own) > 0) return fit([`${QA_TEXT.no}${banned}。`, citation, tip], budget);
    }
    // 「家长会上不讲…行不行」: leaving out what a requirement asks for is not allowed.
    if (req && NOT_DOING.test(question)) lead = QA_TEXT.no + lead;
    // 「心理橱窗算主题活动吗」 asks whether something counts, not whether it is required; 「能不能当
    // 班主任」 asks leave for what the clause does not state (it speaks of 班主任 待遇 only): no verdict then.
    else if (req?.requirement.op === 'yes' && !/算/.test(question)) {
      const asked = askedLeave(question);
      const stated = [req.requirement.text, ...chosen.map((x) => x.text)].join('');
      lead = (asked && !states(index, stated, asked) ? QA_TEXT.notStated(asked) : QA_TEXT.yes) + lead;
    }
  }
  const room = budget - lead.length - citation.length - (lead ? QA_TEXT.quote('').length : 0);
  const clause = keyText(chosen, terms, index, room);
  if (!lead) return fit([endSentence(clause), citation, tip], budget);
  return fit([lead, clause ? QA_TEXT.quote(clause.replace(/[。；]$/, '')) : '', citation, tip], budget);
}

/**
 * A question asking leave (能不能, 可以…吗) and what for. A requirement answers 要不要 (需要), but
 * 能不能 only when it states what is asked: 「能不能当班主任」 is not answered by 享受班主任同等待遇.
 */
const LEAVE = /(?:能不能|可不可以|能否|可以|能(?![力够]))([^，,。？?！!；;\s]+)/;

/** 「专职心理老师能不能当班主任」 → 当班主任, else null. */
function askedLeave(question: string): string | null {
  return LEAVE.exec(question)?.[1]?.replace(/[吗嘛呢吧啊呀]+$/, '') || null;
}

/** Every word of what is asked (当, 班主任) stands in the text, itself or as a synonym. */
function states(index: QaIndex, text: string, asked: string): boolean {
  const said = new Set(index.textTerms(text));
  return index.terms(asked).every((t) => said.has(t) || (!t.startsWith('=') && text.includes(t)));
}

/**
 * The requirement the question is about. Only words that tell the item's requirements apart
 * count (心理老师 is in all three of 第10条's): a question about 转任 gets no requirement lead.
 */
function bestRequirement(p: Passage, intents: readonly Intent[], weight: (s: ReadonlySet<string>) => number, asked: string | null) {
  const all = p.requirements;
  const holding = asked === null ? [] : all.filter((r) => r.requirement.text.includes(asked));
  const scored = (holding.length > 0 ? holding : all).flatMap((r) => {
    const own = all.length > 1 ? new Set([...r.terms].filter((t) => !all.every((o) => o.terms.has(t)))) : r.terms;
    const overlap = weight(own) + (holding.includes(r) ? MIN_LEAD : 0);
    const w = overlap + (fitsIntent(r.requirement, intents) ? 0.5 : 0);
    return overlap >= MIN_LEAD || (overlap > 0 && w > overlap) ? [{ w, r }] : [];
  });
  const [best, second] = scored.sort((a, b) => b.w - a.w);
  if (!best) return null;
  return second && second.w === best.w ? 'tie' : best.r;
}

function fitsIntent(r: Passage['requirements'][number]['requirement'], intents: readonly Intent[]): boolean {
  return intents.some((i) => {
    if (i === 'frequency') return r.op === 'atLeast' && r.unit !== '名' && r.unit !== '元' || r.op === 'oneOf';
    if (i === 'count') return r.unit === '名' || r.unit === '个';
    if (i === 'duration') return r.unit === '小时';
    if (i === 'amount') return r.unit === '元';
    return false;
  });
}

/** What a sentence that answers the question looks like, by question kind. */
const ANSWERS: Partial<Record<Intent, RegExp>> = {
  when: /\d+天|之日|[前后]|学期|学年|开学|时段/,
  frequency: /每.{0,3}(?:不少于|至少)|[\d一二两三四五六七八九十]+[次节]|课时/,
  duration: /\d+小时|\d+分钟|\d+天/,
  count: /\d+名|每班|每个岗位/,
  amount: /\d+元/,
};

/** 「要什么证」: a thing asked for by name in one character, which no word of the table covers. */
const ASKED_CHAR = /(?:什么|啥|哪种|哪类)(\p{Script=Han})[吗呢啊呀吧嘛]*(?:$|[^\p{Script=Han}])/u;

/**
 * The best-matching sentence; with it the one after when the best is only a heading
 * (「三全育人，协调联动。」), or the runner-up when it matches nearly as well. In document order.
 */
function bestSentences(
  p: Passage,
  intents: readonly Intent[],
  reqTerms: ReadonlySet<string>,
  weight: (s: ReadonlySet<string>) => number,
  asked: string | null,
) {
  const scored = p.sentences.map((s, i) => {
    let w = weight(s.terms);
    for (const t of reqTerms) if (s.terms.has(t)) w += 0.1;
    // A sentence that gives the number asked for (几次 → 一次) outweighs one that only shares a
    // word of context (县里); 「学期」 alone answers 「啥时候」 only weakly.
    for (const intent of intents) if (w > 0 && ANSWERS[intent]?.test(s.text)) w += intent === 'when' ? 1 : 3;
    // A sentence with what is asked for (资格证书 for 证) comes before one that only shares the topic.
    return { s, i, w, holds: w > 0 && asked !== null && s.text.includes(asked) };
  });
  const [best, second] = [...scored].sort((a, b) => Number(b.holds) - Number(a.holds) || b.w - a.w || a.i - b.i);
  if (!best) return [];
  const next = p.sentences[best.i + 1];
  if (best.s.text.length < 20 && next) return [best.s, next];
  if (second && second.w > 0 && second.w >= 0.5 * best.w && best.s.text.length + second.s.text.length <= 100) {
    return [best, second].sort((a, b) => a.i - b.i).map((x) => x.s);
  }
  return [best.s];
}

/**
 * For a comparison, the best sentence for each distinct word of the question (by idf), in
 * document order: 家长课堂 → （1）…, 家长会 → （2）…. A short heading brings the sentence after it.
 */
function coverSentences(p: Passage, terms: readonly string[], index: QaIndex): Passage['sentences'] {
  const chosen = new Set<number>();
  const words = [...new Set(terms)].filter((t) => index.idf(t) >= 1).sort((a, b) => index.idf(b) - index.idf(a));
  for (const t of words) {
    if ([...chosen].some((i) => p.sentences[i]?.terms.has(t))) continue;
    const best = p.sentences
      .map((s, i) => ({ i, w: terms.reduce((sum, x) => sum + (s.terms.has(x) ? index.idf(x) : 0), 0) + s.text.length / 1000 }))
      .filter((x) => p.sentences[x.i]?.terms.has(t))
      .sort((a, b) => b.w - a.w)[0];
    if (!best) continue;
    const short = (p.sentences[best.i]?.text.length ?? 0) < 20 && best.i + 1 < p.sentences.length;
    chosen.add(short ? best.i + 1 : best.i);
  }
  return [...chosen].sort((a, b) => a - b).flatMap((i) => p.sentences[i] ?? []);
}

/** The sentences, cut to `max` characters around the comma-separated clauses that match best. */
function keyText(sentences: readonly { text: string }[], terms: readonly string[], index: QaIndex, max: number): string {
  const s = sentences.map((x) => x.text).join('');
  if (s.length <= max) return s;
  const parts = s.split(/(?<=[，,、；。])/);
  const scores = parts.map((c) => new Set(index.terms(c))).map((set) => terms.reduce((w, t) => w + (set.has(t) ? index.idf(t) : 0), 0));
  let lo = scores.indexOf(Math.max(...scores));
  let hi = lo;
  let len = parts[lo]?.length ?? 0;
  while (true) {
    const next = parts[hi + 1];
    const prev = parts[lo - 1];
    if (next && len + next.length <= max) len += parts[++hi]!.length;
    else if (prev && len + prev.length <= max) len += parts[--lo]!.length;
    else break;
  }
  const body = parts.slice(lo, hi + 1).join('').replace(/[，,、；]$/, '');
  return `${lo > 0 ? '…' : ''}${body.length > max ? body.slice(0, max) : body}${hi < parts.length - 1 ? '…' : ''}`;
}

/** 「…大赛；」 → 「…大赛。」 */
function endSentence(text: string): string {
  return /[。…”]$/.test(text) ? text : `${text.replace(/[；;，,、]$/, '')}。`;
}

/** 「不得以班会课、体育健康课代替心理健康教育课程」 → the words after 不得. */
function prohibitedPart(sentence: string): string | null {
  const m = PROHIBIT.exec(sentence);
  if (!m) return null;
  return sentence.slice(m.index).split(/[；;。]/)[0] ?? null;
}

/** Joins the pieces; optional pieces (quote, rule, tip) that would pass the budget are left out. The citation always stays. */
function fit(pieces: readonly string[], budget: number): string {
  const isCitation = (x: string) => x.startsWith('——');
  const [first = '', ...rest] = pieces.filter((x) => x.length > 0);
  let room = budget - rest.filter(isCitation).reduce((n, x) => n + x.length, 0) - first.length;
  let out = first;
  for (const piece of rest) {
    if (isCitation(piece)) out += piece;
    else if (piece.length <= room) {
      out += piece;
      room -= piece.length;
    }
  }
  return out;
}

// ───────────── the asker's case (verdicts decided in apply.ts) ─────────────

/** Whether the asker's rank loses 评优评先, a year's score, the assessment day, the full marks. */
function caseVerdict(index: QaIndex, q: string, terms: readonly string[], budget: number): Part | null {
  const results = index.byId.get('section-results');
  const organization = index.byId.get('section-organization');
  const rank = rankFromBottom(q);
  const places = results ? lastPlaces(results.text) : null;
  if (results && rank && places && /评优|评先|取消|后果|影响|会不会|会怎样|怎么样|处理/.test(q)) {
    const limit = rank.vocational ? places.vocational : places.general;
    return inScope(fit([QA_TEXT.rankVerdict(rank.n <= limit, rank.n, limit, rank.vocational), cite(results)], budget), [results]);
  }
  const scores = semesterScores(q);
  if (results && scores) return inScope(fit([QA_TEXT.annualScore(scores[0], scores[1]), cite(results)], budget), [results]);
  const before = organization ? /结束前\s*(\d+)\s*天/.exec(organization.text)?.[1] : undefined;
  const day = organization && before && /考核|检查|迎检/.test(q) ? assessmentDay(q, Number(before), 2027) : null;
  if (organization && day) return inScope(fit([QA_TEXT.assessmentDay(day.end, day.day, Number(before)), cite(organization)], budget), [organization]);
  if (/满分|总分|一共多少分|总共多少分|共多少分/.test(q) && terms.every((t) => index.generic.has(t) || t === index.concept('分') || [...t].length === 1)) {
    const total = index.rubric.items.reduce((sum, i) => sum + i.points, 0);
    const content = index.byId.get('section-content');
    return inScope(fit([QA_TEXT.fullMarks(total, index.rubric.items.length), ...(content ? [cite(content)] : [])], budget), content ? [content] : []);
  }
  return null;
}

// ───────────── calculations ─────────────

const STUDENTS_AFTER = /^\s*(?:多|余|来)?\s*(?:个|名|位)?\s*(?:学生|人|孩子|娃|在校生|小孩)/;
const STUDENTS_BEFORE = /(?:学生|学生数|在校生|人数|孩子)\s*(?:有|是|共|一共|总共|约|大概|大约|为|:)?\s*$/;
const CLASSES_AFTER = /^\s*(?:多|余)?\s*(?:个)?\s*(?:教学)?班/;
const CLASSES_BEFORE = /(?:班级数?|班数)\s*(?:有|是|共|一共|总共|为|:)?\s*$/;

function readFacts(text: string): Facts {
  const facts: Facts = { students: null, classes: null, boarding: null };
  for (const n of extractNumbers(text)) {
    if (n.ordinal || n.value <= 0 || !Number.isInteger(n.value)) continue;
    const after = text.slice(n.end, n.end + 6);
    const before = text.slice(Math.max(0, n.start - 6), n.start);
    if (facts.classes === null && (CLASSES_AFTER.test(after) || CLASSES_BEFORE.test(before))) facts.classes = n.value;
    else if (facts.students === null && (STUDENTS_AFTER.test(after) || STUDENTS_BEFORE.test(before))) facts.students = n.value;
  }
  if (/不住校|走读|没有宿舍|无宿舍|不寄宿|非寄宿/.test(text)) facts.boarding = false;
  else if (/寄宿|住校|住宿/.test(text)) facts.boarding = true;
  return facts;
}

function calculation(
  index: QaIndex,
  terms: readonly string[],
  intents: readonly Intent[],
  facts: Facts,
  budget: number,
  q: string,
): Part | null {
  const has = (word: string) => terms.includes(index.concept(word));
  const teacher = has('心理健康教育教师') || has('专职') || has('兼职');
  const calcs: Calculation[] = [];
  if (facts.students !== null) {
    const s = facts.students;
    if (has('专职') || (teacher && !has('兼职'))) calcs.push(fulltimeTeachers(s));
    if (has('兼职') || (teacher && !has('专职'))) calcs.push(parttimeTeachers(s));
    if (has('经费') || intents.includes('amount')) calcs.push(fundingYuan(s));
  }
  // 「24个班，其中一到三年级6个」: grades 1–3 have no committee members.
  const lower = facts.classes !== null ? (lowerGradeClasses(q) ?? 0) : 0;
  const committeeClasses = facts.classes !== null ? facts.classes - lower : null;
  if (committeeClasses !== null && committeeClasses > 0 && (has('心理委员') || (facts.students === null && calcs.length === 0))) {
    calcs.push(committeeMembers(committeeClasses));
  }
  if (has('心理健康安全员') && intents.includes('count')) {
    if (facts.boarding === null) calcs.push(safetyPosts(false), safetyPosts(true));
    else calcs.push(safetyPosts(facts.boarding));
  }
  if (calcs.length === 0 && facts.students !== null && !has('心理委员') && !has('心理健康安全员')) {
    if (terms.every((t) => ['学生', '配备', '心理老师'].map(index.concept).includes(t))) {
      calcs.push(fulltimeTeachers(facts.students), parttimeTeachers(facts.students), fundingYuan(facts.students));
    }
  }
  if (calcs.length === 0) return null;

  const passages = [...new Set(calcs.map((c) => c.clause))].flatMap((id) => index.byId.get(id) ?? []);
  const subject = QA_TEXT.calcSubject(
    calcs.some((c) => c.id !== 'committeeMembers' && c.id !== 'safetyPosts') ? facts.students : null,
    calcs.some((c) => c.id === 'committeeMembers') ? facts.classes : null,
  );
  const lines = calcs.map((c) => QA_TEXT.calcLine(CALC_LABEL[c.id] ?? c.id, c.value, c.unit, c.formula));
  // 「1500个学生经费1万够不够」「1800人配了1个专职够吗」: the asker's figure against the threshold (apply.ts).
  const [one] = calcs;
  const given = one && calcs.length === 1 && ENOUGH.test(q) ? statedAmount(q, one.unit, [facts.students, facts.classes].filter((x): x is number => x !== null)) : null;
  const verdict = one && given !== null ? QA_TEXT.calcVerdict(given >= one.value, CALC_LABEL[one.id] ?? one.id, one.value, given, one.unit) : '';
  const askGrades = calcs.some((c) => c.id === 'committeeMembers') && lower === 0 && !gradesGiven(q) ? QA_TEXT.gradesAsk : '';
  const rules = [...new Set(calcs.map((c) => c.rule))];
  const notes = [...new Set(calcs.map((c) => c.interpretation).filter((x) => x.length > 0))];
  const text = fit(
    [
      verdict ? `${verdict}（${one?.formula ?? ''}）。` : `${lower > 0 ? QA_TEXT.lowerGrades(facts.classes ?? 0, lower) : subject}${lines.join('；')}。`,
      QA_TEXT.calcRule(rules),
      askGrades,
      QA_TEXT.calcInterpretation(notes),
      cite(...passages),
    ],
    budget,
  );
  return { inScope: true, text, passages, figures: calcs.map(figure) };
}

function figure(c: Calculation): QaFigure {
  return { id: c.id, value: c.value, unit: c.unit, formula: c.formula };
}

/** 「专职心理老师要几个」 without a number: the rule, then how to get the figure. */
function missingFact(index: QaIndex, terms: readonly string[], facts: Facts): string | null {
  const has = (word: string) => terms.includes(index.concept(word));
  if (has('心理委员') && facts.classes === null) return QA_TEXT.needClasses;
  if (facts.students === null && (has('专职') || has('兼职') || has('心理健康教育教师') || has('经费'))) {
    return QA_TEXT.needStudents;
  }
  return null;
}

// ───────────── 「每学期都要做哪些」 ─────────────

const SEMESTER_ONLY = ['学期', '考核', '次数', '事', '事情', '活动', '会议', '工作'];

function isSemesterCountsQuestion(index: QaIndex, q: string, terms: readonly string[]): boolean {
  const only = SEMESTER_ONLY.map(index.concept);
  return /学期/.test(q) && /哪些|清单|都要|几项|全部|所有|汇总|列/.test(q) && terms.every((t) => only.includes(t));
}

function semesterList(index: QaIndex, budget: number): Part {
  const counts = semesterCounts(index.rubric);
  const lines = counts.map((c) => `${c.what}${c.threshold}${c.unit}`);
  const passages = [...new Set(counts.map((c) => c.item))].flatMap((id) => index.byId.get(id) ?? []);
  return {
    inScope: true,
    text: fit([QA_TEXT.semesterCounts(lines)], budget),
    passages,
    figures: counts.map((c) => ({ id: c.requirement, value: c.threshold, unit: c.unit, formula: c.text })),
  };
}
