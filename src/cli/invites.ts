/**
 * Invite codes for binding a WeChat contact (the person then sends 「绑定 <code>」 privately):
 *   admin invite [--role office|inspector] [--name <name>] [--days 7]      office staff, inspectors
 *   school invite <school> --role principal|staff [--name <name>] [--days 7]  a school's principal or staff
 * The code is printed once; only its hash is stored. The name is stored with the invite and
 * becomes the person's display name when they bind (without it, their WeChat nickname).
 */
import type { Command } from 'commander';
import type { Knex } from 'knex';
import type { Role } from '../storage/types.ts';
import { fail, type CliDeps } from './deps.ts';
import { shownInput } from '../core/text/privacy.ts';

const load = async () => ({
  ...(await import('../config.ts')),
  ...(await import('../storage/knex.ts')),
  ...(await import('../../db/seeds/01_demo_county.ts')),
  ...(await import('../storage/schools.ts')),
  ...(await import('../app/bind.ts')),
  ...(await import('../app/identity.ts')),
  ...(await import('../files/secret.ts')),
});

const DAYS_OPTION = ['--days <n>', '有效天数（1–90）', '7'] as const;
const NAME_OPTION = ['--name <name>', '发给谁（绑定后作为此人的显示名，最多 20 个字）'] as const;
const NAME_MAX = 20;

/** The command group `name`, shared with other registrations of the same group. */
function group(program: Command, name: string, description: string): Command {
  return program.commands.find((c) => c.name() === name) ?? program.command(name).description(description);
}

export function registerInvites(program: Command, deps: CliDeps): void {
  group(program, 'admin', '考核办公室管理')
    .command('invite')
    .description('生成考核办公室人员（或 --role inspector 考核组成员）的绑定邀请码（只显示一次）')
    .option('--role <role>', 'office（考核办公室，默认）或 inspector（考核组成员：私聊“考核 学校”核实各校）', 'office')
    .option(...NAME_OPTION)
    .option(...DAYS_OPTION)
    .action((opts: { role: string; name?: string; days: string }) =>
      invite(deps, opts.days, opts.name, async () =>
        opts.role === 'office' || opts.role === 'inspector'
          ? { role: opts.role, schoolId: null }
          : `--role 只能是 office 或 inspector，收到：${shownInput(opts.role)}`,
      ),
    );

  group(program, 'school', '学校管理')
    .command('invite')
    .description('生成学校校长或老师的绑定邀请码（只显示一次）')
    .argument('<school>', '学校全名')
    .requiredOption('--role <role>', 'principal（校长，可提交自评）或 staff（老师，可填写自评）')
    .option(...NAME_OPTION)
    .option(...DAYS_OPTION)
    .action((schoolName: string, opts: { role: string; name?: string; days: string }) =>
      invite(deps, opts.days, opts.name, async (db) => {
        if (opts.role !== 'principal' && opts.role !== 'staff') return `--role 只能是 principal 或 staff，收到：${shownInput(opts.role)}`;
        const { getSchoolByName, listSchools } = await load();
        const school = await getSchoolByName(db, schoolName);
        if (school) return { role: opts.role, schoolId: school.id };
        const names = (await listSchools(db)).map((s) => s.name).join('、');
        return `没有这所学校：${schoolName}。现有：${names || '（无，请先导入学校）'}`;
      }),
    );
}

type Target = { role: Role; schoolId: number | null };

async function invite(
  deps: CliDeps,
  daysText: string,
  nameText: string | undefined,
  target: (db: Knex) => Promise<Target | string>,
): Promise<void> {
  const days = Number(daysText);
  if (!/^\d+$/.test(daysText) || days < 1 || days > 90) return fail(deps, [`--days 应为 1–90 的整数，收到：${shownInput(daysText)}`]);
  const name = nameText?.trim();
  if (name !== undefined && (name === '' || [...name].length > NAME_MAX)) {
    return fail(deps, [`--name 应为 1–${NAME_MAX} 个字，收到：${shownInput(nameText ?? '')}`]);
  }
  const { parseConfig, openDatabase, migrate, seedDemo, issueInvite, personLabel, loadSecret } = await load();
  const config = parseConfig(process.env);
  if (!config.ok) return fail(deps, config.errors);
  const secret = await loadSecret(config.config.secret);
  if (!secret.ok) return fail(deps, [secret.error]);
  const db = await openDatabase(config.config.storage);
  try {
    await migrate(db);
    if (config.config.seedDemo) await seedDemo(db);
    const who = await target(db);
    if (typeof who === 'string') return fail(deps, [who]);
    const now = new Date().toISOString();
    const { code, invite } = await issueInvite(db, { ...who, days, by: 'cli', name }, now, secret.key);
    const until = new Date(invite.expiresAt).toLocaleString('zh-CN', { timeZone: config.config.timeZone, dateStyle: 'short', timeStyle: 'short', hour12: false });
    deps.out(
      [
        `邀请码：${code}`,
        `身份：${await personLabel(db, who)}${name ? `（给 ${name}）` : ''}`,
        `有效期至：${until}，只能使用一次`,
        `请私下发给本人，让本人私聊助手发送：绑定 ${code}`,
        '邀请码只显示这一次，系统只保存它的带密钥摘要。',
      ].join('\n'),
    );
  } finally {
    await db.destroy();
  }
}
