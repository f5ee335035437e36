import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleOfficeCommand } from '../src/app/office.ts';
import { computeRanking, loadStandings, semesterAt } from '../src/app/standings.ts';
import { defaultSemester } from '../src/core/reminders/semester.ts';
import type { Rubric } from '../src/core/rubric/schema.ts';
import { scoreSemester } from '../src/core/rubric/engine.ts';
import { handleInbound } from '../src/app/handleInbound.ts';
import { APP_TEXT } from '../src/core/text/app-replies.ts';
import { addSemester, assess, exampleAnswers, loadRubric, schoolWithFacts, tempDb } from './office.helpers.ts';
import { makeApp, msg } from './helpers/app.ts';

const NOW = '2026-12-20T02:00:00.000Z'; // 2026-2027-1, before the assessment date 2027-01-16
const SEM = '2026-2027-1';

let db: Knex;
let dir: string;
let rubric: Rubric;
let totals: { full: number; typical: number; veto: number };

beforeAll(async () => {
  rubric = await loadRubric();
  ({ db, dir } = await tempDb());
  await addSemester(db, SEM, NOW);
  const full = await exampleAnswers(rubric, 'full-marks');
  const typical = await exampleAnswers(rubric, 'typical');
  const veto = await exampleAnswers(rubric, 'veto');
  totals = {
    full: scoreSemester(rubric, full).total,
    typical: scoreSemester(rubric, typical).total,
    veto: scoreSemester(rubric, veto).total,
  };
  // typical, but no full-time psychology teacher and no working group: a lower score
  const lessTypical = { ...typical.answers, 'q-10-fulltime': 0, 'q-2-group': false };

  const school = (name: string, facts: typeof full.facts, stage: Parameters<typeof schoolWithFacts>[3], rankStage: Parameters<typeof schoolWithFacts>[4]) =>
    schoolWithFacts(db, name, facts, stage, rankStage, NOW);

  // 小学: a tie at full marks, a typical school, a vetoed one with a high score, one not started.
  const jia = await school('甲小学', full.facts, '小学', '小学');
  const yi = await school('乙小学', full.facts, '小学', '小学');
  const bing = await school('丙小学', typical.facts, '小学', '小学');
  const ding = await school('丁小学', veto.facts, '小学', '小学');
  await school('戊小学', full.facts, '小学', '小学');
  await assess(db, jia.id, SEM, full.answers, 'submitted', NOW);
  await assess(db, yi.id, SEM, full.answers, 'in_progress', NOW);
  await assess(db, bing.id, SEM, typical.answers, 'paused', NOW);
  await assess(db, ding.id, SEM, veto.answers, 'submitted', NOW);
  // 初中: two schools, one of them a 九年一贯制 ranking in 初中.
  const yucai = await school('育才学校', typical.facts, '九年一贯制', '初中');
  const chengguan = await school('城关初中', full.facts, '初中', '初中');
  await assess(db, yucai.id, SEM, typical.answers, 'submitted', NOW);
  await assess(db, chengguan.id, SEM, full.answers, 'submitted', NOW);
  // 高中: one school.
  const yizhong = await school('第一中学', full.facts, '高中', '高中');
  await assess(db, yizhong.id, SEM, full.answers, 'submitted', NOW);
  // 职业学校: three schools.
  const zjA = await school('职教中心', full.facts, '职业学校', '职业学校');
  const zjB = await school('职业技术学校', typical.facts, '职业学校', '职业学校');
  const zjC = await school('工贸职校', typical.facts, '职业学校', '职业学校');
  await assess(db, zjA.id, SEM, full.answers, 'submitted', NOW);
  await assess(db, zjB.id, SEM, typical.answers, 'submitted', NOW);
  await assess(db, zjC.id, SEM, lessTypical, 'submitted', NOW);
});

afterAll(async () => {
  await db.destroy();
});

