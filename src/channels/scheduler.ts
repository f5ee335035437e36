/**
 * The reminder scheduler: croner runs `runDueReminders` at minute 0 of every hour in the
 * configured time zone (Asia/Shanghai), and once at start-up, so a reminder missed while the
 * assistant was down goes out as soon as it is back (if still relevant). `protect` keeps two
 * runs from overlapping. Each run also prunes the tables that would otherwise grow forever.
 * With reminders off (REMINDERS=false) it only prunes. With a backup policy (BACKUP_DIR, SQLite
 * only) the first run of each local day also writes that day's backup and drops the oldest.
 * Returns the stop function.
 */
import { Cron } from 'croner';
import type { Knex } from 'knex';
import type { Logger } from '../app/deps.ts';
import { runDueReminders } from '../app/reminders.ts';
import { pruneInboundMessages } from '../storage/messages.ts';
import { pruneBindFailures } from '../storage/invites.ts';
import { pruneOutbox } from '../storage/outbox.ts';
import { pruneInboundPending } from '../storage/inbound-pending.ts';
import { dailyBackup, type BackupPolicy } from '../storage/backup.ts';
import type { Rubric } from '../core/rubric/schema.ts';

export interface SchedulerOptions {
  db: Knex;
  rubric: Rubric;
  log: Logger;
  timeZone: string;
  /** Send reminders (REMINDERS=true); pruning runs either way. */
  reminders?: boolean;
  /** Days a sent or failed outbox message is kept (OUTBOX_RETENTION_DAYS, default 30). */
  outboxRetentionDays?: number;
  /** Daily backups of the SQLite database (null or absent: none). */
  backup?: BackupPolicy | null;
  now?: () => string;
}

/** `YYYY-MM-DD` of an instant in a time zone. */
export function localDay(nowIso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(nowIso));
}

/**
 * Retention. Inbound message ids serve de-duplication: a re-delivery is refused by its id, and
 * after a restart anything older than 60 s is dropped as a stale backlog anyway, so 7 days is far
 * more than any re-delivery needs. Wrong invite codes serve the lock (5 within the last hour), so
 * 1 day keeps every failure the lock can still count.
 */
const KEEP_INBOUND_MS = 7 * 86_400_000;
const KEEP_BIND_FAILURES_MS = 86_400_000;
/**
 * Sent and finally failed outbox messages: replies echo what people typed, so they are kept only
 * as long as someone may ask 「did it go out?」 (OUTBOX_RETENTION_DAYS, default 30).
 */
export const DEFAULT_OUTBOX_RETENTION_DAYS = 30;

/** Deletes inbound message ids, wrong-code records and delivered outbox messages past their retention. */
export async function pruneOldRecords(
  db: Knex,
  nowIso: string,
  outboxRetentionDays = DEFAULT_OUTBOX_RETENTION_DAYS,
): Promise<{ inboundMessages: number; bindFailures: number; outbox: number; inboundPending: number }> {
  const ago = (ms: number) => new Date(Date.parse(nowIso) - ms).toISOString();
  return {
    inboundMessages: await pruneInboundMessages(db, ago(KEEP_INBOUND_MS)),
    bindFailures: await pruneBindFailures(db, ago(KEEP_BIND_FAILURES_MS)),
    outbox: await pruneOutbox(db, ago(outboxRetentionDays * 86_400_000)),
    // Handled WeCom callbacks (ids only; their text is dropped once handled): kept as long as inbound ids.
    inboundPending: await pruneInboundPending(db, ago(KEEP_INBOUND_MS)),
  };
}

export function startReminderScheduler(opts: SchedulerOptions): () => void {
  const now = opts.now ?? (() => new Date().toISOString());
  const tick = async (): Promise<void> => {
    try {
      if (opts.reminders !== false) {
        for (const sent of await runDueReminders(opts.db, opts.rubric, now())) opts.log.info(sent, 'reminder sent');
      }
    } catch (err) {
      opts.log.error({ err: String(err) }, 'reminders failed');
    }
    try {
      const pruned = await pruneOldRecords(opts.db, now(), opts.outboxRetentionDays);
      if (pruned.inboundMessages + pruned.bindFailures + pruned.outbox + pruned.inboundPending > 0) opts.log.info(pruned, 'old records pruned');
    } catch (err) {
      opts.log.error({ err: String(err) }, 'pruning failed');
    }
    if (opts.backup) {
      try {
        const done = await dailyBackup(opts.db, opts.backup, localDay(now(), opts.timeZone));
        if (done.written) opts.log.info({ file: done.written.file, bytes: done.written.bytes, removed: done.removed }, 'daily backup written');
      } catch (err) {
        opts.log.error({ err: String(err) }, 'daily backup failed');
      }
    }
  };
  const job = new Cron('0 * * * *', { timezone: opts.timeZone, protect: true }, tick);
  void job.trigger();
  return () => job.stop();
}
