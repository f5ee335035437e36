import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRubric } from '../src/core/rubric/load.ts';
import type { Rubric } from '../src/core/rubric/schema.ts';
import { dueReminders, planReminders, type PlannedReminder } from '../src/core/reminders/schedule.ts';
import {
  assessmentDate,
  currentSemester,
  defaultSemester,
  isSemesterId,
  isYmd,
  schoolYearOf,
  semesterIdFor,
  shanghaiDate,
} from '../src/core/reminders/semester.ts';

function loadRubric(): Rubric {
  const res = parseRubric(readFileSync('tests/fixtures/mini-rubric.yaml', 'utf8'), 'mini-rubric.yaml');
  if (!res.ok) throw new Error(res.errors.join('\n'));
  return res.rubric;
}
const rubric = loadRubric();

describe('semesters', () => {
  it('maps dates to default semester ids', () => {
    expect(semesterIdFor('2026-09-01')).toBe('2026-2027-1');
    expect(semesterIdFor('2026-12-31')).toBe('2026-2027-1');
    expect(semesterIdFor('2027-01-31')).toBe('2026-2027-1');
    expect(semesterIdFor('2027-02-01')).toBe('2026-2027-2');
    expect(semesterIdFor('2027-07-15')).toBe('2026-2027-2');
    expect(semesterIdFor('2027-08-31')).toBe('2026-2027-2');
  });

  it('gives default dates and the assessment date 15 days before the end', () => {
    expect(defaultSemester('2026-2027-1')).toEqual({ id: '2026-2027-1', start: '2026-09-01', end: '2027-01-31' });
    expect(defaultSemester('2026-2027-2')).toEqual({ id: '2026-2027-2', start: '2027-02-01', end: '2027-07-15' });
    expect(assessmentDate(defaultSemester('2026-2027-1'))).toBe('2027-01-16');
    expect(assessmentDate({ id: '2026-2027-1', start: '2026-09-01', end: '2027-01-24' })).toBe('2027-01-09');
    expect(assessmentDate({ id: '2027-2028-2', start: '2028-02-20', end: '2028-03-10' })).toBe('2028-02-24'); // leap year
    expect(schoolYearOf('2026-2027-2')).toBe('2026-2027');
  });

  it('validates ids and dates', () => {
    expect(isSemesterId('2026-2027-1')).toBe(true);
    expect(isSemesterId('2026-2028-1')).toBe(false);
    expect(isSemesterId('2026-2027-3')).toBe(false);
    expect(isYmd('2027-02-29')).toBe(false);
    expect(isYmd('2028-02-29')).toBe(true);
  });

  it('reads dates in Asia/Shanghai', () => {
    expect(shanghaiDate('2026-08-31T15:59:59.000Z')).toBe('2026-08-31');
    expect(shanghaiDate('2026-08-31T16:00:00.000Z')).toBe('2026-09-01');
  });

  it('prefers the semester dates the office set', () => {
    const set = { id: '2026-2027-1', start: '2026-08-25', end: '2027-01-24' };
    expect(currentSemester('2026-08-26T02:00:00Z', [set])).toEqual(set);
    expect(currentSemester('2027-01-28T02:00:00Z', [set])).toEqual(set); // after its end, before February
    expect(currentSemester('2027-03-01T02:00:00Z', [set])).toEqual(defaultSemester('2026-2027-2'));
    expect(currentSemester('2026-08-20T02:00:00Z', [])).toEqual(defaultSemester('2025-2026-2'));
  });
});

