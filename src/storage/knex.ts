/**
 * Opening the database, migrating it, seeding a fresh install. SQLite is the embedded default;
 * PostgreSQL is the option for several instances. The same `migrate()` runs in the app, in the
 * tests and in the knex CLI (db/knexfile.ts).
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import knex, { type Knex } from 'knex';
import * as initial from '../../db/migrations/0001_initial.ts';
import * as inviteNames from '../../db/migrations/0002_invite_names.ts';
import * as retention from '../../db/migrations/0004_retention.ts';
import { SqliteImmediateClient } from './sqlite-client.ts';
import * as records from '../../db/migrations/0003_records.ts';
import * as official from '../../db/migrations/0005_official.ts';
import * as evidence from '../../db/migrations/0006_evidence.ts';
import * as wecom from '../../db/migrations/0007_wecom.ts';
import { isPostgres, lockForTransaction } from './locks.ts';

export type StorageConfig = { client: 'sqlite'; file: string } | { client: 'pg'; url: string };

/** Every operation takes either the database or a transaction. */
export type Db = Knex | Knex.Transaction;

/**
 * The migrations, imported explicitly (not found by knex's file loader), so that they run the
 * same under tsx, vitest and the knex CLI. A new migration must be added here: a test checks
 * that this list matches the files in db/migrations.
 */
const MIGRATIONS: Record<string, Knex.Migration> = {
  '0001_initial.ts': initial,
  '0002_invite_names.ts': inviteNames,
  '0004_retention.ts': retention,
  '0003_records.ts': records,
  '0005_official.ts': official,
  '0006_evidence.ts': evidence,
  '0007_wecom.ts': wecom,
};

export const migrationSource: Knex.MigrationSource<string> = {
  getMigrations: async () => Object.keys(MIGRATIONS).sort(),
  getMigrationName: (name) => name,
  getMigration: async (name) => {
    const migration = MIGRATIONS[name];
    if (!migration) throw new Error(`unknown migration ${name}`);
    return migration;
  },
};

interface SqliteConnection {
  exec(sql: string, callback: (err: Error | null) => void): void;
}

// busy_timeout first, so that switching to WAL waits for another process's lock.
const SQLITE_PRAGMAS = [
  'PRAGMA busy_timeout=5000',
  'PRAGMA journal_mode=WAL',
  'PRAGMA synchronous=FULL',
  'PRAGMA foreign_keys=ON',
].join(';\n');

/** The knex configuration for a storage config (also used by db/knexfile.ts). */
export function knexConfig(config: StorageConfig): Knex.Config {
  if (config.client === 'pg') {
    return { client: 'pg', connection: config.url, migrations: { migrationSource } };
  }
  return {
    // knex's sqlite3 client whose transactions begin IMMEDIATE (see sqlite-client.ts).
    client: SqliteImmediateClient as unknown as typeof knex.Client,
    connection: { filename: config.file },
    useNullAsDefault: true,
    // One connection: SQLite has one writer anyway, and this keeps transactions serialised.
    pool: {
      min: 1,
      max: 1,
      afterCreate: (conn: SqliteConnection, done: (err: Error | null, conn: SqliteConnection) => void) =>
        conn.exec(SQLITE_PRAGMAS, (err) => done(err, conn)),
    },
    migrations: { migrationSource },
  };
}

export async function openDatabase(config: StorageConfig): Promise<Knex> {
  if (config.client === 'sqlite') mkdirSync(dirname(config.file), { recursive: true });
  const db = knex(knexConfig(config));
  await db.raw('select 1'); // connect now: a bad path or URL fails here, not at the first message
  return db;
}

/**
 * Brings the schema up to date; returns the names of the migrations it applied (none when current).
 * On PostgreSQL, instances starting together take turns (an advisory lock held by a transaction
 * beside the migration's own): without it knex's migration lock makes the second one fail with
 * "Migration table is already locked".
 */
export async function migrate(db: Knex): Promise<string[]> {
  const latest = async () => ((await db.migrate.latest({ migrationSource })) as [number, string[]])[1];
  if (!isPostgres(db)) return latest();
  return db.transaction(async (trx) => {
    await lockForTransaction(trx, 'startup');
    return latest();
  });
}

/**
 * Runs `fn` in a transaction (a savepoint when `db` is already one); rolls back if it throws.
 * On SQLite it begins IMMEDIATE (see sqlite-client.ts), so it waits for another process's write
 * instead of failing half-way.
 */
export function withTransaction<T>(db: Db, fn: (trx: Knex.Transaction) => Promise<T>): Promise<T> {
  return db.transaction(fn);
}
