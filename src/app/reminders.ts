/**
 * Sending reminders (see core/reminders/schedule.ts for what is due when).
 *
 * - To each bound principal, privately: the school's own progress (questions unanswered,
 *   requirements likely unmet from its answers so far). Schools that have submitted get nothing,
 *   except the start-of-semester duties, which go to every school.
 * - To each configured room: a general notice, no school's data. A room with a WeCom webhook is
 *   addressed as `notice-room:<name>` (see `noticeAddress`); the outbound sender looks the room
 *   up by name and posts to its webhook, or to the WeChat room of that topic.
 * - Everything is enqueued in the paced outbound queue with a dedupeKey per (reminder key,
 *   recipient), and the reminder is recorded in the send log IN THE SAME TRANSACTION: after a
 *   crash either both happened or neither, so a restart neither re-sends nor skips.
 */
import type { Knex } from 'knex';
import { semesterCounts } from '../core/rubric/calculators.ts';
import type { Rubric } from '../core/rubric/schema.ts';
import { dueReminders, planReminders, type PlannedReminder, type ReminderKind } from '../core/reminders/schedule.ts';
import { assessmentDate, daysBetween, semesterLabel, shanghaiDate, type Semester } from '../core/reminders/semester.ts';
import {
  dutiesText,
  principalReminderText,
  roomReminderText,
  type ReminderView,
  type SchoolProgress,
} from '../core/text/office-replies.ts';
import { withTransaction } from '../storage/knex.ts';
import { lockForTransaction } from '../storage/locks.ts';
import {
  enqueueOutbound,
  listPeople,
  listReminderLog,
  listRooms,
  recordReminderSent,
  type Room,
} from '../storage/index.ts';
import { loadStandings, semesterAt, storedSemesterAt, type Standing } from './standings.ts';
import { isBoundChannel } from './identity.ts';

type Db = Knex | Knex.Transaction;

/** A reminder missed while the assistant was down is still sent up to this many days late. */
export const GRACE_DAYS = 7;

const NOTICE_PREFIX = 'notice-room:';

/** The outbound address of a configured notice room. */
export const noticeAddress = (room: Pick<Room, 'name'>): string => `${NOTICE_PREFIX}${room.name}`;

/** The room name of a notice address, or null for any other recipient. */
export const parseNoticeAddress = (to: string): string | null =>
  to.startsWith(NOTICE_PREFIX) ? to.slice(NOTICE_PREFIX.length) : null;

export interface ReminderSent {
  key: string;
  kind: ReminderKind | 'now';
  /** Messages newly enqueued. */
  principals: number;
  rooms: number;
}

/** Sends what is due at `nowIso` (at most one reminder, see `dueReminders`). Hourly and at start-up. */
export async function runDueReminders(db: Db, rubric: Rubric, nowIso: string): Promise<ReminderSent[]> {
  return withTransaction(db, async (trx) => {
    // Several instances on PostgreSQL: one at a time reads the log and records what it sends, so
    // the next finds it sent (each reminder claimed once).
    await lockForTransaction(trx, 'reminders');
    const semester = await storedSemesterAt(trx, nowIso, 'reminders');
    const sent = new Set((await listReminderLog(trx, semester.id)).map((e) => e.key));
    const out: ReminderSent[] = [];
    for (const r of dueReminders(planReminders(semester, rubric), nowIso, sent, GRACE_DAYS)) {
      out.push(await send(trx, rubric, semester, r.key, r.kind, r.date, nowIso));
      await recordReminderSent(trx, r.key, semester.id, r.kind, nowIso);
    }
    return out;
  });
}

export type PlanState = 'sent' | 'due' | 'upcoming' | 'skipped';

