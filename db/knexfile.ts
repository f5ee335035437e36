/**
 * knex CLI configuration, for operators (the app itself calls openDatabase and migrate):
 *
 *   npx tsx node_modules/knex/bin/cli.js --knexfile db/knexfile.ts --env sqlite migrate:status
 *   DATABASE_URL=postgres://… npx tsx node_modules/knex/bin/cli.js --knexfile db/knexfile.ts --env pg migrate:latest
 *
 * Reads SQLITE_FILE (default as in src/config.ts) and DATABASE_URL. The migrations come from the
 * same explicit list as the app's, so the CLI and the app agree on what has run.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Knex } from 'knex';
import { knexConfig } from '../src/storage/knex.ts';

// The knex CLI changes into db/; a relative SQLITE_FILE means the same file as for `npm start` (from the repo root).
const root = fileURLToPath(new URL('..', import.meta.url));
const sqliteFile = resolve(root, process.env.SQLITE_FILE || 'data/mh-rubric-bot.sqlite');
mkdirSync(dirname(sqliteFile), { recursive: true });

export const sqlite: Knex.Config = knexConfig({ client: 'sqlite', file: sqliteFile });
export const pg: Knex.Config | undefined = process.env.DATABASE_URL
  ? knexConfig({ client: 'pg', url: process.env.DATABASE_URL })
  : undefined;

/** `--env sqlite` or `--env pg`; without `--env`, PostgreSQL when DATABASE_URL is set, as in the app. */
export default { sqlite, pg, development: pg ?? sqlite };
