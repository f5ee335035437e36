/**
 * The county's assessment on the command line (issue 12), one database, steps in order:
 * inspector invite, `inspect --file` (mismatch → exit 2 with nothing stored; unknown question ids;
 * a non-inspector; after confirmation), `results confirm` refusing while schools are missing,
 * official totals equal to `cli score` of the same answers, `ranking --official --json`,
 * `annual` (sum of the two semesters, partial until both are confirmed), `results reopen`
 * (logged), and the 考核表 as .xlsx (cells read back) and .pdf (with the embedded CJK font).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Knex } from 'knex';
import { migrate, openDatabase } from '../../src/storage/knex.ts';
import { listSchools, upsertSemester } from '../../src/storage/index.ts';
import { inspectFromFile } from '../../src/app/inspection.ts';
import { readAnswersFile } from '../../src/files/answers-file.ts';
import { defaultSemester } from '../../src/core/reminders/semester.ts';
import { loadRubric } from '../office.helpers.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'mh-county-cli-'));
const env = { ...process.env, SQLITE_FILE: join(dir, 'db.sqlite'), OUT_DIR: join(dir, 'out'), SEED_DEMO: 'false' };
/** Three schools keep the many CLI runs short: two 小学 (so the small-stage rule flags the last) and one 初中. */
const SCHOOLS_CSV = join(dir, 'schools.csv');
writeFileSync(
  SCHOOLS_CSV,
  ['学校名称,学段,办学性质,学生数,四年级及以上班级数,联系人,排名学段,是否寄宿', '示例县实验小学,小学,公办,2150,27,李老师,,否', '示例县新华小学,小学,公办,1320,18,周老师,,否', '示例县第一初级中学,初中,公办,1580,33,张老师,,否'].join('\n'),
);

function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: root, env }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

async function oneLineError(args: string[], part: string): Promise<void> {
  const r = await cli(...args);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).toContain(part);
}

/** Runs `fn` on the CLI's database in this process (the bulk steps; each CLI run costs seconds). */
async function onDb<T>(fn: (db: Knex) => Promise<T>): Promise<T> {
  const db = await openDatabase({ client: 'sqlite', file: env.SQLITE_FILE });
  try {
    await migrate(db);
    return await fn(db);
  } finally {
    await db.destroy();
  }
}

const inspectionRows = () => onDb(async (db) => Number(((await db('inspection_answers').count({ n: '*' })) as [{ n: number }])[0].n));

/** What `cli inspect` does for each school, in process, with the full-marks answers. */
async function inspectAll(semesterId: string, except: string | null): Promise<void> {
  const rubric = await loadRubric();
  const file = await readAnswersFile(join(root, 'rubric/examples/full-marks.yaml'), rubric);
  if (!file.ok) throw new Error(file.error);
  await onDb(async (db) => {
    for (const school of await listSchools(db)) {
      if (school.name === except) continue;
      await db.transaction((trx) => inspectFromFile(trx, { rubric, now: () => new Date().toISOString() }, { schoolId: school.id, semesterId, by: '张组长', file: file.value.input }));
    }
  });
}

/** An example answers file with its school line blanked (so it fits any school). */
function answersFile(example: string, semester = ''): string {
  const text = readFileSync(join(root, 'rubric/examples', `${example}.yaml`), 'utf8')
    .replace(/^school: .*$/m, 'school:')
    .replace(/^semester: .*$/m, `semester: ${semester}`);
  const path = join(dir, `${example}-${semester || 'any'}.yaml`);
  writeFileSync(path, text);
  return path;
}

const S1 = '2026-2027-1';
const S2 = '2026-2027-2';
const SCHOOL = '示例县实验小学';

