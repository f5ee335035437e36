/**
 * The scoring engine: pure functions from (rubric, facts, answers) to results that explain
 * themselves. No I/O, no clock.
 *
 * Arithmetic is done in half-points (integers), so every score is an exact multiple of 0.5:
 * - yes: full points if the answer is 是.
 * - atLeast: full points if value ≥ required; otherwise, if `partial`, points × value ÷ required
 *   rounded DOWN to 0.5; otherwise 0.
 * - oneOf: full points if the chosen option is accepted.
 * - 「不知道」 (null), no answer, or a calculator threshold whose facts are missing: 0.
 * - derived (item 1): points × earned ÷ possible over the listed areas, rounded to the NEAREST 0.5,
 *   halves rounded up (10 × 46 ÷ 60 = 7.67 → 7.5; 10 × 40.5 ÷ 60 = 6.75 → 7).
 */
import { calculate, CALCULATOR_NEEDS, type Calculation } from './calculators.ts';
import type {
  AnnualResult,
  AreaResult,
  Gain,
  ItemResult,
  ItemStatus,
  RankEntry,
  RequirementResult,
  SemesterResult,
} from './result.ts';
import {
  RANK_STAGES,
  type AnswerValue,
  type Answers,
  type Item,
  type Per,
  type Question,
  type RankStage,
  type Requirement,
  type Rubric,
  type SchoolFacts,
  type SemesterInput,
} from './schema.ts';

const PER_WORDS: Record<Per, string> = {
  semester: '每学期',
  schoolYear: '每学年',
  week: '每周',
  day: '每天',
  student: '每生',
  class: '每班',
  post: '每个岗位',
  school: '',
};

const halves = (points: number): number => Math.round(points * 2);
const points = (h: number): number => h / 2;
const qty = (n: number, unit: string): string => (unit ? `${n} ${unit}` : `${n}`);
const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

interface Scored {
  result: RequirementResult;
  /** The gain text when not at full score. */
  gain: string;
}

function scoreRequirement(
  r: Requirement,
  question: Question | undefined,
  facts: SchoolFacts | null,
  answers: Answers,
): Scored {
  const max = halves(r.points);
  const given = Object.hasOwn(answers, r.question);
  const value: AnswerValue = given ? (answers[r.question] ?? null) : null;
  const unit = r.unit || question?.unit || '';
  // A threshold computed from facts the school has not given cannot be judged: unanswered.
  const missingFact = r.op === 'atLeast' && r.threshold === undefined && r.calculator && !facts ? CALCULATOR_NEEDS[r.calculator] : null;
  const done = (score: number, met: boolean, required: RequirementResult['required'], reason: string, gain?: string): Scored => ({
    result: { id: r.id, question: r.question, score: points(score), max: points(max), met, answered: given && !missingFact, value, required, reason },
    gain: `${gain ?? r.action ?? r.text}可得 +${points(max - score)} 分`,
  });

  if (missingFact) return done(0, false, null, `缺少学校基本信息（${missingFact}），无法计算`);
  const calc: Calculation | undefined = r.calculator && facts ? calculate(r.calculator, facts) : undefined;
  const required = r.op === 'yes' ? true : r.op === 'oneOf' ? (r.accept ?? []) : (r.threshold ?? calc?.value ?? 0);

  if (!given) return done(0, false, required, `${r.counts}：未作答`);
  if (value === null) return done(0, false, required, `${r.counts}：答“不知道”，不得分`);

  switch (r.op) {
    case 'yes':
      return value === true ? done(max, true, required, `已做到：${r.text}`) : done(0, false, required, `未做到：${r.text}`);
    case 'oneOf': {
      const label = (id: AnswerValue) => question?.choices?.find((c) => c.id === id)?.label ?? String(id);
      const accept = r.accept ?? [];
      return typeof value === 'string' && accept.includes(value)
        ? done(max, true, required, `${r.counts}：${label(value)}，符合要求`)
        : done(0, false, required, `${r.counts}：${label(value)}，需为${accept.map(label).join('或')}`);
    }
    case 'atLeast': {
      if (typeof value !== 'number') return done(0, false, required, `${r.counts}：答案不是数字`);
      const need = typeof required === 'number' ? required : 0;
      const head = `${r.counts} ${qty(value, unit)}`;
      const rule = calc ? `${calc.basis}需 ${qty(need, unit)}` : `${PER_WORDS[r.per]}需不少于 ${qty(need, unit)}`;
      if (value >= need) {
        const met = calc ? `${rule}，已达到` : `达到${PER_WORDS[r.per]}不少于 ${qty(need, unit)}`;
        return done(max, true, required, `${head}，${met}`);
      }
      const score = halves(atLeastScore(r, value, need));
      const shortfall = Math.round((need - value) * 100) / 100;
      const gain = unit === '名' ? `再配备 ${shortfall} 名${r.counts}` : `${r.counts}再增加 ${qty(shortfall, unit)}`;
      const reason = `${head}，${rule}${score > 0 ? `，按比例得 ${points(score)} 分` : ''}`;
      return done(score, false, required, reason, gain);
    }
  }
}

