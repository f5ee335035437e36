/** Self-assessments: one per school and semester, with a versioned conversation state. */
import type { Db } from './knex.ts';
import { toAssessment, type AssessmentRow } from './rows.ts';
import type { Assessment, AssessmentStatus } from './types.ts';

/**
 * The school's self-assessment for the semester, created (not_started, revision 0) if there is
 * none. The semester must exist (upsertSemester first).
 */
export async function getOrCreateAssessment(db: Db, schoolId: number, semesterId: string, now: string): Promise<Assessment> {
  await db<AssessmentRow>('assessments')
    .insert({
      school_id: schoolId,
      semester_id: semesterId,
      status: 'not_started',
      state: null,
      state_version: 0,
      rubric_version: null,
      revision: 0,
      created_at: now,
      updated_by: null,
      updated_at: now,
    })
    .onConflict(['school_id', 'semester_id'])
    .ignore();
  const row = await db<AssessmentRow>('assessments').where({ school_id: schoolId, semester_id: semesterId }).first();
  return toAssessment(row!);
}

/** The school's self-assessment for the semester, or null if there is none (creates nothing). */
export async function findAssessment(db: Db, schoolId: number, semesterId: string): Promise<Assessment | null> {
  const row = await db<AssessmentRow>('assessments').where({ school_id: schoolId, semester_id: semesterId }).first();
  return row ? toAssessment(row) : null;
}

export async function getAssessment(db: Db, id: number): Promise<Assessment | null> {
  const row = await db<AssessmentRow>('assessments').where({ id }).first();
  return row ? toAssessment(row) : null;
}

/** A semester's self-assessments (one per school that started one), by school id. */
export async function listAssessments(db: Db, filter: { semesterId: string }): Promise<Assessment[]> {
  const rows = await db<AssessmentRow>('assessments').where({ semester_id: filter.semesterId }).orderBy('school_id');
  return rows.map(toAssessment);
}

export interface AssessmentStateInput {
  status: AssessmentStatus;
  /** Any JSON-serialisable conversation state. */
  state: unknown;
  stateVersion: number;
  rubricVersion: string | null;
  /** The revision read with the state; the save succeeds only if it is still current. */
  expectedRevision: number;
}

/**
 * Saves the state if nobody saved since it was read (optimistic concurrency): on success the
 * revision becomes `expectedRevision + 1` and it returns true; on a conflict it changes nothing
 * and returns false (reload, re-apply, or tell the user). Inside a transaction with putAnswer,
 * throw on false so the answer rolls back too.
 */
export async function saveAssessmentState(
  db: Db,
  id: number,
  input: AssessmentStateInput,
  by: string,
  now: string,
): Promise<boolean> {
  const n = await db<AssessmentRow>('assessments')
    .where({ id, revision: input.expectedRevision })
    .update({
      status: input.status,
      state: JSON.stringify(input.state ?? null),
      state_version: input.stateVersion,
      rubric_version: input.rubricVersion,
      revision: input.expectedRevision + 1,
      updated_by: by,
      updated_at: now,
    });
  return n === 1;
}
