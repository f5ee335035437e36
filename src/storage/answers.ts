/** Answers of a self-assessment, and their history (old → new, who, when). */
import type { AnswerValue } from '../core/rubric/schema.ts';
import type { Db } from './knex.ts';
import { answerFromJson, answerToJson, type AnswerHistoryRow, type AnswerRow } from './rows.ts';
import type { AnswerChange } from './types.ts';

/**
 * Stores an answer and, in the same transaction, its history line (old → new, who, when).
 * Returns false, writing nothing, when the stored value is already the same.
 */
export async function putAnswer(
  db: Db,
  assessmentId: number,
  questionId: string,
  value: AnswerValue,
  by: string,
  now: string,
): Promise<boolean> {
  return change(db, assessmentId, questionId, value, by, now);
}

/** Removes an answer (skip, undo), with its history line. Returns false when there was none. */
export async function deleteAnswer(
  db: Db,
  assessmentId: number,
  questionId: string,
  by: string,
  now: string,
): Promise<boolean> {
  return change(db, assessmentId, questionId, undefined, by, now);
}

function change(
  db: Db,
  assessmentId: number,
  questionId: string,
  value: AnswerValue | undefined,
  by: string,
  now: string,
): Promise<boolean> {
  const key = { assessment_id: assessmentId, question_id: questionId };
  const newJson = answerToJson(value);
  return db.transaction(async (trx) => {
    const old = await trx<AnswerRow>('answers').where(key).first();
    const oldJson = old?.value_json ?? null;
    if (oldJson === newJson) return false;
    if (newJson === null) {
      await trx<AnswerRow>('answers').where(key).delete();
    } else {
      await trx<AnswerRow>('answers')
        .insert({ ...key, value_json: newJson, updated_by: by, updated_at: now })
        .onConflict(['assessment_id', 'question_id'])
        .merge(['value_json', 'updated_by', 'updated_at']);
    }
    await trx<AnswerHistoryRow>('answer_history').insert({
      ...key,
      old_value_json: oldJson,
      new_value_json: newJson,
      changed_by: by,
      changed_at: now,
    });
    return true;
  });
}

/** The current answers of a self-assessment, by question id (unanswered questions are absent). */
export async function getAnswers(db: Db, assessmentId: number): Promise<Record<string, AnswerValue>> {
  const rows = await db<AnswerRow>('answers').where({ assessment_id: assessmentId }).orderBy('question_id');
  return Object.fromEntries(rows.map((r) => [r.question_id, JSON.parse(r.value_json) as AnswerValue]));
}

/** Every change, oldest first. */
export async function getAnswerHistory(db: Db, assessmentId: number): Promise<AnswerChange[]> {
  const rows = await db<AnswerHistoryRow>('answer_history').where({ assessment_id: assessmentId }).orderBy('id');
  return rows.map((r) => ({
    questionId: r.question_id,
    oldValue: answerFromJson(r.old_value_json),
    newValue: answerFromJson(r.new_value_json),
    by: r.changed_by,
    at: r.changed_at,
  }));
}
