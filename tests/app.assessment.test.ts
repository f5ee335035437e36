/**
 * Whole self-assessment conversations through handleInbound on a real SQLite file: the console
 * operator picks a school, confirms its facts, answers every question, edits, submits; a new
 * process on the same file resumes at the right question; export → score equals the chat score.
 */
import { describe, it, expect, afterEach } from 'vitest';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeApp, msg, texts } from './helpers/app.ts';
import { handleInbound } from '../src/app/handleInbound.ts';
import { listAssessments } from '../src/storage/assessments.ts';
import { getAnswers, getAnswerHistory } from '../src/storage/answers.ts';
import { getSchoolByName, updateSchoolFacts } from '../src/storage/schools.ts';
import { migrateState, scoreState } from '../src/core/assessment/machine.ts';
import { assessmentQuestions } from '../src/core/assessment/questions.ts';
import type { App } from '../src/build.ts';
import type { Question } from '../src/core/rubric/schema.ts';

const SCHOOL = '示例县第一初级中学';
let open: App[] = [];
afterEach(async () => {
  for (const a of open) await a.db.destroy();
  open = [];
});

async function say(app: App & { clock: { now(): string; advance(ms: number): void } }, text: string, from?: { id: string; name: string }) {
  app.clock.advance(1000);
  return texts(await handleInbound(msg(text, { at: app.clock.now(), ...(from ? { from } : {}) }), app.deps));
}

async function currentState(app: App) {
  const school = await getSchoolByName(app.db, SCHOOL);
  const a = (await listAssessments(app.db, { semesterId: '2026-2027-1' })).find((x) => x.schoolId === school!.id);
  return { assessment: a!, state: a?.state == null ? null : migrateState(a.state) };
}

/** A plausible answer for a question: meets most requirements, with a couple of gaps. */
function answerFor(q: Question): string {
  if (q.type === 'yesno') return '是';
  if (q.type === 'choice') return '1';
  if (q.type === 'hours') return '8小时';
  if (q.type === 'amount') return '20000元';
  return q.id === 'q-10-fulltime' ? '1' : '两次';
}

async function runToEnd(app: Awaited<ReturnType<typeof makeApp>>, from?: { id: string; name: string }): Promise<string> {
  let last = '';
  for (let guard = 0; guard < 80; guard++) {
    const { state } = await currentState(app);
    if (!state || state.cursor === null) return last;
    if (state.cursor === 'facts-check') {
      last = await say(app, '是', from);
      continue;
    }
    const q = app.deps.rubric.items.flatMap((i) => i.questions).concat(app.deps.rubric.veto.question).find((x) => x.id === state.cursor);
    if (!q) throw new Error(`cursor on unknown question ${state.cursor}`);
    last = await say(app, q.id === 'q-99-veto' ? '否' : answerFor(q), from);
  }
  throw new Error('did not finish');
}

