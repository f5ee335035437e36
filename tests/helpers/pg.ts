/**
 * PostgreSQL for the tests that run only when PG_TEST_URL is set (.ci/run starts a throw-away
 * server): each fresh database is a schema of its own on that server, reached through a URL whose
 * search_path names it, and dropped when the suite closes.
 */
import knex, { type Knex } from 'knex';

export const PG_URL = process.env.PG_TEST_URL;

export interface PgSchemas {
  /** A connection to the server itself (for counting rows in a schema, say). */
  admin(): Knex;
  /** A new empty schema and the database URL that works in it. */
  fresh(): Promise<{ schema: string; url: string }>;
  /** Drops every schema made here and closes the admin connection. */
  close(): Promise<void>;
}

export function pgSchemas(prefix: string): PgSchemas {
  let admin: Knex | null = null;
  const made: string[] = [];
  const connect = () => (admin ??= knex({ client: 'pg', connection: PG_URL, pool: { min: 0, max: 1 } }));
  return {
    admin: connect,
    async fresh() {
      const schema = `${prefix}_${process.pid}_${made.length + 1}`;
      await connect().raw('create schema ??', [schema]);
      made.push(schema);
      const url = new URL(PG_URL!);
      url.searchParams.set('options', `-c search_path=${schema}`);
      return { schema, url: url.toString() };
    },
    async close() {
      if (!admin) return;
      for (const schema of made.splice(0)) await admin.raw('drop schema if exists ?? cascade', [schema]);
      await admin.destroy();
      admin = null;
    },
  };
}
