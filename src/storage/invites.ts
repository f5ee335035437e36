/** Invite codes (stored hashed, single use, with an expiry) and the wrong-code counter. */
import { createHash, createHmac } from 'node:crypto';
import type { Db } from './knex.ts';
import { toCount, toInvite, type InviteRow } from './rows.ts';
import type { Invite, Role } from './types.ts';

const canonicalCode = (code: string): string => code.replace(/[\s-]/g, '').toUpperCase();

/**
 * The stored form of an invite code: `hmac:` and the HMAC-SHA256 (hex) of the code, upper-cased
 * without spaces or dashes (base32 is case-insensitive; people type 「abcd-efgh」), keyed with
 * the secret kept outside the database (files/secret.ts). The code itself is never stored, and
 * without the key a copy of the database does not let anyone test guesses of the 40-bit codes.
 */
export function hashInviteCode(code: string, key: Uint8Array): string {
  return `hmac:${createHmac('sha256', key).update(canonicalCode(code)).digest('hex')}`;
}

/**
 * The form invites had before the key: plain SHA-256 hex, no prefix. Unused invites of that form
 * are still accepted until they expire (at most 90 days); new invites are never stored that way.
 */
export function legacyInviteHash(code: string): string {
  return createHash('sha256').update(canonicalCode(code)).digest('hex');
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

/** Wrong codes from any contact at or after `since` (the global limit). */
export async function countAllRecentBindFailures(db: Db, since: string): Promise<number> {
  const row = await db('bind_failures').where('at', '>=', since).count({ n: '*' }).first();
  return toCount(row as { n: number | string } | undefined);
}

/** Forgets wrong codes noted before `before`; returns how many. */
export async function pruneBindFailures(db: Db, before: string): Promise<number> {
  return db('bind_failures').where('at', '<', before).delete();
}
