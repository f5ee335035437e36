/** Changes of a school's facts asked from the school's side, waiting for the office (db/migrations/0003_records.ts). */
import type { Db } from './knex.ts';

export type FactField = 'stage' | 'rankStage' | 'ownership' | 'students' | 'classesFromGrade4' | 'boarding';
export type FactValue = string | number | boolean;
export type FactChangeStatus = 'pending' | 'approved' | 'rejected' | 'withdrawn';

export interface FactChange {
  id: number;
  schoolId: number;
  field: FactField;
  /** The office's value when the change was asked (null: none). */
  oldValue: FactValue | null;
  newValue: FactValue;
  status: FactChangeStatus;
  semesterId: string | null;
  requestedBy: string;
  requestedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
}

interface FactChangeRow {
  id: number;
  school_id: number;
  field: string;
  old_value_json: string | null;
  new_value_json: string;
  status: string;
  semester_id: string | null;
  requested_by: string;
  requested_at: string;
  decided_by: string | null;
  decided_at: string | null;
}

const toChange = (r: FactChangeRow): FactChange => ({
  id: Number(r.id),
  schoolId: Number(r.school_id),
  field: r.field as FactField,
  oldValue: r.old_value_json === null ? null : (JSON.parse(r.old_value_json) as FactValue),
  newValue: JSON.parse(r.new_value_json) as FactValue,
  status: r.status as FactChangeStatus,
  semesterId: r.semester_id,
  requestedBy: r.requested_by,
  requestedAt: r.requested_at,
  decidedBy: r.decided_by,
  decidedAt: r.decided_at,
});

/**
 * Records a school's change of one fact as pending. One pending change per school and field: a
 * newer request replaces the value of the pending one.
 */
export async function requestFactChange(
  db: Db,
  input: { schoolId: number; field: FactField; oldValue: FactValue | null; newValue: FactValue; semesterId: string | null },
  by: string,
  now: string,
): Promise<void> {
  const open = await db<FactChangeRow>('school_fact_changes')
    .where({ school_id: input.schoolId, field: input.field, status: 'pending' })
    .first();
  const newJson = JSON.stringify(input.newValue);
  if (open) {
    if (open.new_value_json === newJson) return;
    await db<FactChangeRow>('school_fact_changes')
      .where({ id: open.id })
      .update({ new_value_json: newJson, requested_by: by, requested_at: now, semester_id: input.semesterId });
    return;
  }
  await db<FactChangeRow>('school_fact_changes').insert({
    school_id: input.schoolId,
    field: input.field,
    old_value_json: input.oldValue === null ? null : JSON.stringify(input.oldValue),
    new_value_json: newJson,
    status: 'pending',
    semester_id: input.semesterId,
    requested_by: by,
    requested_at: now,
  });
}

/** The school took its change back (answered the office's value again): the pending change is withdrawn. */
export async function withdrawFactChange(db: Db, schoolId: number, field: FactField, by: string, now: string): Promise<void> {
  await db<FactChangeRow>('school_fact_changes')
    .where({ school_id: schoolId, field, status: 'pending' })
    .update({ status: 'withdrawn', decided_by: by, decided_at: now });
}

/** Pending changes (of one school, or all), oldest first. */
export async function listPendingFactChanges(db: Db, schoolId?: number): Promise<FactChange[]> {
  const q = db<FactChangeRow>('school_fact_changes').where({ status: 'pending' });
  if (schoolId !== undefined) q.andWhere({ school_id: schoolId });
  return (await q.orderBy('id')).map(toChange);
}

export async function getFactChange(db: Db, id: number): Promise<FactChange | null> {
  const row = await db<FactChangeRow>('school_fact_changes').where({ id }).first();
  return row ? toChange(row) : null;
}

/** Decides a pending change; false when it is not pending (any more). */
export async function decideFactChange(db: Db, id: number, status: 'approved' | 'rejected', by: string, now: string): Promise<boolean> {
  const n = await db<FactChangeRow>('school_fact_changes')
    .where({ id, status: 'pending' })
    .update({ status, decided_by: by, decided_at: now });
  return n === 1;
}
