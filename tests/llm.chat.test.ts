/**
 * The optional model through the chat path (handleInbound), against the local fake endpoint:
 * - every prompt-injection case, sent as a private message, gets an in-scope answer or the polite
 *   refusal, and no score, other school or prompt text leaks;
 * - a self-assessment answer the parser cannot read is read by the model, echoed back, and
 *   stored only after 是; the score is never the model's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeApp, msg, texts } from './helpers/app.ts';
import { handleInbound } from '../src/app/handleInbound.ts';
import { loadPrompts } from '../src/llm/client.ts';
import { citationLines } from '../src/core/llm/guard.ts';
import { listAssessments } from '../src/storage/assessments.ts';
import { getAnswers } from '../src/storage/answers.ts';
import { migrateState } from '../src/core/assessment/machine.ts';
import { startFakeServer, type FakeServer } from './llm.fake-server.ts';
import { attackReply, injectionViolations, loadInjectionCases } from './llm.injection-cases.ts';

let server: FakeServer;
let app: Awaited<ReturnType<typeof makeApp>>;
const prompts = loadPrompts();

beforeAll(async () => {
  server = await startFakeServer();
  app = await makeApp({ env: { OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: server.baseURL, OPENAI_MODEL: 'fake' } });
});
afterAll(async () => {
  await app.db.destroy();
  await server.close();
});

async function say(text: string, from = { id: 'local-operator', name: '测试员' }) {
  app.clock.advance(1000);
  return handleInbound(msg(text, { at: app.clock.now(), from }), app.deps);
}

describe('prompt injection through handleInbound, model on', () => {
  const cases = loadInjectionCases();
  it.each(cases.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
    const draft = app.deps.ask(c.text);
    server.reset();
    server.otherwise = {
      reply: attackReply(c, {
        system: prompts.phraseSystem,
        user: prompts.phraseUser,
        citation: citationLines(draft.answer)[0] ?? '',
      }),
    };
    const reply = texts(await say(c.text));
    const ground = [draft.answer, ...draft.figures.map((f) => f.formula)];
    expect(injectionViolations(reply, c, ground, Object.values(prompts))).toEqual([]);
    // Either the deterministic answer itself or a phrasing that kept its citation line.
    if (!draft.inScope) expect(reply).toBe(draft.answer);
    else for (const line of citationLines(draft.answer)) expect(reply).toContain(line);
  });
});

describe('reading a free-form self-assessment answer', () => {
  it('echoes what the model read and stores it only after 是', async () => {
    server.reset();
    server.otherwise = { status: 503 };
    await say('自评');
    await say('示例县第一初级中学');
    await say('是'); // facts still correct
    await say('是'); // q1
    const a = (await listAssessments(app.db, { semesterId: '2026-2027-1' }))[0]!;
    const cursor = migrateState(a.state).cursor;
    expect(cursor).toBe('q-2-meetings');

    server.script({ reply: '{"value": 2}' });
    const echo = texts(await say('开了俩回，一回线上一回线下'));
    expect(echo).toContain('我理解您的回答是：2');
    expect((await getAnswers(app.db, a.id))['q-2-meetings']).toBeUndefined();

    const stored = texts(await say('是'));
    expect(stored).toContain('已记录');
    expect((await getAnswers(app.db, a.id))['q-2-meetings']).toBe(2);
  });

  it('falls back to the parser’s re-prompt when the endpoint fails', async () => {
    server.reset();
    server.otherwise = { status: 503 };
    const reply = texts(await say('这个嘛说来话长'));
    expect(reply).toMatch(/请回复/);
    expect(reply).not.toContain('我理解您的回答是');
  });
});
