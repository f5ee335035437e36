import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeExport } from '../src/app/office.ts';
import { SHEET } from '../src/files/xlsx.ts';
import { scoreSemester } from '../src/core/rubric/engine.ts';
import type { SemesterResult } from '../src/core/rubric/result.ts';
import type { Rubric } from '../src/core/rubric/schema.ts';
import { addSemester, assess, exampleAnswers, loadRubric, schoolWithFacts, tempDb } from './office.helpers.ts';

const NOW = '2026-11-02T02:00:00.000Z';
const SEM = '2026-2027-1';

let db: Knex;
let dir: string;
let rubric: Rubric;
const expected = new Map<string, SemesterResult>();

beforeAll(async () => {
  rubric = await loadRubric();
  ({ db, dir } = await tempDb());
  await addSemester(db, SEM, NOW);
  const cases = [
    ['城关初中', 'full-marks', '初中', 'submitted'],
    ['育才学校', 'typical', '九年一贯制', 'in_progress'],
    ['第一中学', 'veto', '高中', 'submitted'],
  ] as const;
  for (const [name, file, stage, status] of cases) {
    const ex = await exampleAnswers(rubric, file);
    const rankStage = stage === '九年一贯制' ? '初中' : stage;
    const s = await schoolWithFacts(db, name, ex.facts, stage, rankStage, NOW);
    await assess(db, s.id, SEM, ex.answers, status, NOW);
    // the engine's own result, computed here independently of the export path
    expected.set(name, scoreSemester(rubric, { facts: { ...ex.facts, stage, rankStage }, answers: ex.answers }));
  }
  await schoolWithFacts(db, '实验小学', (await exampleAnswers(rubric, 'typical')).facts, '小学', '小学', NOW);
});

afterAll(async () => {
  await db.destroy();
});

describe('results workbook', () => {
  it('has one row per school whose values equal the engine results', async () => {
    const path = join(dir, 'results.xlsx');
    const { count } = await writeExport(db, rubric, NOW, path);
    expect(count).toBe(4);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.getWorksheet(SHEET)!;
    const header = (ws.getRow(1).values as unknown[]).slice(1).map(String);
    const col = (title: string) => header.findIndex((h) => h.startsWith(title)) + 1;
    expect(col('第1条')).toBeGreaterThan(0);
    expect(header.filter((h) => /^第\d+条/.test(h))).toHaveLength(rubric.items.length);

    const rows = new Map<string, ExcelJS.Row>();
    for (let i = 2; i <= ws.rowCount; i++) rows.set(String(ws.getRow(i).getCell(1).value), ws.getRow(i));
    expect([...rows.keys()].sort()).toEqual(['城关初中', '实验小学', '第一中学', '育才学校'].sort());

    for (const [name, result] of expected) {
      const row = rows.get(name)!;
      for (const item of result.items) expect(row.getCell(col(`第${item.no}条`)).value, `${name} ${item.id}`).toBe(item.score);
      for (const area of result.areas) expect(row.getCell(col(`${area.no} ${area.title}`)).value).toBe(area.score);
      expect(row.getCell(col('总分')).value).toBe(result.total);
      expect(row.getCell(col('未作答条数')).value).toBe(result.unanswered);
      expect(row.getCell(col('一票否决')).value).toBe(result.veto ? '是' : '否');
    }
    expect(rows.get('育才学校')!.getCell(col('排名学段')).value).toBe('初中');
    expect(rows.get('育才学校')!.getCell(col('自评状态')).value).toBe('自评中');
    expect(rows.get('第一中学')!.getCell(col('标记')).value).toContain('一票否决');
    // a school that has not started: status, no scores
    const none = rows.get('实验小学')!;
    expect(none.getCell(col('自评状态')).value).toBe('未开始');
    expect(none.getCell(col('总分')).value).toBeNull();
    expect(none.getCell(col('学段排名')).value).toBeNull();
  });

  it('freezes the header row and the first column, with readable widths', async () => {
    const path = join(dir, 'frozen.xlsx');
    await writeExport(db, rubric, NOW, path);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.getWorksheet(SHEET)!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 });
    expect(ws.getColumn(1).width).toBeGreaterThanOrEqual(20);
    for (let c = 1; c <= ws.columnCount; c++) expect(ws.getColumn(c).width ?? 0).toBeGreaterThanOrEqual(8);
    expect(wb.getWorksheet('说明')!.getCell('B2').value).toBe('2026-2027学年第一学期');
  });
});
