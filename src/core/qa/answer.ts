/**
 * Rule Q&A: a chat message → a short, cited answer from the rubric itself. Deterministic, no
 * model, no network. Pure. The pipeline, one file per stage:
 *
 *   normalize.ts  the message as read (first READ_LIMIT characters, cut into questions; reframe.ts: the asker's framing as the rubric's words)
 *   crisis.ts     a person at risk → the fixed crisis reply (rubric/crisis.yaml), before anything else
 *   scope.ts      about the rubric at all? thanks → a friendly line; English via rubric/glossary.yaml
 *   retrieve.ts   which clause (BM25 in index.ts), trusted or not; a silent clause is named, not refused
 *   apply.ts      THE VERDICTS: the asker's numbers and case against the requirement data
 *                 (够/不够 with the gap, 会/不会, calculations, scores by the engine's rule);
 *                 rates.ts (rates and units), daily.ts (a rate per day over a week), hours.ts (clock ranges → hours a week),
 *                 staff.ts (classes by grade, 安全员 posts), figures.ts (one figure per
 *                 requirement of a clause), case.ts (ranks, scores, dates, kinds of school),
 *                 requirement.ts (which requirement of a clause the question points at)
 *   compose.ts    the sentence that answers, the direct answer, the quote, the citation
 *
 * This file runs them in order (answerQuestion) and, per question, the direct lookups (第10条,
 * 原文 10, an area, a section) before retrieval (answerOne).
 */
import { lookup, rank, type Hit, type QaIndex } from './index.ts';
import { counsellingHours } from '../rubric/calculators.ts';
import { normalize } from '../text/normalize.ts';
import { parseNumber } from '../text/numbers.ts';
import { QA_TEXT } from '../text/qa-replies.ts';
import { concernFolded, crisisReply, detectCrisis, detectFolded, foldForCrisis, type CrisisKind } from './crisis.ts';
import { otherBusiness, scopeOf, translate } from './scope.ts';
import { EVERY_GRADE, acrossVerdict, asksScore, calculation, caseVerdict, clockPassage, derivedVerdict, EITHER_SUM, gradeVerdict, ratedPassage, isSemesterCountsQuestion, missingFact, MOVES, semesterList } from './apply.ts';
import { compose, lackAnswer } from './compose.ts';
import { ASKS_LEAVE, encouragedVerdict, leaveVerdict } from './permission.ts';
import { COUNTS_ASKED } from './staff.ts';
import { targetFirst } from './counts.ts';
import { weeklyHours } from './hours.ts';
import { cite, figure, fit, full, headings, inScope, outOfScope, overview, type Part, type QaCitation, type QaFigure } from './parts.ts';
import { guardsAgainst, preferGuarded } from './guard.ts';
import { anchors, bandNeverGiven, certificateWhich, hearsayUnsaid, MAY_BE_NEVER_GIVEN, methodNeverGiven, neverGiven, neverSaid, plainlyAbout, refusedCase, silent, silentWord, unsaidWord } from './silence.ts';
import { eitherMust, qualifyVerdict } from './qualify.ts';
import { pointsFigure, pointsOfItems, pointsRanked } from './points.ts';
import { areaIncludes, areaOf, ASKED, DECIDED, extraUnknown, nearestClause, ownedUnknown, sharedOrPlaced } from './nearest.ts';
import { askedTogether, asksAgain, itemsNamed } from './pieces.ts';
import { joinAnswered, repeats } from './join.ts';
import { withSituationRead } from './lone.ts';
import { HALT, ONLINE } from './words.ts';
import { besides, offCrisis, withTold } from './context.ts';
import { askedPieces, asideAnswer } from './asking.ts';
import { situationOf, situationSubject, withSituation } from './situation.ts';
import { barredOnly } from './barred.ts';
import { asks, readFacts, readPart, READ_LIMIT, OFFICE_SELF, REQUESTER, SPEAKER, spokenQuantities, tagQuestions, unframed, untitled, topicWords, type Facts } from './normalize.ts';
import { asAsked } from './around.ts';
import {
  ALSO_CITE,
  givesWhatIsAsked,
  unsaidOf,
  mentions,
  MIN_COVERAGE,
  trusted,
  preferSpecific,
  preferTitled,
  preferVerbatim,
  preferLacked,
  requiresLacked,
  preferNamed,
  preferCounted,
  preferSubject,
  refusals,
  WEAK_COVERAGE,
} from './retrieve.ts';
import { handlesRisk, preferHandling } from './handling.ts';
import { everydayIncident } from './incident.ts';
import { keywordTerms, titled } from './titles.ts';

/** A title word this rare (倾听一刻钟, 家长课堂) names its clause. */
const TITLE_IDF = 2.5;

