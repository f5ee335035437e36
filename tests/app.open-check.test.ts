/**
 * An open self-assessment takes free text as an answer: the check that one is open only reads
 * (no semester or assessment row appears by checking), and an answer loads the assessment once.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { makeApp, msg, texts } from './helpers/app.ts';
import { handleInbound } from '../src/app/handleInbound.ts';
import { listAssessments } from '../src/storage/assessments.ts';
import { listSemesters } from '../src/storage/semesters.ts';
import type { App } from '../src/build.ts';

const SCHOOL = '示例县第一初级中学';
type TestApp = Awaited<ReturnType<typeof makeApp>>;
let open: App[] = [];
afterEach(async () => {
  for (const a of open) await a.db.destroy();
  open = [];
});

async function started(): Promise<TestApp> {
  const app = await makeApp();
  open.push(app);
  await say(app, '自评');
  expect(await say(app, SCHOOL)).toContain(SCHOOL);
  return app;
}

async function say(app: TestApp, text: string): Promise<string> {
  app.clock.advance(1000);
  return texts(await handleInbound(msg(text, { at: app.clock.now() }), app.deps));
}

describe('free text while a self-assessment was open', () => {
  it('creates no semester or assessment row when the semester has moved on', async () => {
    const app = await started();
    const semestersBefore = (await listSemesters(app.db)).map((s) => s.id);
    app.clock.set('2027-10-10T02:00:00.000Z'); // the next school year: not stored yet
    const reply = await say(app, '心理健康教育课每两周不少于几课时？');
    expect(reply).not.toBe('');
    expect((await listSemesters(app.db)).map((s) => s.id)).toEqual(semestersBefore);
    expect(semestersBefore).not.toContain('2027-2028-1');
    expect(await listAssessments(app.db, { semesterId: '2027-2028-1' })).toEqual([]);
  });

  it('loads the semester and the assessment once for an answer, and creates nothing', async () => {
    const app = await started();
    const sql: string[] = [];
    const record = (q: { sql: string }) => sql.push(q.sql);
    app.db.on('query', record);
    try {
      await say(app, '是');
    } finally {
      app.db.off('query', record);
    }
    const matching = (re: RegExp) => sql.filter((s) => re.test(s)).length;
    expect(matching(/^select .* from [`"]semesters[`"]/)).toBe(1);
    expect(matching(/^select .* from [`"]assessments[`"]/)).toBe(1);
    expect(matching(/^insert into [`"](assessments|semesters)[`"]/)).toBe(0);
    const [a] = (await listAssessments(app.db, { semesterId: '2026-2027-1' })).filter((x) => x.revision > 0);
    expect(a?.status).toBe('in_progress');
  });
});
