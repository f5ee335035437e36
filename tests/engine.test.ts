import { loadRubric } from './helpers/rubric.ts';
import { describe, expect, it } from 'vitest';
import { rank, scoreAnnual, scoreSemester } from '../src/core/rubric/engine.ts';
import {
  calculate,
  committeeMembers,
  counsellingHours,
  fulltimeTeachers,
  fundingYuan,
  parttimeTeachers,
  safetyPosts,
  semesterCounts,
} from '../src/core/rubric/calculators.ts';
import type { Answers, Rubric, SchoolFacts } from '../src/core/rubric/schema.ts';
import type { SemesterResult } from '../src/core/rubric/result.ts';

const mini = loadRubric('fixtures/mini-rubric.yaml');
const real = loadRubric('../rubric/rubric.yaml');

const facts: SchoolFacts = { stage: '初中', ownership: '公办', students: 1800, classesFromGrade4: 36, boarding: false };
const allMet: Answers = {
  'q-2-team': true,
  'q-2-meetings': 2,
  'q-3-frequency': 'biweekly',
  'q-10-fulltime': 2,
  'q-10-parttime': 4,
  'q-20-hours': 10,
  'q-20-records': true,
  'q-99-veto': false,
};
const score = (answers: Answers, f: SchoolFacts | null = facts) => scoreSemester(mini, { facts: f, answers });
const item = (r: SemesterResult, id: string) => r.items.find((i) => i.id === id)!;

describe('calculators', () => {
  it.each([
    [0, 1, 0],
    [999, 1, 2],
    [1000, 1, 2],
    [1001, 2, 3],
    [1800, 2, 4],
    [2300, 3, 5],
  ])('%i students → %i full-time, %i part-time', (students, full, part) => {
    expect(fulltimeTeachers(students).value).toBe(full);
    expect(parttimeTeachers(students).value).toBe(part);
  });

  it('shows the working and the interpretation taken', () => {
    const c = fulltimeTeachers(1800);
    expect(c).toMatchObject({ clause: 'item-10', unit: '名', formula: '1800 ÷ 1000 = 1.8，向上取整为 2 名' });
    expect(c.rule).toContain('1:1000');
    expect(c.interpretation).toBe('不足1000人按1000人计，至少1名');
    expect(fulltimeTeachers(0).formula).toBe('0 ÷ 1000 = 0，至少 1 名');
    expect(fulltimeTeachers(1000).formula).toBe('1000 ÷ 1000 = 1，需 1 名');
    expect(fulltimeTeachers(999).formula).toBe('999 ÷ 1000 = 0.999，向上取整为 1 名');
    expect(parttimeTeachers(1001).formula).toBe('1001 ÷ 500 = 2.002，向上取整为 3 名');
  });

  it('committee members, funding, safety posts, counselling hours', () => {
    expect(committeeMembers(36)).toMatchObject({ value: 72, clause: 'item-9', formula: '2 名 × 36 个班 = 72 名' });
    expect(committeeMembers(0).value).toBe(0);
    expect(fundingYuan(1800)).toMatchObject({ value: 18000, unit: '元', clause: 'item-21' });
    expect(safetyPosts(false).value).toBe(2);
    expect(safetyPosts(true)).toMatchObject({ value: 3, clause: 'item-9' });
    expect(safetyPosts(true).formula).toContain('宿管');
    expect(counsellingHours()).toMatchObject({ value: 10, unit: '小时', clause: 'item-20' });
  });

  it('calculate dispatches by name', () => {
    const f = { ...facts, boarding: true, classesFromGrade4: 10 };
    expect(calculate('fulltimeTeachers', f)).toEqual(fulltimeTeachers(1800));
    expect(calculate('parttimeTeachers', f)).toEqual(parttimeTeachers(1800));
    expect(calculate('committeeMembers', f)).toEqual(committeeMembers(10));
    expect(calculate('fundingYuan', f)).toEqual(fundingYuan(1800));
    expect(calculate('safetyPosts', f)).toEqual(safetyPosts(true));
  });

  it('semesterCounts lists the fixed per-semester counts', () => {
    expect(semesterCounts(mini)).toEqual([
      { item: 'item-2', requirement: 'r-2-meetings', what: '专班会议', threshold: 2, unit: '次', text: '每学期专班会议不少于2次' },
    ]);
    const ids = semesterCounts(real).map((c) => c.requirement);
    expect(ids).toContain('r-2-meetings');
    expect(ids).toContain('r-15-parent-class');
    expect(ids).not.toContain('r-21-funding');
    expect(ids).not.toContain('r-10-fulltime');
  });
});

