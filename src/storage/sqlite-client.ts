/**
 * knex's sqlite3 client, with every transaction begun as `BEGIN IMMEDIATE`.
 *
 * knex begins a SQLite transaction with a plain `BEGIN` (DEFERRED): the transaction takes the
 * write lock only at its first write. A transaction that reads first (handleInbound looks for the
 * same text before it records the message) and then writes while another process (the CLI, a
 * second bot) has written meanwhile cannot be upgraded: SQLite returns SQLITE_BUSY at once,
 * without calling the busy handler, so `busy_timeout` never helps. `BEGIN IMMEDIATE` takes the
 * write lock at the start, where SQLite does wait for the busy timeout; after that nothing in the
 * transaction can be refused by another writer.
 *
 * Every transaction of this app writes (or may write), and the pool has one connection anyway,
 * so all of them begin IMMEDIATE. Readers outside a transaction are not affected (WAL).
 *
 * knex has no option for this (`Transaction_Sqlite.begin` in knex 3 issues `BEGIN;`), but it
 * takes a client class as `client`; this subclass changes only the BEGIN statement. Nested
 * transactions are savepoints and are unchanged.
 */
import { createRequire } from 'node:module';
import type { Knex } from 'knex';

const require = createRequire(import.meta.url);

interface TransactionCtor {
  new (client: unknown, ...args: unknown[]): { query(conn: unknown, sql: string): Promise<unknown> };
}
interface ClientCtor {
  new (config: Knex.Config): object;
}

const ClientSqlite3 = require('knex/lib/dialects/sqlite3/index.js') as ClientCtor;
const TransactionSqlite = require('knex/lib/dialects/sqlite3/execution/sqlite-transaction.js') as TransactionCtor;

class ImmediateTransaction extends TransactionSqlite {
  begin(conn: unknown): Promise<unknown> {
    return this.query(conn, 'BEGIN IMMEDIATE;');
  }
}

export class SqliteImmediateClient extends ClientSqlite3 {
  transaction(...args: unknown[]): unknown {
    return new ImmediateTransaction(this, ...args);
  }
}
