/**
 * One semester rule and one Beijing-time conversion: the export file name stamp and
 * `cli export` (without --semester) go through the same helpers as the chat.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate, openDatabase } from '../src/storage/knex.ts';
import { upsertSchoolByName } from '../src/storage/schools.ts';
import { upsertSemester } from '../src/storage/semesters.ts';
import { handleOfficeCommand } from '../src/app/office.ts';
import { addDays, shanghaiClock, shanghaiDate } from '../src/core/reminders/semester.ts';
import { loadRubric, tempDb } from './office.helpers.ts';
import { tempDir } from './helpers/app.ts';
import type { Knex } from 'knex';

const root = fileURLToPath(new URL('..', import.meta.url));
const handles: Knex[] = [];
afterAll(async () => {
  for (const db of handles) await db.destroy();
});

describe('shanghaiClock', () => {
  it('is the Beijing wall clock of an instant, to the second, across midnight', () => {
    expect(shanghaiClock('2026-11-28T20:54:47.952Z')).toBe('2026-11-29T04:54:47');
    expect(shanghaiClock('2027-01-16T01:30:00.000Z')).toBe('2027-01-16T09:30:00');
  });
});

describe('导出 file name', () => {
  it('is stamped with the Beijing date and time of the export', async () => {
    const { db, dir } = await tempDb();
    handles.push(db);
    const replies = (await handleOfficeCommand('导出', { db, rubric: await loadRubric(), now: '2027-01-15T16:30:05.000Z', outDir: dir }))!;
    expect(replies[1]!.file!.path).toBe(join(dir, 'results-2026-2027-1-20270116-003005.xlsx'));
  });
});

describe('cli export without --semester', () => {
  it('uses the stored semester that contains today (the office set its dates)', { timeout: 60_000 }, async () => {
    const file = join(tempDir('mh-export-'), 'db.sqlite');
    const db = await openDatabase({ client: 'sqlite', file });
    const now = new Date().toISOString();
    const today = shanghaiDate(now);
    try {
      await migrate(db);
      await upsertSchoolByName(db, { name: '测试小学', stage: '小学' }, 'test', now);
      // An id the default rule would never give today: only the stored dates can choose it.
      await upsertSemester(db, { id: '2040-2041-2', start: addDays(today, -1), end: addDays(today, 1) }, 'test', now);
    } finally {
      await db.destroy();
    }
    const r = await new Promise<{ code: number; stderr: string }>((resolve) => {
      execFile(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'export', '--school', '测试小学'], { cwd: root, env: { ...process.env, SQLITE_FILE: file } }, (error, _out, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stderr }),
      );
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('测试小学 在 2040-2041-2 学期还没有自评记录');
  });
});