describe('scoreSemester', () => {
  it('all requirements met: full marks, no gains, fixed key order', () => {
    const r = score(allMet);
    expect(r.total).toBe(30);
    expect(r.max).toBe(30);
    expect(r.items.map((i) => i.status)).toEqual(['met', 'met', 'met', 'met', 'met']);
    expect(r.gains).toEqual([]);
    expect(r.unanswered).toBe(0);
    expect(r.rubricVersion).toBe(mini.version);
    expect(r.provisional).toBe(true);
    expect(Object.keys(r)).toEqual(['rubricVersion', 'rubricLabel', 'provisional', 'total', 'max', 'unanswered', 'veto', 'areas', 'items', 'gains']);
    expect(Object.keys(item(r, 'item-2'))).toEqual(['id', 'no', 'title', 'area', 'score', 'max', 'provisional', 'status', 'reasons', 'requirements']);
    expect(item(r, 'item-2').reasons).toContain('专班会议 2 次，达到每学期不少于 2 次');
    expect(r.areas.map((a) => [a.id, a.score, a.max])).toEqual([['area-1', 6, 6], ['area-2', 10, 10], ['area-3', 14, 14]]);
  });

  it('no answers: every item unanswered, every requirement a gain, ordered by points, item, id', () => {
    const r = score({});
    expect(r.total).toBe(0);
    expect(r.unanswered).toBe(5);
    expect(r.items.every((i) => i.status === 'unanswered')).toBe(true);
    expect(item(r, 'item-2').reasons[0]).toBe('工作专班：未作答');
    expect(r.gains.map((g) => [g.requirement, g.points])).toEqual([
      ['r-2-meetings', 4],
      ['r-3-frequency', 4],
      ['r-20-hours', 4],
      ['r-20-records', 4],
      ['r-10-fulltime', 3],
      ['r-10-parttime', 3],
      ['r-2-team', 2],
    ]);
  });

  it('partial: proportional credit floored to 0.5', () => {
    const r = score({ ...allMet, 'q-2-meetings': 1, 'q-20-hours': 7.5, 'q-10-parttime': 1 });
    expect(item(r, 'item-2')).toMatchObject({ score: 4, status: 'partial' });
    expect(item(r, 'item-2').reasons).toContain('专班会议 1 次，每学期需不少于 2 次，按比例得 2 分');
    expect(item(r, 'item-20').score).toBe(7); // 4 × 7.5 ÷ 10 = 3 → 3, plus 4
    expect(item(r, 'item-10').score).toBe(3.5); // 3 + floor(3 × 1 ÷ 4 = 0.75 → 0.5)
    const g = r.gains.find((x) => x.requirement === 'r-2-meetings')!;
    expect(g).toEqual({ item: 'item-2', requirement: 'r-2-meetings', points: 2, text: '专班会议再增加 1 次可得 +2 分' });
  });

  it('unmet, 不知道, and calculator thresholds in the reasons', () => {
    const r = score({ ...allMet, 'q-3-frequency': 'rarely', 'q-10-fulltime': 1, 'q-20-records': null, 'q-20-hours': 0 });
    expect(item(r, 'item-3')).toMatchObject({ score: 0, status: 'unmet', reasons: ['心理课频次：更少，需为每周1节或每两周1节'] });
    expect(item(r, 'item-10').reasons[0]).toBe('专职心理健康教育教师 1 名，按 1:1000 师生比需 2 名');
    expect(r.gains.find((g) => g.requirement === 'r-10-fulltime')!.text).toBe('再配备 1 名专职心理健康教育教师可得 +3 分');
    expect(item(r, 'item-20')).toMatchObject({ score: 0, status: 'unmet' });
    expect(item(r, 'item-20').reasons[1]).toBe('辅导过程性资料：答“不知道”，不得分');
    expect(item(r, 'item-20').requirements[1]).toMatchObject({ answered: true, value: null, met: false });
  });

  it('a calculator threshold without school facts is unanswered', () => {
    const r = score(allMet, null);
    const it10 = item(r, 'item-10');
    expect(it10.status).toBe('unanswered');
    expect(it10.requirements[0]).toMatchObject({ answered: false, required: null, score: 0, value: 2 });
    expect(it10.reasons[0]).toBe('缺少学校基本信息（学生数），无法计算');
    expect(r.total).toBe(22.5); // items 2, 3, 20 full (18); item 10: 0; item 1 = 6 × 18 ÷ 24 = 4.5
  });

  it('item 1 is derived from the listed areas, to the nearest 0.5, halves up', () => {
    // possible over areas 二, 三 = 24. earned 5 → 6 × 5 ÷ 24 = 1.25 → 1.5
    const five = score({ 'q-20-records': true, 'q-20-hours': 2.5 });
    expect(item(five, 'item-1')).toMatchObject({ score: 1.5, status: 'partial' });
    expect(item(five, 'item-1').reasons[0]).toBe('按二、三项得分 5/24 折算：6 × 5 ÷ 24 = 1.25，按 0.5 分四舍五入为 1.5 分');
    // earned 4.5 → 1.125 → 1
    expect(item(score({ 'q-20-records': true, 'q-20-hours': 1.5 }), 'item-1').score).toBe(1);
    expect(item(score({}), 'item-1').reasons).toEqual(['二、三项均未作答']);
    expect(item(score({ 'q-2-team': false }), 'item-1').status).toBe('unmet');
  });

  it('veto is the veto question answered 是', () => {
    expect(score({ ...allMet, 'q-99-veto': true }).veto).toBe(true);
    expect(score({ ...allMet, 'q-99-veto': null }).veto).toBe(false);
    expect(score(allMet).veto).toBe(false);
  });

  it('the real rubric: item-1 derives from areas 二 to 七', () => {
    const r = scoreSemester(real, { facts, answers: {} });
    expect(r.max).toBe(100);
    expect(r.unanswered).toBe(21);
    expect(item(r, 'item-1').reasons).toEqual(['二至七项均未作答']);
  });
});

