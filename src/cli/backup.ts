/**
 * `cli backup --out <file>`: a consistent copy of the live SQLite database, safe while the bot
 * runs (see storage/backup.ts). With PostgreSQL (DATABASE_URL) it prints the pg_dump command to
 * use instead, and exits 0. Restoring is described in the README (备份与恢复).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { fail, type CliDeps } from './deps.ts';

const load = async () => ({
  ...(await import('../config.ts')),
  ...(await import('../storage/knex.ts')),
  ...(await import('../storage/backup.ts')),
});

export function registerBackup(program: Command, deps: CliDeps): void {
  program
    .command('backup')
    .description('备份数据库（机器人运行时也可以执行）')
    .requiredOption('--out <file>', '备份文件，如 backups/2026-12-01.sqlite（不能已存在）')
    .action((opts: { out: string }) => backup(deps, opts.out));
}

async function backup(deps: CliDeps, outText: string): Promise<void> {
  const { parseConfig, openDatabase, backupSqlite, pgDumpCommand } = await load();
  const config = parseConfig(process.env);
  if (!config.ok) return fail(deps, config.errors);
  const storage = config.config.storage;
  if (storage.client === 'pg') {
    const cmd = pgDumpCommand(storage.url, outText);
    deps.out(
      [
        '当前使用 PostgreSQL，请在能连上数据库的机器上用 pg_dump 备份：',
        `  ${cmd.dump}`,
        ...(cmd.hadPassword ? ['密码已从命令中去掉：请用环境变量 PGPASSWORD 或 ~/.pgpass 提供，不要写在命令行里。'] : []),
        '恢复（先停止所有实例）：',
        `  ${cmd.restore}`,
      ].join('\n'),
    );
    return;
  }
  const out = resolve(outText);
  if (!existsSync(storage.file)) return fail(deps, [`没有数据库文件：${storage.file}（检查 SQLITE_FILE）`]);
  if (existsSync(out)) return fail(deps, [`备份文件已存在：${outText}，请换一个文件名`]);
  const db = await openDatabase(storage);
  try {
    const done = await backupSqlite(db, out);
    deps.out(
      [
        `已备份：${outText}（${(done.bytes / 1024).toFixed(0)} KB，完整性检查通过）`,
        '恢复：停止机器人，把备份文件复制为 SQLITE_FILE 指向的文件，删掉旁边的 -wal、-shm 文件，再启动。',
      ].join('\n'),
    );
  } catch (err) {
    fail(deps, [`备份失败：${err instanceof Error ? err.message : String(err)}`]);
  } finally {
    await db.destroy();
  }
}
