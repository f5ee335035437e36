/**
 * One turn of a school's self-assessment: load the stored state, step the pure machine, and
 * write every change (answers with their history, facts, state) in the caller's transaction.
 * The replies are released by handleInbound only after that transaction commits.
 */
import type { Knex } from 'knex';
import type { AppDeps } from './deps.ts';
import type { FileAttachment } from './types.ts';
import { step, migrateState, proposeValue, scoreState, viewOf, type AssessmentCtx, type AssessmentState } from '../core/assessment/machine.ts';
import { assessmentQuestions } from '../core/assessment/questions.ts';
import { RankStageSchema, type AnswerValue, type Question, type SchoolFacts } from '../core/rubric/schema.ts';
import { assessmentDate, type Semester } from '../core/reminders/semester.ts';
import { APP_TEXT } from '../core/text/app-replies.ts';
import { findAssessment, getOrCreateAssessment, saveAssessmentState } from '../storage/assessments.ts';
import { putAnswer, deleteAnswer } from '../storage/answers.ts';
import { getSchoolById, updateSchoolFacts } from '../storage/schools.ts';
import { requestFactChange, withdrawFactChange, type FactField } from '../storage/fact-changes.ts';
import type { Assessment, School, SchoolFactsPatch } from '../storage/types.ts';
import { semesterAt, storedSemesterAt } from './standings.ts';
import { scoreCardFile } from './office.ts';
import { missingEvidence } from './evidence.ts';

/** Texts after which the score card is sent with the reply. */
const SCORE_COMMANDS = /^(得分|结果|分数|查看得分|查看结果)$/;

export interface TurnInput {
  schoolId: number;
  /** Who is typing: the bound person's name from the invite (never a chat nickname); recorded with every change. */
  by: string;
  /** Tells people apart: each answers the question they were shown (`person:12`, `console:local-operator`). */
  actorKey: string;
  /** The office or the local operator: changes of school facts apply at once (else they wait for the office). */
  ownsFacts?: boolean;
  canSubmit: boolean;
  text: string;
  isStart: boolean;
  /** The self-assessment `openAssessment` found in this transaction (saves loading it again). */
  found?: OpenAssessment;
}

export interface TurnResult {
  replies: string[];
  /** The school's score card after 「得分」 and after a submission. */
  files: FileAttachment[];
  /** Still in progress: the next free text is an answer. */
  open: boolean;
  /** The answer could not be parsed: what the optional language model may read (after commit). */
  unread?: { question: Question; text: string; revision: number };
}

export interface OpenAssessment {
  semester: Semester;
  assessment: Assessment;
}

/** The school's self-assessment this semester if it is in progress; reads only, creates nothing. */
export async function openAssessment(trx: Knex.Transaction, deps: AppDeps, schoolId: number): Promise<OpenAssessment | null> {
  const semester = await semesterAt(trx, deps.now());
  const assessment = await findAssessment(trx, schoolId, semester.id);
  return assessment?.status === 'in_progress' ? { semester, assessment } : null;
}

/** Everything one turn reads before stepping the machine. */
async function load(
  trx: Knex.Transaction,
  deps: AppDeps,
  input: Pick<TurnInput, 'schoolId' | 'by' | 'actorKey' | 'canSubmit' | 'found' | 'ownsFacts'>,
) {
  const now = deps.now();
  const semester = input.found?.semester ?? (await storedSemesterAt(trx, now, 'system'));
  const school = await getSchoolById(trx, input.schoolId);
  if (!school) throw new Error(`school ${input.schoolId} not found`);
  const stored = input.found?.assessment ?? (await getOrCreateAssessment(trx, school.id, semester.id, now));
  const before: AssessmentState | null = stored.state == null ? null : migrateState(stored.state);
  const ctx: AssessmentCtx = {
    rubric: deps.rubric,
    now,
    semester: { id: semester.id, assessmentDate: assessmentDate(semester, deps.rubric.meta.assessmentDaysBeforeEnd) },
    schoolName: school.name,
    knownFacts: knownFacts(school),
    factsConfirmedSemester: school.factsConfirmedSemester,
    actor: { name: input.by, canSubmit: input.canSubmit, key: input.actorKey, ownsFacts: input.ownsFacts === true },
    answerRuleQuestion: (text) => {
      const a = deps.ask(text);
      return { inScope: a.inScope, text: a.answer };
    },
  };
  return { now, semester, school, stored, before, ctx };
}