describe('scoreAnnual', () => {
  const met = score(allMet);
  const low = score({ 'q-2-team': true });
  it('sums the two semesters of the school year', () => {
    const a = scoreAnnual(mini, '2026-2027', [
      { semester: '2026-2027-2', result: low },
      { semester: '2025-2026-2', result: met },
      { semester: '2026-2027-1', result: met },
    ]);
    expect(a).toEqual({
      rubricVersion: mini.version,
      schoolYear: '2026-2027',
      total: 30 + low.total,
      max: 60,
      semesters: [
        { semester: '2026-2027-1', total: 30 },
        { semester: '2026-2027-2', total: low.total },
      ],
      missing: [],
      veto: false,
      verdict: '合格',
    });
  });
  it('a missing semester counts 0 and is listed', () => {
    const a = scoreAnnual(mini, '2026-2027', [{ semester: '2026-2027-1', result: met }, { semester: '2026-2027-2', result: null }]);
    expect(a).toMatchObject({ total: 30, missing: ['2026-2027-2'], verdict: '合格' });
  });
  it('a veto in either semester makes the year 不合格 whatever the score', () => {
    const vetoed = score({ ...allMet, 'q-99-veto': true });
    const a = scoreAnnual(mini, '2026-2027', [{ semester: '2026-2027-1', result: met }, { semester: '2026-2027-2', result: vetoed }]);
    expect(a).toMatchObject({ total: 60, veto: true, verdict: '不合格' });
  });
});

