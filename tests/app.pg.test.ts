/**
 * The whole app on PostgreSQL (the multi-instance option), only when PG_TEST_URL is set
 * (.ci/run starts a throw-away server): a self-assessment through handleInbound commits and
 * resumes there exactly as on SQLite, and a duplicated delivery is handled once.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { PG_URL, pgSchemas } from './helpers/pg.ts';
import { makeApp, msg, texts, tempDir } from './helpers/app.ts';
import { handleInbound } from '../src/app/handleInbound.ts';
import { listAssessments } from '../src/storage/assessments.ts';
import { getAnswers } from '../src/storage/answers.ts';

describe.runIf(PG_URL)('the app on PostgreSQL', () => {
  const pg = pgSchemas('mh_app');
  afterAll(() => pg.close());

  it('runs, commits and resumes a self-assessment, and handles a duplicate once', async () => {
    const { url } = await pg.fresh();
    const env = { DATABASE_URL: url };
    const dir = tempDir();

    const first = await makeApp({ env, dir });
    const say = async (app: typeof first, text: string, id?: string) => {
      app.clock.advance(1000);
      const m = msg(text, { at: app.clock.now() });
      return texts(await handleInbound(id ? { ...m, id } : m, app.deps));
    };
    expect(await say(first, '自评')).toContain('示例县第一中学');
    await say(first, '示例县第一中学');
    await say(first, '是');
    expect(await say(first, '是', 'dup-1')).toContain('已记录');
    expect(await say(first, '是', 'dup-1')).toBe(''); // the same delivery again: handled once
    expect(await say(first, '两次')).toContain('已记录第2题：2 次');
    await first.db.destroy();

    const second = await makeApp({ env, dir, clock: first.clock });
    try {
      expect(await say(second, '自评')).toContain('已答 2/41 题');
      const [a] = await listAssessments(second.db, { semesterId: '2026-2027-1' });
      expect(await getAnswers(second.db, a!.id)).toEqual({ 'q-2-group': true, 'q-2-meetings': 2 });
    } finally {
      await second.db.destroy();
    }
  });
});
