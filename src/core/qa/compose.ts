/**
 * Stage 6 of the Q&A pipeline: the answer as written. The sentence of the clause that answers
 * (not its first), the direct answer before it (需要 / 不可以 / a number), the quote, the
 * citation — within the budget. Verdicts on the asker's numbers come from apply.ts. Pure.
 */
import type { Intent } from './synonyms.ts';
import type { Passage, QaIndex } from './index.ts';
import { QA_TEXT } from '../text/qa-replies.ts';
import { atLeastScore } from '../rubric/engine.ts';
import { eachGrade, eachSemester, requirementFigures, requirementsNamed } from './figures.ts';
import { classesDone, gradeClasses, leaveWord, perStudentTotal, perThingVerdict, studentsCovered } from './staff.ts';
import { forbiddenWord, FULL_ASKED, HALT, haltDeducted, leaveGrade, leaveRefusal, MAKE_UP, NEXT_PERIOD, NOT_DOING, OWN_SCHOOL, rateWord, STOPS } from './words.ts';
import { belowCost, partsDoneScore } from './points.ts';
import { schoolYearOf, weeksOff } from './weeks.ts';
import { ALL_CLASSES, ENOUGH, JUDGE, MORE_NEEDED, SURPLUS, asksScore, compareRate, gradeCount, gradeRangeVerdict, gradeVerdict, everyOneVerdict, everyPeriodAsked, stageListVerdict, percentVerdict, rateVerdict, rateWords, perPeriodOverClasses, perDayOver, perDayNeeded, requiredOver, requirementRate } from './apply.ts';
import { cite, fit, headings, headNamed, overview, paragraphHeads } from './parts.ts';
import { ASKS_LEAVE, alternativeVerdict, daysFreeVerdict, encouragedVerdict, formVerdict, holdsBoth, leaveVerdict, eachOfChoices, oneOfClaimed, otherChoice, permitVerdict, refusalWord, statedIn } from './permission.ts';
import { meansMust, meansVerdict } from './means.ts';
import { onlyVerdict, poolVerdict } from './narrow.ts';
import { conditionedMust } from './condition.ts';
import { COUNTS_AS, countsAs, countsVerdict } from './counts.ts';
import { asksRule, echoedVerdict, yesNoPart } from './echo.ts';
import { SAME_ASKED, absentRole, assessedWord, mustOfClause, unstatedMust } from './unstated.ts';
import { mannerVerdict } from './manner.ts';
import { bestRequirement, narrowRequirement } from './requirement.ts';
import { CLAIMED, LEAST_CLAIMED, claimVerdict } from './claim.ts';
import { requiredTogether } from './together.ts';
import { coverVerdict } from './cover.ts';
import { readFacts } from './normalize.ts';
import { parseNumber } from '../text/numbers.ts';
import { periodAsked } from './context.ts';
import { lackVerdict, notDoing, undoneInClause } from './lack.ts';
import { ANSWERS, ASKED_CHAR, WHAT_KIND, bestSentences, coverSentences, mustWord, definedWith, endSentence, keyText, nextStep } from './sentences.ts';
import { askedLeave, belowLeast, states } from './leave.ts';

const PROHIBIT = /不得|不能|严禁|禁止|不准/;
/** 「拿班会课顶」「代替」「当心理课」: a question whether one thing may stand for another. */
// (「能不能用班会课上」: the 班会课 used for the lesson is put in its place.)
const SUBSTITUTE = /顶|代替|替代|充当|当成|当作|就当|记成|记作|算成|算作|并到|并入|并进|合并|合到|挤占|占用|改上|(?:用|拿|在)(?:班会课?|体育(?:健康)?课?|自习课?)(?:来|时间)?上/;
/** 没有, 没设, 缺, 未: a question about what a missing requirement costs. */
export const MISSING = /没有?|缺|未(?!遂)|不设|不建|不开/;

/**
 * 「…家长那边还没通知。这样算落实了吗」: the verdict when something told not done is what a sentence of
 * `p` requires (lack.ts), with the asker's clause named and that sentence quoted; null otherwise, and
 * where the grades told settle it (「只有一到三年级…没配心理委员」 owes none).
 */
export function lackAnswer(index: QaIndex, p: Passage, question: string, terms: readonly string[], budget: number): string | null {
  const lacking = gradeRangeVerdict(question, [p.text]) ?? gradeVerdict(question, [p.text]) ? null : lackVerdict(index, p, question);
  // (「你说「别人说…」」: who made the claim, read as 别人说 (normalize.ts), is no part of what was told.)
  return lacking ? quoted(index, p, QA_TEXT.lacking(lacking.word, lacking.told.replace(/^别人说/, '')), lacking.sentence, terms, budget) : null;
}

/** A verdict (不可以。, 不算。你说…) and the sentence of `p` that settles it, quoted, within the budget. */
function quoted(index: QaIndex, p: Passage, head: string, sentence: string, terms: readonly string[], budget: number): string {
  const citation = cite(p);
  const room = budget - head.length - citation.length - QA_TEXT.quote('').length;
  return fit([head + QA_TEXT.quote(keyText([{ text: sentence }], terms, index, room).replace(/[。；]$/, '')), citation, p.no !== null ? QA_TEXT.fullTip(p.no) : ''], budget);
}

/** Lead (the direct answer) + the clause's key words + the citation, within the budget. */