export type { QaCitation, QaFigure } from './parts.ts';
export { readPart, READ_LIMIT } from './normalize.ts';

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
/** A day word (明天, 这周) declines a question only within this many characters of its end. */
const DATED_SPAN = 24;
/** Whether the rule asks something: 有没有要求…, 要求…吗, 是否要求. */
/** 「全校就86个学生，是不是要单独设个专项经费」: whether money is set apart, asked yes or no — not how much (「预算3万可以吗」 is). */
const SET_APART_ASKED = /(?:是不是|要不要|需不需要|是否)[^，,。？?]{0,8}(?:专项|预算|单列|单独列|单独立项)|(?:专项|预算|单列|单独列|单独立项)(?![^，,。？?]{0,3}[0-9])[^，,。？?]{0,8}(?:吗|么|嘛)[？?]?\s*$/;
const OTHER_CONTEST = /^(?!.*(?:考核|这一?项|这一?条|扣|分值)).*(?:比赛|大赛|竞赛|评选|评比|职称|(?:优秀|先进)(?:心理)?(?:老师|教师|班主任|学生|个人|案例))/;
const RULE_YES_NO = /有没有(?:明确|具体)?的?(?:要求|规定)|有(?:要求|规定)吗|(?<!满足|达到|符合|达|够|合)(?:要求|规定)[^，,。？?]{0,12}[吗么]|是否(?:要求|规定)/;

