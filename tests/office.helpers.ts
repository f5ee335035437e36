/** Shared set-up of the office tests: a fresh temp SQLite, schools, self-assessments. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Knex } from 'knex';
import { readAnswersFile } from '../src/files/answers-file.ts';
import { readRubricFile } from '../src/files/rubric-file.ts';
import { migrate, openDatabase } from '../src/storage/knex.ts';
import {
  getOrCreateAssessment,
  putAnswer,
  saveAssessmentState,
  upsertSchoolByName,
  upsertSemester,
  type AssessmentStatus,
  type School,
  type SchoolInput,
} from '../src/storage/index.ts';
import { defaultSemester } from '../src/core/reminders/semester.ts';
import type { Answers, Rubric, SchoolFacts } from '../src/core/rubric/schema.ts';

export async function loadRubric(): Promise<Rubric> {
  const r = await readRubricFile();
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.rubric;
}

export async function exampleAnswers(rubric: Rubric, name: 'full-marks' | 'typical' | 'veto') {
  const a = await readAnswersFile(`rubric/examples/${name}.yaml`, rubric);
  if (!a.ok) throw new Error(a.error);
  return { facts: a.value.input.facts as SchoolFacts, answers: a.value.input.answers };
}

export async function tempDb(): Promise<{ db: Knex; dir: string; file: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'office-'));
  const file = join(dir, 'test.sqlite');
  const db = await openDatabase({ client: 'sqlite', file });
  await migrate(db);
  return { db, dir, file };
}

export async function addSemester(db: Knex, id: string, now: string): Promise<void> {
  await upsertSemester(db, defaultSemester(id), 'test', now);
}

export async function addSchool(db: Knex, input: SchoolInput, now: string): Promise<School> {
  return upsertSchoolByName(db, input, 'test', now);
}

/** A school with facts from an example file, in `stage` / `rankStage`. */
export async function schoolWithFacts(
  db: Knex,
  name: string,
  facts: SchoolFacts,
  stage: SchoolInput['stage'],
  rankStage: SchoolInput['rankStage'],
  now: string,
): Promise<School> {
  return addSchool(db, { name, ...facts, stage, rankStage, contact: null }, now);
}

/** Stores a self-assessment with these answers and status. */
export async function assess(
  db: Knex,
  schoolId: number,
  semesterId: string,
  answers: Answers,
  status: AssessmentStatus,
  now: string,
): Promise<void> {
  const a = await getOrCreateAssessment(db, schoolId, semesterId, now);
  for (const [q, v] of Object.entries(answers)) await putAnswer(db, a.id, q, v, 'test', now);
  const ok = await saveAssessmentState(
    db,
    a.id,
    { status, state: {}, stateVersion: 1, rubricVersion: null, expectedRevision: a.revision },
    'test',
    now,
  );
  if (!ok) throw new Error('save failed');
}