export function compose(
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

  // 「心理老师要什么证」「要建什么样的预警网络」: what is asked for by name (证, 预警网络) picks the requirement and the sentence that hold it.
  const asked = ASKED_CHAR.exec(question)?.[1] ?? WHAT_KIND.exec(question)?.[1] ?? null;
  const found = intents.includes('which') ? null : bestRequirement(p, intents, weight, asked);
  // 「专班会议」 alone points at two of 第2条's requirements equally: list them all. With more
  // words (「心理普查从几年级开始」) the sentence that matches them answers instead.
  // A question for a kind of fact (啥时候, 几次) that one sentence gives is answered by that sentence.
  const kind = (x: { text: string; terms: ReadonlySet<string> }) => intents.some((i) => ANSWERS[i]?.test(x.text)) && weight(x.terms) > 0;
  const mustOfAll = intents.includes('yesno') && mustOfClause(p, question);
  // (「测评没做，扣几分」: the cost of a missing requirement is worked out below, whatever ties.)
  if (found === 'tie' && new Set(terms).size === 1 && !p.sentences.some(kind) && !(item && intents.includes('points') && MISSING.test(question))) return mustOfAll && !unstatedMust(index, p, question) ? QA_TEXT.yes + overview(p, budget - QA_TEXT.yes.length) : overview(p, budget);
  // 「超出学校辅导能力的学生，可以转介出去吗」: a sentence of the clause that matches the question
  // better than the requirement, with words the requirement lacks (第20条's 转介, scored by no
  // requirement of its own), answers it; the requirement does not lead.
  const unscored = (t: string) => terms.includes(t) && index.idf(t) >= 1 && !p.requirements.some((o) => o.terms.has(t));
  const outweighed = (r: Passage['requirements'][number]) =>
    p.sentences.some((x) => weight(new Set([...x.terms].filter(unscored))) > weight(r.terms));
  // 「全员导师制到底是啥意思」: a definition asked is the sentence that says the asker's own word (实施“全员导师制”：…), not a requirement under it.
  const defined = intents.includes('definition') ? p.sentences.find((x) => index.surfaces(question).some((w) => [...w.word].length >= 3 && x.text.includes(w.word))) : undefined;
  const definition = defined ? definedWith(p, defined) : [];
  // …unless those sentences state the requirement themselves (开展好“倾听一刻钟”活动。…每天…15分钟): it still leads.
  const stated = found !== null && found !== 'tie' && [...found.terms].every((t) => definition.some((x) => x.terms.has(t)));
  const req = (defined && !stated) || found === 'tie' || (found !== null && outweighed(found)) ? null : found;
  // 「心理老师需要具备什么条件」: what is required of the subject is the sentence that makes it the
  // subject of a modal (心理健康教育教师要有…), not the one that only counts it.
  const requisite = REQUISITES.test(question) ? subjectSentence(index, p, terms, question) : null;
  // 「心理老师可以兼任班主任吗」: holding a second role the clause only names (享受班主任同等待遇) is not
  // settled by it; the sentence that names the role is the related one.
  const leaveAsked = askedLeave(yesNoPart(question));
  const both = leaveAsked && holdsBoth(leaveAsked, p.text, (who) => who !== '' && index.terms(who).some((t) => t.startsWith('=') && (index.docOf(p)?.tf.has(t) ?? false))) ? leaveAsked : null;
  const role = both ? both.replace(/^(?:同时)?(?:兼任|兼当|兼做|兼|当|做|担任)/, '') : '';
  // The related rule is the one that treats them as the role (享受班主任同等待遇), else any that names it.
  const roleNamed = role ? p.requirements.filter((x) => x.requirement.text.includes(role)) : [];
  const roleReq = roleNamed.find((x) => x.requirement.text.includes(`${role}同等`)) ?? roleNamed[0];
  const overlap = (x: { terms: ReadonlySet<string> }) => [...x.terms].filter((t) => roleReq?.terms.has(t)).length;
  const roleSentence = role ? p.sentences.filter((x) => x.text.includes(role)).sort((a, b) => overlap(b) - overlap(a))[0] : undefined;
  // 「筛出来三十多个预警的。接下来要做什么？」: the sentence that opens on what is told (根据测评筛出预警学生，…二次研判).
  const after = roleSentence || requisite || defined ? undefined : nextStep(index, p, question);
  const best = roleSentence ? [roleSentence] : requisite ? [requisite] : defined ? definition : bestSentences(p, intents, req?.terms ?? new Set(), weight, asked ?? mustWord(p, question), index.surfaces(question).map((x) => x.word), req?.requirement.text);
  const chosen = after && !best.includes(after) ? [after] : best;
  // (「兼职心理老师需要什么条件」: the requirement on the conditions leads, not 1:500 of 兼职 — one the requisite sentence holds, or none.)
  const heads = requisite && req && !req.requirement.text.split(/[，,；;。]/).some((x) => x.length >= 4 && requisite.text.includes(x.slice(0, 4))) ? null : req;
  let lead = item && intents.includes('which') ? `第${item.no}条 ${item.title}${/考核内容|哪(?:一)?(?:个)?(?:方面|块|部分|大项)/.test(question) ? `（属于“${index.rubric.areas.find((a) => a.id === item.area)?.title ?? ''}”）` : ''}。` : heads ? `${heads.requirement.text}。` : '';
  // 「心理课三周上一次够不够」「专班会议一学期开一次行不行」: the asker's rate against the
  // requirement's, converted (apply.ts decides the verdict).
  // 「开了3次但都没讲心理健康，算吗」: a count of meetings that left out what they must hold is no answer to the rule.
  // The requirement the question points at first, then the clause's others.
  const pool = requirementsNamed(index, p, terms);
  const candidates = [...(req && pool.includes(req) ? [req.requirement] : []), ...pool.map((x) => x.requirement)];
  // 「专班会议可以一学期只开一次吗」: 一次吗 reads as a frequency word, yet the question ends yes or no.
  const judged = ENOUGH.test(question) || JUDGE.test(question) || intents.includes('yesno') || /[吗嘛][？?]?\s*$/.test(question) || LEAST_CLAIMED.test(question) || SURPLUS.test(question);
  // 「拿班会课顶心理课课时，算吗」: a substitution the clause forbids is answered before any count.
  if (SUBSTITUTE.test(question)) {
    // (A word of the table as the asker wrote it, 班会课 of 主题班会, stands in the prohibition too.)
    const banned = p.sentences.map((x) => prohibitedPart(x.text)).find((b): b is string => b !== null && weight(new Set(index.terms(b))) > 0 && (index.terms(question).some((t) => !index.generic.has(t) && b.includes(t.replace(/^=/, ''))) || index.surfaces(question).some((x) => !index.generic.has(x.term) && b.includes(x.word))));
    // …with what the clause requires instead (每两周不少于1课时), when it sets a rate.
    // (the requirement on what may not be replaced: 代替心理健康教育课程 → 每两周不少于1课时心理健康课).
    const replaced = new Set(index.terms(banned?.split(/代替|替代|顶替/)[1] ?? ''));
    const instead = p.requirements.find((x) => (x.requirement.op === 'atLeast' || x.requirement.op === 'oneOf') && requirementRate(x.requirement) !== null && [...replaced].some((t) => x.terms.has(t)))?.requirement;
    // 「一学期16周，心理课上了8节，但有2节是用班会课顶的，够不够」: the lessons less those replaced, against the rate.
    const told = banned && instead && (ENOUGH.test(question) || JUDGE.test(question)) ? REPLACED_PART.exec(question) : null;
    if (told && instead) {
      const [all, replaced] = [Number(told[1]), Number(told[2])];
      const own = rateVerdict(ownFigures(index, question.replace(told[0], `上了${all - replaced}节`)), [instead]);
      if (own && replaced < all) {
        const word = rateWord(question, own.v.enough);
        return fit([`${QA_TEXT.rateVerdict({ ...own.v, rule: instead.text, sameUnit: own.v.samePeriod, word })}${banned}，用${told[3] ?? '班会课'}顶的${replaced}节不算。`, citation, tip], budget);
      }
    }
    if (banned) return fit([`${forbiddenWord(question)}${banned}${instead ? `；要求是${instead.text}` : ''}。`, citation, tip], budget);
    // 「用优秀案例交流代替公开课行不行」: one of the alternatives a sentence lists, put for another.
    const either = alternativeVerdict(index, question, p.sentences);
    if (either) return quoted(index, p, `${either.word}。`, either.sentence, terms, budget);
  }
  // 「责任督学这学期没来，能不能下学期来两次补上」: what a period missed is not made up in the next one
  // when the requirement is owed in each (每学期); 每学年 spans both semesters, so it may be.
  const later = MAKE_UP.test(question) ? NEXT_PERIOD.find((x) => x.words.test(question)) : undefined;
  const owed = later ? candidates.find((r) => (requirementRate(r)?.period.weeks ?? Infinity) * (requirementRate(r)?.count ?? 1) <= later.weeks) : undefined;
  if (judged && owed) return fit([QA_TEXT.noMakeUp(leaveRefusal(question), owed.text), citation, tip], budget);
  // 「…教师群也发了，家长那边还没通知。这样算落实了吗」: something told not done that a sentence of
  // the clause requires settles the verdict asked (lack.ts).
  // (Not where the grades told settle it: 「只有一到三年级…没配心理委员」 owes none.)
  const lacking = lackAnswer(index, p, question, terms, budget);
  if (lacking) return lacking;
  // 「是要班主任每天跟每个学生都聊15分钟吗」: one of the sentence's alternatives claimed as the one required.
  const oneOf = oneOfClaimed(question, p.sentences);
  if (oneOf) return quoted(index, p, QA_TEXT.oneOf(oneOf.named, oneOf.choices), oneOf.sentence, terms, budget);
  // 「能不能提前给督学安排好一节准备过的心理课去听」: a plan against the manner asked (随机), before its count.
  const manner = mannerVerdict(question, p.sentences);
  if (manner) return quoted(index, p, `${manner.word}。`, manner.sentence, terms, budget);
  // 「初一每周1节，初二两周1节，初三没排，哪个年级不达标」: each grade against the requirement.
  const grades = judged || /哪(?:个|些|几个)?年级/.test(question) ? eachGrade(question, candidates) : null;
  if (grades) {
    const short = grades.parts.filter((x) => !x.enough);
    // 「哪个年级不达标」: the grades short lead; else the verdict asked, for them all.
    const lead = /哪/.test(question) ? (short.length === 0 ? '都达标' : `${short.map((x) => x.label).join('、')}不达标`) : (rateWord(question, short.length === 0) ?? (short.length === 0 ? '够' : '不够'));
    return fit([QA_TEXT.eachGrade(lead, grades.r.text, grades.parts), citation, tip], budget);
  }
  // 「上学期开了3次，下学期只开了1次，平均每学期2次，算达标吧」: each semester against the requirement.
  const semesters = judged ? eachSemester(question, candidates) : null;
  if (semesters) {
    const short = semesters.said.filter((x) => x.given < semesters.need);
    // 「这学期还要补吗」 asks whether more is needed: 要 / 不用.
    const more = MORE_NEEDED.test(question) || /还要补|要补|得补/.test(question);
    // 「…上学期扣分吗」: 会扣分 / 不扣分, of the semester named before 扣 (else of either).
    const which = /(这|本|上|下|第一个?|第二个?)学期[^，,。？?]{0,6}扣/.exec(question)?.[1]?.replace('本', '这');
    const deducted = /扣/.test(question) ? (which ? semesters.said.filter((x) => x.name === which) : semesters.said).some((x) => x.given < semesters.need) : null;
    const word = deducted !== null ? (deducted ? '会扣分' : '不扣分') : more ? (short.length === 0 ? '不需要' : '要') : (rateWord(question, short.length === 0) ?? (short.length === 0 ? '够' : '不够'));
    return fit([QA_TEXT.eachSemester(word, semesters.r.text, semesters.said, semesters.need, semesters.unit), citation, tip], budget);
  }
  // 「辅导室一周开8小时，按比例能拿几分」: the asker's rate scored by the engine's own rule.
  const scoring = asksScore(question, intents);
  // 「家长课堂开了2次，家长会只开了1次，能拿满分吗」「督学来过一回 但是没听课 会扣分吗」: each
  // requirement the asker gives a figure for, judged and scored.
  const full = FULL_ASKED.test(question);
  const told = judged || scoring || full ? requirementFigures(index, p, question) : [];
  // (「测评里筛出来…的预警学生，要做二次研判吗」: a must asked of one requirement (二次研判) is no verdict
  // on others told along the way (测评).)
  const mustPart = yesNoPart(question);
  const mustOnly = !scoring && !full && /(?:要|需要|得|必须)[^，,。？?]{0,12}[吗么][？?]?$/.test(mustPart) && !MORE_NEEDED.test(question) && !/还要|还得|再/.test(mustPart);
  const askedOf = mustOnly ? p.requirements.filter((x) => [...x.terms].some((t) => index.idf(t) >= 1.5 && index.terms(mustPart).includes(t))) : [];
  const each = askedOf.length > 0 && !askedOf.some((x) => told.some((f) => f.r === x.requirement)) ? [] : told;
  // 「全体教师会这学期开了两次 这一项满分能拿到吧」: every requirement of the clause given, full marks asked.
  if (each.length >= 2 || each.some((f) => f.denied) || (full && each.length > 0 && each.length === p.requirements.length)) {
    const ok = each.every((f) => f.met) && (!full || each.length === p.requirements.length);
    const all = each.length === p.requirements.length;
    const sum = each.reduce((acc, f) => acc + f.score, 0);
    // 「怎么算分」「能拿几分」: the score leads; 「能拿满分吗」 能/不能; 「会扣分吗」 会/不会.
    const scoreLead = scoring && !full && all ? QA_TEXT.eachScore(sum, p.points ?? 0) : null;
    // 「没听课，扣多少」: how much is lost, the points of each requirement given less its score.
    const lost = Math.round(each.reduce((acc, f) => acc + f.r.points - f.score, 0) * 100) / 100;
    const deduction = /扣(?:多少|几)/.test(question) ? `扣${lost}分` : null;
    // 「…各做了一次。还要再做吗？」: more asked → 要 / 不需要.
    const word = scoreLead ?? deduction ?? (full ? (ok ? '能' : '不能') : /扣/.test(question) ? (ok ? '不会' : '会') : MORE_NEEDED.test(question) ? (ok ? '不需要' : '要') : (rateWord(question, ok) ?? (ok ? '够' : '不够')));
    const total = (scoring || full) && all && !scoreLead ? QA_TEXT.eachTotal(sum, p.points ?? 0) : '';
    return fit([QA_TEXT.eachVerdict(word, each, scoring || full, total), citation, tip], budget);
  }
  // 「开一场讲座 能算家长课堂的次数吗」 asks whether it counts, not whether one is enough.
  // An amount said (聊10分钟 … 能算倾听一刻钟吗) is still weighed against the requirement; 一场 is only an article.
  // The figures of what it would count as (每学期那2次主题班团队会) are the rule's, not the asker's.
  const plan = countsAs(question)?.rest ?? question;
  // (「开了两次家长会，能算作家长课堂吗」: a figure of a thing the clause requires on its own is no count of the target.)
  const counts = (COUNTS_AS.test(question) && !ENOUGH.test(plan) && !/\d|[两二三四五六七八九十百半]\s*(?:次|场|节|分钟|小时|个|名|课时|元|块|天|周)/.test(plan)) || (COUNTS_AS.test(question) && (countsVerdict(index, question, p.text)?.startsWith('不算。') ?? false));
  // 「…也要保证每两周至少1节心理课吗」: a figure with 至少 after 要 is the requirement claimed, not the school's own.
  // 「心理课要求每周一节吗」「心理测评是每学期都要做一次吗」「辅导室一周最少开10个钟头，我没记错吗」: so is a
  // figure said as the requirement (要求, 是…都要) or as what the asker recalls of it.
  // (「心理课一学期最少上10节对吧」: the least claimed with its figure is weighed as a rate, over the asker's period.)
  const claimed = CLAIMED.some((re) => re.test(question)) && !LEAST_CLAIMED.test(question);
  // 「…我们心理课本来是两周一节。这个能停吗」: to stop (停, 停掉, 暂停) what the clause requires at least so
  // often is to do none of it — whatever rate was kept before.
  const halted = (HALT.test(question) && leaveWord(question) !== null) || haltDeducted(question) ? candidates.find((r) => requirementRate(r) !== null) : undefined;
  if (halted) return fit([QA_TEXT.halted(haltDeducted(question) ? '会扣分' : leaveRefusal(question), halted.text), citation, tip], budget);
  // 「心理测评去年秋季做过了，今年春季还要做吗」: a rule per school year, against the terms told.
  const yearly = candidates.find((r) => requirementRate(r)?.period.name === '学年');
  const year = yearly ? schoolYearOf(question) : null;
  if (yearly && year) return fit([QA_TEXT.schoolYear(year, yearly.text), citation, tip], budget);
  // 「心理课可以两周连上两节然后停两周吗」: a pause as long as the rule's span (每两周) leaves a span with none.
  const gap = leaveWord(question) !== null ? weeksOff(question) : null;
  const spanned = gap ? candidates.find((r) => ((n) => n !== null && n.period.name === '周' && n.count * n.period.weeks <= gap)(requirementRate(r))) : undefined;
  if (gap && spanned) return fit([QA_TEXT.pauseSpan(leaveRefusal(question), spanned.text, gap), citation, tip], budget);
  // (「心理老师一周上16节课算不算工作量」: lessons told are weighed only against a requirement of lessons, not 培训…2次.)
  const lessonsTold = /(?:[0-9]+|[一二两三四五六七八九十]+)\s*节\s*课/.test(question);
  const rateable = lessonsTold ? candidates.filter((r) => /课/.test(r.text)) : candidates;
  const rated = (judged || scoring) && !counts && !claimed && !notDoing(question) ? rateVerdict(ownFigures(index, periodAsked(question) ?? question), rateable) : null;
  // 「心理测评上学期做了1次，这学年下学期可以不做吗」: what was done already meets the rate, so leaving
  // out the rest is leave (可以), not the refusal leaving out a requirement gets.
  const met = !rated && judged && STOPS.test(question) && leaveWord(question) !== null ? rateVerdict(ownFigures(index, question), candidates) : null;
  // …only within the same period of the requirement: 「这学期开了2次，下学期可以不开吗」 owes 每学期's 2 again.
  const nextWeeks = NEXT_PERIOD.find((x) => x.words.test(question))?.weeks ?? 0;
  const needWeeks = met ? (requirementRate(met.r)?.period.weeks ?? 0) * (requirementRate(met.r)?.count ?? 1) : 0;
  if (met?.v.enough && nextWeeks < needWeeks) return fit([QA_TEXT.alreadyMet(leaveWord(question) ?? '可以', met.r.text, `${met.v.amount}${met.v.unit}`), citation, tip], budget);
  // 「心理课是不是每周都得上」: asked more often than required → 不用, with the requirement.
  const every = !rated && intents.includes('yesno') ? candidates.map((r) => ({ r, e: everyPeriodAsked(question, r) })).find((x) => x.e !== null) : undefined;
  if (every?.e?.more) return fit([QA_TEXT.notEvery(every.e.period, every.e.verb, every.r.text), citation, tip], budget);
  if (rated) {
    const { r, v } = rated;
    const scored = scoring && r.op === 'atLeast' ? QA_TEXT.score('该项', atLeastScore(r, v.given, v.required), r.points, r.partial && !v.enough, /扣(?:几|多少)/.test(question)) + '。' : '';
    // 「…中午各开1小时。辅导室开放时间有下限吗」: 有, then the asker's figure against it.
    // 「心理课是每周一节对吗」: the rule's rate claimed, of no school in particular, is so only when it is the rule's own.
    // (rateWord's 是 is its reading of a claim asked: 「是…吗」.)
    const ruleClaimed = v.enough && rateWord(question, true) === '是' && !OWN_SCHOOL.test(question) && Math.abs(v.given - v.required) > 1e-9;
    // 「辅导室要24小时开着吗」: more than the rule asks, asked as what must be done, of no school in particular → 不需要.
    // 「一学期20周，心理课至少讲20次对吧」: the least claimed, over the asker's period → 是 only when it is the rule's.
    const leastClaimed = !OWN_SCHOOL.test(question) && LEAST_CLAIMED.test(question);
    const moreClaimed = v.enough && !ruleClaimed && !leastClaimed && !OWN_SCHOOL.test(question) && v.given > v.required + 1e-9 && /(?:要|需要|必须|得)\s*[0-9一二两三四五六七八九十]+\s*(?:个)?(?:小时|钟头|节|次)[^，,。？?]{0,6}(?:吗|么|嘛)/.test(question);
    const verdict = (asksRule(question) ? '有。按你说的：' : '') + (scored && FULL_ASKED.test(question) ? (v.enough ? '能。' : '不能。') : '') + scored + QA_TEXT.rateVerdict({ ...v, rule: r.text, sameUnit: v.samePeriod, surplus: SURPLUS.test(question), word: scored.startsWith('扣') ? '' : leastClaimed ? (Math.abs(v.given - v.required) < 1e-9 ? '是' : '不是') : ruleClaimed ? '不是' : moreClaimed ? '不需要' : MORE_NEEDED.test(question) ? (v.enough ? '不需要' : '需要') : rateWord(question, v.enough) });
    const quoteRoom = budget - verdict.length - citation.length - QA_TEXT.quote('').length;
    const words = rateWords(r);
    // The sentence that states the rate of this requirement: its rate words, then its own terms.
    const others = p.requirements.filter((x) => x.requirement !== r);
    const own = [...(p.requirements.find((x) => x.requirement === r)?.terms ?? [])].filter((t) => !others.some((x) => x.terms.has(t)));
    const score = (x: { text: string; terms: ReadonlySet<string> }) => words.filter((w) => x.text.includes(w)).length + own.filter((t) => x.terms.has(t)).length;
    const sentence = [...p.sentences].sort((a, b) => score(b) - score(a))[0] ?? chosen[0];
    const clause = sentence && quoteRoom > 10 ? keyText([sentence], terms, index, quoteRoom) : '';
    return fit([verdict, clause ? QA_TEXT.quote(clause.replace(/[。；]$/, '')) : '', citation, tip], budget);
  }
  // 「倾听一刻钟可以一周搞一次吗」: a requirement of every day against fewer days a week than school days.
  const daily = rated || !judged ? null : candidates.find((r) => requirementRate(r)?.period.name === '天');
  const days = daily ? /(?:每|一)(?:个)?(?:周|星期|礼拜)(?:只|就|才)?(?:集中|统一)?(?:搞|开展|做|开|组织|安排|有|聊|谈|谈心|沟通|交流|谈话)?\s*([1-4一二两三四])\s*(?:次|回|天)/.exec(question) : null;
  if (daily && days) {
    const n = parseNumber(days[1] ?? '') ?? 1;
    return fit([QA_TEXT.dailyVerdict(rateWord(question, false) ?? '不够', daily.text, n), citation, tip], budget);
  }
  // 「心理委员每班只选了1个」: a count per class (post, student) against the requirement's.
  // 「全校30个班，只有高一的12个班排了心理课…达标了吗」: a rule for 所有班级 against the classes left out.
  const some = judged && /所有班级|每个班|全部班级/.test(p.text) ? classesDone(question) : null;
  if (some && some.done < some.total) {
    const rule = /[^，。；]*所有班级[^，。；]*/.exec(p.text)?.[0] ?? '';
    return fit([QA_TEXT.classesShort(rateWord(question, false) ?? '不达标', rule, some.total, some.done), citation, tip], budget);
  }
  // 「只在初一年级试点…这样算全面实行了吗」: a clause for all (全面, 所有, 全体) against a part told.
  const whole = judged && !rated ? /[^，。；]*(?:全面|全体|全覆盖)[^，。；]*/.exec(p.text)?.[0] : undefined;
  // (「可以只给初三做心理测评吗」: leave asked for a part is asked of the whole too, of the very thing asked.)
  const ofAsked = (s: string) => index.terms(s).some((t) => t.startsWith('=') && !index.generic.has(t) && terms.includes(t));
  if (whole && PART_ONLY.test(question) && (/全面|全体|所有|全部|全覆盖|全校|都/.test(question) || (leaveWord(question) !== null && ofAsked(whole)))) {
    return fit([`${/算/.test(question) ? '不算' : (rateWord(question, false) ?? '不达标')}。${QA_TEXT.quote(whole)}`, citation, tip], budget);
  }
  const perThing = rated || !judged || (/[也还都]要/.test(question) && (/[也还]要/.test(question) && /年级/.test(question) ? gradeVerdict(question, [p.text]) !== null : gradeVerdict(question, [p.text])?.startsWith('不需要'))) ? null : perThingVerdict(question, candidates); // (「三年级的3个班也要按每班2个配吗」: the grade first.)
  if (perThing) return fit([QA_TEXT.perThingVerdict(perThing, rateWord(question, perThing.enough)), citation, tip], budget);
  // 「3个留守儿童 2个单亲家庭的 成长导师要配几个」: so many per student over the students counted.
  const onTopic = p.requirements.filter((x) => x.requirement.per === 'student' && [...x.terms].some((t) => t.startsWith('=') && terms.includes(t) && !index.generic.has(t) && t !== index.concept('学生')));
  // 「重点关注学生27人，只有20人配了成长导师，达标吗」: a rule of so many per student against the students left out.
  const covered = judged && onTopic.length > 0 ? studentsCovered(question) : null;
  if (covered) return fit([covered.done < covered.total ? QA_TEXT.studentsShort(rateWord(question, false) ?? '不达标', onTopic[0]?.requirement.text ?? '', covered.total, covered.done) : QA_TEXT.studentsMet(rateWord(question, true) ?? '够', onTopic[0]?.requirement.text ?? '', covered.total), citation, tip], budget);
  const perStudent = judged ? null : perStudentTotal(question, onTopic.map((x) => x.requirement.text));
  if (perStudent) return fit([QA_TEXT.perStudentTotal(perStudent.total, perStudent.students, perStudent.rule), citation, tip], budget);
  // 「一学年 家长课堂加家长会 最少一共多少次」: two requirements named and added (together.ts).
  const added = rated ? null : requiredTogether(question, candidates);
  if (added) return fit([QA_TEXT.requiredTogether(added.said, added.parts, added.total, added.unit, added.reading), citation, tip], budget);
  // 「一学期18周最少几节」: the requirement over the asker's own stretch of time.
  const over = rated ? null : (requiredOver(question, candidates) ?? perDayOver(question, candidates) ?? perDayNeeded(question, candidates));
  // 「这学期20周，我们每周都排了一节，最低要多少节」: the asker's own rate over the same stretch leads.
  const mine = over ? compareRate(question, over.r) : null;
  // (「初一12个班，每两周一节，一学期18周，一共多少节」: the rule's own rate told is no plan of the asker's:
  // no 够 unasked, and no classes summed.)
  const ruleRate = mine !== null && Math.abs(mine.given - mine.required) < 1e-9;
  const overLead = over && mine && !(ruleRate && !judged) ? QA_TEXT.overLead(mine.enough, over.said, mine.given * (over.required / Math.max(mine.required, 1e-9)), mine.unit) : '';
  // 「24个班，一学期20周，全校一学期总共要上多少节」: a rate per class, over the classes told (「初一到初三每个年级8个班」: grade by grade, as members are counted).
  const classesTold = gradeClasses(question)?.total ?? readFacts(question).classes;
  const classes = over && over.r.per === 'class' && (!mine || ruleRate) && ALL_CLASSES.test(question) ? classesTold : null;
  // (「随机听心理健康课不少于1节」: shown in the requirement's own unit, 节, where its data name one.)
  const unit = over ? (over.r.unit || requirementRate(over.r)?.unit || '') : '';
  if (over && classes) return fit([QA_TEXT.requiredOverClasses(over.said, over.required, unit, classes, over.r.text, over.rounded, over.reading), citation, tip], budget);
  if (over) return fit([overLead + QA_TEXT.requiredOver(over.said, over.required, unit, over.r.text, over.rounded, over.reading), citation, tip], budget);
  // 「全校24个班，每两周加起来最少要排多少节」: a rate per class over the classes told, in one period named.
  const shared = rated ? null : perPeriodOverClasses(question, candidates, classesTold);
  if (shared) return fit([QA_TEXT.perPeriodOverClasses(shared.said, shared.perClass, shared.total, classesTold ?? 0, shared.r.text, shared.reading), citation, tip], budget);
  // 「知晓率95%达标吗」: the asker's percentage against the one the clause sets.
  const percent = percentVerdict(question, p.text);
  if (percent) return fit([percent, citation, tip], budget);
  // 「全校1500人，一二三年级600人，要测多少人」「四到六年级每个年级280人…测了700人，够了吗」: the students
  // from the clause's first grade up (before the grade's own yes or no).
  const counted = gradeCount(question, [p.text]);
  if (counted) return fit([counted, citation, tip], budget);
  // 「一年级要做心理测评吗」: a clause that starts at a grade (小学四年级以上) answers for the grade asked.
  // (「小学三年级要配不 还是四年级才开始」: 要…不 asks yes or no too.)
  // (「一二年级也要测评？」: 也要…？ asks as 吗 does.)
  const grade = intents.includes('yesno') || /要不要|需不需要|用不用|吗|[要需得][^，,。？?\s]{0,4}不(?=$|[\s？?，,])|(?:也|还|都)(?:要|得|需要)[^，,。？?]{0,6}[？?]\s*$/.test(question) ? (gradeRangeVerdict(question, [p.text]) ?? gradeVerdict(question, [...chosen.map((x) => x.text), p.text]) ?? everyOneVerdict(question, [p.text]) ?? stageListVerdict(question, [p.text])) : null;
  if (grade) return fit([leaveGrade(question, grade), citation, tip], budget);
  if (item && intents.includes('points') && MISSING.test(question)) {
    // 「没有辅导室扣几分」: what the missing requirement is worth (apply.ts's data: its points).
    // A tie goes to the requirement whose own words hold the question's (辅导室 in 设立标准化心理辅导室), first what it counts (测评).
    const said = index.surfaces(question).map((x) => x.word);
    const [best, next] = p.requirements
      .map((r) => ({ r, w: weight(r.terms) + 0.01 * said.filter((x) => r.requirement.text.includes(x)).length + 0.02 * said.filter((x) => (r.requirement.counts ?? '').includes(x)).length }))
      .sort((a, b) => b.w - a.w);
    if (best && best.w > 0 && (!next || next.w < best.w)) {
      const r = best.r.requirement;
      return fit([QA_TEXT.missingCost(r.text, r.points, item.no, item.points, /得(?:几|多少)分|拿(?:几|多少)分/.test(question) && !/扣/.test(question)), citation, tip], budget);
    }
  }
  // 「…没有考核激励和追责问责的制度。这一块属于考核内容吗」: every item is assessed, so what an item
  // states, asked whether it is, is → the asker's verb, with its sentence.
  // (属于 is said 是，属于, as cover.ts reads 属于 as 是.)
  const assessed = item && chosen[0] ? assessedWord(index, p, question)?.replace(/^属于$/, '是，属于') : null;
  if (assessed && chosen[0]) return quoted(index, p, `${assessed}。`, chosen.map((x) => x.text).join(''), terms, budget);
  if (item && intents.includes('points')) {
    const below = belowCost(item, question); // 「辅导室每周开放不到10个小时会扣分吗」
    if (below) return fit([below, citation, tip], budget);
    // 第1条 is 「根据二至七项落实情况综合评定打分」 in the text: the formula is the project's reading, and says so.
    const explain = item.scoring.method === 'derived' ? `${item.scoring.explain}${QA_TEXT.derivedReading}` : item.scoring.explain;
    return fit([QA_TEXT.points(item.no, item.points, item.provisional, explain) + partsDoneScore(item, question), citation, tip], budget);
  }
  // (「可以不做预约和追踪记录吗」 asks leave to leave out what the clause requires, not what to prepare.)
  if (item && intents.includes('evidence') && item.evidence.length > 0 && !(ASKS_LEAVE.test(question) && (onlyVerdict(index, p, question) ?? leaveVerdict(index, p, question)))) {
    return fit([QA_TEXT.evidence(item.evidence), citation, tip], budget);
  }
  // 「对有自杀倾向学生的干预有什么要求」: what no requirement scores (危机干预) is answered by the sentence
  // that says it, not by the list of requirements.
  // (Asked only in words of the clause's title, 「家校合作有哪些要求」, the whole clause is named: the list is what it asks.)
  const titled = new Set(index.terms(p.title));
  // (All of the title: 干预 alone names half of 心理摸排与干预, and the sentence on 危机干预 answers it.)
  const titleOnly = [...titled].some((t) => terms.includes(t)) && [...titled].every((t) => terms.includes(t) || !t.startsWith('=')) && terms.every((t) => titled.has(t) || index.idf(t) < 1);
  const unlisted = !titleOnly && p.sentences.some((x) => [...x.terms].some(unscored));
  // 「办法对测评数据有啥要求」: a thing one requirement alone holds is asked of that sentence, not the list.
  const narrow = item !== null && narrowRequirement(index, p, found, terms);
  if (item && intents.includes('list') && item.requirements.length > 1 && !unlisted && !narrow) return overview(p, budget);
  // 「基本原则是什么」: a section of headed paragraphs asked what it is gives its heads.
  const sectionAsked = p.kind === 'section' && !headNamed(p, question) && /是什么|是啥|有啥|讲了什么|讲的什么|什么内容|哪些内容/.test(question);
  const list = (intents.includes('list') || sectionAsked) && !(unlisted && item) && !narrow ? (headings(p) ?? paragraphHeads(p)) : null;
  if (list) return fit([list, citation], budget);
  // 「家长课堂跟家长会有啥区别」: one sentence for each thing compared.
  // 「家长课堂和家长会每学期各要几次」: each requirement on a thing named, in the rubric's words.
  const eachAsked = /各(?:自)?(?:要|需要|至少|最少|不少于)?(?:开|搞|办|上|配)?(?:几|多少)|分别[^，,。？?]{0,10}(?:几|多少)/.test(question);
  const named = eachAsked ? p.requirements.filter((x) => x.requirement.op === 'atLeast' && [...x.terms].some((t) => terms.includes(t) && !index.generic.has(t) && index.idf(t) >= 1)) : [];
  if (named.length >= 2) return fit([`${named.map((x) => x.requirement.text).join('；')}。`, citation, tip], budget);
  const sameAsked = SAME_ASKED.test(question);
  // (「家长课堂和家长会分别有什么要求」「心理委员和安全员分别怎么配」: each thing named, whatever is asked of it.)
  if (intents.includes('compare') || eachAsked || sameAsked || /分别|各自|各有|各是/.test(question)) {
    const each = coverSentences(p, terms, index);
    if (each.length > 1) {
      const room = Math.floor((budget - citation.length - tip.length - (sameAsked ? QA_TEXT.notOne.length : 0)) / each.length);
      return fit([(sameAsked ? QA_TEXT.notOne : '') + each.map((x) => endSentence(keyText([x], terms, index, room - 1))).join(''), citation, tip], budget);
    }
  }

  const means = both ? null : meansMust(index, question, p.text);
  if (both) lead = roleReq ? `${QA_TEXT.notStated(both)}${roleReq.requirement.text}。` : QA_TEXT.notStated(both).replace(/；相关规定：$/, '。');
  else if (means) lead = means;
  else if (intents.includes('yesno')) {
    // 「经费可以低于10元吗」: leave for less than the clause's least.
    const below = belowLeast(question, chosen.length > 0 ? chosen : p.sentences);
    if (below) return quoted(index, p, `${refusalWord(question)}。`, below, terms, budget);
    const sentence = chosen[0]?.text ?? '';
    const banned = prohibitedPart(sentence);
    if (banned) {
      // Only the words the prohibition adds count (班会课 in 「能用班会课代替吗」), not the topic itself.
      const before = new Set(index.terms(sentence.slice(0, sentence.indexOf(banned))));
      const own = new Set([...index.terms(banned)].filter((t) => !before.has(t)));
      // 「…主题班会能算心理课吗」 asks whether it counts as what it may not stand for: 不算.
      if (weight(own) > 0) return fit([`${countsAs(question) ? QA_TEXT.notCounted : QA_TEXT.no}${banned}。`, citation, tip], budget);
    }
    // 「心理课不排进课程表，可以吗」「没有资格证书，能当专职心理老师吗」: the plan leaves out what a
    // sentence of the clause requires (permission.ts), when no requirement's lead says it already.
    const leave = daysFreeVerdict(p, question) ?? (req && notDoing(question) ? null : (onlyVerdict(index, p, question) ?? leaveVerdict(index, p, question)));
    if (leave) return quoted(index, p, `${leave.word}。`, leave.sentence, terms, budget);
    // 「家长会上不讲…行不行」: leaving out what a requirement asks for is not allowed.
    // …unless it is one of the clause's alternatives (公开课、教研活动或优秀案例): another done is leave,
    // none named leaves it unsettled.
    // (「家长会从没讲过心理，这次要不要讲？」: what was not done, told before a must asked, is no leave asked.)
    const mustAsked = /要不要|需不需要|需要吗|该不该|应不应该|应该吗|得不得|(?:还|也)?(?:要|得|需要)(?:补|再?(?:做|测|开|搞|办|来))(?:吗|么|不)/.test(yesNoPart(question)) && !NOT_DOING.test(yesNoPart(question));
    const choice = req && notDoing(question) && !mustAsked ? p.sentences.map((x) => otherChoice(index, x.text, question)).find((c) => c !== null) ?? null : null;
    if (choice === 'other') lead = `${leaveWord(question) ?? leaveRefusal(question).replace(/^不/, '')}。${lead}`; // (「…这项够了吗」 → 够, 「达标吗」 → 达标.)
    // (「…没做好 会被追责吗」「…有追责的说法吗」: what follows, or whether there is a rule, is asked — no leave.)
    else if (choice === null && req && notDoing(question) && !mustAsked && !/会(?:被|不会)|有(?:没有)?[^，,。？?]{0,8}(?:说法|规定|要求)/.test(yesNoPart(question)) && undoneInClause(index, p, question)) lead = (/算/.test(question) ? QA_TEXT.notCounted : `${leaveRefusal(question)}。`) + lead;
    // 「心理橱窗算主题活动吗」 asks whether something counts, not whether it is required; 「能不能当
    // 班主任」 asks leave for what the clause does not state (it speaks of 班主任 待遇 only): no verdict then.
    // 需要 answers a question built on 要 / 需 / 必须 / 能 (leave), not 「跟考核有关系吗」 nor a figure's 要求 (「有时长要求吗」: echo.ts's 有).
    else if (req?.requirement.op === 'yes' && !/算/.test(question) && /要|需|必须|得|应|能|可以|行/.test(yesNoPart(question).replace(/(有(?:没有)?(?:什么|具体|明确)?的?(?:次数|人数|时长|频次|频率|数量|场次|课时数?)的?)要求/g, '$1'))) {
      // Leave asked in the clause that asks (「…超出我们学校能处理的范围了，按规定要转介吗」 asks 要, not 能).
      const asked = leaveAsked;
      const stated = [req.requirement.text, ...chosen.map((x) => x.text)].join('');
      // 「要不要配沙盘室和宣泄室」: a room the clause never names (it says 各功能室) is not required by name.
      const room = index.surfaces(yesNoPart(question)).map((x) => x.word).find((w) => /室$/.test(w) && !p.text.includes(w)) ?? (asked ? undefined : (unstatedMust(index, p, question) ?? absentRole(p, question)));
      // 「能不能评职称」 stated is answered 能, not 需要.
      lead = (room ? QA_TEXT.notNamed(room) : asked && (!states(index, stated, asked) || holdsBoth(asked, stated)) ? QA_TEXT.notStated(asked) : asked ? `${leaveWord(question) ?? '能'}。` : /(?:行|可以)(?:吗|么|嘛|不)[？?]?\s*$|(?:行不行|可不可以)[？?]?\s*$/.test(yesNoPart(question)) ? `${leaveWord(question) ?? '行'}。` : QA_TEXT.yes) + lead;
    }
  }
  // 「算不算工作量」「挂不挂钩」「要写进规划不」: the clause affirms what is asked → its word first.
  if (!/^(?:不|需要|可以|够|算|是|要|会|能|有)/.test(lead) && !lead.startsWith(QA_TEXT.notStated('').slice(0, 4)) && !lead.startsWith(QA_TEXT.notNamed('').slice(0, 4))) {
    // 「是取消评优吗」「也是一千个学生配一个吗」: the asker's claim against the requirement asked about,
    // else the sentences that answer (claim.ts); then the question's own verb (echo.ts).
    const said = req ? req.requirement.text : chosen.length > 0 ? chosen.map((x) => x.text).join('') : p.text;
    // (「是哪三级 学校年级班级是吧」: the sentences that answer hold what the requirement's short words
    // do not — for 是 only; a figure is denied by the requirement's own.)
    const wider = req && chosen.length > 0 ? claimVerdict(index, question, [said, ...chosen.map((x) => x.text)].join('；')) : null;
    const echo = claimVerdict(index, question, said) ?? (wider === '是。' ? wider : null) ?? permitVerdict(index, question, p.text) ?? eachOfChoices(question, chosen.length > 0 ? chosen : p.sentences) ?? formVerdict(index, question, p.text) ?? encouragedVerdict(index, question, p.text) ?? meansVerdict(index, question, p.text) ?? poolVerdict(index, question, p.text) ?? echoedVerdict(index, question, chosen.length > 0 ? chosen.map((x) => x.text).join('') : p.text, p.text);
    const covered = echo ?? (!/^(?:行|对|包括|挂钩|计入|应该)/.test(lead) && (intents.includes('yesno') || /(?:[吗么嘛]|是吧|对吧|有没有[^，,。？?]{1,14}|有[^，,。？?没]{1,12}没)[？?]?\s*$/.test(question) ? coverVerdict(index, question, [req?.requirement.text ?? '', ...chosen.map((x) => x.text)].join('；'), p.title) : null));
    if (covered) lead = covered + lead;
  }
  // 「心理测评还要补吗」: a must asked of a clause whose requirements tie, all to be done, that nothing above settled.
  // (「测评结果要公开吗」: what the clause never states, 公开, is not required by it: no 需要.)
  if (!lead && !req && found === 'tie' && mustOfAll) { const unsaid = unstatedMust(index, p, question); lead = unsaid ? QA_TEXT.notNamed(unsaid) : QA_TEXT.yes; }
  // (「辅导室要不要放绿植」: no verdict above, and a must asked of what the clause never names: its silence first.)
  if (!lead && intents.includes('yesno')) { const unsaid = unstatedMust(index, p, question); if (unsaid) lead = QA_TEXT.notNamed(unsaid); }
  lead = conditionedMust(index, question, lead, [chosen[0]?.text, ...p.sentences.map((x) => x.text)]);
  const room = budget - lead.length - citation.length - (lead ? QA_TEXT.quote('').length : 0);
  const clause = keyText(chosen, terms, index, room);
  if (!lead) return fit([endSentence(clause), citation, tip], budget);
  // (「原文没有直接规定是校长；相关规定：」 with nothing of its own after it: the quote follows without a second 条文：.)
  const quote = clause ? (lead.endsWith('：') ? `“${clause.replace(/[。；]$/, '')}”` : QA_TEXT.quote(clause.replace(/[。；]$/, ''))) : '';
  return fit([lead, quote, citation, tip], budget);
}

