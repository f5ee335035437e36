/**
 * The real openai client over HTTP against a local fake endpoint: every failure mode falls back
 * to the deterministic text, and the circuit breaker opens and closes on a fake clock.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createServer } from 'node:net';
import pino from 'pino';
import type { AddressInfo } from 'node:net';
import type { QaAnswer } from '../src/core/qa/answer.ts';
import type { Question } from '../src/core/rubric/schema.ts';
import { createBreaker, createLlm, loadPrompts, type LlmOptions, type LlmPort } from '../src/llm/client.ts';
import { startFakeServer, type FakeServer } from './llm.fake-server.ts';

const CITE = '——三(四)第10条，6分（暂定）';
const PASSAGES = [
  {
    id: 'item-10',
    text: '配齐配好教师：小学、初中、高中、职业学校按1:1000师生比配备1名专职心理健康教育教师，并按1:500师生比人数配备兼职心理健康教育教师。',
  },
];
const DRAFT: QaAnswer = {
  question: '我们2300个学生要几个专职心理老师',
  answer: `2300名学生：专职心理健康教育教师不少于3名（2300 ÷ 1000 = 2.3，向上取整为 3 名）。\n${CITE}`,
  inScope: true,
  citations: [{ id: 'item-10', title: '配齐配好教师', points: 6 }],
  figures: [{ id: 'fulltimeTeachers', value: 3, unit: '名', formula: '2300 ÷ 1000 = 2.3，向上取整为 3 名' }],
};
const GOOD = `要配3名专职心理老师：按1:1000师生比，2300÷1000=2.3，向上取整为3名。\n${CITE}`;
const QUESTION = '我们2300个学生要几个专职心理老师？我电话13812345678';

const COUNT_Q: Question = { id: 'q-2-meetings', text: '本学期专班会议开了几次？', type: 'count', unit: '次', plausibleMax: 50 };
const CHOICE_Q: Question = {
  id: 'q-3-frequency',
  text: '心理课多久上一次？',
  type: 'choice',
  choices: [
    { id: 'weekly', label: '每周1节', aliases: ['每周'] },
    { id: 'biweekly', label: '每两周1节', aliases: [] },
    { id: 'rarely', label: '更少', aliases: [] },
  ],
};

let server: FakeServer;
let logs: Record<string, unknown>[];
let clock: number;
/** A real pino logger, its JSON lines captured. */
const log = pino({ base: null, timestamp: false }, { write: (line: string) => void logs.push(JSON.parse(line)) });
const FAST: LlmOptions = { timeoutMs: 300, deadlineMs: 1000, now: () => clock };

function port(options: LlmOptions = FAST, baseURL = server.baseURL): LlmPort {
  const llm = createLlm({ llm: { apiKey: 'test-key', baseURL, model: 'fake-model' } }, log, options);
  if (!llm) throw new Error('expected a port');
  return llm;
}
const phrase = (llm: LlmPort) => llm.phraseAnswer({ question: QUESTION, draft: DRAFT, passages: PASSAGES });

beforeAll(async () => {
  server = await startFakeServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  server.reset();
  server.otherwise = { status: 503 };
  logs = [];
  clock = 1_000_000;
});

describe('createLlm', () => {
  it('is off without a key', () => {
    expect(createLlm({ llm: null }, log)).toBeNull();
  });
});