describe('rank', () => {
  const e = (school: string, stage: '小学' | '初中' | '高中' | '职业学校', total: number, metItems = 0, veto = false) => ({ school, stage, total, veto, metItems });

  it('breaks ties by met items, then by school name in code-point order', () => {
    const r = rank([e('丙校', '初中', 90, 10), e('乙校', '初中', 90, 12), e('甲校', '初中', 90, 10), e('丁校', '初中', 95, 1)]);
    // 丙 U+4E19 < 甲 U+7532
    expect(r.map((x) => [x.school, x.rank])).toEqual([['丁校', 1], ['乙校', 2], ['丙校', 3], ['甲校', 4]]);
  });

  it('a vetoed school ranks last whatever its score and is always flagged', () => {
    const r = rank([e('A', '小学', 100, 21, true), e('B', '小学', 60), e('C', '小学', 70)]);
    expect(r.map((x) => x.school)).toEqual(['C', 'B', 'A']);
    expect(r[2]).toMatchObject({ rank: 3, veto: true, losesEligibility: true });
    expect(r[2]!.flag).toContain('一票否决');
    expect(r[1]).toMatchObject({ losesEligibility: true, flag: '学段排名后三位：取消下一学年心理健康类评优评先资格' });
    expect(r[0]).toMatchObject({ losesEligibility: false, flag: '' });
  });

  it('flags the bottom three of a stage, never its first school', () => {
    const five = rank(['A', 'B', 'C', 'D', 'E'].map((s, i) => e(s, '高中', 100 - i)));
    expect(five.map((x) => x.losesEligibility)).toEqual([false, false, true, true, true]);
    expect(rank([e('A', '初中', 80)])[0]!.losesEligibility).toBe(false);
    expect(rank([e('A', '初中', 80), e('B', '初中', 70)]).map((x) => x.losesEligibility)).toEqual([false, true]);
    expect(rank([e('A', '初中', 80), e('B', '初中', 70), e('C', '初中', 60)]).map((x) => x.losesEligibility)).toEqual([false, true, true]);
  });

  it('flags only the last vocational school, when there are at least two', () => {
    const r = rank([e('职一', '职业学校', 90), e('职二', '职业学校', 80), e('职三', '职业学校', 70)]);
    expect(r.map((x) => x.losesEligibility)).toEqual([false, false, true]);
    expect(r[2]!.flag).toBe('职业学校排名末位：取消下一学年心理健康类评优评先资格');
    expect(rank([e('职一', '职业学校', 50)])[0]!.losesEligibility).toBe(false);
  });

  it('ranks within each stage, stages in order 小学, 初中, 高中, 职业学校', () => {
    const r = rank([e('职', '职业学校', 1), e('高', '高中', 1), e('初', '初中', 1), e('小', '小学', 1)]);
    expect(r.map((x) => [x.stage, x.rank])).toEqual([['小学', 1], ['初中', 1], ['高中', 1], ['职业学校', 1]]);
  });
});

describe('atLeastScore (shared with the Q&A)', () => {
  it('gives full points when met, else points × value ÷ need down to 0.5 when partial, else 0', async () => {
    const { atLeastScore } = await import('../src/core/rubric/engine.ts');
    const r = { points: 2.5, partial: true } as Parameters<typeof atLeastScore>[0];
    expect(atLeastScore(r, 10, 10)).toBe(2.5);
    expect(atLeastScore(r, 8, 10)).toBe(2);
    expect(atLeastScore(r, 7, 10)).toBe(1.5);
    expect(atLeastScore({ ...r, partial: false }, 9, 10)).toBe(0);
  });
});

describe('derivedScore (shared with the Q&A)', () => {
  it('scores item 1 from the points of its areas, to the nearest 0.5', async () => {
    const { derivedScore } = await import('../src/core/rubric/engine.ts');
    const rubric = real;
    const item = rubric.items.find((i) => i.scoring.method === 'derived')!;
    expect(derivedScore(rubric, item, 68)).toEqual({ score: 8, possible: 85, areas: '二至七' });
    expect(derivedScore(rubric, item, 70).score).toBe(8);
    expect(derivedScore(rubric, item, 0).score).toBe(0);
  });
});
