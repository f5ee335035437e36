/**
 * The reminder scheduler: croner runs `runDueReminders` at minute 0 of every hour in the
 * configured time zone (Asia/Shanghai), and once at start-up, so a reminder missed while the
 * assistant was down goes out as soon as it is back (if still relevant). `protect` keeps two
 * runs from overlapping. Returns the stop function.
 */
import { Cron } from 'croner';
import type { Knex } from 'knex';
import type { Logger } from '../app/deps.ts';
import { runDueReminders } from '../app/reminders.ts';
import type { Rubric } from '../core/rubric/schema.ts';

export interface SchedulerOptions {
  db: Knex;
  rubric: Rubric;
  log: Logger;
  timeZone: string;
  now?: () => string;
}

export function startReminderScheduler(opts: SchedulerOptions): () => void {
  const now = opts.now ?? (() => new Date().toISOString());
  const tick = async (): Promise<void> => {
    try {
      for (const sent of await runDueReminders(opts.db, opts.rubric, now())) opts.log.info(sent, 'reminder sent');
    } catch (err) {
      opts.log.error({ err: String(err) }, 'reminders failed');
    }
  };
  const job = new Cron('0 * * * *', { timezone: opts.timeZone, protect: true }, tick);
  void job.trigger();
  return () => job.stop();
}