/** Writes the answers that changed (with history), the facts, and the state; throws on a concurrent save. */
async function commit(
  trx: Knex.Transaction,
  loaded: Awaited<ReturnType<typeof load>>,
  state: AssessmentState,
  by: string,
): Promise<void> {
  const { stored, before, school, semester, now } = loaded;
  await writeAnswers(trx, stored.id, before?.answers ?? {}, state.answers, by, now);
  const patch = factsPatch(school, state, semester.id);
  if (patch) await updateSchoolFacts(trx, school.id, patch, by, now);
  await writeProposals(trx, school, semester.id, before?.proposed ?? {}, state.proposed, by, now);
  const saved = await saveAssessmentState(
    trx,
    stored.id,
    { status: state.status, state, stateVersion: state.v, rubricVersion: state.rubricVersion, expectedRevision: stored.revision },
    by,
    now,
  );
  // Another writer saved since we read: roll the whole turn back; the user is told it was not saved.
  if (!saved) throw new Error(`assessment ${stored.id}: concurrent update`);
}

export async function assessmentTurn(trx: Knex.Transaction, deps: AppDeps, input: TurnInput): Promise<TurnResult> {
  const loaded = await load(trx, deps, input);
  const { before, ctx, school, semester, stored } = loaded;
  // 「得分」「进度」… before any self-assessment this semester: say how to start, start nothing.
  if (before === null && !input.isStart) return { replies: [APP_TEXT.notStartedYet(school.name)], files: [], open: false };
  const { state, replies } = step(before, input.isStart ? { type: 'start' } : { type: 'text', text: input.text }, ctx);
  await commit(trx, loaded, state, input.by);

  const submitted = before?.status !== 'submitted' && state.status === 'submitted';
  // The end of a self-assessment (the last question answered, or submitted): what still lacks a file.
  const ended = submitted || (before !== null && before.cursor !== null && state.cursor === null && state.status === 'in_progress');
  const missing = ended ? await missingEvidence(trx, deps.rubric, school.id, semester.id, scoreState(state, deps.rubric)) : null;
  if (missing) replies.push(missing);
  const asked = SCORE_COMMANDS.test(input.text.trim()) && Object.keys(state.answers).length > 0;
  const files = submitted || asked ? [await scoreCardFile(deps.outDir, school, semester.id, scoreState(state, deps.rubric))] : [];
  // The parser could not read the answer: the optional language model may try, after this commit.
  const unread =
    !input.isStart && input.text.trim() !== '' && before !== null && state.failures > (viewOf(before, input.actorKey)?.failures ?? before.failures) && state.cursor !== null;
  const question = unread ? assessmentQuestions(deps.rubric, state.facts).find((q) => q.id === state.cursor) : undefined;
  return {
    replies,
    files,
    open: state.status === 'in_progress',
    ...(question ? { unread: { question: question.question, text: input.text, revision: stored.revision + 1 } } : {}),
  };
}

/**
 * The language model read a value from an answer the parser could not: if nobody moved the
 * self-assessment on meanwhile, echo the value and wait for 是 before storing it. Null otherwise
 * (the parser's re-prompt already went out).
 */
export async function proposeReadValue(
  trx: Knex.Transaction,
  deps: AppDeps,
  input: Pick<TurnInput, 'schoolId' | 'by' | 'actorKey' | 'canSubmit' | 'ownsFacts'>,
  revision: number,
  value: AnswerValue,
): Promise<string[] | null> {
  const loaded = await load(trx, deps, input);
  if (!loaded.before || loaded.stored.revision !== revision) return null;
  const proposed = proposeValue(loaded.before, value, loaded.ctx);
  if (!proposed) return null;
  await commit(trx, loaded, proposed.state, input.by);
  return proposed.replies;
}

