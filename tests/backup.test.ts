/**
 * Backups (issue 14 §6): `cli backup --out` copies the live SQLite database while another process
 * keeps writing, the copy is consistent and restores into a working app; with PostgreSQL it prints
 * the pg_dump command; the scheduler's daily backups keep the newest BACKUP_KEEP files.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import knex from 'knex';
import { afterEach, describe, expect, it } from 'vitest';
import { makeApp, msg, tempDir, texts } from './helpers/app.ts';
import { handleInbound } from '../src/app/handleInbound.ts';
import { listAssessments } from '../src/storage/assessments.ts';
import { getAnswers } from '../src/storage/answers.ts';
import { backupSqlite, checkSqliteFile, dailyBackup, dailyBackupName, pgDumpCommand } from '../src/storage/backup.ts';
import { openDatabase } from '../src/storage/knex.ts';
import { localDay, startReminderScheduler } from '../src/channels/scheduler.ts';
import { parseConfig } from '../src/config.ts';
import { silentLogger } from '../src/app/deps.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = (args: string[], env: Record<string, string>) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });

/** The writer's rows in a copy: both sides of every transaction, or the copy is torn. */
async function writerRows(file: string): Promise<{ a: number; b: number }> {
  const db = knex({ client: 'sqlite3', connection: { filename: file }, useNullAsDefault: true });
  try {
    const rows = await db('outbox').where({ recipient: 'writer' }).select('dedupe_key');
    const side = (s: string) => rows.filter((r: { dedupe_key: string }) => r.dedupe_key.endsWith(`-${s}`)).length;
    return { a: side('a'), b: side('b') };
  } finally {
    await db.destroy();
  }
}

let writer: ChildProcess | null = null;
afterEach(() => {
  writer?.kill('SIGKILL');
  writer = null;
});

describe('cli backup (SQLite)', () => {
  it('copies the live database while another process writes; the copy is consistent and restores', async () => {
    // Real data first: one self-assessment answer, committed through handleInbound.
    const app = await makeApp();
    const say = async (text: string) => {
      app.clock.advance(1000);
      return texts(await handleInbound(msg(text, { at: app.clock.now() }), app.deps));
    };
    await say('自评');
    await say('示例县第一中学');
    await say('是');
    expect(await say('是')).toContain('已记录');
    await app.db.destroy();
    const file = join(app.dir, 'db.sqlite');

    writer = spawn(process.execPath, ['--import', 'tsx', join(root, 'tests/helpers/sqlite-writer.ts'), file], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve, reject) => {
      writer!.stdout!.setEncoding('utf8').on('data', (d: string) => d.includes('ready') && resolve());
      writer!.on('exit', (code) => reject(new Error(`writer exited ${code}`)));
    });

    // The CLI, in its own process, while the writer commits.
    const out = join(app.dir, 'backups', 'cli.sqlite');
    const run = cli(['backup', '--out', out], { SQLITE_FILE: file });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('已备份');
    // A second one to the same name is refused (exit 2, one line), the first is left alone.
    const again = cli(['backup', '--out', out], { SQLITE_FILE: file });
    expect(again.status).toBe(2);
    expect(again.stderr.trim().split('\n')).toHaveLength(1);

    // More copies in this process, each while the writer is mid-stream.
    const copies = [out];
    const db = await openDatabase({ client: 'sqlite', file });
    for (let i = 0; i < 3; i++) {
      const copy = join(app.dir, 'backups', `live-${i}.sqlite`);
      await backupSqlite(db, copy);
      copies.push(copy);
    }
    await db.destroy();
    const live = await writerRows(file);
    writer.kill('SIGKILL');

    const counts: number[] = [];
    for (const copy of copies) {
      expect(await checkSqliteFile(copy)).toBeNull();
      const { a, b } = await writerRows(copy);
      expect(a).toBe(b); // never half a transaction
      counts.push(a);
    }
    expect(counts[0]).toBeGreaterThan(0);
    expect(live.a).toBeGreaterThan(counts[0]!); // the writer really was writing during the backup
    expect(readdirSync(join(app.dir, 'backups')).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    // Restore (README): the copy becomes the database file of a new install; the app reads it.
    const restored = tempDir();
    copyFileSync(out, join(restored, 'db.sqlite'));
    const back = await makeApp({ dir: restored, clock: app.clock });
    try {
      const [a] = await listAssessments(back.db, { semesterId: '2026-2027-1' });
      expect(await getAnswers(back.db, a!.id)).toEqual({ 'q-2-group': true });
      app.clock.advance(1000);
      expect(texts(await handleInbound(msg('自评', { at: app.clock.now() }), back.deps))).toContain('已答 1/41 题');
    } finally {
      await back.db.destroy();
    }
  }, 60_000);

  it('refuses a missing database file with one line and exit 2', () => {
    const dir = tempDir();
    const run = cli(['backup', '--out', join(dir, 'x.sqlite')], { SQLITE_FILE: join(dir, 'none.sqlite') });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('没有数据库文件');
    expect(existsSync(join(dir, 'none.sqlite'))).toBe(false); // not created by the attempt
  }, 30_000);
});

