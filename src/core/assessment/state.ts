/**
 * The self-assessment's state: plain JSON with a version (`v`), validated on every read, as grammY
 * conversations keeps versioned state; the context a step is taken in; and what can be read from
 * a state without stepping (its facts as the engine wants them, its provisional score). The
 * transitions are in machine.ts.
 */
import { z } from 'zod';
import { SchoolFactsSchema, type Rubric, type SchoolFacts } from '../rubric/schema.ts';
import { scoreSemester } from '../rubric/engine.ts';
import type { SemesterResult } from '../rubric/result.ts';
import { rankStageChoices } from './questions.ts';
import type { InspectionView } from './inspection.ts';

export const STATE_VERSION = 1;
/** The cursor while the user is asked to confirm last semester's school facts. */
export const FACTS_CHECK = 'facts-check';
/** The section of a 「补答」 walk. */
export const GAPS = 'gaps';

const AnswerValueSchema = z.union([z.boolean(), z.number(), z.string(), z.null()]);

const EditSchema = z.object({ section: z.string(), returnTo: z.string().nullable() });
const MarkSchema = z.object({ verdict: z.enum(['accepted', 'verified', 'differs']), note: z.string().nullable() });
const PendingSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('value'), question: z.string(), value: AnswerValueSchema, mark: MarkSchema.optional() }),
  /** An inspector's 「不符 <说明>」 without a value: the value comes next. */
  z.object({ kind: z.literal('note'), question: z.string(), note: z.string() }),
  z.object({ kind: z.literal('submit') }),
  z.object({ kind: z.literal('cancel') }),
]);

/**
 * Where one person stands: the question they were last shown, what its answer was then (JSON,
 * '' for none), and when. Two teachers answering at once each answer their own question; one whose
 * question was answered by someone else meanwhile is told so instead of answering another one.
 */
const ViewSchema = z
  .object({
    cursor: z.string().nullable(),
    edit: EditSchema.nullable(),
    pending: PendingSchema.nullable(),
    failures: z.number().int().nonnegative(),
    seen: z.string().nullable(),
    shownAt: z.string().nullable(),
  })
  .strict();
export type AssessmentView = z.infer<typeof ViewSchema>;

export const AssessmentStateSchema = z
  .object({
    v: z.literal(STATE_VERSION),
    /** The rubric version the state was last stepped with; answers are kept across versions. */
    rubricVersion: z.string(),
    status: z.enum(['in_progress', 'paused', 'submitted', 'cancelled']),
    /** School facts as scored: the office's values, or the school's where the office has none. */
    facts: SchoolFactsSchema.partial(),
    /** Changes of the office's facts asked from the school side, waiting for the office (not scored). */
    proposed: SchoolFactsSchema.partial().default({}),
    /** The facts were given or confirmed in this self-assessment. */
    factsConfirmed: z.boolean(),
    /** Rubric question id → answer. Absent: not answered (or skipped). */
    answers: z.record(z.string(), AnswerValueSchema),
    /** Questions passed over with 「跳过」 and still unanswered. */
    skipped: z.array(z.string()),
    /** The answers of a cancelled self-assessment, which 「恢复」 brings back. */
    previous: z
      .object({ answers: z.record(z.string(), AnswerValueSchema), skipped: z.array(z.string()) })
      .nullable()
      .default(null),
    /** The current person's view (below); the others' are in `views`. */
    /** A question id, FACTS_CHECK, or null when past the last question. */
    cursor: z.string().nullable(),
    /** While 「修改 N」 or 「补答」: the section walked (item id, 'facts', 'veto' or 'gaps') and where to go back to. */
    edit: EditSchema.nullable(),
    /** A confirmation awaited: an implausible value, a submission or a cancellation. */
    pending: PendingSchema.nullable(),
    /** Failed tries on the current question. */
    failures: z.number().int().nonnegative(),
    /** The answer of the cursor's question when it was shown (JSON, '' for none); null: not known. */
    seen: z.string().nullable().default(null),
    /** When the current person was last shown their question (ISO). */
    shownAt: z.string().nullable().default(null),
    /** Every person's view, by actor key. */
    views: z.record(z.string(), ViewSchema).default({}),
    /** Inspections only: how each verified answer was given (属实 / 已核实 / 不符) and the note. */
    marks: z.record(z.string(), MarkSchema).default({}),
  })
  .strict();
export type AssessmentState = z.infer<typeof AssessmentStateSchema>;

export type AssessmentEvent = { type: 'start' } | { type: 'text'; text: string };

export interface AssessmentCtx {
  rubric: Rubric;
  /** ISO instant. */
  now: string;
  semester: { id: string; /** YYYY-MM-DD */ assessmentDate: string };
  schoolName: string;
  /** The school's facts on record, if any. */
  knownFacts: Partial<SchoolFacts> | null;
  /** The semester in which they were last given or confirmed. */
  factsConfirmedSemester: string | null;
  /**
   * `key` tells people apart (their own question); `canSubmit`: the principal or the office;
   * `ownsFacts`: the office (or the local operator), whose changes of school facts need no approval.
   */
  actor: { name: string; canSubmit: boolean; key?: string; ownsFacts?: boolean };
  /** Answers a rule question (core/qa), or null. */
  answerRuleQuestion?: (text: string) => { inScope: boolean; text: string } | null;
  /** 'inspector': the county's inspection of the school (inspection.ts); default 'school'. */
  role?: 'school' | 'inspector';
  /** With role 'inspector': the school's own answers and the per-item note. */
  inspection?: InspectionView;
}

export const inspecting = (ctx: AssessmentCtx): ctx is AssessmentCtx & { inspection: InspectionView } =>
  ctx.role === 'inspector' && ctx.inspection !== undefined;

export interface StepResult {
  state: AssessmentState;
  replies: string[];
}

/**
 * Reads a stored state of any known version and validates it. Throws on a state that is
 * corrupt or newer than this code: stored state is not user input, so that is a bug or an outage.
 * (Version 1 is the first; when v2 comes, lift v1 here before validating.)
 */
export function migrateState(raw: unknown): AssessmentState {
  const v = (raw as { v?: unknown } | null)?.v;
  if (v !== STATE_VERSION) throw new Error(`自评状态版本不支持：${String(v)}`);
  return AssessmentStateSchema.parse(raw);
}

/** The facts as the engine wants them, or null while incomplete. */
export function completeFacts(facts: Partial<SchoolFacts>): SchoolFacts | null {
  const parsed = SchoolFactsSchema.safeParse(facts);
  if (!parsed.success) return null;
  const ranks = rankStageChoices(parsed.data.stage);
  return ranks && !(parsed.data.rankStage && ranks.includes(parsed.data.rankStage)) ? null : parsed.data;
}

/** The facts were given or confirmed in this self-assessment, and are complete. */
export function factsReady(s: AssessmentState): boolean {
  return s.factsConfirmed && completeFacts(s.facts) !== null;
}

/** The provisional result of a state, as 「得分」 shows it. */
export function scoreState(state: AssessmentState, rubric: Rubric): SemesterResult {
  return scoreSemester(rubric, { facts: completeFacts(state.facts), answers: state.answers });
}