/**
 * What an atLeast requirement scores for `value` against `need`: its full points when met; else, if
 * `partial`, points × value ÷ need rounded DOWN to 0.5; else 0. (Also the Q&A's 「按比例能拿几分」.)
 */
export function atLeastScore(r: Requirement, value: number, need: number): number {
  const max = halves(r.points);
  if (value >= need) return points(max);
  // A tiny epsilon keeps float noise (0.7 × 6 = 4.199…) from losing half a point.
  return points(r.partial && need > 0 ? Math.max(0, Math.floor((max * value) / need + 1e-9)) : 0);
}

function status(answered: boolean, score: number, max: number, allMet: boolean): ItemStatus {
  if (!answered) return 'unanswered';
  if (allMet && score === max) return 'met';
  return score > 0 ? 'partial' : 'unmet';
}

/** A derived item's half-points: nearest half-point, halves up: floor((2·max·earned + possible) / (2·possible)), in integers. */
function derivedHalves(max: number, earned: number, possible: number): number {
  return possible > 0 ? Math.floor((2 * max * earned + possible) / (2 * possible)) : 0;
}

/**
 * A derived item (item 1) from the points earned over its areas (the Q&A's 「二到七项68分，第一项能算几分」):
 * its score, the areas' full points and their names (二至七), by the rule scoreSemester uses.
 */
export function derivedScore(rubric: Rubric, item: Item, earned: number): { score: number; possible: number; areas: string } {
  const areas = item.scoring.method === 'derived' ? item.scoring.areas : [];
  const possible = rubric.items.filter((i) => areas.includes(i.area)).reduce((s, i) => s + halves(i.points), 0);
  return { score: points(derivedHalves(halves(item.points), halves(earned), possible)), possible: points(possible), areas: areaNames(rubric, areas) };
}

/** 「二至七」 for a run of three or more consecutive areas, else 「二、四」. */
function areaNames(rubric: Rubric, ids: readonly string[]): string {
  const positions = ids.map((id) => rubric.areas.findIndex((a) => a.id === id));
  const names = positions.map((p) => rubric.areas[p]?.no ?? '');
  const consecutive = positions.every((p, i) => i === 0 || p === (positions[i - 1] ?? 0) + 1);
  return consecutive && names.length >= 3 ? `${names[0]}至${names[names.length - 1]}` : names.join('、');
}

export function scoreSemester(rubric: Rubric, input: SemesterInput): SemesterResult {
  const questions = new Map(rubric.items.flatMap((item) => item.questions.map((q) => [q.id, q] as const)));
  const gains: (Gain & { no: number })[] = [];
  const scored = new Map<string, { item: Item; result: ItemResult; h: number }>();

  for (const item of rubric.items) {
    if (item.scoring.method !== 'requirements') continue;
    const reqs = item.requirements.map((r) => scoreRequirement(r, questions.get(r.question), input.facts, input.answers));
    const h = reqs.reduce((s, { result }) => s + halves(result.score), 0);
    const max = halves(item.points);
    for (const { result, gain } of reqs) {
      if (result.score < result.max)
        gains.push({ item: item.id, requirement: result.id, points: result.max - result.score, text: gain, no: item.no });
    }
    const results = reqs.map((s) => s.result);
    scored.set(item.id, {
      item,
      h,
      result: itemResult(item, h, status(results.some((r) => r.answered), h, max, results.every((r) => r.met)), results.map((r) => r.reason), results),
    });
  }

  for (const item of rubric.items) {
    if (item.scoring.method !== 'derived') continue;
    const areas = item.scoring.areas;
    const feeding = [...scored.values()].filter((s) => areas.includes(s.item.area));
    const earned = feeding.reduce((s, f) => s + f.h, 0);
    const possible = feeding.reduce((s, f) => s + halves(f.item.points), 0);
    const max = halves(item.points);
    const h = derivedHalves(max, earned, possible);
    const answered = feeding.some((f) => f.result.status !== 'unanswered');
    const names = areaNames(rubric, areas);
    const exact = possible > 0 ? (item.points * earned) / possible : 0;
    const shown = Math.round(exact * 100) / 100;
    const reason = answered
      ? `按${names}项得分 ${points(earned)}/${points(possible)} 折算：${item.points} × ${points(earned)} ÷ ${points(possible)} ${shown === exact ? '=' : '≈'} ${shown}` +
        (shown === points(h) ? ' 分' : `，按 0.5 分四舍五入为 ${points(h)} 分`)
      : `${names}项均未作答`;
    scored.set(item.id, { item, h, result: itemResult(item, h, status(answered, h, max, h === max), [reason], []) });
  }

  const items = rubric.items.flatMap((item) => scored.get(item.id)?.result ?? []);
  const areas: AreaResult[] = rubric.areas.map((area) => {
    const inArea = items.filter((i) => i.area === area.id);
    return {
      id: area.id,
      no: area.no,
      title: area.title,
      score: points(inArea.reduce((s, i) => s + halves(i.score), 0)),
      max: points(inArea.reduce((s, i) => s + halves(i.max), 0)),
    };
  });
  gains.sort((a, b) => b.points - a.points || a.no - b.no || byCodePoint(a.requirement, b.requirement));

  return {
    rubricVersion: rubric.version,
    rubricLabel: rubric.meta.label,
    provisional: rubric.provisional,
    total: points(items.reduce((s, i) => s + halves(i.score), 0)),
    max: points(items.reduce((s, i) => s + halves(i.max), 0)),
    unanswered: items.filter((i) => i.status === 'unanswered').length,
    veto: input.answers[rubric.veto.question.id] === true,
    areas,
    items,
    gains: gains.map(({ item, requirement, points: p, text }) => ({ item, requirement, points: p, text })),
  };
}