describe('cli backup (PostgreSQL)', () => {
  it('prints the pg_dump and pg_restore commands, without the password, and exits 0', () => {
    const run = cli(['backup', '--out', 'mh.dump'], { DATABASE_URL: 'postgres://bot:s3cret@db.local:5432/mh' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("pg_dump --format=custom --no-owner --file='mh.dump' --dbname='postgres://bot@db.local:5432/mh'");
    expect(run.stdout).toContain('pg_restore');
    expect(run.stdout).not.toContain('s3cret');
  }, 30_000);

  it('quotes for the shell', () => {
    expect(pgDumpCommand('postgres://u@h/d', "it's.dump").dump).toContain(`--file='it'\\''s.dump'`);
  });
});

describe('daily backups', () => {
  it('writes one file per day and keeps the newest BACKUP_KEEP, leaving other files alone', async () => {
    const app = await makeApp();
    const dir = join(app.dir, 'daily');
    mkdirSync(dir);
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    try {
      const policy = { dir, keep: 2 };
      expect((await dailyBackup(app.db, policy, '2026-12-01')).written?.file).toBe(join(dir, dailyBackupName('2026-12-01')));
      expect((await dailyBackup(app.db, policy, '2026-12-01')).written).toBeNull(); // same day: once
      await dailyBackup(app.db, policy, '2026-12-02');
      const third = await dailyBackup(app.db, policy, '2026-12-03');
      expect(third.removed).toEqual([join(dir, dailyBackupName('2026-12-01'))]);
      expect(readdirSync(dir).sort()).toEqual([dailyBackupName('2026-12-02'), dailyBackupName('2026-12-03'), 'notes.txt']);
      expect(await checkSqliteFile(join(dir, dailyBackupName('2026-12-03')))).toBeNull();
    } finally {
      await app.db.destroy();
    }
  });

  it('is made by the scheduler, named by the local day', async () => {
    const app = await makeApp();
    const dir = join(app.dir, 'sched');
    const now = '2026-11-30T17:30:00.000Z'; // 2026-12-01 01:30 in Shanghai
    expect(localDay(now, 'Asia/Shanghai')).toBe('2026-12-01');
    const stop = startReminderScheduler({
      db: app.db,
      rubric: app.deps.rubric,
      log: silentLogger,
      timeZone: 'Asia/Shanghai',
      reminders: false,
      backup: { dir, keep: 3 },
      now: () => now,
    });
    try {
      const file = join(dir, dailyBackupName('2026-12-01'));
      for (let i = 0; i < 200 && !existsSync(file); i++) await new Promise((r) => setTimeout(r, 25));
      expect(existsSync(file)).toBe(true);
    } finally {
      stop();
      await new Promise((r) => setTimeout(r, 100));
      await app.db.destroy();
    }
  });

  it('is configured by BACKUP_DIR and BACKUP_KEEP', () => {
    const ok = parseConfig({ BACKUP_DIR: '/var/backups/mh', BACKUP_KEEP: '30' });
    expect(ok.ok && ok.config.backup).toEqual({ dir: '/var/backups/mh', keep: 30 });
    const off = parseConfig({});
    expect(off.ok && off.config.backup).toBeNull();
    const bad = parseConfig({ BACKUP_DIR: '/x', BACKUP_KEEP: '0' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0]).toContain('BACKUP_KEEP');
  });
});
