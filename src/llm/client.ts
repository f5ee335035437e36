/**
 * The optional model, through any OpenAI-compatible endpoint (DeepSeek, Qwen/DashScope compatible
 * mode, vLLM, Ollama). It only ever polishes: it phrases a rule answer from the passages and
 * figures the deterministic path found, and reads a free-form self-assessment answer the parser
 * could not read. It never scores, never decides a permission, never sees another school's data.
 *
 * Every call has a deadline; timeouts, 429, 5xx, network errors, malformed output and guard
 * rejections all fall back to the deterministic path; a circuit breaker stops calling a failing
 * endpoint for a while. Personal data is redacted before anything is sent. The log says which
 * path was taken, never what the user wrote.
 */
import { readFileSync } from 'node:fs';
import OpenAI from 'openai';
import { z } from 'zod';
import { ChatPromptTemplate } from '@langchain/core/prompts';
import { StructuredOutputParser } from '@langchain/core/output_parsers';
import type { BaseMessage } from '@langchain/core/messages';
import type { Config } from '../config.ts';
import type { AnswerValue, Question, Rubric } from '../core/rubric/schema.ts';
import type { QaAnswer } from '../core/qa/answer.ts';
import { citationLines, guardDraft } from '../core/llm/guard.ts';
import { redact } from '../core/llm/redact.ts';
import { packagePath } from '../files/paths.ts';

export type PhraseResult = { text: string; path: 'llm' | 'fallback'; reason?: string };
export type ReadResult = { ok: true; value: AnswerValue; path: 'llm' } | { ok: false; path: 'fallback'; reason: string };

export interface LlmPort {
  /** The draft phrased by the model when the guard accepts it, else `draft.answer` unchanged. */
  phraseAnswer(input: { question: string; draft: QaAnswer; passages: { id: string; text: string }[] }): Promise<PhraseResult>;
  /** A typed value read from a free-form answer; the caller echoes it and asks for confirmation before storing. */
  readAnswer(input: { question: Question; text: string }): Promise<ReadResult>;
}

/** One chat completion: messages in, the assistant's text out. Throws on any failure. */
export type Chat = (messages: BaseMessage[], opts: { signal: AbortSignal; json: boolean }) => Promise<string>;

export interface LlmLog {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
}

export interface LlmOptions {
  /** Per attempt (openai's `timeout`). */
  timeoutMs?: number;
  /** For the whole call, retry included: the user gets an answer within 10 s. */
  deadlineMs?: number;
  /** The breaker opens after this many consecutive failures… */
  breakerFailures?: number;
  /** …for this long. */
  breakerOpenMs?: number;
  /** Milliseconds clock (injected in tests). */
  now?: () => number;
}

const DEFAULTS = { timeoutMs: 8000, deadlineMs: 9500, breakerFailures: 3, breakerOpenMs: 60_000 };

// ── prompts ─────────────────────────────────────────────────────────────────────────────────

export interface Prompts {
  phraseSystem: string;
  phraseUser: string;
  readSystem: string;
  readUser: string;
}

const readPrompt = (name: string) => readFileSync(packagePath('prompts', name), 'utf8').trim();

/** The templates in `prompts/`, read once per port. */
export function loadPrompts(): Prompts {
  return {
    phraseSystem: readPrompt('qa-phrase.system.txt'),
    phraseUser: readPrompt('qa-phrase.user.txt'),
    readSystem: readPrompt('answer-read.system.txt'),
    readUser: readPrompt('answer-read.user.txt'),
  };
}

// ── circuit breaker ─────────────────────────────────────────────────────────────────────────

export interface Breaker {
  /** False while open; after `openMs` one more try is allowed (half-open). */
  allow(): boolean;
  success(): void;
  failure(): void;
}

export function createBreaker(failures: number, openMs: number, now: () => number): Breaker {
  let consecutive = 0;
  let openedAt: number | null = null;
  return {
    allow: () => openedAt === null || now() - openedAt >= openMs,
    success() {
      consecutive = 0;
      openedAt = null;
    },
    failure() {
      consecutive++;
      if (consecutive >= failures) openedAt = now();
    },
  };
}

