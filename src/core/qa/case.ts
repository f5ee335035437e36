/**
 * The asker's case against the rule's words, in stage 5 of the Q&A pipeline: a rank from the bottom,
 * two semester scores (and a year's score offered), the assessment day, the veto, the kinds of school
 * assessed (grades.ts has the grades a clause starts from and percentages). Each verdict is read from
 * the clause's own words, never written here. Pure.
 */
import { FAMILY_DEATH } from './analyze.ts';
import { extractNumbers } from '../text/numbers.ts';
import type { QaIndex } from './index.ts';
import { QA_TEXT } from '../text/qa-replies.ts';
import { atLeastScore, derivedScore } from '../rubric/engine.ts';
import { cite, fit, inScope, type Part } from './parts.ts';
import { ENOUGH, JUDGE, asksScore } from './rates.ts';
import { clausePosts, leaveWord, listedPosts, perClassGiven, postCounts, postsCovered, verdictWord } from './staff.ts';
import { ASKS_LEAVE, contentTerms, statedIn } from './permission.ts';
import { GRADE_FLOOR, SINGLE_SEX, yesWord } from './grades.ts';
import { OWN_VOCATIONAL, otherTermOutside, placeWithoutTotal, rankFromBottom } from './rank.ts';
import { itemsNamed } from './pieces.ts';
import { pointsOfItems } from './points.ts';
import { daysToEnd } from './weeks.ts';
import { assessmentDay, dayGuessed, endFromAssessment } from './dates.ts';

// ───────────── the asker's case against the results section and the scores ─────────────

/**
 * The places that lose 评优评先, read from the results section's own words (「排名后三位」「职业学校排名末位」),
 * not written here.
 */
export function lastPlaces(resultsText: string): { general: number; vocational: number; said: string } | null {
  const m = /排名(后\s*([0-9]+|[一二两三四五六七八九十]+)\s*位)/.exec(resultsText);
  const n = m?.[2] ? extractNumbers(m[2])[0]?.value : undefined;
  if (!n || !m?.[1]) return null;
  return { general: n, vocational: /职业学校排名末位/.test(resultsText) ? 1 : n, said: m[1] };
}

/** 「上学期85分下学期90分，年度得分多少」: the two semester scores given, in order, or null. */
export function semesterScores(question: string): [number, number] | null {
  return semesterScoresGuess(question)?.scores ?? null;
}

/** The two semester scores and, when the asker offers a year's score (「…年度得分是80分吗」), that guess. */
export function semesterScoresGuess(question: string, yearAsked = false): { scores: [number, number]; guess: number | null } | null {
  // The two semesters are also called 上半年 / 下半年 (春季 / 秋季).
  // (「…加起来是不是180」「…加起来多少」: the two added is the year asked.)
  if (!/学期|[上下]半年|春季|秋季/.test(question) || (!yearAsked && !/年度|全年|一年|年终|最终|加起来|加一起|相加|合计|总共|一共/.test(question))) return null;
  // 「两个学期都是95分」: one score for both.
  const both = /(?:两个?学期|上下学期|两学期)(?:都是|都考了|都得了|都拿了|都|各)\s*([0-9]+(?:\.[0-9]+)?)\s*分?/.exec(question);
  if (both && Number(both[1]) <= 100) return { scores: [Number(both[1]), Number(both[1])], guess: null };
  // 「两个学期分别是91.5和87」: the two scores side by side. (「两个学期一个90一个85」: one, then the other.)
  const pair =
    /分别(?:是|为|考了|得了|拿了)?\s*([0-9]+(?:\.[0-9]+)?)\s*分?\s*(?:和|、|跟|与|，|,)\s*([0-9]+(?:\.[0-9]+)?)(?!\s*(?:[0-9.个名人次节周天月%]|年(?!度|终)))/.exec(question) ??
    /一个(?:是|考了|得了|拿了)?\s*([0-9]+(?:\.[0-9]+)?)\s*分?\s*[，,、]?\s*(?:另)?一个(?:是|考了|得了|拿了)?\s*([0-9]+(?:\.[0-9]+)?)(?!\s*(?:[0-9.个名人次节周天月%]|年(?!度|终)))/.exec(question);
  if (pair && [pair[1], pair[2]].every((x) => Number(x) <= 100)) {
    // 「…年度最终得分是80分吗」: the asker's reading of the year, said after the pair.
    const guess = /(?:年度|全年|最终|年终)[^0-9]{0,8}?([0-9]+(?:\.[0-9]+)?)/.exec(question.slice((pair.index ?? 0) + pair[0].length))?.[1];
    return { scores: [Number(pair[1]), Number(pair[2])], guess: guess ? Number(guess) : null };
  }
  // 「上学期考了86，下学期91」「这学期自评大概88」: a score follows 分, or 考了/得了/是 after a semester's name.
  const scores = extractNumbers(question).filter(
    (n) => !n.ordinal && (/^\s*分/.test(question.slice(n.end)) || (/(?:学期|[上下]半年)(?:我们|咱们)?(?:自评|自测|自己评|考核)?(?:考了|得了|得分|分数|是|拿了|得|估计|大概|预计|可能|应该|约|能|能够|可以|会|到|达到|拿到|考到|有)*\s*$/.test(question.slice(Math.max(0, n.start - 10), n.start)) && !/^\s*(?:[个名人次节周天月%]|年(?!度|终))/.test(question.slice(n.end)))),
  );
  const [a, b, c] = scores;
  if (!a || !b || scores.length > 3 || [a, b].some((x) => x.value < 0 || x.value > 100)) return null;
  // A third score is the asker's reading of the year (是80分吗), said after 年度/最终.
  if (c && !/(?:年度|全年|最终|年终|加起来|相加|合计|一共|总共)[^0-9]{0,12}$/.test(question.slice(0, c.start))) return null;
  // (「年度总分是175对吧」「加起来是不是180」: the year's guess told with no 分 after it.)
  const told = c ? null : /(?:年度|全年|最终|年终|总分|加起来|相加|合计|一共|总共)[^0-9，,。]{0,6}?(?:是|为|就是|应该是|等于|是不是|有没有)\s*([0-9]+(?:\.[0-9]+)?)(?![0-9.]|\s*(?:名|所|位))/.exec(question.slice(b.end))?.[1];
  return { scores: [a.value, b.value], guess: c ? c.value : told ? Number(told) : null };
}

/** 「取平均还是加起来」「平均分还是总分」: the mean or the sum, asked as a choice. */
export const EITHER_SUM = /平均[^，,。？?]{0,6}还是[^，,。？?]{0,6}(?:加|相加|总分|之和|合计|总和)|(?:加起来|相加|总分|之和|合计|总和)[^，,。？?]{0,6}还是[^，,。？?]{0,6}平均/;

/** Moving something to another day: 推到下学期, 延期, 往后推. */
// (「能不能等学期结束以后再考」: waiting till after a time to assess is moving it there.)
// (「学期结束当天再考核行不行」: a day after the text's, however said, moves it.)
export const MOVES = /推迟|推到|推后|延期|延后|往后推|挪到|改到|拖到|等[^，,。？?]{1,10}(?:以后|之后|后|完)再(?:考|考核|检查|查|搞)|(?:结束|放假|期末)的?(?:当天|那天|那一天|最后一天|以后|之后|后)(?:再)?(?:考|考核|检查|查|搞)/;

/**
 * 「我们两学期78分和95分，对面学校90分和84分」: four semester scores, two by two, and who is asked.
 * Null unless exactly four scores of at most 100 are given and a comparison is asked.
 */
