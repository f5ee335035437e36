/**
 * The county's inspection of one school (issue 12): 「考核 <学校>」 in an inspector's private chat,
 * and `cli inspect --file`. Both step the self-assessment's machine (core/assessment/machine.ts)
 * with `role: 'inspector'` and write the same records: the state under an optimistic revision,
 * every verified answer with who and when (storage/inspections.ts), and the verified facts in the
 * inspection, never in the school's record.
 */
import type { Knex } from 'knex';
import type { AppDeps } from './deps.ts';
import { itemFileCounts } from '../storage/evidence.ts';
import { completeFacts, migrateState, openQuestionIds, scoreState, step, type AssessmentCtx, type AssessmentState } from '../core/assessment/machine.ts';
import { markFor } from '../core/assessment/inspection.ts';
import { scoreSemester } from '../core/rubric/engine.ts';
import type { SemesterResult } from '../core/rubric/result.ts';
import type { AnswerValue, Rubric, SchoolFacts, SemesterInput } from '../core/rubric/schema.ts';
import { assessmentDate, defaultSemester, type Semester } from '../core/reminders/semester.ts';
import {
  findAssessment,
  findInspection,
  getAnswers,
  getInspectionAnswers,
  getOrCreateInspection,
  getResultStatus,
  getSchoolById,
  getSemester,
  putInspectionAnswer,
  saveInspection,
  type Inspection,
  type School,
} from '../storage/index.ts';
import { schoolFacts } from './standings.ts';
import { knownFacts as knownFactsOf } from './assessment.ts';

export const INSPECT_APP_TEXT = {
  locked: (semester: string) => `${semester} 的考核结果已确认，不能再核实。如需改动，请考核办公室先执行 cli results reopen（需写明原因）。`,
  noSchool: (name: string) => `没有这所学校：${name}。请回复“考核 学校全名”。`,
  usage: '请回复“考核 学校全名”，如“考核 示例县第一初级中学”。',
  help: '考核组：私聊发送“考核 学校全名”开始或继续核实该校；每题回复“属实”、核实的值或“不符 说明 值”；暂停、跳过、上一题、修改 N、进度照常可用。',
  filesUploaded: (n: number, no: string, school: string) => `学校已上传资料 ${n} 份，发“看资料 ${no} ${school}”查看。`,
  noFiles: '学校未在助手里上传本条资料。',
  notInspector: '只有考核组成员可以核实学校（考核办公室用“cli admin invite --role inspector”发邀请码）。',
} as const;

/**
 * What the school uploaded for each item (issue 13), shown under the evidence the item asks for
 * while inspecting: 「已上传资料 3 份，发“看资料 10 学校名”查看」, or that nothing was uploaded.
 */
export async function inspectionItemNotes(db: Knex | Knex.Transaction, schoolId: number, semesterId: string, schoolName: string): Promise<Record<string, string>> {
  const counts = await itemFileCounts(db, schoolId, semesterId);
  const notes: Record<string, string> = {};
  for (const [itemId, n] of Object.entries(counts)) notes[itemId] = INSPECT_APP_TEXT.filesUploaded(n, itemId.replace(/^item-/, ''), schoolName);
  return notes;
}

/** A semester by id: as stored, else its default dates. */
export async function semesterById(db: Knex | Knex.Transaction, id: string): Promise<Semester> {
  const s = await getSemester(db, id);
  return s ? { id: s.id, start: s.start, end: s.end } : defaultSemester(id);
}

/** Whether the semester's results are frozen (confirmed or published, not reopened). */
export async function resultsLocked(db: Knex | Knex.Transaction, semesterId: string): Promise<boolean> {
  const st = await getResultStatus(db, semesterId);
  return st !== null && st.status !== 'reopened';
}

/** The school's own answers this semester (its self-check), by question id. */
export async function schoolAnswersOf(db: Knex | Knex.Transaction, schoolId: number, semesterId: string): Promise<Record<string, AnswerValue>> {
  const a = await findAssessment(db, schoolId, semesterId);
  return a && a.status !== 'cancelled' ? getAnswers(db, a.id) : {};
}

interface Loaded {
  school: School;
  semester: Semester;
  inspection: Inspection;
  before: AssessmentState | null;
  schoolAnswers: Record<string, AnswerValue>;
  ctx: AssessmentCtx;
}

async function load(trx: Knex.Transaction, deps: Pick<AppDeps, 'rubric' | 'now'>, schoolId: number, semesterId: string, by: string, actorKey: string): Promise<Loaded> {
  const now = deps.now();
  const school = await getSchoolById(trx, schoolId);
  if (!school) throw new Error(`school ${schoolId} not found`);
  const semester = await semesterById(trx, semesterId);
  const inspection = await getOrCreateInspection(trx, school.id, semester.id, by, now);
  const schoolAnswers = await schoolAnswersOf(trx, school.id, semester.id);
  const notes = await inspectionItemNotes(trx, school.id, semester.id, school.name);
  const before = inspection.state == null ? null : migrateState(inspection.state);
  const ctx: AssessmentCtx = {
    rubric: deps.rubric,
    now,
    semester: { id: semester.id, assessmentDate: assessmentDate(semester, deps.rubric.meta.assessmentDaysBeforeEnd) },
    schoolName: school.name,
    knownFacts: inspection.facts ?? knownFactsOf(school),
    // The inspectors check the facts themselves once per inspection.
    factsConfirmedSemester: null,
    actor: { name: by, canSubmit: false, key: actorKey, ownsFacts: true },
    role: 'inspector',
    inspection: { schoolAnswers, itemNote: (itemId) => notes[itemId] ?? INSPECT_APP_TEXT.noFiles },
  };
  return { school, semester, inspection, before, schoolAnswers, ctx };
}

