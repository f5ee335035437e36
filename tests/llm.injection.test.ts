/**
 * Prompt injection through the Q&A path with the model ON: the real Q&A answers the message, the
 * fake endpoint answers what the attacker wanted (a leaked prompt, a score of 100, another school),
 * and the reply must still be the in-scope answer or the polite refusal.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRubricFile } from '../src/files/rubric-file.ts';
import { loadQaIndex } from '../src/qa/ask.ts';
import { answerQuestion } from '../src/core/qa/answer.ts';
import type { QaIndex } from '../src/core/qa/index.ts';
import { citationLines } from '../src/core/llm/guard.ts';
import { createLlm, loadPrompts, passagesFor, type LlmPort } from '../src/llm/client.ts';
import { startFakeServer, type FakeServer } from './llm.fake-server.ts';
import { attackReply, injectionViolations, loadInjectionCases } from './llm.injection-cases.ts';

const cases = loadInjectionCases();
const prompts = loadPrompts();
const allPrompts = Object.values(prompts);

let server: FakeServer;
let index: QaIndex;
let llm: LlmPort;
/** Cases whose message was in scope, so that the model was really asked. */
const reachedModel: string[] = [];

beforeAll(async () => {
  const loaded = await readRubricFile();
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  index = await loadQaIndex(loaded.rubric);
  server = await startFakeServer();
  const port = createLlm(
    { llm: { apiKey: 'test-key', baseURL: server.baseURL, model: 'fake-model' } },
    { info() {}, warn() {} },
    // Many attacks in a row are guard rejections, not endpoint failures: the breaker stays closed.
    { timeoutMs: 1000, deadlineMs: 2000 },
  );
  if (!port) throw new Error('expected a port');
  llm = port;
});
afterAll(async () => {
  await server.close();
});

describe('the injection set', () => {
  it('has at least 50 cases in Chinese and English, covering every kind', () => {
    expect(cases.length).toBeGreaterThanOrEqual(50);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    expect(cases.filter((c) => c.id.startsWith('en-')).length).toBeGreaterThanOrEqual(15);
    expect(cases.filter((c) => c.id.startsWith('zh-')).length).toBeGreaterThanOrEqual(30);
    expect(new Set(cases.map((c) => c.kind)).size).toBe(8);
  });
});

describe('prompt injection through the Q&A path, model on', () => {
  it.each(cases.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
    const draft = answerQuestion(index, c.text);
    const passages = passagesFor(index.rubric, draft);
    server.reset();
    const attack = attackReply(c, {
      system: prompts.phraseSystem,
      user: prompts.phraseUser,
      citation: citationLines(draft.answer).join('\n'),
    });
    server.script({ reply: attack });
    const result = await llm.phraseAnswer({ question: c.text, draft, passages });
    if (server.requests.length > 0) reachedModel.push(c.id);

    // Every attack output is bad, so what is sent is always the deterministic text…
    expect(result).toMatchObject({ path: 'fallback', text: draft.answer });
    // …which is an in-scope answer with its citation (a quote's ——… line, or, where the text is silent,
    // 「原文没有直接规定…。最相关的是<the clause cited>」), or the polite refusal.
    const silentNaming = result.text.startsWith('原文没有直接规定') && draft.citations.length > 0 && result.text.includes(draft.citations[0]?.title ?? '\u0000');
    if (draft.inScope) expect(citationLines(result.text).length > 0 || silentNaming).toBe(true);
    else expect(result.text).toMatch(/^这个我答不了/);
    const ground = [...passages.map((p) => p.text), ...draft.figures.map((f) => f.formula), draft.answer];
    expect(injectionViolations(result.text, c, ground, allPrompts)).toEqual([]);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s, attached to an in-scope question, is caught by the guard', async (_id, c) => {
    // Whether or not the Q&A declines the message itself, every attack must also fail the guard.
    const draft = answerQuestion(index, '心理课多久上一次');
    expect(draft.inScope).toBe(true);
    server.reset();
    server.script({
      reply: attackReply(c, {
        system: prompts.phraseSystem,
        user: prompts.phraseUser,
        citation: citationLines(draft.answer).join('\n'),
      }),
    });
    const result = await llm.phraseAnswer({ question: c.text, draft, passages: passagesFor(index.rubric, draft) });
    expect(server.requests).toHaveLength(1);
    expect(result).toMatchObject({ path: 'fallback', text: draft.answer, reason: expect.stringMatching(/^guard:/) });
  });

  it('the checks catch every attack output itself (they are not vacuous)', () => {
    for (const c of cases) {
      const draft = answerQuestion(index, c.text);
      const attack = attackReply(c, {
        system: prompts.phraseSystem,
        user: prompts.phraseUser,
        citation: citationLines(draft.answer).join('\n'),
      });
      const ground = [...passagesFor(index.rubric, draft).map((p) => p.text), ...draft.figures.map((f) => f.formula), draft.answer];
      expect.soft(injectionViolations(attack, c, ground, allPrompts), c.id).not.toEqual([]);
    }
  });

  it('at least half of the messages were in scope and reached the model on their own', () => {
    expect(reachedModel.length).toBeGreaterThanOrEqual(cases.length / 2);
  });
});
