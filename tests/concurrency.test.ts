/**
 * Two processes writing one database at once: the WeChat bot (tests/helpers/bot-writer.ts, the
 * real app through handleInbound) and the office's CLI (`cli chat`, answering line after line).
 * Every bot message is delivered twice at once (the same id), so the count of answers also shows
 * that each message is handled exactly once. On SQLite a write transaction that began as a read
 * used to fail at once with SQLITE_BUSY while the other process wrote; write transactions now
 * begin with BEGIN IMMEDIATE and wait for the busy timeout. With PG_TEST_URL set (.ci/run), the
 * same run on PostgreSQL.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { PG_URL, pgSchemas } from './helpers/pg.ts';
import { tempDir } from './helpers/app.ts';
import { openDatabase, migrate } from '../src/storage/knex.ts';
import { seedDemo } from '../db/seeds/01_demo_county.ts';
import { APP_TEXT } from '../src/core/text/app-replies.ts';

const MESSAGES = 500;

interface BotFigures {
  answered: number;
  ignored: number;
  failed: number;
  ms: number;
}

function run(args: string[], env: NodeJS.ProcessEnv, stdin?: (write: (s: string) => boolean) => Promise<void>) {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
  const done = new Promise<{ code: number | null; out: string; err: string }>((resolve) =>
    child.on('exit', (code) => resolve({ code, out, err })),
  );
  if (stdin) setImmediate(() => void stdin((s) => child.stdin.write(s)).then(() => child.stdin.end()));
  else child.stdin.end();
  return { child, done, output: () => out };
}

/** Runs the bot and the CLI against `env`'s database at once; returns what each saw. */
async function twoWriters(env: NodeJS.ProcessEnv) {
  let botDone = false;
  const cli = run(['src/cli.ts', 'chat', '--as', '王老师', '--school', '示例县第一初级中学'], env, async (write) => {
    // Keep the CLI writing for as long as the bot runs: a few lines at a time, never a backlog.
    let sent = 0;
    while (!botDone) {
      const answered = (cli.output().match(/——/g) ?? []).length;
      if (sent - answered < 4) {
        write('心理课多久上一次\n');
        sent += 1;
      }
      await new Promise((r) => setTimeout(r, 2));
    }
  });
  // Start the bot once the CLI has answered (it is writing by then).
  while (!cli.output().includes('——')) await new Promise((r) => setTimeout(r, 20));
  const bot = await run(['tests/helpers/bot-writer.ts', String(MESSAGES), 'wx'], env).done;
  botDone = true;
  const cliResult = await cli.done;
  expect(bot.err).toBe('');
  return { bot: JSON.parse(bot.out.trim()) as BotFigures, cli: cliResult, cliAnswers: (cliResult.out.match(/——/g) ?? []).length };
}

describe('a bot process and a CLI process writing the same database at once', () => {
  it('SQLite: every one of 500 messages is answered once, none fails', async () => {
    const dir = tempDir();
    const file = join(dir, 'db.sqlite');
    const db = await openDatabase({ client: 'sqlite', file });
    await migrate(db);
    await seedDemo(db);
    await db.destroy();
    const env = { ...process.env, SQLITE_FILE: file, OUT_DIR: join(dir, 'out'), REMINDERS: 'false', DATABASE_URL: '' };

    const { bot, cli, cliAnswers } = await twoWriters(env);
    console.info(`SQLite two writers: bot ${JSON.stringify(bot)}, cli ${cliAnswers} answers`);
    expect(bot.failed).toBe(0);
    expect(bot.answered).toBe(MESSAGES);
    expect(bot.ignored).toBe(MESSAGES);
    expect(cli.code).toBe(0);
    expect(cli.out).not.toContain(APP_TEXT.saveFailed);
    expect(cliAnswers).toBeGreaterThan(5);
  }, 120_000);

  describe.runIf(PG_URL)('PostgreSQL', () => {
    const pg = pgSchemas('mh_two_writers');
    afterAll(() => pg.close());

    it('every one of 500 messages is answered exactly once, none fails', async () => {
      const { schema, url } = await pg.fresh();
      const db = await openDatabase({ client: 'pg', url });
      await migrate(db);
      await seedDemo(db);
      await db.destroy();
      const env = { ...process.env, DATABASE_URL: url, OUT_DIR: join(tempDir(), 'out'), REMINDERS: 'false' };

      const { bot, cli, cliAnswers } = await twoWriters(env);
      console.info(`PostgreSQL two writers: bot ${JSON.stringify(bot)}, cli ${cliAnswers} answers`);
      expect(bot).toMatchObject({ failed: 0, answered: MESSAGES, ignored: MESSAGES });
      expect(cli.code).toBe(0);
      expect(cli.out).not.toContain(APP_TEXT.saveFailed);
      const [{ n }] = (await pg.admin().withSchema(schema).table('inbound_messages').where({ channel: 'wechat' }).count({ n: '*' })) as [{ n: string }];
      expect(Number(n)).toBe(MESSAGES);
    }, 120_000);
  });
});
