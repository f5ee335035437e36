/** The persisted, paced outbound queue. Delivery is at-most-once (see claimNextOutbound). */
import type { Db } from './knex.ts';
import { isPostgres } from './locks.ts';
import { toCount, toOutbound, type OutboxRow } from './rows.ts';
import type { OutboundInput, OutboundMessage } from './types.ts';

/**
 * Puts a message in the persisted outbound queue. With a `dedupeKey` already queued (in any
 * status) it does nothing and returns false: re-enqueueing after a restart cannot send twice.
 */
export async function enqueueOutbound(db: Db, message: OutboundInput, now: string): Promise<boolean> {
  const inserted = await db<OutboxRow>('outbox')
    .insert({
      recipient: message.to,
      channel: message.channel ?? 'wechat',
      room: message.room ?? null,
      mention: message.mention ?? false,
      text: message.text ?? null,
      file: message.file ? JSON.stringify(message.file) : null,
      dedupe_key: message.dedupeKey ?? null,
      not_before: message.notBefore,
      status: 'pending',
      attempts: 0,
      created_at: now,
    })
    .onConflict('dedupe_key')
    .ignore()
    .returning('id');
  return inserted.length === 1;
}

/**
 * Takes the next due message (oldest `notBefore`, then first queued) and marks it `sending`
 * BEFORE it is sent. That makes chat delivery at-most-once: if the process dies between the
 * send and `markSent`, the message stays `sending` and is never sent again
 * (recoverInterruptedOutbound marks it failed at the next start). A duplicate reminder in a
 * WeChat group costs more than a lost one, and a lost one is visible in the log.
 *
 * The claim is a conditional UPDATE (… WHERE status = 'pending'), so two workers never take the
 * same message. On PostgreSQL (several instances) it is one statement that skips rows another
 * instance is claiming (FOR UPDATE SKIP LOCKED): no waiting, no retry. Returns null when nothing is due.
 */
export async function claimNextOutbound(db: Db, now: string): Promise<OutboundMessage | null> {
  if (isPostgres(db)) {
    const next = db<OutboxRow>('outbox')
      .select('id')
      .where({ status: 'pending' })
      .where('not_before', '<=', now)
      .orderBy([{ column: 'not_before' }, { column: 'id' }])
      .limit(1)
      .forUpdate()
      .skipLocked();
    const [row] = (await db<OutboxRow>('outbox')
      .where('id', '=', next)
      .update({ status: 'sending', claimed_at: now, attempts: db.raw('attempts + 1') as unknown as number }, '*')) as OutboxRow[];
    return row ? toOutbound(row) : null;
  }
  for (;;) {
    const next = await db<OutboxRow>('outbox')
      .where({ status: 'pending' })
      .where('not_before', '<=', now)
      .orderBy([{ column: 'not_before' }, { column: 'id' }])
      .first();
    if (!next) return null;
    const claimed = await db<OutboxRow>('outbox')
      .where({ id: next.id, status: 'pending' })
      .update({ status: 'sending', claimed_at: now, attempts: next.attempts + 1 });
    if (claimed === 1) return toOutbound({ ...next, status: 'sending', claimed_at: now, attempts: next.attempts + 1 });
  }
}

export async function markSent(db: Db, id: number, now: string): Promise<void> {
  await db<OutboxRow>('outbox').where({ id }).update({ status: 'sent', sent_at: now, last_error: null });
}

/**
 * Records a failed send. With `retryAt` (use it only when the channel certainly did not send,
 * e.g. it was logged out) the message goes back to the queue for that instant; otherwise it
 * stays `failed`.
 */
export async function markFailed(
  db: Db,
  id: number,
  error: string,
  now: string,
  options: { retryAt?: string } = {},
): Promise<void> {
  const retry = options.retryAt !== undefined ? { status: 'pending' as const, not_before: options.retryAt } : { status: 'failed' as const };
  await db<OutboxRow>('outbox')
    .where({ id })
    .update({ ...retry, last_error: error, failed_at: now });
}

/**
 * A message still `sending` this long after its claim was caught by a crash (no send takes a
 * minute). Only on PostgreSQL, where another live instance may be sending right now.
 */
export const SENDING_STALE_MS = 60_000;

/**
 * At start-up (and now and then): messages left `sending` by a crash may or may not have gone
 * out. At-most-once: they are marked failed, never re-sent. Returns how many there were (log them).
 * On SQLite (one process) that is every `sending` message; on PostgreSQL only those claimed more
 * than SENDING_STALE_MS ago, so one instance's start never touches another's send in flight.
 */
export async function recoverInterruptedOutbound(db: Db, now: string): Promise<number> {
  const query = db<OutboxRow>('outbox').where({ status: 'sending' });
  if (isPostgres(db)) query.where('claimed_at', '<', new Date(Date.parse(now) - SENDING_STALE_MS).toISOString());
  return query.update({ status: 'failed', last_error: 'interrupted: may or may not have been sent', failed_at: now });
}

/**
 * Retention: deletes messages that were sent, or finally failed, before `before`. Replies echo
 * what people typed, so the outbox is not kept longer than delivery needs. Pending and sending
 * messages are never touched. Returns how many.
 */
export async function pruneOutbox(db: Db, before: string): Promise<number> {
  return db<OutboxRow>('outbox')
    .where((q) => q.where({ status: 'sent' }).where('sent_at', '<', before))
    .orWhere((q) => q.where({ status: 'failed' }).where('failed_at', '<', before))
    .delete();
}

/** Messages waiting to be sent (due or not). */
export async function pendingOutboundCount(db: Db): Promise<number> {
  const row = await db<OutboxRow>('outbox').where({ status: 'pending' }).count({ n: '*' }).first();
  return toCount(row as { n: number | string } | undefined);
}
