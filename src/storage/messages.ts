import { createHash } from 'node:crypto';
import type { Db } from './knex.ts';
import { toCount, type InboundMessageRow } from './rows.ts';

/** The stored form of a message text for the same-text rule: SHA-256 hex (the text itself is not kept). */
export function hashText(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Records a handled inbound message. Returns false when this (channel, messageId) was recorded
 * before: a re-delivery, also across restarts.
 */
export async function recordInboundMessage(
  db: Db,
  message: { channel: string; messageId: string; sender: string; textHash: string; at: string },
): Promise<boolean> {
  const inserted = await db<InboundMessageRow>('inbound_messages')
    .insert({
      channel: message.channel,
      message_id: message.messageId,
      sender: message.sender,
      text_hash: message.textHash,
      at: message.at,
    })
    .onConflict(['channel', 'message_id'])
    .ignore()
    .returning('message_id');
  return inserted.length === 1;
}

/**
 * Whether this sender sent the same text at or after `since` (some puppets re-deliver with a new
 * id: the 5-second rule passes `since` = at − 5 s). Call it before recording the current message,
 * which would otherwise match itself.
 */
export async function findRecentSameText(db: Db, sender: string, textHash: string, since: string): Promise<boolean> {
  const row = await db<InboundMessageRow>('inbound_messages')
    .where({ sender, text_hash: textHash })
    .where('at', '>=', since)
    .count({ n: '*' })
    .first();
  return toCount(row as { n: number | string } | undefined) > 0;
}

/** Forgets inbound message ids recorded before `before`; returns how many. */
export async function pruneInboundMessages(db: Db, before: string): Promise<number> {
  return db<InboundMessageRow>('inbound_messages').where('at', '<', before).delete();
}