function twoYears(q: string): [[number, number], [number, number]] | null {
  if (!/谁|哪个|哪所|哪家|比|高几|差几|差多少|高多少/.test(q) || !/年度|全年|一年|总分|加起来/.test(q)) return null;
  const scores = extractNumbers(q).filter((n) => !n.ordinal && /^\s*分/.test(q.slice(n.end)) && n.value <= 100).map((n) => n.value);
  const [a, b, c, d] = scores;
  return scores.length === 4 && a !== undefined && b !== undefined && c !== undefined && d !== undefined ? [[a, b], [c, d]] : null;
}

// ───────────── the asker's case (verdicts decided in apply.ts) ─────────────

/** Kinds of school an asker names, and how the targets section would name them. */
const SCHOOL_KINDS: readonly { name: string; words: RegExp; named: RegExp }[] = [
  { name: '民办学校', words: /民办|私立/, named: /民办/ },
  { name: '公办学校', words: /公办/, named: /公办|公民办/ },
  { name: '职业学校', words: /中职|职业学校|职校|职高|技校/, named: /职业学校/ },
  { name: '幼儿园', words: /幼儿园|幼教|学前/, named: /幼儿园/ },
  { name: '高校', words: /(?:大学|高校|大专)(?![^，,。？?]{0,8}(?:毕业|专业|学历|本科|学的|读的|出来))/, named: /大学|高校/ },
  { name: '培训机构', words: /培训机构|补习班/, named: /培训机构/ },
];

/** A question of how often the assessment is held (「能不能一年只考一次」), not a remark (「头都要炸了」). */
const ASKS_HOW_OFTEN = /[吗么]|几|多久|能不能|可不可以|是不是|还是|要不要|[？?]/;
/** 「一年搞几次」「多久考一次」: how many times the assessment is held, a count and not a date. */
const ASKS_HOW_OFTEN_HELD = /几次|多少次|多久[^，。？?]{0,4}一次|几回/;
const ASKS_WHEN = /哪天|哪一天|几号|几月|什么时候|啥时候|何时|日期|时间|deadline|截止/i;
/** A yes/no question: 算不算, 是不是, …吗. */
const YES_NO = /(.)不\1|吗|么|没有?$/;
/** A risk of death, not a death: 自杀风险, 轻生念头, 想自杀. */
const RISK_ONLY = /(?:想|要)?(?:自伤)?(?:自杀|轻生)(?:的)?(?:风险|倾向|念头|苗头|想法|意图)|想(?:自杀|轻生)/g;
/** A student's death named in the question. */
const DEATH = /死亡|身亡|去世|离世|自杀|轻生|跳楼|没了|死了|溺亡|溺死|淹死|丧生|遇难|猝死/;

/** 「二到七项我们自评加起来68分，第一项政策落实能算几分」: a derived item from the points of its areas. */
export function derivedVerdict(index: QaIndex, q: string, budget: number): Part | null {
  const derived = asksScore(q, index.intents(q)) ? index.rubric.items.find((i) => i.scoring.method === 'derived') : undefined;
  const area = derived ? index.rubric.areas.find((a) => a.id === derived.area) : undefined;
  // Named by its title, its area's, or its number (第1条, 第一项).
  const named = derived && (q.includes(derived.title) || (area && q.includes(area.title)) || new RegExp(`第\\s*(?:${derived.no}|${'一二三四五六七八九十'[derived.no - 1] ?? ''})\\s*[条项]`).test(q));
  // What items 2–7 earned: after 拿了 / 得了, or a figure of 分 — not the full marks (满分85).
  // (「满分一共85分，我们拿了68分」: 一共 of the full marks is no score earned.)
  const earned = named ? (/(?:拿了|得了|得分|考了|共得了?)\s*([0-9]+(?:\.[0-9]+)?)/.exec(q) ?? /(?<!满分\s*)一共\s*([0-9]+(?:\.[0-9]+)?)/.exec(q) ?? /(?<!满分\s*(?:一共|共)?\s*)(?<![0-9.])([0-9]+(?:\.[0-9]+)?)\s*分/.exec(q)) : null;
  const passage = derived ? index.byId.get(derived.id) : undefined;
  if (!derived || !earned || !passage) return null;
  const r = derivedScore(index.rubric, derived, Number(earned[1]));
  // (「…得了72分，满分90」: a full mark the asker gives that is not the items' own is corrected.)
  const toldFull = /满分\s*(?:一共|共|是)?\s*([0-9]+(?:\.[0-9]+)?)/.exec(q)?.[1];
  const corrected = toldFull !== undefined && Number(toldFull) !== r.possible ? QA_TEXT.derivedFullCorrected(r.areas, r.possible, Number(toldFull)) : '';
  return Number(earned[1]) <= r.possible ? inScope(fit([QA_TEXT.derivedScore(r.score, derived.points, r.areas, Number(earned[1]), r.possible) + corrected, cite(passage)], budget), [passage]) : null;
}

/** A student's death named (自杀, 跳楼, 身亡): the veto's case, not a deduction. */
const DEATH_ASKED = /自杀|轻生|跳楼|身亡|死亡|去世/;

/** A veto told as done (一票否决了, 被一票否决): not asked whether it would be. */
const VETO_TOLD = /(?<!会|会不会|可能|要)(?:被|出了|已经|遭)[^，,。？?]{0,4}一票否决(?![^，,。？?]{0,3}[吗么嘛])|一票否决了(?!吗|么|没)/;

/** 「…是不是一票否决」「会被一票否决吗」「算不算一票否决」: whether something brings the veto. */
const VETO_WHETHER = /(?:是不是|是否|会不会|算不算)[^，,。？?]{0,4}一票否决|(?:会|要|算|被)*一票否决[^，,。？?]{0,2}(?:吗|么|嘛)/;