/**
 * The question with the rubric's own terms that hold a numeral (二次研判, 一人一档, 三级预警) blanked, and the
 * 一次 of 多久排一次 (it asks how often): no figure of the asker's. Periods and units (一学期, 每两周) stay.
 */
function ownFigures(index: QaIndex, question: string): string {
  return index
    .surfaces(question)
    .filter((x) => [...x.word].length >= 4 && /[零一二两三四五六七八九十]/.test(x.word) && !/学期|周|年|天|分钟|小时|节|课时/.test(x.word))
    .reduce((q, x) => q.replaceAll(x.word, '※'.repeat(x.word.length)), question)
    .replace(/(多久|多长时间)([^，,。？?\s]{0,3}?)[一1](?=次|节|回|课时)/g, '$1$2※');
}

/** 「什么条件」「要什么资格」「门槛是什么」: what is required of someone or something. */
const REQUISITES = /(?:什么|啥|哪些)(?:条件|资格|资质|门槛|要求)|(?:条件|资格|资质|门槛)(?:是什么|是啥|有哪些)/;
// (Not 应 of 应用, 应急, 应对, nor 要 of 重要, 主要: 「鼓励将心理健康科研成果应用到…」 requires nothing of 科研.)
const MODAL = /(?:都|必须|应当?(?![用急对变答])|须|(?<![重主])要|需要?)/g;

