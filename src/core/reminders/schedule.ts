/**
 * The reminder schedule of a semester, and which reminders are due at a given moment. Pure.
 *
 * Every reminder goes out at 09:00 Asia/Shanghai on its day:
 * - `start`     the semester's first day: that semester's duties (the rubric's per-semester counts);
 * - `monthly`   the 1st of every month after the start month, while it falls before the
 *               30-days reminder: each school's progress;
 * - `before-N`  30, 14, 7 and 1 days before the assessment date;
 * - `overdue`   the day after the assessment date, to schools that have not submitted.
 * Reminders that would fall before the semester's first day are left out (a short semester).
 */
import type { Rubric } from '../rubric/schema.ts';
import { addDays, assessmentDate, shanghaiInstant, type Semester } from './semester.ts';

export type ReminderKind = 'start' | 'monthly' | 'before-30' | 'before-14' | 'before-7' | 'before-1' | 'overdue';

export interface PlannedReminder {
  /** Unique and stable: `2026-2027-1:before-7`, `2026-2027-1:monthly:2026-10`. */
  key: string;
  semester: string;
  kind: ReminderKind;
  /** The Asia/Shanghai calendar day. */
  date: string;
  /** ISO instant: 09:00 Asia/Shanghai on `date`. */
  at: string;
}

const REMINDER_HOUR = 9;
const BEFORE = [30, 14, 7, 1] as const;

export function planReminders(semester: Semester, rubric: Rubric): PlannedReminder[] {
  const assess = assessmentDate(semester, rubric.meta.assessmentDaysBeforeEnd);
  const make = (kind: ReminderKind, date: string, suffix = ''): PlannedReminder => ({
    key: `${semester.id}:${kind}${suffix}`,
    semester: semester.id,
    kind,
    date,
    at: shanghaiInstant(date, REMINDER_HOUR),
  });
  const before30 = addDays(assess, -30);
  const monthly: PlannedReminder[] = [];
  for (let first = nextMonthFirst(semester.start); first < before30; first = nextMonthFirst(first)) {
    monthly.push(make('monthly', first, `:${first.slice(0, 7)}`));
  }
  return [
    make('start', semester.start),
    ...monthly,
    ...BEFORE.map((n) => make(`before-${n}`, addDays(assess, -n))),
    make('overdue', addDays(assess, 1)),
  ]
    .filter((r) => r.date >= semester.start)
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

function nextMonthFirst(ymd: string): string {
  const year = Number(ymd.slice(0, 4));
  const month = Number(ymd.slice(5, 7));
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
}

/**
 * What to send at `nowIso`. The rule: only the LATEST reminder whose moment has passed may be
 * sent, once (its key not in `sentKeys`), and only within `graceDays` of its moment.
 * - A reminder missed while the assistant was down is therefore sent when it comes back, if no
 *   later reminder has come due since (a missed before-7 goes out on day −5, but not on day −1,
 *   when before-1 is the one due) and it is not older than `graceDays`.
 * - Earlier reminders are superseded: the later one carries the newer progress, and two
 *   reminders in one go would be noise.
 * Returns zero or one reminder.
 */
export function dueReminders(
  plan: readonly PlannedReminder[],
  nowIso: string,
  sentKeys: ReadonlySet<string>,
  graceDays: number,
): PlannedReminder[] {
  const now = Date.parse(nowIso);
  const passed = plan.filter((r) => Date.parse(r.at) <= now);
  const latest = passed.reduce<PlannedReminder | undefined>(
    (best, r) => (best === undefined || r.at > best.at ? r : best),
    undefined,
  );
  if (!latest || sentKeys.has(latest.key)) return [];
  if (now - Date.parse(latest.at) > graceDays * 86_400_000) return [];
  return [latest];
}