/** Whether the asker's rank loses 评优评先, a year's score, the assessment day, the full marks. */
export function caseVerdict(index: QaIndex, q: string, terms: readonly string[], budget: number, whole: string = q): Part | null {
  const results = index.byId.get('section-results');
  const organization = index.byId.get('section-organization');
  // 「全县小学一共23所，我们学校年度总分排第21名。下一学年还能评…先进吗」: the rank told before the question.
  const told = rankFromBottom(q) ?? (whole !== q && /评优|评先|先进|取消|资格(?!证)/.test(q) ? rankFromBottom(whole) : null);
  // (「我们是职业学校…想问下倒数第二会被取消评优资格吗」: the stage may be told before the question.)
  const rank = told && !told.vocational && whole !== q && OWN_VOCATIONAL.test(whole) && !/小学|初中|高中|普高|中学/.test(q) ? { ...told, vocational: true } : told;
  const places = results ? lastPlaces(results.text) : null;
  // 「第一学期95分，第二学期一票否决了，年度怎么算」: a veto told as done decides the year, whatever the scores.
  if (results && VETO_TOLD.test(whole) && /总分|得分|怎么算|还有分|多少分|分数/.test(q)) return inScope(fit([QA_TEXT.vetoedYear, cite(results)], budget), [results]);
  // 「学校没做心理测评，是不是一票否决」: the veto asked of work not done, which is no student's death:
  // 不是 — only a death is vetoed; what was not done costs the item's points.
  const vetoAsked = VETO_WHETHER.exec(q);
  // (A case told before it: not 「这个一票否决…什么情况」, nor 「什么情况会一票否决」.)
  const vetoCase = vetoAsked ? q.slice(0, vetoAsked.index).replace(/这个|那个|这|那|请问|问一下|想问一?下?|我想问|老师/g, '') : '';
  // (Only work not done, 没做测评 / 辅导室没建: 「…出了事，也算一票否决吗」 and an attempt are read by the lines below.)
  if (results && vetoAsked && /(?:没|未|不|缺|少)\p{Script=Han}/u.test(vetoCase) && !/什么|哪|啥|怎么|怎样|如何/.test(q) && !DEATH_ASKED.test(whole) && !VETO_TOLD.test(whole) && !/非正常|死|出事|人命|意外|安全事故/.test(whole)) {
    const word = /是不是|是否|是吗/.test(vetoAsked[0]) ? '不是' : /算不算|算吗/.test(vetoAsked[0]) ? '不算' : '不会';
    return inScope(fit([QA_TEXT.vetoOnlyDeath(word), cite(results)], budget), [results]);
  }
  // 「学生自杀在考核里扣多少分」: a student's death is no deduction but the veto.
  if (results && DEATH_ASKED.test(q) && /扣(?:多少|几)分?|扣分|扣多少/.test(q)) return inScope(fit([/未遂|抢救/.test(q) ? QA_TEXT.attemptNotPoints : QA_TEXT.vetoNotPoints, cite(results)], budget), [results]);
  // 「我们学校排名倒数第一，扣几分」: a place costs no points; the bottom places lose next year's awards.
  if (results && rank && places && /扣(?:几|多少)?分|扣不扣|扣分/.test(q) && !/没|未|缺/.test(q)) {
    const limit = rank.vocational ? places.vocational : places.general;
    return inScope(fit([QA_TEXT.rankNoPoints + QA_TEXT.rankVerdict(rank.n <= limit, rank.n, places.said, rank.vocational, '会', rank.of ?? '').replace(/^不?会。/, ''), cite(results)], budget), [results]);
  }
  // 「职业学校排名末位有什么后果」 names the rule's own place and asks what follows: the sentence
  // answers it (with 后三位 beside it), not a 会 about 倒数第1.
  const ownPlace = /末位|最后一名/.test(q) && !/(.)不\1|吗|(?<![什怎这那多要])么|没有?[？?]?$/.test(q);
  // (「小学学段15所，我们排第12，在不在后三位」: whether the place is among the rule's own, asked outright.)
  // (「…还能评心理健康特色学校吗」: any 评 of the next year's honours asked.)
  if (results && rank && places && !ownPlace && /评优|评先|先进|取消|资格(?!证)|(?:还能|能不能|能否|还可以|能)(?:参)?评(?!估|价|分)|后果|影响|会不会|会怎样|怎么样|处理|处罚|惩罚|处分|安全|没事|有事|危险|悬|(?:在不在|算不算|是不是|属于|进没进|进了|落在|掉进)[^，,。？?]{0,4}(?:后三|后3|倒数三|倒数前三|末位)/.test(q)) {
    // (「今年上学期排倒数第三，下学期还没考」: one semester's place, the year not yet scored, decides nothing.)
    // (「上学期倒数第3，这学期排第10」: the other semester's place outside the bottom — the year's is not known either.)
    const term = /(?:上|这|本|第一个?)学期[^，,。？?]{0,6}(倒数[^，,。？?]{0,6})[^。？?]*(?:下学期|第二个?学期)[^，,。？?]{0,4}(?:还没|没|未|还不)(?:考|出|结束|排)/.exec(q) ?? (/年度|全年|总分/.test(q.replace(/年度(?:会|还|能)?(?:被)?(?:取消|评)/g, '')) ? null : otherTermOutside(q, rank.vocational ? places.vocational : places.general));
    if (term) return inScope(fit([QA_TEXT.rankSemesterOnly(rankFromBottom(term[1] ?? '')?.n ?? rank.n, places.said, rank.vocational), cite(results)], budget), [results]);
    const limit = rank.vocational ? places.vocational : places.general;
    // 「下学年还能评先进吗」 asks 能, not 会; 「资格还在吗」「还有资格吗」 ask whether it stays: 在 / 有.
    // (「在不在后三位」 asks whether the place is among them — 在内; 「算不算」「是不是」 take their own word.)
    const among = /(在不在|算不算|是不是|属于|进没进|进了|落在|掉进)[^，,。？?]{0,4}(?:后三|后3|倒数三|倒数前三|末位)/.exec(q)?.[1];
    const word = among ? (among === '算不算' ? '算' : among === '是不是' ? '是' : '在内') : /还能|能不能|能否|还可以|能(?:参)?评/.test(q) ? '能' : /(?:还)?在(?:不在|吗|么|嘛)|保(?:得)?住|落在|掉进/.test(q) ? '在' : /还有(?:资格|机会|戏|希望)?(?:吗|么|嘛)|有没有资格|还有没有|有戏(?:吗|么|嘛)|有没有戏|有希望(?:吗|么|嘛)/.test(q) ? '有' : /是不是|是吗/.test(q) ? '是' : '会';
    return inScope(fit([QA_TEXT.rankVerdict(rank.n <= limit, rank.n, places.said, rank.vocational, word, rank.of ?? ''), cite(results)], budget), [results]);
  }
  // 「考核排第3，会被取消评优吗」: a place from the top, no count of schools: asked back, not guessed.
  const place = !rank && places && /评优|评先|先进|取消|资格(?!证)/.test(q) ? placeWithoutTotal(whole) : null;
  if (results && places && place !== null) return inScope(fit([QA_TEXT.rankNeedsTotal(place, places.said), cite(results)], budget), [results]);
  // 「上学期78分，这学期大概85分，校长问我今年的年度得分会是多少」: the scores told before the question.
  // 「排名后三位的学校，下一学年还能评心理类先进吗」: the rule's own places, asked leave → 不能.
  const lastSentence = results ? /[^。]*取消[^。]*。/.exec(results.text)?.[0] : undefined;
  // 「排名是全县一起排还是分学段排」: the text ranks by stage (各学段…排名), the vocational schools apart.
  if (results && lastSentence && /排/.test(q) && /还是/.test(q) && /学段/.test(q) && /全县|一起|统一|混/.test(q)) return inScope(fit([`按学段排。${QA_TEXT.quote(lastSentence.replace(/。$/, ''))}`, cite(results)], budget), [results]);
  // (「…ranks in the bottom 3 of its stage? 下学年还能评优吗」: the places may be told in the question before.)
  const ownPlaces = (x: string) => /后三|后3|倒数三|倒数前三|末位|最后一名/.test(x);
  if (results && lastSentence && (ownPlaces(q) || (whole !== q && ownPlaces(whole) && !rank)) && /还能|能不能|能否|还可以|可不可以|可以/.test(q) && /评|先进|资格|荣誉/.test(q)) {
    const word = /可以/.test(q) ? '不可以' : '不能';
    return inScope(fit([`${word}。${QA_TEXT.quote(lastSentence.replace(/。$/, ''))}`, cite(results)], budget), [results]);
  }
  // 「职校也是排后三名就取消吗」: the bottom three are each stage's; a vocational school loses it at the last place only.
  const vocationalThree = results && lastSentence && places && places.vocational !== places.general && /(?:职业学校|职校|中职|职高)[^，,。？?]{0,10}(?:后三|后3|倒数三|倒数前三)[^，,。？?]{0,10}(?:吗|吧)[？?]?\s*$/.test(q);
  if (results && lastSentence && places && vocationalThree) {
    return inScope(fit([`${QA_TEXT.vocationalLast(places.said)}${QA_TEXT.quote(lastSentence.replace(/。$/, ''))}`, cite(results)], budget), [results]);
  }
  // 「排名后三位会影响评优吗」: the rule's own places, asked whether it touches 评优 → 会.
  if (results && lastSentence && /后三|后3|末位|最后一名/.test(q) && /会不会|会[^，,。？?]{0,8}[吗么]|影响/.test(q) && /评优|评先|先进|资格/.test(q) && !/还能|能不能|能否|可以/.test(q)) {
    return inScope(fit([`会。${QA_TEXT.quote(lastSentence.replace(/。$/, ''))}`, cite(results)], budget), [results]);
  }
  // 「考核得分会跟普通老师的绩效工资挂钩吗」: what the year's result is tied to is the text's own
  // (学校、校长评优评先考核); another tie asked of it is what the text does not say.
  const tie = results ? /(?:跟|与|和|同)([^，,。？?！!]{2,16}?)(?:挂钩|挂上钩|联系起来)/.exec(q) : null;
  // (The sentence that ties the year's score to honours, 与学校、校长评优评先考核挂钩。)
  const honours = results ? /[^。]*挂钩[^。]*。/.exec(results.text)?.[0] : undefined;
  const tied = tie ? honours : undefined;
  const target = tie ? contentTerms(index, tie[1] ?? '').filter((t) => index.known(t) && !/^=?(?:考核|得分|结果|学校|校长|评优评先|评优|评先)$/.test(t)) : [];
  if (results && tie && tied && target.length > 0 && statedIn(index, tied, target).length === 0) {
    return inScope(fit([`${QA_TEXT.notNamed(tie[1] ?? '')}“${tied.replace(/。$/, '')}”`, cite(results)], budget), [results]);
  }
  // 「考核分会不会影响校长个人评优」: the score is tied to the school's and the principal's honours (挂钩),
  // asked yes or no of them — not of a teacher's or a student's, whom the sentence does not name.
  // (有没有关系, 挂不挂钩 are answered below, 有，挂钩.)
  const tiedAsked = /会不会影响|影响[^，,。？?]{0,10}[吗么]|(?:有|算)没有?影响/.exec(q)?.[0];
  if (results && honours && tiedAsked && /评优|评先/.test(q) && !/老师|教师|班主任|学生|个人绩效|工资/.test(q.replace(/校长/g, ''))) {
    const word = /有没有?影响|算没有?影响/.test(tiedAsked) ? '有' : '会';
    return inScope(fit([`${word}。${QA_TEXT.quote(honours.replace(/。$/, ''))}`, cite(results)], budget), [results]);
  }
  // 「…其他学校年度分最低的三个是160、163、168，我们会进后三吗」: the year against the three lowest of the others.
  const lowest = /最低的?(?:三|3)(?:个|所|名|家)?(?:学校)?(?:的)?(?:年度)?(?:分|得分|总分)?(?:是|为|分别是|分别为)?[：:]?\s*([0-9]+)\s*分?\s*[、，,和]\s*([0-9]+)\s*分?\s*[、，,和]\s*([0-9]+)/.exec(q);
  // (The two semesters read from the rest of the message, the others' scores taken out; the year is asked, named or not.)
  const ownPart = lowest ? q.replace(lowest[0], ' ').replace(/^(\s*)分/, '$1') : '';
  const scored = lowest && results && /后三|倒数|取消|评优|评先/.test(q) ? semesterScoresGuess(ownPart, true) : null;
  if (results && lowest && scored) {
    const [a, b] = scored.scores;
    const ours = a + b;
    const others = [lowest[1], lowest[2], lowest[3]].map(Number);
    const below = others.filter((x) => x < ours).length;
    const tie = others.includes(ours);
    const word = yesWord(q);
    const verdict = tie ? QA_TEXT.tiedLowest(ours) : below >= 3 ? `不${word}。` : `${word}。`;
    return inScope(fit([verdict + QA_TEXT.annualScore(a, b) + QA_TEXT.lowestThree(ours, others, below), cite(results)], budget), [results]);
  }
  // 「我们两学期78分和95分，对面学校90分和84分，谁的年度得分高」: two schools' years compared.
  // 「…邻校上学期92分、下学期85分。我们的年度得分比邻校高，对吗？」: the scores told before the question.
  const two = results ? (twoYears(q) ?? (whole !== q && /比|谁|哪个|哪所|哪家/.test(q) ? twoYears(whole) : null)) : null;
  if (results && two) {
    // The asker's own claim (我们…比…高), checked: 对 / 不对.
    const claim = /我们[^，,。？?]{0,12}比[^，,。？?]{0,8}(高|低|多|少)/.exec(q);
    const [ours, theirs] = [two[0][0] + two[0][1], two[1][0] + two[1][1]];
    const holds = claim ? (/高|多/.test(claim[1] ?? '') ? ours > theirs : ours < theirs) : null;
    const lead = holds === null || !/对吗|对不对|是吗|是不是|没错吧|吧[？?]?$/.test(q) ? '' : holds ? '对，' : '不对，';
    return inScope(fit([lead + QA_TEXT.twoYears(two[0], two[1]), cite(results)], budget), [results]);
  }
  // 「每学期满分100的话，年度得分最高能到多少」: the year adds two semesters' full marks.
  if (results && /年度|全年|一年/.test(q) && /最高|满分|最多|封顶/.test(q) && /多少|几/.test(q) && !/[0-9]+\s*分/.test(q.replace(/满分\s*100/, ''))) {
    return inScope(fit([QA_TEXT.annualMax(index.rubric.meta.total), cite(results)], budget), [results]);
  }
  // 「上学期考核78分，年度想到170分，下学期至少得考多少」: the year's aim less the first semester.
  // (「第一学期考了95，年度想拿到185，第二学期至少得考几分」: 分 unsaid, the semesters by number; 今年 is the year too.)
  const aim = /(?:上学期|第一(?:个)?学期|上半年)[^0-9，,。]{0,6}?([0-9]+(?:\.[0-9]+)?)\s*分?[^。？?0-9]*?(?:年度|全年|一年|今年|总分)[^0-9，,。]{0,8}?([0-9]+(?:\.[0-9]+)?)\s*分?[^。0-9]*?(?:下学期|第二(?:个)?学期|下半年|这(?:个)?学期|本学期)[^。]{0,8}(?:多少|几分)/.exec(q);
  // (「上学期得了78分，下学期要考多少年度得分才能到160」: the aim said after what is asked.)
  const aimAfter = aim ? null : /(?:上学期|第一(?:个)?学期|上半年)[^0-9，,。]{0,6}?([0-9]+(?:\.[0-9]+)?)\s*分?[^。？?0-9]*?(?:下学期|第二(?:个)?学期|下半年|这(?:个)?学期|本学期)[^。0-9]{0,8}(?:多少|几分)[^。0-9]{0,6}?(?:年度|全年|一年|今年|总分)[^0-9，,。]{0,10}?([0-9]+(?:\.[0-9]+)?)/.exec(q);
  const aimed = aim ?? aimAfter;
  if (results && aimed) {
    const [first, target] = [Number(aimed[1]), Number(aimed[2])];
    const need = Math.round((target - first) * 10) / 10;
    const max = index.rubric.meta.total;
    return inScope(fit([QA_TEXT.semesterNeeded(first, target, need, max), cite(results)], budget), [results]);
  }
  // 「年度分是176，上学期得了90，那下学期得了多少」: the year told, and one semester: the other is the difference.
  // (「年度得分是175，第一学期考了83，第二学期是多少」「两学期加起来一共150分，上学期是72分」: by number, or the sum said.)
  const other = /(?:年度|全年|一年|今年|总分|加起来|一共|合计)[^0-9，,。]{0,8}?([0-9]+(?:\.[0-9]+)?)\s*分?[，,。\s][^。？?]*?(上|下|第一|第二)(?:个)?学期[^0-9，,。]{0,6}?([0-9]+(?:\.[0-9]+)?)\s*分?[^。]*?(上|下|第一|第二)(?:个)?学期[^。]{0,8}(?:多少|几分)/.exec(q);
  const half = (x: string | undefined) => (x === '第一' ? '上' : x === '第二' ? '下' : x);
  if (results && other && half(other[2]) !== half(other[4])) {
    const [total, known] = [Number(other[1]), Number(other[3])];
    const rest = Math.round((total - known) * 10) / 10;
    if (rest >= 0 && rest <= index.rubric.meta.total) return inScope(fit([QA_TEXT.otherSemester(half(other[4]) ?? '下', rest, total, half(other[2]) ?? '上', known), cite(results)], budget), [results]);
  }
  const year = semesterScoresGuess(q) ?? (/年度|全年|一年|总分/.test(q) ? semesterScoresGuess(whole) : null);
  if (results && year) {
    const [a, b] = year.scores;
    // 「年度得分是取平均吗」: the year is the sum of the two, never the mean. 「取平均还是加起来」: the either-or, answered by the one the text takes.
    const lead = /平均/.test(q) ? (EITHER_SUM.test(q) ? '是相加，不取平均。' : '不是，是相加。') : year.guess === null ? '' : year.guess === a + b ? `${/对[吗吧么嘛][？?]?\s*$/.test(q) ? '对' : yesWord(q)}。` : `不${yesWord(q)}。`;
    return inScope(fit([lead + QA_TEXT.annualScore(a, b), cite(results)], budget), [results]);
  }
  // 「年度最终得分是平均85吗」: the year adds the two semesters, so a mean of 85 is 170.
  const mean = results && /年度|全年|最终|年终/.test(q) ? /平均(?:分|是|为)?\s*([0-9]+(?:\.[0-9]+)?)\s*分?/.exec(q) : null;
  if (results && mean && Number(mean[1]) <= 100 && YES_NO.test(q)) {
    const m = Number(mean[1]);
    return inScope(fit([QA_TEXT.notMean(`不${yesWord(q)}`, m), cite(results)], budget), [results]);
  }
  // 「年度分数是不是取两次的平均分」 with one semester's score only: the year adds, never averages.
  const annual = results ? /[^。]*两学期考核总分[^。]*?。/.exec(results.text)?.[0] : undefined;
  // (「专班会议上学期开了4次…全年平均下来每学期2次」 averages meetings, not scores.)
  const eventsAveraged = /[0-9一二两三四五六七八九十]\s*(?:次|节|场|回|课时|小时)/.test(q) && !/分/.test(q.replace(/分钟|部分|分别|分级|分类/g, ''));
  // (「两个学期的分 是加起来 还是 取平均」: the two semesters' scores are the year's, named or not.)
  if (results && annual && !eventsAveraged && /年度|全年|年底|年终|一年|两(?:个)?学期(?:的|考核)?(?:分|得分|成绩)/.test(q) && /平均/.test(q) && (YES_NO.test(q) || EITHER_SUM.test(q))) {
    const lead = EITHER_SUM.test(q) ? '是相加，不取平均' : `不${yesWord(q)}，是相加`;
    return inScope(fit([`${lead}。${QA_TEXT.quote(annual.replace(/。$/, ''))}`, cite(results)], budget), [results]);
  }
  // 「年度得分能不能只看下学期的分数」: the year is the two semesters added, never one of them.
  const oneOnly = /只(?:看|算|用|拿|按|取|要|计)[^，,。？?]{0,8}?(?:[一下上这本]个?学期|一次|一个学期)/.test(q);
  if (results && annual && /年度|全年|年终|年底/.test(q) && oneOnly && (ASKS_LEAVE.test(q) || YES_NO.test(q))) {
    return inScope(fit([`不${leaveWord(q) ?? yesWord(q)}。${QA_TEXT.quote(annual.replace(/。$/, ''))}`, cite(results)], budget), [results]);
  }
  // 「考核能不能推到下学期开学再考」: the day is the text's (学期结束前15天), not the school's to move.
  const moved = organization && /考核|考评|检查/.test(q) && MOVES.test(q) && ASKS_LEAVE.test(q);
  const fixed = moved ? /[^。]*学期结束前\d+天[^。]*/.exec(organization.text)?.[0] : undefined;
  if (organization && fixed) {
    const word = leaveWord(q) ?? '能';
    return inScope(fit([`不${word}。${QA_TEXT.quote(fixed)}`, cite(organization)], budget), [organization]);
  }
  // 「考核对象包括民办学校吗」「中职也要参加吗」: the kinds of school the targets section names.
  const targets = index.byId.get('section-targets');
  // (「我们是民办初中，老板说民办不归这块管。我们到底在不在考核范围里？」: the kind may be told before a question that asks only whether the school is in.)
  const inAsked = whole !== q && /考核(?:的)?(?:范围|对象)|在不在(?:这个)?(?:考核|范围)|算不算(?:考核)?对象|考不考我们|管不管我们|考核[^，,。？?]{0,6}?也?要(?:参加|参与)(?:吗|么|嘛|不)/.test(q);
  const kind = SCHOOL_KINDS.find((k) => k.words.test(q)) ?? (inAsked ? SCHOOL_KINDS.find((k) => k.words.test(whole)) : undefined);
  const claimText = kind && !kind.words.test(q) ? whole : q;
  // (「职业学校也要按1:1000配专职心理老师吗」「…也要保证每两周1节心理课吗」: a requirement of a clause named with the kind is that clause's question, not the targets'.)
  const rest = kind ? (q.split(/[。！!？?，,；;]/).filter((x) => x.trim()).at(-1) ?? q).replace(new RegExp(kind.words.source, 'g'), ' ').replace(/也要|要不要|包括|包含|参加|参与|考核|学校|吗|么/g, ' ') : '';
  const required = index.terms(rest).filter((t) => index.known(t) && !index.generic.has(t) && [...t.replace(/^=/, '')].length > 1 && !/^=?(?:考核|范围|对象|学生|班级|学期|周|年度)$/.test(t));
  // (Only a requirement stated with its figure: 「职业学校也要开心理健康课吗」 asks whether the kind is in.)
  const figured = /[0-9]|每两周|每学期|每周|不少于|至少|师生比/.test(rest);
  // (「职业学校也要配专职心理老师吗」: nor one of a clause that names the kind itself — 第10条's 小学、初中、高中、职业学校.)
  const ofClause = required.some((t) => index.idf(t) >= 1.5 && index.passages.some((x) => x.kind === 'item' && (index.docOf(x)?.tf.has(t) ?? false) && (figured || (kind !== undefined && kind.named.test(x.text)) || GRADE_FLOOR.test(x.text))));
  // (「中职学生也要测吗」: nor one of a clause that begins at a primary grade, 小学四年级以上 — the grades decide it, grades.ts.)
  // 「这个考核只针对公办学校吧」: one kind claimed as the only one, where the targets name others too → 不是.
  const onlyOne = kind && /只(?:针对|考|管|包括|适用于?|对|查)|仅(?:针对|限于?|对)|就(?:考|针对|管)/.test(q) && (YES_NO.test(q) || /吧[？?]?\s*$/.test(q));
  const others = onlyOne && targets && kind.named.test(targets.text) ? SCHOOL_KINDS.filter((k) => k !== kind && k.named.test(targets.text) && !k.words.test(q)) : [];
  // 「公办学校才考核，民办的不算在里面吧？」「职业学校不在考核范围里吗」: a kind the targets name, said to be out → 不是.
  const saidOut = kind && new RegExp(`(?:${kind.words.source})[^，,。？?]{0,4}?不(?:算|在|包括|属于)在?(?:里面|里头|内|其中|考核|范围|对象)`).test(q) && /[吗吧][？?]?\s*$|对吗|对吧|是吗|是不是/.test(q);
  if (targets && kind && saidOut && kind.named.test(targets.text)) return inScope(fit([QA_TEXT.targetIn(kind.name, targets.text, '不是'), cite(targets)], budget), [targets]);
  if (targets && kind && others.length > 0) return inScope(fit([QA_TEXT.targetOnly(targets.text, others.map((k) => k.name).join('、')), cite(targets)], budget), [targets]);
  if (targets && kind && !ofClause && /(?:考核|对象|范围)[^，,。？?]{0,4}有没有|排除|除外|剔除|包括|包含|包不包括|包含不包含|参加|参与|在不在|算不算|要不要|也要|也考|考不考|范围|对象|管|适用|算[^，,。？?]{0,6}(?:考核|范围|对象)/.test(q)) {
    const named = kind.named.test(targets.text);
    // 「也要参加吗」→ 要, 「也管我们吗」→ 管: the asker's own verb leads. The sentence that asks (「举办者说民办不归这个考核管…民办学校到底在不在考核范围里」: 在, not 管).
    const asked = q.split(/[。！!]/).filter((x) => x.trim()).at(-1) ?? q;
    // 「董事会说这个考核跟我们没关系，是管公办学校的。真的是这样吗」: a claim that the kind is out, put for
    // confirming, is answered 不是 (the kind named in the targets).
    const claimedOut = /没关系|无关|不归|不管|不用(?:参加|考)|不在(?:这个|这|本)?(?:考核)?(?:范围|对象)|只(?:管|考|针对)公办|是管公办/.test(claimText) && /^(?:那|这)?(?:真的)?(?:是)?(?:这样|真的)(?:的)?(?:吗|么|嘛)|对吗|对不对|真的吗|是吗/.test((asked.split(/[，,]/).at(-1) ?? asked).trim());
    const verb = claimedOut ? '不是' : /在不在|在[^，,。？?]{0,8}范围[^，,。？?]{0,3}[吗么嘛]/.test(asked) ? '在' : /属于/.test(asked) ? '属于' : /要(?:参加|参与|考)|要不要/.test(asked) ? '要' : /管/.test(asked) ? '管' : /适用/.test(asked) ? '适用' : /算[^，,。？?]{0,6}(?:考核|范围|对象)/.test(asked) ? '算' : '包括';
    // 「民办学校可以不参加这个考核吗」: leave to stay out, for a kind the targets name → 不可以.
    // (「民办学校不参加这个考核行不行」: the leave asked after.)
    // (「考核能不能把民办学校排除在外」: leave to leave the kind out.)
    const optOut =
      /(?:可以|能|可不可以|能不能|能否|行)(?:申请)?不(?:参加|参与|考|被考核|接受)/.exec(q) ??
      /不(?:参加|参与|考|被考核|接受)[^，,。？?]{0,8}?(?:可以|可不可以|能不能|能行|行不行|行吗|行么)/.exec(q) ??
      /(?:可以|能|可不可以|能不能|能否)[^，,。？?]{0,10}?(?:排除|除外|剔除)/.exec(q) ??
      /(?:排除|除外|剔除)[^，,。？?]{0,8}?(?:可以|可不可以|能不能|能行|行不行|行吗|行么)/.exec(q);
    if (optOut && named) {
      const word = /可以/.test(optOut[0]) ? '不可以' : /行/.test(optOut[0]) ? '不行' : '不能';
      return inScope(fit([QA_TEXT.targetIn(kind.name, targets.text, word), cite(targets)], budget), [targets]);
    }
    // 「幼儿园要不要参加」: 不需要, not a bare 不要.
    return inScope(fit([named ? QA_TEXT.targetIn(kind.name, targets.text, verb) : QA_TEXT.targetOut(kind.name, targets.text, verb === '要' ? '需要' : verb), cite(targets)], budget), [targets]);
  }
  // 「学生自杀算不算一票否决」: the veto sentence decides it — a student's death from mental-health causes.
  const veto = results ? /[^。]*一票否决[^。]*。/.exec(results.text)?.[0] : undefined;
  // 「有个学生因为抑郁症去世了，会对考核有什么影响」: what a death does to the assessment is the veto.
  // 「学校发生学生跳楼，校长会被问责吗」: 问责 is the veto's own word.
  const effect = (/影响|后果|会怎样|会怎么样|什么结果|怎么处理/.test(q) && /考核|评优|得分|年度/.test(q)) || /问责|追责/.test(q);
  // 「学生自杀未遂但抢救过来了，也会一票否决吗」: no death, and the text names deaths only — never 会.
  const survived = /未遂|没死|救回|抢救过来|救过来|被救下|救下来|拉下来|劝下来/.test(q);
  // (「学生自伤会一票否决吗」: harm with no death, the veto asked outright, is no death either.)
  const harmed = /自伤|自残|割腕|划伤|划手/.test(q) && !DEATH_ASKED.test(q) && !/死|身亡|没了|出事|出了事/.test(q);
  // (「学生自杀未遂的事 年度考核还能合格吗」: a pass asked, 能 — the veto names deaths only.)
  const passAsked = /(?:还能|能不能|能否|可以)[^，,。？?]{0,4}合格|合格[吗么嘛]/.test(q) && !/不合格/.test(q);
  const vetoYesNo = (/一票否决|否决|不合格/.test(q) || passAsked) && YES_NO.test(q);
  if (results && veto && ((survived && (vetoYesNo || effect)) || (harmed && vetoYesNo))) {
    return inScope(fit([`${QA_TEXT.vetoAttempt(passAsked ? '能' : /(.)不\1|[吗嘛][？?]?$|(?<![什怎这那多要])么[？?]?$/.test(q) ? (/有[^，,。？?]{0,4}影响[吗么嘛]/.test(q) ? '没有' : `不${yesWord(q)}`) : '')}${veto}`, cite(results)], budget), [results]);
  }
  // 「被一票否决的学校，年度考核还能评合格吗」: a veto decides the year: 不合格.
  // 「如果学校发生了学生因心理问题非正常死亡…年度考核还能评合格吗」: so does the death the veto names.
  // (「有学生跳楼身亡」: a student's death by his own hand is the death the veto names.)
  const vetoed = /一票否决|被否决/.test(q) || (DEATH.test(q.replace(FAMILY_DEATH, '')) && /心理|非正常死亡|(?:学生|孩子)[^，,。？?]{0,6}(?:跳楼|自杀|轻生)(?:身亡|死亡|去世|了|的事|事件)/.test(q));
  // (「…年度考核还算合格吗」: 还算 asks 算, answered 不算.)
  if (results && veto && vetoed && /还能|能不能|能否|可以|可不可以|有没有可能|还算|算不算|算(?=合格|及格|达标)/.test(q) && /合格|及格|达标|评优|评先|过关/.test(q) && !survived) {
    const counted = /还算|算不算|算(?=合格|及格|达标)/.test(q) && !/还能|能不能|能否|可以|可不可以/.test(q);
    // (「被一票否决了还能评优吗」: honours, which the veto sentence never names, through the tie the text does state.)
    const tie = /评优|评先/.test(q) ? (/[^。，]*评优评先考核挂钩/.exec(results.text)?.[0] ?? '') : '';
    return inScope(fit([`${counted ? '不算' : `不${leaveWord(q) ?? '能'}`}。${QA_TEXT.quote(veto.replace(/。$/, ''))}${tie ? QA_TEXT.vetoHonours(tie) : ''}`, cite(results)], budget), [results]);
  }
  // (「爷爷刚去世」 is a death in the family, no student's.)
  // (「自伤自杀风险高…的学生，考核要求学校怎么处理」: a risk named is no death.)
  // (「…有学生因为抑郁轻生了…出了这种事是不是直接一票否决」: 这种事 points at the death told before.)
  const deathOf = (x: string) => DEATH.test(x.replace(FAMILY_DEATH, '').replace(RISK_ONLY, ''));
  if (results && veto && ((/一票否决|否决|不合格/.test(q) && YES_NO.test(q)) || effect) && (deathOf(q) || (/这种事|这类事|这样的事|这事|这种情况/.test(q) && deathOf(whole))) && !survived) {
    // 「出车祸去世，跟心理没关系」: the veto names deaths from mental-health causes only.
    // (「是不是只要有学生自杀就算，不管是不是心理问题引起的」: whatever the cause, claimed, is more than it names.)
    const other = /车祸|意外|溺水|溺亡|淹死|猝死|遇难|生病|疾病|病逝|病故|交通事故|跟心理没关系|和心理没关系|与心理无关|不是心理/.test(q) || /(?:不管|无论|不论)(?:是不是|是否|什么|啥|哪种|何种)/.test(whole);
    const word = (no: boolean) => (effect && !/一票否决|否决|不合格/.test(q) && !/(.)不\1|吗|(?<![什怎这那多要])么|没有?[？?]?$/.test(q) ? '' : `${no ? '不' : ''}${yesWord(q)}。`);
    // (「…会影响校长评优评先吗」: and the year's result is tied to the head's awards, which the text says too.)
    const tied = !other && /评优|评先|挂钩/.test(q) ? (/[^。]*评优评先考核挂钩。/.exec(results.text)?.[0]?.replace(/^[^，]*，/, '') ?? '') : '';
    return inScope(fit([other ? `${word(true)}${QA_TEXT.vetoOther}${veto}` : `${word(false)}${QA_TEXT.vetoApplies}${veto}${tied ? `年度考核结果${tied}` : ''}`, cite(results)], budget), [results]);
  }
  // 「其中3个班的两名心理委员都是女生。这样符合要求吗」: the clause asks one boy and one girl in each class.
  // (A class with one member told, 每班就选了一个, is short in number first: the count answers that.)
  const one = perClassGiven(q);
  // (「可以只配一个女生心理委员吗」: one of one sex, asked leave, falls short of both at once.)
  const sexed = /心理委员/.test(q) && (((one === null || one >= 2) && SINGLE_SEX.exec(q)) || (ASKS_LEAVE.test(q) && /只(?:有|选了?|配了?)(?:一个|一名|1个|1名)(?:女生|男生|女孩|男孩)/.exec(q)));
  const committee = sexed && (ENOUGH.test(q) || JUDGE.test(q) || /符合|行|可以|达标|合格|对吗|有问题/.test(q)) ? index.passages.find((p) => /男、女生各1名/.test(p.text)) : undefined;
  if (sexed && committee) {
    const rule = /[^。；，]*男、女生各1名）?/.exec(committee.text)?.[0] ?? '';
    return inScope(fit([`${verdictWord(q, false).replace(/^不够$/, '不符合')}。${QA_TEXT.quote(rule)}；你说的「${sexed[0]}」，男女各1名没有做到。`, cite(committee)], budget), [committee]);
  }
  // 「三个岗位只有保安配了安全员，达标吗」「安全员能只在保安岗设吗」: the posts the clause names against those
  // the asker says have one.
  const scoring = asksScore(q, index.intents(q));
  // (「领导说…只要保安里有一个就行了。这样对吗？」: a claim put for checking asks it too.)
  const staffed = ENOUGH.test(q) || JUDGE.test(q) || scoring || ASKS_LEAVE.test(q) || /符合|对吗|对不对|对吧|就行了?[吗吧]/.test(q) ? index.passages.find((p) => p.requirements.some((r) => r.requirement.per === 'post')) : undefined;
  // (The posts the school has may be told before the question: 「食堂是外包的，保安是物业派的。…这样对吗」.)
  const posts = staffed ? ((whole !== q ? postsCovered(whole, staffed.text) : null) ?? postsCovered(q, staffed.text)) : null;
  const postRule = staffed?.requirements.find((r) => r.requirement.per === 'post')?.requirement;
  const rule = postRule?.text;
  // 「我们有4个后勤岗位，安全员配了3个，够吗」: counts, not names.
  // (「…三块加起来设一个心理安全员就够了。这样行吗？」: the counts told before the question that asks of them.)
  const counted = staffed && !posts && rule ? (postCounts(q) ?? (whole !== q && /这样|这么|这种/.test(q) ? postCounts(whole) : null)) : null;
  if (counted && rule) return inScope(fit([QA_TEXT.postCountVerdict(verdictWord(q, counted.staffed >= counted.posts), rule, counted.posts, counted.staffed), cite(staffed!)], budget), [staffed!]);
  // 「后勤有保安、宿管、食堂、保洁四个岗位，安全员最少得几个人」: one for each post the asker lists.
  // (Whatever 最少 made of it above: 「…保洁4个岗位，心理健康安全员最少几个」 names no post covered.)
  const perPost = !posts && /安全员/.test(q) && /几个|几名|几位|多少个|多少名|多少人|多少位/.test(q) ? index.passages.find((p) => p.requirements.some((r) => r.requirement.per === 'post')) : undefined;
  const own = perPost ? listedPosts(q, clausePosts(perPost.text) ?? []) : null;
  const perPostRule = perPost?.requirements.find((r) => r.requirement.per === 'post')?.requirement.text;
  if (perPost && own && perPostRule) return inScope(fit([QA_TEXT.postsNeeded(own.length, perPostRule, own), cite(perPost)], budget), [perPost]);
  // (「学校有4个后勤岗位，安全员至少几个」: so many posts, not named — one for each; 「一个岗位配几个」 asks per post.)
  const many = perPost && perPostRule ? extractNumbers(/([0-9]+|[一二两三四五六七八九十]+)\s*个\s*(?:后勤)?(?:工作)?岗/.exec(q)?.[1] ?? '')[0]?.value : undefined;
  if (perPost && perPostRule && many && many >= 2) return inScope(fit([QA_TEXT.postsNeeded(many, perPostRule, []), cite(perPost)], budget), [perPost]);
  if (staffed && posts && rule && postRule) {
    const [have, need] = [posts.covered.length, posts.posts.length];
    const score = scoring && postRule.op === 'atLeast' ? `${QA_TEXT.score('该项', atLeastScore(postRule, have, need), postRule.points, postRule.partial && have < need)}。` : '';
    const text = score + QA_TEXT.postsVerdict(verdictWord(q, posts.missing.length === 0), rule, posts.posts, posts.covered, posts.missing);
    return inScope(fit([text, cite(staffed)], budget), [staffed]);
  }
  // 「每班2个心理委员，但都是女生，可以吗」: a requirement for 男、女生各1名 against one sex only.
  const sex = /(?:都|全)(?:是|为|选了?|要|找|定)?(女|男)(?:生|孩|同学)?|只(?:有|选了?|要|找|挑了?)(?:[两二2]个|俩)?(女|男)(?:生|孩|同学)/.exec(q);
  // With the classes given, the count decides first (apply.ts's calculation).
  const mixed = sex && (ENOUGH.test(q) || JUDGE.test(q) || ASKS_LEAVE.test(q)) && !/(?:[2-9]|[1-9][0-9]+|[两二三四五六七八九十]+)\s*个?班/.test(q) ? index.passages.flatMap((p) => p.requirements.filter((r) => /男、?女生?各/.test(r.requirement.text)).map((r) => ({ p, r }))).find((x) => x.r.terms.size > 0 && index.terms(q).some((t) => x.r.terms.has(t) && t.startsWith('='))) : undefined;
  if (mixed) return inScope(fit([QA_TEXT.oneSex(verdictWord(q, false), mixed.r.requirement.text, sex?.[1] ?? sex?.[2] ?? ''), cite(mixed.p)], budget), [mixed.p]);
  const before = organization ? /结束前\s*(\d+)\s*天/.exec(organization.text)?.[1] : undefined;
  // 「考核材料deadline是哪天？学期7月3日结束」: the date may stand in another part of the message.
  // …but only a question that asks when: 「…1月18号放寒假。这个考核一年搞几次」 asks how often.
  // (「学期1月17号结束的话，结束前15天是几号」: the text's own span, asked of the asker's end, is the same day.)
  // 「我们县今年考核是12月20号，那学期什么时候结束」: the end asked of the assessment's day told.
  const back = organization && before ? endFromAssessment(q, Number(before), 2027) : null;
  if (organization && back) return inScope(fit([QA_TEXT.endFromAssessment(back.day, back.end, Number(before)), cite(organization)], budget), [organization]);
  const day = organization && before && (/考核|检查|迎检|截止|材料|(?:哪天|几号|什么时候|啥时候)(?:来)?考|往前推/.test(q) || new RegExp(`结束前\\s*${before}\\s*天`).test(q)) && !(ASKS_HOW_OFTEN_HELD.test(q) && !ASKS_WHEN.test(q)) ? (assessmentDay(q, Number(before), 2027) ?? assessmentDay(whole, Number(before), 2027)) : null;
  if (organization && day) {
    // 「考核是不是6月20号左右」「deadline是不是1月下旬」: the asker's guess against the day computed.
    const guess = YES_NO.test(q) || /对吧|对不对/.test(q) ? dayGuessed(q, day) : null;
    const lead = guess === null ? '' : guess ? `${yesWord(q)}，` : `不${yesWord(q)}，`;
    return inScope(fit([lead + QA_TEXT.assessmentDay(day.end, day.day, Number(before)), cite(organization)], budget), [organization]);
  }
  // 「离学期结束还有4周，考核是不是已经过了」: the days left against the span before the end.
  const left = organization && before && /考核|检查|迎检|考评/.test(q) && ASKS_HOW_OFTEN.test(q) ? daysToEnd(q) : null;
  if (organization && before && left) {
    const passed = /过了|过去了|考完|结束了|错过/.test(q) ? left.days < Number(before) : /到了|来了|快了|开始了|马上|快要|要考核了/.test(q) ? left.days <= Number(before) : null;
    const lead = passed === null || !(YES_NO.test(q) || /对吧|对不对/.test(q)) ? '' : passed ? `${yesWord(q)}，` : `不${yesWord(q)}，`;
    return inScope(fit([QA_TEXT.daysLeft(lead, left.said, left.days, Number(before)), cite(organization)], budget), [organization]);
  }
  const derived = derivedVerdict(index, q, budget);
  if (derived) return derived;
  // 「考核是不是一年才搞一次」「每个学期都要考吗」: how often the assessment is held, from the section's
  // own words (每学期…进行一次考核), against the period the asker guesses.
  const held = organization ? /每(学期|学年)[^。]{0,40}?(?:进行)?一次考核/.exec(organization.text) : null;
  // 「县里考核是不是每个学期都要考一次」: who runs it (县里) names the same assessment.
  const about = [index.concept('考核'), index.concept('学期'), index.concept('年度'), index.concept('考核时间'), index.concept('县教育局')];
  // (「学校一年的考核分是咋算的」 asks the year's score, not how often.)
  // (「考核改成一年考一次行不行」: a change of the period asked leave for is the same guess.)
  if (organization && held && /考/.test(q) && /一次|几次|多久|每(?:个)?学期|每年|一年|都要/.test(q) && !/分(?![钟别期])|怎么算|咋算|如何算|算出/.test(q) && terms.every((t) => about.includes(t) || index.generic.has(t) || [...t].length === 1 || /^(?:改成|改为|变成|换成)$/.test(t) || (!index.known(t) && ASKS_HOW_OFTEN.test(q)))) {
    const period = held[1] === '学期' ? /学期/ : /学年|一年|每年/;
    // 「这个考核一年搞几次」 asks a count, not a guess of 一年一次: the year holds two semesters.
    const counted = ASKS_HOW_OFTEN_HELD.test(q);
    const guess = /还是/.test(q) || counted ? null : /学期(?!结束|末)/.test(q) ? /学期/ : /一年|每年|年度|学年/.test(q) ? /学年|一年|每年/ : null;
    // (Leave asked, 「改成一年一次可以吗」, is answered in its own word: 不可以.)
    const word = leaveWord(q) ?? yesWord(q);
    const lead = counted && held[1] === '学期' && /一年|每年|全年|学年/.test(q) ? QA_TEXT.twiceAYear : guess === null ? '' : guess.source === period.source ? `${word}，` : `不${word}，`;
    return inScope(fit([QA_TEXT.heldEvery(lead, held[1] ?? '', held[0], /学期结束前\s*\d+\s*天/.exec(organization.text)?.[0] ?? ''), cite(organization)], budget), [organization]);
  }
  // 「考核要准备哪些材料」: evidence asked of the whole assessment, no clause named: where each clause's list is.
  const content = index.byId.get('section-content');
  if (content && index.intents(q).includes('evidence') && /哪些|什么|啥|准备|有哪/.test(q) && !/第\s*[0-9一二三四五六七八九十]+\s*[条项]/.test(q) && terms.every((t) => index.generic.has(t) || t === index.concept('考核') || t === index.concept('学期') || [...t].length === 1)) {
    return inScope(fit([QA_TEXT.evidenceOverview(index.rubric.items.length), cite(content)], budget), [content]);
  }
  // (「一学期满分多少」「每学期满分100吗」: a semester's full marks are the rubric's total.)
  // (Not the year's: 「考核总分是两个学期加一起吗」.)
  if (/满分|总分|一共多少分|总共多少分|共多少分/.test(q) && !/第\s*[0-9一二三四五六七八九十]+\s*[条项]|两个?学期|上下学期|年度|加(?:一起|起来|在一起)/.test(q) && terms.every((t) => index.generic.has(t) || t === index.concept('分') || t === index.concept('学期') || [...t].length === 1)) {
    // 「前7项得了30分，总分最多能到多少」: the items named before the question, and their score.
    const named = whole !== q ? itemsNamed(index, whole) : [];
    if (named.length >= 2) return pointsOfItems(index, named, whole, budget);
    const total = index.rubric.items.reduce((sum, i) => sum + i.points, 0);
    const content = index.byId.get('section-content');
    // (A figure put for confirming, 「每学期满分100吗」: 是 or 不是 first.)
    const claimed = /[吗么嘛]|对吧|是吧|对不对|是不是/.test(q) ? extractNumbers(q).find((n) => !n.ordinal && /^\s*分?\s*(?:吗|么|嘛|对|是|[？?]|$)/.test(q.slice(n.end))) : undefined;
    const lead = claimed ? (claimed.value === total ? '是。' : '不是。') : '';
    return inScope(fit([lead + QA_TEXT.fullMarks(total, index.rubric.items.length), ...(content ? [cite(content)] : [])], budget), content ? [content] : []);
  }
  return null;
}
