/**
 * Nothing acknowledged is lost:
 * - a failed write is reported to the user as not saved, and changes nothing;
 * - `kill -9` of a running chat process at any moment keeps every answer it had acknowledged.
 */
import { describe, it, expect, afterEach } from 'vitest';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { makeApp, msg, tempDir, texts } from './helpers/app.ts';
import { handleInbound } from '../src/app/handleInbound.ts';
import { APP_TEXT } from '../src/core/text/app-replies.ts';
import { openDatabase } from '../src/storage/knex.ts';
import { listAssessments } from '../src/storage/assessments.ts';
import { getAnswers } from '../src/storage/answers.ts';
import { migrateState } from '../src/core/assessment/machine.ts';
import type { Knex } from 'knex';

const SCHOOL = '示例县第一初级中学';
const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0)) await f();
});

async function stored(db: Knex) {
  const [a] = await listAssessments(db, { semesterId: '2026-2027-1' });
  return { answers: a ? await getAnswers(db, a.id) : {}, state: a?.state ? migrateState(a.state) : null };
}

describe('a failed write', () => {
  it('tells the user it was not saved and leaves answers and state as they were', async () => {
    const app = await makeApp();
    cleanup.push(() => app.db.destroy());
    const say = async (t: string) => {
      app.clock.advance(1000);
      return texts(await handleInbound(msg(t, { at: app.clock.now() }), app.deps));
    };
    await say('自评');
    await say(SCHOOL);
    await say('是');
    const before = await stored(app.db);
    await app.db.raw("CREATE TRIGGER broken BEFORE INSERT ON answers BEGIN SELECT RAISE(ABORT, 'disk full'); END");
    expect(await say('是')).toBe(APP_TEXT.saveFailed);
    expect(await stored(app.db)).toEqual(before);
    await app.db.raw('DROP TRIGGER broken');
    expect(await say('是')).toContain('已记录');
    expect((await stored(app.db)).answers).toEqual({ ...before.answers, [before.state!.cursor!]: true });
  });
});

describe('kill -9', () => {
  it.each([2, 5, 9])('keeps every acknowledged answer when the process is killed after %i acknowledgements', async (target) => {
    const dir = tempDir();
    const env = { ...process.env, SQLITE_FILE: join(dir, 'db.sqlite'), OUT_DIR: join(dir, 'out'), REMINDERS: 'false' };
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'chat', '--as', '王老师', '--school', SCHOOL], { env });
    let out = '';
    const acknowledged: string[] = [];
    const killed = new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString('utf8');
        const acks = out.match(/已记录[^：。]*：[^。]*。/g) ?? [];
        if (acks.length >= target && !child.killed) {
          acknowledged.push(...acks);
          child.kill('SIGKILL');
        }
      });
      child.on('exit', () => resolve());
    });
    // Facts confirmation, then yes/no and count answers, more than will be acknowledged.
    const lines = ['自评', '是', '是', '2', '是', '2', '是', '是', '是', '是', '1', '1', '是', '是', '是'];
    child.stdin.write(`${lines.join('\n')}\n`);
    await killed;
    expect(acknowledged.length).toBeGreaterThanOrEqual(target);

    const db = await openDatabase({ client: 'sqlite', file: join(dir, 'db.sqlite') });
    cleanup.push(() => db.destroy());
    const { answers, state } = await stored(db);
    // The first 「已记录」 is the facts confirmation; every later one is a stored answer.
    expect(Object.keys(answers).length).toBeGreaterThanOrEqual(acknowledged.length - 1);
    expect(state?.factsConfirmed).toBe(true);
  });
});