const ctx = () => ({ db, rubric, now: NOW, outDir: join(dir, 'out') });

describe('ranking', () => {
  it('breaks ties deterministically, puts the vetoed school last and flags the bottom three', async () => {
    const r = await computeRanking(db, rubric, await semesterAt(db, NOW));
    expect(r.kind).toBe('semester');
    expect(r.provisional).toBe(true); // provisional points, and unsubmitted schools
    const primary = r.entries.filter((e) => e.stage === '小学');
    // tie at full marks, same met items: code-point order of the names (乙 U+4E59 < 甲 U+7532)
    expect(primary.map((e) => e.school)).toEqual(['乙小学', '甲小学', '丙小学', '丁小学']);
    expect(primary.map((e) => e.rank)).toEqual([1, 2, 3, 4]);
    expect(primary[0]!.total).toBe(totals.full);
    expect(primary[1]!.total).toBe(totals.full);
    expect(totals.veto).toBeGreaterThan(totals.typical); // the veto wins over a higher score
    expect(primary[3]).toMatchObject({ veto: true, losesEligibility: true });
    expect(primary[3]!.flag).toContain('一票否决');
    // four schools: the bottom min(3, n − 1) = 3 are flagged, the first never
    expect(primary.map((e) => e.losesEligibility)).toEqual([false, true, true, true]);
    expect(r.unranked).toEqual([{ school: '戊小学', stage: '小学' }]);
  });

  it('ranks the same from standings the caller already loaded', async () => {
    const semester = await semesterAt(db, NOW);
    const loaded = await loadStandings(db, rubric, semester.id);
    expect(await computeRanking(db, rubric, semester, loaded)).toEqual(await computeRanking(db, rubric, semester));
  });

  it('handles stages with fewer than three schools, and flags only the last vocational school', async () => {
    const r = await computeRanking(db, rubric, await semesterAt(db, NOW));
    const middle = r.entries.filter((e) => e.stage === '初中');
    expect(middle.map((e) => [e.school, e.losesEligibility])).toEqual([
      ['城关初中', false],
      ['育才学校', true], // 九年一贯制, ranked in its declared 排名学段
    ]);
    const high = r.entries.filter((e) => e.stage === '高中');
    expect(high.map((e) => [e.school, e.rank, e.losesEligibility])).toEqual([['第一中学', 1, false]]);
    const vocational = r.entries.filter((e) => e.stage === '职业学校');
    expect(vocational.map((e) => [e.school, e.losesEligibility])).toEqual([
      ['职教中心', false],
      ['职业技术学校', false],
      ['工贸职校', true],
    ]);
    expect(vocational[2]!.flag).toContain('职业学校排名末位');
    expect(vocational[2]!.total).toBeLessThan(vocational[1]!.total);
  });

  it('answers 排名 and 排名 <学段> with the flags in words', async () => {
    const all = (await handleOfficeCommand('排名', ctx()))![0]!.text!;
    expect(all).toContain('2026-2027学年第一学期 排名（暂定）');
    expect(all).toContain('【职业学校】');
    expect(all).toContain('取消下一学年心理健康类评优评先资格');
    expect(all).toContain('未开始自评（未计入排名）：戊小学');
    const primary = (await handleOfficeCommand('排名 小学', ctx()))![0]!.text!;
    expect(primary).toContain('1. 乙小学');
    expect(primary).toContain('（未提交）');
    expect(primary).not.toContain('【初中】');
    expect(primary).toContain('未开始自评（未计入排名）：戊小学');
    expect((await handleOfficeCommand('排名 初中', ctx()))![0]!.text).not.toContain('戊小学');
    expect((await handleOfficeCommand('排名 大学', ctx()))![0]!.text).toContain('没有“大学”这个学段');
  });

  it('ranks the school year once the second semester is under way', async () => {
    const second = '2026-2027-2';
    const later = '2027-03-10T02:00:00.000Z';
    await addSemester(db, second, later);
    const semester = await semesterAt(db, later);
    expect(semester).toEqual(defaultSemester(second));
    const r = await computeRanking(db, rubric, semester);
    expect(r.kind).toBe('annual');
    expect(r.title).toBe('2026-2027学年（两学期合计）');
    // nothing in the second semester yet: the first semester's totals, the second counting 0
    expect(r.entries.find((e) => e.school === '城关初中')!.total).toBe(totals.full);
    expect(r.entries.find((e) => e.school === '丁小学')!.veto).toBe(true);
  });
});