describe('county cli', { timeout: 300_000 }, () => {
  it('inspects from files, refuses bad input, confirms, ranks officially, sums the year and writes the 考核表', async () => {
    expect((await cli('school', 'import', SCHOOLS_CSV)).code).toBe(0);
    expect((await cli('semester', 'set', S1, '--start', '2026-09-01', '--end', '2027-01-24')).code).toBe(0);
    await onDb((db) => upsertSemester(db, defaultSemester(S2), 'test', new Date().toISOString()));
    const invite = await cli('admin', 'invite', '--role', 'inspector', '--name', '张组长');
    expect(invite.stdout).toContain('考核组（给 张组长）');

    const typical = answersFile('typical');
    // Bad input: one line, exit 2, nothing stored.
    await oneLineError(['inspect', '--school', SCHOOL, '--semester', S1, '--file', 'rubric/examples/typical.yaml', '--as', '张组长'], '与 --school 示例县实验小学 不一致');
    await oneLineError(['inspect', '--school', SCHOOL, '--semester', S1, '--file', answersFile('typical', S2), '--as', '张组长'], `与 --semester ${S1} 不一致`);
    await oneLineError(['inspect', '--school', SCHOOL, '--semester', '2030-2031-1', '--file', typical, '--as', '张组长'], '还没有设置');
    await oneLineError(['inspect', '--school', SCHOOL, '--semester', S1, '--file', typical, '--as', '路人'], '不是考核组成员');
    const unknown = join(dir, 'unknown.yaml');
    writeFileSync(unknown, 'answers:\n  q-99-nope: 是\n');
    await oneLineError(['inspect', '--school', SCHOOL, '--semester', S1, '--file', unknown, '--as', '张组长'], 'q-99-nope');
    expect(await inspectionRows()).toBe(0);

    const done = await cli('inspect', '--school', SCHOOL, '--semester', S1, '--file', typical, '--as', '张组长');
    expect(done.code).toBe(0);
    // The official total equals `cli score` of the same answers.
    const score = JSON.parse((await cli('score', typical, '--json')).stdout) as { total: number };
    expect(done.stdout).toContain(`官方得分：（暂定）${score.total}/100 分`);

    const refused = await cli('results', 'confirm', '--semester', S1);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('示例县第一初级中学');
    expect(refused.stderr).not.toContain(`${SCHOOL}、`);

    const names = await onDb(async (db) => (await listSchools(db)).map((s) => s.name));
    await inspectAll(S1, SCHOOL);
    // The 考核表 before the second semester's inspection: the self-check's (labelled).
    const selfForm = join(dir, 'self.xlsx');
    expect((await cli('form', '--school', SCHOOL, '--semester', S2, '--out', selfForm)).stdout).toContain('尚未考核，自评得分');

    expect((await cli('results', 'confirm', '--semester', S1)).stdout).toContain(`${names.length} 所学校的官方得分`);
    await oneLineError(['inspect', '--school', SCHOOL, '--semester', S1, '--file', typical, '--as', '张组长'], '已确认，不能再核实');

    const ranking = JSON.parse((await cli('ranking', '--official', '--semester', S1, '--json')).stdout) as {
      official: boolean;
      confirmed: boolean;
      entries: { school: string; stage: string; total: number; rank: number; losesEligibility: boolean; flag: string; veto: boolean }[];
    };
    expect(ranking.official).toBe(true);
    expect(ranking.confirmed).toBe(true);
    expect(ranking.entries).toHaveLength(names.length);
    const mine = ranking.entries.find((e) => e.school === SCHOOL)!;
    expect(mine).toMatchObject({ total: score.total, stage: '小学', veto: false });
    expect(mine.rank).toBe(ranking.entries.filter((e) => e.stage === '小学').length);
    expect(mine.losesEligibility).toBe(true);
    expect(mine.flag).toContain('学段排名后三位');

    // Annual: partial until both semesters are confirmed; total = the two semesters' sum.
    const partial = JSON.parse((await cli('annual', '--year', '2026-2027', '--json')).stdout) as { partial: boolean; label: string };
    expect(partial.partial).toBe(true);
    expect(partial.label).toContain('（部分：两学期尚未都确认）');
    await inspectAll(S2, null);
    expect((await cli('results', 'confirm', '--semester', S2)).code).toBe(0);
    const annual = JSON.parse((await cli('annual', '--year', '2026-2027', '--json')).stdout) as {
      partial: boolean;
      entries: { school: string; total: number; semesters: { semester: string; total: number }[]; rank: number; verdict: string }[];
    };
    expect(annual.partial).toBe(false);
    const year = annual.entries.find((e) => e.school === SCHOOL)!;
    expect(year.semesters.map((s) => s.total)).toEqual([score.total, 100]);
    expect(year.total).toBe(score.total + 100);
    expect(year.verdict).toBe('合格');
    await oneLineError(['annual', '--year', '2026'], '--year 应为学年');

    // Reopen needs a reason and is logged.
    expect((await cli('results', 'reopen', '--semester', S1, '--reason', '第2条核实有误')).stdout).toContain('已重新打开');
    await oneLineError(['results', 'publish', '--semester', S1], '还没有确认');
    const log = await onDb(async (db) => (await db('result_log').where({ semester_id: S1 }).orderBy('id')) as { action: string; reason: string | null }[]);
    expect(log.map((l) => l.action)).toEqual(['confirm', 'reopen']);
    expect(log[1]!.reason).toBe('第2条核实有误');

    // The 考核表: xlsx cells read back, pdf with the embedded font.
    const xlsx = join(dir, 'form.xlsx');
    expect((await cli('form', '--school', SCHOOL, '--semester', S1, '--out', xlsx)).stdout).toContain('官方得分');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const ws = wb.getWorksheet('考核表')!;
    expect(ws.getCell('A1').value).toBe('中小学校心理健康工作考核表');
    expect(ws.getRow(4).values).toEqual([undefined, '考核项', '考核内容', '分值', '得分']);
    expect(String(ws.getCell('A5').value)).toContain('政策落实');
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToWidth: 1 });
    const totalRow = ws.getRows(5, 30)!.find((r) => r.getCell(1).value === '合计')!;
    expect(totalRow.getCell(4).value).toBe(score.total);
    const selfWb = new ExcelJS.Workbook();
    await selfWb.xlsx.readFile(selfForm);
    expect(String(selfWb.getWorksheet('考核表')!.getCell('A3').value)).toContain('学校自评（未经考核组核实）');

    const pdf = join(dir, 'form.pdf');
    expect((await cli('form', '--school', SCHOOL, '--semester', S1, '--out', pdf)).code).toBe(0);
    const bytes = readFileSync(pdf);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.toString('latin1')).toContain('NotoSansSC');
    expect(bytes.length).toBeLessThan(1_000_000);

    const outDir = join(dir, 'forms');
    expect((await cli('form', '--all', '--semester', S1, '--out-dir', outDir)).stdout).toContain(`已写出 ${names.length} 份考核表`);
    expect(readdirSync(outDir)).toHaveLength(names.length);
  });
});