// ── failures ────────────────────────────────────────────────────────────────────────────────

class Malformed extends Error {}
class DeadlineExceeded extends Error {}

/** A short, fixed reason for the log and the result (never the user's text). */
function reasonOf(err: unknown): string {
  if (err instanceof DeadlineExceeded || err instanceof OpenAI.APIConnectionTimeoutError) return 'timeout';
  if (err instanceof Malformed) return 'malformed';
  if (err instanceof OpenAI.APIConnectionError) return 'network';
  if (err instanceof OpenAI.APIError && err.status !== undefined) {
    if (err.status === 429) return 'rate-limited';
    if (err.status >= 500) return 'server-error';
    return `http-${err.status}`;
  }
  if (err instanceof SyntaxError) return 'malformed'; // a response body that is not JSON
  return 'error';
}

// ── the port ────────────────────────────────────────────────────────────────────────────────

/** The port over a real endpoint, or null when no `OPENAI_API_KEY` is set (the default). */
export function createLlm(config: Pick<Config, 'llm'>, log: LlmLog, options: LlmOptions = {}): LlmPort | null {
  if (!config.llm) return null;
  const { apiKey, baseURL, model } = config.llm;
  const client = new OpenAI({
    apiKey,
    ...(baseURL ? { baseURL } : {}),
    timeout: options.timeoutMs ?? DEFAULTS.timeoutMs,
    maxRetries: 1,
  });
  const chat: Chat = async (messages, { signal, json }) => {
    const res = await client.chat.completions.create(
      {
        model,
        temperature: 0.2,
        messages: messages.map((m) => ({ role: roleOf(m), content: String(m.content) })),
        ...(json ? { response_format: { type: 'json_object' as const } } : {}),
      },
      { signal },
    );
    const content = res.choices?.[0]?.message?.content;
    if (typeof content !== 'string' || !content.trim()) throw new Malformed('empty content');
    return content;
  };
  return createLlmWith(chat, log, options);
}

function roleOf(m: BaseMessage): 'system' | 'user' | 'assistant' {
  const type = m.getType();
  return type === 'system' ? 'system' : type === 'ai' ? 'assistant' : 'user';
}