/** The sentence where a term of the question stands right before a modal verb (…教师要有…), or null. */
function subjectSentence(index: QaIndex, p: Passage, terms: readonly string[], question = '') {
  const named = new Set(terms.filter((t) => !index.generic.has(t)));
  // (「兼职老师需要什么条件」: 老师 of the clause on 心理健康教育教师 is that teacher.)
  const teacher = index.concept('心理健康教育教师');
  if (/老师|教师/.test(question) && p.text.includes('心理健康教育教师')) named.add(teacher);
  return (
    p.sentences.find((s) =>
      [...s.text.matchAll(MODAL)].some((m) => index.textTerms(s.text.slice(Math.max(0, m.index - 10), m.index)).some((t) => named.has(t))),
    ) ?? null
  );
}

/** Only a part done: 只在初一试点, 仅部分班级. */
const PART_ONLY = /(?:只在|只有|仅在|仅有|只给|只对|只是在|就在)[^，,。？?]{0,8}(?:试点|年级|班|初[一二三]|高[一二三])|试点|(?:部分|个别|一半)(?:年级|班级|班|学生)/;

/** 「上了8节，但有2节是用班会课顶的」: the lessons told, and how many of them another lesson replaced. */
const REPLACED_PART = /(?:上了|开了|上够了|一共|共)\s*([0-9]+)\s*(?:节|课时)[^。？?！!]{0,8}?(?:其中|但是?|可|有)[^0-9。？?！!]{0,3}([0-9]+)\s*(?:节|课时)[^。？?！!]{0,6}?(班会课?|体育(?:健康)?课?)/;

/** 「不得以班会课、体育健康课代替心理健康教育课程」 → the words after 不得. */
function prohibitedPart(sentence: string): string | null {
  const m = PROHIBIT.exec(sentence);
  if (!m) return null;
  return sentence.slice(m.index).split(/[；;。]/)[0] ?? null;
}
