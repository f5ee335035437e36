/**
 * What the app layer needs from the outside, as plain ports. main.ts builds the real ones;
 * tests build them over a temp SQLite file and a fixed clock.
 */
import type { Knex } from 'knex';
import type { AnswerValue, Question, Rubric } from '../core/rubric/schema.ts';
import type { QaAnswer } from '../core/qa/answer.ts';
import type { BlobStore } from '../files/evidence-store.ts';
import type { CrisisKind, CrisisPlace, CrisisVerdict } from '../core/qa/crisis.ts';

export interface Logger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/**
 * Optional LLM polish (src/llm). It never scores, decides a permission or sees a school's
 * data; the deterministic text is always the fallback. Called outside any transaction.
 */
export interface LlmPolish {
  /** The draft answer phrased more naturally, or `draft.answer` unchanged when the guard rejects it. */
  phrase(question: string, draft: QaAnswer): Promise<string>;
  /** A typed value read from a free-form answer, or null; it is stored only after the user confirms it. */
  readAnswer(question: Question, text: string): Promise<AnswerValue | null>;
}

export interface AppDeps {
  db: Knex;
  rubric: Rubric;
  /** Deterministic Q&A over the rubric (core/qa). `lastCitation` serves 「详细」 after an answer. */
  ask(text: string, lastCitation?: string | null): QaAnswer;
  /**
   * The crisis check run before anything else (src/qa/ask.ts over rubric/crisis.yaml): what a
   * message shows, and the fixed reply. Without it, the crisis stage inside `ask` still answers.
   */
  crisis?: {
    detect(text: string): CrisisVerdict;
    reply(kind: CrisisKind, place: CrisisPlace): string;
    /** The line that says how to carry on (「回复“继续”接着答」), without asking the question again. */
    resume(mode: 'assessment' | 'pickSchool'): string;
    /** The check-in for warning signs that are no crisis by the table, or null (optional). */
    checkIn?(text: string): string | null;
  };
  /** The clock, as an ISO instant. */
  now(): string;
  /** When this process started (messages older than this minus 60 s are a replayed backlog). */
  startedAt: string;
  botNames: readonly string[];
  groupPrefix: string;
  outDir: string;
  log: Logger;
  llm?: LlmPolish | null;
  /** The key invite codes are hashed with (HMAC); kept outside the database (files/secret.ts). */
  inviteKey: Uint8Array;
  /** Process evidence (过程性资料): where files go, the largest file and the per-school quota (bytes). */
  evidence?: EvidenceDeps;
}

export interface EvidenceDeps {
  store: BlobStore;
  maxBytes: number;
  quotaBytes: number;
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