/** `cli remind --plan`: the current semester's reminders, each sent / due now / upcoming / skipped. */
export async function reminderPlan(
  db: Db,
  rubric: Rubric,
  nowIso: string,
): Promise<{ semester: Semester; assessmentDate: string; reminders: (PlannedReminder & { state: PlanState })[] }> {
  const semester = await semesterAt(db, nowIso);
  const sent = new Set((await listReminderLog(db, semester.id)).map((e) => e.key));
  const plan = planReminders(semester, rubric);
  const due = new Set(dueReminders(plan, nowIso, sent, GRACE_DAYS).map((r) => r.key));
  const state = (r: PlannedReminder): PlanState =>
    sent.has(r.key) ? 'sent' : due.has(r.key) ? 'due' : Date.parse(r.at) > Date.parse(nowIso) ? 'upcoming' : 'skipped';
  return {
    semester,
    assessmentDate: assessmentDate(semester, rubric.meta.assessmentDaysBeforeEnd),
    reminders: plan.map((r) => ({ ...r, state: state(r) })),
  };
}

/** 「发送提醒」 / `cli remind --now`: a progress reminder to everyone, now. */
export async function sendRemindersNow(db: Db, rubric: Rubric, nowIso: string): Promise<ReminderSent> {
  return withTransaction(db, async (trx) => {
    await lockForTransaction(trx, 'reminders');
    const semester = await storedSemesterAt(trx, nowIso, 'reminders');
    const key = `${semester.id}:now:${nowIso}`;
    const res = await send(trx, rubric, semester, key, 'now', shanghaiDate(nowIso), nowIso);
    await recordReminderSent(trx, key, semester.id, 'now', nowIso);
    return res;
  });
}

async function send(
  trx: Knex.Transaction,
  rubric: Rubric,
  semester: Semester,
  key: string,
  kind: ReminderKind | 'now',
  day: string,
  nowIso: string,
): Promise<ReminderSent> {
  const assess = assessmentDate(semester, rubric.meta.assessmentDaysBeforeEnd);
  const view: ReminderView = {
    kind,
    semester: semesterLabel(semester.id),
    assessmentDate: assess,
    daysLeft: daysBetween(day, assess),
  };
  const duties = semesterCounts(rubric).map((c) => `${c.what}不少于 ${c.threshold} ${c.unit}`.trim());
  const standings = await loadStandings(trx, rubric, semester.id);
  const questions = [...rubric.items.flatMap((i) => i.questions.map((q) => q.id)), rubric.veto.question.id];

  let principals = 0;
  for (const person of await listPeople(trx, { role: 'principal' })) {
    const standing = standings.find((s) => s.school.id === person.schoolId);
    if (!standing) continue;
    if (kind !== 'start' && standing.status === 'submitted') continue;
    const text =
      kind === 'start'
        ? dutiesText(view, duties, standing.school.name)
        : principalReminderText(view, progress(standing, questions));
    const dedupeKey = `${key}:person:${person.id}`;
    // WeChat or WeCom, whichever the person bound (one reminder: the dedupe key is per person).
    for (const contact of person.contacts.filter((c) => isBoundChannel(c.channel))) {
      if (await enqueueOutbound(trx, { to: contact.contactId, channel: contact.channel, text, dedupeKey, notBefore: nowIso }, nowIso)) principals++;
    }
  }

  let rooms = 0;
  const roomText = kind === 'start' ? dutiesText(view, duties, null) : roomReminderText(view);
  for (const room of await listRooms(trx)) {
    const dedupeKey = `${key}:room:${room.id}`;
    if (await enqueueOutbound(trx, { to: noticeAddress(room), text: roomText, dedupeKey, notBefore: nowIso }, nowIso)) rooms++;
  }
  return { key, kind, principals, rooms };
}

function progress(s: Standing, questions: readonly string[]): SchoolProgress {
  const unmet = (s.result?.items ?? []).flatMap((i) => i.requirements.filter((r) => r.answered && !r.met).map((r) => r.reason));
  return {
    school: s.school.name,
    submitted: s.status === 'submitted',
    answered: questions.filter((q) => q in s.answers).length,
    questions: questions.length,
    unmet,
  };
}
