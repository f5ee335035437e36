/**
 * Locks for several instances on one PostgreSQL database: transaction-level advisory locks
 * (`pg_advisory_xact_lock(namespace, hashtext(key))`), released by the commit or rollback of the
 * transaction that took them, so a crash can never leave one behind. On SQLite they are no-ops:
 * one process with one connection already runs every transaction alone.
 *
 * - `sender`: one sender's messages are handled one at a time across instances (inside
 *   handleInbound's transaction), each seeing everything the previous one committed;
 * - `reminders`: one instance at a time decides which reminders are due and records them;
 * - `startup`: migrations run in one instance at a time (the others wait, then find nothing to do).
 *
 * Two different keys may hash alike; they then merely wait for each other.
 */
import type { Knex } from 'knex';
import type { Db } from './knex.ts';

/** The first key of each lock (the two-int form, apart from any other application's locks). */
const NAMESPACE = { sender: 0x6d680001, reminders: 0x6d680002, startup: 0x6d680003 } as const;
export type LockScope = keyof typeof NAMESPACE;

/** Whether `db` talks to PostgreSQL (the multi-instance option). */
export function isPostgres(db: Db): boolean {
  const client = (db as unknown as { client: { config: { client?: unknown } } }).client.config.client;
  return client === 'pg' || client === 'postgres' || client === 'postgresql';
}

/** Takes the lock `scope`/`key` until `trx` ends (waits while another transaction holds it). */
export async function lockForTransaction(trx: Knex.Transaction, scope: LockScope, key = ''): Promise<void> {
  if (!isPostgres(trx)) return;
  await trx.raw('select pg_advisory_xact_lock(?::int, hashtext(?))', [NAMESPACE[scope], key]);
}