function itemResult(item: Item, h: number, st: ItemStatus, reasons: string[], requirements: RequirementResult[]): ItemResult {
  return {
    id: item.id,
    no: item.no,
    title: item.title,
    area: item.area,
    score: points(h),
    max: item.points,
    provisional: item.provisional,
    status: st,
    reasons,
    requirements,
  };
}

/**
 * The school year's result: the sum of semesters `<year>-1` and `<year>-2` (a missing one counts 0
 * and is listed in `missing`). The veto in either semester makes the year 不合格 whatever the score.
 */
export function scoreAnnual(
  rubric: Rubric,
  schoolYear: string,
  semesters: { semester: string; result: SemesterResult | null }[],
): AnnualResult {
  const rows = [`${schoolYear}-1`, `${schoolYear}-2`].map((semester) => ({
    semester,
    result: semesters.find((s) => s.semester === semester)?.result ?? null,
  }));
  const veto = rows.some((r) => r.result?.veto === true);
  return {
    rubricVersion: rubric.version,
    schoolYear,
    total: points(rows.reduce((s, r) => s + halves(r.result?.total ?? 0), 0)),
    max: rows.length * rubric.meta.total,
    semesters: rows.map((r) => ({ semester: r.semester, total: r.result?.total ?? null })),
    missing: rows.filter((r) => r.result === null).map((r) => r.semester),
    veto,
    verdict: veto ? '不合格' : '合格',
  };
}

const CONSEQUENCE = '取消下一学年心理健康类评优评先资格';

/**
 * Ranks schools within each stage (小学, 初中, 高中, 职业学校; output in that order).
 * Order: vetoed schools last; then total, higher first; ties broken by more met items, then by
 * school name in Unicode code-point order. Ranks are strict positions 1..n after tie-breaking.
 * Flags (who loses next year's award eligibility):
 * - 小学 / 初中 / 高中: the bottom min(3, n − 1) positions, so a stage's first school is never flagged;
 * - 职业学校: the last position, when there are at least two;
 * - any vetoed school (不合格). A vetoed school occupies one of the bottom positions like any other.
 */
export function rank(entries: { school: string; stage: RankStage; total: number; veto: boolean; metItems: number }[]): RankEntry[] {
  return RANK_STAGES.flatMap((stage) => {
    const group = entries
      .filter((e) => e.stage === stage)
      .sort(
        (a, b) =>
          Number(a.veto) - Number(b.veto) ||
          b.total - a.total ||
          b.metItems - a.metItems ||
          byCodePoint(a.school, b.school),
      );
    const n = group.length;
    const flagged = stage === '职业学校' ? (n >= 2 ? 1 : 0) : Math.min(3, n - 1);
    return group.map((e, i): RankEntry => {
      const bottom = i >= n - flagged;
      const flag = e.veto
        ? `一票否决，年度考核不合格：${CONSEQUENCE}`
        : bottom
          ? `${stage === '职业学校' ? '职业学校排名末位' : '学段排名后三位'}：${CONSEQUENCE}`
          : '';
      return { school: e.school, stage, total: e.total, veto: e.veto, rank: i + 1, losesEligibility: e.veto || bottom, flag };
    });
  });
}

/**
 * The gains worth showing a school: those of requirements it answered. An unanswered one may well
 * be met already, so 「可得 +N 分」 there would mislead; the unanswered count says what is missing.
 */
export function answeredGains(result: SemesterResult): Gain[] {
  const answered = new Set(result.items.flatMap((i) => i.requirements.filter((r) => r.answered).map((r) => r.id)));
  return result.gains.filter((g) => answered.has(g.requirement));
}