async function writeAnswers(
  trx: Knex.Transaction,
  assessmentId: number,
  before: Readonly<Record<string, AnswerValue>>,
  after: Readonly<Record<string, AnswerValue>>,
  by: string,
  now: string,
): Promise<void> {
  const ids = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  for (const id of ids) {
    if (!Object.hasOwn(after, id)) await deleteAnswer(trx, assessmentId, id, by, now);
    else if (!Object.hasOwn(before, id) || before[id] !== after[id]) {
      await putAnswer(trx, assessmentId, id, after[id]!, by, now);
    }
  }
}

/** The school's changes of the office's facts become pending changes; one taken back is withdrawn. */
async function writeProposals(
  trx: Knex.Transaction,
  school: School,
  semesterId: string,
  before: Partial<SchoolFacts>,
  after: Partial<SchoolFacts>,
  by: string,
  now: string,
): Promise<void> {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort() as FactField[];
  for (const field of keys) {
    const value = after[field];
    if (value === undefined) {
      await withdrawFactChange(trx, school.id, field, by, now);
    } else if (value !== before[field]) {
      await requestFactChange(trx, { schoolId: school.id, field, oldValue: school[field], newValue: value, semesterId }, by, now);
    }
  }
}

export function knownFacts(school: School): Partial<SchoolFacts> | null {
  const f: Partial<SchoolFacts> = {};
  if (school.stage) f.stage = school.stage;
  if (school.rankStage) f.rankStage = school.rankStage;
  if (school.ownership) f.ownership = school.ownership;
  if (school.students != null) f.students = school.students;
  if (school.classesFromGrade4 != null) f.classesFromGrade4 = school.classesFromGrade4;
  if (school.boarding != null) f.boarding = school.boarding;
  return Object.keys(f).length > 0 ? f : null;
}

/** The school's record follows the facts the assessment gathered; null when nothing changed. */
function factsPatch(school: School, state: AssessmentState, semesterId: string): SchoolFactsPatch | null {
  const f = state.facts;
  const patch: SchoolFactsPatch = {};
  if (f.stage !== undefined && f.stage !== school.stage) patch.stage = f.stage;
  // A school that moved to a stage ranking as itself (九年一贯制 → 初中) ranks in that stage from now on.
  const own = RankStageSchema.safeParse(f.stage);
  const rankStage = f.rankStage ?? (own.success ? own.data : undefined);
  if (rankStage !== undefined && rankStage !== school.rankStage) patch.rankStage = rankStage;
  if (f.ownership !== undefined && f.ownership !== school.ownership) patch.ownership = f.ownership;
  if (f.students !== undefined && f.students !== school.students) patch.students = f.students;
  if (f.classesFromGrade4 !== undefined && f.classesFromGrade4 !== school.classesFromGrade4) {
    patch.classesFromGrade4 = f.classesFromGrade4;
  }
  if (f.boarding !== undefined && f.boarding !== school.boarding) patch.boarding = f.boarding;
  if (state.factsConfirmed && school.factsConfirmedSemester !== semesterId) patch.factsConfirmedSemester = semesterId;
  return Object.keys(patch).length > 0 ? patch : null;
}

/**
 * Whether a text was sent after its sender was last shown their self-assessment question: then
 * it answers that question, even if it repeats their previous text (a second 「是」 for the next
 * question). A copy sent before that (a puppet's re-delivery of the last answer) is not.
 */
export async function sentAfterShown(trx: Knex.Transaction, deps: AppDeps, schoolId: number, actorKey: string, at: string): Promise<boolean> {
  const found = await openAssessment(trx, deps, schoolId);
  const raw = found?.assessment.state;
  if (raw == null) return false;
  const view = viewOf(migrateState(raw), actorKey);
  return view?.shownAt != null && Date.parse(at) > Date.parse(view.shownAt);
}