/** Writes the verified answers that changed (with who, when, verdict, note), the facts and the state. */
async function commit(trx: Knex.Transaction, l: Loaded, state: AssessmentState, by: string, byKey: string | null, now: string): Promise<void> {
  const before = l.before?.answers ?? {};
  const beforeMarks = l.before?.marks ?? {};
  const ids = [...new Set([...Object.keys(before), ...Object.keys(state.answers)])].sort();
  for (const id of ids) {
    const v = state.answers[id];
    const m = state.marks[id];
    const same = before[id] === v && JSON.stringify(beforeMarks[id] ?? null) === JSON.stringify(m ?? null);
    if (same) continue;
    await putInspectionAnswer(
      trx,
      l.inspection.id,
      { questionId: id, value: v, schoolValue: l.schoolAnswers[id], verdict: v === undefined ? null : (m?.verdict ?? 'verified'), note: m?.note ?? null, by, byKey },
      now,
    );
  }
  const finished = state.cursor === null && openQuestionIds(state, l.ctx).length === 0;
  const facts = Object.keys(state.facts).length > 0 ? state.facts : null;
  const saved = await saveInspection(trx, l.inspection.id, { state, facts, finished, expectedRevision: l.inspection.revision }, now);
  if (!saved) throw new Error(`inspection ${l.inspection.id}: concurrent update`);
}

export interface InspectionTurnInput {
  schoolId: number;
  semesterId: string;
  by: string;
  actorKey: string;
  text: string;
  isStart: boolean;
}

/** One turn of an inspection in chat. `open`: the next free text answers the inspection. */
export async function inspectionTurn(trx: Knex.Transaction, deps: AppDeps, input: InspectionTurnInput): Promise<{ replies: string[]; open: boolean }> {
  if (await resultsLocked(trx, input.semesterId)) return { replies: [INSPECT_APP_TEXT.locked(input.semesterId)], open: false };
  const l = await load(trx, deps, input.schoolId, input.semesterId, input.by, input.actorKey);
  const ctx: AssessmentCtx = {
    ...l.ctx,
    answerRuleQuestion: (text) => {
      const a = deps.ask(text);
      return { inScope: a.inScope, text: a.answer };
    },
  };
  const { state, replies } = step(l.before, input.isStart ? { type: 'start' } : { type: 'text', text: input.text }, ctx);
  await commit(trx, { ...l, ctx }, state, input.by, input.actorKey, deps.now());
  // Paused stays in the inspection: 「继续」 resumes it (not the sender's own self-assessment).
  return { replies, open: state.status === 'in_progress' || state.status === 'paused' };
}

/**
 * `cli inspect --file`: the verified answers (and facts, where given) of a file in the `export`
 * format, written as a chat inspection writes them. The caller checked school and semester.
 */
export async function inspectFromFile(
  trx: Knex.Transaction,
  deps: Pick<AppDeps, 'rubric' | 'now'>,
  input: { schoolId: number; semesterId: string; by: string; file: SemesterInput },
): Promise<{ answered: number; result: SemesterResult }> {
  const key = `file:${input.by}`;
  const l = await load(trx, deps, input.schoolId, input.semesterId, input.by, key);
  let state = l.before ?? step(null, { type: 'start' }, l.ctx).state;
  const answers = { ...state.answers, ...input.file.answers };
  const marks = { ...state.marks };
  for (const [id, v] of Object.entries(input.file.answers)) marks[id] = markFor(v, l.schoolAnswers[id]);
  const facts: Partial<SchoolFacts> = input.file.facts ? { ...state.facts, ...input.file.facts } : state.facts;
  state = { ...state, answers, marks, facts, factsConfirmed: state.factsConfirmed || input.file.facts !== null };
  // A chat 「考核」 afterwards goes on at the first question the file left open (the end when none).
  if (state.factsConfirmed) state = { ...state, cursor: openQuestionIds(state, l.ctx)[0] ?? null, edit: null, pending: null, views: {} };
  await commit(trx, l, state, input.by, null, deps.now());
  return { answered: Object.keys(input.file.answers).length, result: scoreState(state, deps.rubric) };
}

/** The official result of an inspection: the same engine over the verified answers and facts. */
export async function officialResultOf(db: Knex | Knex.Transaction, rubric: Rubric, school: School, semesterId: string): Promise<SemesterResult | null> {
  const inspection = await findInspection(db, school.id, semesterId);
  if (!inspection) return null;
  const answers = Object.fromEntries(Object.entries(await getInspectionAnswers(db, inspection.id)).map(([id, a]) => [id, a.value]));
  const facts = completeFacts({ ...(knownFactsOf(school) ?? {}), ...(inspection.facts ?? {}) }) ?? schoolFacts(school);
  return scoreSemester(rubric, { facts, answers });
}