/** A message answered; the index's readings of it are forgotten then (nothing of it is kept longer). */
export const answerQuestion = (index: QaIndex, text: string, lastCitation?: string | null): QaAnswer => { try { return answerRead(index, text, lastCitation); } finally { index.forget(); } };
function answerRead(index: QaIndex, text: string, lastCitation?: string | null): QaAnswer {
  // A person at risk first: a fixed reply, never a rubric answer or a refusal. The message within the read limit is folded once, for both the crisis check and the rest.
  const { text: read, truncated } = readPart(text);
  const folded = normalize(read), crisisText = index.crisis ? foldForCrisis(index.crisis.table, read) : ''; // (the crisis table's own folding, once for both checks below)
  if (index.crisis) {
    // Raw, not `folded`: the crisis table reads emoji that name a means (🔪 💊) before they are dropped.
    const verdict = truncated ? detectCrisis(index.crisis.table, text) : detectFolded(index.crisis.table, crisisText);
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
  // Thanks and greetings are read before the glossary (「OK 懂了」 is an acknowledgement, not 可以).
  const scope = scopeOf(folded.replace(SPEAKER, '')).kind;
  const question = unframed(besides(tagQuestions(spokenQuantities(translate(index.glossary, index.fixTypos(untitled(index, folded.replace(SPEAKER, '').replace(REQUESTER, '').replace(OFFICE_SELF, '$1'))))))));
  // (「心理援助热线是多少」: the number, with the county's own lines after 12356.)
  const fixed = scope === 'rubric' ? null : scope === 'hotline' ? [QA_TEXT.hotline, ...(index.crisis?.localLines ?? [])].join('\n') : QA_TEXT[scope];
  if (fixed !== null) return { question, answer: fixed, inScope: false, citations: [], figures: [] };
  // Venting that asks nothing, and the school's daily running asked of the assistant (asideAnswer).
  const aside = asideAnswer(index, question, crisisText);
  if (aside !== null) return { question, answer: aside, inScope: false, citations: [], figures: [] };
  const whole = readFacts(question);
  const last = lastCitation ?? null;
  // The pieces of the message that ask, with what they point back at (asking.ts).
  const named = askedPieces(index, question);
  // (「心理老师要考什么证，二级咨询师还是心理教师资格证」: which certificate, asked in pieces, is one question.)
  const questions = certificateWhich(question) ? [question] : named.length <= MAX_QUESTIONS ? askedTogether(index, named) : named;
  // A verdict asked with no figure of its own, judged on what was told before it (context.ts).
  const carryTold = (q: string, part: Part, budget: number): Part => withTold(index, question, q, part, (text) => answerOne(index, text, whole, last, budget, question));
  let parts: Part[];
  let leftOver = 0;
  // Pieces that ask something of their own that no clause answers: said, not dropped.
  const declinedPieces: string[] = [];
  if (questions.length === 1) parts = [carryTold(questions[0] ?? '', answerOne(index, questions[0] ?? '', whole, last, BUDGET, question, situationOf(question, questions[0] ?? '')), BUDGET)];
  else {
    // A follow-up that asks again what an earlier part answered (「…多少钱？我们1200人一年至少多少」) is answered once.
    const answered: { q: string; part: Part }[] = [];
    let tried = 0;
    for (const q of questions) {
      if (answered.length >= MAX_QUESTIONS || tried >= MAX_TRIED) break;
      tried += 1;
      // 「…谁的年度得分高？高几分？」「…要不要给他们发补贴，标准多少」: asked again (pieces.ts).
      if (asksAgain(index, q, answered.at(-1)?.part.text)) continue;
      // (「有个学生最近情绪不太好…，学校应该怎么处理，要不要转介」: a how asked of nothing named asks of the clause the situation names.)
      const how = answered.length === 0 ? situationSubject(index, question, q, true) : undefined;
      const first = carryTold(q, answerOne(index, how && how.words.length > 0 ? `${how.words.join('、')}，${q}` : q, whole, last, BUDGET / 2, question), BUDGET / 2);
      // 「…？社会上的力量能不能参与进来？」: a piece declined gets the clause it plainly names, as a lone question does.
      // (Not its silence: beside other answers, 「原文没有直接规定专门」 only adds noise.)
      const near = !first.inScope && first.text === QA_TEXT.outOfScope ? nearestClause(index, q, BUDGET / 2) : null;
      const part = near && !near.text.startsWith(QA_TEXT.silentLead) ? near : first;
      // (「…会不会受影响。文件怎么说？」: a piece that names only the text itself asks nothing of its own.)
      if (!part.inScope && asks(index, q) && topicWords(index, q).some((w) => !/^(?:文件|办法|考核办法|原文|条文|规定)$/.test(w))) declinedPieces.push(q);
      // …and so is one that gives the same verdict from the same sentence of the same clause.
      // (「能不能用班会课顶？能不能不排进课表？」: an answer that says what its own question names — 课程表 —
      // and the earlier one does not, says something new.)
      const own = index.surfaces(q).filter((x) => !index.generic.has(x.term)).map((x) => x.term);
      const adds = (earlier: Part) => {
        const [now, before] = [index.textTermSet(part.text), index.textTermSet(earlier.text)];
        return own.some((t) => now.has(t) && !before.has(t));
      };
      if (part.inScope && !answered.some((x) => repeats(x.part, part) && !adds(x.part))) answered.push({ q, part });
    }
    // A piece left over counts when it asks, or names something of the rubric (「6考核时间」 in a numbered list).
    leftOver = questions.slice(tried).filter((q) => asks(index, q) || index.terms(q).some((t) => index.known(t) && !index.generic.has(t))).length;
    parts = joinAnswered(index, answered, (q, budget) => answerOne(index, q, whole, last, budget, question), (q, budget) => carryTold(q, answerOne(index, q, whole, last, budget, question), budget), BUDGET);
    // 「…筛出来二十几个预警学生…。德育主任问接下来要干嘛。按办法应该怎么跟进？」: pieces each declined alone,
    // of a message plainly about one clause: the whole is read at once. (Asked of the rubric by name, 按办法, 文件里: 「…我都不知道怎么接」 asks nothing of it.)
    if (answered.length === 0 && OF_RUBRIC.test(question)) {
      const retry = answerOne(index, question, whole, last, BUDGET, question);
      if (retry.inScope && !retry.text.startsWith(QA_TEXT.silentLead)) {
        parts = [retry];
        leftOver = 0;
        declinedPieces.length = 0;
      }
    }
  }
  const lone = questions.length === 1 ? questions[0] : undefined;
  // A lone question read again with the situation told before it (lone.ts).
  if (lone) parts = withSituationRead(index, question, lone, parts, (text: string) => answerOne(index, text, whole, last, BUDGET, question), BUDGET, (text: string) => answerOne(index, text, whole, last, BUDGET));
  if (lone && parts.length === 1 && parts[0]) parts = [carryTold(lone, parts[0], BUDGET)];
  // 「…结果一直没来…督学入校这项算完成了吗」: something the whole message tells not done, that the clause answered requires, settles a verdict not already 不.
  // (Nor a yes on conditions the qualification reading weighed, 「能，但还要经过岗前培训」: 背景 or 证书 is either.)
  const at = lone && parts.length === 1 && parts[0]?.inScope && !/^(?:不|没|还差|缺|差)|^[^。，]{1,4}，但还要/.test(parts[0].text) ? parts[0].passages[0] : undefined;
  const lacked = at ? lackAnswer(index, at, question, index.terms(question), BUDGET) : null;
  if (at && lacked) parts = [inScope(lacked, [at])];
  // 「倾听一刻钟改成每周一次 一次聊一小时 行吗」: plainly about a clause, declined by every stage above:
  // the nearest clause answers (nearest.ts) — unless the message carries words of distress (below).
  const stock = lone !== undefined && parts.every((p) => !p.inScope && p.text === QA_TEXT.outOfScope);
  const near = stock && !(index.crisis && concernFolded(index.crisis.table, crisisText, true, index.crisis.localLines, false)?.checkIn) ? nearestClause(index, lone, BUDGET) : null;
  if (near) parts = [near];
  // 「心理健康教育教师资格证去哪考」: a lone question the silence model (rubric/silence-model.json) reads as
  // asking what the text never says is told so, with the clause it found as the nearest — never over a
  // figure worked out from the asker's own numbers, nor when whether there is a rule is what is asked (「…复学有没有规定」: the clause found answers that).
  const found = lone && parts.length === 1 && parts[0]?.inScope && parts[0].figures.length === 0 && !parts[0].text.startsWith(QA_TEXT.silentLead) && !RULE_YES_NO.test(lone) ? parts[0].passages[0] : undefined;
  // (「心理剧比赛怎么评分」「优秀心理老师怎么评」: another contest's marking is no point of this assessment.)
  if (found && lone && ((OTHER_CONTEST.test(lone) && index.intents(lone).includes('points')) || (index.silence && neverSaid(index.silence, read) && !/^要准备：/.test(parts[0]?.text ?? '') && !(/学期结束前/.test(found.text) && /几月|哪个月|什么时候|啥时候|何时|哪天/.test(lone))))) parts = [silent(index, '这一点', found, index.terms(lone), BUDGET, lone)];
  // 「测评量表用哪个，SCL-90行不行」: so is a message of several questions, read whole, when nothing in it is worked out.
  // (Not over a part already told silent, which names what: 「原文没有直接规定申诉」; nor over the veto quoted: 「假如学生自杀了，考核得分怎么算」.)
  const first = !lone && parts.every((p) => p.figures.length === 0 && !p.text.startsWith(QA_TEXT.silentLead)) && !RULE_YES_NO.test(question) ? parts.find((p) => p.inScope)?.passages[0] : undefined;
  if (first && index.silence && !parts.some((p) => /一票否决/.test(p.text)) && neverSaid(index.silence, read)) [parts, declinedPieces.length] = [[silent(index, '这一点', first, index.terms(question), BUDGET, question)], 0];
  const [only] = parts;
  // …unless a clause answered beside it speaks of what it names (应急预案 in 第4条).
  const spoken = parts.filter((p) => p.inScope).flatMap((p) => p.passages.map((x) => x.text));
  const unanswered = spoken.length === 0 ? 0 : declinedPieces.filter((q) => !topicWords(index, q).some((w) => spoken.some((t) => t.includes(w)))).length;
  const notes = [
    ...(leftOver > 0 ? [QA_TEXT.leftOver(MAX_QUESTIONS, leftOver)] : []),
    ...(unanswered > 0 ? [QA_TEXT.unanswered(unanswered)] : []),
    ...(truncated ? [QA_TEXT.truncated(READ_LIMIT)] : []),
  ];
  // A message with warning signs of two kinds (a farewell and a handover, a place and now), or one
  // the rubric cannot answer that carries words of distress, gets a human check-in, not a rule or
  // the stock decline: the crisis check above knows only the phrasings it was given.
  const declined = !parts.some((p) => p.inScope) && parts.every((p) => p.text === QA_TEXT.outOfScope);
  const crisisRead = index.crisis ? concernFolded(index.crisis.table, crisisText, declined, index.crisis.localLines, parts.some((p) => p.inScope)) : null;
  const concern = crisisRead?.checkIn ?? null;
  const safety = crisisRead?.safetyLine ?? null;
  const answer = concern ?? [parts.length === 1 && only ? only.text : parts.map((p, i) => `${i + 1}. ${p.text}`).join('\n'), ...notes, ...(safety ? [safety] : [])].join('\n');
  const seen = new Set<string>();
  const citations = parts
    .flatMap((p) => p.passages)
    .filter((p) => !seen.has(p.id) && seen.add(p.id))
    .map((p) => ({ id: p.id, title: p.title, points: p.points }));
  // The check-in is no rubric answer: nothing cited, and never handed to the model to phrase.
  if (concern) return { question, answer, inScope: false, citations: [], figures: [], ...(truncated ? { truncated } : {}) };
  return {
    question,
    answer,
    inScope: parts.some((p) => p.inScope),
    citations,
    figures: parts.flatMap((p) => p.figures),
    ...(truncated ? { truncated } : {}),
  };
}

/** One person for several classes or posts: 一个人兼两个班, 一个学生当两个班的. */
const ONE_FOR_MANY = /(?:一个人|一人|同一个(?:人|学生|老师)|一个学生|一个老师)[^，,。？?]{0,4}(?:兼|同时|管|当|负责)[^，,。？?]{0,4}(?:两|2|几|多)个?班/;

/** A question put to the rubric by name: 按办法, 按规定, 文件里, 考核办法上. */
const OF_RUBRIC = /按(?:照)?(?:考核)?(?:办法|规定|要求|文件|原文)|(?:考核办法|办法|文件|考核)(?:里|上|中)/;

/** Periods: they say when, not what is asked about. */
const PERIOD_TERMS = ['学期', '学年', '周', '每天', '月', '年度'];

export function helpText(): string {
  return QA_TEXT.help;
}

// ───────────── one question ─────────────

/** A clause that names an online way itself (…校园广播、电视、网络等校园媒介). */
const ONLINE_SAID = /网络|线上|网上|视频|直播/;
const DETAIL = /^(详细|详细点|详细说说|具体|具体点|具体说说|展开|展开说说|原文|全文|看原文|看全文|原话|完整的?)[。.!！?？]*$/;

function answerOne(index: QaIndex, asked: string, whole: Facts, lastCitation: string | null, budget: number, wholeText: string = asked, situation?: string): Part {
  // 「心理委员要不要定期培训，好让他们更早发现…的苗头？」: the aim told after the question is no part of what is asked.
  // (「有没有要求…，比如处理学生自伤事件不力的？」: an example that asks nothing of its own is cut, normalize.ts.)
  const q = asAsked(asked);
  if (q.trim() === '') return { ...outOfScope(), text: QA_TEXT.empty };
  if (index.declined(q) || otherBusiness(q)) return outOfScope();
  // 「这周五开家长会吗」 asks for a day's schedule; 「下周迎检，要准备哪些材料」 only sets the scene.
  // (「心理健康课可以拿班会课顶吗 下周deadline要交课表了」: what is said after the question's mark is no part of it.)
  const asking = q.split(/[,，]/).map((c) => c.replace(/([吗么嘛呢？?])\s+[^吗么嘛呢？?]*$/u, '$1')).filter((c) => asks(index, c));
  // Only near the question: 「上周开会布置了…辅导室每天开两小时够不够」 tells the scene first.
  // 「周三下午多开2个钟」: a weekday in an opening schedule is no date (明天, 这周三 still are).
  // (「领导说下周要来check心理辅导室 主要看些啥」: voice input's space sets the asking part apart from the day told.)
  // (「这周五 开家长会吗」: a day alone before the space still dates the question.)
  const spoken = (c: string) => {
    const segs = c.trim().split(/\s+/);
    const last = segs.at(-1) ?? '';
    return segs.length > 1 && segs.slice(0, -1).join('').length > 6 && asks(index, last) ? last : c;
  };
  const dated = (c: string) => index.dated(spoken(c).slice(-DATED_SPAN));
  const undated = (c: string) => c.replace(/(?<![这下上本])(?:周|星期|礼拜)[一二三四五六日天]/g, '');
  const clauses = asking.length > 0 ? asking : [q];
  // 「考核能不能推到下学期开学再考」 asks to move the assessment, not for a day's schedule.
  if (!MOVES.test(q) && clauses.some(dated) && (weeklyHours(q) === null || clauses.some((c) => dated(undated(c))))) return outOfScope();

  if (DETAIL.test(q.trim())) {
    const last = lastCitation ? index.byId.get(lastCitation) : undefined;
    return last ? full(last) : { ...outOfScope(), text: QA_TEXT.empty };
  }

  const intents = index.intents(q);
  // 「第2条和第3条分别几分，合起来满分多少」「前7项」「第五部分」: several items, their points and the sum (a figure: no silence model reads it away).
  const several = intents.includes('points') ? itemsNamed(index, q) : [];
  const byPoints = several.length < 2 ? pointsRanked(index, q, budget) : null; if (byPoints) return byPoints; else if (several.length >= 2) return pointsOfItems(index, several, q, budget);
  const found = lookup(index, q, parseNumber);
  if (found?.kind === 'noItem') {
    const nos = index.rubric.items.map((i) => i.no);
    return { ...outOfScope(), text: QA_TEXT.noItem(found.no, nos.length, Math.min(...nos), Math.max(...nos)) };
  }
  if (found?.kind === 'item') {
    if (found.full) return full(found.passage);
    // 「二至七项得了70分，政策落实能拿几分」: the item named is scored from the asker's points.
    const derived = found.passage.item?.scoring.method === 'derived' ? derivedVerdict(index, q, budget) : null;
    if (derived) return derived;
    const terms = index.terms(found.rest).filter((t) => !index.generic.has(t));
    return terms.length > 0 || intents.some((i) => i === 'points' || i === 'evidence')
      ? inScope(compose(index, found.passage, terms, intents, budget, q), [found.passage])
      : inScope(overview(found.passage, budget), [found.passage]);
  }
  if (found?.kind === 'area') {
    const lines = found.passages.map((p) => QA_TEXT.areaLine(p.no ?? 0, p.title, p.points, p.provisional));
    const points = found.passages.reduce((sum, p) => sum + (p.points ?? 0), 0);
    const provisional = found.passages.some((p) => p.provisional);
    return { ...inScope(QA_TEXT.areaList(found.area.no, found.area.title, lines, points, provisional, found.passages[0]?.no ?? 1), found.passages), figures: [pointsFigure(found.passages)] };
  }
  if (found?.kind === 'section') {
    // (「我校是一所民办的职业学校。请问我们学校算考核对象吗」: the kind told before settles whether it is in.)
    const list = headings(found.passage), kindIn = found.passage.id === 'section-targets' && /[吗么嘛]|算不算|是不是|在不在|包不包括/.test(q) ? caseVerdict(index, q, index.terms(q), budget, wholeText) : null;
    if (kindIn) return kindIn;
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
  // 「一个成长导师最多能带几个学生」「多少分算合格」「组长是谁」「辅导室周末要不要开放」「提前通知还是
  // 突击检查」: what the text never gives is named as silent, before any case or calculation guesses it.
  // Ranked once, on first need: here, or for retrieval below.
  let ranked: Hit[] | null = null;
  // (「高三下学期能不能把心理课停了」: the period a halt is asked for does not choose the clause; the thing halted does.)
  const haltTerms = HALT.test(q) ? terms.filter((t) => !PERIOD_TERMS.map(index.concept).includes(t)) : terms;
  const ranking = () => (ranked ??= targetFirst(index, preferHandling(index, preferVerbatim(preferSubject(index, preferGuarded(index, preferLacked(index, preferNamed(index, preferCounted(preferTitled(index, preferSpecific(withSituation(index, rank(index, haltTerms, index.surfaces(q)), situation, q), intents, q, index), terms, q), q), q), q), q), q, intents), q), terms, q), q));
  if (MAY_BE_NEVER_GIVEN.test(q)) {
    const near = ranking()[0];
    const what = near && near.onTopic && near.coverage >= WEAK_COVERAGE ? neverGiven(index, q, near.passage) : bandNeverGiven(index, q);
    // A score band is the total's (五、考核结果运用), whatever clause shares a word with it.
    // (So is money for a school's rank or result: 「考核优秀的学校有没有奖金」.)
    const about = what?.startsWith('多少分算') || (/^(?:奖金|奖励|表彰)$/.test(what ?? '') && /考核|排名|优秀|第一/.test(q)) ? (index.byId.get('section-results') ?? near?.passage) : what === '提前通知' || what === '提前公开' ? (index.byId.get('section-organization') ?? near?.passage) : what === '测评的分数线' ? (index.byId.get('item-17') ?? near?.passage) : near?.passage;
    // (Leave for what the clause encourages, 鼓励社会力量支持…, is no act it never names.)
    if (about && what && !encouragedVerdict(index, q, about.text) && !(EITHER_SUM.test(q) && /总分/.test(about.text))) return silent(index, what, about, said, budget, q);
  }
  // 「县里考核是实地看还是交材料」: the assessment's method, which 四、考核组织实施 never gives.
  const method = methodNeverGiven(index, q);
  const organization = method ? index.byId.get('section-organization') : undefined;
  if (method && organization) return silent(index, method, organization, said, budget, q);
  // 「培训时专家讲…有黄金24小时 文件里有这个规定吗」: a claim heard elsewhere that the text never says.
  const heard = hearsayUnsaid(index, q);
  const near = heard ? ranking()[0]?.passage : undefined;
  if (heard && near) return silent(index, heard, near, said, budget, q);
  // 「考核内容里，“危机干预”归在哪个方面」: the part of 考核内容 that names it.
  const area = areaOf(index, q, budget, wholeText) ?? areaIncludes(index, q, budget);
  if (area) return area;
  const decided = caseVerdict(index, q, terms, budget, wholeText) ?? eitherMust(index, q, budget) ?? qualifyVerdict(index, q, budget, wholeText);
  if (decided) return decided;
  // (「…1到9年级共36个班…心理委员是每个年级都要配吗」 asks the rule's grades, not a count.)
  // (「有没有额外的岗位补贴，多少钱」: money asked of a thing the rubric has no word for is no budget to reckon.)
  // (「…学生两千多…心理经费有没有要求单独列进预算」: whether the rule asks something, of no amount, is no count either.)
  // (「心理委员可以一个人兼两个班吗」: one person for two classes asks leave, no count over the classes.)
  const calc = EVERY_GRADE.test(q) || ONE_FOR_MANY.test(q) || extraUnknown(index, q).length > 0 || ((RULE_YES_NO.test(q) || SET_APART_ASKED.test(q)) && !/够|几|多少|达标|合规|符合|满足|差|合格|标准/.test(q)) ? null : calculation(index, terms, intents, facts, budget, q, wholeText);
  // (「心里委员是几年级开始配的 三年级要不要配」: a grade asked yes or no is the clause's to answer, not a count.)
  // (「学生两百多人，心理老师可以不配专职的吗」: leave to leave out what is counted leads with its refusal.)
  // (Not over a score worked out, 「扣1分：…」: 「会不会扣分，扣多少」 is answered by it.)
  const refused = calc?.passages[0] && !DECIDED.test(calc.text) && !/^(?:扣|能。|不能。)/.test(calc.text) ? leaveVerdict(index, calc.passages[0], q) : null;
  if (calc && !(/要不要|需不需要|[也还都]要[^，,。？?]{0,14}[吗么]/.test(q) && !/够|几|多少|达标|合规|符合/.test(q) && calc.passages[0] && gradeVerdict(q, [calc.passages[0].text]))) return refused ? { ...calc, text: `${refused.word}。${calc.text}` } : calc;
  if (isSemesterCountsQuestion(index, q, terms)) return semesterList(index, budget);
  const clocked = clockPassage(index, q, terms);
  if (clocked) return inScope(compose(index, clocked, said, intents, budget, q), [clocked]);

  // 「家长投诉老师怎么处理」: an event of school life the rubric has no word for (incident.ts).
  if (everydayIncident(index, q, wholeText)) return outOfScope();
  // 「自杀预防讲座能算主题活动吗」: the clause on what it would count as leads (counts.ts).
  const hits = ranking();
  const top = hits[0];
  // 「家长课堂改成线上直播，算不算次数」: a way of holding it the clause never names (线上) is its silence.
  // (Only leave or counting asked of it, with no figure told: 「办了1次线上讲座，次数够吗」 is counted as told.)
  const medium = ONLINE.exec(q)?.[0];
  const heldOnline = medium !== undefined && (ASKS_LEAVE.test(q) || COUNTS_ASKED.test(q)) && !/[0-9]|[一两二三四五六七八九十]\s*(?:场|次|回|节)/.test(q);
  if (top && heldOnline && top.onTopic && anchors(index, q, top.passage).length > 0 && !ONLINE_SAID.test(top.passage.text)) return silent(index, `${medium}的形式`, top.passage, said, budget, q);
  // 「体育课每周几节」: a thing the clause names only as what may not be done (barred.ts).
  const barred = top ? barredOnly(index, q, top.passage, wholeText) : undefined;
  if (top && barred) return silent(index, barred, top.passage, said, budget, q);
  // 「心理课上满了9节，刚好卡线吧」「心理公开课这学期开了3次，够吗」: the asker's rate against the
  // requirement most on its topic decides it, whatever clause ranks first.
  // 「这学期专班会议开了1次，家长会开了2次，哪个没达标」: each clause's count judged, in one reply.
  const across = acrossVerdict(index, hits.map((h) => h.passage), q, budget);
  if (across) return across;
  // (Not away from a clause the question names by its title, a word few clauses share: 「倾听一刻钟…改成每周一次」.)
  const titledTop = top !== undefined && top.onTopic && [...titled(index, top.passage)].some((t) => t.startsWith('=') && terms.includes(t) && !index.generic.has(t) && index.idf(t) >= TITLE_IDF);
  const ratedAny = ratedPassage(index, q, terms, hits.map((h) => h.passage), asksScore(q, intents));
  const rated = titledTop && ratedAny !== top?.passage ? null : ratedAny;
  if (rated && rated !== top?.passage) return inScope(compose(index, rated, said, intents, budget, q), [rated]);
  // 「学生有自杀倾向怎么跟家长沟通」: a student at risk is answered from a clause on crisis,
  // referral or a death (context.ts), not from one that shares only the other words.
  if (!top || offCrisis(index, q, top.passage) || !(trusted(index, top, terms, q) || (top.passage.id === 'item-17' && handlesRisk(index, q, terms)))) {
    if (rated) return inScope(compose(index, rated, said, intents, budget, q), [rated]);
    // Plainly about a clause (its own subject named), weakly matched because the asker tells a
    // situation around it: when the clause settles the asker's plan or case (「心理课不排进课程表，
    // 可以吗」), that is the answer; else what the clause never speaks of is named as silent
    // (「心理辅导室要多大面积」「家长课堂可以在线上开吗」), not the stock refusal.
    // 「安全员要不要持证上岗」: of the two best, the first whose own words the question names (安全员 in
    // 第9条, not 资格证书 of 第10条) is the one it is about.
    const [first, next] = hits;
    // (A clause that guards what the plan would make known is its own, however many of the plan's words it lacks.)
    const own = (h: Hit | undefined) => h !== undefined && h.onTopic && ((h.coverage >= WEAK_COVERAGE && anchors(index, q, h.passage).length > 0) || guardsAgainst(index, h.passage, q) || requiresLacked(index, h.passage, q));
    const weakHit = !own(first) && own(next) && (next?.score ?? 0) >= 0.6 * (first?.score ?? 0) ? next : first;
    // (「辅导室能不能和党员活动室合用」: leave asked of the clause's own titled thing, whatever else it names.)
    // (「家长课堂我们请了县医院的医生来讲算不算」: so is counting asked of a rare word of its own keywords, 家长课堂.)
    const titled = weakHit !== undefined && ((ASKS_LEAVE.test(q) && index.terms(weakHit.passage.title).some((t) => t.startsWith('=') && !index.generic.has(t) && terms.includes(t))) || ((ASKS_LEAVE.test(q) || /算不算|算吗|算数/.test(q)) && [...keywordTerms(index, weakHit.passage)].some((t) => t.startsWith('=') && terms.includes(t) && index.idf(t) >= TITLE_IDF)));
    const weak = weakHit?.onTopic && (weakHit.coverage >= WEAK_COVERAGE || titled) ? weakHit.passage : undefined;
    // 「学校规模小，可以不建心理辅导室吗」: a plan that leaves out what the clause on its subject
    // requires is settled by that clause (permission.ts), however little the rest of it matches.
    // (「心理测评一年级的小朋友也要参加吗」: so is a grade the clause starts after, however weakly the rest matches.)
    if (!weak && top?.onTopic && (leaveVerdict(index, top.passage, q) || gradeVerdict(q, [top.passage.text]))) {
      const text = compose(index, top.passage, said, intents, budget, q);
      if (DECIDED.test(text)) return inScope(text, [top.passage]);
    }
    if (!weak) return outOfScope();
    // Anchored on the clause's own words (silence.ts), the clause's verdict on the asker's plan first.
    const anchored = anchors(index, q, weak).length > 0 || guardsAgainst(index, weak, q) || requiresLacked(index, weak, q);
    const text = anchored ? compose(index, weak, said, intents, budget, q) : '';
    // (「高中三年级学生要不要参加心理测评」: a stage's grade asked of a clause that starts at a primary one.)
    if (DECIDED.test(text) || (/^需要。原文要求从小学/.test(text) && gradeVerdict(q, [weak.text]) !== null)) return inScope(text, [weak]);
    // 「心理辅导室要多大面积」: a thing asked for by name that the clause never speaks of.
    // (「辅导室面积有要求吗」: a word the rubric has none for, before 有要求吗.)
    const named = sharedOrPlaced(q) ?? [...index.focus(q), ...ownedUnknown(index, q)].find((w) => !mentions(index, weak, w) && silentWord(w));
    if (named) return silent(index, named, weak, said, budget, q);
    // Otherwise only an anchored question is taken on.
    if (!anchored) return outOfScope();
    const what = unsaidWord(index, q, weak);
    // …and asked as a question about it (几号, 多少, 有没有, 可以…吗), not 「食堂有刀削面 去不去」.
    const asked = intents.length > 0 || ASKED.test(q);
    if (!asked) return outOfScope();
    // Every word it names is the clause's own (「辅导室要满足什么条件」): the clause answers it — unless
    // a figure or a time is asked that it does not give (「成长导师每周要找学生谈几次话」).
    if (what === undefined) {
      if (givesWhatIsAsked(index, q, intents, text)) return inScope(text, [weak]);
      return silent(index, unsaidOf(anchors(index, q, weak)[0] ?? '', q, intents), weak, said, budget, q);
    }
    return plainlyAbout(index, q, weak, what) ? silent(index, what, weak, said, budget, q) : outOfScope();
  }
  // 「辅导室要多大面积」: the clause must speak of what the question asks for by name; 「家长不同意
  // 测评怎么办」: what to do when something is not done is known only where the clause names it.
  const unsaid = [...index.focus(q).filter(silentWord), ...refusals(index, q, terms), ...ownedUnknown(index, q)].find((word) => !mentions(index, top.passage, word));
  if (unsaid !== undefined) {
    // 「测评结果能不能发到家长群里」: the clause's verdict on the asker's plan (permission.ts) settles it.
    const decided = compose(index, top.passage, said, intents, budget, q);
    // (Not of a kind the text never names: 「资格证书具体是哪一种证」 is no leave asked.)
    if (DECIDED.test(decided) && givesWhatIsAsked(index, q, intents, decided)) return inScope(decided, [top.passage]);
    // 「辅导室要多大面积」: clearly about a clause silent on what is asked — say so and name the clause, rather than refuse (nothing cited as if it said it).
    // (「家长拒绝心理测评怎么办」: a refusal told in full, 家长拒绝心理测评的情况, is what it is silent on; a bare one is declined.)
    const refused = refusals(index, q, terms).includes(unsaid) ? refusedCase(q) : unsaid;
    return top.onTopic && top.coverage >= MIN_COVERAGE && refused !== undefined ? silent(index, refused, top.passage, said, budget, q) : outOfScope();
  }
  const cited = [top, ...hits.slice(1).filter((h: Hit) => h.score >= ALSO_CITE * top.score)].slice(0, 3);
  let text = compose(index, top.passage, said, intents, budget, q);
  // 「心理老师工资多少」: a number or a time the clause does not give is not guessed.
  if (!givesWhatIsAsked(index, q, intents, text)) {
    // 「辅导室要多大面积」「心理老师工资多少」: the clause gives no such figure — say so, name the clause.
    const what = [
      ...index.focus(q),
      // (Not a word of the asker's manner: 只是, 又按, 聊啊, 自己.)
      ...terms.filter((t) => !t.startsWith('=') && !index.known(t) && [...t].length > 1 && !index.filler(t) && silentWord(t)),
    ].filter(silentWord)[0] ?? [
      // The word nearest the end is what is asked about (工资 in 心理老师工资多少), not a period (每学期).
      ...index
        .surfaces(q)
        .filter((x) => !PERIOD_TERMS.map(index.concept).includes(x.term))
        .map((x) => x.word)
        .sort((a, b) => q.lastIndexOf(b) - q.lastIndexOf(a)),
    ][0];
    return what && top.onTopic && top.coverage >= MIN_COVERAGE
      ? silent(index, unsaidOf(what, q, intents), top.passage, said, budget, q)
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
