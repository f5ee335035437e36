/**
 * Inbound messages accepted by a channel but not handled yet (the WeCom callback stores each one
 * before it answers 200, see channels/wecom/callback.ts). One row per (channel, msgId): a retry of
 * the same message finds its row and adds nothing, across restarts too.
 */
import type { Db } from './knex.ts';

interface InboundPendingRow {
  id: number;
  channel: string;
  msg_id: string;
  payload: string;
  received_at: string;
  done_at: string | null;
  attempts: number;
}

export interface PendingInbound {
  id: number;
  channel: string;
  msgId: string;
  /** The channel's own JSON of the message. */
  payload: string;
  receivedAt: string;
}

/** Stores a received message; false when this (channel, msgId) was stored before (a retry). */
export async function addInboundPending(db: Db, input: { channel: string; msgId: string; payload: string }, now: string): Promise<boolean> {
  const inserted = await db<InboundPendingRow>('inbound_pending')
    .insert({ channel: input.channel, msg_id: input.msgId, payload: input.payload, received_at: now, done_at: null })
    .onConflict(['channel', 'msg_id'])
    .ignore()
    .returning('id');
  return inserted.length === 1;
}

/** The channel's messages not handled yet, oldest first. */
export async function listInboundPending(db: Db, channel: string, limit = 100): Promise<PendingInbound[]> {
  const rows = await db<InboundPendingRow>('inbound_pending').where({ channel }).whereNull('done_at').orderBy('id').limit(limit);
  return rows.map((r) => ({ id: r.id, channel: r.channel, msgId: r.msg_id, payload: r.payload, receivedAt: r.received_at }));
}

/**
 * Marks a message handled. Its text is dropped (the payload becomes `{}`): only the id is kept,
 * for de-duplication, until pruneInboundPending deletes it.
 */
export async function markInboundDone(db: Db, id: number, now: string): Promise<void> {
  await db<InboundPendingRow>('inbound_pending').where({ id }).update({ done_at: now, payload: '{}' });
}

/**
 * Records a failed handling. After `max` failures the message is given up: marked done (its text
 * dropped) so that it no longer holds up the messages behind it. Returns whether it was given up.
 */
export async function recordInboundFailure(db: Db, id: number, now: string, max: number): Promise<boolean> {
  await db<InboundPendingRow>('inbound_pending').where({ id }).increment('attempts', 1);
  const row = await db<InboundPendingRow>('inbound_pending').where({ id }).first();
  if (!row || row.attempts < max) return false;
  await db<InboundPendingRow>('inbound_pending').where({ id }).update({ done_at: now, payload: '{}' });
  return true;
}

/** Deletes handled messages received before `before`; returns how many. */
export async function pruneInboundPending(db: Db, before: string): Promise<number> {
  return db<InboundPendingRow>('inbound_pending').whereNotNull('done_at').where('received_at', '<', before).delete();
}
