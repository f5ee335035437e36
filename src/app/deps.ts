/**
 * What the app layer needs from the outside, as plain ports. main.ts builds the real ones;
 * tests build them over a temp SQLite file and a fixed clock.
 */
import type { Knex } from 'knex';
import type { Rubric } from '../core/rubric/schema.ts';
import type { QaAnswer } from '../core/qa/answer.ts';

export interface Logger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/** Optional LLM polish; the deterministic text is always the fallback. */
export interface PhrasePort {
  phrase(question: string, draft: QaAnswer): Promise<string>;
}

export interface AppDeps {
  db: Knex;
  rubric: Rubric;
  /** Deterministic Q&A over the rubric (core/qa). `lastCitation` serves 「详细」 after an answer. */
  ask(text: string, lastCitation?: string | null): QaAnswer;
  /** The clock, as an ISO instant. */
  now(): string;
  /** When this process started (messages older than this minus 60 s are a replayed backlog). */
  startedAt: string;
  botNames: readonly string[];
  groupPrefix: string;
  outDir: string;
  log: Logger;
  phrase?: PhrasePort | null;
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