describe('completion', () => {
  it('lists submitted, in progress and not started per stage', async () => {
    const text = (await handleOfficeCommand('完成情况', ctx()))![0]!.text!;
    expect(text).toContain('2026-2027学年第一学期 自评完成情况');
    expect(text).toContain('考核日 2027-01-16（还有 27 天）');
    expect(text).toContain('【小学】已提交 2 · 自评中 2 · 未开始 1');
    expect(text).toContain('已提交：甲小学、丁小学');
    expect(text).toContain('自评中：乙小学、丙小学');
    expect(text).toContain('未开始：戊小学');
    expect(text).toContain('【初中】已提交 2 · 自评中 0 · 未开始 0');
  });
});

describe('other office commands', () => {
  it('学校 <名称> gives the result and a score card', async () => {
    const replies = (await handleOfficeCommand('学校 城关', ctx()))!;
    expect(replies[0]!.text).toContain(`城关初中（初中）`);
    expect(replies[0]!.text).toContain(`得分 ${totals.full}/100（暂定）`);
    expect(replies[0]!.text).toContain('学段排名 1/2');
    const file = replies[1]!.file!;
    expect(file.name).toBe('城关初中-得分卡.png');
    expect(existsSync(file.path)).toBe(true);
    expect((await handleOfficeCommand('学校 小学', ctx()))![0]!.text).toContain('有 5 所学校名称含“小学”');
    expect((await handleOfficeCommand('学校 不存在', ctx()))![0]!.text).toContain('没有找到');
    const notStarted = (await handleOfficeCommand('学校 戊小学', ctx()))!;
    expect(notStarted).toHaveLength(1);
    expect(notStarted[0]!.text).toContain('本学期还没有自评');
  });

  it('导出 writes the workbook and returns it as a file', async () => {
    const replies = (await handleOfficeCommand('导出', ctx()))!;
    expect(replies[0]!.text).toContain('已导出 11 所学校的得分表');
    expect(replies[1]!.file!.path.endsWith('.xlsx')).toBe(true);
    expect(existsSync(replies[1]!.file!.path)).toBe(true);
  });

  it('发送提醒 says when there is nobody to send to', async () => {
    const replies = (await handleOfficeCommand('发送提醒', ctx()))!;
    expect(replies[0]!.text).toContain('没有可发送的对象');
  });

  it('returns null for anything else', async () => {
    expect(await handleOfficeCommand('心理课多久上一次', ctx())).toBeNull();
    expect(await handleOfficeCommand('排名 小学 初中', ctx())).toBeNull();
  });
});

describe('through handleInbound', () => {
  it('answers the local operator and refuses anyone else', async () => {
    const app = await makeApp();
    try {
      const at = app.clock.now();
      const operator = await handleInbound(msg('完成情况', { at }), app.deps);
      expect(operator[0]!.text).toContain('自评完成情况');
      for (const text of ['完成情况', '排名', '导出', '发送提醒', '学校 示例县实验小学']) {
        const stranger = await handleInbound(
          msg(text, { at, channel: 'wechat', from: { id: 'wx-stranger', name: '路人' } }),
          app.deps,
        );
        expect(stranger.map((r) => r.text)).toEqual([APP_TEXT.officeOnly]);
        expect(stranger.some((r) => r.file)).toBe(false);
      }
    } finally {
      await app.db.destroy();
    }
  });
});
