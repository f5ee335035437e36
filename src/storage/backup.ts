/**
 * Backups of the embedded SQLite database while the bot runs.
 *
 * `VACUUM INTO` copies the database as ONE read transaction: the copy is a consistent snapshot
 * of committed data, and in WAL mode writers go on meanwhile (a reader never blocks them). The
 * copy is written to a temporary name, fsynced (SQLite does not sync a VACUUM INTO target) and
 * renamed, so a file with the final name is always complete; then it is opened and checked.
 *
 * Daily backups (BACKUP_DIR, BACKUP_KEEP): one file per local day, `mh-rubric-bot-YYYY-MM-DD.sqlite`;
 * the newest `keep` are kept and older ones of that pattern deleted (nothing else in the folder).
 * PostgreSQL is backed up with its own tool, pg_dump (see `pgDumpCommand`).
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import knex, { type Knex } from 'knex';

export interface BackupResult {
  file: string;
  bytes: number;
}

function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes a consistent copy of the SQLite database behind `db` to `file` (which must not exist).
 * Throws when the copy cannot be written or does not pass `PRAGMA quick_check`.
 */
export async function backupSqlite(db: Knex, file: string): Promise<BackupResult> {
  if (existsSync(file)) throw new Error(`${file} already exists`);
  mkdirSync(dirname(file), { recursive: true });
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  rmSync(tmp, { force: true });
  try {
    await db.raw('VACUUM INTO ?', [tmp]);
    fsyncPath(tmp);
    const problem = await checkSqliteFile(tmp);
    if (problem) throw new Error(`backup check failed: ${problem}`);
    renameSync(tmp, file);
    fsyncPath(dirname(file));
  } finally {
    rmSync(tmp, { force: true });
  }
  return { file, bytes: statSync(file).size };
}

/** Opens a SQLite file and runs `PRAGMA quick_check`: null when sound, else the first problem. */
export async function checkSqliteFile(file: string): Promise<string | null> {
  const db = knex({
    client: 'sqlite3',
    connection: { filename: file },
    useNullAsDefault: true,
    pool: { min: 1, max: 1 },
  });
  try {
    const rows = (await db.raw('PRAGMA quick_check')) as { quick_check: string }[];
    const first = rows[0]?.quick_check ?? 'no answer';
    return first === 'ok' ? null : first;
  } finally {
    await db.destroy();
  }
}

export interface BackupPolicy {
  /** Folder of the daily backups. */
  dir: string;
  /** How many daily files to keep (the newest). */
  keep: number;
}

const DAILY = /^mh-rubric-bot-(\d{4}-\d{2}-\d{2})\.sqlite$/;
export const dailyBackupName = (day: string): string => `mh-rubric-bot-${day}.sqlite`;

/**
 * The daily backup for `day` (`YYYY-MM-DD`, local): writes it unless that day's file exists, then
 * deletes the daily files beyond the newest `keep`. Returns the file written (null when it was
 * there already) and the files removed.
 */
export async function dailyBackup(
  db: Knex,
  policy: BackupPolicy,
  day: string,
): Promise<{ written: BackupResult | null; removed: string[] }> {
  mkdirSync(policy.dir, { recursive: true });
  const target = join(policy.dir, dailyBackupName(day));
  const written = existsSync(target) ? null : await backupSqlite(db, target);
  const daily = readdirSync(policy.dir)
    .filter((f) => DAILY.test(f))
    .sort()
    .reverse();
  const removed = daily.slice(policy.keep).map((f) => join(policy.dir, f));
  for (const f of removed) rmSync(f, { force: true });
  return { written, removed };
}

const shellQuote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * The pg_dump command that backs up the PostgreSQL database of `url` to `out` (custom format, for
 * pg_restore), and the matching restore command. The password is left out: pg_dump takes it from
 * PGPASSWORD or ~/.pgpass, so it does not end up in the shell history.
 */
export function pgDumpCommand(url: string, out: string): { dump: string; restore: string; hadPassword: boolean } {
  let safe = url;
  let hadPassword = false;
  try {
    const u = new URL(url);
    hadPassword = u.password !== '';
    u.password = '';
    safe = u.toString();
  } catch {
    // Not a URL (a libpq key=value string): passed on as written.
  }
  return {
    dump: `pg_dump --format=custom --no-owner --file=${shellQuote(out)} --dbname=${shellQuote(safe)}`,
    restore: `pg_restore --clean --if-exists --no-owner --dbname=${shellQuote(safe)} ${shellQuote(out)}`,
    hadPassword,
  };
}
