/**
 * The county's inspections (issue 12): one per school and semester, with its conversation state
 * under an optimistic revision, the verified facts, and every verified answer with who and when
 * (the row in force is `current`; older rows are the history). Never touches the school's record.
 */
import type { AnswerValue, SchoolFacts } from '../core/rubric/schema.ts';
import type { Db } from './knex.ts';

export type Verdict = 'accepted' | 'verified' | 'differs';

export interface Inspection {
  id: number;
  schoolId: number;
  semesterId: string;
  state: unknown;
  revision: number;
  facts: Partial<SchoolFacts> | null;
  startedBy: string;
  startedAt: string;
  finishedAt: string | null;
}

export interface InspectionAnswer {
  questionId: string;
  value: AnswerValue;
  schoolValue: AnswerValue | undefined;
  verdict: Verdict | null;
  note: string | null;
  by: string;
  at: string;
}

interface InspectionRow {
  id: number;
  school_id: number;
  semester_id: string;
  state: string | null;
  revision: number;
  facts: string | null;
  started_by: string;
  started_at: string;
  finished_at: string | null;
  updated_at: string;
}

interface InspectionAnswerRow {
  id: number;
  inspection_id: number;
  question_id: string;
  value_json: string | null;
  school_value_json: string | null;
  verdict: Verdict | null;
  note: string | null;
  by_name: string;
  by_key: string | null;
  at: string;
  current: boolean | number;
}

const toInspection = (r: InspectionRow): Inspection => ({
  id: r.id,
  schoolId: r.school_id,
  semesterId: r.semester_id,
  state: r.state == null ? null : (JSON.parse(r.state) as unknown),
  revision: Number(r.revision),
  facts: r.facts == null ? null : (JSON.parse(r.facts) as Partial<SchoolFacts>),
  startedBy: r.started_by,
  startedAt: r.started_at,
  finishedAt: r.finished_at,
});

export async function findInspection(db: Db, schoolId: number, semesterId: string): Promise<Inspection | null> {
  const row = await db<InspectionRow>('inspections').where({ school_id: schoolId, semester_id: semesterId }).first();
  return row ? toInspection(row) : null;
}

export async function getOrCreateInspection(db: Db, schoolId: number, semesterId: string, by: string, now: string): Promise<Inspection> {
  await db<InspectionRow>('inspections')
    .insert({ school_id: schoolId, semester_id: semesterId, state: null, revision: 0, facts: null, started_by: by, started_at: now, finished_at: null, updated_at: now })
    .onConflict(['school_id', 'semester_id'])
    .ignore();
  return (await findInspection(db, schoolId, semesterId))!;
}

export async function listInspections(db: Db, semesterId: string): Promise<Inspection[]> {
  const rows = await db<InspectionRow>('inspections').where({ semester_id: semesterId }).orderBy('school_id');
  return rows.map(toInspection);
}

/** Saves state and facts if nobody saved since `expectedRevision` was read; false on a conflict. */
export async function saveInspection(
  db: Db,
  id: number,
  input: { state: unknown; facts: Partial<SchoolFacts> | null; finished: boolean; expectedRevision: number },
  now: string,
): Promise<boolean> {
  const n = await db<InspectionRow>('inspections')
    .where({ id, revision: input.expectedRevision })
    .update({
      state: JSON.stringify(input.state ?? null),
      facts: input.facts ? JSON.stringify(input.facts) : null,
      revision: input.expectedRevision + 1,
      finished_at: input.finished ? now : null,
      updated_at: now,
    });
  return n === 1;
}

/** Records a verified answer (undefined: withdrawn); the previous row stays as history. */
export async function putInspectionAnswer(
  db: Db,
  inspectionId: number,
  entry: { questionId: string; value: AnswerValue | undefined; schoolValue: AnswerValue | undefined; verdict: Verdict | null; note: string | null; by: string; byKey: string | null },
  now: string,
): Promise<void> {
  await db<InspectionAnswerRow>('inspection_answers').where({ inspection_id: inspectionId, question_id: entry.questionId, current: true }).update({ current: false });
  await db<InspectionAnswerRow>('inspection_answers').insert({
    inspection_id: inspectionId,
    question_id: entry.questionId,
    value_json: entry.value === undefined ? null : JSON.stringify(entry.value),
    school_value_json: entry.schoolValue === undefined ? null : JSON.stringify(entry.schoolValue),
    verdict: entry.verdict,
    note: entry.note,
    by_name: entry.by,
    by_key: entry.byKey,
    at: now,
    current: true,
  });
}

/** The answers in force, by question id (withdrawn ones absent). */
export async function getInspectionAnswers(db: Db, inspectionId: number): Promise<Record<string, InspectionAnswer>> {
  const rows = await db<InspectionAnswerRow>('inspection_answers').where({ inspection_id: inspectionId, current: true }).orderBy('question_id');
  const out: Record<string, InspectionAnswer> = {};
  for (const r of rows) {
    if (r.value_json === null) continue;
    out[r.question_id] = {
      questionId: r.question_id,
      value: JSON.parse(r.value_json) as AnswerValue,
      schoolValue: r.school_value_json === null ? undefined : (JSON.parse(r.school_value_json) as AnswerValue),
      verdict: r.verdict,
      note: r.note,
      by: r.by_name,
      at: r.at,
    };
  }
  return out;
}

/** Every row of an inspection's answers, oldest first (the history). */
export async function inspectionAnswerHistory(db: Db, inspectionId: number): Promise<{ questionId: string; value: AnswerValue | undefined; by: string; at: string }[]> {
  const rows = await db<InspectionAnswerRow>('inspection_answers').where({ inspection_id: inspectionId }).orderBy('id');
  return rows.map((r) => ({ questionId: r.question_id, value: r.value_json === null ? undefined : (JSON.parse(r.value_json) as AnswerValue), by: r.by_name, at: r.at }));
}

/** A semester's answers in force, by inspection id then question id, in one query. */
export async function currentInspectionAnswers(db: Db, semesterId: string): Promise<Map<number, Record<string, AnswerValue>>> {
  const rows = await db<InspectionAnswerRow>('inspection_answers as a')
    .join('inspections as i', 'i.id', 'a.inspection_id')
    .where({ 'i.semester_id': semesterId, 'a.current': true })
    .select('a.inspection_id', 'a.question_id', 'a.value_json');
  const out = new Map<number, Record<string, AnswerValue>>();
  for (const r of rows as Pick<InspectionAnswerRow, 'inspection_id' | 'question_id' | 'value_json'>[]) {
    if (r.value_json === null) continue;
    const m = out.get(r.inspection_id) ?? {};
    m[r.question_id] = JSON.parse(r.value_json) as AnswerValue;
    out.set(r.inspection_id, m);
  }
  return out;
}

/** Whether `name` is an inspector: a bound one, or one an inspector invite was issued to (`admin invite --role inspector --name`). */
export async function isInspectorName(db: Db, name: string): Promise<boolean> {
  const person = await db('people').where({ role: 'inspector', display_name: name }).first('id');
  if (person) return true;
  const invite = await db('invites').where({ role: 'inspector', display_name: name }).first('id');
  return invite !== undefined;
}
