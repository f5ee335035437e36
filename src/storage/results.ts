/** A semester's official results: status (confirmed / published / reopened), its log, and the frozen scores. */
import type { Db } from './knex.ts';

export type ResultStatus = 'confirmed' | 'published' | 'reopened';

export interface SemesterResultStatus {
  semesterId: string;
  status: ResultStatus;
  rubricVersion: string | null;
  confirmedAt: string | null;
  confirmedBy: string | null;
  publishedAt: string | null;
  publishedBy: string | null;
}

export interface OfficialScore {
  semesterId: string;
  schoolId: number;
  total: number;
  veto: boolean;
  /** The engine's SemesterResult as JSON. */
  resultJson: string;
  rubricVersion: string;
}

interface StatusRow {
  semester_id: string;
  status: ResultStatus;
  rubric_version: string | null;
  confirmed_at: string | null;
  confirmed_by: string | null;
  published_at: string | null;
  published_by: string | null;
}

interface ScoreRow {
  semester_id: string;
  school_id: number;
  total: number | string;
  veto: boolean | number;
  result_json: string;
  rubric_version: string;
}

export async function getResultStatus(db: Db, semesterId: string): Promise<SemesterResultStatus | null> {
  const r = await db<StatusRow>('semester_results').where({ semester_id: semesterId }).first();
  return r
    ? {
        semesterId: r.semester_id,
        status: r.status,
        rubricVersion: r.rubric_version,
        confirmedAt: r.confirmed_at,
        confirmedBy: r.confirmed_by,
        publishedAt: r.published_at,
        publishedBy: r.published_by,
      }
    : null;
}

/** Frozen scores replace any earlier ones; the status becomes confirmed; logged. */
export async function confirmResults(db: Db, semesterId: string, scores: readonly OfficialScore[], rubricVersion: string, by: string, now: string): Promise<void> {
  await db('official_scores').where({ semester_id: semesterId }).delete();
  for (const s of scores) {
    await db<ScoreRow>('official_scores').insert({
      semester_id: s.semesterId,
      school_id: s.schoolId,
      total: s.total,
      veto: s.veto,
      result_json: s.resultJson,
      rubric_version: s.rubricVersion,
    });
  }
  await db<StatusRow>('semester_results')
    .insert({ semester_id: semesterId, status: 'confirmed', rubric_version: rubricVersion, confirmed_at: now, confirmed_by: by, published_at: null, published_by: null })
    .onConflict('semester_id')
    .merge();
  await logResult(db, semesterId, 'confirm', null, by, now);
}

export async function setResultStatus(db: Db, semesterId: string, status: 'published' | 'reopened', by: string, now: string, reason: string | null): Promise<void> {
  const patch = status === 'published' ? { status, published_at: now, published_by: by } : { status };
  await db<StatusRow>('semester_results').where({ semester_id: semesterId }).update(patch);
  await logResult(db, semesterId, status === 'published' ? 'publish' : 'reopen', reason, by, now);
}

async function logResult(db: Db, semesterId: string, action: string, reason: string | null, by: string, now: string): Promise<void> {
  await db('result_log').insert({ semester_id: semesterId, action, reason, by, at: now });
}

export async function resultLog(db: Db, semesterId: string): Promise<{ action: string; reason: string | null; by: string; at: string }[]> {
  return db('result_log').where({ semester_id: semesterId }).orderBy('id').select('action', 'reason', 'by', 'at');
}

export async function listOfficialScores(db: Db, semesterId: string): Promise<OfficialScore[]> {
  const rows = await db<ScoreRow>('official_scores').where({ semester_id: semesterId }).orderBy('school_id');
  return rows.map((r) => ({
    semesterId: r.semester_id,
    schoolId: r.school_id,
    total: Number(r.total),
    veto: Boolean(r.veto),
    resultJson: r.result_json,
    rubricVersion: r.rubric_version,
  }));
}
