import type { Db } from './knex.ts';
import { toReminderLogEntry, type ReminderLogRow } from './rows.ts';
import type { ReminderLogEntry } from './types.ts';

/**
 * Records that the reminder `key` (e.g. `2026-2027-1:before-7:school-3`) was sent. Returns false
 * when it was recorded before. Record it in the same transaction as its enqueueOutbound, so a
 * restart neither re-sends it nor loses it.
 */
export async function recordReminderSent(
  db: Db,
  key: string,
  semesterId: string,
  kind: string,
  at: string,
): Promise<boolean> {
  const inserted = await db<ReminderLogRow>('reminder_log')
    .insert({ key, semester_id: semesterId, kind, sent_at: at })
    .onConflict('key')
    .ignore()
    .returning('key');
  return inserted.length === 1;
}

export async function wasReminderSent(db: Db, key: string): Promise<boolean> {
  return (await db<ReminderLogRow>('reminder_log').where({ key }).first()) !== undefined;
}

/** A semester's sent reminders, oldest first. */
export async function listReminderLog(db: Db, semesterId: string): Promise<ReminderLogEntry[]> {
  const rows = await db<ReminderLogRow>('reminder_log')
    .where({ semester_id: semesterId })
    .orderBy([{ column: 'sent_at' }, { column: 'key' }]);
  return rows.map(toReminderLogEntry);
}
