/**
 * The LLM port over LangChain's fake chat model (no HTTP): the prompts as sent, the guard on the
 * real rubric's answers (no false alarms on grounded text), and the failure paths.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { FakeListChatModel } from '@langchain/core/utils/testing';
import type { BaseMessage } from '@langchain/core/messages';
import { readRubricFile } from '../src/files/rubric-file.ts';
import { loadQaIndex } from '../src/qa/ask.ts';
import { answerQuestion } from '../src/core/qa/answer.ts';
import type { QaIndex } from '../src/core/qa/index.ts';
import type { Question } from '../src/core/rubric/schema.ts';
import { citationLines } from '../src/core/llm/guard.ts';
import { createLlmWith, loadPrompts, passagesFor, type Chat, type LlmOptions } from '../src/llm/client.ts';

const silent = { info() {}, warn() {} };
const prompts = loadPrompts();

/** A Chat over FakeListChatModel that also keeps the messages it was sent. */
function fakeChat(responses: string[], sleep?: number) {
  const model = new FakeListChatModel({ responses, ...(sleep ? { sleep } : {}) });
  const sent: BaseMessage[][] = [];
  const chat: Chat = async (messages, { signal }) => {
    sent.push(messages);
    return String((await model.invoke(messages, { signal })).content);
  };
  return { chat, sent };
}

let index: QaIndex;
const questions = (parse(readFileSync(new URL('./qa/questions.yaml', import.meta.url), 'utf8')) as { q: string }[]).map((x) => x.q);

beforeAll(async () => {
  const loaded = await readRubricFile();
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  index = await loadQaIndex(loaded.rubric);
});

async function phrase(question: string, reply: string, options: LlmOptions = {}) {
  const draft = answerQuestion(index, question);
  const { chat, sent } = fakeChat([reply]);
  const result = await createLlmWith(chat, silent, options).phraseAnswer({
    question,
    draft,
    passages: passagesFor(index.rubric, draft),
  });
  return { draft, result, sent };
}

describe('phraseAnswer with a fake chat model', () => {
  it('sends the prompt templates filled with the passages, the figures and the citation line', async () => {
    const { draft, result, sent } = await phrase('我们2300个学生要几个专职心理老师', '不会用到');
    expect(result.path).toBe('fallback');
    const [system, user] = sent[0] ?? [];
    expect(system?.getType()).toBe('system');
    expect(system?.content).toBe(prompts.phraseSystem);
    expect(user?.getType()).toBe('human');
    const text = String(user?.content);
    expect(text).toContain('<<<我们2300个学生要几个专职心理老师>>>');
    expect(text).toContain('[item-10] 配齐配好教师：');
    expect(text).toContain('3名：2300 ÷ 1000 = 2.3，向上取整为 3 名');
    expect(text).toContain(`引用行：\n${citationLines(draft.answer)[0]}`);
  });

  it('accepts the deterministic answer itself for every question of the Q&A set (no false alarms)', async () => {
    let tried = 0;
    for (const q of questions) {
      const draft = answerQuestion(index, q);
      if (!draft.inScope || citationLines(draft.answer).length === 0) continue;
      tried++;
      const { result } = await phrase(q, draft.answer);
      expect.soft(result, q).toEqual({ text: draft.answer, path: 'llm' });
    }
    expect(tried).toBeGreaterThanOrEqual(100);
  });

  it.each([
    ['心理课一周几节啊', '不用每周上，但每个班每两周至少要有1课时心理健康课，而且要排进课程表，不能拿班会课、体育健康课顶替。'],
    ['我们2300个学生要几个专职心理老师', '要3名。按1:1000师生比，2300÷1000=2.3，向上取整就是3名专职心理健康教育教师。'],
    ['辅导室每周开放多久', '心理辅导室每周至少开放10小时，平时要做好个体或团体辅导，预约、面谈、追踪和反馈的资料都要留好。'],
    ['专班会议一学期开几次', '每学期不少于2次专班会议，专题研究学生心理健康教育和生命健康关爱工作。'],
  ])('accepts a natural paraphrase: %s', async (q, body) => {
    const draft = answerQuestion(index, q);
    const reply = `${body}\n${citationLines(draft.answer).join('\n')}`;
    const { result } = await phrase(q, reply);
    expect(result).toEqual({ text: reply, path: 'llm' });
  });

  it.each([
    ['心理课一周几节啊', '每周不少于2课时心理健康课。', 'guard:unknown-quantity:2课时'],
    ['辅导室每周开放多久', '辅导室每周开放不少于10次。', 'guard:unknown-quantity:10次'],
    ['我们2300个学生要几个专职心理老师', '要4名专职心理老师。', 'guard:unknown-number:4'],
  ])('rejects a paraphrase that changes a requirement: %s', async (q, body, reason) => {
    const draft = answerQuestion(index, q);
    const { result } = await phrase(q, `${body}\n${citationLines(draft.answer).join('\n')}`);
    expect(result).toEqual({ text: draft.answer, path: 'fallback', reason });
  });

  it('a model slower than the deadline falls back in time', async () => {
    const draft = answerQuestion(index, '辅导室每周开放多久');
    const { chat } = fakeChat([draft.answer], 2000);
    const started = performance.now();
    const result = await createLlmWith(chat, silent, { deadlineMs: 200 }).phraseAnswer({
      question: '辅导室每周开放多久',
      draft,
      passages: passagesFor(index.rubric, draft),
    });
    expect(result).toEqual({ text: draft.answer, path: 'fallback', reason: 'timeout' });
    expect(performance.now() - started).toBeLessThan(600);
  });

  it('a model that throws falls back, and three in a row open the breaker', async () => {
    let calls = 0;
    const chat: Chat = async () => {
      calls++;
      throw new Error('boom');
    };
    const draft = answerQuestion(index, '辅导室每周开放多久');
    const llm = createLlmWith(chat, silent, { now: () => 0 });
    const input = { question: '辅导室每周开放多久', draft, passages: passagesFor(index.rubric, draft) };
    for (let i = 0; i < 3; i++) expect(await llm.phraseAnswer(input)).toMatchObject({ path: 'fallback', reason: 'error' });
    expect(await llm.phraseAnswer(input)).toMatchObject({ path: 'fallback', reason: 'circuit-open' });
    expect(calls).toBe(3);
  });
});

