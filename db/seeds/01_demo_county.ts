/**
 * A demo county for a fresh install, so that `npm start` can be tried at once: the office's
 * name, six schools across the stages with plausible facts, and the current and next semesters
 * with the default dates (core/reminders/semester.ts). No people, no answers. Facts are not yet confirmed for any semester,
 * so the first self-assessment asks each demo school to confirm them.
 */
import type { Knex } from 'knex';
import { defaultSemester, semesterIdFor, shanghaiDate } from '../../src/core/reminders/semester.ts';
import { upsertSchoolByName, type SchoolInput } from '../../src/storage/schools.ts';
import { upsertSemester } from '../../src/storage/semesters.ts';
import { putSetting } from '../../src/storage/settings.ts';

const BY = 'seed';

const SCHOOLS: SchoolInput[] = [
  { name: '示例县实验小学', stage: '小学', rankStage: '小学', ownership: '公办', students: 2150, classesFromGrade4: 27, boarding: false, contact: '李老师' },
  { name: '示例县城关镇中心小学', stage: '小学', rankStage: '小学', ownership: '公办', students: 860, classesFromGrade4: 12, boarding: false, contact: '王老师' },
  { name: '示例县第一初级中学', stage: '初中', rankStage: '初中', ownership: '公办', students: 1580, classesFromGrade4: 33, boarding: false, contact: '张老师' },
  { name: '示例县育才学校', stage: '九年一贯制', rankStage: '初中', ownership: '民办', students: 1260, classesFromGrade4: 21, boarding: true, contact: '陈老师' },
  { name: '示例县第一中学', stage: '高中', rankStage: '高中', ownership: '公办', students: 2840, classesFromGrade4: 54, boarding: true, contact: '刘老师' },
  { name: '示例县职业教育中心', stage: '职业学校', rankStage: '职业学校', ownership: '公办', students: 1420, classesFromGrade4: 32, boarding: true, contact: '赵老师' },
];

/** The semester of `now` (Asia/Shanghai, by the default calendar) and the one after it. */
function currentAndNext(now: string): [string, string] {
  const current = semesterIdFor(shanghaiDate(now));
  const startYear = Number(current.slice(0, 4));
  const next = current.endsWith('-1') ? `${startYear}-${startYear + 1}-2` : `${startYear + 1}-${startYear + 2}-1`;
  return [current, next];
}

/** Loads the demo county unless the database already has a school. Returns whether it did. */
export async function seed(knex: Knex, now: string): Promise<boolean> {
  if (await knex('schools').first('id')) return false;
  await putSetting(knex, 'officeName', '示例县教育局', BY, now);
  for (const school of SCHOOLS) await upsertSchoolByName(knex, school, BY, now);
  for (const id of currentAndNext(now)) await upsertSemester(knex, defaultSemester(id), BY, now);
  return true;
}

/**
 * Loads the demo county on a fresh install (no school yet); does nothing otherwise.
 * `now` (default: the clock) decides which semesters are "current" and "next". Returns whether it seeded.
 */
export async function seedDemo(db: Knex, now: string = new Date().toISOString()): Promise<boolean> {
  return db.transaction((trx) => seed(trx, now));
}
