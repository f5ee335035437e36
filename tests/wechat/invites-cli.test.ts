/**
 * `npm run cli -- admin invite` and `school invite`: the code is printed once, stored only as a
 * hash, with the role, school and expiry asked for; bad input is one line on stderr, exit 2.
 * The printed code then binds through the chat.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/app.ts';
import { migrate, openDatabase } from '../../src/storage/knex.ts';
import { hashInviteCode } from '../../src/storage/invites.ts';
import { getSchoolByName } from '../../src/storage/schools.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

function cli(env: Record<string, string>, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: root, env: { ...process.env, ...env } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe.concurrent('invite commands', { timeout: 120_000 }, () => {
  it('school invite prints a code once and stores only its hash, with role, school and expiry', async () => {
    const file = join(tempDir('mh-invite-'), 'db.sqlite');
    const r = await cli({ SQLITE_FILE: file }, 'school', 'invite', '示例县实验小学', '--role', 'staff', '--days', '3');
    expect(r.code).toBe(0);
    const code = /邀请码：([A-Z2-7]{8})/.exec(r.stdout)?.[1];
    expect(code).toBeDefined();
    expect(r.stdout).toContain('示例县实验小学 · 学校老师');
    expect(r.stdout).toContain(`绑定 ${code}`);

    const db = await openDatabase({ client: 'sqlite', file });
    try {
      await migrate(db);
      const rows = (await db('invites').select('*')) as { code_hash: string; role: string; school_id: number; expires_at: string; created_at: string }[];
      expect(rows).toHaveLength(1);
      expect(rows[0]!.code_hash).toBe(hashInviteCode(code!, Buffer.from(readFileSync(join(dirname(file), 'secret.key'), 'utf8').trim(), 'hex')));
      expect(rows[0]!.role).toBe('staff');
      expect(rows[0]!.school_id).toBe((await getSchoolByName(db, '示例县实验小学'))!.id);
      expect(Date.parse(rows[0]!.expires_at) - Date.parse(rows[0]!.created_at)).toBe(3 * 86_400_000);
    } finally {
      await db.destroy();
    }
    expect(readFileSync(file).includes(Buffer.from(code!))).toBe(false);
  });

  it('admin invite makes an office invite, naming who it is for', async () => {
    const file = join(tempDir('mh-invite-'), 'db.sqlite');
    const r = await cli({ SQLITE_FILE: file }, 'admin', 'invite', '--name', '赵科长');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('示例县教育局 · 考核办公室（给 赵科长）');
    const db = await openDatabase({ client: 'sqlite', file });
    try {
      expect(await db('invites').select('role', 'school_id', 'display_name')).toEqual([{ role: 'office', school_id: null, display_name: '赵科长' }]);
    } finally {
      await db.destroy();
    }
  });

  it('school invite --name stores the name with the invite', async () => {
    const file = join(tempDir('mh-invite-'), 'db.sqlite');
    const r = await cli({ SQLITE_FILE: file }, 'school', 'invite', '示例县实验小学', '--role', 'principal', '--name', ' 王校长 ');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('示例县实验小学 · 校长（给 王校长）');
    const db = await openDatabase({ client: 'sqlite', file });
    try {
      expect(await db('invites').select('role', 'display_name')).toEqual([{ role: 'principal', display_name: '王校长' }]);
    } finally {
      await db.destroy();
    }
  });

  for (const [args, part] of [
    [['school', 'invite', '没有这所', '--role', 'staff'], '没有这所学校'],
    [['school', 'invite', '示例县实验小学', '--role', 'boss'], '--role'],
    [['admin', 'invite', '--days', '0'], '--days'],
    [['admin', 'invite', '--name', ' '], '--name'],
    [['school', 'invite', '示例县实验小学', '--role', 'staff', '--name', '名'.repeat(21)], '--name'],
  ] as const) {
    it(`refuses ${args.join(' ')} in one line, exit 2`, async () => {
      const r = await cli({ SQLITE_FILE: join(tempDir('mh-invite-'), 'db.sqlite') }, ...args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(part);
    });
  }
});