describe('readAnswer with a fake chat model (structured output, zod)', () => {
  const meetings: Question = { id: 'q-2-meetings', text: '本学期专班会议开了几次？', type: 'count', unit: '次' };
  const frequency: Question = {
    id: 'q-12-frequency',
    text: '各班心理健康课在课程表上怎么安排？',
    type: 'choice',
    choices: [
      { id: 'weekly', label: '每周1节及以上', aliases: ['每周'] },
      { id: 'biweekly', label: '每两周1节', aliases: ['隔周'] },
      { id: 'less', label: '更少或没有排课', aliases: [] },
    ],
  };

  it('reads 「开了两次，一次线上一次线下」 as 2 and 「大概每两周一节吧」 as biweekly', async () => {
    const a = fakeChat(['{"value": 2}']);
    expect(await createLlmWith(a.chat, silent).readAnswer({ question: meetings, text: '开了两次，一次线上一次线下' })).toEqual({
      ok: true,
      value: 2,
      path: 'llm',
    });
    const [system, user] = a.sent[0] ?? [];
    expect(system?.content).toBe(prompts.readSystem);
    expect(String(user?.content)).toContain('<<<开了两次，一次线上一次线下>>>');
    expect(String(user?.content)).toContain('"type":"integer"');

    const b = fakeChat(['{"value": "biweekly"}']);
    expect(await createLlmWith(b.chat, silent).readAnswer({ question: frequency, text: '大概每两周一节吧' })).toEqual({
      ok: true,
      value: 'biweekly',
      path: 'llm',
    });
    expect(String(b.sent[0]?.[1]?.content)).toContain('- biweekly：每两周1节、隔周');
  });

  it('a choice question without choices never reaches the model', async () => {
    const { chat, sent } = fakeChat(['{"value": "x"}']);
    const bare: Question = { id: 'q-12-x', text: '？', type: 'choice' };
    expect(await createLlmWith(chat, silent).readAnswer({ question: bare, text: '每周' })).toEqual({
      ok: false,
      path: 'fallback',
      reason: 'no-choices',
    });
    expect(sent).toHaveLength(0);
  });
});