describe('self-assessment through handleInbound', () => {
  it('runs a whole assessment, edits item 10 after the end, submits, and exports the same score', async () => {
    const app = await makeApp();
    open.push(app);
    const list = await say(app, '自评');
    expect(list).toContain('请选择');
    expect(list).toContain(SCHOOL);
    const idx = list.split('\n').find((l) => l.includes(SCHOOL))!.split('.')[0]!;
    const first = await say(app, idx);
    expect(first).toContain(SCHOOL);
    expect(first).toMatch(/仍然准确|是\/否/);

    const summary = await runToEnd(app);
    expect(summary).toMatch(/提交/);
    const { state } = await currentState(app);
    expect(state!.cursor).toBeNull();
    const stored = await getAnswers(app.db, (await currentState(app)).assessment.id);
    expect(Object.keys(stored).length).toBe(Object.keys(state!.answers).length);

    // Edit item 10 after the end: goes to its questions, then back to the summary.
    const edit = await say(app, '修改10');
    expect(edit).toContain('专职');
    await say(app, '2');
    const afterEdit = await currentState(app);
    expect(afterEdit.state!.answers['q-10-fulltime']).toBe(2);
    for (let i = 0; i < 5 && (await currentState(app)).state!.cursor !== null; i++) await say(app, '是');
    const history = await getAnswerHistory(app.db, afterEdit.assessment.id);
    const change = history.find((h) => h.questionId === 'q-10-fulltime' && h.oldValue === 1);
    expect(change?.newValue).toBe(2);
    expect(change?.by).toBe('测试员');

    const score = await say(app, '得分');
    expect(score).toMatch(/暂定/);
    const chatTotal = scoreState((await currentState(app)).state!, app.deps.rubric).total;
    expect(score).toContain(String(chatTotal));

    const ask = await say(app, '提交');
    expect(ask).toMatch(/确认提交/);
    const done = await say(app, '确认提交');
    expect(done).toMatch(/已提交/);
    expect((await currentState(app)).assessment.status).toBe('submitted');

    // The office sees the same total, scored from the facts the assessment holds, even after the
    // school's record changes (e.g. next semester's student count).
    const school = (await getSchoolByName(app.db, SCHOOL))!;
    await updateSchoolFacts(app.db, school.id, { students: 4200 }, 'test', app.clock.now());
    expect(await say(app, `学校 ${SCHOOL}`)).toContain(`${chatTotal}/100`);

    // export → score: the same engine gives the same total.
    const env = { ...process.env, SQLITE_FILE: join(app.dir, 'db.sqlite'), SEED_DEMO: 'false' };
    const exported = execFileSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'export', '--school', SCHOOL, '--semester', '2026-2027-1'], { env, encoding: 'utf8' });
    const file = join(app.dir, 'export.yaml');
    writeFileSync(file, exported);
    const scored = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'score', '--json', file], { env, encoding: 'utf8' })) as { total: number };
    expect(scored.total).toBe(chatTotal);
  });

  it('answers a rule question in the middle and asks the current question again', async () => {
    const app = await makeApp();
    open.push(app);
    await say(app, '自评');
    await say(app, SCHOOL);
    await say(app, '是'); // facts still correct
    const before = (await currentState(app)).state!;
    const reply = await say(app, '心理课多久上一次？');
    expect(reply).toMatch(/第12条/);
    const after = (await currentState(app)).state!;
    expect(after.cursor).toBe(before.cursor);
    expect(after.answers).toEqual(before.answers);
  });

  it('skips, goes back, and keeps every answer in a new process on the same file', async () => {
    const first = await makeApp();
    await say(first, '自评');
    await say(first, SCHOOL);
    await say(first, '是');
    const q1 = (await currentState(first)).state!.cursor;
    await say(first, '跳过');
    const q2 = (await currentState(first)).state!.cursor;
    expect(q2).not.toBe(q1);
    await say(first, '上一题');
    expect((await currentState(first)).state!.cursor).toBe(q1);
    await say(first, '是');
    const saved = (await currentState(first)).state!;
    await first.db.destroy();

    // A new process (new app on the same file) continues where we were.
    const second = await makeApp({ dir: first.dir, clock: first.clock });
    open.push(second);
    const resumed = await say(second, '自评');
    const state = (await currentState(second)).state!;
    expect(state.cursor).toBe(saved.cursor);
    expect(state.answers).toEqual(saved.answers);
    expect(resumed).toMatch(/第 \d+\/\d+ 题/);
  });

  it('lets two staff continue the same assessment and records who changed what', async () => {
    const app = await makeApp();
    open.push(app);
    const a = { id: 'op-a', name: '王老师' };
    const b = { id: 'op-b', name: '李校长' };
    await say(app, '自评', a);
    await say(app, SCHOOL, a);
    await say(app, '是', a);
    await say(app, '是', a);
    await say(app, '自评', b);
    const resumed = await say(app, SCHOOL, b);
    expect(resumed).toMatch(/第 2\/\d+ 题/);
    await say(app, '2', b);
    const { assessment } = await currentState(app);
    const who = new Set((await getAnswerHistory(app.db, assessment.id)).map((h) => h.by));
    expect(who).toEqual(new Set(['王老师', '李校长']));
  });

  it('never throws on junk and leaves the database unchanged for a rejected answer', async () => {
    const app = await makeApp();
    open.push(app);
    await say(app, '自评');
    await say(app, SCHOOL);
    await say(app, '是');
    const questions = assessmentQuestions(app.deps.rubric, {});
    expect(questions.length).toBeGreaterThan(30);
    for (const junk of ['', '   ', '🙂🙂', '%%%', 'x'.repeat(5000), '-3', 'DROP TABLE answers;', '１２.５.６']) {
      const before = await currentState(app);
      const answersBefore = await getAnswers(app.db, before.assessment.id);
      const reply = await say(app, junk);
      if (junk.trim() === '') continue;
      expect(reply.length).toBeGreaterThan(0);
      const after = await currentState(app);
      if (after.state!.cursor === before.state!.cursor) {
        expect(await getAnswers(app.db, after.assessment.id)).toEqual(answersBefore);
      }
    }
  });
});