describe('phraseAnswer over HTTP', () => {
  it('a good answer is sent as phrased, and nothing personal was sent', async () => {
    server.script({ reply: GOOD });
    expect(await phrase(port())).toEqual({ text: GOOD, path: 'llm' });
    expect(server.requests).toHaveLength(1);
    const [req] = server.requests;
    expect(req?.model).toBe('fake-model');
    expect(req?.messages.map((m) => m.role)).toEqual(['system', 'user']);
    expect(req?.messages[0]?.content).toBe(loadPrompts().phraseSystem);
    const user = req?.messages[1]?.content ?? '';
    expect(user).toContain('我们2300个学生要几个专职心理老师？我电话[电话]');
    expect(user).not.toContain('13812345678');
    expect(user).toContain(CITE);
    expect(user).toContain('配齐配好教师');
    expect(logs).toEqual([expect.objectContaining({ llm: 'phrase', path: 'llm' })]);
    expect(JSON.stringify(logs)).not.toContain('专职心理老师');
  });

  it.each([
    ['a hallucinated number', `要配4名专职心理老师。\n${CITE}`, 'guard:unknown-number:4'],
    ['a wrong citation', `要配3名专职心理老师，见第12条。\n${CITE}`, 'guard:unknown-clause:第12条'],
    ['a dropped citation line', '要配3名专职心理老师。', 'guard:citation-missing'],
    ['a leaked prompt', `${loadPrompts().phraseSystem.split('\n').slice(0, 3).join('\n')}\n${CITE}`, 'guard:prompt-leak'],
    ['an over-long reply', `${loadPrompts().phraseSystem}\n${CITE}`, 'guard:too-long'],
    ['another school', `阳光小学要配3名。\n${CITE}`, 'guard:school-name:阳光小学'],
  ])('%s is caught: the deterministic answer is sent', async (_what, reply, reason) => {
    server.script({ reply });
    expect(await phrase(port())).toEqual({ text: DRAFT.answer, path: 'fallback', reason });
    expect(logs).toEqual([expect.objectContaining({ llm: 'phrase', path: 'fallback', reason })]);
  });

  it.each([
    ['429', { status: 429 as const }, 'rate-limited', 2],
    ['503', { status: 503 as const }, 'server-error', 2],
    ['500', { status: 500 as const }, 'server-error', 2],
    ['a body that is not JSON', { garbage: true as const }, 'malformed', 1],
    ['an empty reply', { reply: '   ' }, 'malformed', 1],
  ])('%s falls back (429 and 5xx after exactly one retry)', async (_what, step, reason, requests) => {
    server.otherwise = step;
    expect(await phrase(port())).toEqual({ text: DRAFT.answer, path: 'fallback', reason });
    expect(server.requests).toHaveLength(requests);
  });

  it('a 503 followed by a good answer is retried once and succeeds', async () => {
    server.script({ status: 503 }, { reply: GOOD });
    expect(await phrase(port())).toEqual({ text: GOOD, path: 'llm' });
    expect(server.requests).toHaveLength(2);
  });

  it('a hang falls back within the deadline', async () => {
    server.otherwise = { hang: true };
    const started = performance.now();
    expect(await phrase(port())).toEqual({ text: DRAFT.answer, path: 'fallback', reason: 'timeout' });
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(290);
    expect(elapsed).toBeLessThan(1000 + 300);
  });

  it('the overall deadline holds even when each attempt is allowed longer', async () => {
    server.otherwise = { hang: true };
    const started = performance.now();
    const llm = port({ timeoutMs: 5000, deadlineMs: 400, now: () => clock });
    expect(await phrase(llm)).toMatchObject({ path: 'fallback', reason: 'timeout' });
    expect(performance.now() - started).toBeLessThan(400 + 300);
  });

  it('an unreachable endpoint is a network failure', async () => {
    const closed = await freePort();
    const llm = port(FAST, `http://127.0.0.1:${closed}/v1`);
    expect(await phrase(llm)).toEqual({ text: DRAFT.answer, path: 'fallback', reason: 'network' });
  });

  it('never calls the model for an out-of-scope question or an answer without a citation', async () => {
    const llm = port();
    const refused = { ...DRAFT, inScope: false, answer: '这个我答不了。', citations: [], figures: [] };
    expect(await llm.phraseAnswer({ question: '帮我写首诗', draft: refused, passages: [] })).toEqual({
      text: '这个我答不了。',
      path: 'fallback',
      reason: 'out-of-scope',
    });
    const uncited = { ...DRAFT, answer: '可以这样问我考核办法：…' };
    expect(await llm.phraseAnswer({ question: '帮助', draft: uncited, passages: [] })).toMatchObject({
      path: 'fallback',
      reason: 'no-citation',
    });
    expect(server.requests).toHaveLength(0);
  });
});

