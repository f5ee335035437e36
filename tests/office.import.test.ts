import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Knex } from 'knex';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importSchools, parseCsv, parseSchoolRows, readSchoolsFile } from '../src/files/schools-import.ts';
import { listSchools } from '../src/storage/index.ts';
import { tempDb } from './office.helpers.ts';

const NOW = '2026-09-01T02:00:00.000Z';
const HEADER = '学校名称,学段,办学性质,学生数,四年级及以上班级数,联系人,排名学段';

let db: Knex;
let dir: string;
beforeEach(async () => {
  ({ db, dir } = await tempDb());
});
afterEach(async () => {
  await db.destroy();
});

function csv(name: string, lines: string[], opts: { bom?: boolean; crlf?: boolean } = {}): string {
  const path = join(dir, name);
  writeFileSync(path, (opts.bom ? '\uFEFF' : '') + lines.join(opts.crlf ? '\r\n' : '\n'));
  return path;
}

async function xlsx(name: string, rows: (string | number)[][]): Promise<string> {
  const path = join(dir, name);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('学校');
  for (const r of rows) ws.addRow(r);
  await wb.xlsx.writeFile(path);
  return path;
}

const run = (path: string, skipBad = false) => importSchools(db, path, { skipBad, by: 'test', now: NOW });

describe('CSV parsing', () => {
  it('reads quoted fields with commas, quotes and line breaks', () => {
    expect(parseCsv('a,"b,1","c ""q""","d\ne"\r\nx,,z')).toEqual([
      ['a', 'b,1', 'c "q"', 'd\ne'],
      ['x', '', 'z'],
    ]);
  });
});