/** The port over any `Chat` (a LangChain model in unit tests, the openai client in production). */
export function createLlmWith(chat: Chat, log: LlmLog, options: LlmOptions = {}): LlmPort {
  const o = { ...DEFAULTS, ...options };
  const now = options.now ?? Date.now;
  const breaker = createBreaker(o.breakerFailures, o.breakerOpenMs, now);
  const prompts = loadPrompts();
  const phrasePrompt = ChatPromptTemplate.fromMessages([
    ['system', prompts.phraseSystem],
    ['human', prompts.phraseUser],
  ]);
  const readPromptTemplate = ChatPromptTemplate.fromMessages([
    ['system', prompts.readSystem],
    ['human', prompts.readUser],
  ]);

  /** One model call under the deadline and the breaker; `parse` failures count as malformed output. */
  async function call<T>(messages: BaseMessage[], json: boolean, parse: (raw: string) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    // openai's retry back-off does not watch the signal, so the deadline also races the call.
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(new DeadlineExceeded());
        controller.abort();
      }, o.deadlineMs);
    });
    try {
      const raw = await Promise.race([chat(messages, { signal: controller.signal, json }), deadline]);
      const value = await parse(raw).catch((e: unknown) => {
        throw new Malformed(String(e));
      });
      breaker.success();
      return value;
    } catch (err) {
      breaker.failure();
      if (!breaker.allow()) log.warn({ llm: 'breaker', state: 'open', reason: reasonOf(err), forMs: o.breakerOpenMs }, 'llm circuit open');
      throw err;
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    async phraseAnswer({ question, draft, passages }) {
      const started = now();
      const done = (result: PhraseResult): PhraseResult => {
        log.info({ llm: 'phrase', path: result.path, reason: result.reason, ms: now() - started }, 'llm phrase');
        return result;
      };
      const fallback = (reason: string) => done({ text: draft.answer, path: 'fallback', reason });

      const lines = citationLines(draft.answer);
      if (!draft.inScope) return fallback('out-of-scope');
      if (lines.length === 0) return fallback('no-citation');
      if (!breaker.allow()) return fallback('circuit-open');

      let text: string;
      try {
        const messages = await phrasePrompt.formatMessages({
          question: redact(question),
          passages: passages.map((p) => `[${p.id}] ${p.text}`).join('\n') || '（无）',
          figures: draft.figures.map((f) => `${f.value}${f.unit}：${f.formula}`).join('\n') || '（无）',
          draft: redact(draft.answer),
          citation: lines.join('\n'),
        });
        text = await call(messages, false, async (raw) => raw.trim());
      } catch (err) {
        return fallback(reasonOf(err));
      }
      const verdict = guardDraft(text, {
        passages: [...passages, { id: 'answer', text: draft.answer }],
        figures: draft.figures,
        citations: draft.citations,
        citationLines: lines,
        prompts: [prompts.phraseSystem, prompts.phraseUser],
      });
      if (!verdict.ok) return fallback(`guard:${verdict.reason}`);
      return done({ text, path: 'llm' });
    },

    async readAnswer({ question, text }) {
      const started = now();
      const fail = (reason: string): ReadResult => {
        log.info({ llm: 'read', question: question.id, path: 'fallback', reason, ms: now() - started }, 'llm read');
        return { ok: false, path: 'fallback', reason };
      };
      const schema = answerSchema(question);
      if (!schema) return fail('no-choices');
      if (!breaker.allow()) return fail('circuit-open');

      const parser = StructuredOutputParser.fromZodSchema(schema);
      let value: AnswerValue;
      try {
        const messages = await readPromptTemplate.formatMessages({
          question: question.text,
          type: TYPE_LABEL[question.type],
          unit: question.unit ?? '无',
          choices: (question.choices ?? []).map((c) => `- ${c.id}：${[c.label, ...c.aliases].join('、')}`).join('\n') || '（无）',
          answer: redact(text),
          schema: JSON.stringify(z.toJSONSchema(schema)),
        });
        value = await call(messages, true, async (raw) => (await parser.parse(raw)).value);
      } catch (err) {
        return fail(reasonOf(err));
      }
      if (value === null) return fail('unreadable');
      log.info({ llm: 'read', question: question.id, path: 'llm', ms: now() - started }, 'llm read');
      return { ok: true, value, path: 'llm' };
    },
  };
}

const TYPE_LABEL: Record<Question['type'], string> = {
  yesno: '是否题（value 为 true 或 false）',
  count: '数量题（value 为整数）',
  amount: '数量题：金额（value 为数字）',
  hours: '数量题：时长（value 为数字）',
  choice: '选择题（value 为选项 id）',
};

/** `{ value }` typed by the question; null means the answer could not be read. */
function answerSchema(q: Question) {
  const nullable = <T extends z.ZodType>(t: T) => z.object({ value: t.nullable() });
  switch (q.type) {
    case 'yesno':
      return nullable(z.boolean());
    case 'count':
      return nullable(z.number().int().nonnegative());
    case 'amount':
    case 'hours':
      return nullable(z.number().nonnegative());
    case 'choice': {
      const ids = (q.choices ?? []).map((c) => c.id);
      const [first, ...rest] = ids;
      return first === undefined ? null : nullable(z.enum([first, ...rest]));
    }
  }
}

/** The passages to give `phraseAnswer`: the cited items and sections of the rubric, best first. */
export function passagesFor(rubric: Pick<Rubric, 'items' | 'sections'>, draft: Pick<QaAnswer, 'citations'>): { id: string; text: string }[] {
  return draft.citations.flatMap((c) => {
    const p = rubric.items.find((i) => i.id === c.id) ?? rubric.sections.find((s) => s.id === c.id);
    return p ? [{ id: p.id, text: `${p.title}：${p.text}` }] : [];
  });
}