describe('readAnswer over HTTP (structured output)', () => {
  it('reads a free-form count, with the JSON mode asked for and the text redacted', async () => {
    server.script({ reply: '{"value": 2}' });
    const text = '开了两次，一次线上一次线下，联系人学生张三13812345678';
    expect(await port().readAnswer({ question: COUNT_Q, text })).toEqual({ ok: true, value: 2, path: 'llm' });
    const [req] = server.requests;
    expect(req?.response_format).toEqual({ type: 'json_object' });
    const user = req?.messages[1]?.content ?? '';
    expect(user).toContain('本学期专班会议开了几次？');
    expect(user).toContain('开了两次，一次线上一次线下');
    expect(user).not.toContain('张三');
    expect(user).not.toContain('13812345678');
    expect(JSON.stringify(logs)).not.toContain('线上');
  });

  it('reads a choice, fenced JSON included', async () => {
    server.script({ reply: '```json\n{"value": "biweekly"}\n```' });
    expect(await port().readAnswer({ question: CHOICE_Q, text: '大概每两周一节吧' })).toEqual({
      ok: true,
      value: 'biweekly',
      path: 'llm',
    });
    expect(server.requests[0]?.messages[1]?.content).toContain('biweekly：每两周1节');
  });

  it.each([
    ['not JSON', '两次', 'malformed'],
    ['a choice that does not exist', '{"value": "daily"}', 'malformed'],
    ['a negative count', '{"value": -3}', 'malformed'],
    ['a fraction for a count', '{"value": 1.5}', 'malformed'],
    ['the wrong type', '{"value": "2"}', 'malformed'],
    ['nothing read', '{"value": null}', 'unreadable'],
  ])('%s falls back to the parser path', async (_what, reply, reason) => {
    server.script({ reply });
    const q = reply.includes('daily') ? CHOICE_Q : COUNT_Q;
    expect(await port().readAnswer({ question: q, text: '说不好' })).toEqual({ ok: false, path: 'fallback', reason });
  });

  it('reads yes/no and hours', async () => {
    server.script({ reply: '{"value": true}' }, { reply: '{"value": 1.5}' });
    const llm = port();
    const yes: Question = { id: 'q-4-plan', text: '学校是否已制定应急预案？', type: 'yesno' };
    const hours: Question = { id: 'q-17-open', text: '辅导室每周开放几小时？', type: 'hours', unit: '小时' };
    expect(await llm.readAnswer({ question: yes, text: '早就弄好了' })).toEqual({ ok: true, value: true, path: 'llm' });
    expect(await llm.readAnswer({ question: hours, text: '一个半钟头左右' })).toEqual({ ok: true, value: 1.5, path: 'llm' });
  });

  it('a 429 falls back', async () => {
    server.otherwise = { status: 429 };
    expect(await port().readAnswer({ question: COUNT_Q, text: '两次' })).toEqual({
      ok: false,
      path: 'fallback',
      reason: 'rate-limited',
    });
  });
});

describe('circuit breaker', () => {
  it('opens after 3 consecutive failures for 60 s, then lets one try through and closes on success', async () => {
    const llm = port();
    for (let i = 0; i < 3; i++) expect(await phrase(llm)).toMatchObject({ path: 'fallback', reason: 'server-error' });
    expect(logs.filter((l) => l.llm === 'breaker')).toEqual([
      expect.objectContaining({ level: 40, state: 'open', reason: 'server-error', forMs: 60_000 }),
    ]);
    const sent = server.requests.length;
    expect(sent).toBe(6); // 3 calls × (1 + 1 retry)

    clock += 59_999;
    expect(await phrase(llm)).toMatchObject({ path: 'fallback', reason: 'circuit-open' });
    expect(await llm.readAnswer({ question: COUNT_Q, text: '两次' })).toMatchObject({ reason: 'circuit-open' });
    expect(server.requests.length).toBe(sent);

    clock += 1;
    server.script({ reply: GOOD });
    expect(await phrase(llm)).toEqual({ text: GOOD, path: 'llm' });
    server.script({ reply: GOOD });
    expect(await phrase(llm)).toEqual({ text: GOOD, path: 'llm' });
  });

  it('a failed try while half-open opens it again at once', async () => {
    const llm = port();
    for (let i = 0; i < 3; i++) await phrase(llm);
    clock += 60_000;
    expect(await phrase(llm)).toMatchObject({ reason: 'server-error' });
    expect(await phrase(llm)).toMatchObject({ reason: 'circuit-open' });
  });

  it('guard rejections are not endpoint failures', async () => {
    const llm = port();
    for (let i = 0; i < 4; i++) {
      server.script({ reply: `要配4名。\n${CITE}` });
      expect(await phrase(llm)).toMatchObject({ reason: 'guard:unknown-number:4' });
    }
    expect(server.requests).toHaveLength(4);
  });

  it('counts only consecutive failures (pure breaker)', () => {
    let t = 0;
    const b = createBreaker(3, 60_000, () => t);
    b.failure();
    b.failure();
    b.success();
    b.failure();
    b.failure();
    expect(b.allow()).toBe(true);
    b.failure();
    expect(b.allow()).toBe(false);
    t = 60_000;
    expect(b.allow()).toBe(true);
  });
});

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const { port: p } = s.address() as AddressInfo;
  await new Promise((resolve) => s.close(resolve));
  return p;
}