describe('school import', () => {
  it('imports the shipped samples (CSV and XLSX) alike', async () => {
    const a = await run('rubric/examples/schools.csv');
    expect(a.errors).toEqual([]);
    expect(a.created).toHaveLength(12);
    const schools = await listSchools(db);
    const stages = new Set(schools.map((s) => s.stage));
    expect(stages).toEqual(new Set(['小学', '初中', '高中', '九年一贯制', '完全中学', '职业学校']));
    const yucai = schools.find((s) => s.name === '示例县育才学校')!;
    expect(yucai).toMatchObject({ stage: '九年一贯制', rankStage: '初中', ownership: '民办', students: 1260, classesFromGrade4: 21, boarding: true });
    expect(schools.find((s) => s.name === '示例县新华小学')!.contact).toBe('周老师, 0510-8888001');
    expect(schools.find((s) => s.name === '示例县实验小学')!.rankStage).toBe('小学');

    const b = await run('rubric/examples/schools.xlsx');
    expect(b.errors).toEqual([]);
    expect(b.created).toEqual([]);
    expect(b.updated).toHaveLength(12);
    const again = await listSchools(db);
    expect(again.map(({ updatedAt: _u, ...s }) => s)).toEqual(schools.map(({ updatedAt: _u, ...s }) => s));
  });

  it('reads UTF-8 with a BOM and CRLF, and GB18030 as Excel saves it', async () => {
    const lines = [HEADER, '城南小学,小学,公办,900,12,王老师,'];
    expect((await run(csv('bom.csv', lines, { bom: true, crlf: true }))).created).toEqual(['城南小学']);
    const gbk = join(dir, 'gbk.csv');
    // Excel in Chinese saves CSV as GB18030/GBK (Node has no encoder: see encodeGb18030 below)
    writeFileSync(gbk, Buffer.from(encodeGb18030([HEADER, '城北小学,小学,民办,300,6,,'].join('\r\n'))));
    const res = await run(gbk);
    expect(res.errors).toEqual([]);
    expect(res.created).toEqual(['城北小学']);
  });

  it('rejects a file with a bad row: row number, column and reason, nothing imported', async () => {
    const path = csv('bad.csv', [
      HEADER,
      '城南小学,小学,公办,900,12,王老师,',
      '城东小学,小学,公办,abc,12,李老师,',
    ]);
    const res = await run(path);
    expect(res.ok).toBe(false);
    expect(res.errors).toEqual(['第 3 行 · 列「学生数」：应为非负整数（收到 “abc”）']);
    expect(await listSchools(db)).toEqual([]);
  });

  it('explains every kind of bad value', async () => {
    const path = csv('many.csv', [
      HEADER,
      ',小学,公办,900,12,,',
      '甲校,大学,公办,900,12,,',
      '乙校,小学,国办,900,12,,',
      '丙校,小学,公办,-3,12,,',
      '丁校,小学,公办,900,1.5,,',
      '戊校,九年一贯制,公办,900,12,,',
      '己校,完全中学,公办,900,12,,小学',
      '庚校,初中,公办,900,12,,高中',
      '甲校,小学,公办,900,12,,',
      '',
      '辛校,高中,公办,"1,800",30,,',
    ]);
    const { schools, errors } = parseSchoolRows(((await readSchoolsFile(path)) as { ok: true; table: never }).table);
    expect(errors).toEqual([
      '第 2 行 · 列「学校名称」：不能为空',
      '第 3 行 · 列「学段」：应为 小学/初中/高中/职业学校/九年一贯制/完全中学（收到 “大学”）',
      '第 4 行 · 列「办学性质」：应为 公办/民办（收到 “国办”）',
      '第 5 行 · 列「学生数」：应为非负整数（收到 “-3”）',
      '第 6 行 · 列「四年级及以上班级数」：应为非负整数（收到 “1.5”）',
      '第 7 行 · 列「排名学段」：九年一贯制学校必须填写（小学/初中）',
      '第 8 行 · 列「排名学段」：完全中学学校应为 初中/高中（收到 “小学”）',
      '第 9 行 · 列「排名学段」：初中学校应为 初中（收到 “高中”）',
      '第 10 行 · 列「学校名称」：与第 3 行重复（收到 “甲校”）',
    ]);
    expect(schools.map((s) => [s.row, s.school.name, s.school.students])).toEqual([[12, '辛校', 1800]]);
  });

  it('names missing columns, and reports an unreadable file', async () => {
    const res = await run(csv('cols.csv', ['学校名称,学段', '甲校,小学']));
    expect(res.errors).toEqual(['第 1 行（表头）缺少列：「办学性质」、「学生数」、「四年级及以上班级数」、「联系人」']);
    expect((await run(join(dir, 'missing.csv'))).errors[0]).toContain('找不到文件');
    expect((await run(join(dir, 'schools.txt'))).errors[0]).toContain('只支持 .csv 或 .xlsx');
    writeFileSync(join(dir, 'fake.xlsx'), 'not a zip');
    expect((await run(join(dir, 'fake.xlsx'))).errors[0]).toContain('不是有效的 .xlsx');
  });

  it('with skipBad imports the good rows of a mixed XLSX and lists the bad', async () => {
    const path = await xlsx('mixed.xlsx', [
      ['学校名称', '学段', '办学性质', '学生数', '四年级及以上班级数', '联系人', '排名学段'],
      ['城南小学', '小学', '公办', 900, 12, '王老师', ''],
      ['育才学校', '九年一贯制', '民办', 1260, 21, '陈老师', ''],
      ['第一中学', '高中', '公办', 2840, 54, '刘老师', ''],
    ]);
    const strict = await run(path);
    expect(strict.ok).toBe(false);
    expect(strict.errors).toEqual(['第 3 行 · 列「排名学段」：九年一贯制学校必须填写（小学/初中）']);
    expect(await listSchools(db)).toEqual([]);

    const lenient = await run(path, true);
    expect(lenient.ok).toBe(true);
    expect(lenient.created).toEqual(['城南小学', '第一中学']);
    expect(lenient.errors).toHaveLength(1);
    expect((await listSchools(db)).map((s) => s.name)).toEqual(['城南小学', '第一中学']);
  });

  it('re-import updates by name without duplicates', async () => {
    await run(csv('v1.csv', [HEADER, '城南小学,小学,公办,900,12,王老师,', '城北小学,小学,公办,500,8,,']));
    const res = await run(csv('v2.csv', [HEADER, '城南小学,小学,公办,950,13,赵老师,', '城西小学,小学,民办,400,6,,']));
    expect(res.created).toEqual(['城西小学']);
    expect(res.updated).toEqual(['城南小学']);
    const schools = await listSchools(db);
    expect(schools.map((s) => s.name)).toEqual(['城南小学', '城北小学', '城西小学']);
    expect(schools[0]).toMatchObject({ students: 950, classesFromGrade4: 13, contact: '赵老师' });
  });
});

/** GB18030 encoding of `text` for the test, by searching each character's bytes with the decoder. */
function encodeGb18030(text: string): number[] {
  const decoder = new TextDecoder('gb18030');
  const out: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) {
      out.push(ch.charCodeAt(0));
      continue;
    }
    let found: number[] | null = null;
    for (let hi = 0x81; hi <= 0xfe && !found; hi++) {
      for (let lo = 0x40; lo <= 0xfe && !found; lo++) {
        if (decoder.decode(new Uint8Array([hi, lo])) === ch) found = [hi, lo];
      }
    }
    if (!found) throw new Error(`no GB18030 bytes for ${ch}`);
    out.push(...found);
  }
  return out;
}