describe('planReminders', () => {
  it('plans a first semester at 09:00 Asia/Shanghai', () => {
    const plan = planReminders(defaultSemester('2026-2027-1'), rubric);
    expect(plan.map((r) => [r.kind, r.date])).toEqual([
      ['start', '2026-09-01'],
      ['monthly', '2026-10-01'],
      ['monthly', '2026-11-01'],
      ['monthly', '2026-12-01'],
      ['before-30', '2026-12-17'],
      ['before-14', '2027-01-02'],
      ['before-7', '2027-01-09'],
      ['before-1', '2027-01-15'],
      ['overdue', '2027-01-17'],
    ]);
    expect(plan[0]!.at).toBe('2026-09-01T01:00:00.000Z');
    expect(new Set(plan.map((r) => r.key)).size).toBe(plan.length);
    expect(plan[1]!.key).toBe('2026-2027-1:monthly:2026-10');
  });

  it('plans a second semester and drops reminders before a short semester starts', () => {
    const plan = planReminders(defaultSemester('2026-2027-2'), rubric);
    expect(plan.map((r) => r.date)).toEqual([
      '2027-02-01',
      '2027-03-01',
      '2027-04-01',
      '2027-05-01',
      '2027-05-31',
      '2027-06-16',
      '2027-06-23',
      '2027-06-29',
      '2027-07-01',
    ]);
    const short = planReminders({ id: '2027-2028-2', start: '2028-02-20', end: '2028-03-10' }, rubric);
    expect(short.map((r) => r.kind)).toEqual(['start', 'before-1', 'overdue']);
  });
});

describe('dueReminders', () => {
  const plan = planReminders(defaultSemester('2026-2027-1'), rubric);
  const byKind = (k: string): PlannedReminder => plan.find((r) => r.kind === k)!;

  it('over a whole semester, checked hourly, sends every reminder exactly once at its moment', () => {
    const sent = new Set<string>();
    const log: { key: string; at: string }[] = [];
    const start = Date.parse('2026-08-31T16:00:00.000Z'); // 2026-09-01 00:00 Shanghai
    const end = Date.parse('2027-01-31T16:00:00.000Z');
    for (let t = start; t <= end; t += 3600_000) {
      const now = new Date(t).toISOString();
      for (const r of dueReminders(plan, now, sent, 7)) {
        sent.add(r.key);
        log.push({ key: r.key, at: now });
      }
    }
    expect(log.map((l) => l.key)).toEqual(plan.map((r) => r.key));
    expect(log.map((l) => l.at)).toEqual(plan.map((r) => r.at));
  });

  it('sends a reminder missed while down, once, while it is the latest and within grace', () => {
    const before7 = byKind('before-7');
    const sent = new Set(plan.filter((r) => r.at < before7.at).map((r) => r.key));
    // down from day −8 to day −5 (11:30 Shanghai): before-7 is sent on return
    expect(dueReminders(plan, '2027-01-11T03:30:00.000Z', sent, 7)).toEqual([before7]);
    sent.add(before7.key);
    expect(dueReminders(plan, '2027-01-11T04:30:00.000Z', sent, 7)).toEqual([]);
  });

  it('skips a missed reminder once a later one is due', () => {
    const before7 = byKind('before-7');
    const sent = new Set(plan.filter((r) => r.at < before7.at).map((r) => r.key));
    // back only on day −1 after 09:00: before-1 is due, before-7 is superseded
    expect(dueReminders(plan, '2027-01-15T02:00:00.000Z', sent, 7)).toEqual([byKind('before-1')]);
  });

  it('drops a reminder older than the grace period', () => {
    const overdue = byKind('overdue');
    const sent = new Set(plan.filter((r) => r.at < overdue.at).map((r) => r.key));
    expect(dueReminders(plan, '2027-01-20T02:00:00.000Z', sent, 7)).toEqual([overdue]);
    expect(dueReminders(plan, '2027-01-25T02:00:00.000Z', sent, 7)).toEqual([]);
    expect(dueReminders(plan, '2027-01-20T02:00:00.000Z', sent, 2)).toEqual([]);
  });

  it('sends nothing before the first moment', () => {
    expect(dueReminders(plan, '2026-09-01T00:59:59.000Z', new Set(), 7)).toEqual([]);
  });
});

describe('shanghaiDateTime', () => {
  it('shows an instant in Beijing time, across the date line', async () => {
    const { shanghaiDateTime } = await import('../src/core/reminders/semester.ts');
    expect(shanghaiDateTime('2026-11-28T20:54:47.952Z')).toBe('2026-11-29 04:54（北京时间）');
    expect(shanghaiDateTime('2027-01-09T01:00:00.000Z')).toBe('2027-01-09 09:00（北京时间）');
  });
});
