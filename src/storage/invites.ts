/** Invite codes (stored hashed, single use, with an expiry) and the wrong-code counter. */
import { createHash } from 'node:crypto';
import type { Db } from './knex.ts';
import { toCount, toInvite, type InviteRow } from './rows.ts';
import type { Invite, Role } from './types.ts';

/**
 * The stored form of an invite code: SHA-256 (hex) of the code, upper-cased without spaces or
 * dashes (base32 is case-insensitive; people type 「abcd-efgh」). The code itself is never stored.
 */
export function hashInviteCode(code: string): string {
  return createHash('sha256').update(code.replace(/[\s-]/g, '').toUpperCase()).digest('hex');
}

export interface InviteInput {
  codeHash: string;
  role: Role;
  schoolId: number | null;
  expiresAt: string;
  createdBy: string;
  /** Who it is for (optional). */
  displayName?: string | null;
}

export async function createInvite(db: Db, input: InviteInput, now: string): Promise<Invite> {
  const [row] = await db<InviteRow>('invites')
    .insert({
      code_hash: input.codeHash,
      role: input.role,
      school_id: input.schoolId,
      expires_at: input.expiresAt,
      created_by: input.createdBy,
      created_at: now,
      display_name: input.displayName ?? null,
    })
    .returning('*');
  return toInvite(row as InviteRow);
}

export type ConsumeInviteResult = { ok: true; invite: Invite } | { ok: false; reason: 'unknown' | 'used' | 'expired' };

/**
 * Uses an invite once. One conditional UPDATE (… WHERE used_at IS NULL AND expires_at > now)
 * decides, so of two concurrent consumers exactly one wins, on SQLite and PostgreSQL alike.
 * `usedBy` records who used it (e.g. `wechat:<contact id>`).
 */
export async function consumeInvite(db: Db, codeHash: string, usedBy: string, now: string): Promise<ConsumeInviteResult> {
  const won = await db<InviteRow>('invites')
    .where({ code_hash: codeHash })
    .whereNull('used_at')
    .where('expires_at', '>', now)
    .update({ used_at: now, used_by: usedBy });
  const row = await db<InviteRow>('invites').where({ code_hash: codeHash }).first();
  if (!row) return { ok: false, reason: 'unknown' };
  if (won === 1) return { ok: true, invite: toInvite(row) };
  return { ok: false, reason: row.used_at !== null ? 'used' : 'expired' };
}

/** Notes a wrong invite code from this contact (for the lock after 5 in an hour). */
export async function recordBindFailure(db: Db, contactId: string, now: string): Promise<void> {
  await db('bind_failures').insert({ contact_id: contactId, at: now });
}

/** Wrong codes from this contact at or after `since`. */
export async function countRecentBindFailures(db: Db, contactId: string, since: string): Promise<number> {
  const row = await db('bind_failures').where({ contact_id: contactId }).where('at', '>=', since).count({ n: '*' }).first();
  return toCount(row as { n: number | string } | undefined);
}

/** Forgets wrong codes noted before `before`; returns how many. */
export async function pruneBindFailures(db: Db, before: string): Promise<number> {
  return db('bind_failures').where('at', '<', before).delete();
}
